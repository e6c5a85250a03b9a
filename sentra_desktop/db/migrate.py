"""Bringing a database to the schema this code expects, importing Alembic only when needed.

Startup compares the stored revision with :data:`HEAD_REVISION` using one plain query; Alembic
(about 0.1 s to import) is loaded only when an upgrade is actually due. A test keeps the constant
equal to the migration scripts' head.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("sentra.db")

HEAD_REVISION = "0006_aid_and_moulds"
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
        return False
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(current)
    from alembic import command

    log.info("migrating database from %s to %s", current, HEAD_REVISION)
    command.upgrade(alembic_config(engine), "head")
    return True
