"""Backups of the SQLite database: made online, checked, kept in rotation, and put back.

A backup is never a copy of the open file. SQLite's online backup API copies the pages of one
read snapshot into a temporary file in the target folder; the copy is synced to disk, checked
(``PRAGMA integrity_check`` and the schema revision in ``alembic_version``) and only then renamed
to ``sentra-YYYYMMDD-HHMMSS.sqlite3``. A power cut at any moment leaves either no new backup or a
complete, checked one; never a half-written file under a backup's name.

The data folder's ``backups`` folder keeps the newest backup of each of the last 7 days, 4 weeks
and 12 months that have one; the newest backup that passes the check is never deleted.

Restoring checks the chosen file first (integrity, and a schema this program knows), saves the
current database beside the backups, puts the backup in place and migrates it to this version's
schema when it is older. The caller closes every connection first (``Database.dispose``); the
instance lock keeps other programs away.

No Qt here: long functions take a ``progress(done, total, label)`` callback, which the user
interface's :class:`~sentra_desktop.ui.operation.Operation` turns into a progress dialog.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import wraps
from pathlib import Path
from typing import ParamSpec, TypeVar

from sentra_desktop.core.errors import SentraError, StorageError
from sentra_desktop.core.messages import QT_TRANSLATE_NOOP
from sentra_desktop.core.paths import DataDir
from sentra_desktop.db.engine import BUSY_TIMEOUT_MS, make_engine
from sentra_desktop.db.migrate import known_revisions, upgrade_to_head
from sentra_desktop.services.database import Database, storage_error
from sentra_desktop.services.instance_lock import sqlite_file

log = logging.getLogger("sentra.backup")

ProgressFn = Callable[[int, int, str], None]

PROGRESS_CONTEXT = "Progress"
COPYING = QT_TRANSLATE_NOOP("Progress", "Copying the database…")
CHECKING = QT_TRANSLATE_NOOP("Progress", "Checking the backup…")
SAVING_CURRENT = QT_TRANSLATE_NOOP("Progress", "Saving the current data first…")
REPLACING = QT_TRANSLATE_NOOP("Progress", "Putting the backup in place…")
MIGRATING = QT_TRANSLATE_NOOP("Progress", "Updating the data to this version…")
LOOKING = QT_TRANSLATE_NOOP("Progress", "Looking for a good backup…")

BACKUP_PREFIX = "sentra-"
BEFORE_RESTORE_PREFIX = "before-restore-"
DAMAGED_PREFIX = "damaged-"
SUFFIX = ".sqlite3"
TEMP_PREFIX = ".sentra-backup-"
TEMP_SUFFIX = ".partial"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(sentra-|before-restore-)(\d{8}-\d{6})(?:-(\d+))?\.sqlite3$")

PAGES_PER_STEP = 256  # one progress report per megabyte or so (4 KiB pages)
STALE_TEMP_AGE = timedelta(days=1)
# SQLite files that belong to a database besides the main one.
_SIDE_FILES = ("-wal", "-shm", "-journal")

_P = ParamSpec("_P")
_R = TypeVar("_R")
# One backup, rotation or restore at a time in this program: a restore never replaces the file
# under a backup that is still copying it.
_SERIAL = threading.RLock()


def _serialized(method: Callable[_P, _R]) -> Callable[_P, _R]:
    @wraps(method)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with _SERIAL:
            return method(*args, **kwargs)

    return run


@dataclass(frozen=True)
class Retention:
    """How many backups rotation keeps: the newest of each of the last N days, weeks and months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was made (local time, from its name) and its size in bytes."""

    path: Path
    made_at: datetime
    size: int
    before_restore: bool = False
    sequence: int = 0  # 2, 3, ... for a second backup within the same second

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class BackupCheck:
    """What checking a database file found: its problems (none when sound) and schema revision."""

    path: Path
    problems: tuple[str, ...]
    revision: str | None

    @property
    def sound(self) -> bool:
        return not self.problems and self.revision is not None


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the file put back, its schema, and where the replaced data was kept."""

    restored_from: Path
    revision: str
    migrated: bool
    previous: Path | None

    def describe(self) -> str:
        """A plain English summary for the command line."""
        lines = [f"Restored {self.restored_from} (schema {self.revision})."]
        if self.migrated:
            lines.append("It was updated to this version's schema.")
        if self.previous is not None:
            lines.append(f"The data it replaced was kept as {self.previous}.")
        return "\n".join(lines)


