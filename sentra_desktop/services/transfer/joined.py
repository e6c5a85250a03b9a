"""One transaction shared by many service calls, so that an import is all or nothing.

Each service method opens its own transaction (``with self.db.transaction()``). An import runs
the same services — so every validation rule, stock posting and audit row applies — over a
:class:`JoinedDatabase`, whose ``transaction()`` and ``reading()`` hand out one session that is
committed only when every row was accepted. A refused row raises before it writes (services
validate first), so the shared session stays usable and the import can go on collecting every
bad row; at the end the whole transaction is committed or rolled back.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from sentra_desktop.services.database import Database


class JoinedDatabase(Database):
    """A :class:`Database` whose every transaction is the one session it was given."""

    def __init__(self, base: Database, session: Session) -> None:  # no dataclass __init__: shares base
        self.engine = base.engine
        self.actor, self.policy = base.actor, base.policy
        self.session = session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        yield self.session

    @contextmanager
    def reading(self, *, snapshot: bool = False) -> Iterator[Session]:
        yield self.session  # one transaction already

    @contextmanager
    def reading_core(self) -> Iterator[Connection]:
        yield self.session.connection()


@contextmanager
def joined(db: Database) -> Iterator[JoinedDatabase]:
    """A :class:`JoinedDatabase` over one real transaction of ``db``; an exception rolls it back."""
    with db.transaction() as session:
        yield JoinedDatabase(db, session)
