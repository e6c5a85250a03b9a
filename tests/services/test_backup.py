"""Backups: online copies that are checked before they get their name, rotation, restore, CLI."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from sentra_desktop.cli import main
from sentra_desktop.core.enums import MaterialUnit, MovementKind
from sentra_desktop.core.errors import StorageError
from sentra_desktop.core.paths import DataDir
from sentra_desktop.db.engine import make_engine
from sentra_desktop.db.migrate import HEAD_REVISION, alembic_config, current_revision
from sentra_desktop.db.models import Material, StockBalance, StockMovement
from sentra_desktop.services.backup import (
    COPYING,
    BackupInfo,
    BackupService,
    Retention,
    check_file,
    list_backups,
    plan_rotation,
    restore,
)
from sentra_desktop.services.backup_files import checksum_path
from sentra_desktop.services.catalogue_setup import ProductTypeInput, ProductTypeService
from sentra_desktop.services.database import Database

NAME = re.compile(r"^sentra-\d{8}-\d{6}\.sqlite3$")


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in conn.execute("SELECT name FROM product_type"))
    finally:
        conn.close()


def add(db: Database, name: str) -> int:
    return ProductTypeService(db).create(ProductTypeInput(name=name))


@pytest.fixture
def data_dir(migrated_template: Path, tmp_path: Path) -> DataDir:
    data = DataDir(tmp_path / "data")
    data.ensure()
    shutil.copyfile(migrated_template, data.database)
    return data


# --- making a backup -----------------------------------------------------------------------------


def test_a_backup_is_dated_checked_and_one_self_contained_file(db: Database, db_path: Path) -> None:
    add(db, "Gantungan kunci")
    reports: list[tuple[int, int, str]] = []
    path = BackupService(db_path, db=db).backup_now(
        lambda done, total, label: reports.append((done, total, label))
    )

    assert NAME.match(path.name) and path.parent == db_path.parent / "backups"
    check = check_file(path)
    assert check.sound and check.revision == HEAD_REVISION
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    # No log, no temporary file: the backup and its SHA-256 check sum, in sha256sum's format.
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name, path.name + ".sha256"]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert (path.parent / (path.name + ".sha256")).read_text() == f"{digest}  {path.name}\n"
    assert names(path) == ["Gantungan kunci"]
    assert reports and reports[-1][0] == reports[-1][1] and {r[2] for r in reports} == {COPYING}


def test_a_backup_is_a_snapshot_of_committed_data_only(db: Database, db_path: Path) -> None:
    add(db, "Tersimpan")
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another connection is half-way through a save
    writer.execute(
        "INSERT INTO product_type (name, active, notes, uuid, created_at, updated_at, created_by, updated_by,"
        " version) VALUES ('Belum disimpan', 1, '', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',"
        " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'uji', 'uji', 1)"
    )
    service = BackupService(db_path)
    during = service.backup_to(service.folder, now=datetime(2026, 11, 28, 9, 0, 0))
    writer.execute("COMMIT")
    writer.close()
    after = service.backup_to(service.folder, now=datetime(2026, 11, 28, 9, 0, 0))

    assert names(during) == ["Tersimpan"]
    assert names(after) == ["Belum disimpan", "Tersimpan"]
    assert after.name == "sentra-20261128-090000-2.sqlite3"  # same second: numbered, never overwritten


def test_backup_to_a_folder_that_cannot_be_one_fails_and_leaves_nothing(
    db_path: Path, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "stick"
    not_a_folder.write_text("a file where a folder should be")
    with pytest.raises(StorageError):
        BackupService(db_path).backup_to(not_a_folder)
    with pytest.raises(StorageError) as caught:
        BackupService(tmp_path / "none" / "sentra.sqlite3").backup_to(tmp_path / "usb")
    assert caught.value.code == "no_database"
    assert not (tmp_path / "usb").exists() or not any((tmp_path / "usb").iterdir())


# --- rotation ------------------------------------------------------------------------------------


def _info(at: datetime, folder: Path = Path("/b")) -> BackupInfo:
    return BackupInfo(folder / f"sentra-{at:%Y%m%d-%H%M%S}.sqlite3", at, 1)


def test_rotation_keeps_7_daily_4_weekly_and_12_monthly() -> None:
    backups = [
        _info(datetime(2026, 1, 1, hour) + timedelta(days=day))
        for day in range((datetime(2026, 11, 28) - datetime(2026, 1, 1)).days + 1)
        for hour in (12, 18)
    ]
    backups.sort(key=lambda b: b.made_at, reverse=True)
    kept = sorted(b.made_at for b in backups if b.path in plan_rotation(backups))

    days = [datetime(2026, 11, d, 18) for d in range(22, 29)]  # the last 7 days (Sat 28 Nov back)
    weeks = [datetime(2026, 11, 8, 18), datetime(2026, 11, 15, 18)]  # + 2 older ISO weeks (Sundays)
    months = [datetime(2026, m, d, 18) for m, d in ((1, 31), (2, 28), (3, 31), (4, 30), (5, 31))]
    months += [datetime(2026, m, d, 18) for m, d in ((6, 30), (7, 31), (8, 31), (9, 30), (10, 31))]
    assert kept == sorted(days + weeks + months)


def test_rotation_deletes_by_plan_but_never_the_newest_good_backup(db_path: Path) -> None:
    service = BackupService(db_path, retention=Retention(daily=2, weekly=0, monthly=0))
    good = service.backup_to(service.folder, now=datetime(2026, 6, 1, 8))
    for week in range(1, 6):  # older good backups (hard links: cheap copies of one good file)
        os.link(
            good,
            service.folder
            / f"sentra-{datetime(2026, 6, 1, 8) - timedelta(weeks=week):%Y%m%d-%H%M%S}.sqlite3",
        )
    for day in (2, 3):  # the two newest are damaged
        (service.folder / f"sentra-202606{day:02d}-080000.sqlite3").write_bytes(b"not a database " * 100)
    stale = service.folder / ".sentra-backup-old.partial"
    stale.write_bytes(b"half a copy")
    os.utime(stale, (0, 0))
    fresh = service.folder / ".sentra-backup-running.partial"
    fresh.write_bytes(b"a copy in progress")

    deleted = service.rotate()

    remaining = sorted(b.name for b in list_backups(service.folder))
    assert remaining == [
        "sentra-20260601-080000.sqlite3",
        "sentra-20260602-080000.sqlite3",
        "sentra-20260603-080000.sqlite3",
    ]
    assert len(deleted) == 5
    assert service.newest_good_backup() is not None and service.newest_good_backup().path == good  # type: ignore[union-attr]
    assert not stale.exists() and fresh.exists()


def test_backups_saved_before_a_restore_are_never_rotated(db: Database, db_path: Path) -> None:
    service = BackupService(db_path, db=db, retention=Retention(daily=1, weekly=0, monthly=0))
    first = service.backup_now(now=datetime(2026, 1, 1, 8))
    add(db, "Sesudah")
    service.restore(first, now=datetime(2026, 1, 2, 8))
    service.backup_now(now=datetime(2026, 1, 3, 8))
    listed = [(b.name, b.before_restore) for b in service.list_backups()]
    assert listed == [
        ("sentra-20260103-080000.sqlite3", False),
        ("before-restore-20260102-080000.sqlite3", True),
    ]


def test_changed_since_backup_and_due(db: Database, db_path: Path) -> None:
    service = BackupService(db_path, db=db)
    assert service.latest() is None and service.due()
    service.backup_now()
    assert not service.changed_since_backup() and not service.due(timedelta(0))
    add(db, "Baru")
    assert service.changed_since_backup()
    assert not service.due()  # the newest backup is less than a day old
    assert service.due(timedelta(0))


# --- restoring -----------------------------------------------------------------------------------


def test_restore_puts_the_backup_back_and_keeps_the_replaced_data(db: Database, db_path: Path) -> None:
    add(db, "Lama")
    service = BackupService(db_path, db=db)
    backup = service.backup_now()
    add(db, "Baru")

    result = service.restore(backup)

    assert names(db_path) == ["Lama"]
    assert result.previous is not None and names(result.previous) == ["Baru", "Lama"]
    assert result.revision == HEAD_REVISION and not result.migrated
    add(db, "Sesudah pemulihan")  # the same open Database works on the restored file
    assert names(db_path) == ["Lama", "Sesudah pemulihan"]
    assert check_file(db_path).problems == ()


def test_only_the_head_restores_over_an_open_database(db: Database, db_path: Path) -> None:
    from sentra_desktop.core.actor import Actor
    from sentra_desktop.core.errors import PermissionDenied
    from sentra_desktop.services.users import enforce_roles

    add(db, "Lama")
    service = BackupService(db_path, db=db)
    backup = service.backup_now()
    add(db, "Baru")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    enforce_roles(db).open = False  # as once the head exists
    db.actor = Actor("Siti", 2, "operator")
    with pytest.raises(PermissionDenied):
        service.restore(backup)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert names(db_path) == ["Baru", "Lama"]
    db.actor = Actor("Nurhayati", 1, "ketua")
    service.restore(backup)
    assert names(db_path) == ["Lama"]


def _initial_schema_database(path: Path) -> None:
    from alembic import command

    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0001_initial")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO product_type (name, active, notes, uuid, created_at, updated_at, created_by,"
            " updated_by, version) VALUES ('Gantungan kunci lama', 1, '', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',"
            " '2025-01-01 00:00:00', '2025-01-01 00:00:00', 'lama', 'lama', 1)"
        )
    engine.dispose()


def test_a_backup_of_the_initial_schema_is_migrated_after_restore(data_dir: DataDir, tmp_path: Path) -> None:
    old = tmp_path / "old" / "sentra.sqlite3"
    old.parent.mkdir()
    _initial_schema_database(old)
    backup = BackupService(old).backup_to(tmp_path / "usb")
    assert check_file(backup).revision == "0001_initial"

    result = restore(backup, data_dir)

    assert result.revision == "0001_initial"
    assert result.migrated == (HEAD_REVISION != "0001_initial")
    engine = make_engine(data_dir.sqlite_url())
    assert current_revision(engine) == HEAD_REVISION
    engine.dispose()
    assert names(data_dir.database) == ["Gantungan kunci lama"]
    db = Database.open(data_dir.sqlite_url())
    add(db, "Jenis baru")  # the migrated data takes new records
    db.dispose()


def test_a_backup_from_a_newer_version_is_refused_and_nothing_changes(db: Database, db_path: Path) -> None:
    add(db, "Sekarang")
    service = BackupService(db_path, db=db)
    backup = service.backup_now()
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    with pytest.raises(StorageError) as caught:
        service.restore(backup)
    assert caught.value.code == "backup_checksum"  # changed after it was made
    checksum_path(backup).unlink()  # as one from a newer program that wrote no check sum

    with pytest.raises(StorageError) as caught:
        service.restore(backup)
    assert caught.value.code == "backup_too_new" and caught.value.params["revision"] == "9999_future"
    assert names(db_path) == ["Sekarang"]
    assert [b.before_restore for b in service.list_backups()] == [False]  # nothing was even saved


def test_a_file_that_is_no_sentra_backup_is_refused(db_path: Path, tmp_path: Path) -> None:
    service = BackupService(db_path)
    junk = tmp_path / "foto.jpg"
    junk.write_bytes(os.urandom(20_000))
    other = tmp_path / "lain.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    refusals = ((junk, "not_sqlite"), (other, "not_a_backup"), (tmp_path / "none", "not_a_backup"))
    for path, code in refusals:
        with pytest.raises(StorageError) as caught:
            service.restore(path)
        assert caught.value.code == code, path
    assert check_file(db_path).sound


# --- the command line ----------------------------------------------------------------------------


def test_cli_backup_writes_one_dated_checked_file(
    data_dir: DataDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    usb = tmp_path / "usb"
    assert main(["--data-dir", str(data_dir.root), "backup", "--out", str(usb)]) == 0
    written = sorted(usb.iterdir())
    assert len(written) == 2 and NAME.match(written[0].name)
    assert written[1] == checksum_path(written[0])
    assert capsys.readouterr().out.strip() == str(written[0])
    assert check_file(written[0]).sound

    assert main(["--data-dir", str(data_dir.root), "backup"]) == 0  # into the data folder's backups
    assert [b.path.parent for b in list_backups(data_dir.backups)] == [data_dir.backups]


def test_cli_restore(data_dir: DataDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = Database.open(data_dir.sqlite_url())
    add(db, "Lama")
    backup = BackupService.for_data_dir(data_dir).backup_to(tmp_path / "usb")
    add(db, "Baru")
    db.dispose()

    assert main(["--data-dir", str(data_dir.root), "restore", str(backup)]) == 0
    assert "Dipulihkan dari" in capsys.readouterr().out
    assert names(data_dir.database) == ["Lama"]
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    checksum_path(backup).unlink()
    assert main(["--data-dir", str(data_dir.root), "restore", str(backup)]) == 1
    assert "Sentra Desktop yang lebih baru" in capsys.readouterr().err


def test_cli_check_exit_codes(data_dir: DataDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = Database.open(data_dir.sqlite_url())
    with db.transaction() as session:
        latex = Material(code="LTX", name="Lateks", unit=MaterialUnit.KG)
        session.add(latex)
        session.flush()
        for quantity in (Decimal("12.5"), Decimal("-2.25")):
            session.add(
                StockMovement(
                    moved_on=datetime(2026, 11, 1).date(),
                    kind=MovementKind.RECEIPT,
                    material_id=latex.id,
                    quantity=quantity,
                )
            )
        session.add(StockBalance(material_id=latex.id, on_hand=Decimal("10.25")))
        material_id = latex.id
    db.dispose()
    assert main(["--data-dir", str(data_dir.root), "check"]) == 0
    out = capsys.readouterr().out
    assert "Saldo stok dibanding buku mutasi (1 barang): baik" in out and "Hasil: sehat" in out

    with sqlite3.connect(data_dir.database) as conn:  # a balance that no longer matches its ledger
        conn.execute("UPDATE stock_balance SET on_hand = 11000")
    conn.close()
    assert main(["--data-dir", str(data_dir.root), "check"]) == 1
    out = capsys.readouterr().out
    assert f"Bahan baku {material_id}: saldo 11, jumlah mutasi 10,25" in out and "ADA MASALAH" in out

    with sqlite3.connect(data_dir.database) as conn:  # movements without any balance row
        conn.execute("DELETE FROM stock_balance")
    conn.close()
    assert main(["--data-dir", str(data_dir.root), "check"]) == 1
    assert f"Bahan baku {material_id}: tanpa baris saldo, jumlah mutasi 10,25" in capsys.readouterr().out

    assert main(["--data-dir", str(tmp_path / "empty"), "check"]) == 1
    assert "Tidak ada database di" in capsys.readouterr().err


def test_cli_backup_of_an_unreachable_server_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    # A reachable server's backup is an SQLite snapshot: tests/db/test_server_mode.py.
    assert main(["--db-url", "postgresql+psycopg://sentra@127.0.0.1:1/sentra", "backup"]) == 1
    assert "Basis data tidak bisa dibuka" in capsys.readouterr().err


def test_storage_failures_that_callers_tell_apart_have_their_own_class(tmp_path: Path) -> None:
    from sentra_desktop.core.errors import BackupFailed, CannotOpenDatabase, DatabaseDamaged
    from sentra_desktop.services.storage_errors import storage_error

    not_a_database = sqlite3.DatabaseError("file is not a database")
    not_a_database.sqlite_errorcode = 26  # type: ignore[attr-defined]
    assert isinstance(storage_error(not_a_database, "backup_failed"), DatabaseDamaged)
    assert isinstance(storage_error(ValueError("no driver"), "cannot_open"), CannotOpenDatabase)
    assert isinstance(storage_error(ValueError("check failed"), "backup_failed"), BackupFailed)
    full = storage_error(OSError(28, "No space left on device"), "backup_failed")
    assert type(full) is StorageError and full.code == "disk_full"
    with pytest.raises(CannotOpenDatabase):
        Database.open(f"nosuchdriver:///{tmp_path / 'x'}")
