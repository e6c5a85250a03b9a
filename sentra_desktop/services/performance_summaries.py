"""The Kinerja figures of whole months, read from the monthly summaries instead of the records.

The same functions and rows as :mod:`services.performance_queries`, for periods that start on
a month's first day and end on a month's last: a year against the year before reads a few
thousand summary rows (:mod:`sentra_desktop.db.models.summaries`) instead of a million
production entries and every order line. Counts of orders and money received are not in the
summaries; they come from the orders and payments by their date indexes, as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, Float, String, Table, and_, exists, func, select, type_coerce, union_all
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session

from sentra_desktop.db.models import Buyer, OutputMonth, SalesMonth
from sentra_desktop.services import performance_queries as q
from sentra_desktop.services.performance_queries import buyers, paid, paid_on_orders

OM = cast(Table, OutputMonth.__table__)
SM = cast(Table, SalesMonth.__table__)
BY = cast(Table, Buyer.__table__)

__all__ = ["buyers", "paid", "paid_on_orders"]


def month_key(day: date) -> str:
    return f"{day:%Y-%m}"


def whole_months(start: date, end: date) -> bool:
    """True when ``[start, end]`` is made of whole months (the summaries can answer it)."""
    return start.day == 1 and (end + timedelta(days=1)).day == 1 and start <= end


def _months(table: Table, start: date, end: date, member: int | None) -> ColumnElement[bool]:
    terms = [table.c.month >= month_key(start), table.c.month <= month_key(end)]
    if member is not None:  # output by the entries' member; sales through the designs it owns
        terms.append(
            q.owned_by(SM.c.design_id, member) if table is SM else table.c.member_business_id == member
        )
    return and_(*terms)


def output(session: Session, start: date, end: date, member: int | None) -> list[Any]:
    """(design_id, maker_id, member_business_id, good, reject) of the months."""
    return list(
        session.execute(
            select(
                OM.c.design_id,
                OM.c.maker_id,
                OM.c.member_business_id,
                func.sum(OM.c.good),
                func.sum(OM.c.reject),
            )
            .where(_months(OM, start, end, member))
            .group_by(OM.c.design_id, OM.c.maker_id, OM.c.member_business_id)
        )
    )


def output_by_month(
    session: Session, start: date, end: date, member: int | None
) -> dict[str, tuple[int, int]]:
    """ "2026-11" -> (good, reject) of the months."""
    rows = session.execute(
        select(OM.c.month, func.sum(OM.c.good), func.sum(OM.c.reject))
        .where(_months(OM, start, end, member))
        .group_by(OM.c.month)
    )
    return {str(m): (int(g or 0), int(r or 0)) for m, g, r in rows}


def sales_by_month(session: Session, start: date, end: date, member: int | None) -> dict[str, int]:
    """ "2026-11" -> value ordered in the month (whole orders, so a whole number of rupiah)."""
    rows = session.execute(
        select(SM.c.month, func.sum(SM.c.ordered_value))
        .where(_months(SM, start, end, member), SM.c.ordered_pieces > 0)
        .group_by(SM.c.month)
    )
    return {str(m): round(float(v or 0)) for m, v in rows}


def sales_by_buyer_event(session: Session, start: date, end: date, member: int | None) -> list[Any]:
    """(buyer_id, sales_event_id, orders, value) of the sold orders of the months.

    The values from the summaries; how many orders, from the orders themselves by their date.
    """
    values = session.execute(
        select(SM.c.buyer_id, SM.c.sales_event_id, func.sum(SM.c.ordered_value))
        .where(_months(SM, start, end, member), SM.c.ordered_pieces > 0)
        .group_by(SM.c.buyer_id, SM.c.sales_event_id)
    )
    counts = q.order_counts(session, start, end, member)
    return [(b, e, counts.get((b, e), 0), round(float(v or 0))) for b, e, v in values]


def sales_by_design(session: Session, start: date, end: date, member: int | None) -> list[Any]:
    """(design_id, pieces, value) of the sold orders of the months."""
    return list(
        session.execute(
            select(SM.c.design_id, func.sum(SM.c.ordered_pieces), func.sum(SM.c.ordered_value))
            .where(_months(SM, start, end, member))
            .group_by(SM.c.design_id)
            .having(func.sum(SM.c.ordered_pieces) > 0)
        )
    )


def designs_sold(session: Session, start: date, end: date, member: int | None) -> set[int]:
    stmt = select(SM.c.design_id).distinct().where(_months(SM, start, end, member), SM.c.ordered_pieces > 0)
    return set(session.scalars(stmt))


def delivered_value(session: Session, start: date, end: date, member: int | None) -> int:
    """Value of the pieces delivered in the months, at their lines' discounted value."""
    stmt = select(func.sum(SM.c.delivered_value)).where(_months(SM, start, end, member))
    return round(float(session.scalar(stmt) or 0))


