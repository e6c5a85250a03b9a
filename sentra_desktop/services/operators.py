"""Operators: the people at the shared PC whose names go on every write.

Operators are named on every write rather than referenced by key, so none is ever deleted; an
operator who left is deactivated. The list is a declaration on
:mod:`sentra_desktop.services.record_kind`; adding a name that belongs to a deactivated operator
brings that operator back instead of making a second one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.actor import Actor
from sentra_desktop.core.messages import QT_TRANSLATE_NOOP
from sentra_desktop.db import tables
from sentra_desktop.db.models import User
from sentra_desktop.services.record_kind import Field, ListColumn, RecordKind
from sentra_desktop.services.records import RecordDetail, RecordRow, RecordService

OPERATOR_NAME_MAX = 80


@dataclass(frozen=True)
class OperatorRow(RecordRow):
    """One line of the operator list."""

    name: str
    active: bool


@dataclass(frozen=True)
class OperatorInput:
    """What the operator form sends."""

    name: str
    active: bool = True


@dataclass(frozen=True)
class OperatorDetail(RecordDetail):
    """One operator as the form shows it, with the version it was read at."""

    name: str
    active: bool


OPERATORS: RecordKind[OperatorRow, OperatorDetail] = RecordKind(
    model=User,
    title=QT_TRANSLATE_NOOP("Records", "Operator"),
    new_title=QT_TRANSLATE_NOOP("Records", "New operator"),
    plural=QT_TRANSLATE_NOOP("Records", "Operators"),
    fields=(
        Field(
            "name",
            QT_TRANSLATE_NOOP("Records", "&Name:"),
            required=True,
            max_len=OPERATOR_NAME_MAX,
            unique=True,
        ),
        Field.status(QT_TRANSLATE_NOOP("Records", "Shown in the operator list")),
    ),
    input=OperatorInput,
    row=OperatorRow,
    detail=OperatorDetail,
    values={"name": User.name, "active": User.active},
    columns=(ListColumn("name", QT_TRANSLATE_NOOP("Records", "Name"), width=30), ListColumn.status()),
    search=(User.name,),
    deletable=False,
    stretch="name",
)


class OperatorService(RecordService[User, OperatorRow, OperatorInput, OperatorDetail]):
    """The operator list, and who is at the keyboard; sign-in with PIN and roles come later."""

    kind = OPERATORS

    def names(self) -> list[str]:
        """Active operators, by name."""
        with self.db.reading() as session:
            users = tables.app_user.c  # Core: asked at startup, before the mappers are configured
            return list(session.scalars(select(users.name).where(users.active).order_by(users.name)))

    def add(self, name: str) -> str:
        """Add an operator (or bring a deactivated one back); returns the stored name."""
        with self.db.transaction() as session:
            return self._insert(session, OperatorInput(name)).name

    def use(self, name: str) -> None:
        """Make ``name`` the operator recorded on the following writes."""
        self.db.actor = Actor(name)

    def _insert(self, session: Session, data: OperatorInput) -> User:
        """A name that belongs to a deactivated operator brings that operator back."""
        clash = session.scalar(
            select(User).where(
                func.lower(User.name) == " ".join(data.name.split()).lower(), User.active.is_(False)
            )
        )
        if clash is None:
            return super()._insert(session, data)
        clash.active = True
        return clash

    def update(self, record_id: int, version: int, data: OperatorInput) -> None:
        """Rename and/or (de)activate an operator read at ``version``.

        Earlier writes keep the name they were recorded under: the audit trail shows who it was
        at the time. If the renamed operator is the one at the keyboard, later writes carry the
        new name.
        """
        old_name = self.get(record_id).name
        super().update(record_id, version, data)
        if self.db.actor.name == old_name:
            self.db.actor = Actor(self.get(record_id).name)

    def rename(self, record_id: int, version: int, name: str) -> str:
        """Give an operator a new name, keeping whether they are active; returns the stored name."""
        self.update(record_id, version, OperatorInput(name, self.get(record_id).active))
        return self.get(record_id).name
