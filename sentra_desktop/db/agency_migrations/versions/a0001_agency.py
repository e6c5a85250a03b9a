"""agency: the registry of sentra and the log of imported packets

Revision ID: a0001_agency
Revises:
Create Date: 2026-12-03 21:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import sentra_desktop.db.types

revision: str = "a0001_agency"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agency_sentra",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("province", sa.String(length=120), nullable=False),
        sa.Column("province_code", sa.String(length=10), nullable=False),
        sa.Column("regency_code", sa.String(length=10), nullable=False),
        sa.Column("public_key", sa.LargeBinary(length=64), nullable=False),
        sa.Column("key_fingerprint", sa.String(length=60), nullable=False),
        sa.Column("replica", sa.String(length=120), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("schema_revision", sa.String(length=60), nullable=False),
        sa.Column("last_packet_at", sentra_desktop.db.types.UTCDateTime(), nullable=True),
        sa.Column("registered_at", sentra_desktop.db.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_sentra")),
        sa.UniqueConstraint("uuid", name=op.f("uq_agency_sentra_uuid")),
    )
    op.create_table(
        "agency_packet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sentra_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("seq_from", sa.BigInteger(), nullable=False),
        sa.Column("seq_to", sa.BigInteger(), nullable=False),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("rows", sa.BigInteger(), nullable=False),
        sa.Column("imported_at", sentra_desktop.db.types.UTCDateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=80), nullable=False),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["sentra_id"], ["agency_sentra.id"], name=op.f("fk_agency_packet_sentra_id_agency_sentra")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_packet")),
    )
    op.create_index(op.f("ix_agency_packet_sentra_id"), "agency_packet", ["sentra_id"])
    op.create_index(op.f("ix_agency_packet_sha256"), "agency_packet", ["sha256"])


def downgrade() -> None:
    op.drop_table("agency_packet")
    op.drop_table("agency_sentra")
