"""Moving the records between this PC's SQLite file and a PostgreSQL server, and server backups.

:func:`migrate_data` copies every record from one database to another, empty one (``sentra-desktop
migrate-data`` and the button on Pengaturan → Database). A server's backup is the same portable
SQLite snapshot file a single PC makes (:func:`snapshot_server`), written through that copy, so a
server's data can be restored onto a laptop and back (:func:`restore_to_server`).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from sentra_desktop.core.errors import BackupFailed, SentraError, StorageError
from sentra_desktop.db.copy import CopyMismatchError, CopyProgress, TargetNotEmptyError, Totals, copy_records
from sentra_desktop.services.backup_files import (
    BACKUP_PREFIX,
    BackupInfo,
    check_file,
    free_name,
    fsync_file,
    list_backups,
    sha256_of,
    verify_candidate,
    write_checksum,
)
from sentra_desktop.services.database import Database

log = logging.getLogger("sentra.services")


@dataclass(frozen=True)
class CopyResult:
    """What a copy moved: rows per table and the stock totals, checked equal on both sides."""

    source: str
    target: str
    totals: Totals

    @property
    def records(self) -> int:
        return sum(self.totals.rows.values())

    def describe(self) -> str:
        return (
            f"Copied {self.records} records from {self.source} to {self.target}; "
            "counts and stock totals match."
        )


def same_database(first: str, second: str) -> bool:
    """True when both URLs name one database (an SQLite file by its resolved path)."""
    a, b = make_url(first), make_url(second)
    if a.get_backend_name() == b.get_backend_name() == "sqlite":
        return Path(str(a.database or "")).resolve() == Path(str(b.database or "")).resolve()
    return (a.host, a.port, a.database, a.get_backend_name()) == (
        b.host,
        b.port,
        b.database,
        b.get_backend_name(),
    )


def require_trusted_schema(db: Database) -> None:
    """Refuse a database whose schema differs from its revision's fingerprint (an extra index passes).

    Raises:
        StorageError: ``schema_drift``, listing the differences.
    """
    from sentra_desktop.db.migrate import verify_schema

    drift = verify_schema(db.engine)
    if not drift.sound:
        raise StorageError("schema_drift", database=db.url, differences=drift.listing())


def copy_between(source: Database, target: Database, progress: CopyProgress | None = None) -> CopyResult:
    """Copy every record of ``source`` into the empty ``target`` (both open and migrated).

    Raises:
        SentraError: ``target_not_empty`` or ``copy_mismatch`` (the target is left as it was).
    """
    try:
        totals = copy_records(source.engine, target.engine, progress)
    except TargetNotEmptyError as exc:
        raise SentraError("target_not_empty", tables=", ".join(exc.tables[:5])) from exc
    except CopyMismatchError as exc:
        raise SentraError("copy_mismatch", detail="; ".join(exc.differences[:5])) from exc
    return CopyResult(source.url, target.url, totals)


def migrate_data(from_url: str, to_url: str, progress: CopyProgress | None = None) -> CopyResult:
    """Copy every record from ``from_url`` to the empty database at ``to_url``.

    Both databases are brought to this version's schema first (an empty target gets its tables).

    Raises:
        SentraError: ``same_database``, ``target_not_empty``, ``copy_mismatch``, or a storage error.
    """
    if same_database(from_url, to_url):
        raise SentraError("same_database")
    from sentra_desktop.services.instance_lock import sqlite_file

    source_file = sqlite_file(from_url)
    if source_file is not None:
        # Checked before anything opens it: opening migrates, and a crafted file's triggers would run.
        verify_candidate(source_file)
    source = Database.open(from_url)
    try:
        require_trusted_schema(source)
        target = Database.open(to_url)
        try:
            require_trusted_schema(target)
            result = copy_between(source, target, progress)
        finally:
            target.dispose()
    finally:
        source.dispose()
    log.info("%s", result.describe())
    return result


def copy_open_database_to(db: Database, to_url: str, progress: CopyProgress | None = None) -> CopyResult:
    """Copy every record of the open database ``db`` into the empty database at ``to_url``.

    For the button on Pengaturan → Database: the program's own data goes to a new server (or
    from the server to a file). The target is migrated first; the source is read as it is.
    """
    source_url = db.engine.url.render_as_string(hide_password=False)
    if same_database(source_url, to_url):
        raise SentraError("same_database")
    target = Database.open(to_url)
    try:
        require_trusted_schema(target)
        result = copy_between(db, target, progress)
    finally:
        target.dispose()
    log.info("%s", result.describe())
    return result


def snapshot_server(db: Database, folder: Path, progress: CopyProgress | None = None) -> Path:
    """A backup of a server database: a checked SQLite file ``sentra-YYYYMMDD-HHMMSS.sqlite3``.

    The copy goes to a temporary file in ``folder`` that gets its name only once it is complete,
    synced and checked, exactly like a single PC's backups, which it can replace.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".sentra-snapshot-", suffix=".sqlite3", dir=folder)
    os.close(handle)
    temp = Path(name)
    temp.unlink()
    try:
        snapshot = Database.open(f"sqlite:///{temp.as_posix()}")
        try:
            copy_between(db, snapshot, progress)
            with snapshot.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            snapshot.dispose()
        for suffix in ("-wal", "-shm"):
            temp.with_name(temp.name + suffix).unlink(missing_ok=True)
        checked = check_file(temp)
        if not checked.sound:
            raise BackupFailed(folder=str(folder), detail="; ".join(checked.problems))
        fsync_file(temp)
        path = free_name(folder, BACKUP_PREFIX, datetime.now())
        write_checksum(path, sha256_of(temp))
        os.replace(temp, path)
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            temp.with_name(temp.name + suffix).unlink(missing_ok=True)
        raise
    log.info("server snapshot written: %s", path)
    return path


class ServerBackups:
    """Backups of a server database for Pengaturan → Backup: snapshot files in a folder of this PC.

    The same methods as :class:`BackupService` for making and listing backups; nothing is rotated
    and nothing is restored in place (:attr:`restorable` is False): a snapshot is put back onto an
    empty server with ``sentra-desktop restore``, or opened on any PC as it is.
    """

    restorable = False

    def __init__(self, db: Database, folder: Path) -> None:
        self.db = db
        self.folder = Path(folder)

    def backup_now(self, progress: CopyProgress | None = None) -> Path:
        return snapshot_server(self.db, self.folder, progress)

    def backup_to(self, folder: Path, progress: CopyProgress | None = None) -> Path:
        return snapshot_server(self.db, Path(folder), progress)

    def list_backups(self) -> list[BackupInfo]:
        return list_backups(self.folder)


def restore_to_server(backup: Path, to_url: str, progress: CopyProgress | None = None) -> CopyResult:
    """Fill the empty server database at ``to_url`` from a backup file.

    The backup is checked, copied to a temporary file and brought to this version's schema there
    (the backup itself is never changed), then copied record by record.

    Raises:
        StorageError: the file is refused (see :func:`~.backup_files.verify_candidate`).
        SentraError: ``target_not_empty`` and the other refusals of :func:`copy_between`.
    """
    backup = Path(backup)
    verify_candidate(backup)
    with tempfile.TemporaryDirectory(prefix="sentra-restore-") as work:
        staged = Path(work) / "restore.sqlite3"
        shutil.copyfile(backup, staged)
        source = Database.open(f"sqlite:///{staged.as_posix()}")
        try:
            target = Database.open(to_url)
            try:
                require_trusted_schema(target)
                return copy_between(source, target, progress)
            finally:
                target.dispose()
        finally:
            source.dispose()
