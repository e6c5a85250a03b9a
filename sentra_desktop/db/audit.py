"""The one audit writer: every audit row, whichever path saved the record, goes through here.

Records are saved three ways: by the unit of work (ORM flushes, audited by the session hooks
below, installed on the session factory so no service can forget them), by single Core inserts
on hot paths and by bulk imports (:mod:`sentra_desktop.db.inserts`). Each builds
:class:`AuditRecord`s and hands them to :func:`write_audit`, which turns the values into the same
JSON, inserts the rows and calls the listeners added with :func:`add_listener` in the same
transaction. What must follow every audited write (a search index, a summary) hangs on those
listeners, never on database triggers, so every path feeds it alike.

The actor comes from ``session.info["actor"]``, which the unit of work sets; the ORM hooks also
stamp ``created_by`` and ``updated_by`` on business records.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, cast

from sqlalchemy import Connection, Table, event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from sentra_desktop.core.enums import AuditAction
from sentra_desktop.db import change_seq
from sentra_desktop.db.base import LedgerMixin, RecordMixin
from sentra_desktop.db.models.audit import AuditEntry
from sentra_desktop.db.models.catalogue import DesignPhoto
from sentra_desktop.db.models.stock import StockBalance
from sentra_desktop.db.types import utcnow

_AU = cast(Table, AuditEntry.__table__)
# Tables whose every change is already an audited ledger or derived from one.
_SKIPPED = (AuditEntry, StockBalance)
# Bookkeeping columns every record has; the audit row's own columns say who and when.
SKIPPED_COLUMNS = frozenset({"created_at", "updated_at", "created_by", "updated_by", "version", "change_seq"})


@dataclass(frozen=True)
class AuditRecord:
    """One change to audit: ``changes`` maps a field to its value (insert, delete) or [old, new]."""

    actor: str
    action: AuditAction
    table_name: str
    record_id: int | None
    record_uuid: uuid.UUID | None
    changes: Mapping[str, Any]


@dataclass(frozen=True)
class AuditRow:
    """An audit row as written, handed to the listeners: its key, its moment, what it records."""

    id: int
    at: datetime
    record: AuditRecord
    changes: str  # as stored: the JSON of ``record.changes``


AuditListener = Callable[[Connection, Sequence[AuditRow]], None]
_LISTENERS: list[AuditListener] = []


def add_listener(listener: AuditListener) -> None:
    """Call ``listener(connection, rows)`` after every audit write, inside its transaction.

    A listener that raises rolls the whole save back: it is part of the write, not a notice.
    """
    if listener not in _LISTENERS:
        _LISTENERS.append(listener)


def remove_listener(listener: AuditListener) -> None:
    """Stop calling ``listener`` (nothing happens when it was not added)."""
    if listener in _LISTENERS:
        _LISTENERS.remove(listener)


@contextmanager
def listening(listener: AuditListener) -> Iterator[None]:
    """``listener`` is called for the audit writes made inside the ``with`` block."""
    add_listener(listener)
    try:
        yield
    finally:
        remove_listener(listener)


def plain(value: Any) -> Any:
    """A value as the audit JSON stores it: dates in ISO form, decimals and UUIDs as text."""
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    return value


def changes_json(changes: Mapping[str, Any]) -> str:
    """The stored form of ``changes``: the same keys and text for every path that writes."""
    return json.dumps(
        {key: plain(value) for key, value in changes.items()}, ensure_ascii=False, sort_keys=True
    )


def actor_of(session: Session) -> str:
    """Who acts in ``session`` (set by the unit of work)."""
    return str(session.info.get("actor", ""))


def write_audit(connection: Connection, records: Sequence[AuditRecord]) -> list[AuditRow]:
    """Insert one audit row per record, then call the listeners with them; returns the rows.

    Args:
        connection: the connection of the transaction that saved the records.
        records: what changed; their order is the order of the audit ids.
    """
    if not records:
        return []
    now = utcnow()
    values = [
        {
            "at": now,
            "actor": r.actor,
            "action": AuditAction(r.action),
            "table_name": r.table_name,
            "record_id": r.record_id,
            "record_uuid": r.record_uuid,
            "changes": changes_json(r.changes),
        }
        for r in records
    ]
    if change_seq.tracked(connection):
        seq = change_seq.seq_for(connection)
        for value in values:
            value["change_seq"] = seq
    if len(values) == 1:
        ids = [int(connection.scalar(insert(_AU).returning(_AU.c.id), values[0]))]
    else:
        ids = list(connection.scalars(insert(_AU).returning(_AU.c.id, sort_by_parameter_order=True), values))
    rows = [
        AuditRow(row_id, now, record, str(row["changes"]))
        for row_id, record, row in zip(ids, records, values, strict=True)
    ]
    for listener in list(_LISTENERS):
        listener(connection, rows)
    return rows


def inserted_values(record_id: int, row: Mapping[str, Any]) -> dict[str, Any]:
    """The audited values of a row inserted with ``record_id``: every column but the bookkeeping."""
    return {key: value for key, value in {"id": record_id, **row}.items() if key not in SKIPPED_COLUMNS}


# --- the unit of work's hooks ---------------------------------------------------------------------


def _values(obj: Any, *, changed_only: bool) -> dict[str, Any]:
    state = inspect(obj)
    result: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in SKIPPED_COLUMNS:
            continue
        if changed_only:
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            result[key] = [old, new]
        elif key in state.dict:
            result[key] = state.dict[key]
    return result


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    actor = actor_of(session)
    for obj in session.new:
        if isinstance(obj, RecordMixin):
            obj.created_by = obj.created_by or actor
            obj.updated_by = actor
        elif isinstance(obj, LedgerMixin):
            obj.created_by = obj.created_by or actor
    for obj in session.dirty:
        if isinstance(obj, RecordMixin) and session.is_modified(obj, include_collections=False):
            obj.updated_by = actor
    pending: list[tuple[AuditAction, Any, dict[str, Any]]] = []
    for obj in session.dirty:
        if isinstance(obj, _SKIPPED) or not session.is_modified(obj, include_collections=False):
            continue
        changes = _values(obj, changed_only=True)
        if changes:
            pending.append((AuditAction.UPDATE, obj, changes))
    for obj in session.deleted:
        if not isinstance(obj, _SKIPPED):
            pending.append((AuditAction.DELETE, obj, _values(obj, changed_only=False)))
    session.info.setdefault("audit_pending", []).extend(pending)
    session.info.setdefault("audit_new", []).extend(
        obj for obj in session.new if not isinstance(obj, _SKIPPED)
    )


def _after_flush(session: Session, _context: Any) -> None:
    actor = actor_of(session)
    records: list[AuditRecord] = []
    for obj in session.info.pop("audit_new", []):
        records.append(_record(actor, AuditAction.INSERT, obj, _values(obj, changed_only=False)))
    for action, obj, changes in session.info.pop("audit_pending", []):
        records.append(_record(actor, action, obj, changes))
    write_audit(session.connection(), records)


def _record(actor: str, action: AuditAction, obj: Any, changes: dict[str, Any]) -> AuditRecord:
    record_id: int | None
    if isinstance(obj, DesignPhoto):
        record_id, record_uuid = obj.design_id, None
    else:
        record_id, record_uuid = getattr(obj, "id", None), getattr(obj, "uuid", None)
    return AuditRecord(actor, action, obj.__tablename__, record_id, record_uuid, changes)


def install(factory: sessionmaker[Session]) -> None:
    """Audit every flush of sessions made by ``factory``."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)


# The after-write listeners register themselves on import (each imports this module first):
# whoever writes through the audit writer has them, however late the writer itself is imported.
from sentra_desktop.db import audit_search, pay_watch, summaries  # noqa: E402, F401
