"""The order book: orders and their lines, status changes, deliveries, payments, and what to produce.

An order number (PSN-2026-0042) comes from the year's ``order_counter`` row, bumped by one upsert
as the *first* statement of the order's transaction: on SQLite that statement takes the write
lock at once, so two PCs saving together queue instead of reading the same number, and the
unique constraint on the number is the last line of defence. A failed save rolls the bump back.

Every other change to an order starts by touching the order row (an UPDATE that changes
nothing), for the same reason: the checks that follow (what is left to deliver, what is still
owed) read data no one else can change before the commit.

Delivering posts stock out through :func:`services.stock.post_rows` in the same transaction;
voiding a delivery posts reversals. Quantities still to deliver and what has been paid are always
summed from the lines, deliveries and payments, never stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, cast

from sqlalchemy import ColumnElement, Integer, Table, case, func, or_, select, type_coerce, update
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import (
    DesignStatus,
    MovementKind,
    OrderStatus,
    PaymentMethod,
    SalesEventKind,
    StockItemKind,
)
from sentra_desktop.core.errors import FieldError, NotFoundError, SentraError, ValidationError
from sentra_desktop.core.formatting import (
    format_rupiah,
    format_thousands,
    parse_date,
    parse_int,
    parse_rupiah,
)
from sentra_desktop.core.text import NOTE_MAX, check_text, clean
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
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import Choice, ListQuery
from sentra_desktop.services.stock import balances, post_rows, reverse_movements

MAX_PIECES = 1_000_000
NUMBER_PREFIX = "PSN"
DELIVERY_PREFIX = "SJ"
OPEN_STATUSES = (OrderStatus.CONFIRMED, OrderStatus.READY)
EDITABLE_STATUSES = (OrderStatus.DRAFT, OrderStatus.CONFIRMED, OrderStatus.READY)
# Orders whose money is owed: the buyer has committed to them.
OWING_STATUSES = (OrderStatus.CONFIRMED, OrderStatus.READY, OrderStatus.DELIVERED)

_O = cast(Table, Order.__table__)
_OL = cast(Table, OrderLine.__table__)
_D = cast(Table, Delivery.__table__)
_DL = cast(Table, DeliveryLine.__table__)
_P = cast(Table, Payment.__table__)
_B = cast(Table, Buyer.__table__)
_E = cast(Table, SalesEvent.__table__)
_DV = cast(Table, DesignVariant.__table__)
_SB = cast(Table, StockBalance.__table__)
_OC = cast(Table, OrderCounter.__table__)

# --- data to and from the user interface -------------------------------------------------------


@dataclass(frozen=True)
class LineInput:
    """One order line as typed: the design by id or code, the quantity, the price (None: the design's)."""

    design: int | str
    quantity: str | int
    unit_price: str | int | None = None
    line_id: int | None = None


@dataclass(frozen=True)
class OrderInput:
    """What the order form sends."""

    buyer_id: int | None
    ordered_on: date | str
    lines: Sequence[LineInput]
    due_on: date | str | None = None
    discount: str | int = 0
    sales_event_id: int | None = None
    notes: str = ""
    member_business_id: int | None = None


@dataclass(frozen=True)
class CheckedLine:
    """A line that passed its checks, with the design's code and name and the price to use."""

    design_id: int
    code: str
    name: str
    quantity: int
    unit_price: int

    @property
    def total(self) -> int:
        return self.quantity * self.unit_price


@dataclass(frozen=True)
class OrderSaved:
    id: int
    number: str


@dataclass(frozen=True)
class OrderRow:
    """One line of the order book."""

    id: int
    number: str
    ordered_on: date
    due_on: date | None
    buyer: str
    organisation: str
    event: str
    status: OrderStatus
    total: int
    paid: int
    outstanding: int
    past_due: bool


@dataclass(frozen=True)
class LineDetail:
    id: int
    design_id: int
    code: str
    name: str
    quantity: int
    unit_price: int
    delivered: int

    @property
    def total(self) -> int:
        return self.quantity * self.unit_price

    @property
    def to_deliver(self) -> int:
        return self.quantity - self.delivered


@dataclass(frozen=True)
class DeliveryDetail:
    id: int
    number: str
    delivered_on: date
    voided: bool
    pieces: int
    note: str


@dataclass(frozen=True)
class PaymentDetail:
    id: int
    paid_on: date
    amount: int
    method: PaymentMethod
    is_down_payment: bool
    voided: bool
    note: str


@dataclass(frozen=True)
class OrderDetail:
    """Everything the order form and the detail panel show, with the version it was read at."""

    id: int
    version: int
    number: str
    buyer_id: int
    buyer: str
    buyer_phone: str
    ordered_on: date
    due_on: date | None
    status: OrderStatus
    discount: int
    sales_event_id: int | None
    event: str
    notes: str
    lines: list[LineDetail]
    deliveries: list[DeliveryDetail]
    payments: list[PaymentDetail]

    @property
    def subtotal(self) -> int:
        return sum(line.total for line in self.lines)

    @property
    def total(self) -> int:
        return self.subtotal - self.discount

    @property
    def paid(self) -> int:
        return sum(p.amount for p in self.payments if not p.voided)

    @property
    def outstanding(self) -> int:
        return 0 if self.status == OrderStatus.CANCELLED else self.total - self.paid

    @property
    def past_due(self) -> bool:
        return is_past_due(self.status, self.due_on)


@dataclass(frozen=True)
class DeliveryInput:
    """Pieces going out now per order line id (typed text or int), the day, a note."""

    delivered_on: date | str
    quantities: dict[int, str | int]
    note: str = ""


@dataclass(frozen=True)
class DeliverySaved:
    id: int
    number: str
    status: OrderStatus


@dataclass(frozen=True)
class PaymentInput:
    paid_on: date | str
    amount: str | int
    method: PaymentMethod = PaymentMethod.CASH
    is_down_payment: bool = False
    note: str = ""


@dataclass(frozen=True)
class NeedRow:
    """One design in "what to produce": open quantities against stock on hand."""

    design_id: int
    code: str
    name: str
    open_quantity: int
    on_hand: int
    orders: int
    earliest_due: date | None

    @property
    def available(self) -> int:
        return self.on_hand - self.open_quantity

    @property
    def shortfall(self) -> int:
        return max(0, self.open_quantity - max(self.on_hand, 0))

    @property
    def past_due(self) -> bool:
        return self.earliest_due is not None and self.earliest_due < date.today()


@dataclass(frozen=True)
class EventInput:
    name: str
    kind: SalesEventKind = SalesEventKind.OTHER
    starts_on: date | None = None
    ends_on: date | None = None
    location: str = ""
    notes: str = ""


@dataclass(frozen=True)
class EventRow:
    """An event with its orders and income, and that income's share of the year's sales.

    The share is what the mentors watch: the sentra's collapse after the 2011 games came from
    sales that hung on one event.
    """

    id: int
    name: str
    kind: SalesEventKind
    starts_on: date | None
    ends_on: date | None
    location: str
    orders: int
    income: int
    year_sales: int = 0

    @property
    def share(self) -> Decimal:
        """Percent of the year's sales (confirmed, ready, delivered), one decimal, half up."""
        if self.year_sales <= 0:
            return Decimal("0.0")
        return (Decimal(self.income * 100) / Decimal(self.year_sales)).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )


