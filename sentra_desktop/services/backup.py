"""Backups of the SQLite database: made online, checked, kept in rotation, and put back.

A backup is never a copy of the open file. SQLite's online backup API copies the pages of one
read snapshot into a temporary file in the target folder; the copy is synced to disk, checked
(``PRAGMA integrity_check`` and the schema revision in ``alembic_version``) and only then renamed
to ``sentra-YYYYMMDD-HHMMSS.sqlite3``. A power cut at any moment leaves either no new backup or a
complete, checked one; never a half-written file under a backup's name.

The data folder's ``backups`` folder keeps the newest backup of each of the last 7 days, 4 weeks
and 12 months that have one; the newest backup that passes the check is never deleted.

Restoring checks the chosen file first (its check sum, integrity, a revision this program knows
and a schema exactly that revision's fingerprint, :mod:`sentra_desktop.db.fingerprint`), saves the
current database beside the backups, puts the backup in place and migrates it to this version's
schema when it is older. Replacing the records is the head's; over a damaged database (one that
does not open, or fails its quick check) it stays possible without a user, so a damaged file can
always be recovered. Every restore is audited in the restored database, by the user's name or as
done "tanpa pengguna" (without a user). The caller closes every connection first (``Database.dispose``); the
instance lock keeps other programs away.

This module is the service the user interface and the command line call, and restoring; the
files themselves (names, checks, rotation, the checked copy) are handled in
:mod:`~sentra_desktop.services.backup_files`, which the unit of work also uses to back a database
up before migrating it.

No Qt here: long functions take a ``progress(done, total, label)`` callback, which the user
interface's :class:`~sentra_desktop.ui.operation.Operation` turns into a progress dialog.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sentra_desktop.core.actor import NO_USER_NAME
from sentra_desktop.core.enums import AuditAction
from sentra_desktop.core.errors import BackupFailed, DatabaseDamaged, PermissionDenied, StorageError
from sentra_desktop.core.paths import DataDir
from sentra_desktop.core.roles import UserEvent
from sentra_desktop.db.audit import AuditRecord, write_audit
from sentra_desktop.db.engine import make_engine
from sentra_desktop.db.migrate import upgrade_to_head
from sentra_desktop.services.backup_files import (
    BEFORE_RESTORE_PREFIX,
    CHECKING,
    COPYING,
    DAMAGED_PREFIX,
    DEFAULT_RETENTION,
    MIGRATING,
    PROGRESS_CONTEXT,
    REPLACING,
    SAVING_CURRENT,
    SIDE_FILES,
    STAMP_FORMAT,
    BackupCheck,
    BackupInfo,
    ProgressFn,
    Retention,
    backup_into,
    check_file,
    free_name,
    fsync_file,
    fsync_folder,
    list_backups,
    newest_good,
    parse_backup_name,
    plan_rotation,
    rotate,
    serialized,
    side,
    verify_candidate,
    write_copy,
)
from sentra_desktop.services.base import authorize
from sentra_desktop.services.database import Database
from sentra_desktop.services.instance_lock import sqlite_file
from sentra_desktop.services.storage_errors import storage_error

log = logging.getLogger("sentra.backup")

__all__ = [
    "COPYING",
    "PROGRESS_CONTEXT",
    "BackupCheck",
    "BackupInfo",
    "BackupService",
    "ProgressFn",
    "RestoreResult",
    "Retention",
    "check_file",
    "list_backups",
    "newest_good_backup",
    "parse_backup_name",
    "plan_rotation",
    "restore",
]


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the file put back, its schema, and where the replaced data was kept."""

    restored_from: Path
    revision: str
    migrated: bool
    previous: Path | None
    warnings: tuple[str, ...] = ()

    def describe(self) -> str:
        """A plain English summary for the command line."""
        lines = [f"Restored {self.restored_from} (schema {self.revision})."]
        if self.migrated:
            lines.append("It was updated to this version's schema.")
        if self.previous is not None:
            lines.append(f"The data it replaced was kept as {self.previous}.")
        return "\n".join(lines)


# --- the service ----------------------------------------------------------------------------


