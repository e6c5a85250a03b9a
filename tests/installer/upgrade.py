"""An older Sentra Desktop's data folder, and the checks that a newer program kept and migrated it.

Shared by the upgrade test from source (``test_upgrade.py``, in ``make test``) and the frozen
build's smoke test (``test_frozen.py``, in ``make installer-test``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sentra_desktop.core.paths import DataDir
from sentra_desktop.db.engine import make_engine
from sentra_desktop.db.migrate import HEAD_REVISION, alembic_config
from sentra_desktop.services.backup import check_file, list_backups

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

    The records are written as that revision's tables have them: the columns are read from the
    database itself and filled from the models' own defaults, so a later revision that adds a
    column to these tables (0014's change sequence) does not break the old version's writing.
    """
    from alembic import command
    from sqlalchemy import MetaData

    from sentra_desktop.db.models import Mould, ProductType

    data_dir = DataDir(root)
    data_dir.ensure()
    revision = previous_revision()
    engine = make_engine(data_dir.sqlite_url())
    try:
        command.upgrade(alembic_config(engine), revision)
        found = MetaData()
        found.reflect(engine, only=["product_type", "mould"])
        types, moulds = (_old_table(found.tables[m.__tablename__], m) for m in (ProductType, Mould))
        with engine.begin() as conn:
            first = None
            for name in PRODUCT_TYPES:
                row = _as_old(types, ProductType, name=name)
                key = conn.execute(types.insert().values(row)).inserted_primary_key[0]
                first = first or key
            mould = dict(code=MOULD, name="Cetakan Ampera", product_type_id=first, cavities=6)
            conn.execute(moulds.insert().values(_as_old(moulds, Mould, **mould)))
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    assert _revision(data_dir.database) == revision
    return OldData(data_dir, revision)


def _old_table(reflected: Any, model: Any) -> Any:
    """``reflected``'s columns (the old revision's) with the model's types (UUIDs, moments)."""
    from sqlalchemy import Column, MetaData, Table

    columns = [
        Column(c.name, model.__table__.columns[c.name].type, primary_key=c.primary_key)
        for c in reflected.columns
    ]
    return Table(reflected.name, MetaData(), *columns)


def _as_old(table: Any, model: Any, **given: Any) -> dict[str, Any]:
    """A row of ``table`` as the old revision has it: ``given`` values, the rest from the model's
    Python defaults (columns the old table lacks are left out)."""
    row: dict[str, Any] = {}
    for column in table.columns:
        if column.name in given:
            row[column.name] = given[column.name]
            continue
        mapped = model.__table__.columns.get(column.name)
        default = None if mapped is None else mapped.default
        if default is None or column.primary_key:
            continue
        row[column.name] = default.arg(None) if callable(default.arg) else default.arg
    row.update(created_by="Versi lama", updated_by="Versi lama")
    return row


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
