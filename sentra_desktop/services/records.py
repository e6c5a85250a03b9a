"""One base for the records a sentra sets up once and then names everywhere.

Member businesses, makers, product types, moulds, operators and materials (and every kind added
later) follow the same rules: an edit names the version the form read and is refused when the
row moved on, names and codes are unique regardless of case, a record that others refer to is
deactivated instead of deleted, and a list can be narrowed to the active records.

A kind of record is a declaration (:class:`~sentra_desktop.services.record_kind.RecordKind`);
:class:`RecordService` turns it into the use-cases of its list: count and page (the
:class:`~sentra_desktop.services.listing.ListSource` protocol), get, create, update against the
version the form read, activate and deactivate, delete when nothing refers to the record.
Writes are audited by the session's flush hook, like every write.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, exists, func, or_, select
from sqlalchemy.orm import Session

from sentra_desktop.core.errors import ConflictError, FieldError, NotFoundError, SentraError, ValidationError
from sentra_desktop.db.base import RecordMixin
from sentra_desktop.services.base import Service
from sentra_desktop.services.listing import Choice, ListQuery, count_rows, ordered, search_condition
from sentra_desktop.services.record_kind import RecordKind

ModelT = TypeVar("ModelT", bound=RecordMixin)
RowT = TypeVar("RowT")
InputT = TypeVar("InputT")
DetailT = TypeVar("DetailT")

ACTIVE_FILTER = "active"


class InUseError(SentraError):
    """The record is named by other records, so it may only be deactivated, not deleted."""

    code = "has_history"


@dataclass(frozen=True)
class RecordRow:
    """What every list row starts with; each kind's row adds its values (``active`` among them)."""

    id: int


@dataclass(frozen=True)
class RecordDetail:
    """What every record read for its form starts with: the id, and the version the edit names."""

    id: int
    version: int


def load(session: Session, model: type[ModelT], record_id: int) -> ModelT:
    """The record ``record_id`` of ``model``; a missing one raises NotFoundError."""
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError()
    return record


def load_for_update(session: Session, model: type[ModelT], record_id: int, version: int) -> ModelT:
    """The record to change, refused with :class:`ConflictError` if saved since ``version``."""
    record = load(session, model, record_id)
    if record.version != version:
        raise ConflictError()
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


def active_choices(session: Session, model: Any, include_id: int | None, *values: Any) -> list[Any]:
    """(id, *values) of the active records of ``model`` by ``values``, and ``include_id`` if inactive."""
    stmt = select(model.id, *values).order_by(*values)
    if include_id is None:
        stmt = stmt.where(model.active.is_(True))
    else:
        stmt = stmt.where(or_(model.active.is_(True), model.id == include_id))
    return list(session.execute(stmt).all())


