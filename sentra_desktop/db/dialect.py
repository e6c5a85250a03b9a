"""Everything that differs between SQLite and PostgreSQL, in one place, each with both branches.

Services call these helpers instead of testing the dialect themselves: an upsert, fast bulk
writes, resetting key sequences after rows were written with explicit ids, and the checks of
integrity and foreign keys. The PostgreSQL dialect is imported only when a PostgreSQL connection
uses it, so the SQLite start stays as fast as before.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import (
    BindParameter,
    Boolean,
    ColumnElement,
    Connection,
    Date,
    Engine,
    Index,
    Insert,
    Integer,
    Select,
    Table,
    Uuid,
    bindparam,
    func,
    select,
    text,
)
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.visitors import InternalTraversal

from sentra_desktop.core.quantities import to_thousandths
from sentra_desktop.db.types import Thousandths, UTCDateTime

SQLITE, POSTGRESQL = "sqlite", "postgresql"

SelectT = TypeVar("SelectT", bound=Select[Any])

_UPSERTS: dict[tuple[str, str, tuple[str, ...]], Insert] = {}


# Partial indexes whose PostgreSQL predicate is attached once a PostgreSQL engine is made.
_PENDING_POSTGRESQL: list[tuple[Index, Any]] = []
_POSTGRESQL_READY = False


def partial_index(name: str, *columns: str, where: Any) -> Index:
    """An index of only the rows matching ``where``, on SQLite and PostgreSQL alike.

    Naming ``postgresql_where`` here would import SQLAlchemy's PostgreSQL dialect whenever the
    models are imported (about 27 ms of every start on SQLite); :func:`prepare_postgresql` adds
    it when a PostgreSQL engine is made, before any DDL or schema comparison can need it.
    """
    index = Index(name, *columns, sqlite_where=where)
    _PENDING_POSTGRESQL.append((index, where))
    if _POSTGRESQL_READY:
        prepare_postgresql()
    return index


def prepare_postgresql() -> None:
    """Give the partial indexes their PostgreSQL predicate (loads the dialect; idempotent)."""
    global _POSTGRESQL_READY
    _POSTGRESQL_READY = True
    while _PENDING_POSTGRESQL:
        index, where = _PENDING_POSTGRESQL.pop()
        index.dialect_options["postgresql"]["where"] = where


def name_of(bind: Connection | Engine) -> str:
    """The dialect's name: "sqlite" or "postgresql"."""
    return bind.dialect.name


def reading_options(engine: Engine) -> dict[str, Any]:
    """Execution options for connections that only read: autocommit on PostgreSQL, none on SQLite.

    A read in a transaction costs PostgreSQL two extra round trips (``BEGIN`` and ``ROLLBACK``),
    as long as the query itself for a short list. It buys nothing: at the default READ COMMITTED
    level every statement sees its own snapshot inside a transaction too, exactly as each
    statement does in autocommit. SQLite's driver starts no transaction for a ``SELECT`` anyway.
    """
    return {"isolation_level": "AUTOCOMMIT"} if engine.dialect.name == POSTGRESQL else {}


def snapshot_options(engine: Engine) -> dict[str, Any]:
    """Execution options for a read that must see one state of the data over several queries.

    PostgreSQL: a read-only REPEATABLE READ transaction (one snapshot for all its statements; a
    streamed server-side cursor also needs a transaction). SQLite: none, as before; its driver
    starts no transaction for reads, and the one-writer lock keeps other programs' saves out.
    """
    if engine.dialect.name == POSTGRESQL:
        return {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
    return {}


class _Constant(ColumnElement[Any]):
    """A value compiled per dialect (see :func:`constant`)."""

    inherit_cache = True
    _traverse_internals = [("param", InternalTraversal.dp_clauseelement)]

    def __init__(self, value: Any) -> None:
        self.param: BindParameter[Any] = bindparam(None, value, unique=True)
        self.type = self.param.type


@compiles(_Constant)
def _written_in(element: _Constant, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.param, **{**kw, "literal_execute": True}))


