"""The large demo's production: entries day by day, the material bought for them, and the ledger.

Rows are tuples in SQLite's stored forms (see :mod:`sentra_desktop.demo.bulk`), in column order,
with ids given here in the order things happen, so the ledger's ids follow its dates. The order
book (:mod:`sentra_desktop.demo.large_orders`) runs after each day's production and posts its
deliveries through :meth:`LedgerGenerator.move`, so every balance is the sum of one ledger.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sentra_desktop.core.enums import DesignStatus, MovementKind
from sentra_desktop.core.quantities import to_thousandths
from sentra_desktop.demo.bulk import Row, Uuids, stamp
from sentra_desktop.demo.masters import ACTOR
from sentra_desktop.demo.records import Cast, DesignInfo, MakerInfo
from sentra_desktop.demo.timeline import Timeline

VOID_RATE = 0.003

ENTRY_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "created_by", "updated_by", "version", "produced_on", "month",
    "design_id", "maker_id", "member_business_id", "good_qty", "reject_qty", "voided_at", "note",
)  # fmt: skip
RECEIPT_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "created_by", "updated_by", "version", "received_on",
    "material_id", "supplier", "quantity", "total_price", "member_business_id", "voided_at", "note",
)  # fmt: skip
MOVEMENT_COLUMNS = (
    "id", "uuid", "created_at", "created_by", "moved_on", "kind", "design_id", "material_id", "quantity",
    "reference", "member_business_id", "production_entry_id", "material_receipt_id", "delivery_id",
    "stock_count_id", "reverses_id", "note",
)  # fmt: skip

# Where a movement came from: (production entry, material receipt, delivery, reversed movement).
Source = tuple[int | None, int | None, int | None, int | None]


@dataclass
class Ledger:
    """Rows as stored-form tuples in column order, and the running balances in thousandths."""

    entries: list[Row] = field(default_factory=list)
    receipts: list[Row] = field(default_factory=list)
    movements: list[Row] = field(default_factory=list)
    balances: dict[tuple[int | None, int | None], int] = field(default_factory=dict)
    voided: int = 0


class LedgerGenerator:
    """Draws the entries day by day and posts them to an in-memory ledger."""

    def __init__(self, cast: Cast, tl: Timeline, rng: random.Random, target: int, uuids: Uuids) -> None:
        self.cast = cast
        self.tl = tl
        self.rng = rng
        self.target = target
        self.uuid = uuids
        self.out = Ledger()
        self.stock: dict[int, int] = {m: 0 for m in cast.materials}
        self.pieces: dict[int, int] = defaultdict(int)  # finished goods on the shelf, by design
        self.codes = {d.id: d.code for d in cast.designs}
        self.names = {m.id: m.name for m in cast.makers}
        self.recipes = {d.id: [(m, to_thousandths(q)) for m, q in d.recipe] for d in cast.designs}

    def run(self, after_day: Callable[[date], None] | None = None) -> Ledger:
        """Every day of the period; ``after_day(day)`` runs once the day's production is posted."""
        days = list(self.tl.each_day())
        weights = [self.tl.activity(d) if self.tl.is_working_day(d) else 0.0 for d in days]
        scale = self.target / max(sum(weights), 1e-9)
        carry = 0.0
        for day, weight in zip(days, weights, strict=True):
            wanted = weight * scale + carry
            count = int(wanted)
            carry = wanted - count
            if count:
                self._day(day, count)
            if after_day is not None:
                after_day(day)
        return self.out

    def sellable(self, day: date, type_keys: tuple[str, ...]) -> list[DesignInfo]:
        """Designs of ``type_keys`` that can be made and sold on ``day``."""
        return [
            d
            for d in self.cast.designs
            if d.type_key in type_keys
            and d.status != DesignStatus.PROTOTYPE
            and d.sellable_from <= day <= d.sellable_until
        ]

    def _day(self, day: date, count: int) -> None:
        rng = self.rng
        activity = self.tl.activity(day)
        sellable = {keys: self.sellable(day, keys) for keys in {m.type_keys for m in self.cast.makers}}
        makers = [m for m in self.cast.makers if sellable[m.type_keys]]
        if not makers:
            return
        drawn: list[tuple[MakerInfo, DesignInfo, int, int]] = []
        seen: set[tuple[int, int]] = set()
        for _ in range(count):
            for _attempt in range(4):  # one entry per maker and design a day, as the sentra works
                maker = rng.choice(makers)
                design = rng.choice(sellable[maker.type_keys])
                if (maker.id, design.id) not in seen:
                    break
            else:
                continue
            seen.add((maker.id, design.id))
            low, high = design.batch
            made = max(1, round(rng.randint(low, high) * (0.6 + 0.4 * min(activity, 1.6))))
            reject = min(made - 1, round(made * maker.reject_rate * rng.uniform(0.4, 1.7))) if made > 1 else 0
            drawn.append((maker, design, made - reject, reject))
        self._receive(day, drawn)
        for maker, design, good, reject in drawn:
            self._entry(day, maker, design, good, reject)

    def _receive(self, day: date, drawn: list[tuple[MakerInfo, DesignInfo, int, int]]) -> None:
        """Buy material in whole lots before a day's production would run below its alert level."""
        need: dict[int, int] = {}
        for _, design, good, reject in drawn:
            for material_id, per_piece in self.recipes[design.id]:
                need[material_id] = need.get(material_id, 0) + per_piece * (good + reject)
        created = stamp(self.tl.stamp(day, 8, 30))
        for material_id in sorted(need):
            spec = self.cast.materials[material_id]
            low, lot = to_thousandths(spec.low_stock), to_thousandths(spec.lot)
            short = low + need[material_id] - self.stock[material_id]
            if short <= 0:
                continue
            quantity = lot * math.ceil(short / lot)
            receipt_id = len(self.out.receipts) + 1
            price = int((Decimal(quantity) / 1000 * spec.unit_price).to_integral_value())
            self.out.receipts.append(
                (receipt_id, self.uuid(), created, created, ACTOR, ACTOR, 1, day.isoformat(), material_id,
                 spec.supplier, quantity, price, None, None, "")
            )  # fmt: skip
            self.move(day, created, MovementKind.RECEIPT, (None, material_id), quantity, spec.supplier[:60],
                      None, (None, receipt_id, None, None))  # fmt: skip

    def _entry(self, day: date, maker: MakerInfo, design: DesignInfo, good: int, reject: int) -> None:
        out = self.out
        entry_id = len(out.entries) + 1
        created_at = self.tl.stamp(day, 16, entry_id % 60)
        created = stamp(created_at)
        voided = self.rng.random() < VOID_RATE
        voided_at = stamp(created_at + timedelta(minutes=20)) if voided else None
        out.entries.append(
            (entry_id, self.uuid(), created, voided_at or created, ACTOR, ACTOR, 2 if voided else 1,
             day.isoformat(), f"{day.year:04d}-{day.month:02d}", design.id, maker.id, maker.business_id,
             good, reject, voided_at, "")
        )  # fmt: skip
        reference = f"{self.codes[design.id]} / {self.names[maker.id]}"[:60]
        first = len(out.movements)
        business, source = maker.business_id, (entry_id, None, None, None)
        if good:
            self.move(day, created, MovementKind.PRODUCTION_IN, (design.id, None), good * 1000, reference,
                      business, source)  # fmt: skip
        made = good + reject
        for material_id, per_piece in self.recipes[design.id]:
            self.move(day, created, MovementKind.PRODUCTION_USE, (None, material_id), -per_piece * made,
                      reference, business, source)  # fmt: skip
        if voided:
            out.voided += 1
            assert voided_at is not None
            self.reverse(day, voided_at, first, len(out.movements), (entry_id, None, None, None))

    def reverse(self, day: date, created: str, first: int, end: int, source: Source) -> None:
        """Post a REVERSAL of each movement ``first`` to ``end`` (list positions), citing it."""
        entry_id, receipt_id, delivery_id, _ = source
        for row in self.out.movements[first:end]:
            self.move(day, created, MovementKind.REVERSAL, (row[6], row[7]), -row[8], row[9], row[10],
                      (entry_id, receipt_id, delivery_id, row[0]))  # fmt: skip

    def move(
        self,
        day: date,
        created: str,
        kind: MovementKind,
        item: tuple[int | None, int | None],
        quantity: int,
        reference: str,
        business_id: int | None,
        source: Source,
    ) -> int:
        """One ledger row (quantity in thousandths); ``item`` is (design, material). Returns its id."""
        design_id, material_id = item
        entry_id, receipt_id, delivery_id, reverses_id = source
        out = self.out
        movement_id = len(out.movements) + 1
        out.movements.append(
            (movement_id, self.uuid(), created, ACTOR, day.isoformat(), kind.value, design_id, material_id,
             quantity, reference, business_id, entry_id, receipt_id, delivery_id, None, reverses_id, "")
        )  # fmt: skip
        key = (design_id, material_id)
        out.balances[key] = out.balances.get(key, 0) + quantity
        if material_id is not None:
            self.stock[material_id] += quantity
        elif design_id is not None:
            self.pieces[design_id] += quantity // 1000
        return movement_id
