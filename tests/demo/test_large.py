"""The large demo: a consistent ledger, an order book the services accept, audit rows of their shape.

Each test runs a few days of the ten-year benchmark database; every count scales with the days.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from sentra_desktop.core.enums import OrderStatus, PaymentMethod
from sentra_desktop.db.models import (
    AuditEntry,
    Buyer,
    Delivery,
    DeliveryLine,
    Order,
    OrderCounter,
    OrderLine,
    Payment,
    SalesEvent,
    StockMovement,
)
from sentra_desktop.demo import DemoOptions, DemoSummary
from sentra_desktop.demo.large import load_large_demo
from sentra_desktop.services.database import Database
from sentra_desktop.services.health import full_check
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.orders import (
    DeliveryInput,
    LineInput,
    OrderInput,
    OrderService,
    PaymentInput,
)
from sentra_desktop.services.production import ProductionInput, ProductionService
from sentra_desktop.services.stock import StockService

TODAY = date.today()  # the services refuse deliveries and payments dated after today


@pytest.fixture
def other_db(migrated_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A second empty SQLite database."""
    path = tmp_path / "other.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = Database.open(f"sqlite:///{path}")
    yield database
    database.dispose()


def _count(db: Database, model: type, *where: Any) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


@pytest.mark.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)
def test_large_demo_writes_a_consistent_ledger(db: Database) -> None:
    """The benchmark generator's ledger sums to its balances, like every other way stock moves."""
    from sentra_desktop.cli import build_parser

    args = build_parser().parse_args(["demo-data", "--years", "10", "--scale", "large"])
    assert (args.days, args.years, args.scale) == (None, 10, "large")
    summary = load_large_demo(db, DemoOptions(seed=3, days=20, today=TODAY))
    assert 4_000 < summary.production_entries < 6_000 and summary.makers > 100
    stock = StockService(db)
    assert stock.check_balances() == []
    production = ProductionService(db)
    totals = production.totals(ListQuery())
    assert 0 < totals.entries < summary.production_entries  # a few were voided, with reversals
    with db.reading() as session:
        voided_net = session.scalar(
            text(
                "SELECT coalesce(sum(m.quantity), 0) FROM stock_movement m"
                " JOIN production_entry p ON p.id = m.production_entry_id WHERE p.voided_at IS NOT NULL"
            )
        )
    assert voided_net == 0
    row = production.page(ListQuery(), 0, 1)[0]
    assert row.produced_on <= TODAY and production.get(row.id).materials
    saved = production.create(
        ProductionInput(TODAY, row.design_code, production.maker_choices()[0].id, "5"), allow_duplicate=True
    )
    assert saved.entry_id > summary.production_entries and stock.check_balances() == []


@pytest.mark.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)
def test_large_demo_holds_an_order_book_the_services_keep_using(db: Database) -> None:
    """Buyers, orders, deliveries, payments and audit rows; ``check`` passes; the next order follows."""
    summary = load_large_demo(db, DemoOptions(seed=5, days=30, today=TODAY))
    assert summary.buyers == _count(db, Buyer) > 30  # the story's 30 and generated ones
    assert summary.orders == _count(db, Order) >= 1_000
    assert summary.deliveries == _count(db, Delivery) >= summary.delivered_orders > summary.orders // 2
    assert summary.payments == _count(db, Payment) > summary.orders // 2
    assert _count(db, DeliveryLine) >= summary.deliveries and _count(db, OrderLine) >= summary.orders
    with db.reading() as session:
        provinces = set(session.scalars(select(Buyer.province)))
        statuses = set(session.scalars(select(Order.status)))
        down = session.scalar(select(func.count()).where(Payment.is_down_payment.is_(True)))
        voided = session.scalar(select(func.count()).where(Delivery.voided_at.is_not(None)))
        events = session.scalar(select(func.count()).where(Order.sales_event_id.is_not(None)))
        out = session.scalar(select(func.count()).where(StockMovement.delivery_id.is_not(None)))
    assert len(provinces) >= 6
    assert set(OrderStatus) <= statuses
    assert down and out and events is not None and voided is not None
    audited = _count(db, AuditEntry)
    assert summary.audit_rows > summary.production_entries + summary.orders + summary.deliveries
    assert audited >= summary.audit_rows

    assert full_check(db).sound
    service = OrderService(db)
    rows = service.page(ListQuery(), 0, 200)
    assert len(rows) == 200 and service.count(ListQuery()) == summary.orders
    owing = 0
    for row in rows:
        detail = service.get(row.id)
        assert detail.outstanding >= 0 and detail.total > 0
        owing += detail.outstanding
        live = [d for d in detail.deliveries if not d.voided]
        if detail.status == OrderStatus.DELIVERED:
            assert live and all(line.to_deliver == 0 for line in detail.lines)
        if detail.status in (OrderStatus.DRAFT, OrderStatus.CANCELLED):
            assert not live
    assert owing > 0, "some buyers still owe"

    # The program carries on where the demo stopped: the next number, a delivery, a payment.
    with db.reading() as session:
        last = session.scalar(select(OrderCounter.last_number).where(OrderCounter.year == TODAY.year))
        ready = session.scalar(
            select(Order.id).where(Order.status == OrderStatus.READY).order_by(Order.id).limit(1)
        )
    assert last is not None and ready is not None
    buyer = service.buyer_choices()[0].id
    design = service.design_prices()[0]
    saved = service.create(OrderInput(buyer, TODAY, [LineInput(design.id, 3)], due_on=TODAY))
    assert saved.number == f"PSN-{TODAY.year}-{last + 1:04d}"
    detail = service.get(ready)
    going: dict[int, str | int] = {line.id: line.to_deliver for line in detail.lines}
    delivered = service.deliver(ready, DeliveryInput(TODAY, going))
    assert delivered.status == OrderStatus.DELIVERED
    assert delivered.number == f"SJ{detail.number[3:]}-{len(detail.deliveries) + 1}"
    owed = service.get(ready).outstanding
    if owed:
        service.add_payment(ready, PaymentInput(TODAY, owed, PaymentMethod.TRANSFER))
        assert service.get(ready).outstanding == 0
    assert full_check(db).sound


