"""change tracking for packets to the agency: change_seq on every travelled table, the change
counter, tombstones, and the sentra's identity (a random UUID made here for existing databases
and, since every new database is made by these migrations, for new ones too)

Every column added to an existing table is a plain ALTER TABLE ADD COLUMN with a constant
default (no rebuild: production_entry, audit_log, stock_movement and the order tables hold
millions of rows, and rebuilding audit_log on SQLite would drop its append-only triggers).
Existing rows keep change_seq 0: a sentra's first packet is always a full one. Only the two
small link tables that had no uuid (design_photo, mould_design) are filled row by row and
then rebuilt (SQLite batch mode) to make the uuid NOT NULL and unique.

Revision ID: 0014_change_tracking
Revises: 0012_piece_pay
Create Date: 2026-12-03 21:00:00.000000
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from sentra_desktop.db import change_seq

revision: str = '0014_change_tracking'
down_revision: str | None = '0012_piece_pay'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every table that travels to the agency, as of this revision (sentra_desktop.db.travel).
RECORD_TABLES = (
    'agency', 'app_user', 'assistance', 'buyer', 'delivery', 'delivery_line', 'design_variant',
    'maker', 'maker_membership', 'material', 'material_receipt', 'member_business',
    'mentoring_visit', 'mould', 'order_line', 'pay_adjustment', 'pay_advance', 'pay_period',
    'pay_slip', 'payment', 'piece_rate', 'product_type', 'production_entry', 'programme',
    'recipe_line', 'sales_event', 'sales_order', 'sentra_profile', 'sentra_setting',
    'stock_count', 'stock_count_line', 'visit_recommendation',
)
LEDGER_TABLES = ('pay_line', 'stock_movement')
LINK_TABLES = ('design_photo', 'mould_design')
SEQ_TABLES = (*RECORD_TABLES, *LEDGER_TABLES, 'audit_log')


def _seq_column() -> sa.Column:
    return sa.Column('change_seq', sa.BigInteger(), nullable=False, server_default='0')


def upgrade() -> None:
    import sentra_desktop.db.types

    bind = op.get_bind()
    op.create_table('change_counter',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_change_counter_one_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_counter'))
    )
    op.create_table('change_tombstone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('change_seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_tombstone'))
    )
    op.create_index(op.f('ix_change_tombstone_change_seq'), 'change_tombstone', ['change_seq'], unique=False)
    identity = op.create_table('sentra_identity',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('uuid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sentra_desktop.db.types.UTCDateTime(), nullable=False),
    sa.Column('private_key', sa.LargeBinary(), nullable=True),
    sa.Column('public_key', sa.LargeBinary(), nullable=True),
    sa.Column('key_created_at', sentra_desktop.db.types.UTCDateTime(), nullable=True),
    sa.Column('last_exported_seq', sa.BigInteger(), nullable=False),
    sa.Column('last_exported_at', sentra_desktop.db.types.UTCDateTime(), nullable=True),
    sa.CheckConstraint('id = 1', name=op.f('ck_sentra_identity_one_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sentra_identity')),
    sa.UniqueConstraint('uuid', name=op.f('uq_sentra_identity_uuid'))
    )
    counter = sa.table('change_counter', sa.column('id'), sa.column('value'))
    bind.execute(counter.insert().values(id=1, value=0))
    bind.execute(
        identity.insert().values(
            id=1, uuid=uuid.uuid4(), created_at=datetime.now(UTC), last_exported_seq=0
        )
    )

    for table in SEQ_TABLES:
        op.add_column(table, _seq_column())
        op.create_index(f'ix_{table}_change_seq', table, ['change_seq'], unique=False)
    for table in LEDGER_TABLES:
        op.add_column(table, sa.Column('version', sa.Integer(), nullable=False, server_default='1'))

    for table, key in (('design_photo', ('design_id',)), ('mould_design', ('mould_id', 'design_id'))):
        op.add_column(table, sa.Column('uuid', sa.Uuid(), nullable=True))
        op.add_column(table, sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
        op.add_column(table, _seq_column())
        rows = sa.table(table, sa.column('uuid', sa.Uuid()), *(sa.column(k) for k in key))
        keys = bind.execute(sa.select(*(rows.c[k] for k in key))).all()
        update = rows.update().where(*(rows.c[k] == sa.bindparam(f'k_{k}') for k in key))
        if keys:
            bind.execute(
                update.values(uuid=sa.bindparam('new_uuid')),
                [{'new_uuid': uuid.uuid4(), **{f'k_{k}': v for k, v in zip(key, row, strict=True)}}
                 for row in keys],
            )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('uuid', existing_type=sa.Uuid(), nullable=False)
            batch_op.create_unique_constraint(batch_op.f(f'uq_{table}_uuid'), ['uuid'])
            batch_op.create_index(batch_op.f(f'ix_{table}_change_seq'), ['change_seq'], unique=False)
    change_seq.forget(bind.engine)


def downgrade() -> None:
    for table in LINK_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_change_seq'))
            batch_op.drop_constraint(batch_op.f(f'uq_{table}_uuid'), type_='unique')
            batch_op.drop_column('change_seq')
            batch_op.drop_column('version')
            batch_op.drop_column('uuid')
    for table in LEDGER_TABLES:
        op.drop_column(table, 'version')
    for table in SEQ_TABLES:
        op.drop_index(f'ix_{table}_change_seq', table_name=table)
        op.drop_column(table, 'change_seq')
    op.drop_table('sentra_identity')
    op.drop_index(op.f('ix_change_tombstone_change_seq'), table_name='change_tombstone')
    op.drop_table('change_tombstone')
    op.drop_table('change_counter')
    change_seq.forget(op.get_bind().engine)
