"""Is the aid used? Mould output and utilisation, idle items, and every overlap between items.

Pieces made with a mould are the good pieces of production entries that name it, plus a share of
the entries of its designs that name no mould, made on or after the day the mould arrived: such
an entry is split evenly among the moulds that cast its design. Utilisation compares the pieces
with the mould's capacity (cavities times casts per day) over the working days since it arrived
(six of every seven days). A physical aid item (mould, machine, tools) with no recorded use for
:data:`IDLE_MONTHS` months is idle: for a mould its last production, for another item the day it
was last checked and found in use. All of it is read in a few grouped queries and put together
here, so it runs off the GUI thread in well under a second on the large demo.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import AidStatus, AssistanceKind
from sentra_desktop.db.models import (
    Agency,
    Assistance,
    DesignVariant,
    MemberBusiness,
    Mould,
    MouldDesign,
    ProductionEntry,
    Programme,
)
from sentra_desktop.services.aid import OVERLAP_WINDOW_MONTHS, PHYSICAL, WORKING, AidFacts, months_before
from sentra_desktop.services.base import Service
from sentra_desktop.services.sentra_settings import SentraSettingService

IDLE_MONTHS = 6
WORKING_DAYS_PER_WEEK = 6


@dataclass(frozen=True)
class MouldUse:
    """What one mould made since it arrived, and how that compares with what it could make."""

    mould_id: int
    code: str
    name: str
    assistance_id: int | None
    capacity: int  # pieces per working day
    pieces: int
    sales_value: int  # the pieces at their designs' selling prices
    last_used: date | None
    utilisation: float | None  # pieces / (capacity x working days since arrival); None: date unknown


@dataclass(frozen=True)
class ItemUse(AidFacts):
    """How far one aid item is used: pieces from its moulds, or the last check, and whether idle."""

    id: int
    pieces: int
    sales_value: int
    last_used: date | None
    idle: bool


@dataclass(frozen=True)
class OverlapPair:
    """Two held items of the same kind for one recipient from different programmes, close in time."""

    kind: AssistanceKind
    recipient: str
    first_id: int
    first: str
    first_agency: str
    first_on: date
    first_value: int
    second_id: int
    second: str
    second_agency: str
    second_on: date
    second_value: int


def working_days(start: date, end: date) -> int:
    """Working days from ``start`` to ``end`` inclusive, six of every seven days."""
    days = (end - start).days + 1
    return max(0, days * WORKING_DAYS_PER_WEEK // 7)


def is_idle(last_used: date | None, received_on: date, today: date) -> bool:
    """No use recorded for IDLE_MONTHS months (counted from arrival when never used)."""
    since = last_used or received_on
    return since <= months_before(today, IDLE_MONTHS)


class AidUseService(Service):
    """The figures of the "is the aid used?" question; each call reads one consistent snapshot."""

    def mould_use(self, today: date | None = None) -> list[MouldUse]:
        """Every mould's pieces, sales value, last use and utilisation, by code."""
        with self.db.reading() as session:
            return mould_use(session, today or date.today())

    def item_use(self, today: date | None = None) -> list[ItemUse]:
        """Every aid item with its use and idle flag, oldest first."""
        with self.db.reading() as session:
            return item_use(session, today or date.today())

    def overlaps(self) -> list[OverlapPair]:
        """Every overlap between two held items (the Tumpang tindih list), newest second item first."""
        window = SentraSettingService(self.db).get(OVERLAP_WINDOW_MONTHS)
        with self.db.reading() as session:
            return overlap_pairs(session, window)