@compiles(_Constant, SQLITE)
def _sqlite_parameter(element: _Constant, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.param, **kw))


def constant(value: Any) -> ColumnElement[Any]:
    """``value`` for a statement: on PostgreSQL written into the SQL rather than sent as a parameter.

    For the fixed values of a statement (a kind's name, a unit, a status) and values chosen in
    the app (ids, dates), never for typed text. PostgreSQL plans a prepared statement without
    parameters once and keeps that plan from its first run; with parameters it plans each of the
    first five runs itself (see :func:`paged`). SQLite: an ordinary parameter; its driver keeps
    one compiled statement for every value, and writing the value in costs SQLAlchemy a rewrite
    of the SQL on every run (0.1 ms on the Stok overview).
    """
    return _Constant(value)


def paged(stmt: SelectT, offset: int, limit: int) -> SelectT:
    """``stmt`` with its OFFSET and LIMIT written into the SQL as numbers, not parameters.

    PostgreSQL: after five runs of a prepared statement the server keeps one generic plan for it
    instead of planning every run (0.3-0.5 ms for a joined list page), but only when that plan
    costs about what the custom ones did. With ``LIMIT $1`` the generic plan guesses a tenth of
    the table and is never chosen, so every page was planned afresh. A page size or offset is a
    handful of distinct values, each its own prepared statement. SQLite: parameters, as before.
    """
    return stmt.offset(constant(offset)).limit(constant(limit))


def upsert_adding(
    connection: Connection, table: Table, key: str, add: str, rows: list[dict[str, Any]]
) -> None:
    """Insert ``rows``, or where ``key`` exists already add their ``add`` column to the stored one.

    One ``INSERT ... ON CONFLICT (key) DO UPDATE SET add = add + excluded.add`` for all rows: an
    atomic increment in the database, so two connections moving the same balance at once both
    count. Other columns of the row replace the stored ones. The statement is built once.
    """
    dialect = name_of(connection)
    cache_key = (dialect, table.name, (key, add, *sorted(rows[0])))
    stmt = _UPSERTS.get(cache_key)
    if stmt is None:
        base = _insert(dialect)(table)
        updates = {name: base.excluded[name] for name in rows[0] if name not in (key, add)}
        updates[add] = table.c[add] + base.excluded[add]
        stmt = base.on_conflict_do_update(index_elements=[table.c[key]], set_=updates)
        _UPSERTS[cache_key] = stmt
    connection.execute(stmt, rows)


def insert_ignoring_duplicates(
    connection: Connection, table: Table, key: str, rows: list[dict[str, Any]]
) -> None:
    """Insert ``rows``, skipping those whose ``key`` exists already (``ON CONFLICT DO NOTHING``)."""
    if not rows:
        return
    insert = _insert(name_of(connection))
    connection.execute(insert(table).on_conflict_do_nothing(index_elements=[table.c[key]]), rows)


def next_in_counter(connection: Connection, table: Table, key: str, value: Any, counter: str) -> int:
    """Add one to the ``counter`` column of the row whose ``key`` is ``value`` (made at 1 if
    missing) and return the new count, in one atomic statement.

    ``INSERT ... ON CONFLICT (key) DO UPDATE SET counter = counter + 1 RETURNING counter``: the
    row lock it takes makes two connections numbering at once get different numbers.
    """
    base = _insert(name_of(connection))(table).values({key: value, counter: 1})
    stmt = base.on_conflict_do_update(
        index_elements=[table.c[key]], set_={counter: table.c[counter] + 1}
    ).returning(table.c[counter])
    return int(connection.scalar(stmt) or 0)


def _insert(dialect: str) -> Callable[[Table], Any]:
    """The dialect's ``insert`` with ``on_conflict_*``; its module is loaded on first use."""
    if dialect == SQLITE:
        from sqlalchemy.dialects import sqlite

        return sqlite.insert
    if dialect == POSTGRESQL:
        from sqlalchemy.dialects import postgresql

        return postgresql.insert
    raise NotImplementedError(dialect)  # pragma: no cover - only the two engines are supported


