"""A damaged database file: the checks report it, and the newest good backup is offered and restored.

The damage is real: bytes in the middle of a copy of the file (or its header) are overwritten,
as a failing disk or an interrupted copy would do.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from sentra_desktop.cli import main
from sentra_desktop.core.errors import StorageError
from sentra_desktop.core.paths import DataDir
from sentra_desktop.services.backup import BackupService, newest_good_backup
from sentra_desktop.services.catalogue_setup import ProductTypeInput, ProductTypeService
from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database
from sentra_desktop.services.health import quick_check
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.ui.recovery import Recovery
from tests.faults.conftest import RecordFault
from tests.faults.support import integrity

BACKED_UP = 300
AFTER_BACKUP = 5


@pytest.fixture
def sound_data(migrated_template: Path, tmp_path: Path) -> DataDir:
    """A data folder with 300 product types in a backup, and 5 more saved after it."""
    data = DataDir(tmp_path / "data")
    data.ensure()
    shutil.copyfile(migrated_template, data.database)
    db = Database.open(data.sqlite_url())
    types = ProductTypeService(db)
    for number in range(BACKED_UP):
        types.create(ProductTypeInput(name=f"Jenis {number:03d}", notes="catatan panjang " * 30))
    BackupService.for_data_dir(data).backup_now()
    for number in range(AFTER_BACKUP):
        types.create(ProductTypeInput(name=f"Sesudah cadangan {number}"))
    db.dispose()
    return data


def damaged_copy(data: DataDir, target: Path, *, header: bool = False) -> DataDir:
    """A copy of the data folder whose database has garbage in its table pages (or in its header)."""
    shutil.copytree(data.root, target)
    copy = DataDir(target)
    page_size, pages = _product_type_pages(copy.database)
    garbage = random.Random(4).randbytes(3 * page_size)
    with open(copy.database, "r+b") as handle:
        if header:
            handle.write(b"this is not a database at all, the disk failed")
        else:
            # Pages of the product types themselves: the schema (whose place in the file moves
            # as migrations add to it) stays readable, so the damage is found by the check.
            handle.seek((pages[len(pages) // 2] - 1) * page_size + 100)
            handle.write(garbage)
    return copy


def _product_type_pages(path: Path) -> tuple[int, list[int]]:
    """The page size and the page numbers of the product type table's leaves (SQLite's dbstat)."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        rows = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'product_type' AND pagetype = 'leaf' ORDER BY pageno"
        ).fetchall()
    finally:
        conn.close()
    return page_size, [row[0] for row in rows]


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in conn.execute("SELECT name FROM product_type"))
    finally:
        conn.close()


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The operator accepts the offered backup; the texts shown are collected."""
    shown: list[str] = []

    def ask(self: Recovery, text: str, yes: str, no: str) -> bool:
        shown.append(text)
        return True

    monkeypatch.setattr(Recovery, "ask", ask)
    monkeypatch.setattr(Recovery, "inform", lambda self, text: shown.append(text))
    yield shown


def test_the_full_check_reports_damage(
    sound_data: DataDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(sound_data.root), "check"]) == 0
    assert "Hasil: sehat" in capsys.readouterr().out

    damaged = damaged_copy(sound_data, tmp_path / "damaged")
    assert main(["--data-dir", str(damaged.root), "check"]) == 1
    report = capsys.readouterr().out
    assert "Keutuhan berkas:" in report and "masalah" in report
    assert "Hasil: ADA MASALAH" in report

    header = damaged_copy(sound_data, tmp_path / "header", header=True)
    assert main(["--data-dir", str(header.root), "check"]) == 1
    assert "Berkas database rusak" in capsys.readouterr().out


def test_quick_check_finds_the_damage_and_the_backup_is_restored_in_place(
    qtbot: QtBot, sound_data: DataDir, tmp_path: Path, answer_yes: list[str], fault_table: RecordFault
) -> None:
    from sentra_desktop.app import report_damage

    damaged = damaged_copy(sound_data, tmp_path / "damaged")
    db = Database.open(damaged.sqlite_url())
    problems = quick_check(db)
    assert problems  # what the program runs after its window is drawn
    offered = newest_good_backup(damaged)
    assert offered is not None and offered.path.parent == damaged.backups

    window = QWidget()
    qtbot.addWidget(window)
    window.services = Services(db)  # type: ignore[attr-defined]
    report_damage(window, problems)  # type: ignore[arg-type]

    assert "damaged" in answer_yes[0] and offered.made_at.strftime("%d/%m/%Y %H:%M") in answer_yes[0]
    assert "back in place" in answer_yes[-1]
    # The same open Database now works on the restored file.
    assert quick_check(db) == []
    restored = [row.name for row in ProductTypeService(db).page(ListQuery(), 0, 1000)]
    db.dispose()
    expected = [f"Jenis {n:03d}" for n in range(BACKED_UP)]
    assert sorted(restored) == expected
    assert integrity(damaged.database) == []
    # The damaged file was kept for a specialist, untouched.
    kept = list(damaged.backups.glob("damaged-*/sentra.sqlite3"))
    assert len(kept) == 1 and integrity(kept[0]) != []
    lost = len(set(expected) - set(restored))
    fault_table(
        "Damaged database file (bytes overwritten in its table pages)",
        how="12 KiB of garbage written over table pages of a copy; quick check after start, then the offer",
        tried=1,
        confirmed=BACKED_UP,
        lost=lost,
        outcome=f"check exit 1; newest good backup offered and restored; "
        f"{AFTER_BACKUP} entries made after that backup to be typed again; damaged file kept",
    )


def test_a_file_that_is_no_database_at_start_is_offered_the_backup(
    qtbot: QtBot, sound_data: DataDir, tmp_path: Path, answer_yes: list[str], fault_table: RecordFault
) -> None:
    from sentra_desktop.app import _open_with_recovery

    damaged = damaged_copy(sound_data, tmp_path / "header", header=True)
    with pytest.raises(StorageError) as caught:
        Database.open(damaged.sqlite_url())
    assert caught.value.code == "damaged"

    services = _open_with_recovery(damaged.sqlite_url())
    assert services is not None
    try:
        assert len(names(damaged.database)) == BACKED_UP
        assert "damaged" in answer_yes[0]
    finally:
        services.close()
    fault_table(
        "Database file that is no database any more (header overwritten)",
        how="the first bytes of a copy overwritten; the program started on it",
        tried=1,
        confirmed=BACKED_UP,
        lost=BACKED_UP - len(names(damaged.database)),
        outcome="“The database file is damaged …” with the newest good backup offered, instead of a crash",
    )


def test_declining_the_offer_at_start_opens_nothing(
    qtbot: QtBot, sound_data: DataDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sentra_desktop.app import _open_with_recovery

    monkeypatch.setattr(Recovery, "ask", lambda self, text, yes, no: False)
    damaged = damaged_copy(sound_data, tmp_path / "header", header=True)
    before = damaged.database.read_bytes()
    assert _open_with_recovery(damaged.sqlite_url()) is None
    assert damaged.database.read_bytes() == before  # neither repaired nor replaced by an empty one


def test_a_missing_database_with_backups_is_offered_the_newest(
    qtbot: QtBot, sound_data: DataDir, answer_yes: list[str]
) -> None:
    from sentra_desktop.app import _open_with_recovery

    for path in sound_data.root.glob("sentra.sqlite3*"):
        path.unlink()
    services = _open_with_recovery(sound_data.sqlite_url())
    assert services is not None
    services.close()
    assert "no database" in answer_yes[0]
    assert len(names(sound_data.database)) == BACKED_UP


def test_the_check_says_in_indonesian_what_damage_means_and_what_to_do(
    sound_data: DataDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = damaged_copy(sound_data, tmp_path / "damaged")
    assert main(["--data-dir", str(damaged.root), "check"]) == 1
    report = capsys.readouterr().out
    assert "database disk image is malformed" not in report  # SQLite's English, said plainly
    assert "struktur dalamnya rusak" in report
    assert "Berkas database rusak" in report and "pulihkan cadangan baik yang terbaru" in report
    assert "sentra-desktop restore" in report

    header = damaged_copy(sound_data, tmp_path / "header", header=True)
    assert main(["--data-dir", str(header.root), "check"]) == 1
    said = capsys.readouterr().out
    assert "file is not a database" not in said and "bukan lagi berkas database" in said
    assert "pulihkan cadangan baik yang terbaru" in said
