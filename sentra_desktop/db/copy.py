"""Copying every record from one database to another, SQLite or PostgreSQL, ids and UUIDs kept.

Tables are copied parents first (the metadata's foreign-key order), each in key order, so a row
always finds the rows it points at, including a stock reversal pointing at an earlier movement.
The target must be migrated to the same revision and hold no records. The copy is one
transaction on the target: it is complete or absent. Afterwards the key sequences of a
PostgreSQL target follow the copied ids, and the counts of every table and the stock totals are
compared between both sides.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import BigInteger, Connection, Engine, Row, Table, func, select, type_coerce

from sentra_desktop.db import dialect, watchdog
from sentra_desktop.db.base import Base

log = logging.getLogger("sentra.db")

CHUNK_ROWS = 5_000
# Rows with pictures are large; fewer at a time keeps memory flat.
SMALL_CHUNK_TABLES = {"design_photo": 100, "sentra_profile": 10}

CopyProgress = Callable[[int, int, str], None]
# One-row tables every migrated database has from its creation: the copy replaces them with the
# source's, so the copy stays the same sentra (its identity and key) at the same change count.
MADE_WITH_DATABASE = ("change_counter", "sentra_identity")


class TargetNotEmptyError(RuntimeError):
    """The target database already holds records; copying into it is refused."""

    def __init__(self, tables: list[str]) -> None:
        self.tables = tables
        super().__init__(", ".join(tables))


class CopyMismatchError(RuntimeError):
    """After the copy, counts or stock totals differ between source and target."""

    def __init__(self, differences: list[str]) -> None:
        self.differences = differences
        super().__init__("; ".join(differences))


@dataclass(frozen=True)
class Totals:
    """What is compared after a copy: rows per table and the stock sums."""

    rows: dict[str, int] = field(default_factory=dict)
    stock: dict[str, int] = field(default_factory=dict)

    def differences(self, other: Totals) -> list[str]:
        out = [
            f"{name}: {self.rows.get(name)} rows, copy has {other.rows.get(name)}"
            for name in sorted(set(self.rows) | set(other.rows))
            if self.rows.get(name) != other.rows.get(name)
        ]
        out += [
            f"{name}: {self.stock.get(name)}, copy has {other.stock.get(name)}"
            for name in sorted(set(self.stock) | set(other.stock))
            if self.stock.get(name) != other.stock.get(name)
        ]
        return out


def tables() -> list[Table]:
    """Every table of the model, parents before children."""
    import sentra_desktop.db.models  # noqa: F401 - registers every table on the metadata

    return list(Base.metadata.sorted_tables)


def totals(connection: Connection) -> Totals:
    """Row counts of every table and the stock sums (integer thousandths, so exact)."""
    rows = {
        t.name: int(connection.execute(select(func.count()).select_from(t)).scalar() or 0) for t in tables()
    }
    balance = Base.metadata.tables["stock_balance"]
    movement = Base.metadata.tables["stock_movement"]
    stock = {}
    for kind in ("design_id", "material_id"):
        on_hand = connection.execute(
            select(func.coalesce(func.sum(type_coerce(balance.c.on_hand, BigInteger)), 0)).where(
                balance.c[kind].isnot(None)
            )
        ).scalar()
        ledger = connection.execute(
            select(func.coalesce(func.sum(type_coerce(movement.c.quantity, BigInteger)), 0)).where(
                movement.c[kind].isnot(None)
            )
        ).scalar()
        stock[f"on hand ({kind})"] = int(on_hand or 0)
        stock[f"ledger ({kind})"] = int(ledger or 0)
    return Totals(rows, stock)


def _writer(dst: Connection, table: Table) -> Callable[[Sequence[Row[Any]]], None]:
    """How to write rows of ``table`` (Python values, column order) into ``dst``.

    PostgreSQL: ``COPY``, after each column type's own conversion for the target (quantities to
    thousandths, moments to naive UTC, enums to their values), as an INSERT would bind them;
    ten times faster than INSERTs for a large sentra. Elsewhere Core's executemany.
    """
    if dialect.name_of(dst) != dialect.POSTGRESQL:
        keys = list(table.c.keys())

        def insert(rows: Sequence[Row[Any]]) -> None:
            dst.execute(table.insert(), [dict(zip(keys, row, strict=True)) for row in rows])

        return insert
    names = [column.name for column in table.c]
    processors = [column.type.bind_processor(dst.dialect) for column in table.c]

    def copy(rows: Sequence[Row[Any]]) -> None:
        dialect.write_raw(
            dst,
            table,
            names,
            [
                tuple(
                    value if process is None or value is None else process(value)
                    for value, process in zip(row, processors, strict=True)
                )
                for row in rows
            ],
        )

    return copy


def non_empty_tables(connection: Connection) -> list[str]:
    """Tables of the model that hold at least one row (the ones made with the database aside)."""
    return [
        t.name
        for t in tables()
        if t.name not in MADE_WITH_DATABASE
        and connection.execute(select(t.c[next(iter(t.c.keys()))]).limit(1)).first()
    ]


@watchdog.unbounded()  # a long job: it shows progress instead of having a deadline
def copy_records(source: Engine, target: Engine, progress: CopyProgress | None = None) -> Totals:
    """Copy every record from ``source`` into the empty, migrated ``target``; returns the totals.

    Raises:
        TargetNotEmptyError: the target holds records (nothing is written).
        CopyMismatchError: the copy's counts or stock totals differ (the copy is rolled back).
    """
    all_tables = tables()
    with source.connect() as src:
        expected = totals(src)
        grand_total = sum(expected.rows.values())
        done = 0
        with target.begin() as dst:
            busy = non_empty_tables(dst)
            if busy:
                raise TargetNotEmptyError(busy)
            for name in MADE_WITH_DATABASE:
                dst.execute(Base.metadata.tables[name].delete())
            for table in all_tables:
                chunk = SMALL_CHUNK_TABLES.get(table.name, CHUNK_ROWS)
                order = list(table.primary_key.columns) or list(table.c)
                result = src.execution_options(stream_results=True, yield_per=chunk).execute(
                    select(table).order_by(*order)
                )
                write = _writer(dst, table)
                with dialect.indexes_built_after(dst, table):
                    for part in result.partitions(chunk):
                        write(part)
                        done += len(part)
                        if progress is not None:
                            progress(done, grand_total, table.name)
            dialect.reset_sequences(dst, all_tables)
            copied = totals(dst)
            differences = expected.differences(copied)
            if differences:
                raise CopyMismatchError(differences)
    dialect.after_bulk_load(target)
    log.info("copied %d records", grand_total)
    return copied
