"""Crafted and hostile files offered as backups: each is refused, and the day's records stay byte for byte.

Every file here is made from a real backup the way a careful tester (or a stranger with the
``sqlite3`` shell) would: an extra trigger, view, table or index, a dropped audit trigger, a
changed column type; and the other hostile files: empty, not SQLite, another program's SQLite, a
newer revision, cut off, failing SQLite's own check, a flipped byte only the SHA-256 sees. Each is
refused by ``restore`` (the service, and the command line with a plain Indonesian message), the
live database's SHA-256 is the same afterwards, nothing is saved "before restore", and ``check``
flags the schema cases (exit 1). ``migrate-data --from`` refuses them too.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from sentra_desktop.cli import main
from sentra_desktop.core.errors import StorageError
from sentra_desktop.core.paths import DataDir
from sentra_desktop.services.backup import BackupService
from sentra_desktop.services.backup_files import checksum_path, parse_backup_name, sha256_of, write_checksum
from sentra_desktop.services.catalogue_setup import ProductTypeInput, ProductTypeService
from sentra_desktop.services.container import Services
from sentra_desktop.services.data_copy import migrate_data
from sentra_desktop.services.database import Database
from sentra_desktop.services.health import after_start
from sentra_desktop.ui.recovery import Recovery

# The tester's trigger of the issue: every production entry would silently rename the sentra.
EVIL_TRIGGER = (
    "CREATE TRIGGER evil AFTER INSERT ON production_entry BEGIN "
    "UPDATE sentra_profile SET name = 'diubah diam-diam'; END"
)


def _sql(*statements: str) -> Callable[[Path], None]:
    def craft(path: Path) -> None:
        conn = sqlite3.connect(path)
        try:
            for statement in statements:
                conn.execute(statement)
            conn.commit()
        finally:
            conn.close()

    return craft


def _rewrite_schema(table: str, old: str, new: str) -> Callable[[Path], None]:
    """Change a table's CREATE statement in place, as ``PRAGMA writable_schema`` allows."""

    def craft(path: Path) -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA writable_schema=ON")
            changed = conn.execute(
                "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = ?", (old, new, table)
            ).rowcount
            assert changed == 1
            conn.execute("PRAGMA writable_schema=OFF")
        finally:
            conn.close()

    return craft


# (case, how the file is made from a fresh backup, the refusal's code, what the message names)
SCHEMA_CASES = [
    ("extra trigger", _sql(EVIL_TRIGGER), "Pemicu", "evil"),
    ("extra view", _sql("CREATE VIEW v_peek AS SELECT name FROM sentra_profile"), "View", "v_peek"),
    ("extra table", _sql("CREATE TABLE stash (x TEXT)"), "Tabel", "stash"),
    ("dropped audit trigger", _sql("DROP TRIGGER audit_log_no_delete"), "Pemicu", "audit_log_no_delete"),
    (
        "changed column type",
        _rewrite_schema("production_entry", "good_qty INTEGER NOT NULL", "good_qty TEXT NOT NULL"),
        "Kolom",
        "production_entry.good_qty",
    ),
]


def _flip(text: bytes) -> Callable[[Path], None]:
    def craft(path: Path) -> None:
        data = bytearray(path.read_bytes())
        at = data.rfind(text)
        assert at > 0
        data[at] ^= 0x20  # upper to lower case
        path.write_bytes(bytes(data))

    return craft


# A letter of the notes (in no index): a valid page, so only the check sum notices.
_flip_a_letter = _flip(b"Catatan asli")
# A letter of the name, which its unique index also holds: SQLite's integrity check notices.
_damage_a_page = _flip(b"Kerajinan lama")


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _newer(path: Path) -> None:
    _sql("UPDATE alembic_version SET version_num = '9999_future'")(path)


def _other_program(path: Path) -> None:
    path.unlink()
    _sql("CREATE TABLE contacts (name TEXT, phone TEXT)")(path)


FILE_CASES = [
    ("zero-byte file", lambda p: p.write_bytes(b""), "backup_empty", "kosong"),
    ("not SQLite", lambda p: p.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 64), "not_sqlite", "bukan"),
    ("another program's SQLite", _other_program, "not_a_backup", "bukan"),
    ("newer revision", _newer, "backup_too_new", "lebih baru"),
    ("truncated", _truncate, "backup_truncated", "tidak lengkap"),
    ("fails integrity_check", _damage_a_page, "backup_damaged", "rusak"),
    ("flipped byte", _flip_a_letter, "backup_checksum", "SHA-256"),
]


def _digest(database: Path) -> str:
    return hashlib.sha256(database.read_bytes()).hexdigest()


@pytest.fixture
def live(migrated_template: Path, tmp_path: Path) -> DataDir:
    data = DataDir(tmp_path / "data")
    data.ensure()
    shutil.copyfile(migrated_template, data.database)
    db = Database.open(data.sqlite_url())
    try:
        ProductTypeService(db).create(ProductTypeInput(name="Kerajinan lama", notes="Catatan asli"))
    finally:
        db.dispose()
    return data


def _crafted(live: DataDir, tmp_path: Path, craft: Callable[[Path], None], keep_checksum: bool) -> Path:
    backup = BackupService.for_data_dir(live).backup_to(tmp_path / "usb")
    craft(backup)
    if not keep_checksum:  # a stranger's copy: the check sum is gone, or written again to match
        write_checksum(backup, sha256_of(backup)) if backup.exists() else None
    return backup


