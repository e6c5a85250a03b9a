"""Pieces every "set up once" record service shares: loading for an edit, uniqueness, history.

The settings lists (member businesses, makers, product types, moulds) all follow the same rules:
an edit names the version the form read and is refused when the row moved on, names and codes
are unique regardless of case, a record with history is deactivated instead of deleted, and a
list can be narrowed to the active records. Keeping those rules here keeps them identical.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, exists, func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.errors import FieldError, NotFoundError, SentraError
from sentra_desktop.db.base import RecordMixin
from sentra_desktop.services.listing import ListQuery

RecordT = TypeVar("RecordT", bound=RecordMixin)

ACTIVE_FILTER = "active"


def load(session: Session, model: type[RecordT], record_id: int) -> RecordT:
    """The record ``record_id`` of ``model``; a missing one raises NotFoundError."""
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError()
    return record


def load_for_update(session: Session, model: type[RecordT], record_id: int, version: int) -> RecordT:
    """The record to change, refused with ``SentraError("stale")`` if saved since ``version``."""
    record = load(session, model, record_id)
    if record.version != version:
        raise SentraError("stale")
    return record


def check_unique(
    session: Session,
    errors: list[FieldError],
    field: str,
    column: Any,
    value: str,
    *,
    id_column: Any,
    current_id: int | None,
) -> None:
    """Append a "duplicate" error when another row already has ``value`` (ignoring case).

    Skipped when the field is empty or already has a problem, so the form shows one message
    per field.
    """
    if not value or any(e.field == field for e in errors):
        return
    stmt = select(id_column).where(func.lower(column) == value.lower())
    if current_id is not None:
        stmt = stmt.where(id_column != current_id)
    if session.scalar(stmt.limit(1)) is not None:
        errors.append(FieldError(field, "duplicate", {"value": value}))


def is_referenced(session: Session, *conditions: ColumnElement[bool]) -> bool:
    """True when any of ``conditions`` matches a row, i.e. some other record points here."""
    return any(session.scalar(select(exists().where(condition))) for condition in conditions)


def with_active_filter(stmt: Select[Any], query: ListQuery, column: Any) -> Select[Any]:
    """``stmt`` narrowed to active (True) or inactive (False) rows when the query asks for it."""
    wanted = query.filters.get(ACTIVE_FILTER)
    if wanted is None:
        return stmt
    return stmt.where(column.is_(True) if wanted else column.is_(False))


def set_active(session: Session, model: type[RecordT], record_id: int, active: bool) -> None:
    """Switch a record on or off; nothing is written when it already is."""
    record = load(session, model, record_id)
    if record.active != active:  # type: ignore[attr-defined]
        record.active = active  # type: ignore[attr-defined]
