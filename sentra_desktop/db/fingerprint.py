"""The schema fingerprint: what exactly the migrations of each revision build, frozen per engine.

A database file travels (backups on USB sticks, import sources) and a server may be changed by
hand; a file whose schema carries one extra trigger runs that trigger on every save. So a
database is trusted only when its schema is exactly the one its revision's migrations produce.

:func:`describe` reads a live schema into flat maps ``{kind: {name: detail}}`` (tables, columns
with type, nullability and default, constraints, indexes, triggers, views, and on PostgreSQL
functions and sequences), every text normalised so that quoting, spacing and the server version
do not count. ``tools/freeze_schema.py`` (``make fingerprints``) writes one such description per
revision and engine into :data:`FINGERPRINT_DIR`, shipped as package data; it is frozen because
migrations import live code, and an old revision's schema must not drift with that code.
:func:`compare` lists the differences.

Objects the program or SQLite itself creates while running are left out explicitly: SQLite's
``sqlite_*`` tables (``sqlite_stat1``/``sqlite_stat4`` from ANALYZE, ``sqlite_sequence``) and the
shadow tables of a full-text (FTS5) index whose own virtual table is part of the description.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from sentra_desktop.core import i18n
from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP

FINGERPRINT_DIR = Path(__file__).parent / "fingerprints"
ENGINES = ("sqlite", "postgresql")

# Kinds of schema object, in the order differences are listed.
KINDS = ("table", "column", "constraint", "index", "trigger", "view", "function", "sequence")
# Objects that may be present beyond the fingerprint, and why.
SQLITE_INTERNAL_PREFIX = "sqlite_"  # sqlite_stat1..4 (ANALYZE), sqlite_sequence (AUTOINCREMENT)
FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")

CONTEXT = "Schema"
KIND_WORDS = {
    "table": QT_TRANSLATE_NOOP("Schema", "Table"),
    "column": QT_TRANSLATE_NOOP("Schema", "Column"),
    "constraint": QT_TRANSLATE_NOOP("Schema", "Constraint"),
    "index": QT_TRANSLATE_NOOP("Schema", "Index"),
    "trigger": QT_TRANSLATE_NOOP("Schema", "Trigger"),
    "view": QT_TRANSLATE_NOOP("Schema", "View"),
    "function": QT_TRANSLATE_NOOP("Schema", "Function"),
    "sequence": QT_TRANSLATE_NOOP("Schema", "Sequence"),
}
CHANGE_WORDS = {
    "extra": QT_TRANSLATE_NOOP("Schema", "{what} not made by Sentra Desktop: {name}"),
    "missing": QT_TRANSLATE_NOOP("Schema", "{what} missing: {name}"),
    "altered": QT_TRANSLATE_NOOP("Schema", "{what} changed: {name}"),
}

Objects = dict[str, dict[str, str]]


class _Executes(Protocol):
    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


@dataclass(frozen=True)
class Difference:
    """One object that differs from the fingerprint: ``change`` is extra, missing or altered."""

    change: str
    kind: str
    name: str
    expected: str = ""
    actual: str = ""

    @property
    def warning_only(self) -> bool:
        """An extra index changes no data and no behaviour, only speed: a warning, not a refusal."""
        return self.change == "extra" and self.kind == "index"

    def describe(self) -> str:
        """One line in the current language, e.g. "Pemicu tambahan …: audit_evil"."""
        what = i18n.translate(CONTEXT, KIND_WORDS[self.kind])
        name = self.name
        if self.change == "altered" and len(self.expected) + len(self.actual) <= 100:
            name += f" ({self.expected} → {self.actual})"
        return i18n.translate(CONTEXT, CHANGE_WORDS[self.change], None, what=what, name=name)


@dataclass(frozen=True)
class Drift:
    """How a schema differs from its fingerprint; :attr:`sound` when nothing refuses it."""

    differences: tuple[Difference, ...]
    revision: str | None = None

    @property
    def problems(self) -> tuple[Difference, ...]:
        return tuple(d for d in self.differences if not d.warning_only)

    @property
    def warnings(self) -> tuple[Difference, ...]:
        return tuple(d for d in self.differences if d.warning_only)

    @property
    def sound(self) -> bool:
        return not self.problems

    def listing(self) -> str:
        """:meth:`lines` as a list for a message, one "- " line each."""
        return "\n".join(f"- {line}" for line in self.lines())

    def lines(self, limit: int = 20) -> list[str]:
        """The problems, then the warnings, one line each; the rest counted."""
        shown = [d.describe() for d in (*self.problems, *self.warnings)]
        if len(shown) > limit:
            more = i18n.translate("Schema", "… and {count} more", None, count=len(shown) - limit)
            return [*shown[:limit], more]
        return shown


class NoFingerprintError(LookupError):
    """No frozen fingerprint for this revision and engine (run ``make fingerprints``)."""


# --- reading a schema -----------------------------------------------------------------------


_QUOTES = re.compile(r'["`\[\]]')
_SPACE = re.compile(r"\s+")
_AROUND = re.compile(r"\s*([(),=])\s*")


def normalise_sql(sql: str | None) -> str:
    """SQL text without quoting, case of keywords kept, and with one space where any was."""
    if not sql:
        return ""
    text = _QUOTES.sub("", sql)
    text = _SPACE.sub(" ", text).strip().rstrip(";").strip()
    return _AROUND.sub(r"\1", text)


def describe_sqlite(conn: _Executes) -> Objects:
    """The schema of an SQLite database (a DB-API connection: ``sqlite3`` or SQLAlchemy's raw one)."""
    objects: Objects = {kind: {} for kind in KINDS}
    rows = [
        (str(kind), str(name), str(table), sql)
        for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
    ]
    fts = {name for kind, name, _t, sql in rows if kind == "table" and _is_fts(sql)}
    shadows = {f"{vt}{suffix}" for vt in fts for suffix in FTS_SHADOW_SUFFIXES}
    for kind, name, table, sql in sorted(rows):
        if name.startswith(SQLITE_INTERNAL_PREFIX) or name in shadows:
            continue
        if kind == "table":
            _sqlite_table(conn, name, sql, objects)
        elif kind == "index":
            if table.startswith(SQLITE_INTERNAL_PREFIX) or table in shadows:
                continue
            objects["index"][name] = normalise_sql(sql)
        elif kind in ("trigger", "view"):
            objects[kind][name] = normalise_sql(sql)
    return objects


def _is_fts(sql: str | None) -> bool:
    return bool(sql) and re.search(r"\bUSING\s+fts\d", str(sql), re.IGNORECASE) is not None


def _sqlite_table(conn: _Executes, table: str, sql: str | None, objects: Objects) -> None:
    quoted = _quote(table)
    objects["table"][table] = "virtual " + normalise_sql(sql) if _is_fts(sql) else ""
    for _cid, name, type_, notnull, default, pk, hidden in conn.execute(f"PRAGMA table_xinfo({quoted})"):
        objects["column"][f"{table}.{name}"] = _column_detail(
            str(type_).upper(), bool(notnull), default, f"pk{pk}" if pk else "", "hidden" if hidden else ""
        )
    keys: dict[int, list[Any]] = {}
    for fk_id, _seq, target, source, to, on_update, on_delete, match in conn.execute(
        f"PRAGMA foreign_key_list({quoted})"
    ):
        keys.setdefault(int(fk_id), []).append((source, target, to, on_update, on_delete, match))
    for parts in keys.values():
        sources = ",".join(str(p[0]) for p in parts)
        targets = ",".join(str(p[2]) for p in parts)
        _src, target, _to, on_update, on_delete, match = parts[0]
        key = f"{table}({sources}) -> {target}({targets})"
        objects["constraint"][key] = f"FOREIGN KEY ON UPDATE {on_update} ON DELETE {on_delete} MATCH {match}"
    for _seq, index, unique, origin, partial in conn.execute(f"PRAGMA index_list({quoted})"):
        if origin in ("u", "pk"):
            columns = ",".join(
                str(row[2]) for row in conn.execute(f"PRAGMA index_info({_quote(str(index))})")
            )
            kind = "PRIMARY KEY" if origin == "pk" else "UNIQUE"
            objects["constraint"][f"{table} {kind}({columns})"] = f"unique={unique} partial={partial}"
    for check in _checks(sql or ""):
        objects["constraint"][f"{table} CHECK {check}"] = "CHECK"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _column_detail(type_: str, notnull: bool, default: Any, *extra: str) -> str:
    parts = [type_, "NOT NULL" if notnull else "NULL"]
    if default is not None:
        parts.append(f"DEFAULT {normalise_sql(str(default))}")
    parts += [e for e in extra if e]
    return " ".join(parts)


def _checks(sql: str) -> list[str]:
    """The CHECK constraints written in a table's CREATE statement, normalised."""
    found = []
    for match in re.finditer(r"\bCHECK\s*\(", sql, re.IGNORECASE):
        depth, start = 0, match.end() - 1
        for position in range(start, len(sql)):
            if sql[position] == "(":
                depth += 1
            elif sql[position] == ")":
                depth -= 1
                if depth == 0:
                    found.append(normalise_sql(sql[start : position + 1]))
                    break
    return sorted(found)


_PG_QUERIES = {
    "table": """
        SELECT c.relname, CASE c.relkind WHEN 'p' THEN 'partitioned' WHEN 'f' THEN 'foreign' ELSE '' END
        FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r','p','f')""",
    "column": """
        SELECT c.relname || '.' || a.attname,
               format_type(a.atttypid, a.atttypmod)
               || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE ' NULL' END
               || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
               || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END
               || CASE WHEN a.attgenerated <> '' THEN ' GENERATED' ELSE '' END
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r','p','f','v','m')
          AND a.attnum > 0 AND NOT a.attisdropped""",
    # Not-null constraints appear here from PostgreSQL 18 on; nullability is read from the columns.
    "constraint": """
        SELECT c.relname || '.' || k.conname, pg_get_constraintdef(k.oid)
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
        WHERE c.relnamespace = current_schema()::regnamespace AND k.contype <> 'n'""",
    "index": """
        SELECT i.relname, pg_get_indexdef(i.oid)
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        WHERE i.relnamespace = current_schema()::regnamespace""",
    "trigger": """
        SELECT c.relname || '.' || t.tgname, pg_get_triggerdef(t.oid)
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal""",
    "view": """
        SELECT c.relname, CASE c.relkind WHEN 'm' THEN 'materialized ' ELSE '' END || pg_get_viewdef(c.oid)
        FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('v','m')""",
    "function": """
        SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
               l.lanname || ' RETURNS ' || pg_get_function_result(p.oid) || ' ' || p.prosrc
        FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
        WHERE p.pronamespace = current_schema()::regnamespace
           OR EXISTS (SELECT 1 FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
                      WHERE d.objid = p.oid AND d.deptype = 'e' AND e.extname = 'pg_trgm')""",
    "sequence": """
        SELECT s.sequencename, s.data_type::text || ' START ' || s.start_value || ' INCREMENT '
               || s.increment_by || ' MIN ' || s.min_value || ' MAX ' || s.max_value
               || CASE WHEN s.cycle THEN ' CYCLE' ELSE '' END
        FROM pg_sequences s WHERE s.schemaname = current_schema()""",
}


def describe_postgresql(conn: _Executes) -> Objects:
    """The schema of the connection's current schema on a PostgreSQL server (13 and later)."""
    schema = str(conn.execute("SELECT current_schema()").fetchone()[0])
    prefix = re.compile(rf"\b{re.escape(schema)}\.")
    objects: Objects = {}
    for kind, query in _PG_QUERIES.items():
        objects[kind] = {
            str(name): normalise_sql(prefix.sub("", str(detail or "")))
            for name, detail in conn.execute(query)
        }
    return objects


def describe(connection: Any) -> Objects:
    """The schema behind an SQLAlchemy ``Connection`` (either engine)."""
    raw = connection.connection.driver_connection
    if connection.dialect.name == "sqlite":
        return describe_sqlite(raw)
    cursor = raw.cursor()
    try:
        return describe_postgresql(cursor)
    finally:
        cursor.close()


# --- fingerprints ---------------------------------------------------------------------------


def fingerprint_path(revision: str, engine: str) -> Path:
    return FINGERPRINT_DIR / f"{revision}.{engine}.json"


@cache
def load(revision: str, engine: str) -> Objects:
    """The frozen schema of ``revision`` on ``engine``.

    Raises:
        NoFingerprintError: none was frozen (a migration added without ``make fingerprints``).
    """
    path = fingerprint_path(revision, engine)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise NoFingerprintError(
            f"revision {revision} has no fingerprint: run make fingerprints ({engine})"
        ) from exc
    return {kind: dict(data["objects"].get(kind, {})) for kind in KINDS}


def dump(objects: Objects, revision: str, engine: str) -> str:
    """The file text of a fingerprint (stable: sorted, one object per line)."""
    data = {"revision": revision, "engine": engine, "objects": {k: objects.get(k, {}) for k in KINDS}}
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def compare(actual: Objects, expected: Objects, revision: str | None = None) -> Drift:
    """Every object that is extra, missing or altered in ``actual`` against ``expected``."""
    differences: list[Difference] = []
    for kind in KINDS:
        have, want = actual.get(kind, {}), expected.get(kind, {})
        for name in sorted(set(have) | set(want)):
            if name not in want:
                differences.append(Difference("extra", kind, name, actual=have[name]))
            elif name not in have:
                differences.append(Difference("missing", kind, name, expected=want[name]))
            elif have[name] != want[name]:
                differences.append(Difference("altered", kind, name, want[name], have[name]))
    return Drift(tuple(differences), revision)


def verify(connection: Any, revision: str) -> Drift:
    """The schema behind ``connection`` against the fingerprint of ``revision`` on its engine.

    Raises:
        NoFingerprintError: when this program froze none for ``revision``.
    """
    return compare(describe(connection), load(revision, connection.dialect.name), revision)
