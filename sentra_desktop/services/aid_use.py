"""Is the aid used? Mould output and utilisation, idle items, and the overlaps between items.

Pieces made with a mould are the good pieces of production entries that name it, plus a share of
the entries of its designs that name no mould, made on or after the day the mould arrived: such
an entry is split evenly among the moulds that cast its design. Utilisation compares the pieces
with the mould's capacity (cavities times casts per day) over the working days since it arrived
(six of every seven days). A physical aid item (mould, machine, tools) with no recorded use for
:data:`IDLE_MONTHS` months is idle: for a mould its last production, for another item the day it
was last checked and found in use. Whole months are read from the monthly output summary and
only the days around each arrival from the entries (:class:`UnnamedOutput`), so no reading scans
every entry: a few hundred milliseconds at most on the large demo, off the GUI thread. The overlaps
are made in :mod:`services.aid_overlap`; :meth:`AidUseService.overlaps` reads them.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import AidStatus
from sentra_desktop.db.models import (
    Agency,
    Assistance,
    DesignVariant,
    MemberBusiness,
    Mould,
    MouldDesign,
    OutputMonth,
    ProductionEntry,
    Programme,
)
from sentra_desktop.services.aid import OVERLAP_WINDOW_MONTHS, PHYSICAL, WORKING, AidFacts, months_before
from sentra_desktop.services.aid_overlap import OverlapPairs, overlap_pairs
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

    def overlaps(self) -> OverlapPairs:
        """Every overlap between two held items (the Tumpang tindih list), newest second item first."""
        window = SentraSettingService(self.db).get(OVERLAP_WINDOW_MONTHS)
        with self.db.reading() as session:
            return overlap_pairs(session, window)


def mould_use(session: Session, today: date, items: set[int] | None = None) -> list[MouldUse]:
    """Every mould's use, or with ``items`` those of the aid items ``items`` only (a design's
    unnamed output is still shared among all of its moulds)."""
    every = session.execute(
        select(
            Mould.id,
            Mould.code,
            Mould.name,
            Mould.assistance_id,
            Mould.cavities * Mould.casts_per_day,
            Mould.acquired_on,
        ).order_by(Mould.code)
    ).all()
    moulds = every if items is None else [row for row in every if row.assistance_id in items]
    links: dict[int, list[int]] = defaultdict(list)
    moulds_of_design: dict[int, int] = defaultdict(int)
    for mould_id, design_id in session.execute(select(MouldDesign.mould_id, MouldDesign.design_id)):
        links[mould_id].append(design_id)
        moulds_of_design[design_id] += 1
    prices: dict[int, int] = {
        id_: price for id_, price in session.execute(select(DesignVariant.id, DesignVariant.price))
    }
    # Entries that name their mould (few; their own partial index): per mould and design, and per
    # design and day, which the rest of a design's output leaves out.
    named: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    named_last: dict[int, date] = {}
    named_by_day: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    by_mould = (
        select(
            ProductionEntry.mould_id,
            ProductionEntry.design_id,
            ProductionEntry.produced_on,
            func.sum(ProductionEntry.good_qty),
        )
        .where(ProductionEntry.voided_at.is_(None), ProductionEntry.mould_id.is_not(None))
        .group_by(ProductionEntry.mould_id, ProductionEntry.design_id, ProductionEntry.produced_on)
    )
    for used_mould, design_id, day, pieces in session.execute(by_mould):
        if used_mould is None:  # excluded by the query; says so to the type checker
            continue
        named[used_mould][design_id] += int(pieces)
        named_last[used_mould] = max(day, named_last.get(used_mould, day))
        named_by_day[design_id][day] += int(pieces)

    arrivals = {(d, row.acquired_on) for row in moulds for d in links.get(row.id, ())}
    designs = set(moulds_of_design) if items is None else {d for m in moulds for d in links.get(m.id, ())}
    unnamed = UnnamedOutput.read(session, designs, arrivals, named_by_day)
    result = []
    for mould_id, code, name, assistance_id, capacity, acquired_on in moulds:
        pieces = sum(named[mould_id].values())
        value = sum(count * prices.get(design_id, 0) for design_id, count in named[mould_id].items())
        last = named_last.get(mould_id)
        for design_id in links.get(mould_id, ()):
            made = unnamed.since(design_id, acquired_on)
            if made <= 0:
                continue
            share = made // moulds_of_design[design_id]
            pieces += share
            value += share * prices.get(design_id, 0)
            design_last = unnamed.last.get(design_id)
            if design_last is not None:
                last = max(design_last, last) if last else design_last
        utilisation = None
        if acquired_on is not None and acquired_on <= today:
            possible = capacity * working_days(acquired_on, today)
            utilisation = pieces / possible if possible else None
        result.append(
            MouldUse(mould_id, code, name, assistance_id, capacity, pieces, value, last, utilisation)
        )
    return result


def _month_bounds(day: date) -> tuple[date, date]:
    return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])


@dataclass(frozen=True)
class UnnamedOutput:
    """The good pieces of live entries that name no mould, per design: by month, and within the
    month each mould arrived in, so a mould's share since its arrival is a few sums.

    Whole months come from the monthly summary ``output_month`` (kept in the same transaction as
    production, so never stale) less the entries that name a mould; the days of an arrival
    month, before or after the arrival whichever is fewer, from the entries by the live
    design-and-day index. No reading scans every entry.
    """

    months: dict[int, list[str]]  # per design: "2026-11" months with unnamed pieces, in order
    after: dict[int, list[int]]  # per design: the unnamed pieces of each month and every later one
    part: dict[tuple[int, date], int]  # (design, arrival): unnamed pieces of its month from that day
    last: dict[int, date]  # per design: the last day with unnamed pieces

    @classmethod
    def read(
        cls,
        session: Session,
        designs: set[int],
        arrivals: set[tuple[int, date | None]],
        named_by_day: dict[int, dict[date, int]],
    ) -> UnnamedOutput:
        by_month: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        stmt = select(OutputMonth.design_id, OutputMonth.month, func.sum(OutputMonth.good)).group_by(
            OutputMonth.design_id, OutputMonth.month
        )
        for design_id, month, good in session.execute(stmt):
            if design_id in designs:
                by_month[design_id][month] += int(good)
        for design_id, days in named_by_day.items():
            for day, pieces in days.items():
                if design_id in by_month:
                    by_month[design_id][day.isoformat()[:7]] -= pieces
        months: dict[int, list[str]] = {}
        after: dict[int, list[int]] = {}
        for design_id, counts in by_month.items():
            kept = sorted(month for month, pieces in counts.items() if pieces > 0)
            totals = list(itertools.accumulate(counts[month] for month in reversed(kept)))
            months[design_id], after[design_id] = kept, totals[::-1]
        monthly = {d: dict(zip(months[d], _own(after[d]), strict=True)) for d in months}

        # The arrival months, each from its shorter side: [arrival, month end] or [month start, arrival).
        wanted: list[tuple[int, date, date]] = []
        sides: list[tuple[int, date, bool]] = []
        for design_id, arrived in arrivals:
            if arrived is None or arrived.isoformat()[:7] not in monthly.get(design_id, {}):
                continue
            first, last = _month_bounds(arrived)
            if arrived == first:
                continue
            from_arrival = (last - arrived).days + 1 <= (arrived - first).days
            span = (arrived, last) if from_arrival else (first, arrived - timedelta(days=1))
            wanted.append((design_id, *span))
            sides.append((design_id, arrived, from_arrival))
        part: dict[tuple[int, date], int] = {}
        for (design_id, first, last), (_d, arrived, from_arrival), live in zip(
            wanted, sides, _range_sums(session, wanted), strict=True
        ):
            named_days = named_by_day.get(design_id, {})
            rest = live - sum(p for day, p in named_days.items() if first <= day <= last)
            whole = monthly[design_id][arrived.isoformat()[:7]]
            part[(design_id, arrived)] = rest if from_arrival else whole - rest
        return cls(months, after, part, _last_days(session, months))

    def since(self, design_id: int, arrived: date | None) -> int:
        """Unnamed pieces of ``design_id`` made on or after ``arrived`` (all of them when unknown)."""
        months, after = self.months.get(design_id), self.after.get(design_id)
        if not months or not after:
            return 0
        if arrived is None:
            return after[0]
        month = arrived.isoformat()[:7]
        index = bisect.bisect_right(months, month)
        later = after[index] if index < len(after) else 0
        if index and months[index - 1] == month:
            own = after[index - 1] - later
            return later + self.part.get((design_id, arrived), own)
        return later


def _own(after: list[int]) -> list[int]:
    """Each month's own pieces from the running totals of it and every later month."""
    return [total - (after[i + 1] if i + 1 < len(after) else 0) for i, total in enumerate(after)]


