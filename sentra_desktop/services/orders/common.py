"""Tables, SQL pieces and steps the order book's use-cases share.

Every change to an order starts by touching the order row (an UPDATE that changes nothing,
:func:`lock_order`): the checks that follow (what is left to deliver, what is still owed) then
read data no one else can change before the commit. Quantities still to deliver and what has
been paid are always summed from the lines, deliveries and payments, never stored.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import OrderStatus
from sentra_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from sentra_desktop.core.formatting import parse_date
from sentra_desktop.db import dialect
from sentra_desktop.db.models import (
    Buyer,
    Delivery,
    DeliveryLine,
    DesignVariant,
    Order,
    OrderCounter,
    OrderLine,
    Payment,
    SalesEvent,
    StockBalance,
)
from sentra_desktop.db.types import utcnow
from sentra_desktop.services.base import Service
from sentra_desktop.services.database import Database
from sentra_desktop.services.orders.data import NUMBER_PREFIX, OPEN_STATUSES

ORDER = cast(Table, Order.__table__)
LINE = cast(Table, OrderLine.__table__)
DELIVERY = cast(Table, Delivery.__table__)
DELIVERY_LINE = cast(Table, DeliveryLine.__table__)
PAYMENT = cast(Table, Payment.__table__)
BUYER = cast(Table, Buyer.__table__)
EVENT = cast(Table, SalesEvent.__table__)
DESIGN = cast(Table, DesignVariant.__table__)
BALANCE = cast(Table, StockBalance.__table__)
COUNTER = cast(Table, OrderCounter.__table__)


class OrderBase(Service, domain="order"):
    """What every part of the order service holds: the database its use-cases run on."""

    def __init__(self, db: Database) -> None:
        self.db = db


# --- SQL pieces shared with the buyer's page -------------------------------------------------------


def subtotal_of(order_id: Any) -> Any:
    """The sum of an order's lines (quantity × unit price), as a scalar subquery on ``order_id``.

    Correlated rather than grouped over every order: with 200,000 orders a list or a buyer's
    page sums only the orders it shows, through the index on ``order_line.order_id``.
    """
    return (
        select(func.coalesce(func.sum(LINE.c.quantity * LINE.c.unit_price), 0))
        .where(LINE.c.order_id == order_id)
        .scalar_subquery()
    )


def paid_of(order_id: Any) -> Any:
    """Payments (not voided) of one order, as a scalar subquery on ``order_id``."""
    return (
        select(func.coalesce(func.sum(PAYMENT.c.amount), 0))
        .where(PAYMENT.c.order_id == order_id, PAYMENT.c.voided_at.is_(None))
        .scalar_subquery()
    )


def delivered_of(line_id: Any) -> Any:
    """Pieces of one order line delivered by deliveries that are not voided (scalar subquery)."""
    return (
        select(func.coalesce(func.sum(DELIVERY_LINE.c.quantity), 0))
        .select_from(DELIVERY_LINE)
        .join(DELIVERY, DELIVERY.c.id == DELIVERY_LINE.c.delivery_id)
        .where(DELIVERY_LINE.c.order_line_id == line_id, DELIVERY.c.voided_at.is_(None))
        .scalar_subquery()
    )


def delivered_by_line(session: Session, line_ids: list[int]) -> dict[int, int]:
    if not line_ids:
        return {}
    rows = session.connection().execute(
        select(DELIVERY_LINE.c.order_line_id, func.sum(DELIVERY_LINE.c.quantity))
        .join(DELIVERY, DELIVERY.c.id == DELIVERY_LINE.c.delivery_id)
        .where(DELIVERY.c.voided_at.is_(None), DELIVERY_LINE.c.order_line_id.in_(line_ids))
        .group_by(DELIVERY_LINE.c.order_line_id)
    )
    return {line_id: int(total or 0) for line_id, total in rows}


def next_number(session: Session, year: int) -> str:
    """Bump the year's counter in this transaction and return the order number it gives."""
    number = dialect.next_in_counter(session.connection(), COUNTER, "year", year, "last_number")
    return f"{NUMBER_PREFIX}-{year:04d}-{number:04d}"


