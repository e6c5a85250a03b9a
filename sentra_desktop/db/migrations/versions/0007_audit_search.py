"""audit search: a trigram index over the audit log's text, filled from the rows already there

SQLite gets an FTS5 table with the trigram tokenizer over audit_log (no copy of the text),
PostgreSQL a pg_trgm GIN index; where neither can exist nothing is made and the search reads
the table as before. New rows are added to the SQLite index by the audit writer's listener
(sentra_desktop.db.audit_search), never by a trigger. Filling it reads every audit row once
and takes a while: 14 minutes for 3 million rows on a busy 2-core machine (the index adds 1.8 GB).

Revision ID: 0007_audit_search
Revises: 0006_aid_and_moulds
Create Date: 2026-12-03 14:30:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from sentra_desktop.db import audit_search

revision: str = '0007_audit_search'
down_revision: str | None = '0006_aid_and_moulds'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    audit_search.create(connection)
    audit_search.forget(connection.engine)


def downgrade() -> None:
    connection = op.get_bind()
    audit_search.drop(connection)
    audit_search.forget(connection.engine)