def _refused_and_untouched(live: DataDir, backup: Path, code: str) -> StorageError:
    before = _digest(live.database)
    service = BackupService.for_data_dir(live)
    with pytest.raises(StorageError) as caught:
        service.restore(backup)
    assert caught.value.code == code
    assert _digest(live.database) == before
    assert not [b for b in service.list_backups() if b.before_restore]  # not even the current data saved
    return caught.value


@pytest.mark.parametrize(("case", "craft", "word", "name"), SCHEMA_CASES, ids=[c[0] for c in SCHEMA_CASES])
def test_a_crafted_schema_is_refused_with_its_differences_listed(
    live: DataDir,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
    craft: Callable[[Path], None],
    word: str,
    name: str,
) -> None:
    backup = _crafted(live, tmp_path, craft, keep_checksum=False)
    error = _refused_and_untouched(live, backup, "backup_schema_drift")
    assert name in str(error.params["differences"])

    before = _digest(live.database)
    assert main(["--data-dir", str(live.root), "restore", str(backup)]) == 1
    err = capsys.readouterr().err
    assert "diubah di luar Sentra Desktop" in err and word in err and name in err, err
    assert _digest(live.database) == before

    # `migrate-data --from` it into an empty file copies nothing.
    crafted_digest = _digest(backup)
    target = tmp_path / "target.sqlite3"
    with pytest.raises(StorageError) as caught:
        migrate_data(f"sqlite:///{backup}", f"sqlite:///{target}")
    assert caught.value.code == "backup_schema_drift"
    assert _digest(backup) == crafted_digest and not target.exists()

    # The same change made to the day's database itself: `check` flags it and changes nothing.
    craft(live.database)
    crafted_digest = _digest(live.database)
    assert main(["--data-dir", str(live.root), "check"]) == 1
    out = capsys.readouterr().out
    assert name in out and "ADA MASALAH" in out, out
    assert _digest(live.database) == crafted_digest


@pytest.mark.parametrize(("case", "craft", "code", "words"), FILE_CASES, ids=[c[0] for c in FILE_CASES])
def test_a_hostile_file_is_refused_in_plain_words_and_nothing_replaced(
    live: DataDir,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
    craft: Callable[[Path], None],
    code: str,
    words: str,
) -> None:
    # The check sum is kept where the case is about it; otherwise the file must be refused for
    # what it is, not merely for no longer matching its check sum.
    backup = _crafted(live, tmp_path, craft, keep_checksum=code == "backup_checksum")
    if code != "backup_checksum":
        checksum_path(backup).unlink(missing_ok=True)
    _refused_and_untouched(live, backup, code)
    before = _digest(live.database)
    assert main(["--data-dir", str(live.root), "restore", str(backup)]) == 1
    err = capsys.readouterr().err
    assert words in err, err
    assert _digest(live.database) == before


def test_the_flipped_byte_passes_sqlites_own_check(live: DataDir, tmp_path: Path) -> None:
    """Why the SHA-256: SQLite keeps no check sums, the damaged backup looks sound to it."""
    backup = _crafted(live, tmp_path, _flip_a_letter, keep_checksum=True)
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert (
            conn.execute("SELECT count(*) FROM product_type WHERE notes = 'catatan asli'").fetchone()[0] == 1
        )
    finally:
        conn.close()


def test_an_extra_index_is_only_a_warning(live: DataDir, tmp_path: Path) -> None:
    backup = _crafted(live, tmp_path, _sql("CREATE INDEX ix_extra ON product_type (notes)"), False)
    result = BackupService.for_data_dir(live).restore(backup)
    assert any("ix_extra" in w for w in result.warnings)
    db = Database.open(live.sqlite_url())
    try:
        assert after_start(db).problems == []  # an index changes speed, never a record
    finally:
        db.dispose()


def test_a_drifted_database_is_reported_after_start_like_a_damaged_one(live: DataDir) -> None:
    _sql(EVIL_TRIGGER)(live.database)
    db = Database.open(live.sqlite_url())
    try:
        problems = after_start(db).problems
    finally:
        db.dispose()
    assert any("evil" in p for p in problems), problems


def test_runtime_objects_are_allowed(live: DataDir) -> None:
    """ANALYZE's statistics tables are SQLite's own, not a drift."""
    _sql("ANALYZE")(live.database)
    db = Database.open(live.sqlite_url())
    try:
        assert after_start(db).problems == []
    finally:
        db.dispose()


def test_a_drifted_database_at_start_is_offered_the_newest_good_backup(
    qtbot: QtBot, live: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the window does after its first paint: the drift is reported, the good backup put back."""
    from sentra_desktop.app import report_damage

    good = BackupService.for_data_dir(live).backup_now()
    _sql(EVIL_TRIGGER)(live.database)
    BackupService.for_data_dir(live).backup_now()  # a newer backup, drifted too: never offered
    shown: list[str] = []

    def ask(self: Recovery, text: str, yes: str, no: str) -> bool:
        shown.append(text)
        return True

    monkeypatch.setattr(Recovery, "ask", ask)
    monkeypatch.setattr(Recovery, "inform", lambda self, text: shown.append(text))
    db = Database.open(live.sqlite_url())
    try:
        problems = after_start(db).problems
        assert any("evil" in p for p in problems)
        window = QWidget()
        qtbot.addWidget(window)
        window.services = Services(db)  # type: ignore[attr-defined]
        report_damage(window, problems)  # type: ignore[arg-type]
        assert any("evil" in text for text in shown), shown
        assert after_start(db).problems == []  # the good backup is back, without the trigger
    finally:
        db.dispose()
    offered = parse_backup_name(good.name)
    assert offered is not None and offered[0].strftime("%d/%m/%Y %H:%M") in shown[0]
