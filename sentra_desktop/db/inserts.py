"""Inserts beside the unit of work: audited Core inserts, bulk inserts, and time-ordered keys.

For hot paths (saving a production entry, posting ledger rows) and imports, where building ORM
objects costs more than the insert itself. Every row still gets its audit row through
:func:`sentra_desktop.db.audit.write_audit`, as an ORM save would: one row per record, or for a
bulk import one summary row naming every id it wrote.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import AuditAction
from sentra_desktop.db import change_seq, dialect
from sentra_desktop.db.audit import AuditRecord, AuditRow, actor_of, inserted_values, write_audit
from sentra_desktop.db.types import utcnow

_RANDOM = random.Random()


def insert_audited(session: Session, table: Table, values: Mapping[str, Any]) -> int:
    """Insert one business record (a RecordMixin table) with its audit row; returns its id.

    Fills the bookkeeping columns as the unit of work would: key, UUID, timestamps, who,
    version 1.
    """
    actor = actor_of(session)
    now = utcnow()
    row = {
        **values,
        "uuid": uuid.uuid4(),
        "created_at": now,
        "updated_at": now,
        "created_by": actor,
        "updated_by": actor,
        "version": 1,
    }
    return insert_audited_rows(session, table, [row])[0]


def insert_audited_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Insert complete rows (bookkeeping columns included) and one audit row each; their ids in order."""
    if not rows:
        return []
    connection = session.connection()
    stamped = change_seq.stamp(connection, table, rows)
    if len(rows) == 1:
        ids = [int(connection.scalar(insert(table).returning(table.c.id), stamped[0]))]
    else:
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        ids = [int(i) for i in connection.scalars(statement, stamped)]
    actor = actor_of(session)
    write_audit(
        connection,
        [
            AuditRecord(actor, AuditAction.INSERT, table.name, i, row.get("uuid"), inserted_values(i, row))
            for i, row in zip(ids, rows, strict=True)
        ],
    )
    return ids


def bulk_insert(
    session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert many rows of Python values (``columns`` order) as fast as the driver allows; not audited.

    See :func:`sentra_desktop.db.dialect.insert_rows` (SQLite: the stored forms through the
    driver's executemany; PostgreSQL: COPY). Column defaults are not applied: give every column
    that may not be NULL. The caller audits what it wrote with :func:`audit_bulk`.
    """
    connection = session.connection()
    dialect.insert_rows(connection, table, *_with_seq(connection, table, columns, rows))


def _with_seq(
    connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> tuple[Sequence[str], Sequence[Sequence[Any]]]:
    """``columns`` and ``rows`` with this transaction's change sequence added when the table travels."""
    if not change_seq.travels(table, connection) or "change_seq" in columns:
        return columns, rows
    seq = change_seq.seq_for(connection)
    return [*columns, "change_seq"], [(*row, seq) for row in rows]


def bulk_insert_returning_ids(
    session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> list[int]:
    """:func:`bulk_insert` for a table keyed by a generated ``id``; the new ids in row order."""
    connection = session.connection()
    return dialect.insert_rows_returning_ids(connection, table, *_with_seq(connection, table, columns, rows))


def audit_bulk(
    session: Session, table: Table, ids: Sequence[int], also: Mapping[str, Sequence[int]] | None = None
) -> AuditRow:
    """Write the one summary audit row of a bulk import of ``ids`` into ``table``.

    It names every record written: ``ids`` as ranges (see :func:`id_ranges`), and for each
    table in ``also`` (rows the import wrote beside, e.g. ledger rows) a ``<table>_ids`` field.
    """
    changes: dict[str, Any] = {"bulk_import": len(ids), "ids": id_ranges(ids)}
    for name, written in (also or {}).items():
        changes[f"{name}_ids"] = id_ranges(written)
    record = AuditRecord(actor_of(session), AuditAction.INSERT, table.name, None, None, changes)
    return write_audit(session.connection(), [record])[0]


def id_ranges(ids: Iterable[int]) -> str:
    """Ids as sorted ranges: ``[1, 2, 3, 7, 9, 10]`` -> ``"1-3,7,9-10"``."""
    parts: list[str] = []
    ordered = sorted(set(ids))
    start = 0
    for index in range(1, len(ordered) + 1):
        if index == len(ordered) or ordered[index] != ordered[index - 1] + 1:
            first, last = ordered[start], ordered[index - 1]
            parts.append(str(first) if first == last else f"{first}-{last}")
            start = index
    return ",".join(parts)


def expand_ranges(text: str) -> list[int]:
    """The ids :func:`id_ranges` wrote, in order."""
    result: list[int] = []
    for part in filter(None, text.split(",")):
        first, _, last = part.partition("-")
        result.extend(range(int(first), int(last or first) + 1))
    return result


def ordered_uuids(count: int) -> list[uuid.UUID]:
    """``count`` time-ordered UUIDs (version 7: milliseconds, a sequence, random bits), ascending.

    For bulk writes: random version-4 keys land all over the UUID index, so importing ten
    thousand rows into a million-row table rewrites most of that index's pages; time-ordered
    keys go to one end of it. They are as unique as any UUID for merging data later.
    """
    start = time.time_ns() // 1_000_000
    bits = _RANDOM.getrandbits
    return [
        uuid.UUID(
            int=((start + (i >> 12)) << 80) | (0x7 << 76) | ((i & 0xFFF) << 64) | (0b10 << 62) | bits(62)
        )
        for i in range(count)
    ]
