"""An older Sentra Desktop's data folder, and the checks that a newer program kept and migrated it.

Shared by the upgrade test from source (``test_upgrade.py``, in ``make test``) and the frozen
build's smoke test (``test_frozen.py``, in ``make installer-test``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sentra_desktop.core.paths import DataDir
from sentra_desktop.db.engine import make_engine
from sentra_desktop.db.migrate import HEAD_REVISION, alembic_config
from sentra_desktop.services.backup import check_file, list_backups
from sentra_desktop.services.database import Database

PRODUCT_TYPES = ("Gantungan kunci", "Keset sabut")
MOULD = "CTK-01"


@dataclass(frozen=True)
class OldData:
    """What the previous version's database held: its schema revision and the records put in."""

    data_dir: DataDir
    revision: str


def previous_revision() -> str:
    """The revision before the scripts' head: the schema the previous release wrote."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    head = scripts.get_revision(scripts.get_current_head())
    assert head is not None and head.revision == HEAD_REVISION, "HEAD_REVISION is not the scripts' head"
    down = head.down_revision
    assert isinstance(down, str), "the head has no single previous revision"
    return down


def make_old_data_folder(root: Path) -> OldData:
    """A data folder whose database stops at the previous revision, with records in it.

    The records are written through the ORM without migrating; the tables they use (product
    types, moulds) must exist unchanged at the previous revision, which holds for every release
    so far.
    """
    from alembic import command

    from sentra_desktop.db.models import Mould, ProductType

    data_dir = DataDir(root)
    data_dir.ensure()
    revision = previous_revision()
    engine = make_engine(data_dir.sqlite_url())
    try:
        command.upgrade(alembic_config(engine), revision)
        db = Database(engine, actor="Versi lama")
        with db.transaction() as session:
            types = [ProductType(name=name) for name in PRODUCT_TYPES]
            session.add_all(types)
            session.flush()
            session.add(Mould(code=MOULD, name="Cetakan Ampera", product_type_id=types[0].id, cavities=6))
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    assert _revision(data_dir.database) == revision
    return OldData(data_dir, revision)


def _revision(database: Path) -> str | None:
    conn = sqlite3.connect(database)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        conn.close()


def assert_upgraded(old: OldData) -> Path:
    """The database is at the head revision with every record, and a backup of the old one exists.

    Returns the backup file.
    """
    database = old.data_dir.database
    assert _revision(database) == HEAD_REVISION
    conn = sqlite3.connect(database)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM product_type")}
        moulds = [row[0] for row in conn.execute("SELECT code FROM mould")]
    finally:
        conn.close()
    assert names == set(PRODUCT_TYPES)
    assert moulds == [MOULD]
    backups = list_backups(old.data_dir.backups)
    assert backups, f"no backup in {old.data_dir.backups}"
    made = backups[-1].path  # the oldest: the one made before migrating
    check = check_file(made)
    assert check.sound, check.problems
    assert check.revision == old.revision, "the backup is not of the data as the old version left it"
    return made
