"""What each printed sheet shows: plain, frozen data the services gather and the reports print.

Sheets never see a database session or an ORM object; quantities of pieces and Rupiah are
whole numbers, material quantities ``Decimal``. Labels of fixed choices (order status, buyer
kind, movement kind) come in as the raw enum values and are printed by the sheet in Indonesian.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class SentraInfo:
    """The sentra's name, address and logo printed at the top of every page."""

    name: str
    address: str = ""
    city: str = ""
    province: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None


# --- order sheet and delivery note -------------------------------------------------------------


@dataclass(frozen=True)
class BuyerInfo:
    """Who the order is for."""

    name: str
    organisation: str = ""
    phone: str = ""
    address: str = ""
    city: str = ""


@dataclass(frozen=True)
class OrderLineData:
    """One line of an order; ``delivered`` pieces have gone out already."""

    code: str
    name: str
    quantity: int
    unit_price: int
    delivered: int = 0

    @property
    def amount(self) -> int:
        return self.quantity * self.unit_price


@dataclass(frozen=True)
class PaymentData:
    """Money received against the order (voided payments are left out)."""

    paid_on: date
    amount: int
    method: str
    is_down_payment: bool = False
    note: str = ""


@dataclass(frozen=True)
class OrderSheetData:
    """An order as printed for the buyer and the makers."""

    sentra: SentraInfo
    number: str
    ordered_on: date
    due_on: date | None
    status: str
    buyer: BuyerInfo
    lines: list[OrderLineData]
    discount: int = 0
    payments: list[PaymentData] = field(default_factory=list)
    sales_event: str = ""
    notes: str = ""
    cancelled_on: date | None = None  # a cancelled order prints with a large void mark

    @property
    def subtotal(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def total(self) -> int:
        return self.subtotal - self.discount

    @property
    def paid(self) -> int:
        return sum(p.amount for p in self.payments)

    @property
    def outstanding(self) -> int:
        return self.total - self.paid


@dataclass(frozen=True)
class DeliveryLineData:
    """Pieces of one design handed over with a delivery, beside what was ordered."""

    code: str
    name: str
    quantity: int
    ordered: int


@dataclass(frozen=True)
class DeliveryNoteData:
    """A surat jalan: what went with one delivery of an order."""

    sentra: SentraInfo
    number: str
    delivered_on: date
    order_number: str
    buyer: BuyerInfo
    lines: list[DeliveryLineData]
    note: str = ""
    voided_on: date | None = None  # a voided delivery prints with a large void mark

    @property
    def total_pieces(self) -> int:
        return sum(line.quantity for line in self.lines)


# --- stock ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StockSheetItem:
    """One finished good or material on the stock sheet; ``unit`` is the stored unit value."""

    code: str
    name: str
    product_type: str
    unit: str
    on_hand: Decimal
    low_stock_level: Decimal

    @property
    def is_low(self) -> bool:
        return self.low_stock_level > 0 and self.on_hand < self.low_stock_level


@dataclass(frozen=True)
class StockSheetData:
    """Stock on hand of finished goods and materials, for the wall or for a stock count."""

    sentra: SentraInfo
    as_of: date
    designs: list[StockSheetItem]
    materials: list[StockSheetItem]
    product_type: str = ""  # the filter, "" for every product type


@dataclass(frozen=True)
class StockCardRow:
    """One movement on a stock card: ``quantity`` is positive in, negative out."""

    moved_on: date
    kind: str
    reference: str
    created_by: str
    quantity: Decimal
    balance: Decimal
    note: str = ""


@dataclass(frozen=True)
class StockCardData:
    """Kartu stok: one item over a period, with opening, running and closing balance."""

    sentra: SentraInfo
    code: str
    name: str
    unit: str
    date_from: date | None
    date_to: date | None
    opening: Decimal
    rows: list[StockCardRow]
    closing: Decimal


# --- production ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProductionLine:
    """Good pieces and rejects of one design (code, name, product type) or one maker (name, member)."""

    name: str
    good: int
    reject: int
    entries: int = 0
    code: str = ""
    group: str = ""

    @property
    def made(self) -> int:
        return self.good + self.reject


@dataclass(frozen=True)
class DailyOutput:
    """Output of one day (or one month, on a long range)."""

    day: date
    good: int
    reject: int


@dataclass(frozen=True)
class ProductionSummaryData:
    """Production of a day, a month or a range: per design, per maker, per day, with totals."""

    sentra: SentraInfo
    date_from: date
    date_to: date
    by_design: list[ProductionLine]
    by_maker: list[ProductionLine]
    daily: list[DailyOutput]
    member_business: str = ""  # "" for the whole sentra
    daily_is_monthly: bool = False
    # Each member's books (the member stored on each entry; name "" = the sentra itself), for the
    # whole sentra's sheet; empty on one member's sheet.
    by_member: list[ProductionLine] = field(default_factory=list)

    @property
    def good(self) -> int:
        return sum(line.good for line in self.by_design)

    @property
    def reject(self) -> int:
        return sum(line.reject for line in self.by_design)

    @property
    def entries(self) -> int:
        return sum(line.entries for line in self.by_design)


# --- buyers --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BuyerRow:
    """One buyer with the number and value of their orders (cancelled ones left out)."""

    name: str
    organisation: str
    kind: str
    phone: str
    city: str
    address: str
    orders: int
    ordered_value: int


@dataclass(frozen=True)
class BuyerListData:
    """Every buyer who is not archived."""

    sentra: SentraInfo
    rows: list[BuyerRow]
