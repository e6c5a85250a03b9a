"""The large demo's order book: orders, deliveries and payments, day by day beside production.

Orders are taken from what is on the shelf: each confirmed order sets its pieces aside at once,
so every later delivery finds them there and stock never goes below zero however the days fall.
What follows each order is what the order service would have recorded (see
:mod:`sentra_desktop.services.orders`): a draft numbered PSN-YYYY-NNNN from the year's counter,
confirmed minutes later; delivery notes SJ-YYYY-NNNN-k posting stock out (some orders in two
parts, a few notes voided and reversed, then written again); a down payment, then full, later
or partial payments by the buyer's habit (a few voided); a few cancellations; the newest orders
still drafts, open or ready. Every row is a stored-form tuple with an audit event.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from sentra_desktop.core.enums import BuyerKind, MovementKind, OrderStatus, PaymentMethod
from sentra_desktop.demo.bulk import Row, Uuids, iso, stamp
from sentra_desktop.demo.large_audit import AuditTrail
from sentra_desktop.demo.large_buyers import Customer, EventDays
from sentra_desktop.demo.large_ledger import LedgerGenerator
from sentra_desktop.demo.masters import ACTOR
from sentra_desktop.demo.planning import QUANTITIES
from sentra_desktop.demo.records import DesignInfo

ORDERS_PER_TEN_YEARS = 200_000
MIN_ORDERS = 20
DEMAND_SCALE = 0.2  # the story's order sizes, scaled to what a decade of daily production can fill
CANCEL_RATE = 0.02
SPLIT_RATE = 0.12
VOID_DELIVERY_RATE = 0.005
VOID_PAYMENT_RATE = 0.004
_LEAD_DAYS = {
    BuyerKind.TOURIST: (0, 0),
    BuyerKind.SHOP: (3, 14),
    BuyerKind.RESELLER: (5, 21),
    BuyerKind.AGENCY: (10, 30),
    BuyerKind.EVENT_COMMITTEE: (14, 40),
    BuyerKind.OTHER: (5, 25),
}

_RECORD = ("id", "uuid", "created_at", "updated_at", "created_by", "updated_by", "version")
ORDER_COLUMNS = (
    *_RECORD, "number", "buyer_id", "ordered_on", "due_on", "status", "discount", "sales_event_id",
    "member_business_id", "confirmed_at", "cancelled_at", "notes",
)  # fmt: skip
LINE_COLUMNS = (*_RECORD, "order_id", "position", "design_id", "quantity", "unit_price")
DELIVERY_COLUMNS = (*_RECORD, "order_id", "number", "delivered_on", "voided_at", "note")
DELIVERY_LINE_COLUMNS = (*_RECORD, "delivery_id", "order_line_id", "quantity")
PAYMENT_COLUMNS = (
    *_RECORD, "order_id", "paid_on", "amount", "method", "is_down_payment", "voided_at", "note",
)  # fmt: skip
Line = tuple[int, int, int]  # (order line id, design id, pieces)


class _Order:
    """An order while its history is generated; its row is written once the period is over."""

    __slots__ = (
        "business_id", "buyer", "cancelled_at", "confirmed_at", "deliveries", "discount", "due_on",
        "event_id", "id", "lines", "next_delivery", "notes", "number", "ordered_on", "paid", "placed",
        "status", "total", "updated_at", "uuid", "version",
    )  # fmt: skip

    def __init__(
        self, order_id: int, uuid: str, number: str, buyer: Customer, day: date, placed: datetime
    ) -> None:
        self.id, self.uuid, self.number, self.buyer = order_id, uuid, number, buyer
        self.ordered_on, self.due_on, self.placed = day, day, placed
        self.status = OrderStatus.DRAFT.value
        self.discount, self.total, self.paid, self.deliveries, self.version = 0, 0, 0, 0, 1
        self.event_id: int | None = None
        self.business_id: int | None = None
        self.notes = ""
        self.lines: list[Line] = []
        self.confirmed_at: str | None = None
        self.cancelled_at: str | None = None
        self.updated_at = stamp(placed)
        self.next_delivery: date | None = None


class OrderBook:
    """Takes, delivers and settles orders; call :meth:`day` after each day's production."""

    def __init__(
        self,
        ledger: LedgerGenerator,
        customers: list[Customer],
        events: list[EventDays],
        business_by_type: dict[str, int],
        rng: random.Random,
        uuids: Uuids,
        audit: AuditTrail,
    ) -> None:
        self.ledger, self.tl, self.rng, self.uuid, self.audit = ledger, ledger.tl, rng, uuids, audit
        self.customers = customers
        self.cumulative: list[float] = []
        total = 0.0
        for customer in customers:
            total += customer.weight
            self.cumulative.append(total)
        self.business_by_type = business_by_type
        self.events_on: dict[date, list[int]] = defaultdict(list)
        for event in events:
            for offset in range((event.ends_on - event.starts_on).days + 1):
                self.events_on[event.starts_on + timedelta(days=offset)].append(event.id)
        self.orders: list[_Order] = []
        self.order_rows: list[Row] = []
        self.lines: list[Row] = []
        self.deliveries: list[Row] = []
        self.delivery_lines: list[Row] = []
        self.payments: list[Row] = []
        self.counters: dict[int, int] = defaultdict(int)
        self.reserved: dict[int, int] = defaultdict(int)
        self.agenda: dict[date, list[tuple[Any, ...]]] = defaultdict(list)
        days = list(self.tl.each_day())
        weights = [self._busy(d) for d in days]
        target = max(MIN_ORDERS, round(ORDERS_PER_TEN_YEARS * self.tl.days / 3650))
        self.per_weight = target / max(sum(weights), 1e-9)
        self.carry = 0.0

    def _busy(self, day: date) -> float:
        weight = self.tl.activity(day)
        if day.weekday() == 6:
            weight *= 0.35
        return weight if self.tl.is_working_day(day) or day.weekday() == 6 else weight * 0.5

    # --- the day --------------------------------------------------------------------------------

    def day(self, day: date) -> None:
        """Take the day's new orders, then do what the agenda holds for it, in the order planned."""
        wanted = self._busy(day) * self.per_weight + self.carry
        count = int(wanted)
        self.carry = wanted - count
        sellable: dict[tuple[str, ...], list[DesignInfo]] = {}
        for k in range(count):
            buyer = self._buyer(day)
            if buyer is None:
                self.carry += 1
                continue
            if buyer.type_keys not in sellable:
                sellable[buyer.type_keys] = self.ledger.sellable(day, buyer.type_keys)
            if not self._take(day, k, buyer, sellable[buyer.type_keys]):
                self.carry += 0.5
        for action in self.agenda.pop(day, []):
            if action[0] == "deliver":
                self._deliver(day, action[1], action[2], action[3])
            elif action[0] == "pay":
                self._pay(day, action[1], action[2], action[3], False)
            else:
                self._cancel(day, action[1])

    def _buyer(self, day: date) -> Customer | None:
        for _ in range(6):
            buyer = self.rng.choices(self.customers, cum_weights=self.cumulative)[0]
            if buyer.since <= day:
                return buyer
        return None

    def _moment(self, day: date, hour: int, minute: int) -> datetime:
        return self.tl.stamp(day, hour, minute)

    def _take(self, day: date, k: int, buyer: Customer, sellable: list[DesignInfo]) -> bool:
        """Write one new order of ``buyer`` from what is free on the shelf; False when nothing is."""
        rng, pieces, reserved = self.rng, self.ledger.pieces, self.reserved
        free = [d for d in sellable if pieces[d.id] - reserved[d.id] > 0]
        if not free:
            return False
        chosen = rng.sample(free, min(len(free), rng.choice((1, 1, 2, 2, 3, 4))))
        wanted: list[tuple[DesignInfo, int]] = []
        for design in chosen:
            low, high = QUANTITIES[buyer.kind][design.type_key]
            left = pieces[design.id] - reserved[design.id]
            quantity = min(max(1, round(rng.randint(low, high) * DEMAND_SCALE)), max(1, left // 2))
            wanted.append((design, quantity // 10 * 10 if quantity >= 50 else quantity))
        year = day.year
        self.counters[year] += 1
        placed = self._moment(day, 8 + k % 9, (k * 7) % 60)
        number = f"PSN-{year}-{self.counters[year]:04d}"
        order = _Order(len(self.orders) + 1, self.uuid(), number, buyer, day, placed)
        self.orders.append(order)
        at = stamp(placed)
        for position, (design, quantity) in enumerate(wanted, start=1):
            line_id = len(self.lines) + 1
            order.lines.append((line_id, design.id, quantity))
            self.lines.append(
                (line_id, self.uuid(), at, at, ACTOR, ACTOR, 1, order.id, position, design.id, quantity,
                 design.price)
            )  # fmt: skip
            order.total += quantity * design.price
        owners = {self.business_by_type.get(d.type_key) for d, _ in wanted}
        order.business_id = owners.pop() if len(owners) == 1 else None
        self._discount(order)
        if self.events_on.get(day) and rng.random() < 0.6:
            order.event_id = rng.choice(self.events_on[day])
        lead = rng.randint(*_LEAD_DAYS[buyer.kind])
        order.due_on = day + timedelta(days=lead)
        self.audit.inserted(at, "sales_order", order.id - 1)
        for line_id, _, _ in order.lines:
            self.audit.inserted(at, "order_line", line_id - 1)
        if (self.tl.last - day).days < 10 and rng.random() < 0.2 and buyer.kind != BuyerKind.TOURIST:
            order.notes = "Menunggu konfirmasi jumlah dari pembeli"
            return True  # still a draft
        self._confirm(order, placed + timedelta(minutes=rng.randint(2, 90)))
        if rng.random() < CANCEL_RATE and buyer.kind != BuyerKind.TOURIST:
            order.notes = "Dibatalkan pembeli"
            self.agenda[min(day + timedelta(days=rng.randint(1, 6)), self.tl.last)].append(("cancel", order))
            return True
        for _, design_id, quantity in order.lines:
            reserved[design_id] += quantity
        self._plan_deliveries(order, lead)
        if buyer.kind != BuyerKind.TOURIST and order.total >= 300_000 and rng.random() < 0.6:
            amount = int(order.total * rng.choice((0.3, 0.4, 0.5))) // 1000 * 1000
            self._pay(day, order, amount, "Uang muka (DP)", True)
        return True

    def _discount(self, order: _Order) -> None:
        if order.buyer.kind == BuyerKind.RESELLER and order.total >= 1_000_000:
            order.discount = order.total // 10 // 1000 * 1000
            order.notes = "Potongan reseller 10%"
        elif order.total >= 2_000_000 and self.rng.random() < 0.5:
            order.discount = order.total * 5 // 100 // 1000 * 1000
            order.notes = "Potongan pembelian banyak 5%"
        order.total -= order.discount

    def _changed(self, order: _Order, at: str, changes: dict[str, list[Any]] | None = None) -> None:
        """The order row was written again (a new version); ``changes`` are what its audit row shows."""
        order.version += 1
        order.updated_at = at
        if changes:
            self.audit.updated(at, "sales_order", order.id - 1, changes)

    def _confirm(self, order: _Order, moment: datetime) -> None:
        at = stamp(moment)
        order.status, order.confirmed_at = OrderStatus.CONFIRMED.value, at
        self._changed(order, at, {"confirmed_at": [None, iso(at)], "status": ["draft", "confirmed"]})

    def _cancel(self, day: date, order: _Order) -> None:
        at = stamp(self._moment(day, 11, order.id % 60))
        old, order.status, order.cancelled_at = order.status, OrderStatus.CANCELLED.value, at
        self._changed(order, at, {"cancelled_at": [None, iso(at)], "status": [old, "cancelled"]})

    def _plan_deliveries(self, order: _Order, lead: int) -> None:
        """One delivery near the due date, or two for some larger orders."""
        rng, day = self.rng, order.ordered_on
        last = order.due_on - timedelta(days=rng.randint(0, min(3, lead)))
        pieces = [(line_id, design_id, quantity) for line_id, design_id, quantity in order.lines]
        if lead >= 4 and rng.random() < SPLIT_RATE and sum(q for _, _, q in pieces) >= 4:
            first = day + timedelta(days=rng.randint(1, max(1, (last - day).days - 1)))
            part = [(i, d, q // 2) for i, d, q in pieces if q // 2 > 0]
            rest = [(i, d, q - q // 2) for i, d, q in pieces]
            self.agenda[first].append(("deliver", order, part, False))
            self.agenda[max(last, first + timedelta(days=1))].append(("deliver", order, rest, True))
            order.next_delivery = first
        else:
            self.agenda[last].append(("deliver", order, pieces, True))
            order.next_delivery = last

    # --- deliveries and payments ------------------------------------------------------------------

    def _deliver(self, day: date, order: _Order, going: list[Line], final: bool) -> None:
        rng = self.rng
        if final and order.buyer.kind != BuyerKind.TOURIST and rng.random() < 0.4:
            at = stamp(self._moment(day, 8, order.id % 60))
            order.status = OrderStatus.READY.value
            self._changed(order, at, {"status": ["confirmed", "ready"]})
        if rng.random() < VOID_DELIVERY_RATE:  # a note written by mistake, voided, then written again
            self._delivery(day, order, going, voided=True)
        self._delivery(day, order, going, voided=False)
        for _, design_id, quantity in going:
            self.reserved[design_id] -= quantity
        if not final:
            order.next_delivery = None
            return
        at = stamp(self._moment(day, 14, 30))
        old, order.status, order.next_delivery = order.status, OrderStatus.DELIVERED.value, None
        self._changed(order, at, {"status": [old, "delivered"]})
        self._plan_payments(day, order)

    def _delivery(self, day: date, order: _Order, going: list[Line], *, voided: bool) -> None:
        """One delivery note with its lines and stock-out movements (reversed again when ``voided``)."""
        order.deliveries += 1
        moment = self._moment(day, 14, order.deliveries)
        at = stamp(moment)
        voided_at = stamp(moment + timedelta(minutes=25)) if voided else None
        delivery_id = len(self.deliveries) + 1
        number = f"SJ{order.number[3:]}-{order.deliveries}"
        self.deliveries.append(
            (delivery_id, self.uuid(), at, voided_at or at, ACTOR, ACTOR, 2 if voided else 1, order.id,
             number, day.isoformat(), voided_at, "")
        )  # fmt: skip
        self.audit.inserted(at, "delivery", delivery_id - 1)
        self._changed(order, at)
        reference = f"{number} / {order.number}"
        first = len(self.ledger.out.movements)
        for line_id, design_id, quantity in going:
            row_id = len(self.delivery_lines) + 1
            self.delivery_lines.append(
                (row_id, self.uuid(), at, at, ACTOR, ACTOR, 1, delivery_id, line_id, quantity)
            )
            self.audit.inserted(at, "delivery_line", row_id - 1)
            self.ledger.move(day, at, MovementKind.DELIVERY, (design_id, None), -quantity * 1000, reference,
                             order.business_id, (None, None, delivery_id, None))  # fmt: skip
        if voided_at is not None:
            self.audit.updated(voided_at, "delivery", delivery_id - 1, {"voided_at": [None, iso(voided_at)]})
            self._changed(order, voided_at)
            end = len(self.ledger.out.movements)
            self.ledger.reverse(day, voided_at, first, end, (None, None, delivery_id, None))

    def _plan_payments(self, day: date, order: _Order) -> None:
        """What is still owed is paid on delivery, within weeks, or in parts, by the buyer's habit."""
        rng, left = self.rng, order.total - order.paid
        if left <= 0:
            return
        habit = order.buyer.pays
        if habit == "prompt":
            self._pay(day, order, left, "Lunas saat barang diterima", False)
        elif habit == "normal":
            self.agenda[day + timedelta(days=rng.randint(3, 21))].append(("pay", order, left, "Pelunasan"))
        else:
            part = left // 2 // 1000 * 1000
            if part > 0:
                later = day + timedelta(days=rng.randint(20, 45))
                self.agenda[later].append(("pay", order, part, "Cicilan; sisa belum dibayar"))
            if rng.random() < 0.85:
                later = day + timedelta(days=rng.randint(60, 120))
                self.agenda[later].append(("pay", order, left, "Pelunasan"))

    def _pay(self, day: date, order: _Order, amount: int, note: str, down: bool) -> None:
        amount = min(amount, order.total - order.paid)
        if amount <= 0:
            return
        method = PaymentMethod.TRANSFER if order.buyer.far or self.rng.random() < 0.4 else PaymentMethod.CASH
        moment = self._moment(day, 10 if down else 15, order.id % 50)
        if self.rng.random() < VOID_PAYMENT_RATE and amount >= 2000:  # a wrong amount typed, then voided
            self._payment(day, moment, order, amount // 2, method, down, note, voided=True)
            moment += timedelta(minutes=30)
        self._payment(day, moment, order, amount, method, down, note, voided=False)
        order.paid += amount

    def _payment(
        self,
        day: date,
        moment: datetime,
        order: _Order,
        amount: int,
        method: PaymentMethod,
        down: bool,
        note: str,
        *,
        voided: bool,
    ) -> None:
        at = stamp(moment)
        voided_at = stamp(moment + timedelta(minutes=10)) if voided else None
        payment_id = len(self.payments) + 1
        self.payments.append(
            (payment_id, self.uuid(), at, voided_at or at, ACTOR, ACTOR, 2 if voided else 1, order.id,
             day.isoformat(), amount, method.value, int(down), voided_at, note)
        )  # fmt: skip
        self.audit.inserted(at, "payment", payment_id - 1)
        self._changed(order, at)
        if voided_at is not None:
            self.audit.updated(voided_at, "payment", payment_id - 1, {"voided_at": [None, iso(voided_at)]})
            self._changed(order, voided_at)

    # --- the end of the period ------------------------------------------------------------------

    def finish(self) -> None:
        """Orders still open become ready when their goods go out within days; then their rows."""
        last = self.tl.last
        for order in self.orders:
            soon = order.next_delivery is not None and (order.next_delivery - last).days <= 3
            if order.status == OrderStatus.CONFIRMED.value and soon and order.deliveries == 0:
                at = stamp(self._moment(last, 8, order.id % 60))
                order.status = OrderStatus.READY.value
                self._changed(order, at, {"status": ["confirmed", "ready"]})
            self.order_rows.append(
                (order.id, order.uuid, stamp(order.placed), order.updated_at, ACTOR, ACTOR, order.version,
                 order.number, order.buyer.id, order.ordered_on.isoformat(), order.due_on.isoformat(),
                 order.status, order.discount, order.event_id, order.business_id, order.confirmed_at,
                 order.cancelled_at, order.notes)
            )  # fmt: skip

    def counts(self) -> dict[str, int]:
        by_status: dict[str, int] = defaultdict(int)
        for order in self.orders:
            by_status[order.status] += 1
        return dict(by_status)
