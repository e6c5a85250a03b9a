"""Users as a record kind: the list and form of Pengaturan → Pengguna (name, role, active).

Users are named on every write rather than referenced by key, so none is ever deleted; one who
left is deactivated (and can no longer log in). The list is a declaration on
:mod:`sentra_desktop.services.record_kind`; adding a name that belongs to a deactivated user
brings that user back instead of making a second one. The sentra always keeps an active head.
Logging in, PINs and the lockout are :mod:`sentra_desktop.services.users`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.actor import Actor
from sentra_desktop.core.errors import ValidationError
from sentra_desktop.core.messages import QT_TRANSLATE_NOOP
from sentra_desktop.core.roles import Role
from sentra_desktop.db import tables
from sentra_desktop.db.models import User
from sentra_desktop.services.record_kind import Field, FieldKind, ListColumn, RecordKind, Show
from sentra_desktop.services.records import RecordDetail, RecordRow, RecordService
from sentra_desktop.services.users import UserService

OPERATOR_NAME_MAX = 80


@dataclass(frozen=True)
class OperatorRow(RecordRow):
    """One line of the operator list."""

    name: str
    active: bool
    role: str = Role.OPERATOR.value


@dataclass(frozen=True)
class OperatorInput:
    """What the user form sends."""

    name: str
    active: bool = True
    role: str = Role.OPERATOR.value


@dataclass(frozen=True)
class OperatorDetail(RecordDetail):
    """One user as the form shows it, with the version it was read at."""

    name: str
    active: bool
    role: str = Role.OPERATOR.value


OPERATORS: RecordKind[OperatorRow, OperatorDetail] = RecordKind(
    model=User,
    title=QT_TRANSLATE_NOOP("Records", "User"),
    new_title=QT_TRANSLATE_NOOP("Records", "New user"),
    plural=QT_TRANSLATE_NOOP("Records", "Users"),
    fields=(
        Field(
            "name",
            QT_TRANSLATE_NOOP("Records", "&Name:"),
            required=True,
            max_len=OPERATOR_NAME_MAX,
            unique=True,
        ),
        Field(
            "role",
            QT_TRANSLATE_NOOP("Records", "&Role:"),
            FieldKind.CHOICE,
            required=True,
            choices=Role,
            default=Role.OPERATOR.value,
        ),
        Field.status(QT_TRANSLATE_NOOP("Records", "May log in")),
    ),
    input=OperatorInput,
    row=OperatorRow,
    detail=OperatorDetail,
    values={"name": User.name, "active": User.active, "role": User.role},
    columns=(
        ListColumn("name", QT_TRANSLATE_NOOP("Records", "Name"), width=30),
        ListColumn("role", QT_TRANSLATE_NOOP("Records", "Role"), Show.CHOICE, 14),
        ListColumn.status(),
    ),
    search=(User.name,),
    deletable=False,
    stretch="name",
)


class OperatorService(RecordService[User, OperatorRow, OperatorInput, OperatorDetail]):
    """The user list of Pengaturan; who is at the keyboard is decided by logging in."""

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
        at the time. If the renamed user is the one logged in, later writes carry the new name
        (and their rights the new role).
        """
        current = self.get(record_id)
        old_name = current.name
        if current.role == Role.KETUA and (data.role != Role.KETUA or not data.active):
            self._keep_a_head(record_id)
        super().update(record_id, version, data)
        actor = self.db.actor
        if actor.user_id == record_id or (actor.user_id is None and actor.name == old_name):
            saved = self.get(record_id)
            self.db.actor = Actor(saved.name, actor.user_id, saved.role if actor.user_id else None)

    def rename(self, record_id: int, version: int, name: str) -> str:
        """Give a user a new name, keeping their role and whether they are active; returns the name."""
        current = self.get(record_id)
        self.update(record_id, version, OperatorInput(name, current.active, current.role))
        return self.get(record_id).name

    def deactivate(self, record_id: int) -> None:
        """A user who left cannot log in any more; the last active head cannot be deactivated."""
        if self.get(record_id).role == Role.KETUA:
            self._keep_a_head(record_id)
        super().deactivate(record_id)

    def reset_pin(self, record_id: int) -> None:
        """A forgotten PIN: the user sets a new one at their next login (audited)."""
        UserService(self.db).reset_pin(record_id)

    def _keep_a_head(self, record_id: int) -> None:
        with self.db.reading() as session:
            users = tables.app_user.c
            others = session.scalar(
                select(func.count())
                .select_from(tables.app_user)
                .where(users.role == Role.KETUA.value, users.active, users.id != record_id)
            )
        if not others:
            raise ValidationError.single("role", "last_head")
