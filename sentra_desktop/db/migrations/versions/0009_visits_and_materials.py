"""visits and materials: mentoring visits with their recommendations; a material's category,
kg-per-litre factor and set price for the value added

Existing materials get a category guessed from their names: latex, rubber or compound
("lateks", "karet", "kompon") is rubber, coconut fibre ("sabut", "serat kelapa", "coco") is
coconut fibre, the rest other. The factor and the price stay empty until the head sets them.

Revision ID: 0009_visits_and_materials
Revises: 0008_places_and_codes
Create Date: 2026-12-03 16:40:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import sentra_desktop.db.types

revision: str = '0009_visits_and_materials'
down_revision: str | None = '0008_places_and_codes'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CATEGORY = sa.Enum(
    'rubber', 'coconut_fibre', 'other',
    name='materialcategory', native_enum=False, create_constraint=True, length=20,
)
FOLLOW_UP = sa.Enum(
    'not_started', 'in_progress', 'done',
    name='followupstatus', native_enum=False, create_constraint=True, length=20,
)
_GUESSES = {
    'rubber': ('%lateks%', '%latex%', '%karet%', '%kompon%', '%rubber%'),
    'coconut_fibre': ('%sabut%', '%serat kelapa%', '%coco%', '%kelapa%'),
}


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.Uuid(), nullable=False),
        sa.Column('created_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
        sa.Column('updated_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=80), nullable=False),
        sa.Column('updated_by', sa.String(length=80), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table('material', schema=None) as batch_op:
        batch_op.add_column(sa.Column('category', CATEGORY, nullable=False, server_default='other'))
        batch_op.add_column(sa.Column('kg_per_litre', sentra_desktop.db.types.Thousandths(), nullable=True))
        batch_op.add_column(sa.Column('set_price', sa.BigInteger(), nullable=True))
    material = sa.table('material', sa.column('name', sa.String()), sa.column('category', sa.String()))
    for category, patterns in _GUESSES.items():
        condition = sa.or_(*(sa.func.lower(material.c.name).like(p) for p in patterns))
        op.execute(
            material.update().where(condition, material.c.category == 'other').values(category=category)
        )

    op.create_table('mentoring_visit',
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('mentors', sa.String(length=200), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('findings', sa.Text(), nullable=False),
    *_record_columns(),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_mentoring_visit_agency_id_agency')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentoring_visit')),
    sa.UniqueConstraint('uuid', name=op.f('uq_mentoring_visit_uuid'))
    )
    with op.batch_alter_table('mentoring_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentoring_visit_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentoring_visit_visited_on'), ['visited_on'], unique=False)

    op.create_table('visit_recommendation',
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=300), nullable=False),
    sa.Column('owner', sa.String(length=120), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', FOLLOW_UP, nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *_record_columns(),
    sa.ForeignKeyConstraint(
        ['visit_id'], ['mentoring_visit.id'], name=op.f('fk_visit_recommendation_visit_id_mentoring_visit')
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_recommendation')),
    sa.UniqueConstraint('uuid', name=op.f('uq_visit_recommendation_uuid'))
    )
    with op.batch_alter_table('visit_recommendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_recommendation_visit_id'), ['visit_id'], unique=False)
        batch_op.create_index('ix_visit_recommendation_open', ['status', 'due_on'], unique=False)


def downgrade() -> None:
    op.drop_table('visit_recommendation')
    op.drop_table('mentoring_visit')
    with op.batch_alter_table('material', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_material_materialcategory'), type_='check')
        batch_op.drop_column('set_price')
        batch_op.drop_column('kg_per_litre')
        batch_op.drop_column('category')
