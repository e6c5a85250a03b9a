"""What the order book's use-cases exchange with the user interface, and its fixed values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sentra_desktop.core.enums import OrderStatus, PaymentMethod, SalesEventKind
from sentra_desktop.core.errors import SentraError, ValidationError

MAX_PIECES = 1_000_000
NUMBER_PREFIX = "PSN"
DELIVERY_PREFIX = "SJ"
OPEN_STATUSES = (OrderStatus.CONFIRMED, OrderStatus.READY)
EDITABLE_STATUSES = (OrderStatus.DRAFT, OrderStatus.CONFIRMED, OrderStatus.READY)
# Orders whose money is owed: the buyer has committed to them.
OWING_STATUSES = (OrderStatus.CONFIRMED, OrderStatus.READY, OrderStatus.DELIVERED)


class DeliveryShortError(SentraError):
    """A delivery would take designs below zero (``items``): ask, then deliver with ``allow_short``."""

    code = "delivery_short"


class MoreThanOrderedError(ValidationError):
    """A delivery line would take more than is still to deliver: refused, never overridable.

    Its field errors (``quantity.<line id>``, code ``more_than_ordered``) name what was ordered,
    what already went out and what is left, so the form says it at the line.
    """


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


def is_past_due(status: OrderStatus, due_on: date | None) -> bool:
    """An order not yet delivered or cancelled whose due date has passed."""
    return due_on is not None and due_on < date.today() and OrderStatus(status) in EDITABLE_STATUSES
