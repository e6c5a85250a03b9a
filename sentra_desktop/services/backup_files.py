"""Backup files of the SQLite database: their names, their check, rotation and the checked copy.

The file-level half of backups, apart from :mod:`sentra_desktop.services.backup` (the service the
user interface calls, and restoring) so that the unit of work can back a database up before
migrating it without importing that service. See that module for how a backup is made and kept.
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
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from sentra_desktop.core.errors import BackupFailed, SentraError, StorageError
from sentra_desktop.core.messages import QT_TRANSLATE_NOOP
from sentra_desktop.db.engine import BUSY_TIMEOUT_MS, harden
from sentra_desktop.db.migrate import known_revisions
from sentra_desktop.services.instance_lock import sqlite_file
from sentra_desktop.services.storage_errors import storage_error

if TYPE_CHECKING:
    from sentra_desktop.db.fingerprint import Drift

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
SIDE_FILES = ("-wal", "-shm", "-journal")

_P = ParamSpec("_P")
_R = TypeVar("_R")
# One backup, rotation or restore at a time in this program: a restore never replaces the file
# under a backup that is still copying it.
_SERIAL = threading.RLock()


def serialized(method: Callable[_P, _R]) -> Callable[_P, _R]:
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


DEFAULT_RETENTION = Retention()


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
    """What checking a database file found: its problems (none when sound), schema revision, and
    how its schema differs from that revision's fingerprint (None when not compared: an unknown
    revision, or a file too damaged to read)."""

    path: Path
    problems: tuple[str, ...]
    revision: str | None
    drift: Drift | None = None

    @property
    def sound(self) -> bool:
        return not self.problems and self.revision is not None and (self.drift is None or self.drift.sound)


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


def plan_rotation(backups: Sequence[BackupInfo], retention: Retention = DEFAULT_RETENTION) -> set[Path]:
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
        # A crafted file may claim cells larger than their page: check each as it is read.
        conn.execute("PRAGMA cell_size_check=ON")
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
        drift = None
        if revision is not None and not problems:
            from sentra_desktop.db import fingerprint  # not on the way to the first window

            try:
                expected = fingerprint.load(revision, "sqlite")
            except fingerprint.NoFingerprintError:
                expected = None  # a newer program's revision: refused as too new
            if expected is not None:
                drift = fingerprint.compare(fingerprint.describe_sqlite(conn), expected, revision)
        return BackupCheck(path, problems, revision, drift)
    except sqlite3.Error as exc:
        return BackupCheck(path, (str(exc),), None)
    finally:
        conn.close()


SQLITE_HEADER = b"SQLite format 3\x00"


def verify_candidate(path: Path) -> BackupCheck:
    """Check a file offered for restoring (or copying from) in full; raise why it is refused.

    In order: a file at all, not empty, an SQLite file, not shorter than its header says, its
    check sum when one lies beside it, SQLite's integrity check, a schema revision this program
    knows, and a schema exactly that revision's fingerprint. Only an extra index passes, as a
    warning in the returned check's drift. Nothing is written, not even a journal.

    Raises:
        StorageError: ``not_a_backup``, ``backup_empty``, ``not_sqlite``, ``backup_truncated``,
            ``backup_checksum``, ``backup_damaged``, ``backup_too_new`` or ``backup_schema_drift``.
    """
    path = Path(path)
    if not path.is_file():
        raise StorageError("not_a_backup", file=str(path))
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise storage_error(exc) from exc
    if size == 0:
        raise StorageError("backup_empty", file=path.name)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise StorageError("not_sqlite", file=path.name)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if page_size and pages and size < page_size * pages:
        raise StorageError("backup_truncated", file=path.name)
    if checksum_matches(path) is False:
        raise StorageError("backup_checksum", file=path.name)
    result = check_file(path)
    if result.problems:
        raise StorageError("backup_damaged", file=path.name, detail=result.problems[0])
    if result.revision is None:
        raise StorageError("not_a_backup", file=path.name)
    if result.revision not in known_revisions():
        raise StorageError("backup_too_new", file=path.name, revision=result.revision)
    if result.drift is None:  # a known revision always has its fingerprint (a test sees to it)
        raise StorageError("backup_schema_drift", file=path.name, differences=result.revision)
    if not result.drift.sound:
        log.warning("%s refused, its schema differs: %s", path, result.drift.problems)
        raise StorageError("backup_schema_drift", file=path.name, differences=result.drift.listing())
    return result


def newest_good(backups: Sequence[BackupInfo], progress: ProgressFn | None = None) -> BackupInfo | None:
    """The first of ``backups`` (newest first) that passes a quick check and that this program knows."""
    known: set[str] | None = None
    for done, backup in enumerate(backups):
        if progress is not None:
            progress(done, len(backups), LOOKING)
        check = check_file(backup.path, full=False)
        if not check.sound:
            drifted = tuple(d.describe() for d in check.drift.problems) if check.drift else ()
            reasons = check.problems or drifted
            log.warning("backup %s fails its check: %s", backup.name, "; ".join(reasons[:3]))
            continue
        if checksum_matches(backup.path) is False:
            log.warning("backup %s does not match its check sum", backup.name)
            continue
        known = known if known is not None else known_revisions()
        if check.revision in known:
            return backup
    return None


@serialized
def rotate(folder: Path, retention: Retention = DEFAULT_RETENTION) -> list[Path]:
    """Delete the backups in ``folder`` outside the retention plan; returns what was deleted.

    Backups saved before a restore are kept. The newest backup that passes a quick check is
    kept whatever its age. Leftover temporary files of interrupted backups are removed.
    """
    backups = [b for b in list_backups(folder) if not b.before_restore]
    keep = plan_rotation(backups, retention)
    good = newest_good(backups)
    if good is not None:
        keep.add(good.path)
    deleted: list[Path] = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            checksum_path(backup.path).unlink(missing_ok=True)
            deleted.append(backup.path)
    _remove_stale_temp_files(folder)
    if deleted:
        log.info("rotation deleted %d backup(s)", len(deleted))
    return deleted


@serialized
def backup_into(
    database: Path,
    folder: Path,
    progress: ProgressFn | None = None,
    *,
    retention: Retention | None = DEFAULT_RETENTION,
    now: datetime | None = None,
) -> Path:
    """One dated, checked backup of ``database`` into ``folder``, then rotation unless ``retention``
    is None (a USB stick keeps everything); returns the new file."""
    if not database.is_file():
        raise StorageError("no_database", path=str(database))
    at = now or datetime.now()
    path = write_copy(database, folder, lambda: free_name(folder, BACKUP_PREFIX, at), progress, COPYING)
    log.info("backup written: %s", path)
    if retention is not None:
        try:
            rotate(folder, retention)
        except (OSError, SentraError) as exc:  # the backup itself is safe; rotation tries again next time
            log.warning("rotating backups failed: %s", exc)
    return path


def backup_before_migrating(url: str) -> Path | None:
    """A backup into the data folder's ``backups`` before the schema of ``url`` changes; None for a
    server database (its server backs it up) or a file that does not exist yet."""
    database = sqlite_file(url)
    if database is None or not database.is_file():
        return None
    return backup_into(database, database.parent / "backups")


# --- the copying itself -----------------------------------------------------------------------


def write_copy(
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
        error = storage_error(exc, BackupFailed.code)
        if isinstance(error, BackupFailed):  # its message names the folder
            error = BackupFailed(folder=str(folder), detail=error.params["detail"])
        raise error from exc
    temp = Path(temp_name)
    try:
        started = datetime.now().timestamp()
        _online_copy(source, temp, progress, label)
        fsync_file(temp)
        result = check_file(temp)
        if result.problems or result.revision is None:
            detail = result.problems[0] if result.problems else "no schema revision (alembic_version)"
            raise BackupFailed(folder=str(folder), detail=detail)
        # The file carries the moment of its snapshot, so later commits count as news.
        os.utime(temp, (started, started))
        if os.name == "posix":
            os.chmod(temp, 0o644)  # mkstemp makes it private; a backup is as readable as the database
        if final_name is None:
            return temp
        final = final_name()
        # The check sum first: a backup never exists without it (an older backup may).
        write_checksum(final, sha256_of(temp))
        os.replace(temp, final)
        fsync_folder(folder)
        return final
    except (OSError, sqlite3.Error) as exc:
        _discard(temp)
        raise storage_error(exc, BackupFailed.code) from exc
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
        harden(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        wal = side(Path(path), "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise
    conn = sqlite3.connect(location + "?mode=ro&immutable=1", uri=True, timeout=timeout, isolation_level=None)
    harden(conn)
    return conn


# --- check sums ------------------------------------------------------------------------------
# SQLite keeps no check sums of its own: a flipped byte in a data page of a backup on a USB
# stick passes ``integrity_check`` but changes a record. So every backup gets ``<name>.sha256``
# beside it (``sha256sum``'s format, so anyone can verify it by hand), checked before a restore.

CHECKSUM_SUFFIX = ".sha256"


def checksum_path(backup: Path) -> Path:
    return backup.with_name(backup.name + CHECKSUM_SUFFIX)


def sha256_of(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def write_checksum(backup: Path, digest: str) -> Path:
    """Write ``<backup>.sha256`` atomically (a temporary file, synced, then renamed)."""
    target = checksum_path(backup)
    temp = target.with_name(f"{TEMP_PREFIX}{target.name}{TEMP_SUFFIX}")
    temp.write_text(f"{digest}  {backup.name}\n", encoding="ascii")
    fsync_file(temp)
    os.replace(temp, target)
    return target


def checksum_matches(backup: Path) -> bool | None:
    """True or False when ``backup`` has a check-sum file beside it, None when it has none."""
    target = checksum_path(backup)
    try:
        recorded = target.read_text(encoding="ascii", errors="replace").split()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise storage_error(exc) from exc
    return bool(recorded) and recorded[0].lower() == sha256_of(backup)


def free_name(folder: Path, prefix: str, at: datetime) -> Path:
    """``<prefix>YYYYMMDD-HHMMSS.sqlite3`` in ``folder``, numbered -2, -3 ... when taken."""
    stem = f"{prefix}{at.strftime(STAMP_FORMAT)}"
    path = folder / f"{stem}{SUFFIX}"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{number}{SUFFIX}"
    return path


def side(database: Path, suffix: str) -> Path:
    return database.with_name(database.name + suffix)


def _discard(temp: Path) -> None:
    for path in (temp, *(side(temp, suffix) for suffix in SIDE_FILES)):
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


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
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
