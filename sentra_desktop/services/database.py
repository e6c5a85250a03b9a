"""The unit of work: one user action is one transaction, opened and committed here.

The user interface never sees a session. A service method runs ``with self.db.transaction()``;
when the block ends without an error everything is committed, otherwise everything is rolled
back and the database stays exactly as it was.

Units nest: a ``transaction()`` (or ``reading()``) opened while this thread already has one open
on the same database joins it, so one service may call others and all their work is committed
together by the outermost block. A server may break off a transaction that met another one (a
deadlock or a serialization failure); :meth:`Database.run` and every service method (through
:mod:`sentra_desktop.services.base`) then run the whole unit again, up to :data:`ATTEMPTS` times,
instead of telling the operator that someone else changed the record.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, NoReturn, TypeVar

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    DBAPIError,
    NoSuchModuleError,
    OperationalError,
)

from sentra_desktop.core.actor import SYSTEM, Actor
from sentra_desktop.core.errors import BusyError, ConflictError, SentraError, StorageError
from sentra_desktop.db import watchdog
from sentra_desktop.db.agency_store import is_agency
from sentra_desktop.db.dialect import reading_options, snapshot_options
from sentra_desktop.db.engine import make_engine
from sentra_desktop.db.migrate import HEAD_REVISION, SchemaTooNewError, current_revision, upgrade_to_head
from sentra_desktop.services.backup_files import backup_before_migrating
from sentra_desktop.services.storage_errors import (
    is_damage,
    lost_race,
    open_error,
    refused_write,
    server_unreachable,
    storage_error,
    unavailable,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger("sentra.services")

T = TypeVar("T")

# A permission policy: may ``actor`` do ``action`` (an action name such as "buyer.create")?
Policy = Callable[[Actor, str], bool]

# How often one unit of work is run when the server keeps breaking it off for a deadlock.
ATTEMPTS = 3
_RETRY_PAUSE_S = 0.05


def allow_everything(_actor: Actor, _action: str) -> bool:
    """The policy until users and roles exist: every operator may do everything."""
    return True


class LostRace(ConflictError):  # noqa: N818 - a conflict, said plainly
    """The server broke off this transaction for a deadlock or a serialization failure.

    Nothing of it was saved. :meth:`Database.run` runs the unit again; when it escapes a unit
    that cannot be run again it reads as a conflict, as before.
    """


class _Unit:
    """What this thread is doing on one database: its open transaction's session, how many
    transactions it committed, how deep service calls are nested, whether a retry loop runs."""

    def __init__(self) -> None:
        self.session: Session | None = None
        self.commits = 0
        self.calls = 0
        self.retrying = False


@dataclass
class Database:
    """An engine, its session factory, who acts, and what they may do.

    ``actor`` is the one place that says who acts (today the operator picked in the status bar);
    ``policy`` answers whether they may do an action (see :func:`services.base.authorize`).
    """

    engine: Engine
    actor: Actor = SYSTEM
    policy: Policy = allow_everything
    _core_reader: Engine = field(init=False, repr=False)
    audited: ClassVar[bool] = True  # writes go through the audit writer (not the agency registry's)

    def __post_init__(self) -> None:
        self._core_reader = self.engine.execution_options(**reading_options(self.engine))

    def __setattr__(self, name: str, value: object) -> None:
        # A plain name (the status bar's operator, a test's) is an actor without a user id.
        super().__setattr__(name, Actor(value) if name == "actor" and isinstance(value, str) else value)

    @classmethod
    def open(cls, url: str, *, migrate: bool = True, actor: Actor | str = SYSTEM) -> Database:
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
                raise open_error(url, exc) from exc
            if isinstance(exc, DatabaseError) and is_damage(exc):
                raise storage_error(exc) from exc
            if isinstance(exc, SchemaTooNewError):
                raise StorageError("schema_too_new", revision=str(exc)) from exc
            raise
        return cls(engine, actor if isinstance(actor, Actor) else Actor(actor))

    def _sessions(self, kind: str) -> sessionmaker[Session]:
        """The session factory for ``kind`` ("write", "read" or "snapshot"), made on first use.

        The login screen is drawn before any of them is needed (it reads through
        :meth:`reading_core`): the ORM costs ~0.1 s to import, the audit writer of the writing
        sessions ~0.2 s more, because it imports every mapped class.
        """
        factory: sessionmaker[Session] | None = self.__dict__.get(f"_{kind}_sessions")
        if factory is None:
            if kind == "write":
                from sqlalchemy.orm import sessionmaker

                factory = sessionmaker(self.engine, expire_on_commit=False)
                if self.audited:
                    from sentra_desktop.db import audit  # with its after-write listeners

                    audit.install(factory)
            else:
                options = snapshot_options if kind == "snapshot" else reading_options
                factory = _read_only_sessions(self.engine.execution_options(**options(self.engine)))
            # Two threads' first use at once: one factory wins, the other is dropped unused.
            factory = self.__dict__.setdefault(f"_{kind}_sessions", factory)
        return factory

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def _unit(self) -> _Unit:
        """This thread's unit of work (a subclass sharing another's engine makes its own)."""
        local = self.__dict__.get("_local")
        if local is None:
            local = self.__dict__.setdefault("_local", threading.local())
        unit = getattr(local, "unit", None)
        if unit is None:
            unit = local.unit = _Unit()
        return unit

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or not at all.

        Inside an open transaction of this thread it is that transaction's session: the block's
        changes are flushed at its end (so a refused write fails here) and committed by the
        outermost block.
        """
        from sqlalchemy.orm.exc import StaleDataError

        unit = self._unit()
        if unit.session is not None:
            try:
                yield unit.session
                unit.session.flush()
            except StaleDataError as exc:
                raise ConflictError() from exc
            return
        session = self._sessions("write")()
        session.info["actor"] = self.actor.name
        session.info["actor_id"] = self.actor.user_id
        unit.session = session
        try:
            with session.begin():
                yield session
            unit.commits += 1
        except StaleDataError as exc:
            raise ConflictError() from exc
        except DBAPIError as exc:
            _raise_translated(exc)
        finally:
            unit.session = None
            session.close()

    @contextmanager
    def reading(self, *, snapshot: bool = False) -> Iterator[Session]:
        """A session for queries only; it refuses to flush changes.

        On a server it reads without a transaction (see :func:`reading_options`): one round trip
        a query instead of three. Each statement sees the data committed when it starts, as in a
        READ COMMITTED transaction. ``snapshot``: every query sees the same state of the data (a
        check comparing two sums, an export streaming a large table; see
        :func:`snapshot_options`), at the price of a transaction. Inside an open transaction of
        this thread it reads through that transaction, seeing its changes not yet committed.
        """
        unit = self._unit()
        if unit.session is not None:
            yield unit.session
            return
        session = self._sessions("snapshot" if snapshot else "read")()
        try:
            yield session
        except DBAPIError as exc:
            _raise_translated(exc)
        finally:
            try:
                session.rollback()
            finally:
                session.close()

    @contextmanager
    def reading_core(self) -> Iterator[Connection]:
        """A connection for SQLAlchemy Core queries, without the ORM: what the login screen reads
        before its first paint. Otherwise as :meth:`reading` (inside an open transaction of this
        thread it reads through that transaction)."""
        unit = self._unit()
        if unit.session is not None:
            yield unit.session.connection()
            return
        try:
            with self._core_reader.connect() as conn:
                yield conn
        except DBAPIError as exc:
            _raise_translated(exc)

    @contextmanager
    def serving(self) -> Iterator[bool]:
        """Mark a service call as running in this thread; yields True for the outermost one."""
        unit = self._unit()
        unit.calls += 1
        try:
            yield unit.calls == 1
        finally:
            unit.calls -= 1

    def run(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one transaction, again when the server breaks it off for a deadlock.

        ``work`` may be called up to :data:`ATTEMPTS` times, so it must do nothing but database
        work through the session it is given (and the services it calls): each failed attempt
        was rolled back completely. Inside an open transaction it simply joins it.
        """

        def unit_of_work() -> T:
            with self.transaction() as session:
                return work(session)

        return self.retrying(unit_of_work)

    def retrying(self, work: Callable[[], T]) -> T:
        """Call ``work``, again when a transaction it ran was broken off for a deadlock.

        Only the outermost call retries, and only while ``work`` has committed nothing yet: a
        call that already committed one transaction and lost the race in a second one cannot be
        run again without doing the first twice, so it fails with :class:`ConflictError`.

        Raises:
            BusyError: every attempt lost its race.
        """
        unit = self._unit()
        if unit.retrying or unit.session is not None:
            return work()
        unit.retrying = True
        try:
            for attempt in range(1, ATTEMPTS + 1):
                commits = unit.commits
                try:
                    return work()
                except LostRace as exc:
                    if unit.commits != commits:
                        raise ConflictError() from exc
                    if attempt == ATTEMPTS:
                        raise BusyError() from exc
                    log.info("transaction lost a race (attempt %d of %d); run again", attempt, ATTEMPTS)
                    time.sleep(random.uniform(0, _RETRY_PAUSE_S * attempt))  # a little jitter
            raise AssertionError("unreachable")  # pragma: no cover
        finally:
            unit.retrying = False

    def dispose(self) -> None:
        self.engine.dispose()


def _translated(exc: DBAPIError) -> SentraError | None:
    """The typed error for a failed database call; None when it is a bug, raised as it is."""
    if lost_race(exc):
        return LostRace()
    if (refused := refused_write(exc)) is not None:
        return refused
    if server_unreachable(exc):
        return unavailable(exc)
    if isinstance(exc, OperationalError) or (isinstance(exc, DatabaseError) and is_damage(exc)):
        error = storage_error(exc)
        log.warning("storage failure: %s (%s)", error.params.get("detail", ""), error.code)
        return error
    return None


def _raise_translated(exc: DBAPIError) -> NoReturn:
    """Raise the typed error for a failed database call, or ``exc`` itself when it is a bug."""
    error = _translated(exc)
    if error is None:
        raise exc
    raise error from exc


def _read_only_sessions(bind: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

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
    if current is None and is_agency(engine, url):
        raise SentraError("agency_without_flag")
    backup: Path | None = None
    if current is not None and current != HEAD_REVISION:
        from sentra_desktop.db.migrate import known_revisions

        if current not in known_revisions():
            raise SchemaTooNewError(current)
        backup = backup_before_migrating(url)
        if backup is not None:
            log.info("database backed up before migrating from %s: %s", current, backup)
    with watchdog.unbounded():  # index builds on a large server database take minutes
        upgrade_to_head(engine)
    return backup
