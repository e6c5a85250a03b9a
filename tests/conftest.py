"""Shared fixtures: headless Qt, and a fresh migrated database file for every test.

Each test gets a copy of one database migrated once per session (copying a file is exact and
fast; savepoint rollback can leak committed rows on SQLite).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from sentra_desktop.services.database import Database


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file upgraded to head by the real migrations, made once per run."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def db_path(migrated_template: Path, tmp_path: Path) -> Path:
    """A private copy of the migrated template for one test."""
    path = tmp_path / "data" / "sentra.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A migrated, empty database; writes are recorded as operator "Penguji"."""
    database = Database.open(f"sqlite:///{db_path}", actor="Penguji")
    yield database
    database.dispose()
