"""A full packet into a freshly migrated, empty replica on PostgreSQL: the standard bulk load.

The rows go into the tables with ``COPY`` in its text form, written straight from the packet's
JSON values by a line function generated per table: integers, text, ISO dates and moments and
UUID strings are what the server reads anyway, so only thousandths (``"12.500"`` -> 12500) and
bytes (base64 -> hex) are converted, and no ``Decimal``, ``datetime`` or ``UUID`` is made per
value. A replica cloned from the agency's template (:mod:`.template`) has no keys or indexes yet:
they come from the template's catalog and are all added after the copy, primary and unique keys
first. Otherwise, before the copy the replica's foreign keys and secondary indexes are dropped; after it
the indexes are built once from all their keys and the keys re-added (one ``ALTER TABLE`` per
table, each key validated with one pass), from their exact catalog definitions
(``pg_get_indexdef``, ``pg_get_constraintdef``), so the replica keeps the migrated schema and its
fingerprint check passes. Measured on ten years of a normal sentra (bench/packets.py, load ~3):
checking every row's keys as it arrives doubled the copy (9-10 s against 4-4.5 s, re-adding the
keys 0.5 s); copying into the indexed tables took 7.7-9.1 s against 6.8-7.3 s for copy and build.
All of it in the caller's transaction: a stop leaves nothing behind.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    String,
    Table,
    Uuid,
    text,
)

from sentra_desktop.db.types import Thousandths, UTCDateTime
from sentra_desktop.services.packet.rows import encode_value

BATCH = 5_000  # rows handed to the driver at once
# Session memory for one full load: ten years of a normal sentra sort their keys and group their
# summaries in memory instead of in temporary files (the server's defaults are 64 MB and 4 MB).
MAINTENANCE_MEMORY = "256MB"
WORK_MEMORY = "64MB"


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


def foreign_keys(conn: Connection) -> list[tuple[str, str, str]]:
    """(table, name, ``pg_get_constraintdef``) of the current schema's foreign keys."""
    return [
        (str(table), str(name), str(definition))
        for table, name, definition in conn.execute(
            text(
                "SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c"
                " JOIN pg_class t ON t.oid = c.conrelid"
                " WHERE c.contype = 'f' AND c.connamespace = CAST(current_schema() AS regnamespace)"
                " ORDER BY t.relname, c.conname"
            )
        )
    ]


def drop_foreign_keys(conn: Connection, keys: Iterable[tuple[str, str, str]]) -> None:
    for table, name, _ in keys:
        conn.exec_driver_sql(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')


def add_foreign_keys(conn: Connection, keys: list[tuple[str, str, str]]) -> None:
    """One ALTER TABLE per table, re-adding its keys with their exact definitions."""
    by_table: dict[str, list[str]] = {}
    for table, name, definition in keys:
        by_table.setdefault(table, []).append(f'ADD CONSTRAINT "{name}" {definition}')
    for table, clauses in by_table.items():
        conn.exec_driver_sql(f"ALTER TABLE {table} " + ", ".join(clauses))


def _escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _text(value: Any) -> str:
    if value.__class__ is str:
        return _escaped(value)
    if value.__class__ is bool:
        return "t" if value else "f"
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


def _expression(table: Table, name: str, value: str) -> str:
    """Python source turning the JSON value ``value`` (never None here) into its COPY text."""
    kind = table.c[name].type
    if isinstance(kind, Thousandths):
        return f"_thousandths({value})"
    if isinstance(kind, LargeBinary):
        return f"_bytes({value})"
    if isinstance(kind, Boolean):
        return f"('t' if {value} else 'f')"
    if isinstance(kind, Date | DateTime | UTCDateTime | Uuid):  # ISO and UUID text: nothing to escape
        return value
    if isinstance(kind, Integer | Float):
        return f"str({value})"
    if isinstance(kind, String):  # text and enum values: escaped only when COPY would misread them
        return (
            f"({value} if '\\\\' not in {value} and '\\t' not in {value} and '\\n' not in {value}"
            f" and '\\r' not in {value} else _escaped({value}))"
        )
    return f"_text({value})"


def line_maker(table: Table, names: list[str]) -> Callable[[dict[str, Any]], str]:
    """A function made for ``table``: one packet row -> its COPY text line (without the newline).

    Generated once per table so that each value costs an inline test and at most one call,
    not a chain of converter calls (measured: a third of the generic loop's time).
    """
    parts = []
    for i, name in enumerate(names):
        value = f"v{i}"
        convert = _expression(table, name, value)
        parts.append(f"('\\\\N' if ({value} := row.get({name!r})) is None else {convert})")
    source = "def line(row):\n    return '\\t'.join((" + ", ".join(parts) + ",))\n"
    scope: dict[str, Any] = {
        "_thousandths": _thousandths,
        "_bytes": _bytes,
        "_escaped": _escaped,
        "_text": _text,
    }
    exec(compile(source, f"<copy line of {table.name}>", "exec"), scope)  # our own source, no input
    return scope["line"]


def copy_rows(
    conn: Connection, table: Table, rows: Iterable[dict[str, Any]], defaults: dict[str, Any]
) -> int:
    """COPY the packet rows (JSON values) into ``table``; columns the packet lacks take ``defaults``
    (column name -> a callable making the Python value). Returns the number of rows."""
    iterator = iter(rows)
    first = next(iterator, None)
    if first is None:
        return 0
    given = [name for name in first if name in table.c]
    missing = [(name, make) for name, make in defaults.items() if name not in first and make is not None]
    names = [*given, *(name for name, _ in missing)]
    line = line_maker(table, names)
    listed = ", ".join(f'"{name}"' for name in names)
    driver = conn.connection.driver_connection
    assert driver is not None
    count = 0
    with driver.cursor() as cursor, cursor.copy(f"COPY {table.name} ({listed}) FROM STDIN") as copy:
        lines: list[str] = []
        for row in _chained(first, iterator):
            for name, make in missing:  # an older revision's row: the newer columns' defaults
                row[name] = encode_value(make())
            lines.append(line(row))
            if len(lines) >= BATCH:
                copy.write("\n".join(lines) + "\n")
                count += len(lines)
                lines = []
        if lines:
            copy.write("\n".join(lines) + "\n")
            count += len(lines)
    return count


def _chained(first: dict[str, Any], rest: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    yield first
    yield from rest
