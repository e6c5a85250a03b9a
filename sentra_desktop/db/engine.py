"""Creating engines: SQLite with the pragmas durability needs, or PostgreSQL by URL."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

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
    # A pulled cable must not hang a save for minutes: give up connecting after a while, and let
    # the pool test each connection before use so a restarted server is reconnected to at once.
    # The lists are answered from covering indexes; PostgreSQL's default random_page_cost (4, a
    # spinning disk's) makes it prefer scanning the whole table for a large filter, twice as slow
    # here. 1.1 is the usual value for SSDs and for data that fits in memory.
    return create_engine(
        parsed,
        echo=echo,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "options": "-c random_page_cost=1.1"},
    )


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
