"""The SQL behind the Kinerja figures: each query sums in the database and returns a few rows.

Sold orders are those neither drafts nor cancelled; an order's value is its lines less its
discount, and a line's value carries its share of that discount in proportion to its own value.
Production counts entries that are not voided. ``member`` (a member business id) narrows
production entries to that member's, and sales to the order lines of the designs it owns (sales
belong to a member through the design): an order counts when it has such a line, and its value
is those lines' share of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Float,
    Select,
    String,
    Table,
    and_,
    case,
    exists,
    func,
    select,
    type_coerce,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session
from sqlalchemy.sql import Subquery

from sentra_desktop.core.enums import OrderStatus
from sentra_desktop.db.models import (
    Buyer,
    Delivery,
    DeliveryLine,
    DesignVariant,
    Order,
    OrderLine,
    Payment,
    ProductionEntry,
)

PE = cast(Table, ProductionEntry.__table__)
OR = cast(Table, Order.__table__)
OL = cast(Table, OrderLine.__table__)
BY = cast(Table, Buyer.__table__)
PY = cast(Table, Payment.__table__)
DL = cast(Table, Delivery.__table__)
DLL = cast(Table, DeliveryLine.__table__)
DV = cast(Table, DesignVariant.__table__)

SOLD = (OrderStatus.CONFIRMED.value, OrderStatus.READY.value, OrderStatus.DELIVERED.value)


def owned_by(design_id: ColumnElement[Any], member: int) -> ColumnElement[bool]:
    """The design is ``member``'s: its order lines count for that member."""
    return design_id.in_(select(DV.c.id).where(DV.c.member_business_id == member))


def has_lines_of(member: int) -> ColumnElement[bool]:
    """The order has a line of a design ``member`` owns: it is one of the member's sales."""
    line = OL.alias("owned_line")  # not the outer query's order lines, when it reads them too
    return exists().where(line.c.order_id == OR.c.id, owned_by(line.c.design_id, member))


def _sold(start: date | None, end: date | None, member: int | None) -> ColumnElement[bool]:
    # ``lower(status)`` keeps the planner off the status index (nearly every order is sold, so that
    # index reads the whole table); the order date's index narrows to the period instead.
    status: ColumnElement[Any] = OR.c.status
    if start is not None or end is not None:
        status = type_coerce(func.lower(OR.c.status), String)
    terms: list[ColumnElement[bool]] = [status.in_(SOLD)]
    if start is not None:
        terms.append(OR.c.ordered_on >= start)
    if end is not None:
        terms.append(OR.c.ordered_on <= end)
    if member is not None:
        terms.append(has_lines_of(member))
    return and_(*terms)


def _produced(start: date, end: date, member: int | None) -> ColumnElement[bool]:
    terms = [PE.c.voided_at.is_(None), PE.c.produced_on >= start, PE.c.produced_on <= end]
    if member is not None:
        terms.append(PE.c.member_business_id == member)
    return and_(*terms)


def order_gross(start: date | None, end: date | None, member: int | None) -> Subquery:
    """Each sold order of the dates with the value of its lines before the discount, and
    ``share``: that of ``member``'s lines (all of them without a member)."""
    # The lines of the orders found by their date index, so the planner never walks every line.
    line = OL.c.quantity * OL.c.unit_price
    share = line if member is None else case((owned_by(OL.c.design_id, member), line), else_=0)
    return (
        select(OL.c.order_id, func.sum(line).label("gross"), func.sum(share).label("share"))
        .where(OL.c.order_id.in_(select(OR.c.id).where(_sold(start, end, member))))
        .group_by(OL.c.order_id)
        .subquery()
    )


def output(session: Session, start: date, end: date, member: int | None) -> list[Any]:
    """(design_id, maker_id, member_business_id, good, reject) of the entries of the dates."""
    return list(
        session.execute(
            select(
                PE.c.design_id,
                PE.c.maker_id,
                PE.c.member_business_id,
                func.sum(PE.c.good_qty),
                func.sum(PE.c.reject_qty),
            )
            .where(_produced(start, end, member))
            .group_by(PE.c.design_id, PE.c.maker_id, PE.c.member_business_id)
        )
    )


def good_in(session: Session, start: date, end: date, member: int | None) -> int:
    return int(session.scalar(select(func.sum(PE.c.good_qty)).where(_produced(start, end, member))) or 0)


def order_value(gross: Subquery, member: int | None) -> ColumnElement[Any]:
    """An order's value less its discount; with a member, its lines' share of that."""
    if member is None:
        return gross.c.gross - OR.c.discount
    return sql_cast(gross.c.share, Float) * (gross.c.gross - OR.c.discount) / func.nullif(gross.c.gross, 0)


