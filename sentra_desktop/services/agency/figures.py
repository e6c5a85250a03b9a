"""The side-by-side view's figures of one sentra, read lean from its replica's monthly summaries.

:meth:`PerformanceService.figures` reads every breakdown of the Kinerja page (by product type,
member and maker with their names, deliveries, money received); the agency's table prints a
dozen columns of it, fifty sentra at a time. For whole months this reads only those columns,
through the same summary queries and the same value added the Kinerja page uses, so each number
is the page's own (tests/services/agency/test_shown_figures.py holds the two equal); other
periods take the page's own path.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.agency_view import ShownFigures
from sentra_desktop.core.performance import Amount, Period, add_months
from sentra_desktop.db.models import DesignVariant, OutputMonth
from sentra_desktop.services import markets, performance
from sentra_desktop.services import performance_summaries as sq
from sentra_desktop.services.value_added import value_added

_DV = cast(Table, DesignVariant.__table__)
_OM = cast(Table, OutputMonth.__table__)


def shown_figures(session: Session, period: Period) -> ShownFigures:
    """The whole sentra's shown figures of ``period``, equal to ``ShownFigures.of`` its Kinerja figures."""
    start, end = period.start, period.end
    if not sq.whole_months(start, end):
        return ShownFigures.of(performance._period_figures(session, period, None))
    good = reject = 0
    produced: set[int] = set()
    for design_id, made, rejected in session.execute(
        select(_OM.c.design_id, func.sum(_OM.c.good), func.sum(_OM.c.reject))
        .where(_OM.c.month >= sq.month_key(start), _OM.c.month <= sq.month_key(end))
        .group_by(_OM.c.design_id)
    ):
        produced.add(design_id)
        good += int(made)
        reject += int(rejected)
    per_buyer: dict[int, int] = {}
    orders = 0
    for buyer_id, _event, count, value in sq.sales_by_buyer_event(session, start, end, None):
        per_buyer[buyer_id] = per_buyer.get(buyer_id, 0) + int(value)
        orders += int(count)
    total = sum(per_buyer.values())
    # New markets: the period's buyers' places against those of every buyer first sold to before.
    info, first = sq.every_buyer(session), sq.month_key(start)
    earlier = [r for r in info.values() if r.first_month is not None and r.first_month < first]
    old = ({r.regency_code for r in earlier} - {None}, {r.province_code for r in earlier} - {None})
    where = {b: (info[b].regency_code, info[b].province_code) for b in per_buyer}
    places = markets.markets(session, start, per_buyer, None, old, where)
    introduced = dict(session.execute(select(_DV.c.id, _DV.c.introduced_on)).all())
    recent_from = add_months(end, -performance.RECENT_DESIGN_MONTHS)
    recent_value = 0.0
    sold: set[int] = set()
    for design_id, _pieces, value in sq.sales_by_design(session, start, end, None):
        sold.add(design_id)
        day: date | None = introduced[design_id]
        if day is not None and recent_from < day <= end:
            recent_value += float(value or 0)
    return ShownFigures(
        start=start,
        end=end,
        good=good,
        reject=reject,
        orders=orders,
        ordered_value=total,
        new_cities=places.new_cities,
        new_provinces=places.new_provinces,
        active_designs=len(produced | sold),
        introduced_designs=sum(1 for d in introduced.values() if d is not None and start <= d <= end),
        recent_design_value=round(recent_value),
        value_added=value_added(session, start, end, None, total),
    )


def event_shares(session: Session, period: Period) -> tuple[Amount, ...]:
    """The Kinerja page's event shares of the 12 months to the period's end (its warning's)."""
    year_start = add_months(period.end, -12) + timedelta(days=1)
    events: list[Any] = performance._events(session)
    return performance._event_shares(session, year_start, period.end, None, events)
