"""The plain records the demo simulation reads and writes.

The simulation works on these instead of ORM objects so that a year of it runs in memory, fast
and without a session; the writer turns them into rows. Output records carry a ``db_id`` that
the writer fills in when it inserts them, so rows inserted later can cite them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sentra_desktop.core.enums import DesignStatus, MovementKind, OrderStatus, PaymentMethod
from sentra_desktop.demo.catalogue import BuyerSpec, Family, MaterialSpec

# --- what the simulation is given --------------------------------------------------------------


@dataclass(frozen=True)
class DesignInfo:
    """A design as the simulation sees it: when it can be made and sold, and its recipe."""

    id: int
    code: str
    type_key: str
    family: Family
    price: int
    status: DesignStatus
    sellable_from: date
    sellable_until: date
    low_stock: int
    batch: tuple[int, int]
    recipe: tuple[tuple[int, Decimal], ...]


@dataclass(frozen=True)
class MakerInfo:
    """A maker, the product types they make, and how steady and careful they are."""

    id: int
    name: str
    business_id: int
    type_keys: tuple[str, ...]
    reliability: float
    reject_rate: float
    moved: tuple[date, int] | None = None  # (day, member business) of a move to another member

    def business_on(self, day: date) -> int:
        """The member business the maker's output of ``day`` is booked to."""
        return self.moved[1] if self.moved is not None and day >= self.moved[0] else self.business_id


@dataclass(frozen=True)
class BuyerInfo:
    """A buyer's id with what the catalogue says about it (kind, usual products, paying habit)."""

    id: int
    spec: BuyerSpec


@dataclass(frozen=True)
class EventInfo:
    """A sales event's id, its key in the catalogue, and its dates."""

    id: int
    key: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class Cast:
    """The master data the simulation works with, by database id."""

    designs: tuple[DesignInfo, ...]
    makers: tuple[MakerInfo, ...]
    materials: dict[int, MaterialSpec]
    buyers: tuple[BuyerInfo, ...]
    events: tuple[EventInfo, ...]
    business_by_key: dict[str, int]
    business_by_type: dict[str, int]


# --- what the simulation produces ---------------------------------------------------------------


@dataclass(eq=False)
class Receipt:
    """A purchase of material, received before the day's production."""

    day: date
    material_id: int
    supplier: str
    quantity: Decimal
    total_price: int
    business_id: int | None
    db_id: int = 0


@dataclass(eq=False)
class Entry:
    """One production entry: a maker's good and rejected pieces of one design on one day."""

    day: date
    design_id: int
    maker_id: int
    business_id: int
    good: int
    reject: int
    note: str = ""
    db_id: int = 0


@dataclass(eq=False)
class Line:
    """An order line: a design, its quantity and the price it was sold at."""

    design_id: int
    quantity: int
    unit_price: int
    db_id: int = 0


@dataclass(eq=False)
class Payment:
    """Money received against an order; a down payment or a later one."""

    day: date
    amount: int
    method: PaymentMethod
    is_down_payment: bool
    note: str = ""


@dataclass(eq=False)
class Delivery:
    """A delivery note: the whole order handed over on one day."""

    number: str
    day: date
    db_id: int = 0


@dataclass(eq=False)
class Order:
    """An order with its plan: "deliver", "hold" (kept open past due), "draft" or "cancel"."""

    buyer: BuyerInfo
    ordered_on: date
    due_on: date
    deliver_from: date
    plan: str
    lines: list[Line]
    event_id: int | None = None
    business_id: int | None = None
    discount: int = 0
    notes: str = ""
    number: str = ""
    status: OrderStatus = OrderStatus.CONFIRMED
    cancelled_on: date | None = None
    delivery: Delivery | None = None
    payments: list[Payment] = field(default_factory=list)
    scripted: bool = False
    db_id: int = 0

    @property
    def total(self) -> int:
        return sum(line.quantity * line.unit_price for line in self.lines) - self.discount


@dataclass(eq=False)
class OpeningCount:
    """The stock count taken the day the sentra started using the program: its opening stock."""

    day: date
    designs: dict[int, int] = field(default_factory=dict)
    materials: dict[int, Decimal] = field(default_factory=dict)
    db_id: int = 0


@dataclass(eq=False)
class Movement:
    """One ledger row; ``source`` is the entry, receipt, delivery or count that caused it."""

    day: date
    kind: MovementKind
    design_id: int | None
    material_id: int | None
    quantity: Decimal
    reference: str
    business_id: int | None
    source: Entry | Receipt | Delivery | OpeningCount


@dataclass
class Outcome:
    """Everything one simulated period produced, in the order it happened."""

    opening: OpeningCount | None = None
    receipts: list[Receipt] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    orders: list[Order] = field(default_factory=list)
    deliveries: list[tuple[Delivery, Order]] = field(default_factory=list)
    movements: list[Movement] = field(default_factory=list)


# Pieces per order line, by buyer kind and product type.
