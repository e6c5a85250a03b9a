"""aid and moulds: agencies with a kind, programmes, aid items that are marked not deleted,
moulds that cast many designs, with capacity, condition, holder and origin

Every existing aid row gets a programme: one per agency, year received and old kind, named
after the kind and the year ("Bantuan peralatan 2025"). Stored aid kinds map onto the new ones:

    equipment -> mould when the item names a mould ("cetakan"), otherwise machine
                 (programme kind: equipment grant)
    training  -> training        (programme kind: training)
    money     -> capital         (programme kind: capital)
    material  -> material        (programme kind: raw material)
    other     -> tools           (programme kind: mentoring)

Physical items (mould, machine, tools) start in condition "good"; every row starts held. Each
design's single mould (design_variant.mould_id) becomes a row of the new link table
mould_design. production_entry gains a nullable mould_id added in place (no table rebuild).

Revision ID: 0006_aid_and_moulds
Revises: 0005_users_and_roles
Create Date: 2026-12-03 15:00:00.000000
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = '0006_aid_and_moulds'
down_revision: str | None = '0005_users_and_roles'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


OLD_KIND = _enum('assistancekind', 'equipment', 'training', 'money', 'material', 'other')
NEW_KIND = _enum('assistancekind', 'mould', 'machine', 'tools', 'material', 'training', 'exhibition', 'capital')
AGENCY_KIND = _enum('agencykind', 'regional_government', 'ministry', 'bank_csr', 'university', 'other')
PROGRAMME_KIND = _enum(
    'programmekind', 'equipment_grant', 'training', 'exhibition', 'capital', 'raw_material', 'mentoring'
)
CONDITION = _enum('condition', 'good', 'needs_repair', 'broken', 'lost')
AID_STATUS = _enum('aidstatus', 'held', 'returned', 'written_off')

# old kind -> (programme kind, programme name in Indonesian)
_PROGRAMMES = {
    'equipment': ('equipment_grant', 'Bantuan peralatan'),
    'training': ('training', 'Pelatihan'),
    'money': ('capital', 'Bantuan modal'),
    'material': ('raw_material', 'Bantuan bahan baku'),
    'other': ('mentoring', 'Pendampingan'),
}
_NEW_KIND = {'training': 'training', 'money': 'capital', 'material': 'material', 'other': 'tools'}
_OLD_KIND = {
    'mould': 'equipment', 'machine': 'equipment', 'tools': 'equipment', 'material': 'material',
    'training': 'training', 'exhibition': 'other', 'capital': 'money',
}


def _record_columns() -> list[sa.Column]:
    import sentra_desktop.db.types

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
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', AGENCY_KIND, nullable=False, server_default='other'))
        batch_op.add_column(sa.Column('active', sa.Boolean(), nullable=False, server_default=sa.true()))

    op.create_table('programme',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('kind', PROGRAMME_KIND, nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    *_record_columns(),
    sa.CheckConstraint('year >= 1900 AND year <= 2200', name=op.f('ck_programme_year_plausible')),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_programme_agency_id_agency')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme')),
    sa.UniqueConstraint('uuid', name=op.f('uq_programme_uuid'))
    )
    with op.batch_alter_table('programme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programme_agency_id'), ['agency_id'], unique=False)

    with op.batch_alter_table('assistance', schema=None) as batch_op:
        batch_op.add_column(sa.Column('programme_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('description', sa.String(length=120), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('bast_number', sa.String(length=60), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('serial', sa.String(length=60), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('condition', CONDITION, nullable=True))
        batch_op.add_column(sa.Column('photo', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('last_checked_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('status', AID_STATUS, nullable=False, server_default='held'))
        batch_op.add_column(sa.Column('status_reason', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('overlap_reason', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('active', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.alter_column('kind', existing_type=OLD_KIND, type_=sa.String(length=20), existing_nullable=False)

    _migrate_aid_rows()

    with op.batch_alter_table('assistance', schema=None) as batch_op:
        batch_op.drop_index('ix_assistance_agency_id')
        batch_op.drop_constraint('fk_assistance_agency_id_agency', type_='foreignkey')
        batch_op.drop_column('agency_id')
        batch_op.drop_column('item')
        batch_op.alter_column('programme_id', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('kind', existing_type=sa.String(length=20), type_=NEW_KIND, existing_nullable=False)
        batch_op.create_foreign_key(
            batch_op.f('fk_assistance_programme_id_programme'), 'programme', ['programme_id'], ['id']
        )
        batch_op.create_index(batch_op.f('ix_assistance_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index('ix_assistance_kind_day', ['kind', 'received_on'], unique=False)

    with op.batch_alter_table('mould', schema=None) as batch_op:
        batch_op.add_column(sa.Column('casts_per_day', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('material', sa.String(length=60), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('condition', CONDITION, nullable=False, server_default='good'))
        batch_op.add_column(sa.Column('member_business_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('assistance_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('purchase_price', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('retired_on', sa.Date(), nullable=True))
        batch_op.create_check_constraint(batch_op.f('ck_mould_casts_per_day_positive'), 'casts_per_day >= 1')
        batch_op.create_check_constraint(
            batch_op.f('ck_mould_purchase_price_not_negative'), 'purchase_price >= 0'
        )
        batch_op.create_foreign_key(
            batch_op.f('fk_mould_member_business_id_member_business'),
            'member_business', ['member_business_id'], ['id'],
        )
        batch_op.create_foreign_key(
            batch_op.f('fk_mould_assistance_id_assistance'), 'assistance', ['assistance_id'], ['id']
        )
        batch_op.create_index(batch_op.f('ix_mould_assistance_id'), ['assistance_id'], unique=False)

    op.create_table('mould_design',
    sa.Column('mould_id', sa.Integer(), nullable=False),
    sa.Column('design_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['design_id'], ['design_variant.id'], name=op.f('fk_mould_design_design_id_design_variant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mould_id'], ['mould.id'], name=op.f('fk_mould_design_mould_id_mould'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mould_id', 'design_id', name=op.f('pk_mould_design'))
    )
    with op.batch_alter_table('mould_design', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mould_design_design_id'), ['design_id'], unique=False)
    op.execute(
        'INSERT INTO mould_design (mould_id, design_id) '
        'SELECT mould_id, id FROM design_variant WHERE mould_id IS NOT NULL'
    )
    with op.batch_alter_table('design_variant', schema=None) as batch_op:
        batch_op.drop_index('ix_design_variant_mould_id')
        batch_op.drop_constraint('fk_design_variant_mould_id_mould', type_='foreignkey')
        batch_op.drop_column('mould_id')

    # In place on both databases: a nullable column never rewrites the million-row table.
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(
            'ALTER TABLE production_entry ADD COLUMN mould_id INTEGER '
            'CONSTRAINT fk_production_entry_mould_id_mould REFERENCES mould (id)'
        )
    else:
        op.add_column('production_entry', sa.Column('mould_id', sa.Integer(), nullable=True))
        op.create_foreign_key(
            'fk_production_entry_mould_id_mould', 'production_entry', 'mould', ['mould_id'], ['id']
        )
    # A plain CREATE INDEX (no rebuild) over the few entries that name a mould.
    named = sa.text('mould_id IS NOT NULL AND voided_at IS NULL')
    op.create_index(
        'ix_production_entry_mould', 'production_entry', ['mould_id', 'design_id', 'produced_on', 'good_qty'],
        unique=False, sqlite_where=named, postgresql_where=named,
    )


def _migrate_aid_rows() -> None:
    """One programme per agency, year and old kind; kinds mapped as the docstring says."""
    from sentra_desktop.db.types import UTCDateTime

    bind = op.get_bind()
    rows = bind.execute(sa.text('SELECT id, agency_id, received_on, kind, item FROM assistance')).all()
    programme = sa.table(
        'programme',
        sa.column('id', sa.Integer), sa.column('name', sa.String), sa.column('agency_id', sa.Integer),
        sa.column('year', sa.Integer), sa.column('kind', sa.String), sa.column('active', sa.Boolean),
        sa.column('notes', sa.Text), sa.column('uuid', sa.Uuid), sa.column('created_at', UTCDateTime),
        sa.column('updated_at', UTCDateTime), sa.column('created_by', sa.String),
        sa.column('updated_by', sa.String), sa.column('version', sa.Integer),
    )
    made: dict[tuple[int, int, str], int] = {}
    now = datetime.now(UTC)
    for row in rows:
        received = row.received_on
        year = received.year if hasattr(received, 'year') else int(str(received)[:4])
        key = (row.agency_id, year, row.kind)
        if key not in made:
            kind, name = _PROGRAMMES[row.kind]
            result = bind.execute(
                programme.insert().returning(programme.c.id),
                {
                    'name': f'{name} {year}', 'agency_id': row.agency_id, 'year': year, 'kind': kind,
                    'active': True, 'notes': '', 'uuid': uuid.uuid4(), 'created_at': now,
                    'updated_at': now, 'created_by': 'migrasi', 'updated_by': 'migrasi', 'version': 1,
                },
            )
            made[key] = result.scalar_one()
        if row.kind == 'equipment':
            kind = 'mould' if 'cetakan' in (row.item or '').lower() else 'machine'
        else:
            kind = _NEW_KIND[row.kind]
        condition = 'good' if kind in ('mould', 'machine', 'tools') else None
        bind.execute(
            sa.text(
                'UPDATE assistance SET programme_id = :programme, kind = :kind, description = item,'
                ' condition = :condition WHERE id = :id'
            ),
            {'programme': made[key], 'kind': kind, 'condition': condition, 'id': row.id},
        )


def downgrade() -> None:
    op.drop_index('ix_production_entry_mould', table_name='production_entry')
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('ALTER TABLE production_entry DROP COLUMN mould_id')
    else:
        op.drop_constraint('fk_production_entry_mould_id_mould', 'production_entry', type_='foreignkey')
        op.drop_column('production_entry', 'mould_id')

    with op.batch_alter_table('design_variant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mould_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_design_variant_mould_id_mould', 'mould', ['mould_id'], ['id'])
        batch_op.create_index('ix_design_variant_mould_id', ['mould_id'], unique=False)
    op.execute(
        'UPDATE design_variant SET mould_id = '
        '(SELECT MIN(mould_id) FROM mould_design WHERE design_id = design_variant.id)'
    )
    op.drop_table('mould_design')

    with op.batch_alter_table('mould', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mould_assistance_id'))
        batch_op.drop_constraint(batch_op.f('fk_mould_assistance_id_assistance'), type_='foreignkey')
        batch_op.drop_constraint(
            batch_op.f('fk_mould_member_business_id_member_business'), type_='foreignkey'
        )
        batch_op.drop_constraint(batch_op.f('ck_mould_purchase_price_not_negative'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_mould_casts_per_day_positive'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_mould_condition'), type_='check')
        for name in ('retired_on', 'purchase_price', 'assistance_id', 'member_business_id', 'condition',
                     'material', 'casts_per_day'):
            batch_op.drop_column(name)

    with op.batch_alter_table('assistance', schema=None) as batch_op:
        batch_op.add_column(sa.Column('agency_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('item', sa.String(length=120), nullable=False, server_default=''))
        batch_op.alter_column('kind', existing_type=NEW_KIND, type_=sa.String(length=20), existing_nullable=False)
    op.execute(
        'UPDATE assistance SET item = description, '
        'agency_id = (SELECT agency_id FROM programme WHERE programme.id = assistance.programme_id)'
    )
    for new, old in _OLD_KIND.items():
        op.execute(sa.text('UPDATE assistance SET kind = :old WHERE kind = :new').bindparams(old=old, new=new))
    with op.batch_alter_table('assistance', schema=None) as batch_op:
        batch_op.drop_index('ix_assistance_kind_day')
        batch_op.drop_index(batch_op.f('ix_assistance_programme_id'))
        batch_op.drop_constraint(batch_op.f('fk_assistance_programme_id_programme'), type_='foreignkey')
        batch_op.alter_column('kind', existing_type=sa.String(length=20), type_=OLD_KIND, existing_nullable=False)
        batch_op.alter_column('agency_id', existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key('fk_assistance_agency_id_agency', 'agency', ['agency_id'], ['id'])
        batch_op.create_index('ix_assistance_agency_id', ['agency_id'], unique=False)
        batch_op.drop_constraint(batch_op.f('ck_assistance_condition'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_assistance_aidstatus'), type_='check')
        for name in ('active', 'overlap_reason', 'status_reason', 'status', 'last_checked_on', 'photo',
                     'condition', 'serial', 'bast_number', 'description', 'programme_id'):
            batch_op.drop_column(name)

    with op.batch_alter_table('programme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_programme_agency_id'))
    op.drop_table('programme')

    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_agency_agencykind'), type_='check')
        batch_op.drop_column('active')
        batch_op.drop_column('kind')
