"""The unit of work: one user action is one transaction, opened and committed here.

The user interface never sees a session. A service method runs ``with self.db.transaction()``;
when the block ends without an error everything is committed, otherwise everything is rolled
back and the database stays exactly as it was.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from sentra_desktop.core.errors import ConflictError, StorageError
from sentra_desktop.db import audit
from sentra_desktop.db.engine import make_engine
from sentra_desktop.db.migrate import SchemaTooNewError, upgrade_to_head

log = logging.getLogger("sentra.services")

SYSTEM_ACTOR = "sistem"


@dataclass
class Database:
    """An engine, its session factory and the operator whose name goes on every write."""

    engine: Engine
    actor: str = SYSTEM_ACTOR
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        audit.install(self._factory)

    @classmethod
    def open(cls, url: str, *, migrate: bool = True, actor: str = SYSTEM_ACTOR) -> Database:
        """Connect to ``url`` and bring its schema up to date."""
        try:
            engine = make_engine(url)
            if migrate:
                upgrade_to_head(engine)
            else:
                engine.connect().close()
        except (ArgumentError, NoSuchModuleError, OperationalError, ImportError) as exc:
            raise StorageError("cannot_open", detail=str(getattr(exc, "orig", None) or exc)) from exc
        except SchemaTooNewError as exc:
            raise StorageError("schema_too_new", revision=str(exc)) from exc
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
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only; nothing it does is committed."""
        session = self._factory()
        try:
            yield session
        except OperationalError as exc:
            raise _storage_error(exc) from exc
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _storage_error(exc: OperationalError) -> StorageError:
    detail = str(exc.orig) if isinstance(exc.orig, sqlite3.Error) else str(exc.orig or exc)
    log.warning("storage failure: %s", detail)
    return StorageError(detail=detail)
