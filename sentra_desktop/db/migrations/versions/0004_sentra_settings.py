"""sentra settings: the settings every PC and the command line share, one row per key

Values are JSON text, typed by their declaration in sentra_desktop.services.sentra_settings; a
key without a row has its declared default, so no row is written here.

Revision ID: 0004_sentra_settings
Revises: 0003_audit_append_only
Create Date: 2026-12-03 14:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import sentra_desktop.db.types

revision: str = '0004_sentra_settings'
down_revision: str | None = '0003_audit_append_only'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sentra_setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sentra_setting')),
    sa.UniqueConstraint('key', name=op.f('uq_sentra_setting_key')),
    sa.UniqueConstraint('uuid', name=op.f('uq_sentra_setting_uuid'))
    )


def downgrade() -> None:
    op.drop_table('sentra_setting')
