"""Stamping every insert, update and delete of a travelled row with this database's change sequence.

One counter per database (``change_counter``, one row) is bumped once per transaction, at its
first travelled write, and every row that transaction inserts or updates gets that number in its
``change_seq``; a deleted row leaves a ``change_tombstone`` with it. A packet to the agency then
carries everything above the last number sent, whatever the clocks say. On a PostgreSQL server
the bump holds the counter row's lock until commit, so numbers follow the order transactions
commit in and an export never skips a transaction still running.

Three paths write rows, and each stamps here, in the same transaction, never by a database
trigger (the schema checks forbid them): the unit of work through the mapper events below,
installed for every mapped class; audited Core inserts and bulk imports through
:func:`stamp` and :func:`seq_for` (used by :mod:`sentra_desktop.db.inserts` and
:func:`sentra_desktop.db.audit.write_audit`); and the few Core updates in services, which add
``change_seq=seq_for(connection)`` to their values (a Core delete of a travelled row would have
to write its tombstone the same way; none exists today). The guard test
(``tests/db/test_change_seq.py``) runs a broad set of service operations and proves it.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, event, insert, inspect, literal, select, update
from sqlalchemy.orm import Mapper, Session, object_session

from sentra_desktop.db.base import Base
from sentra_desktop.db.models.tracking import ChangeCounter, ChangeTombstone
from sentra_desktop.db.travel import TRAVELLED

_CC = cast(Table, ChangeCounter.__table__)
_TOMB = cast(Table, ChangeTombstone.__table__)
_KEY = "sentra.change_seq"
_present: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def tracked(connection: Connection) -> bool:
    """Whether this database counts changes (looked up once per engine): a file at an older
    revision, opened to be migrated, has no counter yet."""
    engine = connection.engine
    known = _present.get(engine)
    if known is None:
        known = _present[engine] = inspect(connection).has_table("change_counter")
    return known


def forget(engine: Engine) -> None:
    """Look the counter up again on the next write (after a migration made or dropped it)."""
    _present.pop(engine, None)


def current(connection: Connection) -> int:
    """The last change sequence handed out (0 before the first tracked write)."""
    return int(connection.scalar(select(_CC.c.value).where(_CC.c.id == 1)) or 0)


def seq_for(connection: Connection) -> int:
    """This transaction's change sequence: the counter bumped at its first call, then reused."""
    transaction = connection.get_transaction()
    held = connection.info.get(_KEY)
    if held is not None and transaction is not None and held[0] is transaction:
        return int(held[1])
    value = connection.scalar(
        update(_CC).where(_CC.c.id == 1).values(value=_CC.c.value + 1).returning(_CC.c.value)
    )
    if value is None:  # an emptied table (a test's truncation): start counting again
        value = 1
        connection.execute(insert(_CC).values(id=1, value=value))
    connection.info[_KEY] = (transaction, int(value))
    return int(value)


def travels(table: Table, connection: Connection) -> bool:
    """Whether writes to ``table`` on this database are stamped."""
    return table.name in TRAVELLED and tracked(connection)


def stamp(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` for a Core insert into ``table``, with this transaction's ``change_seq`` when it travels."""
    if not travels(table, connection):
        return [dict(row) for row in rows]
    seq = seq_for(connection)
    return [{**row, "change_seq": seq} for row in rows]


@cache
def _cascaded(table: Table) -> list[tuple[Table, str, str]]:
    """Travelled tables whose rows the database deletes with a row of ``table`` (ON DELETE CASCADE):
    (child, its column, the referenced column)."""
    found = []
    for child in Base.metadata.sorted_tables:
        if child.name not in TRAVELLED or "uuid" not in child.c:
            continue
        for fk in child.foreign_keys:
            if fk.column.table is table and (fk.ondelete or "").upper() == "CASCADE":
                found.append((child, fk.parent.name, fk.column.name))
    return found


# --- the unit of work's mapper events -------------------------------------------------------------


def _on_insert(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    if cast(Table, mapper.local_table).name in TRAVELLED and tracked(connection):
        target.change_seq = seq_for(connection)


def _on_update(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    if cast(Table, mapper.local_table).name not in TRAVELLED or not tracked(connection):
        return
    session = object_session(target)
    if session is not None and session.is_modified(target, include_collections=False):
        target.change_seq = seq_for(connection)


def _on_delete(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    table = cast(Table, mapper.local_table)
    if table.name in TRAVELLED and "uuid" in table.c and tracked(connection):
        seq = seq_for(connection)
        connection.execute(insert(_TOMB).values(uuid=target.uuid, table_name=table.name, change_seq=seq))


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Bury the rows the database or a many-to-many relationship deletes along with a deleted
    record (``mould_design`` of a design or a mould): no mapper event sees them go, and by the
    parent's own ``before_delete`` they are already gone."""
    parents = [obj for obj in session.deleted if _cascaded(cast(Table, inspect(obj).mapper.local_table))]
    if not parents:
        return
    connection = session.connection()
    if not tracked(connection):
        return
    seq = seq_for(connection)
    for obj in parents:
        for child, column, referenced in _cascaded(cast(Table, inspect(obj).mapper.local_table)):
            rows = select(child.c.uuid, literal(child.name), literal(seq)).where(
                child.c[column] == getattr(obj, referenced)
            )
            connection.execute(insert(_TOMB).from_select(["uuid", "table_name", "change_seq"], rows))


event.listen(Session, "before_flush", _before_flush)
event.listen(Base, "before_insert", _on_insert, propagate=True)
event.listen(Base, "before_update", _on_update, propagate=True)
event.listen(Base, "before_delete", _on_delete, propagate=True)
