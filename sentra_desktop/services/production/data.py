"""What the Produksi area exchanges with the user interface."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sentra_desktop.services.production.moulds import KEEP_MOULD, Keep

MAX_PIECES = 1_000_000

# --- data to and from the user interface -----------------------------------------------------


@dataclass(frozen=True)
class ProductionInput:
    """What the entry row sends: numbers and the date as typed, the design as an id or its code."""

    produced_on: date | str
    design: int | str
    maker_id: int | None
    good_qty: str | int
    reject_qty: str | int = 0
    note: str = ""
    mould_id: int | Keep | None = KEEP_MOULD  # the mould used; an edit that leaves it out keeps it


@dataclass(frozen=True)
class ProductionSaved:
    """What was saved, for the confirmation bar; ``short_materials`` went below zero (a warning)."""

    entry_id: int
    design_code: str
    design_name: str
    good_qty: int
    reject_qty: int
    short_materials: list[str]


@dataclass(frozen=True)
class ProductionRow:
    """One line of the production list."""

    id: int
    produced_on: date
    design_code: str
    design_name: str
    product_type: str
    maker: str
    good_qty: int
    reject_qty: int
    note: str
    version: int


@dataclass(frozen=True)
class ProductionTotals:
    """Totals of what the list shows; ``reject_rate`` is rejects per hundred pieces made."""

    entries: int
    good: int
    reject: int
    reject_rate: Decimal


@dataclass(frozen=True)
class DesignChoice:
    """A design the entry row offers: its code is what operators type."""

    id: int
    code: str
    name: str


@dataclass(frozen=True)
class MaterialUse:
    """How much of one material an entry took out of stock (net of any reversals)."""

    code: str
    name: str
    unit: str
    quantity: Decimal


@dataclass(frozen=True)
class ProductionDetail:
    """One entry as the edit form shows it, with the version it was read at."""

    id: int
    version: int
    produced_on: date
    design_id: int
    design_code: str
    design_name: str
    maker_id: int
    maker: str
    good_qty: int
    reject_qty: int
    note: str
    voided: bool
    created_by: str
    created_at: datetime
    materials: list[MaterialUse]
    mould_id: int | None = None
