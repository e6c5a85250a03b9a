"""piece pay: piece rates, advances, adjustments, paid periods with the lines they were paid on

New tables only; production_entry is not altered (corrections read pay_entry_change, filled
by the audit writer's listener in sentra_desktop.db.pay_watch).

Revision ID: 0012_piece_pay
Revises: 0011_member_books
Create Date: 2026-12-03 16:17:43.418412
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import sentra_desktop.db.types
from sentra_desktop.db import pay_watch

revision: str = '0012_piece_pay'
down_revision: str | None = '0011_member_books'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('pay_period',
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('ends_on >= starts_on', name=op.f('ck_pay_period_ends_after_start')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pay_period')),
    sa.UniqueConstraint('starts_on', name=op.f('uq_pay_period_starts_on')),
    sa.UniqueConstraint('uuid', name=op.f('uq_pay_period_uuid'))
    )
    op.create_table('pay_adjustment',
    sa.Column('maker_id', sa.Integer(), nullable=False),
    sa.Column('applies_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('amount <> 0', name=op.f('ck_pay_adjustment_amount_not_zero')),
    sa.ForeignKeyConstraint(['maker_id'], ['maker.id'], name=op.f('fk_pay_adjustment_maker_id_maker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pay_adjustment')),
    sa.UniqueConstraint('uuid', name=op.f('uq_pay_adjustment_uuid'))
    )
    with op.batch_alter_table('pay_adjustment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pay_adjustment_maker_id'), ['maker_id'], unique=False)

    op.create_table('pay_advance',
    sa.Column('maker_id', sa.Integer(), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_pay_advance_amount_positive')),
    sa.ForeignKeyConstraint(['maker_id'], ['maker.id'], name=op.f('fk_pay_advance_maker_id_maker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pay_advance')),
    sa.UniqueConstraint('uuid', name=op.f('uq_pay_advance_uuid'))
    )
    with op.batch_alter_table('pay_advance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pay_advance_maker_id'), ['maker_id'], unique=False)

    op.create_table('pay_slip',
    sa.Column('period_id', sa.Integer(), nullable=False),
    sa.Column('maker_id', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=30), nullable=False),
    sa.Column('paid_by', sa.String(length=80), nullable=False),
    sa.Column('pieces_amount', sa.BigInteger(), nullable=False),
    sa.Column('corrections_amount', sa.BigInteger(), nullable=False),
    sa.Column('adjustments_amount', sa.BigInteger(), nullable=False),
    sa.Column('advances_deducted', sa.BigInteger(), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['maker_id'], ['maker.id'], name=op.f('fk_pay_slip_maker_id_maker')),
    sa.ForeignKeyConstraint(['period_id'], ['pay_period.id'], name=op.f('fk_pay_slip_period_id_pay_period')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pay_slip')),
    sa.UniqueConstraint('period_id', 'maker_id', name='uq_pay_slip_period_maker'),
    sa.UniqueConstraint('uuid', name=op.f('uq_pay_slip_uuid'))
    )
    with op.batch_alter_table('pay_slip', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pay_slip_maker_id'), ['maker_id'], unique=False)

    op.create_table('piece_rate',
    sa.Column('design_id', sa.Integer(), nullable=True),
    sa.Column('product_type_id', sa.Integer(), nullable=True),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('rate', sa.BigInteger(), nullable=False),
    sa.Column('reject_rate', sa.BigInteger(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('(design_id IS NULL) <> (product_type_id IS NULL)', name=op.f('ck_piece_rate_one_target')),
    sa.CheckConstraint('rate >= 0', name=op.f('ck_piece_rate_rate_not_negative')),
    sa.CheckConstraint('reject_rate IS NULL OR reject_rate >= 0', name=op.f('ck_piece_rate_reject_rate_not_negative')),
    sa.ForeignKeyConstraint(['design_id'], ['design_variant.id'], name=op.f('fk_piece_rate_design_id_design_variant')),
    sa.ForeignKeyConstraint(['product_type_id'], ['product_type.id'], name=op.f('fk_piece_rate_product_type_id_product_type')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_piece_rate')),
    sa.UniqueConstraint('design_id', 'effective_from', name='uq_piece_rate_design_from'),
    sa.UniqueConstraint('product_type_id', 'effective_from', name='uq_piece_rate_type_from'),
    sa.UniqueConstraint('uuid', name=op.f('uq_piece_rate_uuid'))
    )
    op.create_table('pay_entry_change',
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['production_entry.id'], name=op.f('fk_pay_entry_change_entry_id_production_entry')),
    sa.PrimaryKeyConstraint('entry_id', name=op.f('pk_pay_entry_change'))
    )
    op.create_table('pay_line',
    sa.Column('slip_id', sa.Integer(), nullable=False),
    sa.Column('corrects_period_id', sa.Integer(), nullable=True),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('entry_version', sa.Integer(), nullable=False),
    sa.Column('produced_on', sa.Date(), nullable=False),
    sa.Column('design_id', sa.Integer(), nullable=False),
    sa.Column('good_qty', sa.Integer(), nullable=False),
    sa.Column('reject_qty', sa.Integer(), nullable=False),
    sa.Column('rate', sa.BigInteger(), nullable=False),
    sa.Column('reject_rate', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['corrects_period_id'], ['pay_period.id'], name=op.f('fk_pay_line_corrects_period_id_pay_period')),
    sa.ForeignKeyConstraint(['design_id'], ['design_variant.id'], name=op.f('fk_pay_line_design_id_design_variant')),
    sa.ForeignKeyConstraint(['entry_id'], ['production_entry.id'], name=op.f('fk_pay_line_entry_id_production_entry')),
    sa.ForeignKeyConstraint(['slip_id'], ['pay_slip.id'], name=op.f('fk_pay_line_slip_id_pay_slip')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pay_line')),
    sa.UniqueConstraint('uuid', name=op.f('uq_pay_line_uuid'))
    )
    with op.batch_alter_table('pay_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pay_line_corrects_period_id'), ['corrects_period_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pay_line_entry_id'), ['entry_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pay_line_slip_id'), ['slip_id'], unique=False)
    pay_watch.forget(op.get_bind().engine)

def downgrade() -> None:
    with op.batch_alter_table('pay_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pay_line_slip_id'))
        batch_op.drop_index(batch_op.f('ix_pay_line_entry_id'))
        batch_op.drop_index(batch_op.f('ix_pay_line_corrects_period_id'))

    op.drop_table('pay_line')
    op.drop_table('pay_entry_change')
    op.drop_table('piece_rate')
    with op.batch_alter_table('pay_slip', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pay_slip_maker_id'))

    op.drop_table('pay_slip')
    with op.batch_alter_table('pay_advance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pay_advance_maker_id'))

    op.drop_table('pay_advance')
    with op.batch_alter_table('pay_adjustment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pay_adjustment_maker_id'))

    op.drop_table('pay_adjustment')
    op.drop_table('pay_period')
    pay_watch.forget(op.get_bind().engine)