@dataclass(frozen=True)
class DesignPrice:
    """A design the order form offers, with the price a new line starts from."""

    id: int
    code: str
    name: str
    price: int


@dataclass(frozen=True)
class DeliveryShort:
    """Designs a delivery would take below zero: code, on hand, going out."""

    items: list[tuple[str, int, int]] = field(default_factory=list)


def is_past_due(status: OrderStatus, due_on: date | None) -> bool:
    """An order not yet delivered or cancelled whose due date has passed."""
    return due_on is not None and due_on < date.today() and OrderStatus(status) in EDITABLE_STATUSES


# --- SQL pieces shared with the buyer's page -------------------------------------------------------


def subtotal_of(order_id: Any) -> Any:
    """The sum of an order's lines (quantity × unit price), as a scalar subquery on ``order_id``.

    Correlated rather than grouped over every order: with 200,000 orders a list or a buyer's
    page sums only the orders it shows, through the index on ``order_line.order_id``.
    """
    return (
        select(func.coalesce(func.sum(_OL.c.quantity * _OL.c.unit_price), 0))
        .where(_OL.c.order_id == order_id)
        .scalar_subquery()
    )


def paid_of(order_id: Any) -> Any:
    """Payments (not voided) of one order, as a scalar subquery on ``order_id``."""
    return (
        select(func.coalesce(func.sum(_P.c.amount), 0))
        .where(_P.c.order_id == order_id, _P.c.voided_at.is_(None))
        .scalar_subquery()
    )


def delivered_of(line_id: Any) -> Any:
    """Pieces of one order line delivered by deliveries that are not voided (scalar subquery)."""
    return (
        select(func.coalesce(func.sum(_DL.c.quantity), 0))
        .select_from(_DL)
        .join(_D, _D.c.id == _DL.c.delivery_id)
        .where(_DL.c.order_line_id == line_id, _D.c.voided_at.is_(None))
        .scalar_subquery()
    )


# --- validation --------------------------------------------------------------------------------------


def _whole(errors: list[FieldError], name: str, value: str | int, *, zero_ok: bool = False) -> int | None:
    """A whole, positive number of pieces from an int or typed text."""
    if isinstance(value, bool):
        errors.append(FieldError(name, "not_a_number"))
        return None
    if isinstance(value, int):
        number = value
    else:
        text = str(value or "").strip()
        if not text:
            if zero_ok:
                return 0
            errors.append(FieldError(name, "required"))
            return None
        try:
            number = parse_int(text, name, allow_negative=True)
        except ValidationError as exc:
            error = exc.errors[0]
            if error.code in ("too_many_decimals", "ambiguous_decimal"):
                error = FieldError(name, "not_whole_number")
            errors.append(error)
            return None
    if number < 0 or (number == 0 and not zero_ok):
        errors.append(FieldError(name, "not_positive"))
        return None
    if number > MAX_PIECES:
        errors.append(FieldError(name, "too_large", {"max": format_thousands(MAX_PIECES)}))
        return None
    return number


def _rupiah(errors: list[FieldError], name: str, value: str | int) -> int | None:
    if isinstance(value, bool):
        errors.append(FieldError(name, "not_whole_rupiah"))
        return None
    if isinstance(value, int):
        if value < 0:
            errors.append(FieldError(name, "negative"))
            return None
        return value
    text = str(value or "").strip()
    if not text:
        return 0
    try:
        return parse_rupiah(text, name)
    except ValidationError as exc:
        errors.extend(exc.errors)
        return None


