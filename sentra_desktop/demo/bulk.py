"""Rows in SQLite's stored forms for the large demo, and how they reach either engine.

Generated data is made directly in the form SQLite stores (UUIDs as 32 hex digits, naive UTC
timestamps as text, ISO dates, quantities in thousandths, booleans as 0/1): the fastest way to fill
a file. PostgreSQL gets each row back as Python values, converted by the column's type, and COPY.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Boolean, Connection, Date, Table, Uuid, func, select

from sentra_desktop.db import dialect
from sentra_desktop.db.types import Thousandths, UTCDateTime

Row = tuple[Any, ...]
_CHUNK = 20_000
_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def table_of(model: type[Any]) -> Table:
    """The Core table of a mapped class."""
    return cast(Table, model.__table__)


def stamp(moment: datetime) -> str:
    """A moment as SQLAlchemy stores a UTC DATETIME on SQLite."""
    return moment.astimezone(UTC).strftime(_FORMAT)


def iso(stored: str) -> str:
    """A stored timestamp as the audit log writes an aware UTC datetime (``isoformat``)."""
    text = stored.replace(" ", "T")
    return (text[:-7] if text.endswith(".000000") else text) + "+00:00"


def dashed(hex_digits: str) -> str:
    """A stored UUID (32 hex digits) as ``str(uuid)`` writes it."""
    h = hex_digits
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class Uuids:
    """Version-4 UUIDs as SQLite stores them (32 hex digits), from a seeded generator."""

    _MASK = ~(0xF000 << 64) & ~(0xC000 << 48) & ((1 << 128) - 1)
    _BITS = (0x4000 << 64) | (0x8000 << 48)

    def __init__(self, rng: random.Random) -> None:
        self.bits = rng.getrandbits

    def __call__(self) -> str:
        return "%032x" % ((self.bits(128) & self._MASK) | self._BITS)


def _from_stored(column_type: Any) -> Callable[[Any], Any] | None:
    """How to turn the stored form of a ``column_type`` value back into a Python value."""
    if isinstance(column_type, Thousandths):
        return lambda value: Decimal(value) / 1000
    if isinstance(column_type, UTCDateTime):
        return lambda value: datetime.strptime(value, _FORMAT).replace(tzinfo=UTC)
    if isinstance(column_type, Uuid):
        return lambda value: uuid.UUID(hex=value)
    if isinstance(column_type, Date):
        return _as_date
    if isinstance(column_type, Boolean):
        return bool
    return None


def _as_date(value: str | date) -> date:
    """A stored ISO date, or a date some generator already made (aid items' check dates)."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def _converter(table: Table, columns: Sequence[str]) -> Callable[[Sequence[Any]], Row]:
    converters = [_from_stored(table.c[name].type) for name in columns]

    def to_python(row: Sequence[Any]) -> Row:
        return tuple(
            value if convert is None or value is None else convert(value)
            for value, convert in zip(row, converters, strict=True)
        )

    return to_python


def write(connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Row]) -> None:
    """Insert stored-form ``rows``: SQLite's ``executemany`` as they are, PostgreSQL's COPY in chunks."""
    if not rows:
        return
    if dialect.name_of(connection) == dialect.SQLITE:
        dialect.write_raw(connection, table, columns, rows)
        return
    to_python = _converter(table, columns)
    for start in range(0, len(rows), _CHUNK):
        dialect.insert_rows(connection, table, columns, [to_python(r) for r in rows[start : start + _CHUNK]])


def write_fresh(connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Row]) -> None:
    """:func:`write` into an empty table, its SQLite indexes built once afterwards."""
    dialect.write_stored_forms_fresh(connection, table, columns, rows, _converter(table, columns))


def next_id(connection: Connection, table: Table) -> int:
    """The id after the highest in ``table`` (1 when empty), for rows written with explicit ids."""
    return int(connection.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1
