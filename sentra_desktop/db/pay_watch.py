"""Noting production entries changed after a payment covered them, for the pay corrections.

A listener on the one audit writer: when an entry is saved, edited, voided or imported and a paid
period covers it (its day now, or a stored line from before), its id goes into
``pay_entry_change``. Corrections then compare live figures with stored lines for those few
entries only, instead of every paid period's production.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, Table, exists, insert, inspect, select, union

from sentra_desktop.db import audit
from sentra_desktop.db.inserts import expand_ranges
from sentra_desktop.db.models.pay import PayEntryChange, PayLine, PayPeriod
from sentra_desktop.db.models.production import ProductionEntry

_PE = cast(Table, ProductionEntry.__table__)
_PP = cast(Table, PayPeriod.__table__)
_PL = cast(Table, PayLine.__table__)
_CH = cast(Table, PayEntryChange.__table__)
_CHUNK = 500
_present: WeakKeyDictionary[Engine, bool] = WeakKeyDictionary()


def forget(engine: Engine) -> None:
    """Look the pay tables up again on the next write (after a migration made or dropped them)."""
    _present.pop(engine, None)


def _tables_present(connection: Connection) -> bool:
    engine = connection.engine
    if engine not in _present:
        _present[engine] = inspect(connection).has_table(_CH.name)
    return _present[engine]


def touched_entries(rows: Sequence[audit.AuditRow]) -> set[int]:
    """The production entries the audit rows record, single saves and imports alike."""
    ids: set[int] = set()
    for row in rows:
        record = row.record
        if record.table_name != _PE.name:
            continue
        if record.record_id is not None:
            ids.add(record.record_id)
        elif isinstance(record.changes.get("ids"), str):
            ids.update(expand_ranges(record.changes["ids"]))
    return ids


def note_changes(connection: Connection, rows: Sequence[audit.AuditRow]) -> None:
    """The audit writer's listener: remember the touched entries a paid period covers."""
    ids = touched_entries(rows)
    if not ids or not _tables_present(connection):
        return
    if connection.scalar(select(_PP.c.id).limit(1)) is None:
        return
    ordered = sorted(ids)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        covered = exists().where(_PP.c.starts_on <= _PE.c.produced_on, _PP.c.ends_on >= _PE.c.produced_on)
        candidates = union(
            select(_PE.c.id.label("entry_id")).where(_PE.c.id.in_(chunk), covered),
            select(_PL.c.entry_id).where(_PL.c.entry_id.in_(chunk)),
        ).subquery()
        known = set(connection.scalars(select(_CH.c.entry_id).where(_CH.c.entry_id.in_(chunk))))
        new = [e for e in connection.scalars(select(candidates.c.entry_id)) if e not in known]
        if new:
            connection.execute(insert(_CH), [{"entry_id": e} for e in new])


audit.add_listener(note_changes)