def _day(errors: list[FieldError], name: str, value: date | str | None, *, required: bool) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    if not text:
        if required:
            errors.append(FieldError(name, "required"))
        return None
    try:
        return parse_date(text, name)
    except ValidationError as exc:
        errors.extend(exc.errors)
        return None


def _find_design(session: Session, value: int | str) -> Any:
    columns = (_DV.c.id, _DV.c.code, _DV.c.name, _DV.c.status, _DV.c.price)
    if isinstance(value, int) and not isinstance(value, bool):
        return session.connection().execute(select(*columns).where(_DV.c.id == value)).first()
    typed = str(value or "").strip().upper()
    return session.connection().execute(select(*columns).where(func.upper(_DV.c.code) == typed)).first()


def check_line(
    session: Session,
    errors: list[FieldError],
    data: LineInput,
    prefix: str = "",
    current_design: int | None = None,
) -> CheckedLine | None:
    """One line's checks; field names are ``prefix`` + design / quantity / unit_price."""
    design = None
    typed = data.design if not isinstance(data.design, str) else data.design.strip()
    if typed == "" or typed is None:
        errors.append(FieldError(prefix + "design", "required"))
    else:
        design = _find_design(session, typed)
        if design is None:
            errors.append(FieldError(prefix + "design", "unknown_design", {"value": str(typed)}))
        elif design.status == DesignStatus.RETIRED.value and design.id != current_design:
            errors.append(FieldError(prefix + "design", "design_retired", {"value": design.code}))
            design = None
    quantity = _whole(errors, prefix + "quantity", data.quantity)
    price: int | None
    if data.unit_price is None or (isinstance(data.unit_price, str) and not data.unit_price.strip()):
        price = design.price if design is not None else 0
    else:
        price = _rupiah(errors, prefix + "unit_price", data.unit_price)
    if design is None or quantity is None or price is None:
        return None
    return CheckedLine(design.id, design.code, design.name, quantity, price)


@dataclass(frozen=True)
class _Checked:
    buyer_id: int
    ordered_on: date
    due_on: date | None
    discount: int
    sales_event_id: int | None
    notes: str
    member_business_id: int | None
    lines: list[tuple[int | None, CheckedLine]]


def _validated(session: Session, data: OrderInput, current: Order | None) -> _Checked:
    """Every field and line checked at once, so the form can mark all problems in one go."""
    errors: list[FieldError] = []
    buyer_id = data.buyer_id
    if buyer_id is None or isinstance(buyer_id, bool):
        errors.append(FieldError("buyer_id", "required"))
    else:
        archived = session.connection().scalar(select(_B.c.archived).where(_B.c.id == buyer_id))
        if archived is None or (archived and (current is None or current.buyer_id != buyer_id)):
            errors.append(FieldError("buyer_id", "invalid_choice"))
    ordered_on = _day(errors, "ordered_on", data.ordered_on, required=True)
    due_on = _day(errors, "due_on", data.due_on, required=False)
    if ordered_on is not None and due_on is not None and due_on < ordered_on:
        errors.append(FieldError("due_on", "due_before_order"))
    discount = _rupiah(errors, "discount", data.discount)
    event_id = data.sales_event_id
    if (
        event_id is not None
        and session.connection().scalar(select(_E.c.id).where(_E.c.id == event_id)) is None
    ):
        errors.append(FieldError("sales_event_id", "invalid_choice"))
    notes = check_text(errors, "notes", (data.notes or "").strip(), max_len=NOTE_MAX)
    existing: dict[int, Any] = {}
    delivered: dict[int, int] = {}
    if current is not None:
        existing = {line.id: line for line in current.lines}
        delivered = _delivered(session, list(existing))
    lines: list[tuple[int | None, CheckedLine]] = []
    if not data.lines:
        errors.append(FieldError("lines", "no_lines"))
    for index, line in enumerate(data.lines):
        prefix = f"lines.{index}."
        old = existing.get(line.line_id) if line.line_id is not None else None
        if line.line_id is not None and old is None:
            errors.append(FieldError(prefix + "design", "invalid_choice", {"row": index + 1}))
            continue
        line_errors: list[FieldError] = []
        checked = check_line(session, line_errors, line, prefix, old.design_id if old is not None else None)
        if checked is not None and old is not None and delivered.get(old.id, 0):
            if checked.design_id != old.design_id:
                line_errors.append(FieldError(prefix + "design", "line_delivered"))
            elif checked.quantity < delivered[old.id]:
                line_errors.append(
                    FieldError(prefix + "quantity", "below_delivered", {"delivered": delivered[old.id]})
                )
        errors.extend(FieldError(e.field, e.code, {**e.params, "row": index + 1}) for e in line_errors)
        if checked is not None and not line_errors:
            lines.append((line.line_id, checked))
    kept = {line.line_id for line in data.lines if line.line_id is not None}
    for line_id, pieces in delivered.items():
        if pieces and line_id not in kept:
            errors.append(FieldError("lines", "line_delivered"))
            break
    if discount is not None and not any(e.field and e.field.startswith("lines") for e in errors):
        subtotal = sum(line.total for _, line in lines)
        if discount > subtotal:
            errors.append(FieldError("discount", "discount_too_large", {"max": format_rupiah(subtotal)}))
    if errors or ordered_on is None or discount is None or buyer_id is None:
        raise ValidationError(errors)
    return _Checked(buyer_id, ordered_on, due_on, discount, event_id, notes, data.member_business_id, lines)


