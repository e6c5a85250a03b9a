"""users and roles: wrong PINs in a row and the lockout they earn, kept on the user

``app_user`` already has ``role`` (every existing user is an operator) and ``pin_hash`` (empty:
each user sets a PIN at their first login; the first start after this upgrade asks who the head
is). The counter and the lockout live in the database so that restarting does not reset them.

Revision ID: 0005_users_and_roles
Revises: 0004_sentra_settings
Create Date: 2026-12-03 14:20:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import sentra_desktop.db.types

revision: str = '0005_users_and_roles'
down_revision: str | None = '0004_sentra_settings'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failed_pins', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(
            sa.Column('locked_until', sentra_desktop.db.types.UTCDateTime(), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_pins')