class _LikeIgnoringCase(ColumnElement[bool]):
    """``column LIKE pattern`` ignoring case; compiled per dialect (see :func:`like_ignoring_case`)."""

    inherit_cache = True
    _traverse_internals = [
        ("column", InternalTraversal.dp_clauseelement),
        ("pattern", InternalTraversal.dp_clauseelement),
        ("escape", InternalTraversal.dp_string),
    ]

    def __init__(self, column: ColumnElement[Any], pattern: str, escape: str | None) -> None:
        self.column = column
        self.pattern = bindparam(None, pattern, type_=column.type, unique=True)
        self.escape = escape


@compiles(_LikeIgnoringCase)
def _ilike(element: _LikeIgnoringCase, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column.ilike(element.pattern, escape=element.escape), **kw))


@compiles(_LikeIgnoringCase, SQLITE)
def _sqlite_like(element: _LikeIgnoringCase, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column.like(element.pattern, escape=element.escape), **kw))


def like_ignoring_case(
    column: ColumnElement[Any], pattern: str, *, escape: str | None = None
) -> ColumnElement[bool]:
    """``column`` matches the LIKE ``pattern`` whatever the case of its letters.

    PostgreSQL: ``ILIKE``. SQLite's plain ``LIKE`` already ignores the case of the Latin letters
    names are written in, the same letters its ``lower()`` folds; SQLAlchemy's ``ilike`` there
    (``lower(column) LIKE lower(pattern)``) costs a ``lower()`` call on every row for nothing.
    """
    return _LikeIgnoringCase(column, pattern, escape)


