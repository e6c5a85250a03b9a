"""Where an agency keeps its registry and its replicas, and telling an agency database from a sentra's.

SQLite: ``DIR/agency.sqlite3`` holds the registry, ``DIR/replicas/<sentra uuid>.sqlite3`` one
replica per sentra. PostgreSQL: schema ``agency`` holds the registry, schema ``sentra_<uuid hex>``
one replica per sentra; each engine reaches its own schema through its ``search_path``, so the
sentra migrations, queries and ``check`` run unchanged inside a replica's schema. The agency's
tables have their own migration chain (``db/agency_migrations``, version table
``agency_alembic_version``), apart from the sentra chain.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, inspect, text
from sqlalchemy.engine import make_url

from sentra_desktop.db import watchdog
from sentra_desktop.db.engine import make_engine

log = logging.getLogger("sentra.db")

AGENCY_HEAD = "a0001_agency"
AGENCY_FILE = "agency.sqlite3"
REPLICAS_DIR = "replicas"
AGENCY_SCHEMA = "agency"
VERSION_TABLE = "agency_alembic_version"
SENTRA_VERSION_TABLE = "alembic_version"
MIGRATIONS_DIR = Path(__file__).parent / "agency_migrations"
NEW_SUFFIX = "_new"  # a replica being built for a full packet, before it takes the old one's place


# The advisory lock (two halves) held while an agency database on a server is made or migrated.
OPENING_LOCK = (0x4147, 0x4F50)  # "AG" "OP"


def is_postgresql(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


@contextmanager
def opening(url: str) -> Iterator[None]:
    """One program at a time makes or migrates an agency database on a server.

    Two agency PCs opening a new server database at once would both see no tables and both run
    the migrations (its schema, its registry, the replicas' template): the second one failed on
    tables the first had just made. A session advisory lock serialises them; the second finds
    everything at its head and migrates nothing. A file (SQLite) needs none: one PC opens it.
    """
    if not is_postgresql(url):
        yield
        return
    engine = make_engine(url)
    try:
        with engine.connect() as conn, watchdog.unbounded():  # waits while another PC migrates
            conn.execute(text("SELECT pg_advisory_lock(:a, :b)"), dict(zip("ab", OPENING_LOCK, strict=True)))
            conn.commit()
            try:
                yield
            finally:
                conn.execute(
                    text("SELECT pg_advisory_unlock(:a, :b)"), dict(zip("ab", OPENING_LOCK, strict=True))
                )
                conn.commit()
    finally:
        engine.dispose()


def replica_name(sentra_uuid: uuid.UUID, url: str) -> str:
    """The replica of a sentra: a file name (SQLite) or a schema name (PostgreSQL)."""
    return f"sentra_{sentra_uuid.hex}" if is_postgresql(url) else f"{sentra_uuid}.sqlite3"


def _search_path(engine: Engine, schemas: str) -> None:
    """Every connection of ``engine`` looks up unqualified names in ``schemas`` first."""

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        try:
            dbapi_connection.execute(f"SET search_path TO {schemas}")
        finally:
            dbapi_connection.autocommit = autocommit

    event.listen(engine, "connect", on_connect)


def agency_engine(url: str) -> Engine:
    """An engine on the agency's registry (its schema made on a server when missing)."""
    engine = make_engine(url)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {AGENCY_SCHEMA}")
        engine.dispose()
        _search_path(engine, f"{AGENCY_SCHEMA}, public")
    return engine


def replica_engine(agency_url: str, replicas: Path | None, name: str, create: bool = True) -> Engine:
    """An engine on one replica: its file under ``replicas`` or its schema on the server.

    ``create=False``: the schema is not made here (a full packet makes it in its own transaction,
    so a stop leaves no empty schema behind)."""
    if not is_postgresql(agency_url):
        if replicas is None:
            raise ValueError("an SQLite agency keeps its replicas in a folder")
        return make_engine(f"sqlite:///{(replicas / name).as_posix()}")
    engine = make_engine(agency_url)
    with engine.begin() as conn:
        if create:
            conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {name}")
        _shared_extensions(conn)
    engine.dispose()
    _search_path(engine, f"{name}, public")
    return engine


def _shared_extensions(conn: Connection) -> None:
    """pg_trgm (the audit search's index) in ``public``, once for every replica of the server.

    Left to the first replica's migration it would land in that replica's schema, out of sight
    of the others and an unknown function in its schema fingerprint.
    """
    available = conn.exec_driver_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").first()
    if available is not None:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")


def drop_replica_schema(agency_url: str, name: str) -> None:
    engine = make_engine(agency_url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {name} CASCADE")
    finally:
        engine.dispose()


def swap_replica_schema(agency_url: str, name: str) -> None:
    """Put the replica built as ``name + NEW_SUFFIX`` in the place of ``name``, in one transaction."""
    engine = make_engine(agency_url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {name} CASCADE")
            conn.exec_driver_sql(f"ALTER SCHEMA {name}{NEW_SUFFIX} RENAME TO {name}")
    finally:
        engine.dispose()


def alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    config.attributes["engine"] = engine
    return config


def agency_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def known_agency_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config(make_engine("sqlite://")))
    return {rev.revision for rev in scripts.walk_revisions()}


class AgencySchemaTooNewError(RuntimeError):
    """The agency database was written by a newer program."""


def upgrade_agency(engine: Engine) -> None:
    """Bring the registry's tables to :data:`AGENCY_HEAD` (Alembic imported only when due)."""
    with engine.connect() as conn:
        current = agency_revision(conn)
    if current == AGENCY_HEAD:
        return
    if current is not None and current not in known_agency_revisions():
        raise AgencySchemaTooNewError(current)
    from alembic import command

    log.info("migrating the agency database from %s to %s", current, AGENCY_HEAD)
    command.upgrade(alembic_config(engine), "head")


def holds_sentra(conn: Connection) -> bool:
    """Does this database (its default schema on a server) hold a sentra's own records?"""
    if conn.dialect.name == "postgresql":
        return conn.exec_driver_sql("SELECT to_regclass('public.alembic_version')").scalar() is not None
    return inspect(conn).has_table(SENTRA_VERSION_TABLE)


def holds_agency(conn: Connection) -> bool:
    """Does this database hold an agency's registry?"""
    if conn.dialect.name == "postgresql":
        found = conn.exec_driver_sql(f"SELECT to_regclass('{AGENCY_SCHEMA}.{VERSION_TABLE}')").scalar()
        return found is not None
    return inspect(conn).has_table(VERSION_TABLE)


def agency_file_beside(url: str) -> Path | None:
    """The agency registry file in the same folder as an SQLite database, when there is one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    beside = Path(parsed.database).parent / AGENCY_FILE
    return beside if beside.exists() else None


def is_agency(engine: Engine, url: str) -> bool:
    """Is the (so far empty-looking) sentra database at ``url`` an agency's instead?

    Asked only when a sentra database holds no schema yet, so opening a sentra costs nothing
    more: its data folder holds an agency registry, or the database itself does.
    """
    if agency_file_beside(url) is not None:
        return True
    with engine.connect() as conn:
        return holds_agency(conn)
