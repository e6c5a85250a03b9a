"""Upgrades keep data: the new program, started on the previous version's database, backs it up
and migrates it, keeping every record. Runs the program from source, as a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sentra_desktop.db.migrate import HEAD_REVISION
from sentra_desktop.services.database import Database, migrate_with_backup

from .upgrade import assert_upgraded, make_old_data_folder

ROOT = Path(__file__).resolve().parents[2]


def test_first_start_of_a_newer_version_backs_up_then_migrates(tmp_path: Path) -> None:
    old = make_old_data_folder(tmp_path / "data")
    env = dict(os.environ, SENTRA_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    env.pop("SENTRA_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-m", "sentra_desktop", "--data-dir", str(old.data_dir.root)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr
    assert "READY" in done.stdout
    backup = assert_upgraded(old)
    assert backup.name.startswith("sentra-")


def test_a_current_or_empty_database_is_not_backed_up(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'sentra.sqlite3'}"
    db = Database.open(url)  # empty: created at head, nothing to keep
    try:
        assert migrate_with_backup(db.engine, url) is None  # already current
    finally:
        db.dispose()
    assert not (tmp_path / "backups").exists()


def test_a_failed_backup_stops_the_migration(tmp_path: Path, monkeypatch) -> None:
    import pytest

    from sentra_desktop.core.errors import StorageError
    from sentra_desktop.services import backup_files

    old = make_old_data_folder(tmp_path / "data")

    def full_disk(*args: object, **kwargs: object) -> Path:
        raise StorageError("disk_full")

    monkeypatch.setattr(backup_files, "backup_into", full_disk)
    with pytest.raises(StorageError):
        Database.open(old.data_dir.sqlite_url())
    from .upgrade import _revision

    assert _revision(old.data_dir.database) == old.revision != HEAD_REVISION
