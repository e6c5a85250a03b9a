"""Reading the audit log: who changed which record, when, and the values before and after.

The log only grows (the database refuses UPDATE and DELETE on it, see
:mod:`sentra_desktop.db.audit_guard`), so this service only reads. It is a :class:`ListSource`
for the paged table model: a COUNT and pages of rows, filtered and ordered in SQL, so the view
stays smooth over millions of rows. Newest first by default, ordered by id (the primary key),
which follows the time of writing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, Table, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import AuditAction
from sentra_desktop.core.errors import NotFoundError
from sentra_desktop.db import audit_search
from sentra_desktop.db.base import Base
from sentra_desktop.db.models import AuditEntry
from sentra_desktop.services import paging
from sentra_desktop.services.base import Service
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery, count_rows, search_condition

_AU = cast(Table, AuditEntry.__table__)

# Filter names of a ListQuery for this list.
KIND_FILTER = "table"  # a table name, e.g. "design_variant"
ACTOR_FILTER = "actor"
ACTION_FILTER = "action"  # an AuditAction value
FROM_FILTER = "from"  # a date, inclusive (local calendar day)
TO_FILTER = "to"  # a date, inclusive

_SORT: dict[str, Any] = {
    "at": _AU.c.id,
    "actor": _AU.c.actor,
    "action": _AU.c.action,
    "table": _AU.c.table_name,
    "record": _AU.c.record_id,
}
# Fields whose value names a record best, in order of preference.
_LABEL_FIELDS = ("code", "name", "reference", "produced_on", "counted_on", "moved_on")


@dataclass(frozen=True)
class AuditFacts:
    """Who did what to which record, and when: what a list line and the full entry both show."""

    id: int
    at: datetime
    actor: str
    action: AuditAction
    table_name: str
    record_id: int | None


@dataclass(frozen=True)
class AuditRow(AuditFacts):
    """One line of the audit list."""

    label: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class FieldChange:
    """One field of an audited change; ``old`` is None for an insert, ``new`` for a delete."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditDetail(AuditFacts):
    """One audit entry with every field it recorded."""

    record_uuid: str | None
    changes: tuple[FieldChange, ...]


def field_changes(action: AuditAction, raw: str) -> tuple[FieldChange, ...]:
    """The stored JSON as old/new pairs: updates keep [old, new], inserts and deletes the values."""
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return (FieldChange("changes", None, raw),)
    if not isinstance(data, dict):
        return (FieldChange("changes", None, data),)
    result = []
    for key in sorted(data):
        value = data[key]
        if action == AuditAction.UPDATE and isinstance(value, list) and len(value) == 2:
            result.append(FieldChange(key, value[0], value[1]))
        elif action == AuditAction.DELETE:
            result.append(FieldChange(key, value, None))
        else:
            result.append(FieldChange(key, None, value))
    return tuple(result)


def _label(changes: tuple[FieldChange, ...], record_id: int | None) -> str:
    by_field = {c.field: c.new if c.new is not None else c.old for c in changes}
    for name in _LABEL_FIELDS:
        if by_field.get(name) not in (None, ""):
            return str(by_field[name])
    return f"#{record_id}" if record_id is not None else ""


