"""The stock ledger: every movement kind, balances kept with it, overview, ledger, history, check.

The helpers at the top (a small sentra, a database fingerprint, a ledger snapshot) are shared
with the production, material and stock-count tests.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select, text

from sentra_desktop.core.enums import DesignStatus, MaterialUnit, MovementKind, StockItemKind
from sentra_desktop.core.errors import NotFoundError
from sentra_desktop.db.base import Base
from sentra_desktop.db.inserts import bulk_insert, ordered_uuids
from sentra_desktop.db.models import AuditEntry, StockMovement
from sentra_desktop.services.catalogue_setup import ProductTypeInput, ProductTypeService
from sentra_desktop.services.database import Database
from sentra_desktop.services.designs import DesignInput, DesignService
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.materials import MaterialInput, MaterialService
from sentra_desktop.services.members import MakerInput, MakerService, MemberInput, MemberService
from sentra_desktop.services.production import ProductionInput, ProductionService
from sentra_desktop.services.stock import (
    StockService,
    post_movement,
    post_rows,
    reverse_movements,
)

TODAY = date.today()

# --- shared helpers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    """A small sentra: two product types, three designs, two makers, three materials, recipes."""

    keychain: int  # GK-01: 0,025 kg latex + 1 ring per piece
    coaster: int  # TG-01: 0,04 kg latex
    retired: int  # GK-OLD, retired, no recipe
    keychain_type: int
    coaster_type: int
    budi: int
    sari: int
    member: int
    latex: int
    ring: int
    glue: int  # no recipe uses it


def make_world(db: Database) -> World:
    types = ProductTypeService(db)
    keychain_type = types.create(ProductTypeInput(name="Gantungan kunci"))
    coaster_type = types.create(ProductTypeInput(name="Tatakan gelas"))
    designs = DesignService(db)
    keychain = designs.create(
        DesignInput(code="GK-01", name="Ampera", product_type_id=keychain_type, low_stock_level=50)
    )
    coaster = designs.create(DesignInput(code="TG-01", name="Songket", product_type_id=coaster_type))
    retired = designs.create(
        DesignInput(code="GK-OLD", name="Lama", product_type_id=keychain_type, status=DesignStatus.RETIRED)
    )
    member = MemberService(db).create(MemberInput(name="IKM Karya Karet"))
    makers = MakerService(db)
    budi = makers.create(MakerInput(name="Budi", member_business_id=member))
    sari = makers.create(MakerInput(name="Sari"))
    materials = MaterialService(db)
    latex = materials.create(
        MaterialInput(code="LTX", name="Lateks", unit=MaterialUnit.KG, low_stock_level="5")
    )
    ring = materials.create(MaterialInput(code="RNG", name="Ring", unit=MaterialUnit.PIECE))
    glue = materials.create(MaterialInput(code="LEM", name="Lem", unit=MaterialUnit.LITRE))
    materials.set_recipe(keychain, [(latex, "0,025"), (ring, "1")])
    materials.set_recipe(coaster, [(latex, "0,04")])
    return World(
        keychain, coaster, retired, keychain_type, coaster_type, budi, sari, member, latex, ring, glue
    )


def fingerprint(db: Database) -> dict[str, Any]:
    """Row counts of every table and the sum of all balances: equal fingerprints, unchanged data."""
    with db.reading() as session:
        counts = {
            name: session.scalar(select(func.count()).select_from(table))
            for name, table in Base.metadata.tables.items()
        }
        total = session.scalar(text("SELECT coalesce(sum(on_hand), 0) FROM stock_balance"))
    return {"counts": counts, "balance_sum": total}


def ledger(db: Database) -> list[tuple[Any, ...]]:
    """Every ledger row with every column, in id order."""
    with db.reading() as session:
        return [tuple(row) for row in session.execute(text("SELECT * FROM stock_movement ORDER BY id"))]


def balance_equals_ledger(db: Database) -> bool:
    """Every stored balance equals the sum of its ledger, and no item with movements lacks one."""
    return StockService(db).check_balances() == []


def on_hand(db: Database, kind: StockItemKind, item_id: int) -> Decimal:
    return StockService(db).on_hand(kind, item_id)


# --- posting ------------------------------------------------------------------------------------


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)


@pytest.fixture
def stock(db: Database) -> StockService:
    return StockService(db)


@pytest.mark.parametrize("kind", list(MovementKind))
def test_every_movement_kind_moves_the_balance(db: Database, world: World, kind: MovementKind) -> None:
    with db.transaction() as session:
        first = post_movement(
            session, material_id=world.glue, kind=kind, quantity=Decimal("2.5"), moved_on=TODAY, reference="x"
        )
        post_movement(session, design_id=world.keychain, kind=kind, quantity=-3, moved_on=TODAY)
        assert first.id is not None
    assert on_hand(db, StockItemKind.MATERIAL, world.glue) == Decimal("2.500")
    assert on_hand(db, StockItemKind.DESIGN, world.keychain) == Decimal(-3)
    with db.reading() as session:
        row = session.scalars(select(StockMovement).where(StockMovement.id == first.id)).one()
        assert (row.kind, row.created_by, row.reference) == (kind, "Penguji", "x")
        audited = session.scalar(
            select(func.count()).where(
                AuditEntry.table_name == "stock_movement", AuditEntry.record_id == first.id
            )
        )
    assert audited == 1
    assert balance_equals_ledger(db)


def test_post_rows_writes_audit_rows_like_the_orm_hook(db: Database, world: World) -> None:
    with db.transaction() as session:
        [movement_id] = post_rows(
            session,
            [
                {
                    "kind": MovementKind.RECEIPT,
                    "material_id": world.latex,
                    "quantity": Decimal("1.25"),
                    "moved_on": TODAY,
                    "reference": "r" * 80,
                }
            ],
        )
    with db.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.record_id == movement_id, AuditEntry.table_name == "stock_movement"
            )
        ).one()
        movement = session.get(StockMovement, movement_id)
        assert movement is not None
        assert movement.reference == "r" * 60 and movement.created_by == "Penguji"
        changes, actor = json.loads(entry.changes), entry.actor
    assert changes["quantity"] == "1.25" and changes["kind"] == "receipt"
    assert changes["moved_on"] == TODAY.isoformat() and actor == "Penguji"


@pytest.mark.parametrize(
    "values",
    [
        {"quantity": 1},  # no item
        {"design_id": 1, "material_id": 1, "quantity": 1},  # two items
        {"design_id": 1, "quantity": 0},  # nothing moves
        {"design_id": 1, "quantity": Decimal("1.5")},  # half a piece
    ],
)
def test_impossible_movements_are_programming_errors(db: Database, world: World, values: dict) -> None:
    before = fingerprint(db)
    with pytest.raises(ValueError), db.transaction() as session:
        post_movement(session, kind=MovementKind.ADJUSTMENT, moved_on=TODAY, **values)
    assert fingerprint(db) == before


def test_reverse_movements_cancels_a_source_once(db: Database, world: World) -> None:
    saved = ProductionService(db).create(ProductionInput(TODAY, "GK-01", world.budi, "10", "2"))
    before = ledger(db)
    with db.transaction() as session:
        assert len(reverse_movements(session, production_entry_id=saved.entry_id)) == 3
        assert reverse_movements(session, production_entry_id=saved.entry_id) == []
    after = ledger(db)
    assert after[: len(before)] == before
    assert on_hand(db, StockItemKind.DESIGN, world.keychain) == 0
    assert on_hand(db, StockItemKind.MATERIAL, world.latex) == 0
    with pytest.raises(ValueError), db.transaction() as session:
        reverse_movements(session)


def test_bulk_insert_stores_what_the_orm_would_read_back(db: Database, world: World) -> None:
    [key] = ordered_uuids(1)
    moment = datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
    with db.transaction() as session:
        bulk_insert(
            session,
            StockMovement.__table__,  # type: ignore[arg-type]
            (
                "uuid",
                "created_at",
                "created_by",
                "kind",
                "material_id",
                "quantity",
                "moved_on",
                "reference",
                "note",
            ),
            [(key, moment, "x", MovementKind.RECEIPT, world.glue, Decimal("0.75"), TODAY, "", "")],
        )
    with db.reading() as session:
        row = session.scalars(select(StockMovement).where(StockMovement.uuid == key)).one()
        stored = (row.quantity, row.kind, row.moved_on, row.created_at)
    assert stored == (
        Decimal("0.750"),
        MovementKind.RECEIPT,
        TODAY,
        moment,
    )
    keys = ordered_uuids(5000)
    assert key.version == 7 and keys == sorted(keys) and len(set(keys)) == 5000


# --- overview and alerts ------------------------------------------------------------------------


def _receive(db: Database, material_id: int, quantity: str, day: date = TODAY) -> int:
    from sentra_desktop.services.materials import ReceiptInput

    return MaterialService(db).create_receipt(ReceiptInput(day, material_id, "Toko", quantity, "0"))


def test_overview_lists_designs_and_materials_with_flags(
    db: Database, world: World, stock: StockService
) -> None:
    _receive(db, world.latex, "3")  # below its level of 5
    ProductionService(db).create(ProductionInput(TODAY, "GK-01", world.budi, "20"))  # rings go negative
    everything = ListQuery()
    rows = {row.code: row for row in stock.page(everything, 0, 100)}
    assert set(rows) == {"GK-01", "TG-01", "LTX", "RNG", "LEM"}  # the retired design holds nothing
    assert stock.count(everything) == 5
    gk, ltx, rng = rows["GK-01"], rows["LTX"], rows["RNG"]
    assert (gk.kind, gk.unit, gk.on_hand, gk.low_stock_level, gk.is_low) == (
        StockItemKind.DESIGN, "pcs", Decimal(20), Decimal(50), True
    )  # fmt: skip
    assert gk.product_type == "Gantungan kunci" and ltx.product_type == ""
    assert (ltx.unit, ltx.on_hand, ltx.is_low, ltx.is_negative) == ("kg", Decimal("2.500"), True, False)
    assert (rng.on_hand, rng.is_negative, rng.is_low) == (Decimal(-20), True, False)
    assert [r.code for r in stock.page(everything.with_filter("kind", "material"), 0, 10)] == [
        "LEM",
        "LTX",
        "RNG",
    ]
    assert [r.code for r in stock.page(everything.with_filter("low_only", True), 0, 10)] == ["GK-01", "LTX"]
    assert stock.count(everything.with_search("lat")) == 1
    by_hand = [r.code for r in stock.page(everything.with_sort("on_hand", True), 0, 10)]
    assert by_hand[0] == "GK-01" and by_hand[-1] == "RNG"
    assert [r.code for r in stock.page(everything.with_sort("name"), 0, 2)] == ["GK-01", "LTX"]
    assert [r.code for r in stock.page(everything.with_sort("code"), 0, 10)] == sorted(rows)
    assert [r.code for r in stock.low_stock_items()] == ["GK-01", "LTX"]
    MaterialService(db).deactivate(world.latex)  # inactive: no alert, but still listed while it holds stock
    assert [r.code for r in stock.low_stock_items()] == ["GK-01"]
    assert "LTX" in {r.code for r in stock.page(everything, 0, 100)}


# --- ledger and history ---------------------------------------------------------------------------


def _expected_running(db: Database) -> dict[int, Decimal]:
    """Balance after every movement, recomputed the slow way."""
    result: dict[int, Decimal] = {}
    totals: dict[tuple[Any, Any], Decimal] = {}
    with db.reading() as session:
        rows = session.execute(
            select(
                StockMovement.id, StockMovement.design_id, StockMovement.material_id, StockMovement.quantity
            ).order_by(StockMovement.moved_on, StockMovement.id)
        ).all()
    for movement_id, design_id, material_id, quantity in rows:
        key = (design_id, material_id)
        totals[key] = totals.get(key, Decimal(0)) + quantity
        result[movement_id] = totals[key]
    return result


def _busy_ledger(db: Database, world: World, days: int = 40) -> None:
    production = ProductionService(db)
    for offset in range(days, 0, -1):
        day = TODAY - timedelta(days=offset)
        if offset % 7 == 0:
            _receive(db, world.latex, "2,5", day)
        production.create(
            ProductionInput(day, "GK-01" if offset % 3 else "TG-01", world.budi, str(offset), "1")
        )
        if offset % 5 == 0:
            production.create(
                ProductionInput(day - timedelta(days=3), "GK-01", world.sari, "4")
            )  # entered late


def test_ledger_running_balance_per_item(db: Database, world: World, stock: StockService) -> None:
    _busy_ledger(db, world)
    expected = _expected_running(db)
    total = stock.ledger_count(ListQuery())
    assert total == len(expected)
    for query in (ListQuery(), ListQuery(descending=True)):
        seen = []
        for offset in range(0, total, 7):
            for row in stock.ledger_page(query, offset, 7):
                assert row.balance_after == expected[row.id], row
                seen.append(row.id)
        assert len(seen) == len(set(seen)) == total
    latex = ListQuery(filters={"item_kind": "material", "item_id": world.latex})
    rows = stock.ledger_page(latex, 0, 1000)
    assert {r.item_code for r in rows} == {"LTX"} and rows[-1].balance_after == on_hand(
        db, StockItemKind.MATERIAL, world.latex
    )
    receipts = ListQuery(filters={"kind": "receipt"})
    assert {r.kind for r in stock.ledger_page(receipts, 0, 100)} == {MovementKind.RECEIPT}
    assert all(r.balance_after == expected[r.id] for r in stock.ledger_page(receipts, 0, 100))
    window = ListQuery(
        filters={"date_from": TODAY - timedelta(days=10), "date_to": TODAY - timedelta(days=5)}
    )
    assert all(
        TODAY - timedelta(days=10) <= r.moved_on <= TODAY - timedelta(days=5)
        for r in stock.ledger_page(window, 0, 100)
    )
    assert stock.ledger_count(window) == len(stock.ledger_page(window, 0, 1000)) > 0


def test_deep_ledger_pages_read_from_the_other_end(db: Database, world: World, stock: StockService) -> None:
    ProductionService(db).bulk_create(
        ProductionInput(TODAY - timedelta(days=i % 90), "GK-01", world.budi, str(1 + i % 9))
        for i in range(1200)
    )
    total = stock.ledger_count(ListQuery())
    assert total == 3600
    expected = _expected_running(db)
    forward = [r.id for offset in range(0, total, 500) for r in stock.ledger_page(ListQuery(), offset, 500)]
    backward = [
        r.id
        for offset in range(0, total, 500)
        for r in stock.ledger_page(ListQuery(descending=True), offset, 500)
    ]
    assert forward == list(reversed(backward)) and len(set(forward)) == total
    tail = stock.ledger_page(ListQuery(), total - 3, 10)
    assert [r.id for r in tail] == forward[-3:] and all(r.balance_after == expected[r.id] for r in tail)
    assert stock.ledger_page(ListQuery(), total + 5000, 10) == []


def test_item_history_opening_and_closing(db: Database, world: World, stock: StockService) -> None:
    _busy_ledger(db, world)
    expected = _expected_running(db)
    everything = stock.item_history(StockItemKind.MATERIAL, world.latex)
    assert everything.opening == 0 and everything.closing == on_hand(db, StockItemKind.MATERIAL, world.latex)
    for start in (TODAY - timedelta(days=38), TODAY - timedelta(days=20), TODAY - timedelta(days=2)):
        part = stock.item_history(StockItemKind.MATERIAL, world.latex, start, TODAY - timedelta(days=1))
        earlier = [r for r in everything.rows if r.moved_on < start]
        assert part.opening == (earlier[-1].balance_after if earlier else 0)
        assert all(r.balance_after == expected[r.id] and r.moved_on >= start for r in part.rows)
        assert part.closing == (part.rows[-1].balance_after if part.rows else part.opening)
    design = stock.item_history(StockItemKind.DESIGN, world.keychain, TODAY - timedelta(days=10))
    assert all(r.quantity == r.quantity.to_integral_value() for r in design.rows)
    assert stock.item_history(StockItemKind.MATERIAL, world.glue).rows == []
    with pytest.raises(NotFoundError):
        stock.item_history(StockItemKind.DESIGN, 9999)


def test_check_balances_finds_a_tampered_or_missing_balance(
    db: Database, world: World, stock: StockService
) -> None:
    _busy_ledger(db, world, days=10)
    assert stock.check_balances() == []
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            f"UPDATE stock_balance SET on_hand = on_hand + 1 WHERE material_id = {world.latex}"
        )
        conn.exec_driver_sql(f"DELETE FROM stock_balance WHERE design_id = {world.coaster}")
    found = {(m.item_kind, m.code): m for m in stock.check_balances()}
    assert set(found) == {(StockItemKind.MATERIAL, "LTX"), (StockItemKind.DESIGN, "TG-01")}
    latex = found[(StockItemKind.MATERIAL, "LTX")]
    assert latex.balance - latex.ledger_sum == Decimal("0.001")
    assert found[(StockItemKind.DESIGN, "TG-01")].balance == 0