def mould_use(session: Session, today: date) -> list[MouldUse]:
    moulds = session.execute(
        select(
            Mould.id,
            Mould.code,
            Mould.name,
            Mould.assistance_id,
            Mould.cavities * Mould.casts_per_day,
            Mould.acquired_on,
        ).order_by(Mould.code)
    ).all()
    links: dict[int, list[int]] = defaultdict(list)
    moulds_of_design: dict[int, int] = defaultdict(int)
    for mould_id, design_id in session.execute(select(MouldDesign.mould_id, MouldDesign.design_id)):
        links[mould_id].append(design_id)
        moulds_of_design[design_id] += 1
    prices: dict[int, int] = {
        id_: price for id_, price in session.execute(select(DesignVariant.id, DesignVariant.price))
    }
    live = ProductionEntry.voided_at.is_(None)

    # Entries that name their mould: per mould and design, and per design and day (to subtract).
    named: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    named_last: dict[int, date] = {}
    named_by_day: dict[tuple[int, date], int] = defaultdict(int)
    by_mould = (
        select(
            ProductionEntry.mould_id,
            ProductionEntry.design_id,
            ProductionEntry.produced_on,
            func.sum(ProductionEntry.good_qty),
        )
        .where(live, ProductionEntry.mould_id.is_not(None))
        .group_by(ProductionEntry.mould_id, ProductionEntry.design_id, ProductionEntry.produced_on)
    )
    for used_mould, design_id, day, pieces in session.execute(by_mould):
        if used_mould is None:  # excluded by the query; says so to the type checker
            continue
        named[used_mould][design_id] += int(pieces)
        named_last[used_mould] = max(day, named_last.get(used_mould, day))
        named_by_day[(design_id, day)] += int(pieces)

    # The rest of each design's output by day, as running totals to cut at a mould's arrival.
    days: dict[int, list[date]] = defaultdict(list)
    running: dict[int, list[int]] = defaultdict(list)
    linked = set(moulds_of_design)
    by_day = (
        select(ProductionEntry.design_id, ProductionEntry.produced_on, func.sum(ProductionEntry.good_qty))
        .where(live)
        .group_by(ProductionEntry.design_id, ProductionEntry.produced_on)
        .order_by(ProductionEntry.design_id, ProductionEntry.produced_on)
    )
    for design_id, day, pieces in session.execute(by_day):
        if design_id not in linked:
            continue
        rest = int(pieces) - named_by_day.get((design_id, day), 0)
        if rest <= 0:
            continue
        total = running[design_id][-1] if running[design_id] else 0
        days[design_id].append(day)
        running[design_id].append(total + rest)

    result = []
    for mould_id, code, name, assistance_id, capacity, acquired_on in moulds:
        pieces = sum(named[mould_id].values())
        value = sum(count * prices.get(design_id, 0) for design_id, count in named[mould_id].items())
        last = named_last.get(mould_id)
        for design_id in links.get(mould_id, ()):
            design_days, totals = days.get(design_id), running.get(design_id)
            if not design_days or not totals:
                continue
            start = 0 if acquired_on is None else bisect.bisect_left(design_days, acquired_on)
            if start >= len(design_days):
                continue
            made = totals[-1] - (totals[start - 1] if start else 0)
            share = made // moulds_of_design[design_id]
            pieces += share
            value += share * prices.get(design_id, 0)
            last = max(design_days[-1], last) if last else design_days[-1]
        utilisation = None
        if acquired_on is not None and acquired_on <= today:
            possible = capacity * working_days(acquired_on, today)
            utilisation = pieces / possible if possible else None
        result.append(
            MouldUse(mould_id, code, name, assistance_id, capacity, pieces, value, last, utilisation)
        )
    return result


