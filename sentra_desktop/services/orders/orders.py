"""Orders and their lines: saving, status changes, the order book list and one order's detail.

An order number (PSN-2026-0042) comes from the year's ``order_counter`` row, bumped by one upsert
as the *first* statement of the order's transaction: on SQLite that statement takes the write
lock at once, so two PCs saving together queue instead of reading the same number, and the
unique constraint on the number is the last line of defence. A failed save rolls the bump back.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, or_, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import DesignStatus, OrderStatus, PaymentMethod
from sentra_desktop.core.errors import FieldError, NotFoundError, SentraError, ValidationError
from sentra_desktop.core.formatting import format_rupiah
from sentra_desktop.db.models import Order, OrderLine
from sentra_desktop.db.types import utcnow
from sentra_desktop.services import paging
from sentra_desktop.services.listing import Choice, ListQuery, as_date, search_condition
from sentra_desktop.services.member_filter import MEMBER_FILTER, orders_of_member
from sentra_desktop.services.orders.checks import check_line, validated
from sentra_desktop.services.orders.common import (
    BUYER,
    DELIVERY,
    DELIVERY_LINE,
    DESIGN,
    EVENT,
    LINE,
    ORDER,
    PAYMENT,
    delivered_by_line,
    delivered_of,
    lock_order,
    money_of,
    next_number,
    order_total,
    settle_status,
    touch,
    year_of,
)
from sentra_desktop.services.orders.data import (
    EDITABLE_STATUSES,
    CheckedLine,
    DeliveryDetail,
    DesignPrice,
    LineDetail,
    LineInput,
    OrderDetail,
    OrderInput,
    OrderRow,
    OrderSaved,
    PaymentDetail,
    is_past_due,
)
from sentra_desktop.services.orders.deliveries import Deliveries
from sentra_desktop.services.orders.events import SalesEvents
from sentra_desktop.services.orders.payments import Payments
from sentra_desktop.services.orders.production_needs import ProductionNeeds

_SORTS: dict[str, Any] = {
    "number": ORDER.c.number,
    "ordered_on": ORDER.c.ordered_on,
    "due_on": ORDER.c.due_on,
    "buyer": BUYER.c.name,
    "status": ORDER.c.status,
}


class OrderService(Deliveries, Payments, ProductionNeeds, SalesEvents, domain="order"):
    """Use-cases of the Pesanan area; every public method is one transaction.

    Deliveries, payments, what to produce and sales events live in their own modules, as the
    bases this class gathers, so the user interface keeps one service for the whole area.
    """

    # --- writing orders ---------------------------------------------------------------------------
    def check_line(self, data: LineInput) -> CheckedLine:
        """Check one line before it joins the form's list (the price defaults to the design's)."""
        with self.db.reading() as session:
            errors: list[FieldError] = []
            checked = check_line(session, errors, data)
            if errors or checked is None:
                raise ValidationError(errors)
            return checked

    def create(self, data: OrderInput) -> OrderSaved:
        """Save a new draft order with the next number of its year; bad input saves nothing."""
        year = year_of(data.ordered_on)
        with self.db.transaction() as session:
            number = next_number(session, year)  # first: takes the write lock
            checked = validated(session, data, None)
            order = Order(
                number=number,
                buyer_id=checked.buyer_id,
                ordered_on=checked.ordered_on,
                due_on=checked.due_on,
                status=OrderStatus.DRAFT,
                discount=checked.discount,
                sales_event_id=checked.sales_event_id,
                member_business_id=checked.member_business_id,
                notes=checked.notes,
            )
            order.lines = [
                OrderLine(position=i, design_id=c.design_id, quantity=c.quantity, unit_price=c.unit_price)
                for i, (_, c) in enumerate(checked.lines, start=1)
            ]
            session.add(order)
            session.flush()
            return OrderSaved(order.id, number)

    def update(self, order_id: int, version: int, data: OrderInput) -> None:
        """Save changes to an order that is not delivered or cancelled.

        Lines keep their ids; a line with deliveries keeps its design and never drops below what
        went out. The total may not fall below what was already paid.
        """
        with self.db.transaction() as session:
            order = lock_order(session, order_id, version)
            if order.status not in EDITABLE_STATUSES:
                raise SentraError("order_closed")
            checked = validated(session, data, order)
            paid = order_total(session, order_id)[1]
            new_total = sum(c.total for _, c in checked.lines) - checked.discount
            if new_total < paid:
                raise ValidationError.single("discount", "total_below_paid", paid=format_rupiah(paid))
            order.buyer_id = checked.buyer_id
            order.ordered_on = checked.ordered_on
            order.due_on = checked.due_on
            order.discount = checked.discount
            order.sales_event_id = checked.sales_event_id
            order.notes = checked.notes
            if data.member_business_id is not None:
                order.member_business_id = data.member_business_id
            by_id = {line.id: line for line in order.lines}
            kept: list[OrderLine] = []
            for position, (line_id, c) in enumerate(checked.lines, start=1):
                line = by_id.get(line_id) if line_id is not None else None
                if line is None:
                    line = OrderLine(design_id=c.design_id)
                line.position = position
                line.design_id = c.design_id
                line.quantity = c.quantity
                line.unit_price = c.unit_price
                kept.append(line)
            for dropped in set(by_id.values()) - set(kept):
                session.delete(dropped)  # audited like any delete, not dropped unseen as an orphan
            order.lines = kept
            touch(order)
            session.flush()
            settle_status(session, order)

    def confirm(self, order_id: int, version: int | None = None) -> None:
        """Draft → confirmed: the quantities now count against stock in "what to produce"."""
        with self.db.transaction() as session:
            order = lock_order(session, order_id, version)
            if order.status != OrderStatus.DRAFT:
                raise SentraError("confirm_needs_draft")
            order.status = OrderStatus.CONFIRMED
            order.confirmed_at = utcnow()

    def mark_ready(self, order_id: int, version: int | None = None) -> None:
        """Confirmed → ready: the goods are made and set aside for the buyer."""
        with self.db.transaction() as session:
            order = lock_order(session, order_id, version)
            if order.status != OrderStatus.CONFIRMED:
                raise SentraError("ready_needs_confirmed")
            order.status = OrderStatus.READY

    def cancel(self, order_id: int, version: int | None = None) -> None:
        """Cancel a draft, confirmed or ready order; its quantities no longer count as ordered.

        A delivered order is refused, and so is one partly delivered (lower its quantities to
        what went out instead, which completes it).
        """
        with self.db.transaction() as session:
            order = lock_order(session, order_id, version)
            if order.status == OrderStatus.CANCELLED:
                raise SentraError("already_cancelled")
            if order.status == OrderStatus.DELIVERED:
                raise SentraError("cancel_delivered")
            if any(delivered_by_line(session, [line.id for line in order.lines]).values()):
                raise SentraError("cancel_partly_delivered")
            order.status = OrderStatus.CANCELLED
            order.cancelled_at = utcnow()

    # --- reading ---------------------------------------------------------------------------------
    def _conditions(self, query: ListQuery) -> list[ColumnElement[bool]]:
        return order_conditions(query)

    def count(self, query: ListQuery) -> int:
        """How many orders the order book shows for ``query`` (counted on sales_order alone)."""
        with self.db.reading() as session:
            return self._count(session, query)

    def _count(self, session: Session, query: ListQuery) -> int:
        return int(
            session.scalar(select(func.count()).select_from(ORDER).where(*self._conditions(query))) or 0
        )

    def page(self, query: ListQuery, offset: int, limit: int) -> list[OrderRow]:
        """One page of the order book, newest first by default.

        Filters: "status" (an OrderStatus or "open"), "past_due", "buyer_id", "sales_event_id",
        "member_business_id" (orders with a line of that member's designs), "date_from", "date_to";
        search on number, buyer and organisation. Totals and payments are summed for just the rows
        of the page.
        """
        stmt = (
            select(
                ORDER.c.id,
                ORDER.c.number,
                ORDER.c.ordered_on,
                ORDER.c.due_on,
                BUYER.c.name.label("buyer"),
                BUYER.c.organisation,
                func.coalesce(EVENT.c.name, "").label("event"),
                ORDER.c.status,
                ORDER.c.discount,
            )
            .select_from(ORDER)
            .join(BUYER, BUYER.c.id == ORDER.c.buyer_id)
            .outerjoin(EVENT, EVENT.c.id == ORDER.c.sales_event_id)
            .where(*self._conditions(query))
        )
        key = query.sort if query.sort in _SORTS else "number"
        descending = query.descending if query.sort in _SORTS else True

        def ordered(where: paging.Slice) -> Select[Any]:
            return stmt.order_by(*paging.order_by((_SORTS[key], ORDER.c.id), descending, where))

        with self.db.reading() as session:
            rows = paging.read(
                ordered,
                lambda s: session.execute(s).all(),
                offset,
                limit,
                lambda: self._count(session, query),
            )
            ids = [row.id for row in rows]
            subtotals, paid = money_of(session, ids)
        result = []
        for row in rows:
            status = OrderStatus(row.status)
            total = subtotals.get(row.id, 0) - row.discount
            got = paid.get(row.id, 0)
            result.append(
                OrderRow(
                    id=row.id,
                    number=row.number,
                    ordered_on=row.ordered_on,
                    due_on=row.due_on,
                    buyer=row.buyer,
                    organisation=row.organisation,
                    event=row.event,
                    status=status,
                    total=total,
                    paid=got,
                    outstanding=0 if status == OrderStatus.CANCELLED else total - got,
                    past_due=is_past_due(status, row.due_on),
                )
            )
        return result

    def get(self, order_id: int) -> OrderDetail:
        """One order with its lines (and what went out of each), deliveries and payments."""
        with self.db.reading() as session:
            row = session.execute(
                select(
                    ORDER,
                    BUYER.c.name.label("buyer"),
                    BUYER.c.phone,
                    func.coalesce(EVENT.c.name, "").label("event"),
                )
                .join(BUYER, BUYER.c.id == ORDER.c.buyer_id)
                .outerjoin(EVENT, EVENT.c.id == ORDER.c.sales_event_id)
                .where(ORDER.c.id == order_id)
            ).first()
            if row is None:
                raise NotFoundError()
            lines = session.execute(
                select(
                    LINE.c.id,
                    LINE.c.design_id,
                    DESIGN.c.code,
                    DESIGN.c.name,
                    LINE.c.quantity,
                    LINE.c.unit_price,
                    delivered_of(LINE.c.id),
                )
                .join(DESIGN, DESIGN.c.id == LINE.c.design_id)
                .where(LINE.c.order_id == order_id)
                .order_by(LINE.c.position, LINE.c.id)
            ).all()
            deliveries = session.execute(
                select(
                    DELIVERY.c.id,
                    DELIVERY.c.number,
                    DELIVERY.c.delivered_on,
                    DELIVERY.c.voided_at,
                    func.coalesce(func.sum(DELIVERY_LINE.c.quantity), 0),
                    DELIVERY.c.note,
                )
                .outerjoin(DELIVERY_LINE, DELIVERY_LINE.c.delivery_id == DELIVERY.c.id)
                .where(DELIVERY.c.order_id == order_id)
                .group_by(
                    DELIVERY.c.id,
                    DELIVERY.c.number,
                    DELIVERY.c.delivered_on,
                    DELIVERY.c.voided_at,
                    DELIVERY.c.note,
                )
                .order_by(DELIVERY.c.delivered_on, DELIVERY.c.id)
            ).all()
            payments = session.execute(
                select(
                    PAYMENT.c.id,
                    PAYMENT.c.paid_on,
                    PAYMENT.c.amount,
                    PAYMENT.c.method,
                    PAYMENT.c.is_down_payment,
                    PAYMENT.c.voided_at,
                    PAYMENT.c.note,
                )
                .where(PAYMENT.c.order_id == order_id)
                .order_by(PAYMENT.c.paid_on, PAYMENT.c.id)
            ).all()
        return OrderDetail(
            id=row.id,
            version=row.version,
            number=row.number,
            buyer_id=row.buyer_id,
            buyer=row.buyer,
            buyer_phone=row.phone,
            ordered_on=row.ordered_on,
            due_on=row.due_on,
            status=OrderStatus(row.status),
            discount=row.discount,
            sales_event_id=row.sales_event_id,
            event=row.event,
            notes=row.notes,
            lines=[LineDetail(*line[:6], int(line[6])) for line in lines],
            deliveries=[
                DeliveryDetail(d.id, d.number, d.delivered_on, d.voided_at is not None, int(d[4]), d.note)
                for d in deliveries
            ],
            payments=[
                PaymentDetail(
                    p.id,
                    p.paid_on,
                    p.amount,
                    PaymentMethod(p.method),
                    p.is_down_payment,
                    p.voided_at is not None,
                    p.note,
                )
                for p in payments
            ],
        )

    def design_prices(self) -> list[DesignPrice]:
        """Designs an order line may use (not retired), by code, with their selling price."""
        with self.db.reading() as session:
            rows = session.execute(
                select(DESIGN.c.id, DESIGN.c.code, DESIGN.c.name, DESIGN.c.price)
                .where(DESIGN.c.status != DesignStatus.RETIRED.value)
                .order_by(DESIGN.c.code)
            )
            return [DesignPrice(*row) for row in rows]

    def buyer_choices(
        self, search: str = "", *, limit: int | None = None, buyer_id: int | None = None
    ) -> list[Choice]:
        """Buyers an order may name (not archived): "Name — Organisation (City)".

        ``search`` keeps those with every word in the name, organisation or city, at most ``limit``
        of them (the order form asks as the buyer is typed, so thousands of buyers cost nothing);
        ``buyer_id`` reads that one buyer, archived or not (an old order keeps its buyer).
        """
        stmt = select(BUYER.c.id, BUYER.c.name, BUYER.c.organisation, BUYER.c.city)
        if buyer_id is not None:
            stmt = stmt.where(BUYER.c.id == buyer_id)
        else:
            stmt = stmt.where(BUYER.c.archived.is_(False))
        found = search_condition(search, BUYER.c.name, BUYER.c.organisation, BUYER.c.city)
        if found is not None:
            stmt = stmt.where(found)
        with self.db.reading() as session:
            rows = session.execute(stmt.order_by(BUYER.c.name, BUYER.c.id).limit(limit))
            return [
                Choice(id_, buyer_label(name, organisation, city)) for id_, name, organisation, city in rows
            ]


def buyer_label(name: str, organisation: str, city: str) -> str:
    """How a buyer is named in drop-downs: "Name — Organisation (City)"."""
    text = name + (f" — {organisation}" if organisation else "")
    return text + (f" ({city})" if city else "")


def order_conditions(query: ListQuery) -> list[ColumnElement[bool]]:
    """Conditions on sales_order (and on buyer, for a search) for ``query``."""
    conditions: list[ColumnElement[bool]] = []
    filters = query.filters
    open_statuses = [s.value for s in EDITABLE_STATUSES]
    status = filters.get("status")
    if status == "open":
        conditions.append(ORDER.c.status.in_(open_statuses))
    elif status:
        conditions.append(ORDER.c.status == OrderStatus(status).value)
    if filters.get("past_due"):
        # The due date inside an expression, so the few open orders are found by status
        # and not by walking every past due date in the index.
        late = case((ORDER.c.status.in_(open_statuses), ORDER.c.due_on))
        conditions += [ORDER.c.status.in_(open_statuses), late < date.today()]
    if (buyer_id := filters.get("buyer_id")) is not None:
        conditions.append(ORDER.c.buyer_id == buyer_id)
    if (event_id := filters.get("sales_event_id")) is not None:
        conditions.append(ORDER.c.sales_event_id == event_id)
    if (member_id := filters.get(MEMBER_FILTER)) is not None:
        conditions.append(orders_of_member(ORDER.c.id, int(member_id)))
    if (date_from := as_date(filters.get("date_from"))) is not None:
        conditions.append(ORDER.c.ordered_on >= date_from)
    if (date_to := as_date(filters.get("date_to"))) is not None:
        conditions.append(ORDER.c.ordered_on <= date_to)
    for word in query.search.split():
        # Buyers are few, so a word is looked up among them and the orders found by buyer;
        # only a word with a digit can be part of an order number.
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        buyers = select(BUYER.c.id).where(
            BUYER.c.name.ilike(pattern, escape="\\") | BUYER.c.organisation.ilike(pattern, escape="\\")
        )
        options = [ORDER.c.buyer_id.in_(buyers)]
        if any(ch.isdigit() for ch in word):
            options.append(ORDER.c.number.ilike(pattern, escape="\\"))
        conditions.append(or_(*options))
    return conditions