class BackupService:
    """Backups of one SQLite database file, kept in ``folder`` (the data folder's ``backups``).

    Args:
        database: the database file.
        folder: where rotated backups live; defaults to ``backups`` beside the database.
        db: the open database, whose connections :meth:`restore` closes before replacing the file.
        retention: how many daily, weekly and monthly backups rotation keeps.
    """

    def __init__(
        self,
        database: Path,
        folder: Path | None = None,
        *,
        db: Database | None = None,
        retention: Retention = DEFAULT_RETENTION,
    ) -> None:
        self.database = Path(database)
        self.folder = Path(folder) if folder is not None else self.database.parent / "backups"
        self.db = db
        self.retention = retention

    @classmethod
    def for_data_dir(cls, data_dir: DataDir, db: Database | None = None) -> BackupService:
        return cls(data_dir.database, data_dir.backups, db=db)

    @classmethod
    def for_url(cls, url: str, db: Database | None = None) -> BackupService | None:
        """The service for an SQLite URL; None for a server database, backed up on its server."""
        database = sqlite_file(url)
        if database is None:
            return None
        return cls(database, database.parent / "backups", db=db)

    @classmethod
    def for_database(cls, db: Database) -> BackupService | None:
        return cls.for_url(db.engine.url.render_as_string(hide_password=False), db)

    # --- making backups ----------------------------------------------------------------------
    def backup_now(self, progress: ProgressFn | None = None, *, now: datetime | None = None) -> Path:
        """One checked backup into :attr:`folder`, then rotation; returns the new file."""
        return backup_into(self.database, self.folder, progress, retention=self.retention, now=now)

    def backup_to(
        self, folder: Path, progress: ProgressFn | None = None, *, now: datetime | None = None
    ) -> Path:
        """One dated, checked backup into ``folder`` (a USB stick); nothing there is rotated."""
        return backup_into(self.database, Path(folder), progress, retention=None, now=now)

    # --- what is there -----------------------------------------------------------------------
    def list_backups(self) -> list[BackupInfo]:
        """Every backup in :attr:`folder`, newest first."""
        return list_backups(self.folder)

    def latest(self) -> BackupInfo | None:
        """The newest regular backup (not one saved before a restore)."""
        return next((b for b in self.list_backups() if not b.before_restore), None)

    def changed_since_backup(self) -> bool:
        """True when the database may hold changes the newest backup lacks.

        Judged by modification times, erring towards "changed": a backup's file carries the time
        its snapshot was taken, and every commit touches the database or its write-ahead log.
        """
        latest = self.latest()
        if latest is None:
            return self.database.exists()
        try:
            snapshot = latest.path.stat().st_mtime_ns
            changed = self.database.stat().st_mtime_ns
            wal = side(self.database, "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                changed = max(changed, wal.stat().st_mtime_ns)
        except OSError:
            return True
        return changed >= snapshot

    def due(self, interval: timedelta = timedelta(days=1), *, now: datetime | None = None) -> bool:
        """True when the newest backup is older than ``interval`` and there is news to keep."""
        latest = self.latest()
        if latest is not None and latest.made_at > (now or datetime.now()) - interval:
            return False
        return self.changed_since_backup()

    def rotate(self) -> list[Path]:
        """Delete backups outside the retention plan; returns what was deleted (see :func:`rotate`)."""
        return rotate(self.folder, self.retention)

    def newest_good_backup(self, progress: ProgressFn | None = None) -> BackupInfo | None:
        """The newest backup that passes the check and that this program can restore."""
        return newest_good(self.list_backups(), progress)

    # --- restoring ---------------------------------------------------------------------------
    def check(self, backup: Path) -> BackupCheck:
        """Check ``backup`` in full; raise the reason it cannot be restored.

        Raises:
            StorageError: the file is refused; see :func:`~.backup_files.verify_candidate`.
        """
        return verify_candidate(Path(backup))

    @serialized
    def restore(
        self, backup: Path, progress: ProgressFn | None = None, *, now: datetime | None = None
    ) -> RestoreResult:
        """Put ``backup`` in place of the database, keeping the current data beside the backups.

        Steps: check the backup; copy it (online, checked) next to the database; save the current
        database as ``before-restore-…`` (or, when it is too damaged to copy that way, its raw
        files into ``damaged-…/``); replace the database; migrate an older schema to this
        version's. Until the replacement, a failure changes nothing.

        Raises:
            StorageError: the backup is refused (see :meth:`check`), or the disk failed.
        """
        actor = self._acting()
        stages = _Stages(
            progress, (CHECKING, 15), (COPYING, 30), (SAVING_CURRENT, 35), (REPLACING, 5), (MIGRATING, 15)
        )
        backup = Path(backup).resolve()
        stages.start(0)
        checked = self.check(backup)
        if self.db is not None:
            self.db.dispose()
        at = now or datetime.now()
        target = self.database.parent
        staged = write_copy(backup, target, None, stages.callback(1), COPYING)
        try:
            # The copy itself is what replaces the database: it must be what was checked.
            copied = check_file(staged, full=False)
            if copied.revision != checked.revision or copied.drift is None or not copied.drift.sound:
                raise StorageError("backup_changed", file=backup.name)
            stages.start(2)
            previous = self._save_current(at, stages.callback(2))
            stages.start(3)
            for suffix in SIDE_FILES:
                side(self.database, suffix).unlink(missing_ok=True)
            os.replace(staged, self.database)
            fsync_folder(target)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        log.info(
            "database restored from %s (schema %s); previous data kept as %s",
            backup,
            checked.revision,
            previous,
        )
        stages.start(4)
        engine = make_engine(f"sqlite:///{self.database.as_posix()}")
        try:
            migrated = upgrade_to_head(engine)
            with engine.begin() as connection:
                restored = {
                    "event": UserEvent.RESTORED.value,
                    "backup": backup.name,
                    "previous": previous.name if previous else "",
                }
                write_audit(
                    connection, [AuditRecord(actor, AuditAction.UPDATE, "database", None, None, restored)]
                )
        except Exception as exc:
            raise storage_error(exc, "restore_failed") from exc
        finally:
            engine.dispose()
            if self.db is not None:
                # Anything that connected while the file was being replaced saw the old file.
                self.db.dispose()
        stages.finish()
        warnings = tuple(checked.drift.lines()) if checked.drift is not None else ()
        return RestoreResult(backup, str(checked.revision), migrated, previous, warnings)

    def _acting(self) -> str:
        """Who restores, as the audit log names them; refused unless the head or the database is damaged.

        Replacing the day's records is the head's. A database that does not open (no ``db``) or
        fails its quick check must stay recoverable by whoever is at the PC: nobody can log in to
        a damaged file, so such a restore is recorded as done without a user.

        Raises:
            PermissionDenied: the acting user may not restore over a sound database.
        """
        if self.db is None:
            return NO_USER_NAME
        try:
            authorize(self.db, "backup.restore")
        except PermissionDenied:
            problems = check_file(self.database, full=False).problems
            if not problems:
                raise
            log.warning("restoring over a damaged database without the head's right: %s", problems[:3])
            return self.db.actor.name if self.db.actor.user_id is not None else NO_USER_NAME
        return self.db.actor.name

    def _save_current(self, at: datetime, progress: ProgressFn) -> Path | None:
        """Keep the database about to be replaced; returns where (None when there was none)."""
        if not self.database.exists():
            return None
        try:
            return write_copy(
                self.database,
                self.folder,
                lambda: free_name(self.folder, BEFORE_RESTORE_PREFIX, at),
                progress,
                SAVING_CURRENT,
            )
        except (DatabaseDamaged, BackupFailed) as exc:  # a full or read-only disk stops the restore
            log.warning("the current database cannot be copied (%s); keeping its raw files", exc.params)
        return self._keep_raw_files(at)

    def _keep_raw_files(self, at: datetime) -> Path:
        """Copy a damaged database's files as they are, for a specialist; every connection is closed."""
        import shutil

        folder = self.folder / f"{DAMAGED_PREFIX}{at.strftime(STAMP_FORMAT)}"
        number = 1
        while folder.exists():
            number += 1
            folder = self.folder / f"{DAMAGED_PREFIX}{at.strftime(STAMP_FORMAT)}-{number}"
        try:
            folder.mkdir(parents=True)
            for suffix in ("", *SIDE_FILES):
                source = side(self.database, suffix)
                if source.exists():
                    shutil.copy2(source, folder / source.name)
                    fsync_file(folder / source.name)
            fsync_folder(folder)
        except OSError as exc:
            raise storage_error(exc) from exc
        return folder

    def _require_database(self) -> None:
        if not self.database.is_file():
            raise StorageError("no_database", path=str(self.database))


# --- functions by the names the rest of the program uses ----------------------------------------


def restore(backup_file: Path, data_dir: DataDir, progress: ProgressFn | None = None) -> RestoreResult:
    """Restore ``backup_file`` into ``data_dir`` (see :meth:`BackupService.restore`)."""
    return BackupService.for_data_dir(data_dir).restore(backup_file, progress)


def newest_good_backup(data_dir: DataDir) -> BackupInfo | None:
    """The newest restorable backup in ``data_dir`` (see :meth:`BackupService.newest_good_backup`)."""
    return BackupService.for_data_dir(data_dir).newest_good_backup()


class _Stages:
    """Reports the progress of several steps as one bar of 0..1000, each step with its weight."""

    TOTAL = 1000

    def __init__(self, progress: ProgressFn | None, *stages: tuple[str, int]) -> None:
        self._progress = progress
        self._stages = stages
        weight = sum(w for _, w in stages)
        self._starts: list[int] = []
        self._sizes: list[int] = []
        position = 0
        for _, w in stages:
            size = self.TOTAL * w // weight
            self._starts.append(position)
            self._sizes.append(size)
            position += size

    def start(self, index: int) -> None:
        if self._progress is not None:
            self._progress(self._starts[index], self.TOTAL, self._stages[index][0])

    def callback(self, index: int) -> ProgressFn:
        def report(done: int, total: int, label: str) -> None:
            if self._progress is not None:
                part = self._sizes[index] * done // total if total > 0 else 0
                self._progress(self._starts[index] + part, self.TOTAL, self._stages[index][0])

        return report

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.TOTAL, self.TOTAL, self._stages[-1][0])