def _range_sums(session: Session, ranges: list[tuple[int, date, date]]) -> list[int]:
    """Live good pieces of each (design, first day, last day), one indexed look-up each."""
    return [int(total or 0) for total in _per_range(session, ranges, "COALESCE(SUM(e.good_qty), 0)", "")]


def _per_range(
    session: Session, ranges: list[tuple[int, date, date]], value: str, condition: str
) -> list[Any]:
    """``value`` over the live entries of each (design, first day, last day) meeting ``condition``,
    in chunks, by the live design-and-day index.

    Sent as the driver's own SQL with positional parameters: thousands of named ones cost more to
    compile than the look-ups take.
    """
    connection = session.connection()
    postgres = connection.dialect.name == "postgresql"
    mark = "%s" if connection.dialect.paramstyle in ("format", "pyformat") else "?"
    row = (
        f"(CAST({mark} AS INTEGER), CAST({mark} AS INTEGER), CAST({mark} AS DATE), CAST({mark} AS DATE))"
        if postgres
        else f"({mark}, {mark}, {mark}, {mark})"  # SQLite keeps dates as ISO text
    )
    result: list[Any] = []
    for start in range(0, len(ranges), 500):
        chunk = ranges[start : start + 500]
        params: list[Any] = []
        for n, (design_id, first, last) in enumerate(chunk):
            if postgres:
                params += [n, design_id, first, last]
            else:
                params += [n, design_id, first.isoformat(), last.isoformat()]
        sql = (
            f"WITH want (n, design_id, first_day, last_day) AS (VALUES {', '.join([row] * len(chunk))})"
            f" SELECT w.n, (SELECT {value} FROM production_entry e"
            " WHERE e.voided_at IS NULL AND e.design_id = w.design_id"
            f" AND e.produced_on BETWEEN w.first_day AND w.last_day{condition}) FROM want w ORDER BY w.n"
        )
        result.extend(found for _n, found in connection.exec_driver_sql(sql, tuple(params)))
    return result


