"""One writer at a time: a lock file in the data folder, and no SQLite data folder on a network.

The program holds an operating-system lock on ``sentra.lock`` for as long as it runs
(``fcntl.flock`` on Linux, ``msvcrt.locking`` on Windows) and writes into the file who holds it:
PC name, user, process id and start time. A second copy cannot take the lock and is told who has
the data open and since when. The operating system drops the lock when a process ends, however
it ends, so a lock file whose lock nobody holds was left by a crash or a power cut: it is stale,
and taking it clears it.

SQLite's file locks and its write-ahead log rely on shared memory that network filesystems do not
provide, so two PCs writing one database file over a share can corrupt it. A data folder on a
network share is refused before the database is opened, with a pointer to server mode.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import socket
import sys
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from sentra_desktop.core.errors import SentraError, StorageError

log = logging.getLogger("sentra.services")

LOCK_FILE = "sentra.lock"
# Windows locks byte ranges and refuses reads of a locked range, so the lock sits far past the
# text (locking beyond the end of a file is allowed) and the owner's details stay readable.
_WINDOWS_LOCK_OFFSET = 1 << 20

NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "afs", "ncpfs", "davfs", "fuse.davfs2"}
)
_DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive


@dataclass(frozen=True)
class LockOwner:
    """Who holds (or held) the data folder: the PC, the user, the process and since when."""

    pc: str
    user: str
    pid: int
    since: str  # ISO 8601, local time of the PC that took the lock

    @classmethod
    def current(cls) -> LockOwner:
        """This process, now."""
        return cls(
            pc=socket.gethostname() or "?",
            user=_user_name(),
            pid=os.getpid(),
            since=datetime.now().isoformat(timespec="seconds"),
        )

    @classmethod
    def parse(cls, text: str) -> LockOwner | None:
        """The owner written in a lock file, or None when it holds nothing readable."""
        try:
            data = json.loads(text)
            return cls(str(data["pc"]), str(data["user"]), int(data["pid"]), str(data["since"]))
        except (ValueError, KeyError, TypeError):
            return None

    def to_text(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    def since_text(self) -> str:
        """The start time as an operator reads it: 28/11/2026 08:15."""
        try:
            return datetime.fromisoformat(self.since).strftime("%d/%m/%Y %H:%M")
        except ValueError:
            return self.since


class AlreadyOpenError(SentraError):
    """Another running copy of the program holds the data folder."""

    code = "already_open"

    def __init__(self, owner: LockOwner | None) -> None:
        self.owner = owner
        if owner is None:
            super().__init__("already_open", user="?", pc="?", since="?")
        else:
            super().__init__("already_open", user=owner.user, pc=owner.pc, since=owner.since_text())


class InstanceLock:
    """The lock on one data folder, held from :meth:`acquire` until :meth:`release`.

    Usable as a context manager. After :meth:`acquire`, :attr:`stale` holds the owner recorded
    by a copy that ended without releasing (a crash or a power cut), whose lock was cleared.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOCK_FILE
        self.stale: LockOwner | None = None
        self.owner: LockOwner | None = None
        self._file: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> InstanceLock:
        """Take the lock, or raise :class:`AlreadyOpenError` naming who holds it.

        Raises:
            AlreadyOpenError: another running copy holds the folder.
            StorageError: the folder is read-only (``read_only``), or the lock file cannot be
                created or written (``lock_failed``).
        """
        if self._file is not None:
            return self
        try:
            handle = open(self.path, "a+b")  # noqa: SIM115 - held for the program's life
        except OSError as exc:
            raise _lock_error(self.path, exc) from exc
        try:
            locked = _try_lock(handle)
        except OSError as exc:
            handle.close()
            raise _lock_error(self.path, exc) from exc
        if not locked:
            owner = LockOwner.parse(_read(handle))
            handle.close()
            raise AlreadyOpenError(owner)
        try:
            previous = _read(handle).strip()
            self.stale = LockOwner.parse(previous) if previous else None
            if self.stale is not None:
                log.warning(
                    "cleared a stale lock left by %s on %s (process %s, since %s)",
                    self.stale.user,
                    self.stale.pc,
                    self.stale.pid,
                    self.stale.since,
                )
            self.owner = LockOwner.current()
            handle.seek(0)
            handle.truncate()
            handle.write((self.owner.to_text() + "\n").encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        except OSError as exc:
            _unlock(handle)
            handle.close()
            raise _lock_error(self.path, exc) from exc
        self._file = handle
        return self

    def release(self) -> None:
        """Empty the lock file and let go of the lock (the file stays: see :func:`_try_lock`)."""
        handle, self._file = self._file, None
        if handle is None:
            return
        try:
            handle.seek(0)
            handle.truncate()
            handle.flush()
        except OSError as exc:
            log.warning("could not empty the lock file %s: %s", self.path, exc)
        finally:
            _unlock(handle)
            handle.close()

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


def _lock_error(path: Path, exc: OSError) -> StorageError:
    """A read-only data folder is named as such; any other failure names the lock file."""
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError("read_only", detail=exc.strerror or str(exc))
    return StorageError("lock_failed", path=str(path), detail=exc.strerror or str(exc))


def read_owner(folder: Path) -> LockOwner | None:
    """Who is recorded in ``folder``'s lock file (held or stale), None when nobody is."""
    try:
        return LockOwner.parse((Path(folder) / LOCK_FILE).read_text(encoding="utf-8"))
    except OSError:
        return None


# --- network shares -----------------------------------------------------------------------


def network_filesystem(path: Path, *, mounts: Path = Path("/proc/mounts")) -> str | None:
    """The kind of network share ``path`` lies on ("nfs4", "UNC path", ...), None when local.

    Windows: a UNC path (``\\\\server\\share``) or a drive letter mapped to a share. Linux: the
    filesystem type of the longest mount point containing the path, read from ``mounts``.
    """
    if sys.platform == "win32":
        return _windows_network_kind(path)
    return _mounted_network_kind(Path(os.path.abspath(path)), mounts)


def check_local_folder(folder: Path) -> None:
    """Refuse a data folder on a network share.

    Raises:
        StorageError: ``network_folder``, naming the folder and the kind of share.
    """
    kind = network_filesystem(folder)
    if kind is not None:
        raise StorageError("network_folder", path=str(folder), kind=kind)


def sqlite_file(url: str) -> Path | None:
    """The SQLite file ``url`` points at; None for a server or in-memory database."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(str(parsed.database)).expanduser().resolve()


def sqlite_folder(url: str) -> Path | None:
    """The folder of the SQLite file ``url`` points at; None for a server or in-memory database."""
    database = sqlite_file(url)
    return None if database is None else database.parent


def lock_for_url(url: str) -> InstanceLock | None:
    """Check the folder and take the lock for a program that writes to ``url``.

    Returns None for a server database (PostgreSQL), whose server sees to several writers, and
    for a folder that does not exist (opening the database there fails with its own message).

    Raises:
        StorageError: the folder is on a network share, or the lock file cannot be written.
        AlreadyOpenError: another copy holds the folder.
    """
    folder = sqlite_folder(url)
    if folder is None or not folder.is_dir():
        return None  # nothing to lock: SQLite cannot create the database there either
    check_local_folder(folder)
    return InstanceLock(folder).acquire()


def _mounted_network_kind(path: Path, mounts: Path) -> str | None:
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best: tuple[int, str] | None = None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = Path(_unescape_mount(parts[1]))
        if path == point or point in path.parents:
            depth = len(point.parts)
            if best is None or depth >= best[0]:
                best = (depth, parts[2])
    if best is None:
        return None
    fstype = best[1].lower()
    return fstype if fstype in NETWORK_FILESYSTEMS else None


def _unescape_mount(text: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes (\\040 ...)."""
    for escaped, plain in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        text = text.replace(escaped, plain)
    return text


def _windows_network_kind(path: Path) -> str | None:  # pragma: no cover - Windows only
    text = os.path.abspath(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return "UNC path"
    if text.startswith("\\\\?\\UNC\\"):
        return "UNC path"
    drive = os.path.splitdrive(text)[0]
    if not drive:
        return None
    import ctypes

    kernel32: Any = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    if kernel32.GetDriveTypeW(ctypes.c_wchar_p(drive + "\\")) == _DRIVE_REMOTE:
        return "network drive"
    return None


# --- the operating system's lock ----------------------------------------------------------


def _read(handle: IO[bytes]) -> str:
    handle.seek(0)
    return handle.read(4096).decode("utf-8", errors="replace")


def _try_lock(handle: IO[bytes]) -> bool:
    """Take the OS lock without waiting; False when another process holds it.

    The lock file is never deleted: a copy that opened the old file just before it was deleted
    would lock a file nobody else looks at, and two copies would run at once.
    """
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            handle.seek(0)
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import msvcrt

            handle.seek(_WINDOWS_LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    except OSError as exc:
        log.warning("could not release the lock: %s", exc)


def _user_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "?"