def earlier_buyers(
    session: Session, start: date, member: int | None, among: Iterable[int] | None = None
) -> list[Any]:
    """(id, regency_code, province_code) of the buyers with a sold order in a month before ``start``'s.

    With ``among``: those buyers of ``among``, and of the others one per market only (the
    figures need the markets sold to before, not thousands of earlier buyers' rows).
    """
    terms = [SM.c.buyer_id == BY.c.id, SM.c.month < month_key(start), SM.c.ordered_pieces > 0]
    if member is not None:
        terms.append(q.owned_by(SM.c.design_id, member))
    earlier = exists().where(*terms)
    columns = (BY.c.regency_code, BY.c.province_code)
    if among is None:
        return list(session.execute(select(BY.c.id, *columns).where(earlier)))
    places = select(func.min(BY.c.id).label("id"), *columns).where(earlier)
    rows = list(session.execute(places.group_by(*columns)))
    wanted = sorted(set(among))
    for chunk in range(0, len(wanted), 900):
        part = select(BY.c.id, *columns).where(BY.c.id.in_(wanted[chunk : chunk + 900]), earlier)
        rows += list(session.execute(part))
    return rows


def event_values(session: Session, event_ids: Iterable[int], member: int | None) -> dict[int, int]:
    """sales_event_id -> value of the sold orders tagged to it, any month."""
    stmt = (
        select(SM.c.sales_event_id, func.sum(SM.c.ordered_value))
        .where(SM.c.sales_event_id.in_(list(event_ids)), SM.c.ordered_pieces > 0)
        .group_by(SM.c.sales_event_id)
    )
    if member is not None:
        stmt = stmt.where(q.owned_by(SM.c.design_id, member))
    return {int(e): round(float(v or 0)) for e, v in session.execute(stmt)}


def _merged(spans: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    """The spans with overlapping or adjacent ones joined, in order."""
    out: list[tuple[date, date]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1] + timedelta(days=1):
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def output_by_days(
    session: Session, spans: list[tuple[date, date]], member: int | None
) -> dict[date, tuple[int, int]]:
    """day -> (good, reject) of the live entries of the days in ``spans``.

    One index range per span, joined with UNION ALL: an OR of ranges makes SQLite read the
    whole index instead.
    """
    parts = []
    for a, b in _merged(spans):
        part = select(q.PE.c.produced_on, q.PE.c.good_qty, q.PE.c.reject_qty).where(
            q.PE.c.voided_at.is_(None), q.PE.c.produced_on.between(a, b)
        )
        if member is not None:
            part = part.where(q.PE.c.member_business_id == member)
        parts.append(part)
    if not parts:
        return {}
    rows = union_all(*parts).subquery()
    stmt = select(rows.c.produced_on, func.sum(rows.c.good_qty), func.sum(rows.c.reject_qty)).group_by(
        rows.c.produced_on
    )
    return {d: (int(g or 0), int(r or 0)) for d, g, r in session.execute(stmt)}


def sales_by_days(session: Session, spans: list[tuple[date, date]], member: int | None) -> dict[date, int]:
    """day -> value of the sold orders ordered on the days in ``spans``.

    Each order's lines are summed through the lines' order index (an order without lines counts
    nothing, as in :func:`performance_queries.order_gross`); one date range per span.
    """
    gross = (
        select(func.sum(q.OL.c.quantity * q.OL.c.unit_price))
        .where(q.OL.c.order_id == q.OR.c.id)
        .scalar_subquery()
    )
    value: ColumnElement[Any] = gross - q.OR.c.discount
    if member is not None:  # the member's lines' share of the order's value
        owned = (
            select(func.sum(q.OL.c.quantity * q.OL.c.unit_price))
            .where(q.OL.c.order_id == q.OR.c.id, q.owned_by(q.OL.c.design_id, member))
            .scalar_subquery()
        )
        value = sql_cast(owned, Float) * value / func.nullif(gross, 0)
    parts = []
    for a, b in _merged(spans):
        # ``lower(status)``: the dates' index narrows, not the status index (see performance_queries).
        part = select(q.OR.c.ordered_on, value.label("value")).where(
            type_coerce(func.lower(q.OR.c.status), String).in_(q.SOLD), q.OR.c.ordered_on.between(a, b)
        )
        if member is not None:
            part = part.where(value.is_not(None))
        parts.append(part)
    if not parts:
        return {}
    rows = union_all(*parts).subquery()
    stmt = select(rows.c.ordered_on, func.sum(rows.c.value)).group_by(rows.c.ordered_on)
    return {d: round(float(v or 0)) for d, v in session.execute(stmt)}


def sales_by_event(session: Session, start: date, end: date, member: int | None) -> dict[int | None, int]:
    """sales_event_id (None: no event) -> value of the sold orders of the months."""
    stmt = (
        select(SM.c.sales_event_id, func.sum(SM.c.ordered_value))
        .where(_months(SM, start, end, member), SM.c.ordered_pieces > 0)
        .group_by(SM.c.sales_event_id)
    )
    return {e: round(float(v or 0)) for e, v in session.execute(stmt)}