def _day_start(day: date) -> datetime:
    """Midnight of ``day`` on this PC's clock (the operator thinks in local days)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


class AuditLogService(Service):
    """Reads of the audit log; nothing here writes."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _conditions(self, query: ListQuery) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        filters = query.filters
        if filters.get(KIND_FILTER):
            conditions.append(_AU.c.table_name == str(filters[KIND_FILTER]))
        if filters.get(ACTOR_FILTER):
            conditions.append(_AU.c.actor == str(filters[ACTOR_FILTER]))
        if filters.get(ACTION_FILTER):
            conditions.append(_AU.c.action == AuditAction(filters[ACTION_FILTER]))
        if isinstance(filters.get(FROM_FILTER), date):
            conditions.append(_AU.c.at >= _day_start(filters[FROM_FILTER]))
        if isinstance(filters.get(TO_FILTER), date):
            conditions.append(_AU.c.at < _day_start(filters[TO_FILTER] + timedelta(days=1)))
        return conditions

    def _select(self, query: ListQuery, session: Session) -> tuple[Select[Any], dict[str, Any]]:
        """The rows ``query`` shows and the columns to sort them by (the key depends on the index).

        Words of three letters or more are found through the trigram index, shorter ones with LIKE.
        """
        connection = session.connection()
        indexed, plain = audit_search.indexed_words(connection, query.search)
        source, found, key = audit_search.searched(connection, indexed, _AU)
        conditions = self._conditions(query) + found
        text = search_condition(" ".join(plain), _AU.c.changes, _AU.c.actor, _AU.c.table_name)
        if text is not None:
            conditions.append(text)
        stmt = (
            select(
                _AU.c.id,
                _AU.c.at,
                _AU.c.actor,
                _AU.c.action,
                _AU.c.table_name,
                _AU.c.record_id,
                _AU.c.changes,
            )
            .select_from(source)
            .where(*conditions)
        )
        return stmt, {**_SORT, "at": key}

    def count(self, query: ListQuery) -> int:
        """How many audit rows ``query`` shows."""
        with self.db.reading() as session:
            connection = session.connection()
            indexed, plain = audit_search.indexed_words(connection, query.search)
            if indexed and not plain and not self._conditions(query):
                fast = audit_search.count(connection, indexed)  # no join when only words filter
                if fast is not None:
                    return fast
            return count_rows(session, self._select(query, session)[0])

    def page(self, query: ListQuery, offset: int, limit: int) -> list[AuditRow]:
        """One page, newest first by default; deep pages are read from the nearer end (:mod:`.paging`)."""
        if query.sort is None:
            query = query.with_sort("at", descending=True)

        with self.db.reading() as session:
            stmt, sort = self._select(query, session)

            def sorted_for(where: paging.Slice) -> Select[Any]:
                descending = query.descending != where.from_end
                column = sort.get(query.sort or "at", sort["at"])
                keys = [column] if column is sort["at"] else [column, sort["at"]]
                # One ORDER BY term for the key: FTS5 then hands rows over in order (no sort).
                return stmt.order_by(*(key.desc() if descending else key.asc() for key in keys))

            rows = paging.read(
                sorted_for,
                lambda s: session.execute(s).all(),
                offset,
                limit,
                lambda: count_rows(session, stmt),
            )
            names = _current_labels(session, rows)
        result = []
        for id_, at, actor, action, table_name, record_id, raw in rows:
            kind = AuditAction(action)
            changes = field_changes(kind, raw)
            result.append(
                AuditRow(
                    id=id_,
                    at=_aware(at),
                    actor=actor,
                    action=kind,
                    table_name=table_name,
                    record_id=record_id,
                    label=names.get((table_name, record_id)) or _label(changes, record_id),
                    fields=tuple(c.field for c in changes),
                )
            )
        return result

    def get(self, entry_id: int) -> AuditDetail:
        """One entry with its old and new values, for the detail pane."""
        with self.db.reading() as session:
            row = session.execute(select(_AU).where(_AU.c.id == entry_id)).first()
        if row is None:
            raise NotFoundError()
        action = AuditAction(row.action)
        return AuditDetail(
            id=row.id,
            at=_aware(row.at),
            actor=row.actor,
            action=action,
            table_name=row.table_name,
            record_id=row.record_id,
            record_uuid=str(row.record_uuid) if row.record_uuid is not None else None,
            changes=field_changes(action, row.changes),
        )

    def kinds(self) -> list[str]:
        """Every table name that has audit rows (from the (table_name, record_id) index)."""
        with self.db.reading() as session:
            stmt = select(_AU.c.table_name).distinct().order_by(_AU.c.table_name)
            return [str(name) for name in session.scalars(stmt)]

    def actors(self) -> list[str]:
        """Every name that has written something, for the operator filter."""
        with self.db.reading() as session:
            stmt = select(_AU.c.actor).distinct().order_by(_AU.c.actor)
            return [str(name) for name in session.scalars(stmt) if name]


def _current_labels(session: Session, rows: Sequence[Any]) -> dict[tuple[str, int], str]:
    """The code (or name) each record on the page has now: one query per table on the page.

    An update that changed only the price still says which design it was; a deleted record is
    named from the values its audit row kept.
    """
    wanted: dict[str, set[int]] = {}
    for row in rows:
        if row.record_id is not None:
            wanted.setdefault(row.table_name, set()).add(row.record_id)
    result: dict[tuple[str, int], str] = {}
    for table_name, ids in wanted.items():
        table = Base.metadata.tables.get(table_name)
        if table is None or "id" not in table.c:
            continue
        column = next((table.c[name] for name in ("code", "name", "reference") if name in table.c), None)
        if column is None:
            continue
        for record_id, value in session.execute(select(table.c.id, column).where(table.c.id.in_(ids))):
            if value:
                result[(table_name, record_id)] = str(value)
    return result


def _aware(value: datetime) -> datetime:
    """Core selects bypass the ORM type on some drivers; make sure the moment is UTC-aware."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
