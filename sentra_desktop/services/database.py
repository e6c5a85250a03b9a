"""The unit of work: one user action is one transaction, opened and committed here.

The user interface never sees a session. A service method runs ``with self.db.transaction()``;
when the block ends without an error everything is committed, otherwise everything is rolled
back and the database stays exactly as it was.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    DBAPIError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from sentra_desktop.core.errors import ConflictError, DatabaseUnavailable, StorageError
from sentra_desktop.db import audit
from sentra_desktop.db.dialect import reading_options, snapshot_options
from sentra_desktop.db.engine import make_engine
from sentra_desktop.db.migrate import HEAD_REVISION, SchemaTooNewError, current_revision, upgrade_to_head

log = logging.getLogger("sentra.services")

SYSTEM_ACTOR = "sistem"


@dataclass
class Database:
    """An engine, its session factory and the operator whose name goes on every write."""

    engine: Engine
    actor: str = SYSTEM_ACTOR
    _factory: sessionmaker[Session] = field(init=False, repr=False)
    _reader: sessionmaker[Session] = field(init=False, repr=False)
    _snapshot_reader: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        audit.install(self._factory)
        self._reader = _read_only_sessions(self.engine.execution_options(**reading_options(self.engine)))
        self._snapshot_reader = _read_only_sessions(
            self.engine.execution_options(**snapshot_options(self.engine))
        )

    @classmethod
    def open(cls, url: str, *, migrate: bool = True, actor: str = SYSTEM_ACTOR) -> Database:
        """Connect to ``url`` and bring its schema up to date.

        A failure closes every connection it opened, so the caller may replace the file at once
        (restoring a backup over a damaged database).
        """
        engine: Engine | None = None
        try:
            engine = make_engine(url)
            if migrate:
                migrate_with_backup(engine, url)
            else:
                engine.connect().close()
        except BaseException as exc:
            if engine is not None:
                engine.dispose()
            if isinstance(exc, ArgumentError | NoSuchModuleError | OperationalError | ImportError):
                raise _open_error(url, exc) from exc
            if isinstance(exc, DatabaseError) and is_damage(exc):
                raise storage_error(exc) from exc
            if isinstance(exc, SchemaTooNewError):
                raise StorageError("schema_too_new", revision=str(exc)) from exc
            raise
        return cls(engine, actor)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or not at all."""
        session = self._factory()
        session.info["actor"] = self.actor
        try:
            with session.begin():
                yield session
        except StaleDataError as exc:
            raise ConflictError() from exc
        except OperationalError as exc:
            raise _storage_error(exc) from exc
        except DBAPIError as exc:
            if server_unreachable(exc):
                raise _unavailable(exc) from exc
            if not (isinstance(exc, DatabaseError) and is_damage(exc)):
                raise
            raise storage_error(exc) from exc
        finally:
            session.close()

    @contextmanager
    def reading(self, *, snapshot: bool = False) -> Iterator[Session]:
        """A session for queries only; it refuses to flush changes.

        On a server it reads without a transaction (see :func:`reading_options`): one round trip
        a query instead of three. Each statement sees the data committed when it starts, as in a
        READ COMMITTED transaction. ``snapshot``: every query sees the same state of the data (a
        check comparing two sums, an export streaming a large table; see
        :func:`snapshot_options`), at the price of a transaction.
        """
        session = self._snapshot_reader() if snapshot else self._reader()
        try:
            yield session
        except OperationalError as exc:
            raise _storage_error(exc) from exc
        except DBAPIError as exc:
            if server_unreachable(exc):
                raise _unavailable(exc) from exc
            if not (isinstance(exc, DatabaseError) and is_damage(exc)):
                raise
            raise storage_error(exc) from exc
        finally:
            try:
                session.rollback()
            finally:
                session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _read_only_sessions(bind: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(bind, expire_on_commit=False)
    event.listen(factory, "before_flush", _refuse_writes)
    return factory


def _refuse_writes(session: Session, _context: object, _instances: object) -> None:
    """A reading session that would flush changes is a bug: on a server it would commit them."""
    if session.new or session.deleted or any(session.is_modified(o) for o in session.dirty):
        raise RuntimeError("a reading session cannot save changes; use Database.transaction()")


def migrate_with_backup(engine: Engine, url: str) -> Path | None:
    """Bring the schema up to date; a database with data in an older schema is backed up first.

    An upgraded program opening the previous version's data is the moment a migration could lose
    records, so a checked backup (``backups/sentra-…``, kept by rotation as the newest) is written
    before anything changes. A failed backup stops the upgrade: the data stays as it was. Returns
    the backup, or None when none was needed (an empty or current database, or a server database,
    which its server backs up).
    """
    current = current_revision(engine)
    backup: Path | None = None
    if current is not None and current != HEAD_REVISION:
        from sentra_desktop.db.migrate import known_revisions

        if current not in known_revisions():
            raise SchemaTooNewError(current)
        from sentra_desktop.services.backup import BackupService  # imports this module

        backups = BackupService.for_url(url)
        if backups is not None and backups.database.is_file():
            backup = backups.backup_now()
            log.info("database backed up before migrating from %s: %s", current, backup)
    upgrade_to_head(engine)
    return backup


def _storage_error(exc: OperationalError) -> StorageError:
    if server_unreachable(exc):
        return _unavailable(exc)
    if _sqlstate(exc) in _RETRY_STATES:
        log.info("transaction lost a race with another connection: %s", _sqlstate(exc))
        return ConflictError()
    error = storage_error(exc)
    log.warning("storage failure: %s (%s)", error.params.get("detail", ""), error.code)
    return error


# PostgreSQL: a deadlock or a serialization failure means "another operator got there first".
_RETRY_STATES = {"40001", "40P01"}


def _sqlstate(exc: BaseException) -> str | None:
    state = getattr(_root_cause(exc), "sqlstate", None)
    return state if isinstance(state, str) else None


def server_unreachable(exc: BaseException) -> bool:
    """True when ``exc`` says a database server cannot be reached: refused, gone, shut down.

    SQLAlchemy marks a dropped connection as invalidated (the pool then replaces it); a failed
    connect has no SQL state; an administrator's shutdown or a crash of the server has class 57P,
    connection exceptions class 08. SQLite files never raise these.
    """
    if not isinstance(exc, DBAPIError) or not _is_server(exc):
        return False
    if exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError | InterfaceError):
        return False
    state = _sqlstate(exc)
    return state is None or state.startswith(("08", "57P"))


