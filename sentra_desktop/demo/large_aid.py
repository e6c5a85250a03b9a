"""The large demo's aid: per ten years 5,000 aid items under 400 programmes and 2,000 moulds.

Enough for the aid benchmarks (the overlap check on save, every mould's utilisation, the aid
sheet): items spread over the member businesses and the sentra, the physical ones in every
condition, some marked returned or written off; moulds cast one to three designs, most of them
from aid items of kind mould, the rest bought. Rows are written like the rest of the large demo
(the driver, explicit ids, in the demo's one transaction).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import Connection, select

from sentra_desktop.core.enums import AidStatus, AssistanceKind, Condition, ProgrammeKind
from sentra_desktop.db.models import (
    Agency,
    Assistance,
    DesignVariant,
    MemberBusiness,
    Mould,
    MouldDesign,
    Programme,
)
from sentra_desktop.demo import bulk
from sentra_desktop.demo.bulk import Uuids, stamp, table_of
from sentra_desktop.demo.timeline import Timeline

ACTOR = "demo"
AID_PER_TEN_YEARS = 5_000
MOULDS_PER_TEN_YEARS = 2_000
PROGRAMMES_PER_TEN_YEARS = 400

PROGRAMME_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "created_by", "updated_by", "version", "name", "agency_id",
    "year", "kind", "active", "notes",
)  # fmt: skip
AID_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "created_by", "updated_by", "version", "programme_id",
    "received_on", "member_business_id", "kind", "description", "quantity", "value", "bast_number", "serial",
    "condition", "last_checked_on", "status", "status_reason", "overlap_reason", "active", "notes",
)  # fmt: skip
MOULD_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "created_by", "updated_by", "version", "code", "name",
    "product_type_id", "cavities", "casts_per_day", "material", "condition", "member_business_id",
    "assistance_id", "acquired_on", "purchase_price", "retired_on", "active", "notes",
)  # fmt: skip

_KINDS = (
    (AssistanceKind.MOULD, 0.3, "Cetakan", (1_500_000, 9_000_000)),
    (AssistanceKind.MACHINE, 0.15, "Mesin", (5_000_000, 40_000_000)),
    (AssistanceKind.TOOLS, 0.2, "Peralatan", (200_000, 3_000_000)),
    (AssistanceKind.MATERIAL, 0.12, "Bahan baku", (1_000_000, 10_000_000)),
    (AssistanceKind.TRAINING, 0.1, "Pelatihan", (0, 0)),
    (AssistanceKind.EXHIBITION, 0.08, "Pameran", (2_000_000, 8_000_000)),
    (AssistanceKind.CAPITAL, 0.05, "Modal usaha", (5_000_000, 25_000_000)),
)
_PHYSICAL = (AssistanceKind.MOULD, AssistanceKind.MACHINE, AssistanceKind.TOOLS)
_CONDITIONS = (Condition.GOOD,) * 7 + (Condition.NEEDS_REPAIR,) * 2 + (Condition.BROKEN, Condition.LOST)


def write_large_aid(
    connection: Connection, tl: Timeline, rng: random.Random, uuids: Uuids, scaled: Callable[[int], int]
) -> tuple[int, int]:
    """Write the programmes, aid items and moulds; returns (aid items, moulds) written."""
    agencies = list(connection.execute(select(Agency.id)).scalars())
    members: list[int | None] = [*connection.execute(select(MemberBusiness.id)).scalars(), None]
    designs = [
        (row[0], row[1])
        for row in connection.execute(select(DesignVariant.id, DesignVariant.product_type_id))
    ]
    days = (tl.last - tl.first).days
    at = stamp(tl.now)

    def record(id_: int) -> tuple[object, ...]:
        return (id_, uuids(), at, at, ACTOR, ACTOR, 1)

    first_programme = bulk.next_id(connection, table_of(Programme))
    programmes = []
    for number in range(scaled(PROGRAMMES_PER_TEN_YEARS)):
        year = (tl.first + timedelta(days=rng.randrange(days + 1))).year
        programme_kind = rng.choice(list(ProgrammeKind))
        name = f"Program {number + 1:03d} {programme_kind.value.replace('_', ' ')}"
        programmes.append(
            (
                *record(first_programme + number),
                name,
                rng.choice(agencies),
                year,
                programme_kind.value,
                True,
                "",
            )
        )
    bulk.write(connection, table_of(Programme), PROGRAMME_COLUMNS, programmes)

    first_aid = bulk.next_id(connection, table_of(Assistance))
    aid = []
    mould_items: list[tuple[int, int | None, date]] = []
    weights = [share for _, share, _, _ in _KINDS]
    for number in range(scaled(AID_PER_TEN_YEARS)):
        kind, _, word, (low, high) = rng.choices(_KINDS, weights)[0]
        received = tl.first + timedelta(days=rng.randrange(days + 1))
        programme = programmes[rng.randrange(len(programmes))][0]
        member = rng.choice(members)
        physical = kind in _PHYSICAL
        condition = rng.choice(_CONDITIONS).value if physical else None
        status = AidStatus.HELD
        if physical and rng.random() < 0.04:
            status = rng.choice((AidStatus.RETURNED, AidStatus.WRITTEN_OFF))
        checked = None
        if kind in (AssistanceKind.MACHINE, AssistanceKind.TOOLS) and rng.random() < 0.7:
            checked = received + timedelta(days=rng.randrange(max(1, (tl.last - received).days + 1)))
        value = rng.randrange(low, high + 1, 50_000) if high else 0
        aid_id = first_aid + number
        aid.append(
            (
                *record(aid_id), programme, received, member, kind.value, f"{word} {number + 1:05d}",
                rng.randint(1, 12), value, f"BAST/{number + 1:05d}", "", condition, checked, status.value,
                "" if status == AidStatus.HELD else "Dicatat saat pemeriksaan", "",
                status == AidStatus.HELD, "",
            )
        )  # fmt: skip
        if kind == AssistanceKind.MOULD:
            mould_items.append((aid_id, member, received))
    bulk.write(connection, table_of(Assistance), AID_COLUMNS, aid)

    first_mould = bulk.next_id(connection, table_of(Mould))
    moulds: list[tuple[object, ...]] = []
    links: list[tuple[int, int, str]] = []
    for number in range(scaled(MOULDS_PER_TEN_YEARS)):
        mould_id = first_mould + number
        if mould_items and rng.random() < 0.8:
            item, holder, acquired = rng.choice(mould_items)
            price = None
        else:
            item, holder, price = None, rng.choice(members), rng.randrange(500_000, 5_000_000, 50_000)
            acquired = tl.first + timedelta(days=rng.randrange(days + 1))
        cast = rng.sample(designs, rng.randint(1, 3))
        moulds.append(
            (
                *record(mould_id), f"CTK-L{number + 1:05d}", f"Cetakan besar {number + 1:05d}", cast[0][1],
                rng.choice((1, 2, 4, 6, 8, 12)), rng.randint(4, 20),
                rng.choice(("silikon", "aluminium", "resin")), rng.choice(_CONDITIONS).value, holder, item,
                acquired, price, None, True, "",
            )
        )  # fmt: skip
        links.extend((mould_id, design_id, uuids()) for design_id, _ in cast)
    bulk.write(connection, table_of(Mould), MOULD_COLUMNS, moulds)
    bulk.write(connection, table_of(MouldDesign), ("mould_id", "design_id", "uuid"), links)
    return len(aid), len(moulds)


WRITTEN = (Programme, Assistance, Mould)
