"""Alembic environment of the agency's own chain: its own metadata and version table."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine

from sentra_desktop.db.agency_models import AgencyBase

VERSION_TABLE = "agency_alembic_version"


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=AgencyBase.metadata,
        render_as_batch=True,
        compare_type=True,
        version_table=VERSION_TABLE,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = context.config.attributes.get("engine")
    if not isinstance(engine, Engine):
        raise RuntimeError("the agency migrations run on the engine the program hands over")
    with engine.connect() as conn, conn.begin():
        _run(conn)


if context.is_offline_mode():
    raise RuntimeError("offline migrations are not supported")
run_migrations_online()