def _is_server(exc: BaseException) -> bool:
    return not isinstance(_root_cause(exc), sqlite3.Error)


def _unavailable(exc: BaseException) -> DatabaseUnavailable:
    detail = str(_root_cause(exc)).strip().splitlines()
    log.warning("database server unreachable: %s", detail[0] if detail else exc)
    return DatabaseUnavailable(detail=detail[0] if detail else "")


# SQLite's primary result codes that say what went wrong with the disk or the file.
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_NOTADB = 8, 10, 11, 13, 26
_SQLITE_CODES = {
    _SQLITE_READONLY: "read_only",
    _SQLITE_IOERR: "disk_io",
    _SQLITE_CORRUPT: "damaged",
    _SQLITE_FULL: "disk_full",
    _SQLITE_NOTADB: "damaged",
}
_ERRNO_CODES = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
}


def _root_cause(exc: BaseException) -> BaseException:
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def is_damage(exc: BaseException) -> bool:
    """True when ``exc`` says the database file is damaged or is not a database at all."""
    cause = _root_cause(exc)
    code = getattr(cause, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def storage_error(exc: BaseException, code: str = "storage") -> StorageError:
    """A :class:`StorageError` that names what failed: full disk, read-only folder, damaged file.

    ``exc`` is an SQLAlchemy error, an ``sqlite3.Error`` or an ``OSError``; ``code`` is used when
    the cause is none of those known ones.
    """
    cause = _root_cause(exc)
    sqlite_code = getattr(cause, "sqlite_errorcode", None)
    if isinstance(sqlite_code, int):
        code = _SQLITE_CODES.get(sqlite_code & 0xFF, code)
    elif isinstance(cause, OSError) and cause.errno is not None:
        code = _ERRNO_CODES.get(cause.errno, code)
    detail = cause.strerror if isinstance(cause, OSError) and cause.strerror else str(cause)
    return StorageError(code, detail=detail)


def _open_error(url: str, exc: BaseException) -> StorageError:
    """Why ``url`` could not be opened; a read-only data folder is named as such."""
    error = storage_error(exc, "cannot_open")
    if error.code == "cannot_open" and isinstance(_root_cause(exc), sqlite3.Error):
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
