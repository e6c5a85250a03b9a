"""Merging one checked packet's rows into a sentra's replica, on one connection in one transaction.

Rows come in the sentra's foreign-key order and keep the sentra's own keys (one replica per
sentra, so they never collide with another's). A row is inserted when its key is new, replaced
when its change sequence is newer than the replica's, and left alone otherwise, so the same
packet merged twice changes nothing; a key whose UUID differs from the replica's is refused.
Tombstones delete by UUID, children first. Afterwards the derived tables (stock balances, the
monthly summaries, the audit search index) are rebuilt from the merged records, so ``check``
and the Kinerja figures read the replica as they read the sentra's own database.
"""

from __future__ import annotations

import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Dialect,
    Table,
    Uuid,
    bindparam,
    delete,
    inspect,
    select,
    text,
    tuple_,
)

from sentra_desktop.core.errors import SentraError
from sentra_desktop.db import dialect
from sentra_desktop.db.base import Base
from sentra_desktop.db.travel import travels
from sentra_desktop.db.types import UTCDateTime
from sentra_desktop.services.agency import bulk, derived, template
from sentra_desktop.services.packet.format import Packet
from sentra_desktop.services.packet.rows import decoder as json_decoder

CHUNK = 2_000
SEQ = "change_seq"
# Written once and never changed (the database refuses UPDATE and DELETE on them).
APPEND_ONLY = frozenset({"audit_log"})

Converter = Callable[[Any], Any]


@dataclass
class MergeCounts:
    """What one merge did, per table."""

    inserted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    replaced: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    deleted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    seconds: dict[str, float] = field(default_factory=dict)  # phase -> seconds, for the bench's log

    @property
    def changed(self) -> int:
        return sum(self.inserted.values()) + sum(self.replaced.values()) + sum(self.deleted.values())


def tables() -> dict[str, Table]:
    import sentra_desktop.db.models  # noqa: F401 - registers every table

    return {t.name: t for t in Base.metadata.sorted_tables}


def _default(column: Any) -> Callable[[], Any] | None:
    """A column's Python-side default, for rows of an older revision that lack the column."""
    default = column.default
    if default is None or not (default.is_scalar or default.is_callable):
        return None
    if default.is_callable:
        return lambda: default.arg(None)
    return lambda: default.arg


def _composed(decode: Converter | None, bind: Converter | None) -> Converter | None:
    if decode is None:
        return bind
    if bind is None:
        return decode
    return lambda v: bind(decode(v))


