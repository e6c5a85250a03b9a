"""summary counts: production per day; orders, pieces and value per buyer and month; money paid per month; each buyer's first month

Four derived tables beside the monthly summaries of 0010, for what the Kinerja figures of whole
months still read from the records: the value added (production priced by the day), the orders
counted per buyer and event, money received and paid on the period's orders, the buyers and
markets sold to before a period. New tables only (no table of records is altered), filled here
from every record with set-based SQL (sentra_desktop.db.summaries.fill_counts) and kept up to
date afterwards by the audit writer's listener in the same transaction as each write.

Revision ID: 0013_summary_counts
Revises: 0012_piece_pay
Create Date: 2026-12-03 21:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from sentra_desktop.db import summaries

revision: str = '0013_summary_counts'
down_revision: str | None = '0012_piece_pay'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('output_day',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('design_id', sa.Integer(), nullable=False),
    sa.Column('member_business_id', sa.Integer(), nullable=True),
    sa.Column('good', sa.BigInteger(), nullable=False),
    sa.Column('reject', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_output_day'))
    )
    op.create_table('buyer_month',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('buyer_id', sa.Integer(), nullable=False),
    sa.Column('sales_event_id', sa.Integer(), nullable=True),
    sa.Column('orders', sa.Integer(), nullable=False),
    sa.Column('pieces', sa.BigInteger(), nullable=False),
    sa.Column('ordered_value', sa.BigInteger(), nullable=False),
    sa.Column('delivered_value', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_buyer_month'))
    )
    op.create_table('paid_month',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('ordered_month', sa.String(length=7), nullable=False),
    sa.Column('buyer_id', sa.Integer(), nullable=False),
    sa.Column('sold', sa.Boolean(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_paid_month'))
    )
    op.create_table('buyer_first',
    sa.Column('buyer_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('first_month', sa.String(length=7), nullable=False),
    sa.PrimaryKeyConstraint('buyer_id', name=op.f('pk_buyer_first'))
    )
    connection = op.get_bind()
    summaries.fill_counts(connection)
    # The indexes after the fill: one sort each instead of row-by-row index inserts.
    op.create_index('ix_output_day_day', 'output_day', ['day'], unique=False)
    op.create_index('ix_output_day_month_design', 'output_day', ['month', 'design_id'], unique=False)
    op.create_index('ix_buyer_month_month', 'buyer_month', ['month'], unique=False)
    op.create_index('ix_buyer_month_buyer_month', 'buyer_month', ['buyer_id', 'month'], unique=False)
    op.create_index('ix_paid_month_month', 'paid_month', ['month'], unique=False)
    op.create_index('ix_paid_month_ordered_month', 'paid_month', ['ordered_month'], unique=False)
    op.create_index('ix_paid_month_buyer_ordered', 'paid_month', ['buyer_id', 'ordered_month'], unique=False)
    op.create_index(op.f('ix_buyer_first_first_month'), 'buyer_first', ['first_month'], unique=False)
    summaries.forget(connection.engine)


def downgrade() -> None:
    op.drop_table('buyer_first')
    op.drop_table('paid_month')
    op.drop_table('buyer_month')
    op.drop_table('output_day')
    summaries.forget(op.get_bind().engine)
