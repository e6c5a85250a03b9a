"""The database itself refuses to change or remove audit rows (append-only audit log).

The audit hook writes a row in the same transaction as every change; these triggers make sure
no later statement — a bug, a hand-run SQL console, a tool — can rewrite that history. SQLite
gets BEFORE UPDATE/DELETE triggers that abort; PostgreSQL gets one plpgsql function called by
row triggers for UPDATE and DELETE and a statement trigger for TRUNCATE.

SQLite migrations in batch mode rebuild a table by copying it, which drops its triggers: any
later migration that touches ``audit_log`` must call :func:`create_guard` again (a test upgrades
revision by revision and proves the guard is there after each one).
"""

from __future__ import annotations

from typing import Any

AUDIT_TABLE = "audit_log"
GUARD_MESSAGE = "audit_log is append-only"

_SQLITE_CREATE = (
    f"CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON {AUDIT_TABLE} "
    f"BEGIN SELECT RAISE(ABORT, '{GUARD_MESSAGE}'); END",
    f"CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON {AUDIT_TABLE} "
    f"BEGIN SELECT RAISE(ABORT, '{GUARD_MESSAGE}'); END",
)
_SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS audit_log_no_delete",
    "DROP TRIGGER IF EXISTS audit_log_no_update",
)

_PG_CREATE = (
    "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN RAISE EXCEPTION '{GUARD_MESSAGE}' USING ERRCODE = 'raise_exception'; END; $$",
    f"CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON {AUDIT_TABLE} "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    f"CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON {AUDIT_TABLE} "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
)
_PG_DROP = (
    f"DROP TRIGGER IF EXISTS audit_log_no_truncate ON {AUDIT_TABLE}",
    f"DROP TRIGGER IF EXISTS audit_log_no_change ON {AUDIT_TABLE}",
    "DROP FUNCTION IF EXISTS audit_log_append_only()",
)


def _statements(dialect: str, *, create: bool) -> tuple[str, ...]:
    if dialect == "sqlite":
        return _SQLITE_CREATE if create else _SQLITE_DROP
    if dialect == "postgresql":
        return _PG_CREATE if create else _PG_DROP
    raise NotImplementedError(f"no audit guard for the {dialect} dialect")


def create_guard(connection: Any) -> None:
    """Install the append-only triggers on ``connection`` (an SQLAlchemy Connection)."""
    for statement in _statements(connection.dialect.name, create=True):
        connection.exec_driver_sql(statement)


def drop_guard(connection: Any) -> None:
    """Remove the append-only triggers (downgrade only)."""
    for statement in _statements(connection.dialect.name, create=False):
        connection.exec_driver_sql(statement)
