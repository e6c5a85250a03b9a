"""A full packet into a freshly migrated, empty replica on PostgreSQL: the standard bulk load.

The rows go into the tables with ``COPY`` in its text form, written straight from the packet's
JSON values: integers, text, ISO dates and moments and UUID strings are what the server reads
anyway, so only thousandths (``"12.500"`` -> 12500) and bytes (base64 -> hex) are converted; no
Python ``Decimal``, ``datetime`` or ``UUID`` is made per value. Measured on ten years of a normal
sentra (bench/packets.py) this halved the client's share of the import.

The secondary indexes are dropped before the copy and made again after it (building an index
once from all its keys beats updating it per row: the audit log's trigram index most of all);
their definitions are read from the catalog and replayed exactly, so the replica's schema stays
the migrated one (its fingerprint check passes). The foreign keys are kept: re-adding them
validates each one with a join over the whole table, which cost more than checking rows as they
arrive (measured). Everything happens in the caller's transaction: a stop leaves nothing.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, LargeBinary, Table, text

from sentra_desktop.db.types import Thousandths
from sentra_desktop.services.packet.rows import encode_value

BATCH = 1 << 20  # characters handed to the driver at once
_SPECIAL = ("\\", "\t", "\n", "\r")
Cell = Callable[[Any], str]


def secondary_indexes(conn: Connection) -> list[tuple[str, str]]:
    """(name, ``pg_get_indexdef``) of the current schema's indexes behind no constraint."""
    return [
        (str(name), str(definition))
        for name, definition in conn.execute(
            text(
                "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x"
                " JOIN pg_class i ON i.oid = x.indexrelid"
                " WHERE i.relnamespace = CAST(current_schema() AS regnamespace)"
                " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)"
                " ORDER BY i.relname"
            )
        )
    ]


def drop_indexes(conn: Connection, indexes: Iterable[tuple[str, str]]) -> None:
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')


def create_indexes(conn: Connection, indexes: Iterable[tuple[str, str]]) -> None:
    for _, definition in indexes:
        conn.exec_driver_sql(definition)


def _plain(value: Any) -> str:
    if value.__class__ is str:
        if any(c in value for c in _SPECIAL):
            return (
                value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
            )
        return value  # type: ignore[no-any-return]
    if value is True:
        return "t"
    if value is False:
        return "f"
    return str(value)


def _thousandths(value: Any) -> str:
    """``"12.5"`` -> ``"12500"``; more than three places is refused like the sentra's own type."""
    whole, _, part = str(value).partition(".")
    if len(part) > 3:
        if part[3:].strip("0"):
            raise ValueError(f"{value} has more than 3 decimal places")
        part = part[:3]
    negative = whole.startswith("-")
    number = abs(int(whole or "0")) * 1000 + int(part.ljust(3, "0"))
    return str(-number if negative else number)


def _bytes(value: Any) -> str:
    return "\\\\x" + base64.b64decode(value).hex()


def _cell(table: Table, name: str) -> Cell:
    kind = table.c[name].type
    if isinstance(kind, Thousandths):
        return _thousandths
    if isinstance(kind, LargeBinary):
        return _bytes
    return _plain


def copy_rows(conn: Connection, table: Table, rows: Iterable[dict[str, Any]], defaults: dict[str, Any]) -> int:
    """COPY the packet rows (JSON values) into ``table``; columns the packet lacks take ``defaults``
    (column name -> a callable making the Python value). Returns the number of rows."""
    iterator = iter(rows)
    first = next(iterator, None)
    if first is None:
        return 0
    given = [name for name in first if name in table.c]
    missing = [(name, make) for name, make in defaults.items() if name not in first and make is not None]
    cells = [(name, _cell(table, name)) for name in given]
    extra = [(_cell(table, name), make) for name, make in missing]
    names = ", ".join([*given, *(name for name, _ in missing)])
    driver = conn.connection.driver_connection
    assert driver is not None
    count = 0
    with driver.cursor() as cursor, cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
        lines: list[str] = []
        size = 0
        for row in _chained(first, iterator):
            values = ["\\N" if (v := row.get(name)) is None else cell(v) for name, cell in cells]
            for cell, make in extra:
                made = encode_value(make())
                values.append("\\N" if made is None else cell(made))
            line = "\t".join(values)
            lines.append(line)
            size += len(line)
            count += 1
            if size >= BATCH:
                copy.write("\n".join(lines) + "\n")
                lines, size = [], 0
        if lines:
            copy.write("\n".join(lines) + "\n")
    return count


def _chained(first: dict[str, Any], rest: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    yield first
    yield from rest
