"""Bringing a database to the schema this code expects, importing Alembic only when needed.

Startup compares the stored revision with :data:`HEAD_REVISION` using one plain query; Alembic
(about 0.1 s to import) is loaded only when an upgrade is actually due. A test keeps the constant
equal to the migration scripts' head.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

    from sentra_desktop.db.fingerprint import Drift

log = logging.getLogger("sentra.db")

HEAD_REVISION = "0014_change_tracking"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer Sentra Desktop than this one."""


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic configuration pointing at the packaged migration scripts."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database, or None for an empty database."""
    with engine.connect() as conn:
        return current_revision_of(conn)


def current_revision_of(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    """Every revision the packaged scripts know (imports Alembic)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in scripts.walk_revisions()}


def upgrade_to_head(engine: Engine) -> bool:
    """Migrate the database to the newest schema; True when anything was done."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        guard_server(engine)
        return False
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(current)
    from alembic import command

    log.info("migrating database from %s to %s", current, HEAD_REVISION)
    command.upgrade(alembic_config(engine), "head")
    guard_server(engine)
    return True


def verify_schema(engine: Engine) -> Drift:
    """The database's schema against the frozen fingerprint of its own revision.

    An empty database has nothing to differ; a revision this program froze no fingerprint for
    (only a newer program's) is refused elsewhere as too new.
    """
    from sentra_desktop.db import fingerprint

    with engine.connect() as conn:
        revision = current_revision_of(conn)
        if revision is None:
            return fingerprint.Drift((), None)
        return fingerprint.verify(conn, revision)


def guard_server(engine: Engine) -> Drift | None:
    """On a PostgreSQL server, verify the schema and refuse writing when it drifted.

    Called on every open of a server database after migrating; returns the drift (None for an
    SQLite file, which is verified after the window is drawn instead, to keep startup quick).
    """
    if engine.dialect.name != "postgresql":
        return None
    from sentra_desktop.db.engine import refuse_writes

    drift = verify_schema(engine)
    if not drift.sound:
        log.error(
            "the server's schema differs from revision %s; writing refused: %s",
            drift.revision,
            "; ".join(f"{d.change} {d.kind} {d.name}" for d in drift.problems[:10]),
        )
        refuse_writes(engine)
    return drift
