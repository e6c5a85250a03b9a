"""What a failed database or disk operation means to the operator: a typed, named storage error.

SQLAlchemy, sqlite3 and the operating system each say "the disk is full" in their own way; the
functions here read those answers and return one :class:`StorageError` whose code the user
interface explains. Kept apart from the unit of work so that backups, which classify file errors
the same way, need not import it.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy.exc import ArgumentError, DBAPIError, InterfaceError, OperationalError

from sentra_desktop.core import i18n
from sentra_desktop.core.errors import (
    BackupFailed,
    CannotOpenDatabase,
    DatabaseDamaged,
    DatabaseUnavailable,
    StorageError,
)
from sentra_desktop.core.messages import CONTEXT, system_error_words

log = logging.getLogger("sentra.services")

# PostgreSQL broke off a transaction that met another one: a serialization failure or a deadlock.
# Nothing was saved and the same work, run again, normally succeeds.
RETRY_STATES = frozenset({"40001", "40P01"})

# SQLite's primary result codes that say what went wrong with the disk or the file.
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_NOTADB = 8, 10, 11, 13, 26
_SQLITE_CODES = {
    _SQLITE_READONLY: "read_only",
    _SQLITE_IOERR: "disk_io",
    _SQLITE_CORRUPT: "damaged",
    _SQLITE_FULL: "disk_full",
    _SQLITE_NOTADB: "damaged",
}
# Storage failures that callers tell apart have their own class.
_CLASSES: dict[str, type[StorageError]] = {
    cls.code: cls for cls in (CannotOpenDatabase, DatabaseDamaged, BackupFailed)
}
_ERRNO_CODES = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
}


def root_cause(exc: BaseException) -> BaseException:
    """The driver's own exception behind an SQLAlchemy one (or ``exc`` itself)."""
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def sqlstate(exc: BaseException) -> str | None:
    """PostgreSQL's SQLSTATE of ``exc``; None for SQLite and for failures without one."""
    state = getattr(root_cause(exc), "sqlstate", None)
    return state if isinstance(state, str) else None


def lost_race(exc: BaseException) -> bool:
    """True when the server aborted the transaction because another one got in its way."""
    return isinstance(exc, DBAPIError) and sqlstate(exc) in RETRY_STATES


# A write in a read-only transaction: the server's schema drifted (db.engine.refuse_writes).
READ_ONLY_STATE = "25006"


def refused_write(exc: BaseException) -> StorageError | None:
    """The operator's error for a write the server refused as read-only; None for anything else."""
    if isinstance(exc, DBAPIError) and sqlstate(exc) == READ_ONLY_STATE:
        return StorageError("server_read_only")
    return None


def server_unreachable(exc: BaseException) -> bool:
    """True when ``exc`` says a database server cannot be reached: refused, gone, shut down.

    SQLAlchemy marks a dropped connection as invalidated (the pool then replaces it); a failed
    connect has no SQL state; an administrator's shutdown or a crash of the server has class 57P,
    connection exceptions class 08. SQLite files never raise these.
    """
    if not isinstance(exc, DBAPIError) or isinstance(root_cause(exc), sqlite3.Error):
        return False
    if exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError | InterfaceError):
        return False
    state = sqlstate(exc)
    # 57014: cancelled by the watchdog's deadline or the server's statement_timeout.
    return state is None or state.startswith(("08", "57P")) or state == "57014"


def unavailable(exc: BaseException) -> DatabaseUnavailable:
    detail = str(root_cause(exc)).strip().splitlines()
    log.warning("database server unreachable: %s", detail[0] if detail else exc)
    return DatabaseUnavailable(detail=detail[0] if detail else "")


def is_damage(exc: BaseException) -> bool:
    """True when ``exc`` says the database file is damaged or is not a database at all."""
    code = getattr(root_cause(exc), "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def storage_error(exc: BaseException, code: str = "storage") -> StorageError:
    """A :class:`StorageError` that names what failed: full disk, read-only folder, damaged file.

    ``exc`` is an SQLAlchemy error, an ``sqlite3.Error`` or an ``OSError``; ``code`` is used when
    the cause is none of those known ones. Codes callers tell apart come as their own class
    (:class:`CannotOpenDatabase`, :class:`DatabaseDamaged`, :class:`BackupFailed`).
    """
    cause = root_cause(exc)
    sqlite_code = getattr(cause, "sqlite_errorcode", None)
    if isinstance(sqlite_code, int):
        code = _SQLITE_CODES.get(sqlite_code & 0xFF, code)
    elif isinstance(cause, OSError) and cause.errno is not None:
        code = _ERRNO_CODES.get(cause.errno, code)
    detail = str(cause)
    if isinstance(cause, OSError) and cause.strerror:
        detail = system_error_words(cause, lambda text: i18n.translate(CONTEXT, text))
    kind = _CLASSES.get(code)
    return kind(detail=detail) if kind is not None else StorageError(code, detail=detail)


def open_error(url: str, exc: BaseException) -> StorageError:
    """Why ``url`` could not be opened; a read-only data folder is named as such."""
    error = storage_error(exc, CannotOpenDatabase.code)
    if isinstance(error, CannotOpenDatabase) and isinstance(root_cause(exc), sqlite3.Error):
        folder = _sqlite_folder(url)
        if folder is not None and folder.is_dir() and not os.access(folder, os.W_OK):
            return StorageError("read_only", detail=error.params["detail"])
    return error


def _sqlite_folder(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(str(parsed.database)).expanduser().resolve().parent