class RecordService(Service, Generic[ModelT, RowT, InputT, DetailT], domain="record", abstract=True):
    """The use-cases of one kind of record; every method is one transaction.

    A subclass names its declaration in ``kind`` and overrides the few hooks below for what is
    truly its own (a computed list value, an extra check, more in the detail).
    """

    kind: RecordKind[RowT, DetailT]

    # --- the list ------------------------------------------------------------------------------
    def _select(self, query: ListQuery) -> Select[Any]:
        kind, model = self.kind, self.kind.model
        stmt = select(model.id.label("id"), *(value.label(key) for key, value in kind.values.items()))
        stmt = stmt.select_from(model)
        for target, onclause in kind.joins:
            stmt = stmt.outerjoin(target, onclause)
        condition = search_condition(query.search, *kind.search)
        if condition is not None:
            stmt = stmt.where(condition)
        for name, column in kind.filters.items():
            if (wanted := query.filters.get(name)) is not None:
                stmt = stmt.where(column == wanted)
        if (active := query.filters.get(ACTIVE_FILTER)) is not None:
            stmt = stmt.where(model.active.is_(bool(active)))
        return stmt

    def count(self, query: ListQuery) -> int:
        """How many records the list shows: search, filter "active" (True/False) and the kind's filters."""
        with self.db.reading() as session:
            return count_rows(session, self._select(query))

    def page(self, query: ListQuery, offset: int, limit: int) -> list[RowT]:
        """One page of the list, sorted by the query's key (any list value) or the kind's default."""
        kind = self.kind
        stmt = ordered(self._select(query), query, kind.values, kind.default_sort, kind.model.id)
        with self.db.reading() as session:
            rows = session.execute(stmt.offset(offset).limit(limit)).all()
        return [self._row(row._asdict()) for row in rows]

    def _row(self, values: Mapping[str, Any]) -> RowT:
        """One list row from its values by name (hook: convert stored values)."""
        return self.kind.row(**values)

    def choices(self, include_id: int | None = None) -> list[Choice]:
        """Active records for a drop-down, plus ``include_id`` even if inactive."""
        with self.db.reading() as session:
            rows = active_choices(session, self.kind.model, include_id, *self._choice_values())
        return [Choice(row[0], self._choice_name(row[1:])) for row in rows]

    def _choice_values(self) -> tuple[Any, ...]:
        """What a drop-down entry is made of, in sort order (hook)."""
        return (getattr(self.kind.model, self.kind.label_key),)

    def _choice_name(self, values: Sequence[Any]) -> str:
        return str(values[0])

    def reference_choices(self, field_name: str, include_id: int | None = None) -> list[Choice]:
        """The records field ``field_name`` may name (active ones, plus ``include_id``), by name."""
        model = self.kind.spec(field_name).reference
        with self.db.reading() as session:
            return [Choice(*row) for row in active_choices(session, model, include_id, model.name)]

    # --- one record ----------------------------------------------------------------------------
    def get(self, record_id: int) -> DetailT:
        """The record as its form shows it, with the version it was read at."""
        with self.db.reading() as session:
            row = load(session, self.kind.model, record_id)
            values = {f.name: getattr(row, f.name) for f in self.kind.fields}
            return self.kind.detail(id=row.id, version=row.version, **values, **self._more(session, row))

    def _more(self, session: Session, row: ModelT) -> dict[str, Any]:
        """What the detail holds beyond the fields (hook)."""
        return {}

    def create(self, data: InputT) -> int:
        """Save a new record; returns its id. Bad input raises ValidationError and saves nothing."""
        with self.db.transaction() as session:
            return self._insert(session, data).id

    def _insert(self, session: Session, data: InputT) -> ModelT:
        row: ModelT = self.kind.model(**self._values(session, data, None))
        session.add(row)
        session.flush()
        return row

    def update(self, record_id: int, version: int, data: InputT) -> None:
        """Save changes to a record read at ``version``; a stale version raises ConflictError."""
        with self.db.transaction() as session:
            row = load_for_update(session, self.kind.model, record_id, version)
            for key, value in self._values(session, data, row).items():
                setattr(row, key, value)

    def activate(self, record_id: int) -> None:
        """Offer the record in new entries again."""
        self._set_active(record_id, True)

    def deactivate(self, record_id: int) -> None:
        """Hide the record from new entries; everything that names it stays as it was."""
        self._set_active(record_id, False)

    def _set_active(self, record_id: int, active: bool) -> None:
        with self.db.transaction() as session:
            row = load(session, self.kind.model, record_id)
            if row.active != active:
                row.active = active

    def delete(self, record_id: int) -> None:
        """Delete a record nothing refers to; otherwise raise :class:`InUseError`."""
        with self.db.transaction() as session:
            row = load(session, self.kind.model, record_id)
            if not self.kind.deletable or self._has_history(session, record_id):
                raise InUseError()
            session.delete(row)

    def _has_history(self, session: Session, record_id: int) -> bool:
        return is_referenced(session, *(column == record_id for column in self.kind.referenced_by))

    # --- checking what the form sent -------------------------------------------------------------
    def _values(self, session: Session, data: InputT, current: ModelT | None) -> dict[str, Any]:
        """Every field checked at once, so the form can mark all problems in one go."""
        errors: list[FieldError] = []
        model = self.kind.model
        values = {
            f.name: f.check(session, errors, getattr(data, f.name, f.default)) for f in self.kind.fields
        }
        self._check(session, values, current, errors)
        current_id = None if current is None else current.id
        for spec in self.kind.fields:
            if spec.unique:
                column = getattr(model, spec.name)
                check_unique(
                    session,
                    errors,
                    spec.name,
                    column,
                    values[spec.name],
                    id_column=model.id,
                    current_id=current_id,
                )
        if errors:
            raise ValidationError(errors)
        return values

    def _check(
        self, session: Session, values: dict[str, Any], current: ModelT | None, errors: list[FieldError]
    ) -> None:
        """Checks beyond single fields (hook); append problems to ``errors``."""
