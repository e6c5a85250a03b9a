"""Rows as a packet carries them: every column's value as JSON, and back, by the column's type.

Dates are ISO dates, moments ISO UTC (``2026-11-28T03:04:05.123456+00:00``), thousandths and other
decimals strings (``"12.500"``), UUIDs strings, bytes base64, enums their stored value; integers,
text, booleans and None stay as they are. The agency's merge decodes with :func:`decode_row`
against its replica's own table, so a packet from an older schema revision maps onto current
columns (a column the packet lacks takes its default there).
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Column, Date, LargeBinary, Table, Uuid

from sentra_desktop.db.types import Thousandths, UTCDateTime


def encode_value(value: Any) -> Any:
    """A Python column value as JSON."""
    if value is None or isinstance(value, bool | int | str | float):
        return value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"no packet form for {type(value).__name__}")


def encode_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {key: encode_value(value) for key, value in row.items()}


def decoder(column: Column[Any]) -> Callable[[Any], Any] | None:
    """JSON value -> Python value for ``column``'s type; None where the JSON value is the value.

    Made once per column by a caller converting many rows (the agency's merge)."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return lambda v: datetime.fromisoformat(v).astimezone(UTC)
    if isinstance(kind, Date):
        return date.fromisoformat
    if isinstance(kind, Thousandths):
        return Decimal
    if isinstance(kind, Uuid):
        return uuid.UUID
    if isinstance(kind, LargeBinary):
        return base64.b64decode
    return None


def decode_row(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    """A packet row as values for a Core insert into ``table``; keys ``table`` lacks are dropped."""
    values: dict[str, Any] = {}
    for key, value in row.items():
        column = table.c.get(key)
        if column is None:
            continue
        convert = None if value is None else decoder(column)
        values[key] = value if convert is None else convert(value)
    return values
