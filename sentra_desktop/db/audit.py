"""Writes an audit row for every insert, update and delete a session flushes.

Installed on the session factory, so no service can forget it. The actor comes from
``session.info["actor"]``, which the unit of work sets; it also stamps ``created_by`` and
``updated_by`` on business records.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from sentra_desktop.core.enums import AuditAction
from sentra_desktop.db.base import LedgerMixin, RecordMixin
from sentra_desktop.db.models.audit import AuditEntry
from sentra_desktop.db.models.catalogue import DesignPhoto
from sentra_desktop.db.models.stock import StockBalance

# Tables whose every change is already an audited ledger or derived from one.
_SKIPPED = (AuditEntry, StockBalance)
_SKIPPED_COLUMNS = {"created_at", "updated_at", "created_by", "updated_by", "version"}


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    return value


def _values(obj: Any, *, changed_only: bool) -> dict[str, Any]:
    state = inspect(obj)
    result: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _SKIPPED_COLUMNS:
            continue
        if changed_only:
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            result[key] = [_plain(old), _plain(new)]
        elif key in state.dict:
            result[key] = _plain(state.dict[key])
    return result


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    actor = str(session.info.get("actor", ""))
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
    actor = str(session.info.get("actor", ""))
    rows: list[AuditEntry] = []
    for obj in session.info.pop("audit_new", []):
        rows.append(_entry(actor, AuditAction.INSERT, obj, _values(obj, changed_only=False)))
    for action, obj, changes in session.info.pop("audit_pending", []):
        rows.append(_entry(actor, action, obj, changes))
    if rows:
        session.add_all(rows)


def _entry(actor: str, action: AuditAction, obj: Any, changes: dict[str, Any]) -> AuditEntry:
    if isinstance(obj, DesignPhoto):
        record_id, record_uuid = obj.design_id, None
    else:
        record_id, record_uuid = getattr(obj, "id", None), getattr(obj, "uuid", None)
    return AuditEntry(
        actor=actor,
        action=action,
        table_name=obj.__tablename__,
        record_id=record_id,
        record_uuid=record_uuid,
        changes=json.dumps(changes, ensure_ascii=False, sort_keys=True),
    )


def install(factory: sessionmaker[Session]) -> None:
    """Audit every flush of sessions made by ``factory``."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