def lock_order(session: Session, order_id: int, version: int | None = None) -> Order:
    """Take the write lock on ``order_id`` first, then load it; a newer version is a conflict."""
    session.connection().execute(
        update(ORDER)
        .where(ORDER.c.id == order_id)
        .values(version=ORDER.c.version, updated_at=ORDER.c.updated_at)
    )
    order = session.get(Order, order_id)
    if order is None:
        raise NotFoundError()
    if version is not None and order.version != version:
        raise ConflictError()
    return order


def lock_order_of(session: Session, table: Table, record_id: int) -> int | None:
    """Lock the order a delivery or payment belongs to, before reading anything; its id."""
    owner = select(table.c.order_id).where(table.c.id == record_id).scalar_subquery()
    session.connection().execute(
        update(ORDER)
        .where(ORDER.c.id == owner)
        .values(version=ORDER.c.version, updated_at=ORDER.c.updated_at)
    )
    return session.connection().scalar(select(table.c.order_id).where(table.c.id == record_id))


def touch(order: Order) -> None:
    """Mark the order changed (new version) when only its lines, deliveries or payments changed.

    A form still open on another PC then gets "stale" instead of saving over what it never saw.
    """
    order.updated_at = utcnow()


def settle_status(session: Session, order: Order) -> None:
    """Delivered once every line is; back to confirmed when a delivery is voided or a line grows."""
    if order.status not in (*OPEN_STATUSES, OrderStatus.DELIVERED):
        return
    delivered = delivered_by_line(session, [line.id for line in order.lines])
    complete = bool(order.lines) and all(delivered.get(line.id, 0) >= line.quantity for line in order.lines)
    if complete and any(delivered.values()):
        order.status = OrderStatus.DELIVERED
    elif order.status == OrderStatus.DELIVERED:
        order.status = OrderStatus.CONFIRMED


def order_total(session: Session, order_id: int) -> tuple[int, int]:
    """(total after discount, paid) of one order, read in ``session``."""
    connection = session.connection()
    subtotal = connection.scalar(
        select(func.coalesce(func.sum(LINE.c.quantity * LINE.c.unit_price), 0)).where(
            LINE.c.order_id == order_id
        )
    )
    discount = connection.scalar(select(ORDER.c.discount).where(ORDER.c.id == order_id))
    paid = connection.scalar(
        select(func.coalesce(func.sum(PAYMENT.c.amount), 0)).where(
            PAYMENT.c.order_id == order_id, PAYMENT.c.voided_at.is_(None)
        )
    )
    return int(subtotal or 0) - int(discount or 0), int(paid or 0)


def money_of(session: Session, ids: list[int]) -> tuple[dict[int, int], dict[int, int]]:
    """Line sums and payments of just the given orders."""
    if not ids:
        return {}, {}
    subtotals = dict(
        session.execute(
            select(LINE.c.order_id, func.sum(LINE.c.quantity * LINE.c.unit_price))
            .where(LINE.c.order_id.in_(ids))
            .group_by(LINE.c.order_id)
        ).all()
    )
    paid = dict(
        session.execute(
            select(PAYMENT.c.order_id, func.sum(PAYMENT.c.amount))
            .where(PAYMENT.c.order_id.in_(ids), PAYMENT.c.voided_at.is_(None))
            .group_by(PAYMENT.c.order_id)
        ).all()
    )
    return {k: int(v or 0) for k, v in subtotals.items()}, {k: int(v or 0) for k, v in paid.items()}


def design_codes(session: Session, design_ids: dict[int, int]) -> list[tuple[int, str]]:
    rows = session.connection().execute(
        select(DESIGN.c.id, DESIGN.c.code).where(DESIGN.c.id.in_(list(design_ids))).order_by(DESIGN.c.code)
    )
    return [(row.id, row.code) for row in rows]


def year_of(value: date | str) -> int:
    if isinstance(value, date):
        return value.year
    try:
        return parse_date(str(value or ""), "ordered_on").year
    except ValidationError:
        return date.today().year
