"""The large demo's audit log: one row for every record it writes and every change it makes.

The rows have the shape the session's audit hook (:mod:`sentra_desktop.db.audit`) gives a save
through the program: an insert lists every column but the who-and-when ones (``created_at``,
``updated_at``, ``created_by``, ``updated_by``, ``version``) with the values the record had when
it was created (a new order is a draft; a voided entry was not voided yet); an update lists each
changed column as ``[old, new]``. Events are collected as the history is generated, then sorted
by time, so audit ids follow the clock as they do in a sentra that has run for years. The JSON is
built only while writing, a chunk at a time, to keep millions of rows out of memory.

Ledger rows (stock movements) get no audit row here: the ledger is itself the append-only
history of stock, with its own who and when, and auditing each of its four million rows would
double the file for no list the benchmarks read.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from sentra_desktop.core.enums import AuditAction, OrderStatus
from sentra_desktop.db import dialect
from sentra_desktop.db.models import AuditEntry
from sentra_desktop.demo import bulk
from sentra_desktop.demo.bulk import Row
from sentra_desktop.demo.masters import ACTOR

AUDIT_COLUMNS = ("id", "at", "actor", "action", "table_name", "record_id", "record_uuid", "changes")
_SKIPPED = {"created_at", "updated_at", "created_by", "updated_by", "version"}
# What a column held when its record was created, where the stored row shows a later state.
_AT_CREATION: dict[str, Any] = {
    "voided_at": None,
    "confirmed_at": None,
    "cancelled_at": None,
    "status": OrderStatus.DRAFT.value,
}
# Columns a save through the program never sets on a new record, which its audit row then omits
# (the unit of work lists only the attributes an object holds; a Core insert lists what it wrote).
_UNSET = {
    "sales_order": frozenset({"confirmed_at", "cancelled_at"}),
    "delivery": frozenset({"voided_at"}),
    "payment": frozenset({"voided_at"}),
    "material_receipt": frozenset({"voided_at", "member_business_id"}),
}
_CHUNK = 100_000


@dataclass(frozen=True)
class _Kind:
    """How one table's stored rows become the ``changes`` of their insert rows."""

    table: str
    rows: Sequence[Row]
    keys: tuple[tuple[str, int, str], ...]  # (column, position in the row, how to show it)

    def changes(self, row: Row) -> str:
        values: dict[str, Any] = {}
        for key, position, form in self.keys:
            value = row[position]
            if key in _AT_CREATION:
                value = _AT_CREATION[key]
            elif value is not None:  # a NULL is shown as null, whatever the column's form
                value = _shown(value, form)
            values[key] = value
        return json.dumps(values, ensure_ascii=False, sort_keys=True)


def _shown(value: Any, form: str) -> Any:
    """A stored value as the audit writer shows it (see :func:`_form`)."""
    if form == "uuid":
        return bulk.dashed(value)
    if form == "bool":
        return bool(value)
    if form == "thousandths":
        return str(Decimal(value) / 1000)
    if form == "moment":
        return bulk.iso(value)
    return value


def _form(column_type: Any) -> str:
    name = type(column_type).__name__
    return {"Uuid": "uuid", "Boolean": "bool", "Thousandths": "thousandths", "UTCDateTime": "moment"}.get(
        name, "plain"
    )


class AuditTrail:
    """Collects audit events as the history is generated; :meth:`write` sorts and writes them."""

    def __init__(self) -> None:
        self.kinds: dict[str, _Kind] = {}
        # (when, sequence, table, row position, changes of an update or "" for an insert)
        self.events: list[tuple[str, int, str, int, str]] = []

    def table(self, model: type[Any], columns: Sequence[str], rows: Sequence[Row]) -> None:
        """Register the stored rows of ``model`` (``columns`` order; ``id`` and ``uuid`` first)."""
        table = bulk.table_of(model)
        keys = tuple(
            (name, position, _form(table.c[name].type))
            for position, name in enumerate(columns)
            if name not in _SKIPPED and name not in _UNSET.get(table.name, ())
        )
        self.kinds[table.name] = _Kind(table.name, rows, keys)

    def inserted(self, at: str, table: str, position: int) -> None:
        """The row at ``position`` of ``table``'s rows was saved at ``at`` (a stored timestamp)."""
        self.events.append((at, len(self.events), table, position, ""))

    def updated(self, at: str, table: str, position: int, changes: dict[str, list[Any]]) -> None:
        """The row at ``position`` changed at ``at``: ``changes`` maps columns to ``[old, new]``."""
        self.events.append(
            (at, len(self.events), table, position, json.dumps(changes, ensure_ascii=False, sort_keys=True))
        )

    def __len__(self) -> int:
        return len(self.events)

    def write(self, connection: Connection) -> int:
        """Write every event in time order after the audit rows already there; returns how many."""
        table = bulk.table_of(AuditEntry)
        self.events.sort()
        first = bulk.next_id(connection, table)
        insert, update = AuditAction.INSERT.value, AuditAction.UPDATE.value
        with dialect.indexes_built_after(connection, table):
            for start in range(0, len(self.events), _CHUNK):
                chunk: list[Row] = []
                for offset, (at, _, name, position, changes) in enumerate(
                    self.events[start : start + _CHUNK], start=first + start
                ):
                    kind = self.kinds[name]
                    row = kind.rows[position]
                    if changes:
                        chunk.append((offset, at, ACTOR, update, name, row[0], row[1], changes))
                    else:
                        chunk.append((offset, at, ACTOR, insert, name, row[0], row[1], kind.changes(row)))
                bulk.write(connection, table, AUDIT_COLUMNS, chunk)
        return len(self.events)