# --- names and rotation ---------------------------------------------------------------------


def parse_backup_name(name: str) -> tuple[datetime, bool, int] | None:
    """(when, made before a restore, sequence) for a backup's file name; None for other files."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match.group(2), STAMP_FORMAT)
    except ValueError:
        return None
    return made_at, match.group(1) == BEFORE_RESTORE_PREFIX, int(match.group(3) or 0)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first (an absent folder has none)."""
    found: list[BackupInfo] = []
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise storage_error(exc) from exc
    for entry in entries:
        parsed = parse_backup_name(entry.name)
        if parsed is None or not entry.is_file():
            continue
        made_at, before_restore, sequence = parsed
        try:
            size = entry.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(Path(entry.path), made_at, size, before_restore, sequence))
    found.sort(key=lambda b: (b.made_at, b.sequence), reverse=True)
    return found


def plan_rotation(backups: Sequence[BackupInfo], retention: Retention = Retention()) -> set[Path]:
    """The backups rotation keeps: the newest of each of the last days, ISO weeks and months.

    ``backups`` must be newest first. The newest backup is always kept.
    """
    keep: set[Path] = set()
    buckets: tuple[tuple[int, Callable[[datetime], object]], ...] = (
        (retention.daily, lambda t: t.date()),
        (retention.weekly, lambda t: t.isocalendar()[:2]),
        (retention.monthly, lambda t: (t.year, t.month)),
    )
    for count, bucket in buckets:
        seen: set[object] = set()
        for backup in backups:
            key = bucket(backup.made_at)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(key)
            keep.add(backup.path)
    if backups:
        keep.add(backups[0].path)
    return keep


# --- checking a file ------------------------------------------------------------------------


