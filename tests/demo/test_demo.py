"""Demo data: a consistent ledger, valid orders and payments, determinism, and an empty-only rule.

Most tests load a 30-day demo, which runs the whole story (the run-up, the sports week, the slump)
in compressed time; one test loads the full default year and checks its size and speed.
"""

from __future__ import annotations

import re
import shutil
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import AssistanceKind, DesignStatus, MovementKind, OrderStatus
from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.core.messages import describe
from sentra_desktop.db.models import (
    Agency,
    Assistance,
    AuditEntry,
    Buyer,
    Delivery,
    DeliveryLine,
    DesignPhoto,
    DesignVariant,
    MakerMembership,
    Material,
    Order,
    OrderCounter,
    OrderLine,
    Payment,
    ProductionEntry,
    Programme,
    RecipeLine,
    SentraProfile,
    StockBalance,
    StockMovement,
    User,
)
from sentra_desktop.demo import DemoOptions, DemoSummary, load_demo_data
from sentra_desktop.services.database import Database

TODAY = date(2026, 11, 28)
SHORT = DemoOptions(seed=7, days=30, today=TODAY)


@pytest.fixture
def loaded(db: Database) -> DemoSummary:
    return load_demo_data(db, SHORT)


@pytest.fixture
def other_db(migrated_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A second empty database, to load the same demo twice."""
    path = tmp_path / "other.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = Database.open(f"sqlite:///{path}")
    yield database
    database.dispose()


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _order_totals(session: Session) -> dict[int, int]:
    subtotal = dict(
        session.execute(
            select(OrderLine.order_id, func.sum(OrderLine.quantity * OrderLine.unit_price)).group_by(
                OrderLine.order_id
            )
        ).all()
    )
    return {order.id: subtotal[order.id] - order.discount for order in session.scalars(select(Order))}


def test_catalogue_has_forty_designs_each_with_a_photo_and_a_recipe(
    db: Database, loaded: DemoSummary
) -> None:
    with db.reading() as session:
        designs = session.scalars(select(DesignVariant)).all()
        photos = {p.design_id: p for p in session.scalars(select(DesignPhoto))}
        recipe_designs = set(session.scalars(select(RecipeLine.design_id)))
        statuses = [d.status for d in designs]
        assert len(designs) == 40 == loaded.designs
        assert set(photos) == {d.id for d in designs}
        assert all(p.image[:2] == b"\xff\xd8" and p.thumbnail[:2] == b"\xff\xd8" for p in photos.values())
        assert all(p.width == p.height == 400 for p in photos.values())
        assert recipe_designs == {d.id for d in designs}
        assert statuses.count(DesignStatus.PROTOTYPE) == 4
        assert statuses.count(DesignStatus.RETIRED) == 3
        assert all(0 < d.cost < d.price for d in designs)
        assert all(q > 0 for q in session.scalars(select(RecipeLine.quantity_per_piece)))


def test_every_balance_equals_its_ledger_and_stock_never_goes_negative(
    db: Database, loaded: DemoSummary
) -> None:
    with db.reading() as session:
        design_sums = dict(
            session.execute(
                select(StockMovement.design_id, func.sum(StockMovement.quantity))
                .where(StockMovement.design_id.is_not(None))
                .group_by(StockMovement.design_id)
            ).all()
        )
        material_sums = dict(
            session.execute(
                select(StockMovement.material_id, func.sum(StockMovement.quantity))
                .where(StockMovement.material_id.is_not(None))
                .group_by(StockMovement.material_id)
            ).all()
        )
        balances = session.scalars(select(StockBalance)).all()
        assert {b.design_id: b.on_hand for b in balances if b.design_id} == design_sums
        assert {b.material_id: b.on_hand for b in balances if b.material_id} == material_sums
        assert len(balances) == len(design_sums) + len(material_sums)
        running: dict[tuple[str, int | None], Decimal] = defaultdict(Decimal)
        rows = session.execute(
            select(StockMovement.design_id, StockMovement.material_id, StockMovement.quantity).order_by(
                StockMovement.moved_on, StockMovement.id
            )
        )
        for design_id, material_id, quantity in rows:
            key = ("design", design_id) if design_id else ("material", material_id)
            running[key] += quantity
            assert running[key] >= 0, key
        assert (
            session.scalar(select(func.count()).select_from(StockMovement).where(StockMovement.quantity == 0))
            == 0
        )


def test_production_entries_post_their_goods_and_recipe_materials(db: Database, loaded: DemoSummary) -> None:
    with db.reading() as session:
        entries = session.scalars(select(ProductionEntry)).all()
        history: dict[int, list[tuple[date, int | None]]] = defaultdict(list)
        for row in session.scalars(select(MakerMembership).order_by(MakerMembership.from_date)):
            history[row.maker_id].append((row.from_date, row.member_business_id))
        recipes: dict[int, dict[int, Decimal]] = defaultdict(dict)
        for line in session.scalars(select(RecipeLine)):
            recipes[line.design_id][line.material_id] = line.quantity_per_piece
        moves: dict[int | None, list[StockMovement]] = defaultdict(list)
        for move in session.scalars(
            select(StockMovement).where(StockMovement.production_entry_id.is_not(None))
        ):
            moves[move.production_entry_id].append(move)
        assert len(entries) == loaded.production_entries > 100
        for entry in entries:
            assert entry.month == entry.produced_on.strftime("%Y-%m")
            member_of_day = [m for since, m in history[entry.maker_id] if since <= entry.produced_on][-1]
            assert entry.member_business_id == member_of_day
            assert entry.good_qty >= 0 and entry.reject_qty >= 0 and entry.good_qty + entry.reject_qty > 0
            ins = [m for m in moves[entry.id] if m.kind == MovementKind.PRODUCTION_IN]
            uses = {
                m.material_id: m.quantity for m in moves[entry.id] if m.kind == MovementKind.PRODUCTION_USE
            }
            assert [m.quantity for m in ins] == ([Decimal(entry.good_qty)] if entry.good_qty else [])
            made = entry.good_qty + entry.reject_qty
            assert uses == {k: -q * made for k, q in recipes[entry.design_id].items()}
        rejects = sum(e.reject_qty for e in entries) / sum(e.good_qty + e.reject_qty for e in entries)
        assert 0.02 <= rejects <= 0.08


def test_orders_are_numbered_per_year_and_match_their_counters(db: Database, loaded: DemoSummary) -> None:
    with db.reading() as session:
        numbers = list(session.scalars(select(Order.number).order_by(Order.ordered_on, Order.id)))
        counters = {c.year: c.last_number for c in session.scalars(select(OrderCounter))}
        assert len(numbers) == len(set(numbers)) == loaded.orders >= 10
        pattern = re.compile(r"^PSN-(\d{4})-(\d{4})$")
        per_year: dict[int, list[int]] = defaultdict(list)
        for number in numbers:
            match = pattern.match(number)
            assert match, number
            per_year[int(match[1])].append(int(match[2]))
        assert {year: max(seq) for year, seq in per_year.items()} == counters
        assert all(seq == list(range(1, len(seq) + 1)) for seq in per_year.values())


def test_order_statuses_deliveries_and_payments_are_consistent(db: Database, loaded: DemoSummary) -> None:
    with db.reading() as session:
        orders = {o.id: o for o in session.scalars(select(Order))}
        totals = _order_totals(session)
        paid: dict[int, int] = defaultdict(int)
        for payment in session.scalars(select(Payment)):
            assert payment.amount > 0 and payment.paid_on <= TODAY
            assert payment.paid_on >= orders[payment.order_id].ordered_on
            paid[payment.order_id] += payment.amount
        assert all(paid[k] <= totals[k] for k in paid)
        assert all(o.discount < totals[k] + o.discount for k, o in orders.items())
        statuses = [o.status for o in orders.values()]
        for status in OrderStatus:
            assert status in statuses or (status == OrderStatus.READY and OrderStatus.CONFIRMED in statuses)
        assert statuses.count(OrderStatus.DELIVERED) == loaded.delivered_orders
        assert any(paid[k] < totals[k] for k, o in orders.items() if o.status == OrderStatus.DELIVERED)
        assert all(
            not paid[k] for k, o in orders.items() if o.status in (OrderStatus.DRAFT, OrderStatus.CANCELLED)
        )
        assert any(p.is_down_payment for p in session.scalars(select(Payment)))
        deliveries = {d.order_id: d for d in session.scalars(select(Delivery))}
        assert set(deliveries) == {k for k, o in orders.items() if o.status == OrderStatus.DELIVERED}
        assert all(re.match(r"^SJ-\d{4}-\d{4}-1$", d.number) for d in deliveries.values())
        assert all(d.number == "SJ" + orders[k].number[3:] + "-1" for k, d in deliveries.items())
        lines = {line.id: line for line in session.scalars(select(OrderLine))}
        for delivery_line in session.scalars(select(DeliveryLine)):
            line = lines[delivery_line.order_line_id]
            assert deliveries[line.order_id].id == delivery_line.delivery_id
            assert delivery_line.quantity == line.quantity
        out = session.execute(
            select(StockMovement.delivery_id, func.sum(StockMovement.quantity))
            .where(StockMovement.kind == MovementKind.DELIVERY)
            .group_by(StockMovement.delivery_id)
        ).all()
        shipped = {
            d.id: sum(line.quantity for line in lines.values() if line.order_id == k)
            for k, d in deliveries.items()
        }
        assert {k: -v for k, v in out} == shipped
        open_orders = [o for o in orders.values() if o.status in (OrderStatus.CONFIRMED, OrderStatus.READY)]
        assert any(o.due_on and o.due_on < TODAY for o in open_orders)
        assert any(o.due_on and o.due_on > TODAY for o in open_orders)
        assert any(o.sales_event_id for o in orders.values())
        assert any(o.discount for o in orders.values())


def test_master_data_looks_like_the_sentra(db: Database, loaded: DemoSummary) -> None:
    with db.reading() as session:
        profile = session.scalars(select(SentraProfile)).one()
        assert "Talang Kedondong" in profile.name and "Sukarame" in profile.address
        assert {"Siti Aminah", "Rahmat Hidayat", "Dewi Lestari"} <= set(session.scalars(select(User.name)))
        buyers = session.scalars(select(Buyer)).all()
        assert len(buyers) == loaded.buyers >= 25
        for buyer in buyers:
            assert re.match(r"^08\d{2}-\d{4}-\d{4}$", buyer.phone)
            assert buyer.phone_normalized == "62" + buyer.phone.replace("-", "")[1:]
        assert _count(session, Material) == loaded.materials >= 8
        mould_aid = session.execute(
            select(Assistance.received_on, Agency.name)
            .join(Programme, Programme.id == Assistance.programme_id)
            .join(Agency, Agency.id == Programme.agency_id)
            .where(
                Assistance.kind == AssistanceKind.MOULD,
                Assistance.description.like("Cetakan gantungan kunci%"),
            )
        ).all()
        assert len(mould_aid) == 2 and mould_aid[0][1] != mould_aid[1][1]
        # Master data goes through the ORM and is audited; the bulk ledger does not flood the log.
        audit = session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.actor == "demo"))
        assert 100 < (audit or 0) < loaded.stock_movements


def test_same_seed_and_day_give_the_same_data(db: Database, other_db: Database, loaded: DemoSummary) -> None:
    again = load_demo_data(other_db, SHORT)
    assert again == loaded

    def fingerprint(database: Database) -> tuple[list[str], list[tuple], list[str], list[str]]:
        with database.reading() as session:
            codes = list(session.scalars(select(DesignVariant.code).order_by(DesignVariant.id)))
            entries = session.execute(
                select(
                    ProductionEntry.produced_on,
                    ProductionEntry.design_id,
                    ProductionEntry.maker_id,
                    ProductionEntry.good_qty,
                    ProductionEntry.reject_qty,
                ).order_by(ProductionEntry.id)
            ).all()
            uuids = [str(u) for u in session.scalars(select(StockMovement.uuid).order_by(StockMovement.id))]
            numbers = list(session.scalars(select(Order.number).order_by(Order.id)))
            return codes, [tuple(e) for e in entries], uuids, numbers

    assert fingerprint(db) == fingerprint(other_db)


def test_another_seed_gives_other_data(db: Database, other_db: Database, loaded: DemoSummary) -> None:
    other = load_demo_data(other_db, DemoOptions(seed=8, days=30, today=TODAY))
    assert other.designs == loaded.designs
    assert other != loaded


def test_a_second_load_is_refused_and_changes_nothing(db: Database, loaded: DemoSummary) -> None:
    def counts() -> list[int]:
        with db.reading() as session:
            return [
                _count(session, m) for m in (DesignVariant, ProductionEntry, StockMovement, Order, AuditEntry)
            ]

    before = counts()
    with pytest.raises(SentraError) as caught:
        load_demo_data(db, SHORT)
    assert caught.value.code == "demo_not_empty"
    assert "already holds data" in describe(caught.value)
    assert counts() == before


def test_a_named_profile_alone_is_enough_to_refuse(db: Database) -> None:
    with db.transaction() as session:
        session.add(SentraProfile(name="Sentra Kami"))
    with pytest.raises(SentraError, match="demo_not_empty"):
        load_demo_data(db, SHORT)
    with db.reading() as session:
        assert _count(session, DesignVariant) == 0


def test_progress_is_reported_a_few_times_in_order(db: Database) -> None:
    calls: list[tuple[int, int, str]] = []
    load_demo_data(db, DemoOptions(seed=3, days=7, today=TODAY), progress=lambda *a: calls.append(a))
    assert 3 <= len(calls) <= 12
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)
    assert {c[1] for c in calls} == {calls[-1][0]}
    assert all(isinstance(c[2], str) and c[2] for c in calls)


@pytest.mark.parametrize("days", [0, -5, 10_000])
def test_days_out_of_range_are_refused(db: Database, days: int) -> None:
    with pytest.raises(ValidationError):
        load_demo_data(db, DemoOptions(days=days, today=TODAY))


def test_a_single_day_still_loads(db: Database) -> None:
    summary = load_demo_data(db, DemoOptions(days=1, today=date(2026, 11, 27)))
    assert summary.first_day == summary.last_day == date(2026, 11, 27)
    assert summary.designs == 40


def test_summary_describes_the_counts(loaded: DemoSummary) -> None:
    text = loaded.describe()
    assert "\n" not in text
    assert f"{loaded.production_entries} production entries" in text
    assert f"{loaded.orders} orders" in text
    assert "40 designs" in text


def test_a_full_year_is_large_shows_the_slump_and_loads_quickly(db: Database) -> None:
    started = time.perf_counter()
    summary = load_demo_data(db, DemoOptions(days=365, today=TODAY))
    elapsed = time.perf_counter() - started
    assert 5000 <= summary.production_entries <= 15000
    assert 40 <= summary.orders <= 90
    assert elapsed < 30  # about 3 s on the development PC; generous for slow CI machines
    with db.reading() as session:
        monthly = dict(
            session.execute(
                select(ProductionEntry.month, func.sum(ProductionEntry.good_qty)).group_by(
                    ProductionEntry.month
                )
            ).all()
        )
    first = TODAY - timedelta(days=364)

    def month_at(fraction: float) -> str:
        return (first + timedelta(days=round(364 * fraction))).strftime("%Y-%m")

    # Output before the sports week is well above output after it.
    assert monthly[month_at(0.25)] > 1.5 * monthly[month_at(0.45)]