def _last_days(session: Session, months: dict[int, list[str]]) -> dict[int, date]:
    """Each design's last day with unnamed pieces: the last entry naming no mould with good pieces,
    looked for (backwards, by the index) in the design's last month that has some."""
    wanted = [
        (design_id, *_month_bounds(date.fromisoformat(kept[-1] + "-01")))
        for design_id, kept in months.items()
        if kept
    ]
    condition = " AND e.good_qty > 0 AND e.mould_id IS NULL"
    found = _per_range(session, wanted, "MAX(e.produced_on)", condition)
    return {
        design_id: day if isinstance(day, date) else date.fromisoformat(day)
        for (design_id, _first, _last), day in zip(wanted, found, strict=True)
        if day is not None
    }


def item_use(session: Session, today: date, items: set[int] | None = None) -> list[ItemUse]:
    """Every aid item's use, oldest first; with ``items`` only those (a Kinerja period's)."""
    by_item: dict[int, list[MouldUse]] = defaultdict(list)
    for use in mould_use(session, today, items):
        if use.assistance_id is not None:
            by_item[use.assistance_id].append(use)
    rows = (
        session.connection()
        .execute(  # Core rows: no ORM loading for 5,000 plain tuples
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
            .where(*([] if items is None else [Assistance.id.in_(sorted(items))]))
            .order_by(Assistance.received_on, Assistance.id)
        )
        .all()
    )
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