def _shape(db: Database, table: str, action: str, demo: bool) -> set[str]:
    """The keys of one audit row's changes, written by the demo (actor "demo") or by a service."""
    actor = AuditEntry.actor == "demo" if demo else AuditEntry.actor != "demo"
    with db.reading() as session:
        changes = session.scalar(
            select(AuditEntry.changes)
            .where(AuditEntry.table_name == table, AuditEntry.action == action, actor)
            .order_by(AuditEntry.id.desc())
            .limit(1)
        )
    assert changes is not None, (table, action, demo)
    return set(json.loads(changes))


def test_large_demo_audit_rows_have_the_shape_of_a_save(db: Database) -> None:
    """Each kind of bulk audit row lists the columns a save through the services lists."""
    summary = load_large_demo(db, DemoOptions(seed=9, days=12, today=TODAY))
    service = OrderService(db)
    design = service.design_prices()[0]
    with db.reading() as session:
        stocked = session.scalar(
            text("SELECT design_id FROM stock_balance WHERE design_id IS NOT NULL ORDER BY on_hand DESC")
        )
    saved = service.create(
        OrderInput(service.buyer_choices()[0].id, TODAY, [LineInput(stocked or design.id, 1)], due_on=TODAY)
    )
    service.confirm(saved.id)
    line = service.get(saved.id).lines[0]
    service.deliver(saved.id, DeliveryInput(TODAY, {line.id: 1}), allow_short=True)
    payment = service.add_payment(saved.id, PaymentInput(TODAY, 1000))
    service.void_payment(payment)
    production = ProductionService(db)
    production.create(ProductionInput(TODAY, design.code, production.maker_choices()[0].id, "5"))
    for table in ("sales_order", "order_line", "delivery", "delivery_line", "payment", "production_entry"):
        assert _shape(db, table, "insert", demo=True) == _shape(db, table, "insert", demo=False), table
    for table in ("payment",):
        assert _shape(db, table, "update", demo=True) == _shape(db, table, "update", demo=False), table
    with db.reading() as session:
        first = session.scalars(
            select(AuditEntry.changes)
            .where(AuditEntry.table_name == "sales_order", AuditEntry.record_id == 1)
            .order_by(AuditEntry.id)
            .limit(2)
        ).all()
        times = session.scalars(
            select(AuditEntry.at).where(AuditEntry.table_name == "production_entry").order_by(AuditEntry.id)
        ).all()
    created, confirmed = (json.loads(c) for c in first)
    assert created["status"] == "draft" and "confirmed_at" not in created
    assert confirmed["status"] == ["draft", "confirmed"]
    assert times == sorted(times), "audit ids follow the clock"
    assert len(times) > summary.production_entries


def test_large_demo_counts_scale_with_the_days(db: Database, other_db: Database) -> None:
    """Twice the days, about twice the orders, buyers, payments and audit rows."""
    short = load_large_demo(db, DemoOptions(seed=4, days=15, today=TODAY))
    longer = load_large_demo(other_db, DemoOptions(seed=4, days=30, today=TODAY))

    def ratio(field: str) -> float:
        return float(getattr(longer, field)) / float(getattr(short, field))

    for field in ("production_entries", "orders", "audit_rows"):
        assert 1.6 < ratio(field) < 2.5, field
    # Orders of the last days are still open, a larger share of a shorter period.
    assert ratio("deliveries") > 1.6 and ratio("payments") > 1.6
    assert isinstance(short, DemoSummary) and short.buyers >= 60
    with other_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(SalesEvent))
    assert longer.first_day == TODAY - timedelta(days=29)


def test_both_demo_loads_run_without_the_interactive_deadline(db: Database, tmp_path: Path) -> None:
    """A demo load is a long job with progress: on a server its statements must not be cancelled
    after the watchdog's 5 s (the large load's summary rebuild was, once, under load)."""
    from sentra_desktop.db import watchdog
    from sentra_desktop.demo import load_demo_data

    seen: list[bool] = []
    load_large_demo(
        db, DemoOptions(seed=3, days=5, today=TODAY), lambda *_: seen.append(watchdog.is_unbounded())
    )
    other = Database.open(f"sqlite:///{tmp_path / 'normal.sqlite3'}")
    try:
        load_demo_data(
            other, DemoOptions(seed=3, days=5, today=TODAY), lambda *_: seen.append(watchdog.is_unbounded())
        )
    finally:
        other.dispose()
    assert len(seen) > 4 and all(seen)
    assert not watchdog.is_unbounded()  # only while a load runs
