"""Creating engines: SQLite with the pragmas durability needs, or PostgreSQL by URL."""

from __future__ import annotations

import logging
import select
import time
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError

from sentra_desktop.db import watchdog

log = logging.getLogger("sentra.db")

BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 10


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Foreign keys on; WAL with synchronous=FULL so a save reported done survives a power cut."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for ``url``; SQLite connections get the pragmas above on connect."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            parsed,
            echo=echo,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql":
        from sentra_desktop.db.dialect import prepare_postgresql

        prepare_postgresql()
    # A pulled cable must not hang a save for minutes: give up connecting after a while.
    # The lists are answered from covering indexes; PostgreSQL's default random_page_cost (4, a
    # spinning disk's) makes it prefer scanning the whole table for a large filter, twice as slow
    # here. 1.1 is the usual value for SSDs and for data that fits in memory.
    # Parallel workers pay their start-up on every query and compete with the other clients of a
    # shop's small server: on two cores the full ledger check took 690 ms with them, 450 without.
    # psycopg prepares a statement only from its fifth run (prepare_threshold=5), and the server
    # plans each run itself for five more before it may keep a generic plan: a list filter used
    # ten times was planned ten times (0.3-0.5 ms each for a joined page). Preparing from the
    # first run costs no round trip (the same Parse message, given a name); psycopg keeps at
    # most 100 per connection and drops the least used.
    engine = create_engine(
        parsed,
        echo=echo,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "prepare_threshold": 0,
            "options": "-c random_page_cost=1.1 -c max_parallel_workers_per_gather=0",
        },
    )
    if parsed.get_backend_name() == "postgresql":
        event.listen(engine, "checkout", _discard_if_dead)
        event.listen(engine, "checkin", _note_checkin)
        watchdog.install(engine)  # a deadline on every call: a lost server is a message, not a hang
    return engine


# A connection unused for this long is pinged before it is handed out again.
PING_AFTER_IDLE_S = 30.0


def _note_checkin(_dbapi_connection: Any, record: Any) -> None:
    record.info["idle_since"] = time.monotonic()


def _discard_if_dead(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """Hand out only a live connection, mostly without a round trip to the server.

    SQLAlchemy's ``pool_pre_ping`` sends ``SELECT 1`` (with psycopg outside autocommit also a
    ``BEGIN``) before every use: two of the four round trips of a short query. Instead: a server
    that stopped or restarted has closed its end of an idle connection (after a "terminating
    connection" message), which shows as a readable socket here at no cost; only a connection
    idle for longer than :data:`PING_AFTER_IDLE_S` (a server host that vanished sends nothing)
    is pinged. Raising ``DisconnectionError`` makes the pool close the connection and open a new
    one in its place, so a restarted server is simply reconnected to. A connection that dies while
    in use still fails that one call (``DatabaseUnavailable``); SQLAlchemy then invalidates the
    whole pool, and the next call connects afresh.
    """
    if dbapi_connection.closed or dbapi_connection.broken:
        raise DisconnectionError("connection closed")
    try:
        readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
    except (OSError, ValueError) as exc:
        raise DisconnectionError(str(exc)) from exc
    if readable:
        # An idle connection gets nothing but a shutdown notice or the end of the stream.
        raise DisconnectionError("server closed the connection")
    idle_since = record.info.get("idle_since")
    if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_S:
        return
    autocommit = dbapi_connection.autocommit
    try:
        dbapi_connection.autocommit = True  # no BEGIN, and no transaction left open
        dbapi_connection.execute("SELECT 1")
    except Exception as exc:
        raise DisconnectionError(str(exc)) from exc
    finally:
        if not dbapi_connection.closed:
            dbapi_connection.autocommit = autocommit
