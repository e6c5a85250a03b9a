"""Orders: numbers, every status change, partial deliveries, payments, refusals, what to produce.

Includes two writers saving orders at once on one SQLite file (numbers stay unique and gapless)
and a property test: after any sequence of deliveries and voids, every balance equals its ledger
and the open quantities equal ordered minus delivered.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select, update

from sentra_desktop.core.enums import MovementKind, OrderStatus, PaymentMethod, StockItemKind
from sentra_desktop.core.errors import ConflictError, SentraError, ValidationError
from sentra_desktop.core.messages import MESSAGES
from sentra_desktop.db.models import AuditEntry, DesignVariant, Order, OrderCounter, StockMovement
from sentra_desktop.services.buyers import BuyerInput, BuyerService
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.orders import (
    DeliveryInput,
    DeliveryShortError,
    EventInput,
    LineInput,
    MoreThanOrderedError,
    OrderInput,
    OrderService,
    PaymentInput,
)
from sentra_desktop.services.paging import FLIP_FROM
from sentra_desktop.services.production import ProductionInput, ProductionService
from tests.services.test_stock import World, balance_equals_ledger, fingerprint, make_world, on_hand

TODAY = date.today()


@pytest.fixture
def world(db: Database) -> World:
    w = make_world(db)
    with db.transaction() as session:
        session.execute(update(DesignVariant).where(DesignVariant.id == w.keychain).values(price=8_000))
        session.execute(update(DesignVariant).where(DesignVariant.id == w.coaster).values(price=15_000))
    return w


@pytest.fixture
def orders(db: Database) -> OrderService:
    return OrderService(db)


@pytest.fixture
def buyer(db: Database) -> int:
    return BuyerService(db).create(BuyerInput(name="Rina Marlina", city="Palembang", phone="0812-7310-4471"))


def produce(db: Database, world: World, good: int, design: str = "GK-01") -> None:
    ProductionService(db).create(
        ProductionInput(produced_on=TODAY, design=design, maker_id=world.budi, good_qty=good, reject_qty=0),
        allow_duplicate=True,
    )


def order_input(buyer: int, **changes: object) -> OrderInput:
    values: dict[str, object] = {
        "buyer_id": buyer,
        "ordered_on": TODAY - timedelta(days=3),
        "due_on": TODAY + timedelta(days=10),
        "lines": [LineInput("GK-01", "100"), LineInput("TG-01", "20", "14.000")],
    }
    values.update(changes)
    return OrderInput(**values)  # type: ignore[arg-type]


def confirmed(orders: OrderService, buyer: int, **changes: object) -> int:
    saved = orders.create(order_input(buyer, **changes))
    orders.confirm(saved.id)
    return saved.id


# --- numbers ---------------------------------------------------------------------------------------


def test_numbers_run_per_year_from_the_counter_row(
    db: Database, world: World, orders: OrderService, buyer: int
) -> None:
    first = orders.create(order_input(buyer))
    second = orders.create(order_input(buyer))
    last_year = orders.create(order_input(buyer, ordered_on=date(TODAY.year - 1, 12, 30), due_on=None))
    assert first.number == f"PSN-{TODAY.year}-0001"
    assert second.number == f"PSN-{TODAY.year}-0002"
    assert last_year.number == f"PSN-{TODAY.year - 1}-0001"
    with db.reading() as session:
        assert session.get(OrderCounter, TODAY.year).last_number == 2  # type: ignore[union-attr]


def test_a_refused_order_uses_no_number(db: Database, world: World, orders: OrderService, buyer: int) -> None:
    with pytest.raises(ValidationError):
        orders.create(order_input(buyer, lines=[]))
    assert orders.create(order_input(buyer)).number.endswith("-0001")


def test_two_writers_at_once_never_share_a_number(db_path: Path, world: World, buyer: int) -> None:
    """Two connections (two PCs on one file) save orders in parallel: unique, gapless numbers."""
    url = f"sqlite:///{db_path}"
    writers = [Database.open(url, migrate=False, actor=f"PC{i}") for i in (1, 2)]
    numbers: list[str] = []
    failures: list[BaseException] = []
    start = threading.Barrier(2)

    def save(database: Database) -> None:
        service = OrderService(database)
        start.wait()
        for _ in range(15):
            try:
                numbers.append(service.create(order_input(buyer)).number)
            except BaseException as exc:  # pragma: no cover - reported below
                failures.append(exc)

    threads = [threading.Thread(target=save, args=(w,)) for w in writers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for w in writers:
        w.dispose()
    assert failures == []
    assert sorted(numbers) == [f"PSN-{TODAY.year}-{n:04d}" for n in range(1, 31)]


# --- lines and refusals ---------------------------------------------------------------------------


def test_price_comes_from_the_design_unless_typed(world: World, orders: OrderService, buyer: int) -> None:
    saved = orders.create(order_input(buyer, discount="6.000"))
    detail = orders.get(saved.id)
    assert [(line.code, line.quantity, line.unit_price, line.total) for line in detail.lines] == [
        ("GK-01", 100, 8_000, 800_000),
        ("TG-01", 20, 14_000, 280_000),
    ]
    assert (detail.subtotal, detail.discount, detail.total) == (1_080_000, 6_000, 1_074_000)
    assert detail.status == OrderStatus.DRAFT
    assert orders.check_line(LineInput("gk-01", "5")).unit_price == 8_000


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"due_on": TODAY - timedelta(days=4)}, "due_on", "due_before_order"),
        ({"lines": [LineInput("GK-01", "0")]}, "lines.0.quantity", "not_positive"),
        ({"lines": [LineInput("GK-01", "-3")]}, "lines.0.quantity", "not_positive"),
        ({"lines": [LineInput("GK-01", "2,5")]}, "lines.0.quantity", "not_whole_number"),
        ({"lines": [LineInput("GK-01", "5", "8.000,50")]}, "lines.0.unit_price", "not_whole_rupiah"),
        ({"lines": []}, "lines", "no_lines"),
        ({"lines": [LineInput("XX-99", "5")]}, "lines.0.design", "unknown_design"),
        ({"lines": [LineInput("GK-OLD", "5")]}, "lines.0.design", "design_retired"),
        ({"buyer_id": None}, "buyer_id", "required"),
        ({"discount": "2.000.000"}, "discount", "discount_too_large"),
        ({"discount": "1,5"}, "discount", "not_whole_rupiah"),
    ],
)
def test_bad_input_is_refused_at_the_field_and_nothing_is_saved(
    db: Database, world: World, orders: OrderService, buyer: int, changes: dict, field: str, code: str
) -> None:
    before = fingerprint(db)
    with pytest.raises(ValidationError) as caught:
        orders.create(order_input(buyer, **changes))
    assert (field, code) in [(e.field, e.code) for e in caught.value.errors]
    assert all(e.code in MESSAGES for e in caught.value.errors)
    assert fingerprint(db) == before


def test_every_write_is_audited_with_uuids(
    db: Database, world: World, orders: OrderService, buyer: int
) -> None:
    order_id = confirmed(orders, buyer)
    with db.reading() as session:
        tables = set(session.scalars(select(AuditEntry.table_name)))
        order = session.get(Order, order_id)
        assert order is not None and order.uuid is not None
        assert all(line.uuid is not None for line in order.lines)
    assert {"buyer", "sales_order", "order_line"} <= tables


def test_editing_keeps_line_ids_and_refuses_a_stale_version(
    world: World, orders: OrderService, buyer: int
) -> None:
    saved = orders.create(order_input(buyer))
    detail = orders.get(saved.id)
    first = detail.lines[0]
    orders.update(
        saved.id, detail.version, order_input(buyer, lines=[LineInput("GK-01", "150", line_id=first.id)])
    )
    after = orders.get(saved.id)
    assert [(line.id, line.quantity) for line in after.lines] == [(first.id, 150)]
    with pytest.raises(ConflictError) as caught:
        orders.update(saved.id, detail.version, order_input(buyer))
    assert caught.value.code == "stale"


# --- status changes -------------------------------------------------------------------------------


def test_status_runs_draft_confirmed_ready_delivered(
    db: Database, world: World, orders: OrderService, buyer: int
) -> None:
    produce(db, world, 200)
    produce(db, world, 50, "TG-01")
    order_id = orders.create(order_input(buyer)).id
    with pytest.raises(SentraError, match="deliver_needs_confirmed"):
        orders.deliver(order_id, DeliveryInput(TODAY, {orders.get(order_id).lines[0].id: 1}))
    with pytest.raises(SentraError, match="ready_needs_confirmed"):
        orders.mark_ready(order_id)
    orders.confirm(order_id)
    with pytest.raises(SentraError, match="confirm_needs_draft"):
        orders.confirm(order_id)
    orders.mark_ready(order_id)
    detail = orders.get(order_id)
    assert detail.status == OrderStatus.READY
    saved = orders.deliver(order_id, DeliveryInput(TODAY, {line.id: line.quantity for line in detail.lines}))
    assert saved.status == OrderStatus.DELIVERED
    with pytest.raises(SentraError, match="cancel_delivered"):
        orders.cancel(order_id)
    with pytest.raises(SentraError, match="order_closed"):
        orders.update(order_id, orders.get(order_id).version, order_input(buyer))


def test_cancelling_a_confirmed_order_frees_its_quantities(
    db: Database, world: World, orders: OrderService, buyer: int
) -> None:
    order_id = confirmed(orders, buyer)
    assert orders.open_quantity(world.keychain) == 100
    orders.cancel(order_id)
    assert orders.get(order_id).status == OrderStatus.CANCELLED
    assert orders.open_quantity(world.keychain) == 0
    before = fingerprint(db)
    for refused, code in [
        (lambda: orders.cancel(order_id), "already_cancelled"),
        (lambda: orders.add_payment(order_id, PaymentInput(TODAY, 1000)), "payment_on_cancelled"),
        (lambda: orders.confirm(order_id), "confirm_needs_draft"),
        (lambda: orders.deliver(order_id, DeliveryInput(TODAY, {})), "order_closed"),
        (lambda: orders.update(order_id, orders.get(order_id).version, order_input(buyer)), "order_closed"),
    ]:
        with pytest.raises(SentraError) as caught:
            refused()
        assert caught.value.code == code
    assert fingerprint(db) == before


def test_a_partly_delivered_order_is_not_cancelled_but_completed_by_lowering_it(
    db: Database, world: World, orders: OrderService, buyer: int
) -> None:
    produce(db, world, 500)
    order_id = confirmed(orders, buyer)
    detail = orders.get(order_id)
    keychain, coaster = detail.lines
    orders.deliver(order_id, DeliveryInput(TODAY, {keychain.id: 40}))
    with pytest.raises(SentraError, match="cancel_partly_delivered"):
        orders.cancel(order_id)
    detail = orders.get(order_id)
    with pytest.raises(ValidationError) as caught:
        orders.update(
            order_id,
            detail.version,
            order_input(buyer, lines=[LineInput("GK-01", "30", line_id=keychain.id)]),
        )
    assert caught.value.errors[0].code == "below_delivered"
    with pytest.raises(ValidationError) as caught:
        orders.update(
            order_id, detail.version, order_input(buyer, lines=[LineInput("TG-01", "3", line_id=coaster.id)])
        )
    assert caught.value.errors[0].code == "line_delivered"
    orders.update(
        order_id, detail.version, order_input(buyer, lines=[LineInput("GK-01", "40", line_id=keychain.id)])
    )
    assert orders.get(order_id).status == OrderStatus.DELIVERED


# --- deliveries -----------------------------------------------------------------------------------


def test_partial_deliveries_post_stock_out_with_their_own_note_numbers(
    db: Database, world: World, orders: OrderService, buyer: int
) -> None:
    produce(db, world, 300)
    produce(db, world, 50, "TG-01")
    order_id = confirmed(orders, buyer)
    number = orders.get(order_id).number
    keychain, coaster = orders.get(order_id).lines
    first = orders.deliver(order_id, DeliveryInput(TODAY, {keychain.id: "60", coaster.id: ""}))
    assert first.number == "SJ" + number[3:] + "-1"
    assert first.status == OrderStatus.CONFIRMED
    assert on_hand(db, StockItemKind.DESIGN, world.keychain) == Decimal(240)
    assert orders.open_quantity(world.keychain) == 40
    second = orders.deliver(order_id, DeliveryInput(TODAY, {keychain.id: 40, coaster.id: 20}, note="sisa"))
    assert second.number.endswith("-2") and second.status == OrderStatus.DELIVERED
    assert on_hand(db, StockItemKind.DESIGN, world.keychain) == Decimal(200)
    assert on_hand(db, StockItemKind.DESIGN, world.coaster) == Decimal(30)
    detail = orders.get(order_id)
    assert [(d.number, d.pieces) for d in detail.deliveries] == [(first.number, 60), (second.number, 60)]
    with db.reading() as session:
        kinds = set(session.scalars(select(StockMovement.kind).where(StockMovement.delivery_id.is_not(None))))
    assert kinds == {MovementKind.DELIVERY}
    assert balance_equals_ledger(db)


def test_delivery_refusals_change_nothing(
    db: Database, world: World, orders: OrderService, buyer: int
) -> None:
    produce(db, world, 300)
    order_id = confirmed(orders, buyer)
    keychain, _ = orders.get(order_id).lines
    before = fingerprint(db)
    cases = [
        (DeliveryInput(TODAY, {keychain.id: 101}), "more_than_ordered"),
        (DeliveryInput(TODAY, {keychain.id: 0}), "nothing_delivered"),
        (DeliveryInput(TODAY, {keychain.id: "abc"}), "not_a_number"),
        (DeliveryInput(TODAY - timedelta(days=10), {keychain.id: 5}), "delivery_before_order"),
        (DeliveryInput(TODAY + timedelta(days=1), {keychain.id: 5}), "future_date"),
    ]
    for data, code in cases:
        with pytest.raises(ValidationError) as caught:
            orders.deliver(order_id, data)
        assert code in [e.code for e in caught.value.errors]
    assert fingerprint(db) == before


def test_delivering_more_than_on_hand_warns_then_goes_when_told(
    db: Database, world: World, orders: OrderService, buyer: int
) -> None:
    produce(db, world, 30)
    order_id = confirmed(orders, buyer)
    keychain, _ = orders.get(order_id).lines
    before = fingerprint(db)
    with pytest.raises(DeliveryShortError) as caught:
        orders.deliver(order_id, DeliveryInput(TODAY, {keychain.id: 50}))
    assert caught.value.code == "delivery_short" and "GK-01" in caught.value.params["items"]
    assert fingerprint(db) == before
    orders.deliver(order_id, DeliveryInput(TODAY, {keychain.id: 50}), allow_short=True)
    assert on_hand(db, StockItemKind.DESIGN, world.keychain) == Decimal(-20)
    assert balance_equals_ledger(db)


def test_voiding_a_delivery_reverses_its_stock_and_reopens_the_order(
    db: Database, world: World, orders: OrderService, buyer: int
) -> None:
    produce(db, world, 300)
    produce(db, world, 50, "TG-01")
    order_id = confirmed(orders, buyer)
    lines = orders.get(order_id).lines
    saved = orders.deliver(order_id, DeliveryInput(TODAY, {line.id: line.quantity for line in lines}))
    orders.void_delivery(saved.id)
    detail = orders.get(order_id)
    assert detail.status == OrderStatus.CONFIRMED and detail.deliveries[0].voided
    assert on_hand(db, StockItemKind.DESIGN, world.keychain) == Decimal(300)
    with pytest.raises(SentraError, match="already_voided"):
        orders.void_delivery(saved.id)
    assert balance_equals_ledger(db)


# --- payments -------------------------------------------------------------------------------------


def test_down_payment_and_later_payments_with_outstanding(
    db: Database, world: World, orders: OrderService, buyer: int
) -> None:
    order_id = confirmed(orders, buyer, lines=[LineInput("GK-01", "100")])  # Rp 800.000
    orders.add_payment(order_id, PaymentInput(TODAY, "300.000", PaymentMethod.TRANSFER, is_down_payment=True))
    detail = orders.get(order_id)
    assert (detail.total, detail.paid, detail.outstanding) == (800_000, 300_000, 500_000)
    assert detail.payments[0].is_down_payment and detail.payments[0].method == PaymentMethod.TRANSFER
    before = fingerprint(db)
    with pytest.raises(ValidationError) as caught:
        orders.add_payment(order_id, PaymentInput(TODAY, "500.001"))
    assert [(e.field, e.code) for e in caught.value.errors] == [("amount", "overpayment")]
    assert caught.value.errors[0].params["max"] == "Rp 500.000"
    for amount, code in (("0", "not_positive"), ("1.000,5", "not_whole_rupiah"), ("-5", "negative")):
        with pytest.raises(ValidationError) as caught:
            orders.add_payment(order_id, PaymentInput(TODAY, amount))
        assert caught.value.errors[0].code == code
    assert fingerprint(db) == before
    last = orders.add_payment(order_id, PaymentInput(TODAY, 500_000))
    assert orders.get(order_id).outstanding == 0
    orders.void_payment(last)
    assert orders.get(order_id).outstanding == 500_000
    detail = orders.get(order_id)
    with pytest.raises(ValidationError) as caught:
        orders.update(order_id, detail.version, order_input(buyer, lines=[LineInput("GK-01", "10")]))
    assert caught.value.errors[0].code == "total_below_paid"


# --- lists, what to produce, events -----------------------------------------------------------------


def test_what_to_produce_counts_confirmed_quantities_not_delivered(
    db: Database, world: World, orders: OrderService, buyer: int
) -> None:
    produce(db, world, 70)
    orders.create(order_input(buyer))  # a draft does not count
    late = confirmed(orders, buyer, ordered_on=TODAY - timedelta(days=20), due_on=TODAY - timedelta(days=2))
    confirmed(orders, buyer, lines=[LineInput("GK-01", "50")])
    keychain = orders.get(late).lines[0]
    orders.deliver(late, DeliveryInput(TODAY, {keychain.id: 30}))
    needs = {n.code: n for n in orders.production_needs()}
    gk = needs["GK-01"]
    assert (gk.open_quantity, gk.on_hand, gk.available, gk.shortfall, gk.orders) == (120, 40, -80, 80, 2)
    assert gk.earliest_due == TODAY - timedelta(days=2) and gk.past_due
    tg = needs["TG-01"]
    assert (tg.open_quantity, tg.on_hand, tg.shortfall) == (20, 0, 20)
    assert [n.code for n in orders.production_needs(shortfall_only=True)] == ["GK-01", "TG-01"]
    past = orders.page(ListQuery(filters={"past_due": True}), 0, 50)
    assert [row.id for row in past] == [late]


def test_order_list_filters_and_sums_per_page(
    db: Database, world: World, orders: OrderService, buyer: int
) -> None:
    other = BuyerService(db).create(BuyerInput(name="Andi Saputra", organisation="Galeri Songket"))
    event = orders.create_event(EventInput("Porprov Sumsel 2026", starts_on=TODAY - timedelta(days=3)))
    first = confirmed(orders, buyer, sales_event_id=event)
    orders.create(order_input(other))
    orders.add_payment(first, PaymentInput(TODAY, 100_000))
    assert orders.count(ListQuery()) == 2
    assert [r.id for r in orders.page(ListQuery(search="galeri"), 0, 10)] != [first]
    rows = orders.page(ListQuery(filters={"sales_event_id": event}), 0, 10)
    assert [(r.event, r.total, r.paid, r.outstanding) for r in rows] == [
        ("Porprov Sumsel 2026", 1_080_000, 100_000, 980_000)
    ]
    assert orders.count(ListQuery(filters={"status": "draft"})) == 1
    assert orders.count(ListQuery(filters={"status": "open"})) == 2
    events = orders.events()
    assert [(e.name, e.orders, e.income) for e in events] == [("Porprov Sumsel 2026", 1, 1_080_000)]
    orders.confirm(orders.create(order_input(other, lines=[LineInput("GK-01", "40")])).id)  # Rp 320.000
    events = orders.events()
    assert events[0].income == 1_080_000
    assert events[0].year_sales == 1_400_000  # the draft does not count
    assert events[0].share == Decimal("77.1")
    older = orders.create_event(EventInput("Pameran Jakarta", starts_on=TODAY - timedelta(days=90)))
    assert orders.event_choices() == [(event, "Porprov Sumsel 2026"), (older, "Pameran Jakarta")]
    with pytest.raises(ValidationError):
        orders.create_event(EventInput("porprov sumsel 2026"))


# --- property: deliveries keep balance == ledger ------------------------------------------------------


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(["deliver", "void"]), st.integers(0, 60), st.integers(0, 25)), max_size=8
    )
)
def test_balances_equal_the_ledger_after_any_deliveries(
    db_path: Path, migrated_template: Path, steps: list[tuple[str, int, int]]
) -> None:
    import shutil

    shutil.copyfile(migrated_template, db_path)
    database = Database.open(f"sqlite:///{db_path}", actor="Penguji")
    try:
        world = make_world(database)
        service = OrderService(database)
        buyer = BuyerService(database).create(BuyerInput(name="Rina"))
        produce(database, world, 40)
        order_id = confirmed(service, buyer)
        delivered: list[int] = []
        for action, keychains, coasters in steps:
            detail = service.get(order_id)
            if action == "void" and delivered:
                service.void_delivery(delivered.pop())
                continue
            keychain, coaster = detail.lines
            wanted = {
                keychain.id: min(keychains, keychain.to_deliver),
                coaster.id: min(coasters, coaster.to_deliver),
            }
            if not any(wanted.values()) or detail.status not in (OrderStatus.CONFIRMED, OrderStatus.READY):
                continue
            delivered.append(service.deliver(order_id, DeliveryInput(TODAY, wanted), allow_short=True).id)
        assert balance_equals_ledger(database)
        detail = service.get(order_id)
        gone = sum(line.delivered for line in detail.lines if line.code == "GK-01")
        assert on_hand(database, StockItemKind.DESIGN, world.keychain) == Decimal(40 - gone)
        expected_open = sum(line.to_deliver for line in detail.lines if line.code == "GK-01")
        assert service.open_quantity(world.keychain) == expected_open
        assert (detail.status == OrderStatus.DELIVERED) == all(line.to_deliver == 0 for line in detail.lines)
    finally:
        database.dispose()


# --- the demo order book obeys the same rules ---------------------------------------------------------


def test_demo_orders_follow_the_services_rules(db: Database) -> None:
    """Demo data written in bulk reads back as the services would have written it."""
    from sentra_desktop.demo import DemoOptions, load_demo_data

    load_demo_data(db, DemoOptions(seed=7))
    orders, buyers = OrderService(db), BuyerService(db)
    rows = orders.page(ListQuery(), 0, 500)
    kinds = {row.status for row in rows}
    assert {OrderStatus.DELIVERED, OrderStatus.CONFIRMED, OrderStatus.CANCELLED} <= kinds
    late_payers = set()
    for row in rows:
        detail = orders.get(row.id)
        assert detail.outstanding >= 0 and detail.total > 0
        if detail.status == OrderStatus.DELIVERED:
            assert all(line.to_deliver == 0 for line in detail.lines)
            assert [d.number for d in detail.deliveries] == ["SJ" + detail.number[3:] + "-1"]
            if detail.outstanding and detail.due_on and detail.due_on < TODAY - timedelta(days=30):
                late_payers.add(detail.buyer_id)
        else:
            assert detail.deliveries == []
    assert late_payers, "a few buyers are late payers"
    assert any(row.event for row in rows), "some orders belong to a sales event"
    resellers = [b for b in buyers.page(ListQuery(filters={"kind": "reseller"}), 0, 50)]
    assert any(len(buyers.summary(b.id).orders) >= 3 for b in resellers), "resellers order again"
    assert orders.production_needs() != []
    assert balance_equals_ledger(db)
    year_numbers = [row.number for row in rows if row.number.startswith(f"PSN-{TODAY.year}-")]
    design = orders.design_prices()[0]
    saved = orders.create(
        order_input(
            orders.get(rows[0].id).buyer_id, ordered_on=TODAY, due_on=None, lines=[LineInput(design.id, 1)]
        )
    )
    assert saved.number == f"PSN-{TODAY.year}-{len(year_numbers) + 1:04d}"
    assert orders.get(saved.id).lines[0].unit_price == design.price


def test_deep_pages_of_the_order_book_hold_the_whole_list_in_order(
    db: Database, orders: OrderService, buyer: int
) -> None:
    """Pages past the paging engine's flip point, for sorts with ties and empty due dates."""
    count = FLIP_FROM + 1500
    other = BuyerService(db).create(BuyerInput(name="Ahmad", city="Prabumulih"))
    statuses = [OrderStatus.DRAFT, OrderStatus.CONFIRMED, OrderStatus.CANCELLED]
    with db.transaction() as session:
        session.execute(
            insert(Order),
            [
                {
                    "number": f"PSN-2020-{i:05d}",
                    "buyer_id": buyer if i % 2 else other,
                    "ordered_on": TODAY - timedelta(days=i % 90),
                    "due_on": None if i % 5 == 0 else TODAY + timedelta(days=i % 40),
                    "status": statuses[i % 3],
                    "discount": 0,
                    "notes": "",
                }
                for i in range(count)
            ],
        )
    for query in (
        ListQuery(),
        ListQuery(sort="due_on"),
        ListQuery(sort="due_on", descending=True),
        ListQuery(sort="buyer"),
        ListQuery(filters={"status": "open"}, sort="ordered_on"),
    ):
        total = orders.count(query)
        whole = [row.id for row in orders.page(query, 0, total)]
        assert len(whole) == total == len(set(whole)) and total > FLIP_FROM
        for offset in (FLIP_FROM + 1, total // 2 - 10, total - 33, total - 1):
            assert [row.id for row in orders.page(query, offset, 30)] == whole[offset : offset + 30]
        assert orders.page(query, total, 30) == []


def test_delivering_more_than_ordered_is_a_typed_refusal_naming_the_line(
    db: Database, world: World, orders: OrderService, buyer: int
) -> None:
    produce(db, world, 300)
    order_id = confirmed(orders, buyer)
    keychain, _ = orders.get(order_id).lines
    orders.deliver(order_id, DeliveryInput(TODAY, {keychain.id: 30}))
    before = fingerprint(db)
    with pytest.raises(MoreThanOrderedError) as caught:
        orders.deliver(order_id, DeliveryInput(TODAY, {keychain.id: keychain.quantity}), allow_short=True)
    (error,) = caught.value.errors
    assert error.field == f"quantity.{keychain.id}" and error.code == "more_than_ordered"
    assert error.params == {
        "ordered": str(keychain.quantity),
        "delivered": "30",
        "open": str(keychain.quantity - 30),
    }
    assert fingerprint(db) == before
