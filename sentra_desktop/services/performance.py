"""Kinerja: the sentra's performance for a period against the equal period before it.

The questions the mentors ask (is output growing, are there new buyers and new markets, do new
designs sell, does the sentra live on one event) answered from the records. Every sum is done
in SQL and comes back as a few grouped rows: for whole months from the monthly summaries
(:mod:`services.performance_summaries`), for other dates from the records
(:mod:`services.performance_queries`). This module names them and puts the two periods side by
side in :class:`core.performance.PerformanceData`.
Reading performance is allowed to every role.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from sentra_desktop.core import i18n
from sentra_desktop.core.enums import DesignStatus
from sentra_desktop.core.errors import NotFoundError, ValidationError
from sentra_desktop.core.names import BUYER_KIND
from sentra_desktop.core.names import name as display_name
from sentra_desktop.core.performance import (
    SLUMP_PERCENT,
    Amount,
    DependenceWarning,
    DesignSale,
    EventWindow,
    MonthPoint,
    Output,
    PerformanceData,
    Period,
    PeriodFigures,
    RetireCandidate,
    Upcoming,
    WarningKind,
    add_months,
    month_start,
)
from sentra_desktop.db.models import DesignVariant, Maker, MemberBusiness, ProductType, SalesEvent
from sentra_desktop.services import markets, visits
from sentra_desktop.services import performance_queries as q
from sentra_desktop.services import performance_summaries as sq
from sentra_desktop.services.base import Service
from sentra_desktop.services.sentra_settings import DEPENDENCE_WARNING_PERCENT, SentraSettingService
from sentra_desktop.services.value_added import value_added

# Its reads are every role's, named in services/roles.py (the CLI reads them without a user).

_DV = cast(Table, DesignVariant.__table__)
_PT = cast(Table, ProductType.__table__)
_MK = cast(Table, Maker.__table__)
_MB = cast(Table, MemberBusiness.__table__)
_SE = cast(Table, SalesEvent.__table__)

RECENT_DESIGN_MONTHS = 12
RETIRE_AFTER_MONTHS = 6
CHART_MONTHS = 24
EVENT_WINDOW_MONTHS = 3
Progress = Callable[[int, int, str], None]


class PerformanceService(Service, domain="performance"):
    """The figures of the Kinerja page and of the mentor's pack."""

    def members(self) -> list[tuple[int, str]]:
        """(id, name) of every member business, for the page's filter."""
        with self.db.reading() as session:
            return [
                (r.id, r.name) for r in session.execute(select(_MB.c.id, _MB.c.name).order_by(_MB.c.name))
            ]

    def figures(self, period: Period, member: int | None = None) -> PeriodFigures:
        """Every compared figure of ``period`` (optionally of one member business)."""
        with self.db.reading() as session:
            return _period_figures(session, period, member)

    def pack(
        self,
        period: Period,
        compare: Period | None = None,
        member: int | None = None,
        *,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> PerformanceData:
        """``period`` against ``compare`` (default: the equal period before, as far as ``period``
        has run by ``today``), with event dependence, the charts' months and the warnings.

        Raises:
            ValidationError: ``periods_overlap`` when the two periods share a day.
            NotFoundError: no member business has id ``member``.
        """
        today = today or date.today()
        compare = compare if compare is not None else period.compared(today)
        if compare.overlaps(period):
            raise ValidationError.single("compare_from", "periods_overlap")
        steps = 6
        step = progress or (lambda _d, _t, _l: None)
        threshold = SentraSettingService(self.db).get(DEPENDENCE_WARNING_PERCENT)
        with self.db.reading() as session:
            member_name = None
            if member is not None:
                member_name = session.scalar(select(_MB.c.name).where(_MB.c.id == member))
                if member_name is None:
                    raise NotFoundError("not_found")
            step(0, steps, "")
            shared: dict[str, Any] = {}
            current = _period_figures(session, period, member, shared)
            step(1, steps, "")
            previous = _period_figures(session, compare, member, shared)
            step(2, steps, "")
            events = _events(session)
            year_start = add_months(period.end, -12) + timedelta(days=1)
            shares = _event_shares(session, year_start, period.end, member, events)
            step(3, steps, "")
            first, last = _chart_span(period.end)
            days = _Days(
                session,
                add_months(first, -EVENT_WINDOW_MONTHS),
                add_months(last, EVENT_WINDOW_MONTHS),
                member,
            )
            windows = _event_windows(days, events, period.end, today)
            upcoming = _upcoming(session, events, today, member)
            step(4, steps, "")
            retire = _retire_candidates(session, period.end, member)
            step(5, steps, "")
            monthly = _monthly(days, period.end)
            step(6, steps, "")
            overdue = visits.overdue_recommendations(session, today)
            visited = visits.period_visits(session, period.start, period.end)
        warnings = _warnings(shares, current, threshold) + _slumps(windows)
        return PerformanceData(
            current=current,
            previous=previous,
            member_business=member_name,
            threshold=threshold,
            event_shares=shares,
            event_windows=windows,
            upcoming=upcoming,
            retire_candidates=retire,
            monthly=monthly,
            warnings=warnings,
            overdue=overdue,
            visits=visited,
        )


# --- one period ----------------------------------------------------------------------------------


def _names(session: Session, table: Table, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    return {
        r.id: r.name for r in session.execute(select(table.c.id, table.c.name).where(table.c.id.in_(wanted)))
    }


def _sorted_outputs(groups: dict[Any, list[int]], names: Callable[[Any], str]) -> tuple[Output, ...]:
    rows = [Output(str(key if key is not None else ""), names(key), g, r) for key, (g, r) in groups.items()]
    return tuple(sorted(rows, key=lambda o: (-o.good, o.name)))


def _source(start: date, end: date) -> Any:
    """Where the figures of ``[start, end]`` are read: the summaries for whole months."""
    return sq if sq.whole_months(start, end) else q


def _period_figures(
    session: Session, period: Period, member: int | None, shared: dict[str, Any] | None = None
) -> PeriodFigures:
    """The figures of one period; ``shared`` keeps what both periods of a pack read alike."""
    start, end = period.start, period.end
    src = _source(start, end)
    shared = {} if shared is None else shared
    # Output: one grouped query, then folded by product type, member and maker.
    if "designs" not in shared:
        shared["designs"] = {
            r.id: r
            for r in session.execute(
                select(_DV.c.id, _DV.c.code, _DV.c.name, _DV.c.product_type_id, _DV.c.introduced_on)
            )
        }
    designs = shared["designs"]
    by_type: dict[Any, list[int]] = defaultdict(lambda: [0, 0])
    by_member: dict[Any, list[int]] = defaultdict(lambda: [0, 0])
    by_maker: dict[Any, list[int]] = defaultdict(lambda: [0, 0])
    produced: set[int] = set()
    for design_id, maker_id, member_id, good, reject in src.output(session, start, end, member):
        produced.add(design_id)
        for groups, key in (
            (by_type, designs[design_id].product_type_id),
            (by_member, member_id),
            (by_maker, maker_id),
        ):
            groups[key][0] += int(good)
            groups[key][1] += int(reject)
    type_names = _names(session, _PT, by_type)
    member_names = _names(session, _MB, by_member)
    maker_names = _names(session, _MK, by_maker)
    whole_sentra = i18n.translate("Performance", "No member business")
    good = sum(g for g, _ in by_maker.values())
    reject = sum(r for _, r in by_maker.values())

    # Sales: per buyer (and event), then folded by kind, place and share.
    per_buyer: dict[int, int] = defaultdict(int)
    orders = 0
    for buyer_id, _event, count, value in src.sales_by_buyer_event(session, start, end, member):
        per_buyer[buyer_id] += int(value)
        orders += int(count)
    total = sum(per_buyer.values())
    # The buyers and the markets sold to before the period: for the whole sentra one read of
    # every buyer with their first month answers both periods' names, places and earlier buyers.
    if src is sq and member is None:
        if "buyers" not in shared:
            shared["buyers"] = sq.every_buyer(session)
        info, first = shared["buyers"], sq.month_key(start)
        earlier = [r for r in info.values() if r.first_month is not None and r.first_month < first]
    else:
        info = src.buyers(session, per_buyer)
        earlier = src.earlier_buyers(session, start, member, among=per_buyer)
    earlier_ids = {r.id for r in earlier}
    old_markets = ({r.regency_code for r in earlier} - {None}, {r.province_code for r in earlier} - {None})
    by_kind: dict[str, int] = defaultdict(int)
    for buyer_id, value in per_buyer.items():
        by_kind[str(info[buyer_id].kind)] += value
    where = {b: (info[b].regency_code, info[b].province_code) for b in per_buyer}
    places = markets.markets(session, start, per_buyer, member, old_markets, where)
    repeat = [b for b in per_buyer if b in earlier_ids]
    largest = None
    if per_buyer:
        top_id = min(per_buyer, key=lambda b: (-per_buyer[b], info[b].name, b))
        largest = Amount(str(top_id), info[top_id].name, per_buyer[top_id])
    herfindahl = sum((v / total * 100) ** 2 for v in per_buyer.values()) if total > 0 else 0.0

    # Designs: sold and made ones, introduced ones, the recent ones' share, the best sellers.
    sold = src.sales_by_design(session, start, end, member)
    recent_from = add_months(end, -RECENT_DESIGN_MONTHS)
    recent_value = 0.0
    sales: list[DesignSale] = []
    for design_id, pieces, value in sold:
        design = designs[design_id]
        introduced = design.introduced_on
        if introduced is not None and recent_from < introduced <= end:
            recent_value += float(value or 0)
        sales.append(
            DesignSale(str(design_id), design.code, design.name, int(pieces), round(float(value or 0)))
        )
    sales.sort(key=lambda s: (-s.value, s.code))
    introduced_count = sum(
        1 for d in designs.values() if d.introduced_on is not None and start <= d.introduced_on <= end
    )
    return PeriodFigures(
        start=start,
        end=end,
        good=good,
        reject=reject,
        active_makers=len(by_maker),
        by_type=_sorted_outputs(by_type, lambda k: type_names.get(k, "")),
        by_member=_sorted_outputs(by_member, lambda k: member_names.get(k, whole_sentra)),
        by_maker=_sorted_outputs(by_maker, lambda k: maker_names.get(k, "")),
        orders=orders,
        ordered_value=total,
        delivered_value=src.delivered_value(session, start, end, member),
        paid=src.paid(session, start, end, member),
        outstanding=total - src.paid_on_orders(session, start, end, member),
        buyers=len(per_buyer),
        new_buyers=len(per_buyer) - len(repeat),
        repeat_buyers=len(repeat),
        repeat_value=sum(per_buyer[b] for b in repeat),
        by_buyer_kind=_amounts(by_kind, lambda k: display_name(BUYER_KIND, k)),
        by_city=places.by_city,
        by_province=places.by_province,
        new_cities=places.new_cities,
        new_provinces=places.new_provinces,
        largest_buyer=largest,
        herfindahl=herfindahl,
        active_designs=len(produced | {s[0] for s in sold}),
        introduced_designs=introduced_count,
        recent_design_value=round(recent_value),
        design_sales=tuple(sales),
        value_added=value_added(session, start, end, member, total),
    )


def _amounts(groups: dict[str, int], names: Callable[[str], str]) -> tuple[Amount, ...]:
    return tuple(
        sorted((Amount(k, names(k), v) for k, v in groups.items()), key=lambda a: (-a.value, a.name))
    )


# --- events, charts, candidates to retire ---------------------------------------------------------


def _events(session: Session) -> list[Any]:
    return list(
        session.execute(select(_SE.c.id, _SE.c.name, _SE.c.starts_on, _SE.c.ends_on).order_by(_SE.c.id))
    )


def _event_shares(
    session: Session, start: date, end: date, member: int | None, events: list[Any]
) -> tuple[Amount, ...]:
    names = {e.id: e.name for e in events}
    per_event: dict[str, int] = defaultdict(int)
    values: Iterable[tuple[Any, Any]]
    if sq.whole_months(start, end):
        values = sq.sales_by_event(session, start, end, member).items()
    else:
        values = ((e, v) for _b, e, _n, v in q.sales_by_buyer_event(session, start, end, member))
    for event_id, value in values:
        per_event["" if event_id is None else str(event_id)] += int(value)
    return _amounts(per_event, lambda k: names[int(k)] if k else "")


class _Days:
    """Output and sales over any dates around the charts' months: the charts and event windows.

    Whole months inside ``[first, last]`` come from the monthly summaries, read once; the days
    of part-months (a window's ends) from the records, all the parts :meth:`prepare` is given in
    one query each. The 24 monthly bars and every before/after window cost four queries.
    """

    def __init__(self, session: Session, first: date, last: date, member: int | None) -> None:
        self.session, self.member = session, member
        self.loaded = (sq.month_key(first), sq.month_key(last))
        self.output = sq.output_by_month(session, first, last, member)
        self.sales = sq.sales_by_month(session, first, last, member)
        self.covered: list[tuple[date, date]] = []
        self.day_output: dict[date, tuple[int, int]] = {}
        self.day_sales: dict[date, int] = {}

    def _pieces(self, start: date, end: date) -> list[tuple[date, date, str | None, int]]:
        """``[start, end]`` as (from, to, month key or None for days, sign) to add up.

        A month the summaries hold counts whole; a part of one that is more than half of it
        counts as the whole month less the rest, so fewer days are read from the records.
        """
        pieces: list[tuple[date, date, str | None, int]] = []
        day = start
        while day <= end:
            first = month_start(day)
            month_end = add_months(first, 1) - timedelta(days=1)
            to, key = min(end, month_end), sq.month_key(day)
            held = self.loaded[0] <= key <= self.loaded[1]
            if held and day == first and to == month_end:
                pieces.append((day, to, key, 1))
            elif (
                held and (to - day).days * 2 > (month_end - first).days and (day == first or to == month_end)
            ):
                pieces.append((first, month_end, key, 1))
                rest = (
                    (first, day - timedelta(days=1))
                    if to == month_end
                    else (to + timedelta(days=1), month_end)
                )
                pieces.append((*rest, None, -1))
            else:
                pieces.append((day, to, None, 1))
            day = to + timedelta(days=1)
        return pieces

    def prepare(self, spans: Iterable[tuple[date, date]]) -> None:
        """Read the days of every part-month of ``spans`` at once."""
        parts = [
            (a, b)
            for start, end in spans
            for a, b, key, _sign in self._pieces(start, end)
            if key is None and not any(x <= a and b <= y for x, y in self.covered)
        ]
        if parts:
            self.day_output.update(sq.output_by_days(self.session, parts, self.member))
            self.day_sales.update(sq.sales_by_days(self.session, parts, self.member))
            self.covered += parts

    def _sum(self, start: date, end: date, what: str) -> int:
        self.prepare([(start, end)])
        total = 0
        for a, b, key, sign in self._pieces(start, end):
            if key is not None:
                good, reject = self.output.get(key, (0, 0))
                total += sign * {"good": good, "reject": reject, "sold": self.sales.get(key, 0)}[what]
                continue
            for n in range((b - a).days + 1):
                day = a + timedelta(days=n)
                good, reject = self.day_output.get(day, (0, 0))
                total += sign * {"good": good, "reject": reject, "sold": self.day_sales.get(day, 0)}[what]
        return total

    def good(self, start: date, end: date) -> int:
        return self._sum(start, end, "good")

    def reject(self, start: date, end: date) -> int:
        return self._sum(start, end, "reject")

    def sold(self, start: date, end: date) -> int:
        return self._sum(start, end, "sold")


def _chart_span(end: date) -> tuple[date, date]:
    first = add_months(month_start(end), -(CHART_MONTHS - 1))
    return first, add_months(month_start(end), 1) - timedelta(days=1)


def _event_windows(days: _Days, events: list[Any], until: date, today: date) -> tuple[EventWindow, ...]:
    """For each event with dates ended by ``until`` within the charts' 24 months: 3 months before
    against 3 after."""
    first, _last = _chart_span(until)
    shown = [
        e for e in events if e.starts_on is not None and e.ends_on is not None and first <= e.ends_on <= until
    ]
    spans = {
        e.id: (
            (add_months(e.starts_on, -EVENT_WINDOW_MONTHS), e.starts_on - timedelta(days=1)),
            (e.ends_on + timedelta(days=1), add_months(e.ends_on, EVENT_WINDOW_MONTHS)),
        )
        for e in shown
    }
    days.prepare(span for pair in spans.values() for span in pair)
    windows = []
    for event in shown:
        before, after = spans[event.id]
        windows.append(
            EventWindow(
                name=event.name,
                starts_on=event.starts_on,
                ends_on=event.ends_on,
                output_before=days.good(*before),
                output_after=days.good(*after),
                sales_before=days.sold(*before),
                sales_after=days.sold(*after),
                complete=after[1] < today,
            )
        )
    return tuple(sorted(windows, key=lambda w: w.starts_on))


def _upcoming(session: Session, events: list[Any], today: date, member: int | None) -> tuple[Upcoming, ...]:
    coming = [e for e in events if e.starts_on is not None and e.starts_on > today]
    if not coming:
        return ()
    ids = [e.id for e in coming]
    values = sq.event_values(session, ids, member)
    tagged = {e: (n, values.get(e, 0)) for e, n in sq.event_counts(session, ids, member).items()}
    rows = [Upcoming(e.name, e.starts_on, *tagged.get(e.id, (0, 0))) for e in coming]
    return tuple(sorted(rows, key=lambda u: u.starts_on))


def _retire_candidates(session: Session, end: date, member: int | None) -> tuple[RetireCandidate, ...]:
    """Designs not retired, older than the window, with no sold order in the 6 months to ``end``."""
    since = add_months(end, -RETIRE_AFTER_MONTHS) + timedelta(days=1)
    sold = _source(since, end).designs_sold(session, since, end, member)
    rows = session.execute(
        select(_DV.c.id, _DV.c.code, _DV.c.name, _DV.c.introduced_on)
        .where(_DV.c.status != DesignStatus.RETIRED.value)
        .order_by(_DV.c.code)
    )
    return tuple(
        RetireCandidate(str(r.id), r.code, r.name, r.introduced_on)
        for r in rows
        if r.id not in sold and (r.introduced_on is None or r.introduced_on < since)
    )


def _monthly(days: _Days, end: date) -> tuple[MonthPoint, ...]:
    """The 24 months to ``end``'s month: pieces made and value ordered."""
    first, _last = _chart_span(end)
    points = []
    for n in range(CHART_MONTHS):
        month = add_months(first, n)
        month_end = add_months(month, 1) - timedelta(days=1)
        points.append(
            MonthPoint(
                month, days.good(month, month_end), days.reject(month, month_end), days.sold(month, month_end)
            )
        )
    return tuple(points)


def _warnings(
    shares: tuple[Amount, ...], current: PeriodFigures, threshold: int
) -> tuple[DependenceWarning, ...]:
    found = []
    total = sum(a.value for a in shares)
    for amount in shares:
        if amount.key and total > 0 and amount.value / total * 100 > threshold:
            found.append(DependenceWarning(WarningKind.EVENT, amount.name, amount.value / total * 100))
    share = current.largest_buyer_share
    if current.largest_buyer is not None and share is not None and share > threshold:
        found.append(DependenceWarning(WarningKind.BUYER, current.largest_buyer.name, share))
    return tuple(found)


def _slumps(windows: tuple[EventWindow, ...]) -> tuple[DependenceWarning, ...]:
    """The events whose 3 months after (all passed) fell below the 3 before in output and in sales,
    one of them by more than SLUMP_PERCENT: the post-event slump the mentors warn of (sales alone
    fall after most fairs, whose orders came before them)."""
    found = []
    for w in windows:
        pairs = ((w.output_before, w.output_after), (w.sales_before, w.sales_after))
        falls = [(before - after) / before * 100 for before, after in pairs if before > 0]
        if w.complete and all(a <= b for b, a in pairs) and falls and max(falls) > SLUMP_PERCENT:
            found.append(DependenceWarning(WarningKind.SLUMP, w.name, max(falls), w))
    return tuple(found)
