"""A new replica schema on a server, cloned from a template schema migrated once per agency database.

Running the sentra migrations (Alembic) for every full packet cost 0.9-4.4 s of a first import
(bench/packets.py). The agency keeps schema :data:`TEMPLATE` migrated to the program's head
instead (made when the agency database is opened, once per agency and program update), migrated
again only when the program's head moves on, and a new replica is made from
the template's catalog: its sequences, its tables (``LIKE`` with defaults and checks), its
function and triggers from their exact definitions (``pg_get_functiondef``, ``pg_get_triggerdef``)
and its few rows, the Alembic version among them, so later migrations apply to the replica as to
any sentra database. Its keys and indexes (``pg_get_constraintdef``, ``pg_get_indexdef``) are
added after the bulk load, each built once from all the rows, so the replica's schema fingerprint
is the migrated one. The replica's own identity row gets a fresh UUID,
as the migration would have made. All in the caller's transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, text

from sentra_desktop.db import agency_store, watchdog
from sentra_desktop.db.migrate import HEAD_REVISION, upgrade_to_head

TEMPLATE = "sentra_template"  # never a replica's name: those are sentra_<32 hex digits>


def ensure_template(agency_url: str) -> None:
    """The template schema at the program's head: migrated only when missing or behind."""
    engine = agency_store.replica_engine(agency_url, None, TEMPLATE)
    try:
        with engine.connect() as conn:
            found = conn.execute(text("SELECT to_regclass(current_schema() || '.alembic_version')")).scalar()
            current = (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar() if found else None
            )
        if current != HEAD_REVISION:
            with watchdog.unbounded():
                upgrade_to_head(engine)
    finally:
        engine.dispose()


@dataclass(frozen=True)
class Deferred:
    """What a clone leaves for after the bulk load: built once from all the rows, not row by row."""

    indexes: list[tuple[str, str]]  # (name, definition) of the indexes behind no constraint
    keys: list[tuple[str, str, str]]  # (table, name, definition): primary and unique keys
    foreign_keys: list[tuple[str, str, str]]  # (table, name, definition), after the keys they name


def clone(conn: Connection, target: str) -> Deferred:
    """Make the empty schema ``target`` (the connection's current schema) the template's tables,
    sequences, checks, function, triggers and rows; its keys and indexes are returned for
    the merge to add after the rows are in (:func:`.merge.merge`)."""
    source = TEMPLATE
    conn.exec_driver_sql(f"SET LOCAL search_path TO {source}, public")  # definitions read unqualified
    sequences = conn.execute(
        text(
            "SELECT sequencename, data_type, start_value, increment_by, last_value FROM pg_sequences"
            " WHERE schemaname = :s ORDER BY sequencename"
        ),
        {"s": source},
    ).all()
    tables = [
        str(r[0])
        for r in conn.execute(
            text(
                "SELECT relname FROM pg_class WHERE relnamespace = CAST(:s AS regnamespace)"
                " AND relkind = 'r' ORDER BY oid"
            ),
            {"s": source},
        )
    ]
    defaults = conn.execute(
        text(
            "SELECT c.relname, a.attname, pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d"
            " JOIN pg_class c ON c.oid = d.adrelid"
            " JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum"
            " WHERE c.relnamespace = CAST(:s AS regnamespace)"
            " AND pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%'"
        ),
        {"s": source},
    ).all()
    owned = conn.execute(
        text(
            "SELECT s.relname, t.relname, a.attname FROM pg_depend d"
            " JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'"
            " JOIN pg_class t ON t.oid = d.refobjid"
            " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid"
            " WHERE s.relnamespace = CAST(:s AS regnamespace) AND d.deptype = 'a'"
        ),
        {"s": source},
    ).all()
    constraints = conn.execute(
        text(
            "SELECT t.relname, c.conname, c.contype, pg_get_constraintdef(c.oid) FROM pg_constraint c"
            " JOIN pg_class t ON t.oid = c.conrelid"
            " WHERE c.connamespace = CAST(:s AS regnamespace) AND c.contype IN ('p', 'u', 'f')"
            " ORDER BY c.contype DESC, t.oid, c.oid"
        ),
        {"s": source},
    ).all()
    indexes = conn.execute(
        text(
            "SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x"
            " JOIN pg_class i ON i.oid = x.indexrelid"
            " WHERE i.relnamespace = CAST(:s AS regnamespace)"
            " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)"
            " ORDER BY i.oid"
        ),
        {"s": source},
    ).all()
    functions = (
        conn.execute(
            text("SELECT pg_get_functiondef(oid) FROM pg_proc WHERE pronamespace = CAST(:s AS regnamespace)"),
            {"s": source},
        )
        .scalars()
        .all()
    )
    triggers = (
        conn.execute(
            text(
                "SELECT pg_get_triggerdef(g.oid) FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid"
                " WHERE t.relnamespace = CAST(:s AS regnamespace) AND NOT g.tgisinternal ORDER BY g.oid"
            ),
            {"s": source},
        )
        .scalars()
        .all()
    )
    filled = [name for name in tables if conn.exec_driver_sql(f"SELECT 1 FROM {name} LIMIT 1").first()]
    conn.exec_driver_sql(f"SET LOCAL search_path TO {target}, public")

    def here(definition: str) -> str:
        return definition.replace(f"{source}.", f"{target}.")

    for name, kind, start, step, _ in sequences:
        conn.exec_driver_sql(f"CREATE SEQUENCE {name} AS {kind} START {start} INCREMENT {step}")
    for name in tables:
        conn.exec_driver_sql(
            f"CREATE TABLE {name} (LIKE {source}.{name} INCLUDING DEFAULTS INCLUDING CONSTRAINTS"
            " INCLUDING GENERATED INCLUDING IDENTITY INCLUDING STORAGE)"
        )
    for table, column, expression in defaults:
        conn.exec_driver_sql(f'ALTER TABLE {table} ALTER COLUMN "{column}" SET DEFAULT {here(expression)}')
    for sequence, table, column in owned:
        conn.exec_driver_sql(f'ALTER SEQUENCE {sequence} OWNED BY {table}."{column}"')
    for function in functions:
        conn.exec_driver_sql(here(function))
    for definition in triggers:
        conn.exec_driver_sql(here(definition))
    for name in filled:
        conn.exec_driver_sql(f"INSERT INTO {name} SELECT * FROM {source}.{name}")
    for name, _, _, _, last in sequences:
        if last is not None:
            conn.execute(text("SELECT setval(:s, :v)"), {"s": f"{target}.{name}", "v": int(last)})
    if "sentra_identity" in filled:  # the replica's own identity, as its migration would make one
        conn.execute(
            text("UPDATE sentra_identity SET uuid = :u, created_at = :at"),
            {"u": uuid.uuid4(), "at": datetime.now(UTC).replace(tzinfo=None)},
        )
    return Deferred(
        [(str(name), here(str(definition))) for name, definition in indexes],
        [(str(t), str(n), here(str(d))) for t, n, kind, d in constraints if kind != "f"],
        [(str(t), str(n), here(str(d))) for t, n, kind, d in constraints if kind == "f"],
    )
