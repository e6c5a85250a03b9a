"""The Kinerja figures of whole months, read from the monthly summaries instead of the records.

The same functions and rows as :mod:`services.performance_queries`, for periods that start on
a month's first day and end on a month's last: a year against the year before reads a few
thousand summary rows (:mod:`sentra_desktop.db.models.summaries`) instead of a million
production entries and every order line. For the whole sentra the counts of orders, their whole
values, money received and each buyer's first month come from the per-buyer summaries; for one
member business (whose sales are its designs' lines) from the per-design ones and the records.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, Float, String, Table, and_, exists, func, select, type_coerce, union_all
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session

from sentra_desktop.db.models import (
    Buyer,
    BuyerFirst,
    BuyerMonth,
    OutputDay,
    OutputMonth,
    PaidMonth,
    SalesMonth,
)
from sentra_desktop.services import performance_queries as q
from sentra_desktop.services.performance_queries import buyers

OM = cast(Table, OutputMonth.__table__)
SM = cast(Table, SalesMonth.__table__)
BM = cast(Table, BuyerMonth.__table__)
PM = cast(Table, PaidMonth.__table__)
BF = cast(Table, BuyerFirst.__table__)
OD = cast(Table, OutputDay.__table__)
BY = cast(Table, Buyer.__table__)

__all__ = ["buyers"]


def month_key(day: date) -> str:
    return f"{day:%Y-%m}"


def whole_months(start: date, end: date) -> bool:
    """True when ``[start, end]`` is made of whole months (the summaries can answer it)."""
    return start.day == 1 and (end + timedelta(days=1)).day == 1 and start <= end


def _in(column: ColumnElement[Any], start: date, end: date) -> ColumnElement[bool]:
    return and_(column >= month_key(start), column <= month_key(end))


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
    if member is None:
        whole = session.execute(
            select(BM.c.month, func.sum(BM.c.ordered_value))
            .where(_in(BM.c.month, start, end), BM.c.pieces > 0)
            .group_by(BM.c.month)
        )
        return {str(m): int(v or 0) for m, v in whole}
    rows = session.execute(
        select(SM.c.month, func.sum(SM.c.ordered_value))
        .where(_months(SM, start, end, member), SM.c.ordered_pieces > 0)
        .group_by(SM.c.month)
    )
    return {str(m): round(float(v or 0)) for m, v in rows}


def sales_by_buyer_event(session: Session, start: date, end: date, member: int | None) -> list[Any]:
    """(buyer_id, sales_event_id, orders, value) of the sold orders of the months.

    The whole sentra's from the buyers' summaries; a member's values from the designs' summaries
    and how many orders from the orders themselves by their date.
    """
    if member is None:
        return [
            (b, e, int(n), int(v or 0))
            for b, e, n, v in session.execute(
                select(
                    BM.c.buyer_id, BM.c.sales_event_id, func.sum(BM.c.orders), func.sum(BM.c.ordered_value)
                )
                .where(_in(BM.c.month, start, end))
                .group_by(BM.c.buyer_id, BM.c.sales_event_id)
                .having(func.sum(BM.c.pieces) > 0)
            )
        ]
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
    if member is None:
        stmt = select(func.sum(BM.c.delivered_value)).where(_in(BM.c.month, start, end))
    return round(float(session.scalar(stmt) or 0))


def earlier_buyers(
    session: Session, start: date, member: int | None, among: Iterable[int] | None = None
) -> list[Any]:
    """(id, regency_code, province_code) of the buyers with a sold order in a month before ``start``'s.

    For the whole sentra every such buyer, from each buyer's first month. For a member with
    ``among``: those buyers of ``among``, and of the others one per market only (the figures
    need the markets sold to before, not thousands of earlier buyers' rows).
    """
    if member is None:
        stmt = select(BY.c.id, BY.c.regency_code, BY.c.province_code).join(BF, BF.c.buyer_id == BY.c.id)
        return list(session.execute(stmt.where(BF.c.first_month < month_key(start))))
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


def paid(session: Session, start: date, end: date, member: int | None) -> int:
    """Money received in the months (payments not voided, on orders not cancelled)."""
    if member is not None:
        return q.paid(session, start, end, member)
    return int(session.scalar(select(func.sum(PM.c.amount)).where(_in(PM.c.month, start, end))) or 0)


def paid_on_orders(session: Session, start: date, end: date, member: int | None) -> int:
    """Payments up to the last month on the sold orders ordered in the months."""
    if member is not None:
        return q.paid_on_orders(session, start, end, member)
    stmt = select(func.sum(PM.c.amount)).where(
        _in(PM.c.ordered_month, start, end), PM.c.month <= month_key(end), PM.c.sold.is_(True)
    )
    return int(session.scalar(stmt) or 0)


def event_counts(session: Session, event_ids: Iterable[int], member: int | None) -> dict[int, int]:
    """sales_event_id -> how many sold orders are tagged to it, any date."""
    if member is not None:
        return q.event_counts(session, event_ids, member)
    stmt = (
        select(BM.c.sales_event_id, func.sum(BM.c.orders))
        .where(BM.c.sales_event_id.in_(list(event_ids)))
        .group_by(BM.c.sales_event_id)
        .having(func.sum(BM.c.orders) > 0)
    )
    return {int(e): int(n) for e, n in session.execute(stmt)}


def every_buyer(session: Session) -> dict[int, Any]:
    """id -> (name, kind, city, province, regency_code, province_code, first_month) of every buyer:
    one read answers the period's buyers' names and places and those sold to before it."""
    stmt = select(
        BY.c.id,
        BY.c.name,
        BY.c.kind,
        BY.c.city,
        BY.c.province,
        BY.c.regency_code,
        BY.c.province_code,
        BF.c.first_month,
    ).outerjoin(BF, BF.c.buyer_id == BY.c.id)
    return {row.id: row for row in session.execute(stmt)}


def event_values(session: Session, event_ids: Iterable[int], member: int | None) -> dict[int, int]:
    """sales_event_id -> value of the sold orders tagged to it, any month."""
    if member is None:
        whole = (
            select(BM.c.sales_event_id, func.sum(BM.c.ordered_value))
            .where(BM.c.sales_event_id.in_(list(event_ids)), BM.c.pieces > 0)
            .group_by(BM.c.sales_event_id)
        )
        return {int(e): int(v or 0) for e, v in session.execute(whole)}
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
    """day -> (good, reject) of the live entries of the days in ``spans``, from the days' summary.

    One index range per span, joined with UNION ALL: an OR of ranges makes SQLite read the
    whole index instead.
    """
    parts = []
    for a, b in _merged(spans):
        part = select(OD.c.day, OD.c.good, OD.c.reject).where(OD.c.day.between(a, b))
        if member is not None:
            part = part.where(OD.c.member_business_id == member)
        parts.append(part)
    if not parts:
        return {}
    rows = union_all(*parts).subquery()
    stmt = select(rows.c.day, func.sum(rows.c.good), func.sum(rows.c.reject)).group_by(rows.c.day)
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
    if member is None:
        whole = (
            select(BM.c.sales_event_id, func.sum(BM.c.ordered_value))
            .where(_in(BM.c.month, start, end), BM.c.pieces > 0)
            .group_by(BM.c.sales_event_id)
        )
        return {e: int(v or 0) for e, v in session.execute(whole)}
    stmt = (
        select(SM.c.sales_event_id, func.sum(SM.c.ordered_value))
        .where(_months(SM, start, end, member), SM.c.ordered_pieces > 0)
        .group_by(SM.c.sales_event_id)
    )
    return {e: round(float(v or 0)) for e, v in session.execute(stmt)}