def sales_by_buyer_event(
    session: Session, start: date | None, end: date | None, member: int | None
) -> list[Any]:
    """(buyer_id, sales_event_id, orders, value) of the sold orders of the dates."""
    gross = order_gross(start, end, member)
    rows = list(
        session.execute(
            select(
                OR.c.buyer_id,
                OR.c.sales_event_id,
                func.count(),
                func.sum(order_value(gross, member)),
            )
            .join(gross, gross.c.order_id == OR.c.id)
            .group_by(OR.c.buyer_id, OR.c.sales_event_id)
        )
    )
    return rows if member is None else [(b, e, n, round(float(v or 0))) for b, e, n, v in rows]


def sales_value(session: Session, start: date, end: date, member: int | None) -> int:
    gross = order_gross(start, end, member)
    stmt = select(func.sum(order_value(gross, member))).join(gross, gross.c.order_id == OR.c.id)
    return round(float(session.scalar(stmt) or 0))


def sales_by_day(session: Session, start: date, end: date, member: int | None) -> list[Any]:
    """(ordered_on, value) of the sold orders of the dates, for the monthly chart."""
    gross = order_gross(start, end, member)
    return list(
        session.execute(
            select(OR.c.ordered_on, func.sum(order_value(gross, member)))
            .join(gross, gross.c.order_id == OR.c.id)
            .group_by(OR.c.ordered_on)
        )
    )


def output_by_day(session: Session, start: date, end: date, member: int | None) -> list[Any]:
    """(produced_on, good, reject) per day, read from the covering index of live entries."""
    return list(
        session.execute(
            select(PE.c.produced_on, func.sum(PE.c.good_qty), func.sum(PE.c.reject_qty))
            .where(_produced(start, end, member))
            .group_by(PE.c.produced_on)
        )
    )


def output_by_month(session: Session, start: date, end: date, member: int | None) -> list[Any]:
    """(month "2026-11", good, reject) for the monthly chart."""
    return list(
        session.execute(
            select(PE.c.month, func.sum(PE.c.good_qty), func.sum(PE.c.reject_qty))
            .where(_produced(start, end, member))
            .group_by(PE.c.month)
        )
    )


def _line_value(gross: Subquery) -> ColumnElement[Any]:
    """A line's value less its share of the order's discount, as a float summed then rounded."""
    value = sql_cast(OL.c.quantity * OL.c.unit_price, Float)
    return value * (gross.c.gross - OR.c.discount) / func.nullif(gross.c.gross, 0)


def sales_by_design(session: Session, start: date, end: date, member: int | None) -> list[Any]:
    """(design_id, pieces, value) of the sold orders of the dates."""
    gross = order_gross(start, end, member)
    return list(
        session.execute(
            select(OL.c.design_id, func.sum(OL.c.quantity), func.sum(_line_value(gross)))
            .join(OR, OR.c.id == OL.c.order_id)
            .join(gross, gross.c.order_id == OR.c.id)
            .where(*([] if member is None else [owned_by(OL.c.design_id, member)]))
            .group_by(OL.c.design_id)
        )
    )


def designs_sold(session: Session, start: date, end: date, member: int | None) -> set[int]:
    stmt = (
        select(OL.c.design_id).distinct().join(OR, OR.c.id == OL.c.order_id).where(_sold(start, end, member))
    )
    if member is not None:
        stmt = stmt.where(owned_by(OL.c.design_id, member))
    return set(session.scalars(stmt))


def delivered_value(session: Session, start: date, end: date, member: int | None) -> int:
    """Value of the pieces delivered in the dates (not voided), at their lines' discounted value.

    The delivered pieces are summed per order first; only those orders' lines are then summed
    for the discount's share, so the rest of the order book is never read.
    """
    delivered = (
        select(DL.c.order_id, func.sum(DLL.c.quantity * OL.c.unit_price).label("value"))
        .select_from(DL)
        .join(DLL, DLL.c.delivery_id == DL.c.id)
        .join(OL, OL.c.id == DLL.c.order_line_id)
        .where(
            # Through the deliveries of the dates, so the planner never walks every delivered line.
            DLL.c.delivery_id.in_(
                select(DL.c.id).where(
                    DL.c.voided_at.is_(None), DL.c.delivered_on >= start, DL.c.delivered_on <= end
                )
            ),
            *([] if member is None else [owned_by(OL.c.design_id, member)]),
        )
        .group_by(DL.c.order_id)
        .cte("delivered")
    )
    gross = (
        select(OL.c.order_id, func.sum(OL.c.quantity * OL.c.unit_price).label("gross"))
        .where(OL.c.order_id.in_(select(delivered.c.order_id)))
        .group_by(OL.c.order_id)
        .cte("gross")
    )
    share = (
        sql_cast(delivered.c.value, Float) * (gross.c.gross - OR.c.discount) / func.nullif(gross.c.gross, 0)
    )
    stmt = (
        select(func.sum(share))
        .select_from(delivered)
        .join(gross, gross.c.order_id == delivered.c.order_id)
        .join(OR, OR.c.id == delivered.c.order_id)
        .where(_sold(None, None, member))
    )
    return round(float(session.scalar(stmt) or 0))