def check_file(path: Path, *, full: bool = True) -> BackupCheck:
    """Check a database file without changing it: integrity, and its schema revision.

    Args:
        path: the file (a backup, or the database itself with every connection closed).
        full: ``PRAGMA integrity_check`` when True, the faster ``quick_check`` when False.
    """
    path = Path(path)
    if not path.is_file():
        return BackupCheck(path, ("not a file",), None)
    try:
        conn = _connect_read_only(path)
    except sqlite3.Error as exc:
        return BackupCheck(path, (str(exc),), None)
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
        problems = () if rows == ["ok"] else tuple(rows)
        has_version = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()[0]
        revision = None
        if has_version:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None
        return BackupCheck(path, problems, revision)
    except sqlite3.Error as exc:
        return BackupCheck(path, (str(exc),), None)
    finally:
        conn.close()


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
        retention: Retention = Retention(),
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
    @_serialized
    def backup_now(self, progress: ProgressFn | None = None, *, now: datetime | None = None) -> Path:
        """One checked backup into :attr:`folder`, then rotation; returns the new file."""
        self._require_database()
        at = now or datetime.now()
        path = _write_copy(
            self.database,
            self.folder,
            lambda: _free_name(self.folder, BACKUP_PREFIX, at),
            progress,
            COPYING,
        )
        log.info("backup written: %s", path)
        try:
            self.rotate()
        except (OSError, SentraError) as exc:  # the backup itself is safe; rotation tries again next time
            log.warning("rotating backups failed: %s", exc)
        return path

    @_serialized
    def backup_to(
        self, folder: Path, progress: ProgressFn | None = None, *, now: datetime | None = None
    ) -> Path:
        """One dated, checked backup into ``folder`` (a USB stick); nothing there is rotated."""
        self._require_database()
        target = Path(folder)
        at = now or datetime.now()
        path = _write_copy(
            self.database, target, lambda: _free_name(target, BACKUP_PREFIX, at), progress, COPYING
        )
        log.info("backup written: %s", path)
        return path

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
            wal = _side(self.database, "-wal")
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

    @_serialized
    def rotate(self) -> list[Path]:
        """Delete backups outside the retention plan; returns what was deleted.

        Backups saved before a restore are kept. The newest backup that passes a quick check is
        kept whatever its age. Leftover temporary files of interrupted backups are removed.
        """
        backups = [b for b in self.list_backups() if not b.before_restore]
        keep = plan_rotation(backups, self.retention)
        good = self._newest_good(backups)
        if good is not None:
            keep.add(good.path)
        deleted: list[Path] = []
        for backup in backups:
            if backup.path not in keep:
                backup.path.unlink(missing_ok=True)
                deleted.append(backup.path)
        _remove_stale_temp_files(self.folder)
        if deleted:
            log.info("rotation deleted %d backup(s)", len(deleted))
        return deleted

    def newest_good_backup(self, progress: ProgressFn | None = None) -> BackupInfo | None:
        """The newest backup that passes the check and that this program can restore."""
        return self._newest_good(self.list_backups(), progress)

    def _newest_good(
        self, backups: Sequence[BackupInfo], progress: ProgressFn | None = None
    ) -> BackupInfo | None:
        known: set[str] | None = None
        for done, backup in enumerate(backups):
            if progress is not None:
                progress(done, len(backups), LOOKING)
            check = check_file(backup.path, full=False)
            if not check.sound:
                log.warning("backup %s fails its check: %s", backup.name, "; ".join(check.problems[:3]))
                continue
            known = known if known is not None else known_revisions()
            if check.revision in known:
                return backup
        return None

    # --- restoring ---------------------------------------------------------------------------
    def check(self, backup: Path) -> BackupCheck:
        """Check ``backup`` in full; raise the reason it cannot be restored.

        Raises:
            StorageError: ``not_a_backup``, ``backup_damaged`` or ``backup_too_new``.
        """
        backup = Path(backup)
        if not backup.is_file():
            raise StorageError("not_a_backup", file=str(backup))
        result = check_file(backup)
        if result.problems:
            raise StorageError("backup_damaged", file=backup.name, detail=result.problems[0])
        if result.revision is None:
            raise StorageError("not_a_backup", file=backup.name)
        if result.revision not in known_revisions():
            raise StorageError("backup_too_new", file=backup.name, revision=result.revision)
        return result

    @_serialized
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
        staged = _write_copy(backup, target, None, stages.callback(1), COPYING)
        try:
            stages.start(2)
            previous = self._save_current(at, stages.callback(2))
            stages.start(3)
            for suffix in _SIDE_FILES:
                _side(self.database, suffix).unlink(missing_ok=True)
            os.replace(staged, self.database)
            _fsync_folder(target)
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
        except Exception as exc:
            raise storage_error(exc, "restore_failed") from exc
        finally:
            engine.dispose()
            if self.db is not None:
                # Anything that connected while the file was being replaced saw the old file.
                self.db.dispose()
        stages.finish()
        return RestoreResult(backup, str(checked.revision), migrated, previous)

    def _save_current(self, at: datetime, progress: ProgressFn) -> Path | None:
        """Keep the database about to be replaced; returns where (None when there was none)."""
        if not self.database.exists():
            return None
        try:
            return _write_copy(
                self.database,
                self.folder,
                lambda: _free_name(self.folder, BEFORE_RESTORE_PREFIX, at),
                progress,
                SAVING_CURRENT,
            )
        except StorageError as exc:
            if exc.code not in ("damaged", "backup_failed"):
                raise  # a full or read-only disk: stop before anything is replaced
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
            for suffix in ("", *_SIDE_FILES):
                source = _side(self.database, suffix)
                if source.exists():
                    shutil.copy2(source, folder / source.name)
                    _fsync_file(folder / source.name)
            _fsync_folder(folder)
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


# --- the copying itself -----------------------------------------------------------------------


