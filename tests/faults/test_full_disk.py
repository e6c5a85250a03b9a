"""Full disk and read-only folder: saving fails with a clear message and nothing is lost.

A full disk is made two ways: a child process under a file-size limit (``RLIMIT_FSIZE``; works
anywhere), and a small tmpfs filled to the brim (needs root, skipped otherwise). A read-only
folder is a tmpfs remounted read-only: ``chmod`` cannot stop root, who runs CI.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from sentra_desktop.cli import main
from sentra_desktop.core.errors import StorageError
from sentra_desktop.core.messages import describe
from sentra_desktop.services.backup import BackupService, check_file
from sentra_desktop.services.catalogue_setup import ProductTypeInput, ProductTypeService
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.ui.pages.settings.dialogs import RecordForm
from tests.faults.conftest import RecordFault
from tests.faults.support import helper, integrity, try_mount

DISK_CODES = {"disk_full", "disk_io"}


def test_saving_on_a_full_disk_fails_clearly_and_loses_nothing(
    migrated_template: Path, tmp_path: Path, fault_table: RecordFault
) -> None:
    size = migrated_template.stat().st_size
    # Limits below the database's size (only the log can grow, checkpoints fail), just above it,
    # and far enough above for the log to be checkpointed into the database first.
    limits = [size // 2, size + 40_000, size + 300_000, size + 4_500_000]
    confirmed = lost = refused = 0
    for number, limit in enumerate(limits):
        database = tmp_path / f"run{number}" / "sentra.sqlite3"
        database.parent.mkdir()
        shutil.copyfile(migrated_template, database)
        result = helper("fill_disk", str(database), str(limit))
        assert result.returncode == 0, result.stderr
        saved = dict(line[2:].split(" ", 1) for line in result.stdout.splitlines() if line.startswith("C "))
        errors = [line[2:] for line in result.stdout.splitlines() if line.startswith("E ")]
        assert len(errors) == 3, result.stdout[-500:] + result.stderr
        for error in errors:
            code, _, message = error.partition(" ")
            assert code in DISK_CODES and "nothing was written" in message

        assert integrity(database) == []
        conn = sqlite3.connect(database)
        stored = dict(conn.execute("SELECT id, name FROM product_type").fetchall())
        conn.close()
        missing = [i for i, name in saved.items() if stored.get(int(i)) != name]
        assert missing == []
        assert len(stored) == len(saved)  # a refused save left nothing behind either
        # With room again, the same database takes the next save.
        db = Database.open(f"sqlite:///{database}")
        ProductTypeService(db).create(ProductTypeInput(name="Sesudah disk lega"))
        db.dispose()
        assert integrity(database) == []
        confirmed += len(saved)
        lost += len(missing)
        refused += len(errors)

    fault_table(
        "Disk full while saving",
        how=f"child process under a file-size limit (RLIMIT_FSIZE), {len(limits)} different limits",
        tried=len(limits),
        confirmed=confirmed,
        lost=lost,
        outcome=f"{refused} saves refused with “The disk is full …” or “The disk reported an error …”; "
        "integrity ok; saving works again once there is room",
    )


def _fill(folder: Path) -> Path:
    """Write a file into ``folder`` until its filesystem has no room left."""
    filler = folder / "filler.bin"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        while True:
            os.write(handle, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(handle)
    return filler


def test_a_form_keeps_what_was_typed_when_the_disk_is_full(
    qtbot: QtBot, migrated_template: Path, tmpfs: Path, fault_table: RecordFault
) -> None:
    database = tmpfs / "sentra.sqlite3"
    shutil.copyfile(migrated_template, database)
    db = Database.open(f"sqlite:///{database}", actor="Penguji")
    service = ProductTypeService(db)
    try:
        first = service.create(ProductTypeInput(name="Sebelum penuh"))
        filler = _fill(tmpfs)

        dialog = RecordForm(service, None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.name_edit.setText("Gantungan kunci karet")
        dialog.notes_edit.setPlainText("Dibuat waktu disk penuh")
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

        assert dialog.isVisible()
        assert "disk is full" in dialog.banner.text()
        assert dialog.name_edit.text() == "Gantungan kunci karet"
        assert dialog.notes_edit.toPlainText() == "Dibuat waktu disk penuh"
        assert [row.name for row in service.page(ListQuery(), 0, 50)] == ["Sebelum penuh"]

        filler.unlink()  # room again: the same form saves what it kept
        with qtbot.waitSignal(dialog.saved, timeout=5_000):
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        assert service.get(first).name == "Sebelum penuh"
        assert sorted(row.name for row in service.page(ListQuery(), 0, 50)) == [
            "Gantungan kunci karet",
            "Sebelum penuh",
        ]
    finally:
        db.dispose()
    assert integrity(database) == []
    fault_table(
        "Disk full while a form is saved",
        how="a 2 MB tmpfs filled to the last byte, then Save pressed in a form",
        tried=1,
        confirmed=1,
        lost=0,
        outcome="“The disk is full …” shown in the form; what was typed stayed; saved once there was room",
    )


def test_a_read_only_data_folder_is_refused_clearly_and_its_data_stays(
    migrated_template: Path,
    tmpfs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    fault_table: RecordFault,
) -> None:
    database = tmpfs / "sentra.sqlite3"
    shutil.copyfile(migrated_template, database)
    db = Database.open(f"sqlite:///{database}")
    ProductTypeService(db).create(ProductTypeInput(name="Tersimpan"))
    db.dispose()
    assert try_mount("-o", "remount,ro", str(tmpfs)), "remounting read-only failed"

    with pytest.raises(StorageError) as caught:
        Database.open(f"sqlite:///{database}")
    assert caught.value.code == "read_only"
    assert "read-only" in describe(caught.value)
    # The program (and demo-data) stop before anything is written, with the same words.
    assert main(["--data-dir", str(tmpfs), "demo-data", "--days", "2"]) == 1
    assert "hanya bisa dibaca" in capsys.readouterr().err
    # The data is still there and sound: a backup of it can be made elsewhere.
    assert check_file(database).sound
    copy = BackupService(database, tmp_path / "backups").backup_to(tmp_path / "usb")
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT name FROM product_type").fetchall() == [("Tersimpan",)]
    conn.close()

    # A backup onto a read-only USB stick fails clearly and leaves no partial file.
    with pytest.raises(StorageError) as refused:
        BackupService(copy).backup_to(tmpfs)
    assert refused.value.code == "read_only"
    assert sorted(p.name for p in tmpfs.iterdir()) == sorted(
        p.name for p in tmpfs.iterdir() if p.name.startswith("sentra.")
    )
    fault_table(
        "Read-only data folder or USB stick",
        how="tmpfs remounted read-only: open the data, run demo-data, back up onto it",
        tried=3,
        confirmed=1,
        lost=0,
        outcome="refused with “The folder or disk is read-only …”; the data stays readable and sound",
    )
