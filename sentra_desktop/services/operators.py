"""Operators: the people at the shared PC whose names go on every write."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select

from sentra_desktop.core.actor import Actor
from sentra_desktop.core.errors import FieldError, ValidationError
from sentra_desktop.core.text import check_text, clean
from sentra_desktop.db import tables
from sentra_desktop.db.models import User
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery, count_rows, ordered, search_condition
from sentra_desktop.services.records import (
    check_unique,
    load,
    load_for_update,
    set_active,
    with_active_filter,
)

OPERATOR_NAME_MAX = 80


@dataclass(frozen=True)
class OperatorRow:
    """One line of the operator list."""

    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class OperatorDetail:
    """One operator as the form shows it, with the version it was read at."""

    id: int
    version: int
    name: str
    active: bool


_SORT: dict[str, Any] = {"name": User.name, "active": User.active}


class OperatorService:
    """Listing and adding operators; sign-in with PIN and roles come later."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def names(self) -> list[str]:
        """Active operators, by name."""
        with self.db.reading() as session:
            users = tables.app_user.c  # Core: asked at startup, before the mappers are configured
            return list(session.scalars(select(users.name).where(users.active).order_by(users.name)))

    def add(self, name: str) -> str:
        """Add an operator; returns the stored (cleaned) name."""
        errors: list[FieldError] = []
        name = check_text(errors, "name", clean(name), required=True, max_len=OPERATOR_NAME_MAX)
        if errors:
            raise ValidationError(errors)
        with self.db.transaction() as session:
            clash = session.scalar(select(User).where(func.lower(User.name) == name.lower()))
            if clash is not None:
                if clash.active:
                    raise ValidationError.single("name", "duplicate", value=name)
                clash.active = True
                return clash.name
            session.add(User(name=name))
        return name

    def use(self, name: str) -> None:
        """Make ``name`` the operator recorded on the following writes."""
        self.db.actor = Actor(name)

    # --- the operator list in Pengaturan ---------------------------------------------------
    def _select(self, query: ListQuery) -> Select[Any]:
        stmt = select(User.id, User.name, User.active)
        condition = search_condition(query.search, User.name)
        if condition is not None:
            stmt = stmt.where(condition)
        return with_active_filter(stmt, query, User.active)

    def count(self, query: ListQuery) -> int:
        with self.db.reading() as session:
            return count_rows(session, self._select(query))

    def page(self, query: ListQuery, offset: int, limit: int) -> Sequence[OperatorRow]:
        stmt = ordered(self._select(query), query, _SORT, "name", User.id)
        with self.db.reading() as session:
            rows = session.execute(stmt.offset(offset).limit(limit)).all()
        return [OperatorRow(*row) for row in rows]

    def create(self, name: str) -> int:
        """Add an operator from the operator list; returns the id.

        Like :meth:`add`, a name that belongs to a deactivated operator brings that operator
        back rather than making a second one with the same name.
        """
        errors: list[FieldError] = []
        name = check_text(errors, "name", clean(name), required=True, max_len=OPERATOR_NAME_MAX)
        if errors:
            raise ValidationError(errors)
        with self.db.transaction() as session:
            clash = session.scalar(select(User).where(func.lower(User.name) == name.lower()))
            if clash is not None:
                if clash.active:
                    raise ValidationError.single("name", "duplicate", value=name)
                clash.active = True
                return clash.id
            row = User(name=name)
            session.add(row)
            session.flush()
            return row.id

    def get(self, operator_id: int) -> OperatorDetail:
        with self.db.reading() as session:
            row = load(session, User, operator_id)
            return OperatorDetail(row.id, row.version, row.name, row.active)

    def update(self, operator_id: int, version: int, name: str, *, active: bool | None = None) -> str:
        """Rename and/or (de)activate an operator read at ``version``; returns the stored name.

        ``active`` None keeps the operator as active or inactive as they were.

        Earlier writes keep the name they were recorded under: the audit trail shows who it was
        at the time. If the renamed operator is the one at the keyboard, later writes carry the
        new name.
        """
        errors: list[FieldError] = []
        name = check_text(errors, "name", clean(name), required=True, max_len=OPERATOR_NAME_MAX)
        with self.db.transaction() as session:
            row = load_for_update(session, User, operator_id, version)
            check_unique(session, errors, "name", User.name, name, id_column=User.id, current_id=operator_id)
            if errors:
                raise ValidationError(errors)
            old_name = row.name
            row.name = name
            if active is not None:
                row.active = bool(active)
        if self.db.actor.name == old_name:
            self.db.actor = Actor(name)
        return name

    def rename(self, operator_id: int, version: int, name: str) -> str:
        """Give an operator a new name, keeping whether they are active; see :meth:`update`."""
        return self.update(operator_id, version, name)

    def activate(self, operator_id: int) -> None:
        with self.db.transaction() as session:
            set_active(session, User, operator_id, True)

    def deactivate(self, operator_id: int) -> None:
        """Take an operator off the name list; their name stays on everything they recorded."""
        with self.db.transaction() as session:
            set_active(session, User, operator_id, False)