def _write_copy(
    source: Path,
    folder: Path,
    final_name: Callable[[], Path] | None,
    progress: ProgressFn | None,
    label: str,
) -> Path:
    """Copy ``source`` online into a temporary file in ``folder``, sync and check it, then name it.

    With ``final_name`` None the checked temporary file itself is returned (the caller renames it).

    Raises:
        StorageError: the copy failed (the code names a full disk, a read-only folder or a damaged
            source) or did not pass its check (``backup_failed``). No partial file is left.
    """
    try:
        import tempfile

        folder.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
        os.close(handle)
    except OSError as exc:
        raise storage_error(exc, "backup_failed") from exc
    temp = Path(temp_name)
    try:
        started = datetime.now().timestamp()
        _online_copy(source, temp, progress, label)
        _fsync_file(temp)
        result = check_file(temp)
        if result.problems or result.revision is None:
            detail = result.problems[0] if result.problems else "no schema revision (alembic_version)"
            raise StorageError("backup_failed", folder=str(folder), detail=detail)
        # The file carries the moment of its snapshot, so later commits count as news.
        os.utime(temp, (started, started))
        if os.name == "posix":
            os.chmod(temp, 0o644)  # mkstemp makes it private; a backup is as readable as the database
        if final_name is None:
            return temp
        final = final_name()
        os.replace(temp, final)
        _fsync_folder(folder)
        return final
    except (OSError, sqlite3.Error) as exc:
        _discard(temp)
        raise storage_error(exc, "backup_failed") from exc
    except BaseException:
        _discard(temp)
        raise


def _online_copy(source: Path, target: Path, progress: ProgressFn | None, label: str) -> None:
    """SQLite's backup API from one read snapshot of ``source`` into the empty file ``target``."""
    if not source.is_file():
        raise StorageError("no_database", path=str(source))
    src = _connect_read_only(source)
    try:
        # One read transaction for the whole copy: commits made meanwhile by the program do not
        # restart the copy, and the backup is exactly the data as it was at this moment.
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
        dst = sqlite3.connect(target, isolation_level=None)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total, label)

            src.backup(dst, pages=PAGES_PER_STEP, progress=step)
            # A backup is one self-contained file: no write-ahead log beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection (autocommit; the caller opens transactions) that never creates a file.

    A database in write-ahead-log mode needs its shared-memory file, which a read-only folder
    (a write-protected USB stick) cannot hold. When no log with data lies beside the file, all
    the data is in the file itself and it is read as immutable instead.
    """
    location = Path(path).resolve().as_uri()
    timeout = BUSY_TIMEOUT_MS / 1000
    conn = sqlite3.connect(location + "?mode=ro", uri=True, timeout=timeout, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        wal = _side(Path(path), "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise
    return sqlite3.connect(location + "?mode=ro&immutable=1", uri=True, timeout=timeout, isolation_level=None)


def _free_name(folder: Path, prefix: str, at: datetime) -> Path:
    """``<prefix>YYYYMMDD-HHMMSS.sqlite3`` in ``folder``, numbered -2, -3 ... when taken."""
    stem = f"{prefix}{at.strftime(STAMP_FORMAT)}"
    path = folder / f"{stem}{SUFFIX}"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{number}{SUFFIX}"
    return path


def _side(database: Path, suffix: str) -> Path:
    return database.with_name(database.name + suffix)


def _discard(temp: Path) -> None:
    for path in (temp, *(_side(temp, suffix) for suffix in _SIDE_FILES)):
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove %s: %s", path, exc)


def _remove_stale_temp_files(folder: Path) -> None:
    """Temporary files of backups cut off by a crash; younger ones may belong to a running backup."""
    limit = datetime.now().timestamp() - STALE_TEMP_AGE.total_seconds()
    for path in _glob(folder, f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            continue


def _glob(folder: Path, pattern: str) -> Iterable[Path]:
    try:
        return list(folder.glob(pattern))
    except OSError:
        return []


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows cannot open a folder for this)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some filesystems (FAT on a USB stick) do not sync folders; the file itself is synced
    finally:
        os.close(handle)


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