def paid(session: Session, start: date, end: date, member: int | None) -> int:
    """Money received in the dates (payments not voided, on orders not cancelled)."""
    stmt = (
        select(func.sum(PY.c.amount))
        .join(OR, OR.c.id == PY.c.order_id)
        .where(
            PY.c.voided_at.is_(None),
            PY.c.paid_on >= start,
            PY.c.paid_on <= end,
            OR.c.status != OrderStatus.CANCELLED.value,
        )
    )
    if member is not None:  # the share of the payment that the member's lines make of the order
        shares = _shares(select(PY.c.order_id).where(PY.c.paid_on >= start, PY.c.paid_on <= end), member)
        stmt = stmt.with_only_columns(func.sum(PY.c.amount * shares.c.part)).join(
            shares, shares.c.order_id == PY.c.order_id
        )
        return round(float(session.scalar(stmt) or 0))
    return int(session.scalar(stmt) or 0)


def paid_on_orders(session: Session, start: date, end: date, member: int | None) -> int:
    """Payments up to ``end`` on the sold orders ordered in the dates."""
    stmt = (
        select(func.sum(PY.c.amount))
        .join(OR, OR.c.id == PY.c.order_id)
        .where(PY.c.voided_at.is_(None), PY.c.paid_on <= end, _sold(start, end, member))
    )
    if member is not None:  # the member's lines' share of each payment, as for the value
        shares = _shares(select(OR.c.id).where(_sold(start, end, member)), member)
        stmt = stmt.with_only_columns(func.sum(PY.c.amount * shares.c.part)).join(
            shares, shares.c.order_id == PY.c.order_id
        )
        return round(float(session.scalar(stmt) or 0))
    return int(session.scalar(stmt) or 0)


def _shares(orders: Select[Any], member: int) -> Subquery:
    """(order_id, part): the fraction of each of ``orders``' value that ``member``'s lines make."""
    line = OL.c.quantity * OL.c.unit_price
    owned = func.sum(case((owned_by(OL.c.design_id, member), line), else_=0))
    part = sql_cast(owned, Float) / func.nullif(func.sum(line), 0)
    return (
        select(OL.c.order_id, part.label("part"))
        .where(OL.c.order_id.in_(orders))
        .group_by(OL.c.order_id)
        .subquery()
    )


def earlier_buyers(
    session: Session, start: date, member: int | None, among: Iterable[int] | None = None
) -> list[Any]:
    """(id, regency_code, province_code) of the buyers with a sold order before ``start`` (all of
    them, whatever ``among``: see :func:`performance_summaries.earlier_buyers`)."""
    earlier = exists().where(OR.c.buyer_id == BY.c.id, _sold(None, None, member), OR.c.ordered_on < start)
    return list(session.execute(select(BY.c.id, BY.c.regency_code, BY.c.province_code).where(earlier)))


def buyers(session: Session, ids: Iterable[int]) -> dict[int, Any]:
    """id -> (name, kind, city, province, regency_code, province_code) of the buyers ``ids``."""
    wanted = sorted(set(ids))
    found: dict[int, Any] = {}
    columns = select(
        BY.c.id, BY.c.name, BY.c.kind, BY.c.city, BY.c.province, BY.c.regency_code, BY.c.province_code
    )
    if len(wanted) > 900:  # most of the buyers: one read of the table beats lists of ids
        every = set(wanted)
        return {row.id: row for row in session.execute(columns) if row.id in every}
    for chunk in range(0, len(wanted), 900):
        for row in session.execute(columns.where(BY.c.id.in_(wanted[chunk : chunk + 900]))):
            found[row.id] = row
    return found


def event_orders(session: Session, event_ids: Iterable[int], member: int | None) -> list[Any]:
    """(sales_event_id, orders, value) of the sold orders tagged to ``event_ids``, any date."""
    gross = order_gross(None, None, member)
    stmt: Select[Any] = (
        select(OR.c.sales_event_id, func.count(), func.sum(order_value(gross, member)))
        .join(gross, gross.c.order_id == OR.c.id)
        .where(OR.c.sales_event_id.in_(list(event_ids)))
        .group_by(OR.c.sales_event_id)
    )
    return list(session.execute(stmt))


def order_counts(
    session: Session, start: date, end: date, member: int | None
) -> dict[tuple[int, int | None], int]:
    """(buyer_id, sales_event_id) -> how many sold orders of the dates, from the orders alone."""
    stmt = (
        select(OR.c.buyer_id, OR.c.sales_event_id, func.count())
        .where(_sold(start, end, member))
        .group_by(OR.c.buyer_id, OR.c.sales_event_id)
    )
    return {(b, e): int(n) for b, e, n in session.execute(stmt)}


def event_counts(session: Session, event_ids: Iterable[int], member: int | None) -> dict[int, int]:
    """sales_event_id -> how many sold orders are tagged to it, any date."""
    stmt = (
        select(OR.c.sales_event_id, func.count())
        .where(OR.c.sales_event_id.in_(list(event_ids)), _sold(None, None, member))
        .group_by(OR.c.sales_event_id)
    )
    return {int(e): int(n) for e, n in session.execute(stmt)}
