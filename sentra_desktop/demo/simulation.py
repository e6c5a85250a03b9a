"""A year in the life of the demo sentra, simulated day by day in plain Python.

The simulation walks the calendar in order, so the ledger it produces is consistent by
construction: material is received before a day's production uses it, and goods leave only when
they are on the shelf. Production follows demand: makers first cast what open orders still lack,
then top up thin stock, and mostly rest when the shelves are full; how many makers come at all
follows the story's busy and slack months. Nothing here touches the database.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from sentra_desktop.core.enums import BuyerKind, DesignStatus, MovementKind, OrderStatus, PaymentMethod
from sentra_desktop.core.quantities import round_rupiah
from sentra_desktop.demo.catalogue import RUNS_LOW, Family
from sentra_desktop.demo.planning import OrderPlanner
from sentra_desktop.demo.records import (
    Cast,
    Delivery,
    DesignInfo,
    Entry,
    MakerInfo,
    Movement,
    OpeningCount,
    Order,
    Outcome,
    Payment,
    Receipt,
)
from sentra_desktop.demo.timeline import Timeline

# Choice weight and batch share for a design whose stock is thin (0), fair (1) or full (2).
_REST_WEIGHT = (3.0, 1.0, 0.2)
_REST_SHARE = (1.0, 0.6, 0.3)


class Simulation:
    """Runs the demo period once; the same seed, cast and timeline give the same outcome."""

    def __init__(self, cast: Cast, timeline: Timeline, rng: random.Random) -> None:
        self.cast = cast
        self.tl = timeline
        self.rng = rng
        self.out = Outcome()
        self.stock: dict[int, int] = defaultdict(int)
        self.material: dict[int, Decimal] = defaultdict(Decimal)
        self.open: list[Order] = []
        self.designs = {d.id: d for d in cast.designs}
        self.makers = {m.id: m for m in cast.makers}

    # --- the day loop ---------------------------------------------------------------------------

    def run(self) -> Outcome:
        orders = OrderPlanner(self.cast, self.tl, self.rng).plan()
        self.out.orders = orders
        starting: dict[date, list[Order]] = defaultdict(list)
        for order in orders:
            starting[order.ordered_on].append(order)
        self._opening_count()
        for day in self.tl.each_day():
            for order in starting.get(day, []):
                self._take_order(order)
            entries = self._produce(day)
            self._receive_for(day, entries)
            self._post_production(entries)
            self._deliver(day)
        self._close()
        return self.out

    def _opening_count(self) -> None:
        """Count what is on the shelves on the first day and post it as adjustments."""
        day = self.tl.first
        count = OpeningCount(day)
        for design in self.cast.designs:
            if (
                design.status == DesignStatus.PROTOTYPE
                or not design.sellable_from < day <= design.sellable_until
            ):
                continue
            pieces = round(design.low_stock * self.rng.uniform(2.5, 4.5))
            count.designs[design.id] = pieces // 10 * 10 if pieces >= 50 else pieces
        for material_id, spec in sorted(self.cast.materials.items()):
            quantity = (spec.low_stock + spec.lot * Decimal(self.rng.randint(5, 12)) / 10).quantize(
                Decimal(1)
            )
            count.materials[material_id] = quantity
        self.out.opening = count
        for design_id, pieces in count.designs.items():
            if pieces > 0:
                self._design_move(day, MovementKind.ADJUSTMENT, design_id, pieces, "Stok awal", None, count)
        for material_id, quantity in count.materials.items():
            self._material_move(day, MovementKind.ADJUSTMENT, material_id, quantity, "Stok awal", None, count)

    def _design_move(
        self,
        day: date,
        kind: MovementKind,
        design_id: int,
        pieces: int,
        reference: str,
        business_id: int | None,
        source: Entry | Delivery | OpeningCount,
    ) -> None:
        """Post finished goods in (positive) or out (negative) and keep the shelf count with it."""
        self.stock[design_id] += pieces
        self.out.movements.append(
            Movement(day, kind, design_id, None, Decimal(pieces), reference, business_id, source)
        )

    def _material_move(
        self,
        day: date,
        kind: MovementKind,
        material_id: int,
        quantity: Decimal,
        reference: str,
        business_id: int | None,
        source: Entry | Receipt | OpeningCount,
    ) -> None:
        """Post material in (positive) or out (negative) and keep the store's count with it."""
        self.material[material_id] += quantity
        self.out.movements.append(
            Movement(day, kind, None, material_id, quantity, reference, business_id, source)
        )

    def _take_order(self, order: Order) -> None:
        if order.plan == "draft":
            order.status = OrderStatus.DRAFT
            return
        if order.plan == "cancel":
            order.status = OrderStatus.CANCELLED
            order.cancelled_on = min(order.ordered_on + timedelta(days=self.rng.randint(2, 6)), self.tl.last)
            return
        self.open.append(order)
        total = order.total
        if order.buyer.spec.kind != BuyerKind.TOURIST and total >= 300_000:
            share = self.rng.choice((0.3, 0.4, 0.5))
            amount = int(total * share) // 1000 * 1000
            if amount > 0:
                order.payments.append(
                    Payment(order.ordered_on, amount, self._method(order), True, "Uang muka (DP)")
                )

    def _method(self, order: Order) -> PaymentMethod:
        far = order.buyer.spec.city != "Palembang"
        return PaymentMethod.TRANSFER if far or self.rng.random() < 0.4 else PaymentMethod.CASH

    # --- production ---------------------------------------------------------------------------

    def _claims(self) -> dict[int, int]:
        claims: dict[int, int] = defaultdict(int)
        for order in self.open:
            for line in order.lines:
                claims[line.design_id] += line.quantity
        return claims

    def _produce(self, day: date) -> list[Entry]:
        """The day's entries: how many makers come and how much they make follow the story."""
        activity = self.tl.activity(day)
        working = self.tl.is_working_day(day)
        sunday_rush = not working and day.weekday() == 6 and activity > 1.3
        if not working and not sunday_rush:
            return self._prototype_trials(day)
        claims = self._claims()
        planned: dict[int, int] = defaultdict(int)
        entries: list[Entry] = []
        attendance = min(1.0, max(0.45, 0.4 + 0.45 * activity)) * (0.3 if sunday_rush else 1.0)
        for maker in self.cast.makers:
            if self.rng.random() > maker.reliability * attendance:
                continue
            designs = 1 + (self.rng.random() < 0.85) + (self.rng.random() < 0.3 + 0.2 * activity)
            for design, share in self._choose(day, maker, designs, claims, planned):
                entries.append(self._entry(day, maker, design, share, activity, planned, sunday_rush))
        return entries + self._prototype_trials(day)

    def _choose(
        self, day: date, maker: MakerInfo, count: int, claims: dict[int, int], planned: dict[int, int]
    ) -> list[tuple[DesignInfo, float]]:
        """Up to ``count`` designs for one maker, what open orders lack first, with a batch share."""
        candidates = [
            d
            for d in self.cast.designs
            if d.type_key in maker.type_keys
            and d.status != DesignStatus.PROTOTYPE
            and (d.sellable_from <= day <= d.sellable_until or claims.get(d.id, 0) > self.stock[d.id])
        ]
        chosen: list[tuple[DesignInfo, float]] = []
        while candidates and len(chosen) < count:
            urgency = [self._urgency(d, claims, planned) for d in candidates]
            weights = [(10.0 + min(u, 10.0)) if u > 0 else _REST_WEIGHT[int(-u)] for u in urgency]
            index = self.rng.choices(range(len(candidates)), weights)[0]
            design, level = candidates.pop(index), urgency[index]
            share = 1.3 if level > 0 else _REST_SHARE[int(-level)]
            if level <= -2 and self.rng.random() < 0.8:
                continue  # the shelves are full: the maker tidies up instead
            chosen.append((design, share))
        return chosen

    def _urgency(self, design: DesignInfo, claims: dict[int, int], planned: dict[int, int]) -> float:
        """Above 0: batches still missing for open orders; 0, -1, -2: stock thin, fair or full."""
        on_hand = self.stock[design.id] + planned[design.id]
        need = claims.get(design.id, 0) - on_hand
        if need > 0:
            return need / max(design.batch[1], 1)
        if on_hand < design.low_stock * 2:
            return 0
        return -1 if on_hand < design.low_stock * 4 else -2

    def _entry(
        self,
        day: date,
        maker: MakerInfo,
        design: DesignInfo,
        share: float,
        activity: float,
        planned: dict[int, int],
        sunday_rush: bool,
    ) -> Entry:
        """One maker's batch of one design: ``share`` of a usual batch, larger when the sentra is busy."""
        low, high = design.batch
        made = max(1, round(self.rng.randint(low, high) * share * (0.6 + 0.4 * min(activity, 1.6))))
        rate = maker.reject_rate * self.rng.uniform(0.4, 1.7)
        reject = min(made - 1, round(made * rate)) if made > 1 else 0
        if made >= 8 and self.rng.random() < 0.02:
            reject = max(reject, made // 4)  # a bad batch: a cracked mould or a wet day
        good = made - reject
        planned[design.id] += good
        note = ""
        if reject * 5 >= made and made >= 8:
            note = "Banyak cacat: gelembung udara" if design.family == Family.RUBBER else "Serat tidak merata"
        elif sunday_rush:
            note = "Lembur hari Minggu untuk pesanan Porprov"
        return Entry(day, design.id, maker.id, maker.business_on(day), good, reject, note)

    def _prototype_trials(self, day: date) -> list[Entry]:
        """A first small casting of each prototype on the day it was introduced."""
        trials = []
        for design in self.cast.designs:
            if design.status == DesignStatus.PROTOTYPE and design.sellable_from == day:
                makers = [m for m in self.cast.makers if design.type_key in m.type_keys]
                maker = self.rng.choice(makers or list(self.cast.makers))
                made = max(2, design.batch[0] // 2 + 1)
                reject = self.rng.randint(1, max(1, made // 3))
                trials.append(
                    Entry(
                        day,
                        design.id,
                        maker.id,
                        maker.business_on(day),
                        made - reject,
                        reject,
                        "Uji coba prototipe",
                    )
                )
        return trials

    def _receive_for(self, day: date, entries: list[Entry]) -> None:
        """Buy material before a day's production would run short (or below its alert level)."""
        if not entries:
            return
        need: dict[int, Decimal] = defaultdict(Decimal)
        for entry in entries:
            for material_id, per_piece in self.designs[entry.design_id].recipe:
                need[material_id] += per_piece * (entry.good + entry.reject)
        late = self.tl.fraction(day) > 0.7 and (self.tl.last - day).days <= 100
        for material_id in sorted(need):
            spec = self.cast.materials[material_id]
            scraping = late and spec.code in RUNS_LOW  # money is short: buy only what today needs
            floor = Decimal(0) if scraping else spec.low_stock
            short = floor + need[material_id] - self.material[material_id]
            if short <= 0:
                continue
            quantity = Decimal(math.ceil(short)) if scraping else spec.lot * math.ceil(short / spec.lot)
            business = self.cast.business_by_key["stj"] if spec.code == "SBT" else None
            receipt = Receipt(
                day, material_id, spec.supplier, quantity, round_rupiah(quantity * spec.unit_price), business
            )
            self.out.receipts.append(receipt)
            self._material_move(
                day, MovementKind.RECEIPT, material_id, quantity, spec.supplier[:60], business, receipt
            )

    def _post_production(self, entries: list[Entry]) -> None:
        for entry in entries:
            design = self.designs[entry.design_id]
            self.out.entries.append(entry)
            reference = f"{design.code} / {self.makers[entry.maker_id].name}"[:60]
            day, business = entry.day, entry.business_id
            if entry.good:
                self._design_move(
                    day, MovementKind.PRODUCTION_IN, design.id, entry.good, reference, business, entry
                )
            for material_id, per_piece in design.recipe:
                used = -per_piece * (entry.good + entry.reject)
                self._material_move(
                    day, MovementKind.PRODUCTION_USE, material_id, used, reference, business, entry
                )

    # --- deliveries and payments ------------------------------------------------------------------

    def _deliver(self, day: date) -> None:
        """Hand over every order that is due and on the shelf, earliest due date first.

        Goods an earlier-due order still waits for are set aside, so a later small order cannot
        take the pieces a big event order is being cast for.
        """
        free = dict(self.stock)
        for order in sorted(self.open, key=lambda o: (o.due_on, o.ordered_on)):
            ready = all(free.get(line.design_id, 0) >= line.quantity for line in order.lines)
            if ready and order.plan == "deliver" and order.deliver_from <= day:
                self._delivered(order, day)
            for line in order.lines:
                free[line.design_id] = max(0, free.get(line.design_id, 0) - line.quantity)

    def _delivered(self, order: Order, day: date) -> None:
        # The delivery-note number the order service gives an order's first delivery.
        delivery = Delivery(f"SJ{order.number[len('PSN') :]}-1", day)
        order.delivery = delivery
        order.status = OrderStatus.DELIVERED
        self.open.remove(order)
        self.out.deliveries.append((delivery, order))
        reference = f"{delivery.number} / {order.number}"
        for line in order.lines:
            self._design_move(
                day,
                MovementKind.DELIVERY,
                line.design_id,
                -line.quantity,
                reference,
                order.business_id,
                delivery,
            )
        self._settle(order, day)

    def _settle(self, order: Order, day: date) -> None:
        """Payments after delivery, by the buyer's habit; those not yet due today are left out."""
        remaining = order.total - sum(p.amount for p in order.payments)
        if remaining <= 0:
            return
        habit = order.buyer.spec.pays
        method = self._method(order)
        if habit == "prompt" or order.buyer.spec.kind == BuyerKind.TOURIST:
            order.payments.append(Payment(day, remaining, method, False, "Lunas saat barang diterima"))
        elif habit == "normal":
            paid_on = day + timedelta(days=self.rng.randint(3, 21))
            order.payments.append(Payment(paid_on, remaining, method, False, "Pelunasan"))
        elif self.rng.random() < 0.6:
            part = remaining // 2 // 1000 * 1000
            if part > 0:
                paid_on = day + timedelta(days=self.rng.randint(20, 45))
                order.payments.append(Payment(paid_on, part, method, False, "Cicilan; sisa belum dibayar"))

    def _close(self) -> None:
        """Open orders become ready when today's shelves cover them; future payments are dropped."""
        spare = dict(self.stock)
        for order in sorted(self.open, key=lambda o: (o.due_on, o.ordered_on)):
            if all(spare.get(line.design_id, 0) >= line.quantity for line in order.lines):
                for line in order.lines:
                    spare[line.design_id] -= line.quantity
                order.status = OrderStatus.READY
            else:
                order.status = OrderStatus.CONFIRMED
        for order in self.out.orders:
            order.payments = [p for p in order.payments if p.day <= self.tl.last]
