"""production list indexes and covering ledger indexes

The production list over a million entries reads pages of ids, counts and totals from partial
covering indexes of the entries that are not voided; an item's ledger index carries the quantity
so balances at any point are summed from the index alone; the ledger list reads the whole
ledger in date order from its own index.

Revision ID: 0002_production_list_indexes
Revises: 0001_initial
Create Date: 2026-11-28 05:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002_production_list_indexes'
down_revision: str | None = '0001_initial'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LIVE = sa.text('voided_at IS NULL')
_LIST_INDEXES = {
    'ix_production_entry_live_day': ['produced_on', 'id', 'design_id', 'maker_id', 'good_qty', 'reject_qty'],
    'ix_production_entry_live_design': ['design_id', 'produced_on', 'id', 'maker_id', 'good_qty', 'reject_qty'],
    'ix_production_entry_live_maker': ['maker_id', 'produced_on', 'id', 'design_id', 'good_qty', 'reject_qty'],
    'ix_production_entry_live_good': ['good_qty', 'produced_on', 'id', 'design_id', 'maker_id', 'reject_qty'],
    'ix_production_entry_live_reject': ['reject_qty', 'produced_on', 'id', 'design_id', 'maker_id', 'good_qty'],
}


def upgrade() -> None:
    with op.batch_alter_table('production_entry', schema=None) as batch_op:
        for name, columns in _LIST_INDEXES.items():
            batch_op.create_index(name, columns, unique=False, sqlite_where=_LIVE, postgresql_where=_LIVE)

    with op.batch_alter_table('stock_movement', schema=None) as batch_op:
        batch_op.drop_index('ix_stock_movement_material_day')
        batch_op.drop_index('ix_stock_movement_design_day')
        batch_op.create_index('ix_stock_movement_design_day', ['design_id', 'moved_on', 'id', 'quantity'], unique=False)
        batch_op.create_index('ix_stock_movement_material_day', ['material_id', 'moved_on', 'id', 'quantity'], unique=False)
        batch_op.create_index('ix_stock_movement_day', ['moved_on', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('stock_movement', schema=None) as batch_op:
        batch_op.drop_index('ix_stock_movement_day')
        batch_op.drop_index('ix_stock_movement_material_day')
        batch_op.drop_index('ix_stock_movement_design_day')
        batch_op.create_index('ix_stock_movement_design_day', ['design_id', 'moved_on', 'id'], unique=False)
        batch_op.create_index('ix_stock_movement_material_day', ['material_id', 'moved_on', 'id'], unique=False)

    with op.batch_alter_table('production_entry', schema=None) as batch_op:
        for name in reversed(list(_LIST_INDEXES)):
            batch_op.drop_index(name)