def write_raw(
    connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert rows already in the driver's form as fast as the driver allows.

    SQLite: the driver's ``executemany``. PostgreSQL: ``COPY ... FROM STDIN``, which takes Python
    values (dates, UUIDs, integers) as they are.
    """
    if not rows:
        return
    driver = connection.connection.driver_connection
    assert driver is not None
    names = ", ".join(columns)
    if name_of(connection) == SQLITE:
        cursor = driver.cursor()
        try:
            cursor.executemany(
                f"INSERT INTO {table.name} ({names}) VALUES ({', '.join('?' * len(columns))})", rows
            )
        finally:
            cursor.close()
        return
    with driver.cursor() as cursor, cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def insert_rows(
    connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert many rows of Python values (``columns`` order) as fast as the driver allows.

    SQLite: the values are turned into their stored form column by column (the forms
    SQLAlchemy's types write: UUIDs as 32 hex digits, naive UTC timestamps, ISO dates, enum
    values, quantities in thousandths) and handed to the driver's ``executemany``: per-row
    parameter processing in SQLAlchemy costs more than SQLite's insert itself. PostgreSQL: each
    column type's own bind conversion, then ``COPY``. Column defaults are not applied.
    """
    if not rows:
        return
    if name_of(connection) == SQLITE:
        converters = [_stored_form(table.c[name].type) for name in columns]
    else:
        converters = [table.c[name].type.bind_processor(connection.dialect) for name in columns]
    if all(convert is None for convert in converters):
        values: Sequence[Sequence[Any]] = rows
    else:
        values = [
            tuple(
                value if convert is None or value is None else convert(value)
                for value, convert in zip(row, converters, strict=True)
            )
            for row in rows
        ]
    write_raw(connection, table, columns, values)


def insert_rows_returning_ids(
    connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> list[int]:
    """:func:`insert_rows` for a table keyed by a generated ``id`` (not in ``columns``); the new ids in order.

    SQLite: the first row is inserted alone, which takes the write lock and gives its id; the
    rest follow with the next ids (no other writer can come in between). PostgreSQL: the ids are
    drawn from the table's sequence in one query, then every row is copied with its id.
    """
    if not rows:
        return []
    if name_of(connection) == SQLITE:
        first = dict(zip(columns, rows[0], strict=True))
        first_id = int(connection.scalar(table.insert().returning(table.c.id), first))
        ids = list(range(first_id, first_id + len(rows)))
    else:
        ids = list(
            connection.scalars(
                text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"),
                {"table": table.name, "n": len(rows)},
            )
        )
        first_id = None
    rest = rows[1:] if first_id is not None else rows
    rest_ids = ids[1:] if first_id is not None else ids
    insert_rows(
        connection, table, ["id", *columns], [(i, *row) for i, row in zip(rest_ids, rest, strict=True)]
    )
    return ids


def _stored_form(column_type: Any) -> Callable[[Any], Any] | None:
    """How SQLAlchemy stores a value of ``column_type`` on SQLite (None: as it is)."""
    if isinstance(column_type, Thousandths):
        return to_thousandths
    if isinstance(column_type, UTCDateTime):
        memo: dict[datetime, str] = {}

        def moment(value: datetime) -> str:
            stored = memo.get(value)
            if stored is None:
                stored = memo[value] = value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
            return stored

        return moment
    if isinstance(column_type, Uuid):
        return lambda value: value.hex
    if isinstance(column_type, SqlEnum):
        return lambda value: value.value if isinstance(value, enum.Enum) else value
    if isinstance(column_type, Date):
        return lambda value: value.isoformat()
    if isinstance(column_type, Boolean):
        return int
    return None


def write_raw_fresh(
    connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """:func:`write_raw` into an empty table, building its SQLite indexes once afterwards.

    Building an index once from sorted keys is several times faster than updating it for every
    row, so on SQLite the plain indexes are dropped meanwhile. PostgreSQL's COPY needs no help.
    """
    if name_of(connection) != SQLITE:
        write_raw(connection, table, columns, rows)
        return
    with indexes_built_after(connection, table):
        write_raw(connection, table, columns, rows)


@contextmanager
def indexes_built_after(connection: Connection, table: Table) -> Iterator[None]:
    """Fill the empty ``table`` inside: its plain indexes are dropped first and built once after.

    Building an index once from all its keys is faster than updating it for every row, and it
    comes out compact. On PostgreSQL an index filled row by row in the table's order (the ids)
    rather than its own is left with half-empty pages after its splits: for a large sentra's
    ledger 250 MB instead of 157 MB (materials) and 188 instead of 157 (designs), and the balance
    check, which reads both whole, took 450 ms instead of 330. Indexes behind a primary key or
    unique constraint stay (SQLite's cannot be dropped; PostgreSQL's guard the copy). In the
    caller's transaction on both.
    """
    if name_of(connection) == SQLITE:
        indexes = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table.name,),
        ).all()
    else:
        indexes = connection.execute(
            text(
                "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x"
                " JOIN pg_class i ON i.oid = x.indexrelid"
                " WHERE x.indrelid = CAST(:table AS regclass)"
                " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)"
            ),
            {"table": table.name},
        ).all()
    for name, _ in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, index_sql in indexes:
        connection.exec_driver_sql(index_sql)
    if table.name == "audit_log":  # rows written around the audit writer: index them too
        from sentra_desktop.db import audit_search

        audit_search.rebuild(connection)


def write_stored_forms_fresh(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    to_python: Callable[[Sequence[Any]], Sequence[Any]],
) -> None:
    """Insert rows given in SQLite's stored forms (strings, thousandths) into an empty table.

    Generated data can be made directly in the form SQLite stores, the fastest way to fill a
    file: :func:`write_raw_fresh` takes them as they are. Other engines get each row back as
    Python values through ``to_python`` and :func:`insert_rows` (COPY), in chunks.
    """
    if not rows:
        return
    if name_of(connection) == SQLITE:
        write_raw_fresh(connection, table, columns, rows)
        return
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start : start + _CHUNK]
        insert_rows(connection, table, columns, [to_python(row) for row in chunk])


_CHUNK = 20_000


def large_load(connection: Connection, on: bool) -> None:
    """Give SQLite a large page cache for a bulk load (``on``), or the normal one back."""
    if name_of(connection) == SQLITE:
        connection.exec_driver_sql(f"PRAGMA cache_size={-1_000_000 if on else -2000}")