def item_use(session: Session, today: date) -> list[ItemUse]:
    by_item: dict[int, list[MouldUse]] = defaultdict(list)
    for use in mould_use(session, today):
        if use.assistance_id is not None:
            by_item[use.assistance_id].append(use)
    rows = session.execute(
        select(
            Assistance.id,
            Assistance.received_on,
            Assistance.description,
            Assistance.kind,
            func.coalesce(func.nullif(Agency.short_name, ""), Agency.name),
            Programme.name,
            func.coalesce(MemberBusiness.name, ""),
            Assistance.quantity,
            Assistance.value,
            Assistance.condition,
            Assistance.status,
            Assistance.last_checked_on,
        )
        .join(Programme, Programme.id == Assistance.programme_id)
        .join(Agency, Agency.id == Programme.agency_id)
        .outerjoin(MemberBusiness, MemberBusiness.id == Assistance.member_business_id)
        .order_by(Assistance.received_on, Assistance.id)
    ).all()
    result = []
    for row in rows:
        uses = by_item.get(row.id, [])
        pieces = sum(use.pieces for use in uses)
        value = sum(use.sales_value for use in uses)
        last = max((use.last_used for use in uses if use.last_used), default=None)
        if row.last_checked_on is not None:
            last = max(last, row.last_checked_on) if last else row.last_checked_on
        idle = (
            row.kind in PHYSICAL
            and row.status == AidStatus.HELD
            and row.condition in WORKING
            and is_idle(last, row.received_on, today)
        )
        result.append(
            ItemUse(
                id=row.id,
                received_on=row.received_on,
                description=row.description,
                kind=row.kind,
                agency=row[4],
                programme=row[5],
                recipient=row[6],
                quantity=row.quantity,
                value=row.value,
                condition=row.condition,
                status=row.status,
                pieces=pieces,
                sales_value=value,
                last_used=last,
                idle=idle,
            )
        )
    return result


def overlap_pairs(session: Session, window_months: int) -> list[OverlapPair]:
    """Pairs of held, working items of one kind and recipient, from two programmes, within the window.

    Moulds pair only when both have moulds that cast a common design, or either has none yet.
    """
    rows = session.execute(
        select(
            Assistance.id,
            Assistance.kind,
            Assistance.member_business_id,
            func.coalesce(MemberBusiness.name, ""),
            Assistance.programme_id,
            Assistance.received_on,
            Assistance.description,
            func.coalesce(func.nullif(Agency.short_name, ""), Agency.name),
            Assistance.value,
        )
        .join(Programme, Programme.id == Assistance.programme_id)
        .join(Agency, Agency.id == Programme.agency_id)
        .outerjoin(MemberBusiness, MemberBusiness.id == Assistance.member_business_id)
        .where(
            Assistance.status == AidStatus.HELD,
            Assistance.condition.is_(None) | Assistance.condition.in_(WORKING),
        )
        .order_by(Assistance.received_on, Assistance.id)
    ).all()
    designs: dict[int, set[int]] = defaultdict(set)
    stmt = (
        select(Mould.assistance_id, MouldDesign.design_id)
        .join(MouldDesign, MouldDesign.mould_id == Mould.id)
        .where(Mould.assistance_id.is_not(None))
    )
    for item_id, design_id in session.execute(stmt):
        if item_id is not None:  # excluded by the query; says so to the type checker
            designs[item_id].add(design_id)
    groups: dict[tuple[str, int | None], list[Row]] = defaultdict(list)
    for row in rows:
        groups[(row[1], row[2])].append(row)
    pairs: list[OverlapPair] = []
    for group in groups.values():
        pairs.extend(_pairs_in(group, window_months, designs))
    pairs.sort(key=lambda pair: (pair.second_on, pair.second_id), reverse=True)
    return pairs


Row = tuple  # one row of the overlap query, in its column order


def _pairs_in(group: list[Row], window_months: int, designs: dict[int, set[int]]) -> Iterable[OverlapPair]:
    """The pairs in one kind-and-recipient group, already in date order (a sliding window)."""
    for later_index, later in enumerate(group):
        earliest = months_before(later[5], window_months)
        for earlier in reversed(group[:later_index]):
            if earlier[5] < earliest:
                break
            if earlier[4] == later[4]:
                continue  # one programme's own items do not overlap each other
            if later[1] == AssistanceKind.MOULD:
                mine, theirs = designs.get(earlier[0]), designs.get(later[0])
                if mine and theirs and not mine & theirs:
                    continue
            yield OverlapPair(
                later[1], later[3], earlier[0], earlier[6], earlier[7], earlier[5], earlier[8],
                later[0], later[6], later[7], later[5], later[8],
            )  # fmt: skip
