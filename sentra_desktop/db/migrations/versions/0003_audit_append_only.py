"""audit log is append-only: triggers refuse UPDATE and DELETE on audit_log; indexes for its view

The DDL differs by database (SQLite triggers that RAISE(ABORT), PostgreSQL a plpgsql function
and triggers) and lives in sentra_desktop.db.audit_guard, so a later migration that rebuilds
audit_log on SQLite can put the guard back with the same call.

Revision ID: 0003_audit_append_only
Revises: 0002_production_list_indexes
Create Date: 2026-12-01 21:30:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from sentra_desktop.db.audit_guard import create_guard, drop_guard

revision: str = '0003_audit_append_only'
down_revision: str | None = '0002_production_list_indexes'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain CREATE INDEX: no table rebuild, so the triggers below are not disturbed.
    op.create_index('ix_audit_log_at', 'audit_log', ['at'], unique=False)
    op.create_index('ix_audit_log_table_id', 'audit_log', ['table_name', 'id'], unique=False)
    op.create_index('ix_audit_log_actor_id', 'audit_log', ['actor', 'id'], unique=False)
    create_guard(op.get_bind())


def downgrade() -> None:
    drop_guard(op.get_bind())
    op.drop_index('ix_audit_log_actor_id', table_name='audit_log')
    op.drop_index('ix_audit_log_table_id', table_name='audit_log')
    op.drop_index('ix_audit_log_at', table_name='audit_log')
