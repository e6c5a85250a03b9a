"""places and codes: buyers get a regency/city and a province by their Kemendagri codes, member
businesses a short unique code

Each buyer's typed city and province are matched to the official list (core.places: "Palembang",
"Kota Palembang", "Plg", "Kab. Ogan Ilir" …); the typed text stays as it was. A buyer whose city
matches nothing keeps an empty regency code (the province code when the province matched) and is
shown on the Pembeli page under "Without a regency/city" for the operator to choose one. Member
businesses get a code made from their names ("IKM Karya Karet" -> "KARYA-KARET"), unique.

Revision ID: 0008_places_and_codes
Revises: 0007_audit_search
Create Date: 2026-12-03 16:30:00.000000
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from sentra_desktop.core.places import places
from sentra_desktop.core.short_code import unique_code

revision: str = "0008_places_and_codes"
down_revision: str | None = "0007_audit_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)


def upgrade() -> None:
    with op.batch_alter_table("buyer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("regency_code", sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column("province_code", sa.String(length=2), nullable=True))
        batch_op.create_index(batch_op.f("ix_buyer_regency_code"), ["regency_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_buyer_province_code"), ["province_code"], unique=False)
    with op.batch_alter_table("member_business", schema=None) as batch_op:
        batch_op.add_column(sa.Column("code", sa.String(length=30), nullable=True))

    connection = op.get_bind()
    buyer = sa.table(
        "buyer",
        sa.column("id", sa.Integer),
        sa.column("city", sa.String),
        sa.column("province", sa.String),
        sa.column("regency_code", sa.String),
        sa.column("province_code", sa.String),
    )
    known = places()
    unmatched = 0
    # One update per distinct (city, province): the large demo has 20,000 buyers in a few hundred places.
    pairs = connection.execute(sa.select(buyer.c.city, buyer.c.province).distinct()).all()
    for city, province in pairs:
        region = known.match_regency(city or "", province or "")
        province_code = region.province_code if region else known.match_province(province or "")
        if region is None:
            unmatched += 1
        if region is None and province_code is None:
            continue
        connection.execute(
            buyer.update()
            .where(buyer.c.city == city, buyer.c.province == province)
            .values(regency_code=region.code if region else None, province_code=province_code)
        )
    if unmatched:
        log.info("%d typed places match no regency/city; listed on the Pembeli page", unmatched)

    member = sa.table(
        "member_business",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("code", sa.String),
    )
    taken: set[str] = set()
    for member_id, name in connection.execute(sa.select(member.c.id, member.c.name).order_by(member.c.id)):
        code = unique_code(name, taken)
        taken.add(code)
        connection.execute(member.update().where(member.c.id == member_id).values(code=code))
    with op.batch_alter_table("member_business", schema=None) as batch_op:
        batch_op.alter_column("code", existing_type=sa.String(length=30), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_member_business_code"), ["code"])


def downgrade() -> None:
    with op.batch_alter_table("member_business", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_member_business_code"), type_="unique")
        batch_op.drop_column("code")
    with op.batch_alter_table("buyer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_buyer_province_code"))
        batch_op.drop_index(batch_op.f("ix_buyer_regency_code"))
        batch_op.drop_column("province_code")
        batch_op.drop_column("regency_code")
