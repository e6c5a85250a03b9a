"""Operators: the people at the shared PC whose names go on every write."""

from __future__ import annotations

from sqlalchemy import func, select

from sentra_desktop.core.errors import FieldError, ValidationError
from sentra_desktop.core.text import check_text, clean
from sentra_desktop.db.models import User
from sentra_desktop.services.database import Database

OPERATOR_NAME_MAX = 80


class OperatorService:
    """Listing and adding operators; sign-in with PIN and roles come later."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def names(self) -> list[str]:
        """Active operators, by name."""
        with self.db.reading() as session:
            return list(session.scalars(select(User.name).where(User.active).order_by(User.name)))

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
        self.db.actor = name
