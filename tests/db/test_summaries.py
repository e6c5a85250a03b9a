"""The monthly summaries equal their records after any writes, edits and voids; ``check`` proves it.

Writes go through the services (the unit of work, Core inserts on hot paths, bulk imports), so
the audit writer's listener is what keeps the summaries; the expectations are plain Python sums
over the records read back.
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, insert, select, text

from sentra_desktop.core.enums import AuditAction, OrderStatus
from sentra_desktop.core.errors import SentraError
from sentra_desktop.db import summaries
from sentra_desktop.db.audit import AuditRecord, AuditRow
from sentra_desktop.db.models import (
    BuyerFirst,
    BuyerMonth,
    Delivery,
    DeliveryLine,
    Order,
    OrderLine,
    OutputDay,
    OutputMonth,
    PaidMonth,
    Payment,
    ProductionEntry,
    SalesMonth,
)
from sentra_desktop.db.types import utcnow
from sentra_desktop.services.buyers import BuyerInput, BuyerService
from sentra_desktop.services.database import Database
from sentra_desktop.services.health import full_check
from sentra_desktop.services.orders import (
    DeliveryInput,
    EventInput,
    LineInput,
    OrderInput,
    OrderService,
    PaymentInput,
)
from sentra_desktop.services.production import ProductionInput, ProductionService
from tests.services.test_stock import World, make_world

FIRST = date(2025, 11, 20)
SOLD = {OrderStatus.CONFIRMED, OrderStatus.READY, OrderStatus.DELIVERED}
day = st.integers(0, 80).map(lambda n: FIRST + timedelta(days=n))
design = st.sampled_from(["GK-01", "TG-01"])
line = st.tuples(design, st.integers(1, 30), st.integers(0, 9).map(lambda n: n * 1000))

operation = st.one_of(
    st.tuples(st.just("produce"), day, design, st.integers(0, 1), st.integers(1, 40), st.integers(0, 5)),
    st.tuples(st.just("edit"), st.integers(0, 9), day, design, st.integers(1, 40)),
    st.tuples(st.just("void"), st.integers(0, 9)),
    st.tuples(st.just("bulk"), day, st.integers(1, 3)),
    st.tuples(
        st.just("order"),
        day,
        st.integers(0, 1),
        st.lists(line, min_size=1, max_size=3),
        st.integers(0, 3).map(lambda n: n * 500),
        st.booleans(),
    ),
    st.tuples(
        st.just("edit_order"),
        st.integers(0, 5),
        day,
        st.integers(0, 1),
        st.lists(line, min_size=1, max_size=2),
    ),
    st.tuples(st.just("cancel"), st.integers(0, 5)),
    st.tuples(st.just("deliver"), st.integers(0, 5), day),
    st.tuples(st.just("void_delivery"), st.integers(0, 5)),
    st.tuples(st.just("pay"), st.integers(0, 5), day, st.integers(1, 20).map(lambda n: n * 1000)),
    st.tuples(st.just("void_payment"), st.integers(0, 5)),
)


class Sentra:
    """The services and the ids the random operations pick from."""

    def __init__(self, db: Database, world: World) -> None:
        self.db, self.world = db, world
        self.production, self.orders = ProductionService(db), OrderService(db)
        buyers = BuyerService(db)
        self.buyers = [buyers.create(BuyerInput(name=n, city="Palembang")) for n in ("Rina", "Yusuf")]
        self.event = self.orders.create_event(EventInput("Porprov Sumsel"))
        self.entries: list[int] = []
        self.order_ids: list[int] = []
        self.deliveries: list[int] = []
        self.delivered: set[int] = set()  # orders with a delivery, voided or not
        self.payments: list[int] = []

    def run(self, op: tuple[Any, ...]) -> None:
        with contextlib.suppress(SentraError):  # a refusal (a closed order) changes nothing
            getattr(self, op[0])(*op[1:])

    def produce(self, on: date, design: str, maker: int, good: int, reject: int) -> None:
        makers = (self.world.budi, self.world.sari)
        data = ProductionInput(on, design, makers[maker], good, reject)
        self.entries.append(self.production.create(data, allow_duplicate=True).entry_id)

    def edit(self, n: int, on: date, design: str, good: int) -> None:
        if self.entries:
            entry = self.production.get(self.entries[n % len(self.entries)])
            data = ProductionInput(on, design, self.world.sari, good, 1)
            self.production.update(entry.id, entry.version, data, allow_duplicate=True)

    def void(self, n: int) -> None:
        if self.entries:
            self.production.delete(self.entries[n % len(self.entries)])

    def bulk(self, on: date, count: int) -> None:
        rows = [
            ProductionInput(on + timedelta(days=i), "GK-01", self.world.budi, 5 + i) for i in range(count)
        ]
        self.production.bulk_create(rows)

    def order(self, on: date, buyer: int, lines: list[Any], discount: int, tagged: bool) -> None:
        gross = sum(q * p for _d, q, p in lines)
        data = OrderInput(
            buyer_id=self.buyers[buyer],
            ordered_on=on,
            lines=[LineInput(d, q, p) for d, q, p in lines],
            discount=min(discount, gross),
            sales_event_id=self.event if tagged else None,
            member_business_id=self.world.member if tagged else None,
        )
        saved = self.orders.create(data)
        self.order_ids.append(saved.id)
        if len(lines) != 2:
            self.orders.confirm(saved.id)

    def edit_order(self, n: int, on: date, buyer: int, lines: list[Any]) -> None:
        """Change the first line, drop the others (kept when the order ever had a delivery), add some."""
        if self.order_ids:
            order = self.orders.get(self.order_ids[n % len(self.order_ids)])
            first, *others = order.lines
            kept = [LineInput(lines[0][0], lines[0][1], lines[0][2], line_id=first.id)]
            if order.id in self.delivered:
                kept += [LineInput(x.design_id, x.quantity, x.unit_price, line_id=x.id) for x in others]
            data = OrderInput(
                buyer_id=self.buyers[buyer],
                ordered_on=on,
                lines=kept + [LineInput(d, q, p) for d, q, p in lines[1:]],
            )
            self.orders.update(order.id, order.version, data)

    def cancel(self, n: int) -> None:
        if self.order_ids:
            self.orders.cancel(self.order_ids[n % len(self.order_ids)])

    def deliver(self, n: int, on: date) -> None:
        if self.order_ids:
            order = self.orders.get(self.order_ids[n % len(self.order_ids)])
            pieces: dict[int, str | int] = {line.id: max(1, line.quantity // 2) for line in order.lines}
            on = max(on, order.ordered_on)
            self.deliveries.append(
                self.orders.deliver(order.id, DeliveryInput(on, pieces), allow_short=True).id
            )
            self.delivered.add(order.id)

    def void_delivery(self, n: int) -> None:
        if self.deliveries:
            self.orders.void_delivery(self.deliveries[n % len(self.deliveries)])

    def pay(self, n: int, on: date, amount: int) -> None:
        if self.order_ids:
            order_id = self.order_ids[n % len(self.order_ids)]
            self.payments.append(self.orders.add_payment(order_id, PaymentInput(on, amount)))

    def void_payment(self, n: int) -> None:
        if self.payments:
            self.orders.void_payment(self.payments[n % len(self.payments)])


def expected(db: Database) -> tuple[dict[Any, list[int]], dict[Any, list[float]]]:
    """The summaries computed in Python from the records read back."""
    output: dict[Any, list[int]] = defaultdict(lambda: [0, 0, 0])
    sales: dict[Any, list[float]] = defaultdict(lambda: [0.0, 0, 0.0, 0])
    with db.reading() as s:
        for e in s.scalars(select(ProductionEntry).where(ProductionEntry.voided_at.is_(None))):
            row = output[(e.month, e.design_id, e.maker_id, e.member_business_id)]
            row[0] += e.good_qty
            row[1] += e.reject_qty
            row[2] += 1
        orders = {o.id: o for o in s.scalars(select(Order)) if o.status in SOLD}
        lines = {line.id: line for line in s.scalars(select(OrderLine))}
        gross: dict[int, int] = defaultdict(int)
        for line in lines.values():
            gross[line.order_id] += line.quantity * line.unit_price

        def share(order: Order, pieces: int, price: int) -> float:
            g = gross[order.id]
            return 0.0 if g == 0 else pieces * price * (g - order.discount) / g

        for line in lines.values():
            order = orders.get(line.order_id)
            if order is not None:
                key = (f"{order.ordered_on:%Y-%m}", line.design_id, order.buyer_id, order.sales_event_id)
                sales[(*key, order.member_business_id)][0] += share(order, line.quantity, line.unit_price)
                sales[(*key, order.member_business_id)][1] += line.quantity
        for delivery in s.scalars(select(Delivery).where(Delivery.voided_at.is_(None))):
            order = orders.get(delivery.order_id)
            if order is None:
                continue
            for dl in s.scalars(select(DeliveryLine).where(DeliveryLine.delivery_id == delivery.id)):
                line = lines[dl.order_line_id]
                key = (f"{delivery.delivered_on:%Y-%m}", line.design_id, order.buyer_id, order.sales_event_id)
                sales[(*key, order.member_business_id)][2] += share(order, dl.quantity, line.unit_price)
                sales[(*key, order.member_business_id)][3] += dl.quantity
    return dict(output), dict(sales)


def stored(db: Database) -> tuple[dict[Any, list[int]], dict[Any, list[float]]]:
    with db.reading() as s:
        output = {
            (r.month, r.design_id, r.maker_id, r.member_business_id): [r.good, r.reject, r.entries]
            for r in s.scalars(select(OutputMonth))
        }
        sales = {
            (r.month, r.design_id, r.buyer_id, r.sales_event_id, r.member_business_id): [
                r.ordered_value,
                r.ordered_pieces,
                r.delivered_value,
                r.delivered_pieces,
            ]
            for r in s.scalars(select(SalesMonth))
        }
    return output, sales


def expected_counts(db: Database) -> dict[str, dict[Any, Any]]:
    """The tables of migration 0013 computed in Python from the records read back."""
    days: dict[Any, list[int]] = defaultdict(lambda: [0, 0])
    buyers: dict[Any, list[float]] = defaultdict(lambda: [0, 0, 0, 0.0])
    paid: dict[Any, int] = defaultdict(int)
    with db.reading() as s:
        for e in s.scalars(select(ProductionEntry).where(ProductionEntry.voided_at.is_(None))):
            days[(e.month, e.produced_on, e.design_id, e.member_business_id)][0] += e.good_qty
            days[(e.month, e.produced_on, e.design_id, e.member_business_id)][1] += e.reject_qty
        orders = {o.id: o for o in s.scalars(select(Order))}
        lines = {line.id: line for line in s.scalars(select(OrderLine))}
        gross: dict[int, int] = defaultdict(int)
        pieces: dict[int, int] = defaultdict(int)
        for line in lines.values():
            gross[line.order_id] += line.quantity * line.unit_price
            pieces[line.order_id] += line.quantity
        for o in orders.values():
            if o.status in SOLD:
                row = buyers[(f"{o.ordered_on:%Y-%m}", o.buyer_id, o.sales_event_id)]
                row[0] += 1
                row[1] += pieces[o.id]
                row[2] += gross[o.id] - o.discount if gross[o.id] else 0
        for delivery in s.scalars(select(Delivery).where(Delivery.voided_at.is_(None))):
            o = orders[delivery.order_id]
            if o.status not in SOLD:
                continue
            for dl in s.scalars(select(DeliveryLine).where(DeliveryLine.delivery_id == delivery.id)):
                value = dl.quantity * lines[dl.order_line_id].unit_price
                row = buyers[(f"{delivery.delivered_on:%Y-%m}", o.buyer_id, o.sales_event_id)]
                row[3] += value * (gross[o.id] - o.discount) / gross[o.id] if gross[o.id] else 0.0
        for p in s.scalars(select(Payment).where(Payment.voided_at.is_(None))):
            o = orders[p.order_id]
            if o.status != OrderStatus.CANCELLED:
                paid[(f"{p.paid_on:%Y-%m}", f"{o.ordered_on:%Y-%m}", o.buyer_id, o.status in SOLD)] += (
                    p.amount
                )
    first: dict[int, str] = {}
    for (month, buyer, _event), row in buyers.items():
        if row[1] > 0 and (buyer not in first or month < first[buyer]):
            first[buyer] = month
    return {"days": dict(days), "buyers": dict(buyers), "paid": dict(paid), "first": first}


def stored_counts(db: Database) -> dict[str, dict[Any, Any]]:
    with db.reading() as s:
        return {
            "days": {
                (r.month, r.day, r.design_id, r.member_business_id): [r.good, r.reject]
                for r in s.scalars(select(OutputDay))
            },
            "buyers": {
                (r.month, r.buyer_id, r.sales_event_id): [
                    r.orders,
                    r.pieces,
                    r.ordered_value,
                    r.delivered_value,
                ]
                for r in s.scalars(select(BuyerMonth))
            },
            "paid": {
                (r.month, r.ordered_month, r.buyer_id, r.sold): r.amount for r in s.scalars(select(PaidMonth))
            },
            "first": {r.buyer_id: r.first_month for r in s.scalars(select(BuyerFirst))},
        }


def assert_summaries_equal_records(db: Database) -> None:
    want, got = expected_counts(db), stored_counts(db)
    assert got["days"] == want["days"]
    assert got["paid"] == want["paid"]
    assert got["first"] == want["first"]
    assert set(got["buyers"]) == set(want["buyers"])
    for key, (orders, pieces, value, delivered) in want["buyers"].items():
        assert got["buyers"][key][:3] == [orders, pieces, value], key
        assert got["buyers"][key][3] == pytest.approx(delivered, abs=0.01), key
    want_output, want_sales = expected(db)
    got_output, got_sales = stored(db)
    assert got_output == want_output
    assert set(got_sales) == set(want_sales)
    for key, (ov, op, dv, dp) in want_sales.items():
        got = got_sales[key]
        assert (got[1], got[3]) == (op, dp), key
        assert got[0] == pytest.approx(ov, abs=0.01) and got[2] == pytest.approx(dv, abs=0.01), key
    with db.engine.connect() as conn:
        assert summaries.mismatches(conn) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(operation, min_size=1, max_size=14))
def test_summaries_equal_their_records_after_any_writes_edits_and_voids(
    db: Database, ops: list[tuple[Any, ...]]
) -> None:
    with db.transaction() as s:  # each example starts from an empty book
        for table in (
            "stock_movement",
            "stock_balance",
            "delivery_line",
            "delivery",
            "payment",
            "order_line",
            "sales_order",
            "production_entry",
            "output_month",
            "sales_month",
            *summaries.COUNTS,
        ):
            s.execute(text(f"DELETE FROM {table}"))
    sentra = _sentra(db)
    for op in ops:
        sentra.run(op)
    assert_summaries_equal_records(db)


_SENTRAS: dict[int, Sentra] = {}


def _sentra(db: Database) -> Sentra:
    """One world per database (hypothesis reuses the function's fixture across examples)."""
    found = _SENTRAS.get(id(db))
    if found is None or found.db is not db:
        found = _SENTRAS[id(db)] = Sentra(db, make_world(db))
    found.entries, found.order_ids, found.deliveries, found.delivered = [], [], [], set()
    found.payments = []
    return found


def test_check_reports_a_damaged_summary_row(db: Database) -> None:
    sentra = Sentra(db, make_world(db))
    for op in (
        ("produce", FIRST, "GK-01", 0, 10, 1),
        ("order", FIRST, 0, [("GK-01", 5, 8000), ("TG-01", 3, 15000)], 1000, True),
        ("order", FIRST, 1, [("GK-01", 4, 8000)], 0, False),
        ("deliver", 1, FIRST + timedelta(days=3)),
    ):
        sentra.run(op)
    assert full_check(db).summaries == ()
    assert full_check(db).sound
    with db.transaction() as s:
        s.execute(text("UPDATE output_month SET good = good + 1"))
        s.execute(text("DELETE FROM sales_month WHERE delivered_pieces > 0"))
    report = full_check(db)
    assert not report.sound
    assert len(report.summaries) == 2
    assert report.summaries[0].startswith("output 2025-11") and "good -1" not in report.summaries[0]
    assert "good 1" in report.summaries[0]
    assert report.summaries[1].startswith("sales 2025-11")
    assert "pieces -4" in report.summaries[1] and "delivered pieces -2" in report.summaries[1]
    assert any("Monthly summaries against their records: 2 problem(s)" in line for line in report.lines())
    with db.transaction() as s:
        summaries.rebuild(s.connection())
    assert full_check(db).sound


def _add_entry(connection: Connection, world: World, good: int) -> None:
    """One production entry written and summarised in ``connection``'s open transaction."""
    row = {
        "produced_on": FIRST,
        "month": f"{FIRST:%Y-%m}",
        "design_id": world.keychain,
        "maker_id": world.budi,
        "good_qty": good,
        "reject_qty": 0,
        "uuid": uuid.uuid4(),
        "created_at": utcnow(),
        "updated_at": utcnow(),
        "created_by": "test",
        "updated_by": "test",
        "version": 1,
    }
    table = ProductionEntry.__table__
    entry_id = connection.scalar(insert(table).returning(table.c.id), row)
    record = AuditRecord("test", AuditAction.INSERT, "production_entry", entry_id, None, row)
    summaries.after_audit(connection, [AuditRow(0, utcnow(), record, "")])


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_two_server_writers_summing_one_group_at_once_leave_it_right(db: Database) -> None:
    """At READ COMMITTED the second writer waits for the first's commit before recomputing."""
    world = make_world(db)
    first, second = db.engine.connect(), db.engine.connect()
    first.begin()
    _add_entry(first, world, 10)
    second.begin()
    worker = threading.Thread(target=lambda: (_add_entry(second, world, 7), second.commit()))
    worker.start()
    worker.join(0.5)
    assert worker.is_alive()  # waiting for the first writer's group
    first.commit()
    worker.join(10)
    assert not worker.is_alive()
    first.close()
    second.close()
    with db.engine.connect() as conn:
        assert summaries.mismatches(conn) == []
        assert conn.scalar(text("SELECT SUM(good) FROM output_month")) == 17


def test_check_reports_damaged_counts(db: Database) -> None:
    """Each table of migration 0013 is proved against its records too."""
    sentra = Sentra(db, make_world(db))
    for op in (
        ("produce", FIRST, "GK-01", 0, 10, 1),
        ("order", FIRST, 0, [("GK-01", 5, 8000)], 1000, True),
        ("pay", 0, FIRST + timedelta(days=2), 5000),
    ):
        sentra.run(op)
    assert full_check(db).summaries == ()
    with db.transaction() as s:
        s.execute(text("UPDATE output_day SET reject = reject + 2"))
        s.execute(text("UPDATE buyer_month SET orders = orders + 1"))
        s.execute(text("UPDATE paid_month SET amount = amount - 1000"))
        s.execute(text("UPDATE buyer_first SET first_month = '2025-10'"))
    found = full_check(db).summaries
    assert len(found) == 5, found  # the first month: the kept one and the missing one
    assert "day summary differs from the entries by good 0, reject 2" in found[0]
    assert "buyer summary differs from the orders by orders 1, pieces 0, value 0" in found[1]
    assert "summary differs from the payments by -1000" in found[2]
    assert "first month 2025-10 kept but not" in found[3] and "first month 2025-11 missing" in found[4]
    with db.transaction() as s:
        summaries.rebuild(s.connection())
    assert full_check(db).summaries == ()
