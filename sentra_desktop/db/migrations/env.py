"""Alembic environment: runs on the engine the program hands over, batch mode for SQLite."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine

from sentra_desktop.db import audit_search, models, pay_watch  # noqa: F401 - registers every table
from sentra_desktop.db.base import Base
from sentra_desktop.db.engine import make_engine

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None and not isinstance(connection, Engine):
        _run(connection)
        return
    engine: Engine | None = connection or config.attributes.get("engine")
    if engine is None:
        url = config.get_main_option("sqlalchemy.url")
        if not url:
            raise RuntimeError("no engine, connection or sqlalchemy.url given to the migrations")
        engine = make_engine(url)
    with engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            with conn.begin():
                _run(conn)
            return
        _run_sqlite(conn)


def _run_sqlite(conn: Connection) -> None:
    """Batch mode rebuilds a table by copy, drop and rename, which enforced foreign keys refuse
    for a table others refer to: they are off while migrating (SQLite allows switching them only
    outside a transaction) and every reference is checked before the migration commits."""
    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
    conn.commit()
    try:
        with conn.begin():
            _run(conn)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            if broken:
                raise RuntimeError(f"migration left broken references: {broken[:5]}")
    finally:
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.commit()


def _include_name(name: str | None, type_: str, _parent: object) -> bool:
    """The audit search index (migration 0007) is made by hand, not from the models."""
    if type_ == "index":
        return name != audit_search.PG_INDEX
    return not (type_ == "table" and name is not None and name.startswith(audit_search.FTS_TABLE))


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=_include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline migrations are not supported")
run_migrations_online()
