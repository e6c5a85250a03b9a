"""A damaged database stays recoverable without a user, and the restore says so in the audit log.

Restoring over a sound database is the head's (the command line asks for ``--user``); over a file
that is really damaged (its header overwritten: it does not open; or its table pages: it opens
but fails the quick check) nobody can log in, so the restore runs without a user and the restored
database's audit log records it as done "tanpa pengguna".
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from sentra_desktop.cli import main
from sentra_desktop.core.actor import NO_USER_NAME, Actor
from sentra_desktop.core.paths import DataDir
from sentra_desktop.services.backup import BackupService
from sentra_desktop.services.catalogue_setup import ProductTypeInput, ProductTypeService
from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database
from sentra_desktop.services.users import UserService, enforce_roles
from tests.faults.test_damaged_file import answer_yes, damaged_copy  # noqa: F401 - a fixture

TYPES = 120


@pytest.fixture
def data_with_users(migrated_template: Path, tmp_path: Path) -> tuple[DataDir, Path]:
    """A data folder whose database has a head (PIN 1234) and an operator, and its backup."""
    data = DataDir(tmp_path / "data")
    data.ensure()
    shutil.copyfile(migrated_template, data.database)
    db = Database.open(data.sqlite_url())
    enforce_roles(db)
    users = UserService(db)
    users.create_first("Bu Sri", "1234")
    users.add("Siti", "operator", "1111")
    types = ProductTypeService(db)
    for number in range(TYPES):
        types.create(ProductTypeInput(name=f"Jenis {number:03d}", notes="catatan panjang " * 30))
    backup = BackupService.for_data_dir(data).backup_now()
    types.create(ProductTypeInput(name="Sesudah cadangan"))
    db.dispose()
    return data, backup


def restores(path: Path) -> list[tuple[str, dict[str, str]]]:
    """The restore rows of the audit log of the database file at ``path``: (actor, changes)."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT actor, changes FROM audit_log WHERE table_name = 'database' ORDER BY id")
        return [(actor, json.loads(changes)) for actor, changes in rows]
    finally:
        conn.close()


def product_types(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM product_type").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("header", [True, False], ids=["does-not-open", "fails-quick-check"])
def test_the_command_line_restores_a_damaged_file_without_a_user(
    data_with_users: tuple[DataDir, Path],
    tmp_path: Path,
    header: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data, backup = data_with_users
    monkeypatch.delenv("SENTRA_PIN", raising=False)
    damaged = damaged_copy(data, tmp_path / "damaged", header=header)
    copied_backup = damaged.backups / backup.name
    assert main(["--data-dir", str(damaged.root), "restore", str(copied_backup)]) == 0, capsys.readouterr()
    assert product_types(damaged.database) == TYPES
    [(actor, changes)] = restores(damaged.database)
    assert actor == NO_USER_NAME == "tanpa pengguna"
    assert changes["event"] == "restored" and changes["backup"] == backup.name


def test_over_a_sound_database_the_restore_is_the_heads(
    data_with_users: tuple[DataDir, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data, backup = data_with_users
    restore = ["--data-dir", str(data.root), "restore", str(backup)]
    monkeypatch.delenv("SENTRA_PIN", raising=False)
    assert main(["--lang", "en", *restore]) == 1
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("SENTRA_PIN", "1111")
    assert main(["--data-dir", str(data.root), "--user", "Siti", "restore", str(backup)]) == 1
    assert product_types(data.database) == TYPES + 1  # nothing replaced
    monkeypatch.setenv("SENTRA_PIN", "1234")
    assert main(["--data-dir", str(data.root), "--user", "Bu Sri", "restore", str(backup)]) == 0
    assert product_types(data.database) == TYPES
    assert [actor for actor, _changes in restores(data.database)] == ["Bu Sri"]


def test_damage_found_after_start_is_restored_before_anybody_logs_in(
    qtbot: QtBot,
    data_with_users: tuple[DataDir, Path],
    tmp_path: Path,
    answer_yes: list[str],  # noqa: F811 - the fixture
) -> None:
    """The quick check runs while the login screen shows: its offer must not need a login."""
    from sentra_desktop.app import report_damage
    from sentra_desktop.services.health import quick_check

    data, _backup = data_with_users
    damaged = damaged_copy(data, tmp_path / "damaged")
    db = Database.open(damaged.sqlite_url())
    enforce_roles(db)
    db.actor = Actor("belum masuk")  # the login screen: nobody logged in yet
    problems = quick_check(db)
    assert problems
    window = QWidget()
    qtbot.addWidget(window)
    window.services = Services(db)  # type: ignore[attr-defined]
    report_damage(window, problems)  # type: ignore[arg-type]
    assert "back in place" in answer_yes[-1], answer_yes
    db.dispose()
    assert product_types(damaged.database) == TYPES
    assert [actor for actor, _changes in restores(damaged.database)] == [NO_USER_NAME]