def _delivered(session: Session, line_ids: list[int]) -> dict[int, int]:
    if not line_ids:
        return {}
    rows = session.connection().execute(
        select(_DL.c.order_line_id, func.sum(_DL.c.quantity))
        .join(_D, _D.c.id == _DL.c.delivery_id)
        .where(_D.c.voided_at.is_(None), _DL.c.order_line_id.in_(line_ids))
        .group_by(_DL.c.order_line_id)
    )
    return {line_id: int(total or 0) for line_id, total in rows}


def _next_number(session: Session, year: int) -> str:
    """Bump the year's counter in this transaction and return the order number it gives."""
    number = dialect.next_in_counter(session.connection(), _OC, "year", year, "last_number")
    return f"{NUMBER_PREFIX}-{year:04d}-{number:04d}"


def _lock_order(session: Session, order_id: int, version: int | None = None) -> Order:
    """Take the write lock on ``order_id`` first, then load it; a newer version is a conflict."""
    session.connection().execute(
        update(_O).where(_O.c.id == order_id).values(version=_O.c.version, updated_at=_O.c.updated_at)
    )
    order = session.get(Order, order_id)
    if order is None:
        raise NotFoundError()
    if version is not None and order.version != version:
        raise SentraError("stale")
    return order


def _lock_order_of(session: Session, table: Table, record_id: int) -> int | None:
    """Lock the order a delivery or payment belongs to, before reading anything; its id."""
    owner = select(table.c.order_id).where(table.c.id == record_id).scalar_subquery()
    session.connection().execute(
        update(_O).where(_O.c.id == owner).values(version=_O.c.version, updated_at=_O.c.updated_at)
    )
    return session.connection().scalar(select(table.c.order_id).where(table.c.id == record_id))


def _touch(order: Order) -> None:
    """Mark the order changed (new version) when only its lines, deliveries or payments changed.

    A form still open on another PC then gets "stale" instead of saving over what it never saw.
    """
    order.updated_at = utcnow()


def _settle_status(session: Session, order: Order) -> None:
    """Delivered once every line is; back to confirmed when a delivery is voided or a line grows."""
    if order.status not in (*OPEN_STATUSES, OrderStatus.DELIVERED):
        return
    delivered = _delivered(session, [line.id for line in order.lines])
    complete = bool(order.lines) and all(delivered.get(line.id, 0) >= line.quantity for line in order.lines)
    if complete and any(delivered.values()):
        order.status = OrderStatus.DELIVERED
    elif order.status == OrderStatus.DELIVERED:
        order.status = OrderStatus.CONFIRMED


def _order_total(session: Session, order_id: int) -> tuple[int, int]:
    """(total after discount, paid) of one order, read in ``session``."""
    connection = session.connection()
    subtotal = connection.scalar(
        select(func.coalesce(func.sum(_OL.c.quantity * _OL.c.unit_price), 0)).where(
            _OL.c.order_id == order_id
        )
    )
    discount = connection.scalar(select(_O.c.discount).where(_O.c.id == order_id))
    paid = connection.scalar(
        select(func.coalesce(func.sum(_P.c.amount), 0)).where(
            _P.c.order_id == order_id, _P.c.voided_at.is_(None)
        )
    )
    return int(subtotal or 0) - int(discount or 0), int(paid or 0)


# --- the service ------------------------------------------------------------------------------------

_SORTS: dict[str, Any] = {
    "number": _O.c.number,
    "ordered_on": _O.c.ordered_on,
    "due_on": _O.c.due_on,
    "buyer": _B.c.name,
    "status": _O.c.status,
}