class _Shape:
    """How rows of one table are turned into Python values and into the driver's values."""

    def __init__(self, table: Table, sql_dialect: Dialect) -> None:
        self.table = table
        self.decode = {c.name: json_decoder(c) for c in table.c}
        self.bind = {c.name: c.type.bind_processor(sql_dialect) for c in table.c}
        self.defaults = {c.name: _default(c) for c in table.c}
        self.keys = [c.name for c in table.primary_key.columns]
        # Straight from JSON to the driver. A server reads ISO dates, moments (UTC, stored
        # without their zone) and UUIDs in their text form itself: no Python object between.
        server = sql_dialect.name == "postgresql"
        self.direct = {
            c.name: None
            if server and isinstance(c.type, UTCDateTime | Date | Uuid)
            else _composed(self.decode[c.name], self.bind[c.name])
            for c in table.c
        }

    def python(self, row: dict[str, Any]) -> dict[str, Any]:
        """A packet row as Python values; columns this revision no longer has are dropped."""
        decode = self.decode
        return {
            k: v if v is None or decode[k] is None else decode[k](v)  # type: ignore[misc]
            for k, v in row.items()
            if k in decode
        }

    def completed(self, row: dict[str, Any]) -> dict[str, Any]:
        """The row with the defaults of columns its (older) revision did not have."""
        for name, default in self.defaults.items():
            if name not in row and default is not None:
                row[name] = default()
        return row

    def key(self, row: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(row[name] for name in self.keys)

    def driver_rows(self, rows: list[dict[str, Any]]) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Packet rows (JSON values) as driver rows, columns the packet lacks filled by default."""
        given = [name for name in rows[0] if name in self.direct]
        missing = [(n, d) for n, d in self.defaults.items() if n not in rows[0] and d is not None]
        steps = [(name, self.direct[name]) for name in given]
        out = []
        for row in rows:
            values = [
                value if convert is None or value is None else convert(value)
                for value, convert in ((row.get(name), convert) for name, convert in steps)
            ]
            for name, default in missing:
                value = default()
                bind = self.bind[name]
                values.append(value if bind is None or value is None else bind(value))
            out.append(tuple(values))
        return given + [name for name, _ in missing], out


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def merge(
    conn: Connection, packet: Packet, *, fresh: bool, deferred: template.Deferred | None = None
) -> MergeCounts:
    """Merge ``packet`` into the replica behind ``conn`` (inside the caller's transaction).

    ``fresh``: the replica was just made empty (a full packet): every row is inserted at once.
    ``deferred``: a server replica just cloned without its keys and indexes, added at the end.

    Raises:
        SentraError: ``packet_uuid_conflict`` when a key's UUID differs from the replica's.
    """
    counts = MergeCounts()
    clock = _Phases(counts.seconds)
    known = tables()
    carried = set(packet.tables)
    touched = derived.Touched()
    # A full packet on a server: the standard bulk load (see :mod:`.bulk`), in this transaction.
    server = fresh and conn.dialect.name == "postgresql"
    if server:  # sorts for the index builds and the summaries' groups in memory, for this load only
        conn.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{bulk.MAINTENANCE_MEMORY}'")
        conn.exec_driver_sql(f"SET LOCAL work_mem = '{bulk.WORK_MEMORY}'")
    if deferred is not None:
        indexes, keys, unique = deferred.indexes, deferred.foreign_keys, deferred.keys
    else:
        indexes = bulk.secondary_indexes(conn) if server else []
        keys, unique = bulk.foreign_keys(conn) if server else [], []
        bulk.drop_foreign_keys(conn, keys)
        bulk.drop_indexes(conn, indexes)
    clock("prepare")
    for name, table in known.items():
        if name not in carried or not travels(name):
            continue
        shape = _Shape(table, conn.dialect)
        if server:
            counts.inserted[name] += bulk.copy_rows(conn, table, packet.records(name), shape.defaults)
            continue
        for chunk in _chunks(packet.records(name), CHUNK):
            if fresh:
                dialect.write_raw(conn, table, *shape.driver_rows(chunk))
                counts.inserted[name] += len(chunk)
            else:
                _upsert(conn, shape, [shape.python(row) for row in chunk], counts, touched)
    clock("rows")
    _delete(conn, known, packet, counts, touched)
    dialect.reset_sequences(conn, [known[name] for name, n in counts.inserted.items() if n])
    if fresh:
        derived.rebuild_all(conn)
        clock("derived")
        bulk.add_foreign_keys(conn, unique)  # primary and unique keys, before the keys naming them
        bulk.create_indexes(conn, indexes)
        clock("indexes")
        bulk.add_foreign_keys(conn, keys)
        clock("keys")
    else:
        derived.rebuild_touched(conn, touched)
        clock("derived")
    return counts


class _Phases:
    """Seconds since the last call, noted under each phase's name."""

    def __init__(self, seconds: dict[str, float]) -> None:
        self.seconds = seconds
        self.last = time.perf_counter()

    def __call__(self, phase: str) -> None:
        now = time.perf_counter()
        self.seconds[phase] = self.seconds.get(phase, 0.0) + now - self.last
        self.last = now


def _insert(conn: Connection, shape: _Shape, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    rows = [shape.completed(row) for row in rows]
    names = list(rows[0])
    binds = [shape.bind[name] for name in names]
    dialect.write_raw(
        conn,
        shape.table,
        names,
        [
            tuple(
                value if bind is None or value is None else bind(value)
                for value, bind in zip((row.get(n) for n in names), binds, strict=True)
            )
            for row in rows
        ],
    )


def _upsert(
    conn: Connection, shape: _Shape, rows: list[dict[str, Any]], counts: MergeCounts, touched: derived.Touched
) -> None:
    table = shape.table
    keys = [table.c[name] for name in shape.keys]
    wanted = [shape.key(row) for row in rows]
    columns = [*keys]
    has_uuid = "uuid" in table.c
    has_seq = SEQ in table.c
    if has_uuid:
        columns.append(table.c.uuid)
    if has_seq:
        columns.append(table.c[SEQ])
    where = keys[0].in_([k[0] for k in wanted]) if len(keys) == 1 else tuple_(*keys).in_(wanted)
    existing = {
        tuple(found[: len(keys)]): tuple(found[len(keys) :])
        for found in conn.execute(select(*columns).where(where))
    }
    fresh: list[dict[str, Any]] = []
    newer: list[dict[str, Any]] = []
    for row, key in zip(rows, wanted, strict=True):
        have = existing.get(key)
        if have is None:
            fresh.append(row)
            continue
        if has_uuid and row.get("uuid") is not None and have[0] != row["uuid"]:
            raise SentraError("packet_uuid_conflict", table=table.name, key=str(key[0]))
        if table.name in APPEND_ONLY:
            continue
        if has_seq and int(row.get(SEQ) or 0) <= int(have[-1] or 0):
            continue
        if not has_seq and not has_uuid:
            continue  # a plain link row that exists is the same link
        newer.append(row)
    if newer:
        replaced = [shape.key(row) for row in newer]
        touched.note_existing(
            conn,
            table,
            keys[0].in_([k[0] for k in replaced]) if len(keys) == 1 else tuple_(*keys).in_(replaced),
        )
    touched.note_rows(table.name, fresh + newer)
    _insert(conn, shape, fresh)
    counts.inserted[table.name] += len(fresh)
    if newer:
        _update(conn, shape, newer)
        counts.replaced[table.name] += len(newer)


def _update(conn: Connection, shape: _Shape, rows: list[dict[str, Any]]) -> None:
    table = shape.table
    by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_shape[tuple(sorted(n for n in row if n not in shape.keys))].append(row)
    for names, group in by_shape.items():
        statement = (
            table.update()
            .where(*(table.c[k] == bindparam(f"k_{k}") for k in shape.keys))
            .values({n: bindparam(f"v_{n}", type_=table.c[n].type) for n in names})
        )
        conn.execute(
            statement,
            [
                {**{f"k_{k}": row[k] for k in shape.keys}, **{f"v_{n}": row.get(n) for n in names}}
                for row in group
            ],
        )


def _delete(
    conn: Connection, known: dict[str, Table], packet: Packet, counts: MergeCounts, touched: derived.Touched
) -> None:
    """Tombstones: the rows deleted at the sentra, children before parents."""
    doomed: dict[str, list[uuid.UUID]] = defaultdict(list)
    for stone in packet.tombstones():
        doomed[str(stone["table"])].append(uuid.UUID(str(stone["uuid"])))
    for name in reversed(list(known)):
        table = known[name]
        if name not in doomed or "uuid" not in table.c or name in APPEND_ONLY or not travels(name):
            continue
        for start in range(0, len(doomed[name]), CHUNK):
            part = doomed[name][start : start + CHUNK]
            touched.note_existing(conn, table, table.c.uuid.in_(part))
            result = conn.execute(delete(table).where(table.c.uuid.in_(part)))
            counts.deleted[name] += int(result.rowcount or 0)


COUNTER_TABLE = "change_counter"
COUNTER_COLUMN = "value"


def replica_seq(conn: Connection) -> int | None:
    """How far the replica was merged (its change counter), None before change tracking existed."""
    if not inspect(conn).has_table(COUNTER_TABLE):
        return None
    value = conn.execute(text(f"SELECT {COUNTER_COLUMN} FROM {COUNTER_TABLE}")).scalar()
    return None if value is None else int(value)


def set_replica_seq(conn: Connection, seq: int) -> None:
    """Written in the merge's own transaction: the replica itself says how far it was merged."""
    if not inspect(conn).has_table(COUNTER_TABLE):
        return
    if conn.execute(text(f"UPDATE {COUNTER_TABLE} SET {COUNTER_COLUMN} = :seq"), {"seq": seq}).rowcount == 0:
        sql = f"INSERT INTO {COUNTER_TABLE} (id, {COUNTER_COLUMN}) VALUES (1, :seq)"
        conn.execute(text(sql), {"seq": seq})
