"""member books: a maker's membership history, a design's owning member, the member index

Each member business keeps its own books inside the sentra. A maker's member business now has a
history (maker_membership: maker, member, from date); every maker starts with one row holding
its current member from the earliest day it matters (its first production entry, or the day it
was created), and that first row also covers any day before it. A design may name its owning
member business (design_variant.member_business_id, empty = the sentra as a whole); its order
lines count for that member. production_entry keeps the member stored at save time and gains
one plain partial index for a member's list and totals (CREATE INDEX, no table rebuild).

Revision ID: 0011_member_books
Revises: 0010_monthly_summaries
Create Date: 2026-12-03 16:30:00.000000
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision: str = '0011_member_books'
down_revision: str | None = '0010_monthly_summaries'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LIVE = sa.text('voided_at IS NULL')
_MEMBER_INDEX = 'ix_production_entry_live_member'
_MEMBER_COLUMNS = ['member_business_id', 'produced_on', 'id', 'design_id', 'maker_id', 'good_qty', 'reject_qty']


def upgrade() -> None:
    import sentra_desktop.db.types

    op.create_table('maker_membership',
    sa.Column('maker_id', sa.Integer(), nullable=False),
    sa.Column('member_business_id', sa.Integer(), nullable=True),
    sa.Column('from_date', sa.Date(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['maker_id'], ['maker.id'], name=op.f('fk_maker_membership_maker_id_maker')),
    sa.ForeignKeyConstraint(['member_business_id'], ['member_business.id'], name=op.f('fk_maker_membership_member_business_id_member_business')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_maker_membership')),
    sa.UniqueConstraint('maker_id', 'from_date', name='uq_maker_membership_maker_day'),
    sa.UniqueConstraint('uuid', name=op.f('uq_maker_membership_uuid'))
    )
    _seed_memberships()

    with op.batch_alter_table('design_variant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('member_business_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_design_variant_member_business_id_member_business'),
            'member_business', ['member_business_id'], ['id'],
        )
        batch_op.create_index(batch_op.f('ix_design_variant_member_business_id'), ['member_business_id'], unique=False)

    # A plain CREATE INDEX on both databases: the million-row table is never rebuilt.
    op.create_index(
        _MEMBER_INDEX, 'production_entry', _MEMBER_COLUMNS, unique=False, sqlite_where=_LIVE, postgresql_where=_LIVE
    )


def _seed_memberships() -> None:
    """Every maker's current member from its first entry (or the day it was created)."""
    from sentra_desktop.db.types import UTCDateTime

    bind = op.get_bind()
    makers = bind.execute(
        sa.text(
            'SELECT m.id, m.member_business_id, m.created_at,'
            ' (SELECT MIN(p.produced_on) FROM production_entry p WHERE p.maker_id = m.id) AS first_day'
            ' FROM maker m ORDER BY m.id'
        ).columns(created_at=UTCDateTime(), first_day=sa.Date())
    ).all()
    if not makers:
        return
    membership = sa.table(
        'maker_membership',
        sa.column('maker_id', sa.Integer), sa.column('member_business_id', sa.Integer),
        sa.column('from_date', sa.Date), sa.column('uuid', sa.Uuid), sa.column('created_at', UTCDateTime),
        sa.column('updated_at', UTCDateTime), sa.column('created_by', sa.String),
        sa.column('updated_by', sa.String), sa.column('version', sa.Integer),
    )
    now = datetime.now(UTC)
    rows = []
    for maker in makers:
        created = maker.created_at.date() if maker.created_at is not None else date.today()
        first = maker.first_day if isinstance(maker.first_day, date) else None
        rows.append({
            'maker_id': maker.id, 'member_business_id': maker.member_business_id,
            'from_date': min(created, first) if first is not None else created,
            'uuid': uuid.uuid4(), 'created_at': now, 'updated_at': now,
            'created_by': 'migrasi', 'updated_by': 'migrasi', 'version': 1,
        })
    bind.execute(membership.insert(), rows)


def downgrade() -> None:
    op.drop_index(_MEMBER_INDEX, table_name='production_entry')
    with op.batch_alter_table('design_variant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_design_variant_member_business_id'))
        batch_op.drop_constraint(
            batch_op.f('fk_design_variant_member_business_id_member_business'), type_='foreignkey'
        )
        batch_op.drop_column('member_business_id')
    op.drop_table('maker_membership')