class OrderService:
    """Use-cases of the Pesanan area; every public method is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

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
        year = _year_of(data.ordered_on)
        with self.db.transaction() as session:
            number = _next_number(session, year)  # first: takes the write lock
            checked = _validated(session, data, None)
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
            order = _lock_order(session, order_id, version)
            if order.status not in EDITABLE_STATUSES:
                raise SentraError("order_closed")
            checked = _validated(session, data, order)
            paid = _order_total(session, order_id)[1]
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
            order.lines = kept
            _touch(order)
            session.flush()
            _settle_status(session, order)

    def confirm(self, order_id: int, version: int | None = None) -> None:
        """Draft → confirmed: the quantities now count against stock in "what to produce"."""
        with self.db.transaction() as session:
            order = _lock_order(session, order_id, version)
            if order.status != OrderStatus.DRAFT:
                raise SentraError("confirm_needs_draft")
            order.status = OrderStatus.CONFIRMED
            order.confirmed_at = utcnow()

    def mark_ready(self, order_id: int, version: int | None = None) -> None:
        """Confirmed → ready: the goods are made and set aside for the buyer."""
        with self.db.transaction() as session:
            order = _lock_order(session, order_id, version)
            if order.status != OrderStatus.CONFIRMED:
                raise SentraError("ready_needs_confirmed")
            order.status = OrderStatus.READY

    def cancel(self, order_id: int, version: int | None = None) -> None:
        """Cancel a draft, confirmed or ready order; its quantities no longer count as ordered.

        A delivered order is refused, and so is one partly delivered (lower its quantities to
        what went out instead, which completes it).
        """
        with self.db.transaction() as session:
            order = _lock_order(session, order_id, version)
            if order.status == OrderStatus.CANCELLED:
                raise SentraError("already_cancelled")
            if order.status == OrderStatus.DELIVERED:
                raise SentraError("cancel_delivered")
            if any(_delivered(session, [line.id for line in order.lines]).values()):
                raise SentraError("cancel_partly_delivered")
            order.status = OrderStatus.CANCELLED
            order.cancelled_at = utcnow()

    # --- deliveries ------------------------------------------------------------------------------
    def deliver(self, order_id: int, data: DeliveryInput, *, allow_short: bool = False) -> DeliverySaved:
        """Hand over pieces of a confirmed or ready order, posting stock out, as one transaction.

        Each delivery gets a delivery-note number of its own (SJ-2026-0042-1 for the first one of
        PSN-2026-0042). When a design would go below zero on hand, SentraError "delivery_short"
        is raised and nothing is saved, unless ``allow_short`` (the operator said go ahead).
        """
        with self.db.transaction() as session:
            order = _lock_order(session, order_id)
            if order.status in (OrderStatus.DRAFT,):
                raise SentraError("deliver_needs_confirmed")
            if order.status not in OPEN_STATUSES:
                raise SentraError("order_closed")
            errors: list[FieldError] = []
            day = _day(errors, "delivered_on", data.delivered_on, required=True)
            if day is not None and day < order.ordered_on:
                errors.append(FieldError("delivered_on", "delivery_before_order"))
            elif day is not None and day > date.today():
                errors.append(FieldError("delivered_on", "future_date", {"value": day.strftime("%d/%m/%Y")}))
            note = check_text(errors, "note", (data.note or "").strip(), max_len=NOTE_MAX)
            lines = {line.id: line for line in order.lines}
            delivered = _delivered(session, list(lines))
            going: list[tuple[OrderLine, int]] = []
            for line_id, typed in data.quantities.items():
                name = f"quantity.{line_id}"
                line = lines.get(line_id)
                if line is None:
                    errors.append(FieldError(name, "invalid_choice"))
                    continue
                pieces = _whole(errors, name, typed, zero_ok=True)
                if pieces is None or pieces == 0:
                    continue
                left = line.quantity - delivered.get(line_id, 0)
                if pieces > left:
                    errors.append(FieldError(name, "more_than_ordered", {"open": format_thousands(left)}))
                    continue
                going.append((line, pieces))
            if not going and not any(e.field and e.field.startswith("quantity.") for e in errors):
                errors.append(FieldError(None, "nothing_delivered"))
            if errors or day is None:
                raise ValidationError(errors)
            out: dict[int, int] = {}
            for line, pieces in going:
                out[line.design_id] = out.get(line.design_id, 0) + pieces
            if not allow_short:
                on_hand = balances(session, StockItemKind.DESIGN, out)
                short = [
                    (code, int(on_hand[design_id]), out[design_id])
                    for design_id, code in _codes(session, out)
                    if on_hand[design_id] < out[design_id]
                ]
                if short:
                    raise SentraError(
                        "delivery_short",
                        items=", ".join(
                            f"{code} ({format_thousands(have)} / {format_thousands(need)})"
                            for code, have, need in short
                        ),
                    )
            count = session.connection().scalar(
                select(func.count()).select_from(_D).where(_D.c.order_id == order_id)
            )
            number = f"{DELIVERY_PREFIX}{order.number[len(NUMBER_PREFIX) :]}-{int(count or 0) + 1}"
            delivery = Delivery(order_id=order_id, number=number, delivered_on=day, note=note)
            delivery.lines = [DeliveryLine(order_line_id=line.id, quantity=pieces) for line, pieces in going]
            session.add(delivery)
            _touch(order)
            session.flush()
            reference = f"{number} / {order.number}"
            post_rows(
                session,
                [
                    {
                        "kind": MovementKind.DELIVERY,
                        "design_id": line.design_id,
                        "quantity": -pieces,
                        "moved_on": day,
                        "reference": reference,
                        "member_business_id": order.member_business_id,
                        "delivery_id": delivery.id,
                    }
                    for line, pieces in going
                ],
            )
            _settle_status(session, order)
            return DeliverySaved(delivery.id, number, order.status)

    def void_delivery(self, delivery_id: int) -> None:
        """Take back a delivery entered by mistake: reversing movements, the order reopens."""
        with self.db.transaction() as session:
            order_id = _lock_order_of(session, _D, delivery_id)
            if order_id is None:
                raise NotFoundError()
            order = _lock_order(session, order_id)
            delivery = session.get(Delivery, delivery_id)
            assert delivery is not None
            if delivery.voided_at is not None:
                raise SentraError("already_voided")
            if order.status == OrderStatus.CANCELLED:
                raise SentraError("order_closed")
            delivery.voided_at = utcnow()
            _touch(order)
            session.flush()
            reverse_movements(session, delivery_id=delivery_id)
            _settle_status(session, order)

    # --- payments -------------------------------------------------------------------------------
    def add_payment(self, order_id: int, data: PaymentInput) -> int:
        """Record money received; more than is outstanding is refused (the amount field)."""
        with self.db.transaction() as session:
            order = _lock_order(session, order_id)
            if order.status == OrderStatus.CANCELLED:
                raise SentraError("payment_on_cancelled")
            errors: list[FieldError] = []
            day = _day(errors, "paid_on", data.paid_on, required=True)
            if day is not None and day > date.today():
                errors.append(FieldError("paid_on", "future_date", {"value": day.strftime("%d/%m/%Y")}))
            amount = _rupiah(errors, "amount", data.amount)
            if amount == 0 and not any(e.field == "amount" for e in errors):
                errors.append(FieldError("amount", "not_positive"))
            try:
                method = PaymentMethod(data.method)
            except ValueError:
                errors.append(FieldError("method", "invalid_choice"))
                method = PaymentMethod.CASH
            note = check_text(errors, "note", (data.note or "").strip(), max_len=NOTE_MAX)
            total, paid = _order_total(session, order_id)
            if amount and amount > total - paid:
                errors.append(
                    FieldError("amount", "overpayment", {"max": format_rupiah(max(total - paid, 0))})
                )
            if errors or day is None or amount is None:
                raise ValidationError(errors)
            payment = Payment(
                order_id=order_id,
                paid_on=day,
                amount=amount,
                method=method,
                is_down_payment=bool(data.is_down_payment),
                note=note,
            )
            session.add(payment)
            _touch(order)
            session.flush()
            return payment.id

    def void_payment(self, payment_id: int) -> None:
        """Cancel a payment entered by mistake; it stays in the history, crossed out."""
        with self.db.transaction() as session:
            order_id = _lock_order_of(session, _P, payment_id)
            if order_id is None:
                raise NotFoundError()
            order = _lock_order(session, order_id)
            payment = session.get(Payment, payment_id)
            assert payment is not None
            if payment.voided_at is not None:
                raise SentraError("already_voided")
            payment.voided_at = utcnow()
            _touch(order)

    # --- reading ---------------------------------------------------------------------------------
    def _conditions(self, query: ListQuery) -> list[ColumnElement[bool]]:
        """Conditions on sales_order (and on buyer, for a search) for ``query``."""
        conditions: list[ColumnElement[bool]] = []
        filters = query.filters
        open_statuses = [s.value for s in EDITABLE_STATUSES]
        status = filters.get("status")
        if status == "open":
            conditions.append(_O.c.status.in_(open_statuses))
        elif status:
            conditions.append(_O.c.status == OrderStatus(status).value)
        if filters.get("past_due"):
            # The due date inside an expression, so the few open orders are found by status
            # and not by walking every past due date in the index.
            late = case((_O.c.status.in_(open_statuses), _O.c.due_on))
            conditions += [_O.c.status.in_(open_statuses), late < date.today()]
        if (buyer_id := filters.get("buyer_id")) is not None:
            conditions.append(_O.c.buyer_id == buyer_id)
        if (event_id := filters.get("sales_event_id")) is not None:
            conditions.append(_O.c.sales_event_id == event_id)
        if (date_from := _as_date(filters.get("date_from"))) is not None:
            conditions.append(_O.c.ordered_on >= date_from)
        if (date_to := _as_date(filters.get("date_to"))) is not None:
            conditions.append(_O.c.ordered_on <= date_to)
        for word in query.search.split():
            # Buyers are few, so a word is looked up among them and the orders found by buyer;
            # only a word with a digit can be part of an order number.
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            buyers = select(_B.c.id).where(
                _B.c.name.ilike(pattern, escape="\\") | _B.c.organisation.ilike(pattern, escape="\\")
            )
            options = [_O.c.buyer_id.in_(buyers)]
            if any(ch.isdigit() for ch in word):
                options.append(_O.c.number.ilike(pattern, escape="\\"))
            conditions.append(or_(*options))
        return conditions

    def count(self, query: ListQuery) -> int:
        """How many orders the order book shows for ``query`` (counted on sales_order alone)."""
        stmt = select(func.count()).select_from(_O).where(*self._conditions(query))
        with self.db.reading() as session:
            return int(session.scalar(stmt) or 0)

    def page(self, query: ListQuery, offset: int, limit: int) -> list[OrderRow]:
        """One page of the order book, newest first by default.

        Filters: "status" (an OrderStatus or "open"), "past_due", "buyer_id", "sales_event_id",
        "date_from", "date_to"; search on number, buyer and organisation. Totals and payments
        are summed for just the rows of the page.
        """
        stmt = (
            select(
                _O.c.id,
                _O.c.number,
                _O.c.ordered_on,
                _O.c.due_on,
                _B.c.name.label("buyer"),
                _B.c.organisation,
                func.coalesce(_E.c.name, "").label("event"),
                _O.c.status,
                _O.c.discount,
            )
            .select_from(_O)
            .join(_B, _B.c.id == _O.c.buyer_id)
            .outerjoin(_E, _E.c.id == _O.c.sales_event_id)
            .where(*self._conditions(query))
        )
        with self.db.reading() as session:
            key = query.sort if query.sort in _SORTS else "number"
            column = _SORTS[key]
            descending = query.descending if query.sort in _SORTS else True
            stmt = stmt.order_by(
                column.desc() if descending else column.asc(), _O.c.id.desc() if descending else _O.c.id.asc()
            )
            rows = session.execute(stmt.offset(offset).limit(limit)).all()
            ids = [row.id for row in rows]
            subtotals, paid = _money_of(session, ids)
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
                select(_O, _B.c.name.label("buyer"), _B.c.phone, func.coalesce(_E.c.name, "").label("event"))
                .join(_B, _B.c.id == _O.c.buyer_id)
                .outerjoin(_E, _E.c.id == _O.c.sales_event_id)
                .where(_O.c.id == order_id)
            ).first()
            if row is None:
                raise NotFoundError()
            lines = session.execute(
                select(
                    _OL.c.id,
                    _OL.c.design_id,
                    _DV.c.code,
                    _DV.c.name,
                    _OL.c.quantity,
                    _OL.c.unit_price,
                    delivered_of(_OL.c.id),
                )
                .join(_DV, _DV.c.id == _OL.c.design_id)
                .where(_OL.c.order_id == order_id)
                .order_by(_OL.c.position, _OL.c.id)
            ).all()
            deliveries = session.execute(
                select(
                    _D.c.id,
                    _D.c.number,
                    _D.c.delivered_on,
                    _D.c.voided_at,
                    func.coalesce(func.sum(_DL.c.quantity), 0),
                    _D.c.note,
                )
                .outerjoin(_DL, _DL.c.delivery_id == _D.c.id)
                .where(_D.c.order_id == order_id)
                .group_by(_D.c.id, _D.c.number, _D.c.delivered_on, _D.c.voided_at, _D.c.note)
                .order_by(_D.c.delivered_on, _D.c.id)
            ).all()
            payments = session.execute(
                select(
                    _P.c.id,
                    _P.c.paid_on,
                    _P.c.amount,
                    _P.c.method,
                    _P.c.is_down_payment,
                    _P.c.voided_at,
                    _P.c.note,
                )
                .where(_P.c.order_id == order_id)
                .order_by(_P.c.paid_on, _P.c.id)
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

    def production_needs(self, *, shortfall_only: bool = False) -> list[NeedRow]:
        """Per design: confirmed and ready quantities not yet delivered, against stock on hand.

        Summed in SQL from the lines and deliveries of open orders (available is computed, never
        stored); designs with the earliest due date first.
        """
        open_orders = select(_O.c.id).where(_O.c.status.in_([s.value for s in OPEN_STATUSES]))
        open_lines = (
            select(
                _OL.c.design_id.label("design_id"),
                _OL.c.order_id.label("order_id"),
                (_OL.c.quantity - delivered_of(_OL.c.id)).label("open"),
                _O.c.due_on.label("due_on"),
            )
            .select_from(_OL)
            .join(_O, _O.c.id == _OL.c.order_id)
            # Driven by the few open orders (status index), never by a scan of every line.
            .where(_OL.c.order_id.in_(open_orders))
            .subquery("open_lines")
        )
        per_design = (
            select(
                open_lines.c.design_id,
                func.sum(open_lines.c.open).label("open"),
                func.count(func.distinct(case((open_lines.c.open > 0, open_lines.c.order_id)))).label(
                    "orders"
                ),
                func.min(case((open_lines.c.open > 0, open_lines.c.due_on))).label("earliest_due"),
            )
            .group_by(open_lines.c.design_id)
            .having(func.sum(open_lines.c.open) > 0)
            .subquery("per_design")
        )
        on_hand = func.coalesce(type_coerce(_SB.c.on_hand, Integer), 0)  # thousandths
        stmt = (
            select(
                _DV.c.id,
                _DV.c.code,
                _DV.c.name,
                per_design.c.open,
                on_hand.label("on_hand"),
                per_design.c.orders,
                per_design.c.earliest_due,
            )
            .join(per_design, per_design.c.design_id == _DV.c.id)
            .outerjoin(_SB, _SB.c.design_id == _DV.c.id)
            .order_by(per_design.c.earliest_due.is_(None), per_design.c.earliest_due, _DV.c.code)
        )
        if shortfall_only:
            stmt = stmt.where(per_design.c.open * 1000 > on_hand)
        with self.db.reading() as session:
            rows = session.execute(stmt).all()
        return [
            NeedRow(
                design_id=row.id,
                code=row.code,
                name=row.name,
                open_quantity=int(row.open),
                on_hand=int(row.on_hand) // 1000,
                orders=int(row.orders),
                earliest_due=_as_date(row.earliest_due),
            )
            for row in rows
        ]

    def open_quantity(self, design_id: int) -> int:
        """Pieces of one design on confirmed or ready orders not yet delivered."""
        return next((n.open_quantity for n in self.production_needs() if n.design_id == design_id), 0)

    # --- choices and events ---------------------------------------------------------------------
    def design_prices(self) -> list[DesignPrice]:
        """Designs an order line may use (not retired), by code, with their selling price."""
        with self.db.reading() as session:
            rows = session.execute(
                select(_DV.c.id, _DV.c.code, _DV.c.name, _DV.c.price)
                .where(_DV.c.status != DesignStatus.RETIRED.value)
                .order_by(_DV.c.code)
            )
            return [DesignPrice(*row) for row in rows]

    def buyer_choices(self) -> list[Choice]:
        """Buyers an order may name (not archived): "Name — Organisation (City)"."""
        with self.db.reading() as session:
            rows = session.execute(
                select(_B.c.id, _B.c.name, _B.c.organisation, _B.c.city)
                .where(_B.c.archived.is_(False))
                .order_by(_B.c.name, _B.c.id)
            )
            return [
                Choice(id_, buyer_label(name, organisation, city)) for id_, name, organisation, city in rows
            ]

    def events(self) -> list[EventRow]:
        """Sales events, newest first, with how many orders and how much income each brought."""
        live = _O.c.status.in_([s.value for s in OWING_STATUSES])
        per_order = (
            select(
                _O.c.sales_event_id.label("event_id"), (subtotal_of(_O.c.id) - _O.c.discount).label("income")
            )
            .where(_O.c.sales_event_id.is_not(None), live)
            .subquery("per_order")
        )
        stmt = (
            select(
                _E.c.id,
                _E.c.name,
                _E.c.kind,
                _E.c.starts_on,
                _E.c.ends_on,
                _E.c.location,
                func.count(per_order.c.event_id),
                func.coalesce(func.sum(per_order.c.income), 0),
            )
            .outerjoin(per_order, per_order.c.event_id == _E.c.id)
            .group_by(_E.c.id, _E.c.name, _E.c.kind, _E.c.starts_on, _E.c.ends_on, _E.c.location)
            .order_by(_E.c.starts_on.desc(), _E.c.name)
        )
        with self.db.reading() as session:
            rows = session.execute(stmt).all()
            years = {r[3].year for r in rows if r[3] is not None}
            sales = {year: self._year_sales(session, year) for year in years}
        return [
            EventRow(
                r[0], r[1], SalesEventKind(r[2]), r[3], r[4], r[5], int(r[6]), int(r[7]),
                sales.get(r[3].year, 0) if r[3] is not None else 0,
            )
            for r in rows
        ]  # fmt: skip

    @staticmethod
    def _year_sales(session: Session, year: int) -> int:
        """Sales of one year: confirmed, ready and delivered orders placed in it, after discount."""
        live = _O.c.status.in_([s.value for s in OWING_STATUSES])
        span = (_O.c.ordered_on >= date(year, 1, 1), _O.c.ordered_on <= date(year, 12, 31))
        lines = session.scalar(
            select(func.coalesce(func.sum(_OL.c.quantity * _OL.c.unit_price), 0))
            .select_from(_OL)
            .join(_O, _O.c.id == _OL.c.order_id)
            .where(live, *span)
        )
        discounts = session.scalar(select(func.coalesce(func.sum(_O.c.discount), 0)).where(live, *span))
        return int(lines or 0) - int(discounts or 0)

    def create_event(self, data: EventInput) -> int:
        """Add a sales event (an exhibition, a sports week, a festival) that orders can name."""
        with self.db.transaction() as session:
            errors: list[FieldError] = []
            name = check_text(errors, "name", clean(data.name), required=True)
            location = check_text(errors, "location", clean(data.location))
            notes = check_text(errors, "notes", (data.notes or "").strip(), max_len=NOTE_MAX)
            if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
                errors.append(FieldError("ends_on", "date_order"))
            if name and session.scalar(select(_E.c.id).where(func.lower(_E.c.name) == name.lower())):
                errors.append(FieldError("name", "duplicate", {"value": name}))
            try:
                kind = SalesEventKind(data.kind)
            except ValueError:
                errors.append(FieldError("kind", "invalid_choice"))
                kind = SalesEventKind.OTHER
            if errors:
                raise ValidationError(errors)
            event = SalesEvent(
                name=name,
                kind=kind,
                starts_on=data.starts_on,
                ends_on=data.ends_on,
                location=location,
                notes=notes,
            )
            session.add(event)
            session.flush()
            return event.id


def buyer_label(name: str, organisation: str, city: str) -> str:
    """How a buyer is named in drop-downs: "Name — Organisation (City)"."""
    text = name + (f" — {organisation}" if organisation else "")
    return text + (f" ({city})" if city else "")


def _money_of(session: Session, ids: list[int]) -> tuple[dict[int, int], dict[int, int]]:
    """Line sums and payments of just the given orders."""
    if not ids:
        return {}, {}
    subtotals = dict(
        session.execute(
            select(_OL.c.order_id, func.sum(_OL.c.quantity * _OL.c.unit_price))
            .where(_OL.c.order_id.in_(ids))
            .group_by(_OL.c.order_id)
        ).all()
    )
    paid = dict(
        session.execute(
            select(_P.c.order_id, func.sum(_P.c.amount))
            .where(_P.c.order_id.in_(ids), _P.c.voided_at.is_(None))
            .group_by(_P.c.order_id)
        ).all()
    )
    return {k: int(v or 0) for k, v in subtotals.items()}, {k: int(v or 0) for k, v in paid.items()}


def _codes(session: Session, design_ids: dict[int, int]) -> list[tuple[int, str]]:
    rows = session.connection().execute(
        select(_DV.c.id, _DV.c.code).where(_DV.c.id.in_(list(design_ids))).order_by(_DV.c.code)
    )
    return [(row.id, row.code) for row in rows]


def _year_of(value: date | str) -> int:
    if isinstance(value, date):
        return value.year
    try:
        return parse_date(str(value or ""), "ordered_on").year
    except ValidationError:
        return date.today().year


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_date(str(value))


__all__ = [
    "CheckedLine",
    "DeliveryInput",
    "DeliverySaved",
    "DesignPrice",
    "EventInput",
    "EventRow",
    "LineInput",
    "NeedRow",
    "OrderDetail",
    "OrderInput",
    "OrderRow",
    "OrderSaved",
    "OrderService",
    "PaymentInput",
]