def reset_sequences(connection: Connection, tables: Iterable[Table]) -> None:
    """After rows were written with explicit ids, make the next generated id follow the highest.

    SQLite's INTEGER PRIMARY KEY takes the next id from the table itself; PostgreSQL's identity
    or serial sequences must be moved on by hand.
    """
    if name_of(connection) != POSTGRESQL:
        return
    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or not isinstance(key[0].type, Integer):
            continue
        column = key[0].name
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"), {"table": table.name, "column": column}
        ).scalar()
        if sequence is None:
            continue
        highest = connection.execute(select(func.max(table.c[column]))).scalar()
        if highest is None:
            connection.execute(text("SELECT setval(:seq, 1, false)"), {"seq": sequence})
        else:
            connection.execute(text("SELECT setval(:seq, :value, true)"), {"seq": sequence, "value": highest})


def after_bulk_load(engine: Engine) -> None:
    """Refresh the planner's statistics after many rows arrived at once.

    PostgreSQL: ``VACUUM ANALYZE`` (outside a transaction), so the planner knows the new sizes and
    the covering indexes can answer lists without visiting the table (autovacuum would get there
    later). SQLite: nothing; its queries are written for the plans it picks without statistics.
    """
    if engine.dialect.name == POSTGRESQL:
        from sentra_desktop.db.watchdog import unbounded

        with unbounded(), engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")


def integrity_problems(connection: Connection) -> tuple[str, ...] | None:
    """What the engine's own integrity check finds: () when sound, None where there is none.

    SQLite: ``PRAGMA integrity_check``. A PostgreSQL server guards its own pages and has no
    plain-SQL equivalent: None ("not applicable").
    """
    if name_of(connection) != SQLITE:
        return None
    try:
        rows = [str(r[0]) for r in connection.execute(text("PRAGMA integrity_check"))]
    except DBAPIError as exc:
        return (_reason(exc),)
    return () if rows == ["ok"] else tuple(rows)


def has_quick_check(bind: Connection | Engine) -> bool:
    """Whether :func:`quick_problems` can find anything: an SQLite file's own check, not a server's."""
    return name_of(bind) == SQLITE


def quick_problems(connection: Connection) -> list[str]:
    """SQLite's quick check (empty when sound); always empty on PostgreSQL."""
    if name_of(connection) != SQLITE:
        return []
    rows = [str(r[0]) for r in connection.execute(text("PRAGMA quick_check"))]
    return [] if rows == ["ok"] else rows


def foreign_key_problems(connection: Connection, tables: Iterable[Table]) -> tuple[str, ...]:
    """Rows whose foreign key points at no row: () when every reference holds.

    SQLite: ``PRAGMA foreign_key_check``. PostgreSQL enforces its constraints, yet a constraint
    can have been created ``NOT VALID`` or disabled with triggers during a load, so there every
    foreign key of ``tables`` is checked with an anti-join.
    """
    try:
        if name_of(connection) == SQLITE:
            return tuple(
                f"{r[0]} row {r[1]} -> {r[2]} (constraint {r[3]})"
                for r in connection.execute(text("PRAGMA foreign_key_check"))
            )
        problems = []
        for table in tables:
            for fk in table.foreign_key_constraints:
                child = [e.parent for e in fk.elements]
                parent_table = fk.elements[0].column.table
                parent = [e.column for e in fk.elements]
                parent_alias = parent_table.alias("p")
                condition = [parent_alias.c[p.name] == c for p, c in zip(parent, child, strict=True)]
                missing = select(child[0].table.c.id if "id" in child[0].table.c else child[0]).where(
                    *(c.isnot(None) for c in child),
                    ~select(1).select_from(parent_alias).where(*condition).exists(),
                )
                for (row_id,) in connection.execute(missing.limit(20)):
                    problems.append(
                        f"{table.name} row {row_id} -> {parent_table.name} (constraint {fk.name})"
                    )
        return tuple(problems)
    except DBAPIError as exc:
        return (_reason(exc),)


def _reason(exc: DBAPIError) -> str:
    return str(exc.orig or exc).splitlines()[0]
