"""Creating engines: SQLite with the pragmas durability needs, or PostgreSQL by URL."""

from __future__ import annotations

import logging
import select
import sqlite3
import time
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError

from sentra_desktop.db import watchdog

log = logging.getLogger("sentra.db")

BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 10


# What a file that may have been crafted must not be able to do on any connection (SQLite's
# "defense against the dark arts"): no schema object (trigger, view, default) calls an SQL
# function with side effects, no memory-mapped reads of a damaged file, no recursive triggers,
# no ATTACH of another file, and no string or SQL text larger than the program ever writes.
DEFENSIVE_PRAGMAS = ("PRAGMA trusted_schema=OFF", "PRAGMA mmap_size=0", "PRAGMA recursive_triggers=OFF")
DEFENSIVE_LIMITS = {
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
    sqlite3.SQLITE_LIMIT_LENGTH: 256 * 1024 * 1024,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 1024 * 1024,
    sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH: 10,
}


def harden(connection: sqlite3.Connection) -> None:
    """Apply :data:`DEFENSIVE_PRAGMAS` and :data:`DEFENSIVE_LIMITS` to a raw SQLite connection."""
    for pragma in DEFENSIVE_PRAGMAS:
        connection.execute(pragma)
    for limit, value in DEFENSIVE_LIMITS.items():
        connection.setlimit(limit, value)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Foreign keys on; WAL with synchronous=FULL so a save reported done survives a power cut;
    the defensive settings above."""
    harden(dbapi_connection)
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


def refuse_writes(engine: Engine) -> None:
    """Make every connection of a PostgreSQL ``engine`` read-only from now on (a drifted schema).

    Each new connection starts its transactions READ ONLY, so the server itself refuses any
    write (SQLSTATE 25006); the connections already open are closed first.
    """
    if engine.dialect.name != "postgresql" or getattr(engine, "_sentra_read_only", False):
        return
    engine._sentra_read_only = True  # type: ignore[attr-defined]

    def read_only(dbapi_connection: Any, _record: Any) -> None:
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        try:
            dbapi_connection.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        finally:
            dbapi_connection.autocommit = autocommit

    event.listen(engine, "connect", read_only)
    engine.dispose()


def writes_refused(engine: Engine) -> bool:
    """True once :func:`refuse_writes` was applied to ``engine``."""
    return bool(getattr(engine, "_sentra_read_only", False))
