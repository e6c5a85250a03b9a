"""The audit log's text index: finding a word among millions of audit rows without reading them all.

A search for "Wati" in the audit log used to be ``changes LIKE '%wati%'`` over every row: about
1.4 s per keystroke at two million rows. Each engine gets the index that fits a search for a
part of a word:

- SQLite: an FTS5 table with the trigram tokenizer (SQLite 3.34 and later), holding no copy of
  the text (``content='audit_log'``). It is filled by migration ``0007_audit_search`` and kept
  up to date by :func:`index_rows`, a listener on the one audit writer
  (:func:`sentra_desktop.db.audit.write_audit`), never by a database trigger. The log only grows,
  so an index row is only ever added.
- PostgreSQL: a GIN index of ``pg_trgm`` trigrams over the same text, which the server keeps
  itself (an index, not a trigger), so the listener has nothing to do there.

Where neither exists (an SQLite built without trigrams, a server without ``pg_trgm``) the search
falls back to the plain LIKE, slower but the same result. Words shorter than three characters
have no trigram and are matched with LIKE among the rows the longer words found.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, Engine, FromClause, Table, bindparam, literal_column, text
from sqlalchemy.sql import column, table

from sentra_desktop.db import audit

FTS_TABLE = "audit_search"
PG_INDEX = "ix_audit_log_search"
# The text one audit row is found by: what changed, who and which kind of record.
PG_EXPRESSION = "(changes || ' ' || actor || ' ' || table_name)"
MIN_WORD = 3  # a trigram index knows nothing shorter

_FTS = table(FTS_TABLE, column("rowid"))
_present: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def trigram_available(connection: Connection) -> bool:
    """True when this SQLite can build trigram FTS5 tables (or pg_trgm can be used on PostgreSQL)."""
    if connection.dialect.name == "postgresql":
        found = connection.exec_driver_sql(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"
        ).first()
        return found is not None
    try:
        connection.exec_driver_sql("CREATE VIRTUAL TABLE temp.sentra_probe USING fts5(x, tokenize='trigram')")
    except Exception:  # any refusal means "not in this build"
        return False
    connection.exec_driver_sql("DROP TABLE temp.sentra_probe")
    return True


def create(connection: Connection) -> bool:
    """Make the index and fill it from every audit row already written; False when it cannot exist."""
    if not trigram_available(connection):
        return False
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        connection.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON audit_log USING gin ({PG_EXPRESSION} gin_trgm_ops)"
        )
        return True
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(changes, actor, table_name,"
        " content='audit_log', content_rowid='id', tokenize='trigram')"
    )
    connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    return True


def rebuild(connection: Connection) -> None:
    """Index every audit row again: after rows were copied in bulk around the audit writer."""
    if connection.dialect.name == "sqlite" and present(connection):
        connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def drop(connection: Connection) -> None:
    """Remove the index (the migration's downgrade)."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_INDEX}")
    else:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")


def present(connection: Connection) -> bool:
    """Whether the index exists in this database (looked up once per engine)."""
    engine = connection.engine
    known = _present.get(engine)
    if known is None:
        if connection.dialect.name == "postgresql":
            sql = f"SELECT 1 FROM pg_indexes WHERE indexname = '{PG_INDEX}'"
        else:
            sql = f"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{FTS_TABLE}'"
        known = _present[engine] = connection.exec_driver_sql(sql).first() is not None
    return known


def forget(engine: Engine) -> None:
    """Look the index up again on the next use (after a migration made or dropped it)."""
    _present.pop(engine, None)


def index_rows(connection: Connection, rows: Sequence[audit.AuditRow]) -> None:
    """The audit writer's listener: add the rows just written to the SQLite index."""
    if connection.dialect.name != "sqlite" or not rows or not present(connection):
        return
    connection.execute(
        text(f"INSERT INTO {FTS_TABLE}(rowid, changes, actor, table_name) VALUES (:id, :c, :a, :t)"),
        [{"id": r.id, "c": r.changes, "a": r.record.actor, "t": r.record.table_name} for r in rows],
    )


def match_text(words: Sequence[str]) -> str:
    """An FTS5 query finding every word as a part of the text: each one a quoted phrase."""
    return " AND ".join('"' + word.replace('"', '""') + '"' for word in words)


def indexed_words(connection: Connection, search: str) -> tuple[list[str], list[str]]:
    """The words of ``search`` the index can find and the rest (too short, or no index here)."""
    words = search.split()
    if not words or not present(connection):
        return [], words
    return [w for w in words if len(w) >= MIN_WORD], [w for w in words if len(w) < MIN_WORD]


def searched(
    connection: Connection, words: Sequence[str], audit_table: Table
) -> tuple[FromClause, list[ColumnElement[bool]], Any]:
    """What a list of audit rows holding every one of ``words`` reads from, its conditions and key.

    ``words`` are those :func:`indexed_words` found indexable here. On SQLite the rows are read
    through the FTS5 table joined to the log and ordered by its rowid (the audit id), which
    FTS5 returns in order: the newest page of a word found in a million rows stops after that
    page instead of collecting every match and sorting them. The key is the column to order by.
    """
    if not words:
        return cast(FromClause, audit_table), [], audit_table.c.id
    if connection.dialect.name == "postgresql":
        expression: ColumnElement[str] = literal_column(PG_EXPRESSION)
        conditions: list[ColumnElement[bool]] = [
            expression.ilike(bindparam(f"w{i}", _contains(w)), escape="\\") for i, w in enumerate(words)
        ]
        return cast(FromClause, audit_table), conditions, audit_table.c.id
    joined = _FTS.join(audit_table, audit_table.c.id == _FTS.c.rowid)
    match: ColumnElement[bool] = literal_column(FTS_TABLE).op("MATCH")(match_text(words))
    return joined, [match], _FTS.c.rowid


def count(connection: Connection, words: Sequence[str]) -> int | None:
    """How many audit rows hold every one of ``words``, from the SQLite index alone (else None)."""
    if connection.dialect.name != "sqlite":
        return None
    sql = text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q")
    return int(connection.execute(sql, {"q": match_text(words)}).scalar() or 0)


def _contains(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


audit.add_listener(index_rows)
