"""Materials, recipes and receipts: Indonesian decimals, refusals that change nothing, reversals."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from sentra_desktop.core.enums import MaterialUnit, MovementKind, StockItemKind
from sentra_desktop.core.errors import NotFoundError, SentraError, ValidationError
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.materials import MaterialInput, MaterialService, ReceiptInput
from sentra_desktop.services.production import ProductionInput, ProductionService
from sentra_desktop.services.stock import StockService
from tests.services.test_stock import World, balance_equals_ledger, fingerprint, ledger, make_world, on_hand

TODAY = date.today()


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)


@pytest.fixture
def materials(db: Database) -> MaterialService:
    return MaterialService(db)


def material(**changes: object) -> MaterialInput:
    values: dict[str, object] = {
        "code": "sbt",
        "name": "Serat  sabut kelapa",
        "unit": "kg",
        "low_stock_level": "1.500,5",
        "supplier": "UD Sabut",
    }
    values.update(changes)
    return MaterialInput(**values)  # type: ignore[arg-type]


# --- materials ---------------------------------------------------------------------------------


def test_create_list_edit_and_lifecycle(db: Database, world: World, materials: MaterialService) -> None:
    material_id = materials.create(material())
    detail = materials.get(material_id)
    assert (detail.code, detail.name, detail.unit, detail.low_stock_level) == (
        "SBT", "Serat sabut kelapa", MaterialUnit.KG, Decimal("1500.500")
    )  # fmt: skip
    assert not detail.has_history and not detail.unit_locked
    everything = ListQuery()
    assert materials.count(everything) == 4
    assert [r.code for r in materials.page(everything, 0, 10)] == ["LEM", "LTX", "RNG", "SBT"]
    assert [r.code for r in materials.page(everything.with_sort("low_stock_level", True), 0, 2)] == [
        "SBT",
        "LTX",
    ]
    assert [r.code for r in materials.page(everything.with_search("sabut"), 0, 10)] == ["SBT"]
    materials.update(material_id, 1, material(unit=MaterialUnit.LITRE, low_stock_level="2"))
    assert materials.get(material_id).unit == MaterialUnit.LITRE  # no movements yet: the unit may change
    with pytest.raises(SentraError) as stale:
        materials.update(material_id, 1, material())
    assert stale.value.code == "stale"
    materials.deactivate(material_id)
    assert materials.count(everything.with_filter("active", True)) == 3
    assert material_id not in {c.id for c in materials.choices()}
    assert material_id in {c.id for c in materials.choices(include_id=material_id)}
    materials.activate(material_id)
    materials.delete(material_id)
    with pytest.raises(NotFoundError):
        materials.get(material_id)


def test_referenced_material_keeps_its_unit_and_is_not_deleted(
    db: Database, world: World, materials: MaterialService
) -> None:
    assert materials.get(world.latex).has_history  # in a recipe
    with pytest.raises(SentraError) as caught:
        materials.delete(world.latex)
    assert caught.value.code == "has_history"
    materials.create_receipt(ReceiptInput(TODAY, world.glue, "", "1", "0"))
    detail = materials.get(world.glue)
    assert detail.unit_locked
    with pytest.raises(ValidationError) as refused:
        materials.update(world.glue, detail.version, material(code="LEM", name="Lem", unit="kg"))
    assert [(e.field, e.code) for e in refused.value.errors] == [("unit", "unit_locked")]


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"code": ""}, "code", "required"),
        ({"code": "L T X"}, "code", "invalid_code"),
        ({"code": "ltx"}, "code", "duplicate"),
        ({"name": "lateks"}, "name", "duplicate"),
        ({"name": " "}, "name", "required"),
        ({"unit": None}, "unit", "required"),
        ({"unit": "ton"}, "unit", "invalid_choice"),
        ({"low_stock_level": "1.5"}, "low_stock_level", "ambiguous_decimal"),
        ({"low_stock_level": "0,0001"}, "low_stock_level", "too_many_decimals"),
        ({"low_stock_level": "-2"}, "low_stock_level", "negative"),
        ({"low_stock_level": "banyak"}, "low_stock_level", "not_a_number"),
        ({"supplier": "x" * 121}, "supplier", "too_long"),
    ],
)
def test_bad_material_input_changes_nothing(
    db: Database, world: World, materials: MaterialService, changes: dict, field: str, code: str
) -> None:
    before = fingerprint(db)
    with pytest.raises(ValidationError) as caught:
        materials.create(material(**changes))
    assert [(e.field, e.code) for e in caught.value.errors] == [(field, code)]
    assert fingerprint(db) == before


# --- recipes -----------------------------------------------------------------------------------


def test_recipe_is_replaced_line_by_line(db: Database, world: World, materials: MaterialService) -> None:
    assert [(i.code, i.quantity_per_piece) for i in materials.recipe(world.keychain)] == [
        ("LTX", Decimal("0.025")),
        ("RNG", Decimal("1.000")),
    ]
    items = materials.set_recipe(world.keychain, [(world.glue, "0,002"), (world.latex, Decimal("0.03"))])
    assert [(i.code, i.quantity_per_piece, i.unit) for i in items] == [
        ("LEM", Decimal("0.002"), MaterialUnit.LITRE),
        ("LTX", Decimal("0.030"), MaterialUnit.KG),
    ]
    assert materials.set_recipe(world.keychain, []) == []
    with pytest.raises(NotFoundError):
        materials.recipe(9999)
    with pytest.raises(NotFoundError):
        materials.set_recipe(9999, [])


def test_bad_recipe_lines_are_reported_by_row_and_change_nothing(
    db: Database, world: World, materials: MaterialService
) -> None:
    materials.deactivate(world.glue)
    before = fingerprint(db)
    with pytest.raises(ValidationError) as caught:
        materials.set_recipe(
            world.keychain,
            [
                (world.latex, "0,02"),
                (world.latex, "0,03"),
                (world.ring, "0"),
                (world.glue, "1"),
                (None, "1"),
                (world.ring, "0,0005"),
                (9999, "1"),
            ],
        )
    assert sorted((e.params["row"], e.field, e.code) for e in caught.value.errors) == [
        (2, "material_id", "recipe_duplicate"),
        (3, "quantity", "not_positive"),
        (4, "material_id", "invalid_choice"),
        (5, "material_id", "required"),
        (6, "quantity", "too_many_decimals"),
        (7, "material_id", "invalid_choice"),
    ]
    assert fingerprint(db) == before


# --- receipts -----------------------------------------------------------------------------------


def test_receipt_posts_stock_and_void_reverses_it(
    db: Database, world: World, materials: MaterialService
) -> None:
    receipt_id = materials.create_receipt(
        ReceiptInput(TODAY - timedelta(days=2), world.latex, "", "12,5", "Rp 275.000", "lot A")
    )
    assert on_hand(db, StockItemKind.MATERIAL, world.latex) == Decimal("12.500")
    [row] = materials.receipts_page(ListQuery(), 0, 10)
    assert (row.material_code, row.supplier, row.quantity, row.total_price, row.unit_price, row.voided) == (
        "LTX", "", Decimal("12.500"), 275_000, 22_000, False
    )  # fmt: skip
    history = StockService(db).item_history(StockItemKind.MATERIAL, world.latex)
    assert [r.kind for r in history.rows] == [MovementKind.RECEIPT]
    before = ledger(db)
    materials.void_receipt(receipt_id)
    assert ledger(db)[: len(before)] == before
    assert on_hand(db, StockItemKind.MATERIAL, world.latex) == 0
    assert materials.receipts_count(ListQuery()) == 0
    assert materials.receipts_page(ListQuery(filters={"include_voided": True}), 0, 10)[0].voided
    with pytest.raises(SentraError) as caught:
        materials.void_receipt(receipt_id)
    assert caught.value.code == "already_voided"
    assert balance_equals_ledger(db)


def test_receipt_list_filters_and_supplier_default(
    db: Database, world: World, materials: MaterialService
) -> None:
    glue = materials.get(world.glue)
    materials.update(
        world.glue, glue.version, material(code="LEM", name="Lem", unit="litre", supplier="Toko Sinar")
    )
    materials.create_receipt(ReceiptInput(TODAY, world.glue, "  ", "2", "130.000"))
    materials.create_receipt(
        ReceiptInput(TODAY - timedelta(days=30), world.latex, "KUD Karya Tani", "100", "0")
    )
    rows = materials.receipts_page(ListQuery(), 0, 10)
    assert [(r.material_code, r.supplier) for r in rows] == [("LEM", "Toko Sinar"), ("LTX", "KUD Karya Tani")]
    assert materials.receipts_count(ListQuery(filters={"material_id": world.latex})) == 1
    assert materials.receipts_count(ListQuery(filters={"date_from": TODAY - timedelta(days=7)})) == 1
    assert materials.receipts_count(ListQuery(filters={"date_to": TODAY - timedelta(days=7)})) == 1
    assert materials.receipts_count(ListQuery(search="karya")) == 1
    by_price = materials.receipts_page(ListQuery(sort="total_price", descending=False), 0, 10)
    assert [r.total_price for r in by_price] == [0, 130_000]


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"received_on": TODAY + timedelta(days=1)}, "received_on", "future_date"),
        ({"received_on": "kemarin"}, "received_on", "not_a_date"),
        ({"material_id": None}, "material_id", "required"),
        ({"material_id": 9999}, "material_id", "invalid_choice"),
        ({"quantity": ""}, "quantity", "required"),
        ({"quantity": "0"}, "quantity", "not_positive"),
        ({"quantity": "-3"}, "quantity", "negative"),
        ({"quantity": "2.5"}, "quantity", "ambiguous_decimal"),
        ({"quantity": "1.000.001"}, "quantity", "too_large"),
        ({"total_price": "15.000,50"}, "total_price", "not_whole_rupiah"),
        ({"total_price": -1}, "total_price", "negative"),
        ({"note": "x" * 2001}, "note", "too_long"),
    ],
)
def test_bad_receipt_changes_nothing(
    db: Database, world: World, materials: MaterialService, changes: dict, field: str, code: str
) -> None:
    values: dict[str, object] = {
        "received_on": TODAY,
        "material_id": world.latex,
        "supplier": "",
        "quantity": "5",
        "total_price": "100.000",
    }
    values.update(changes)
    before = fingerprint(db)
    with pytest.raises(ValidationError) as caught:
        materials.create_receipt(ReceiptInput(**values))  # type: ignore[arg-type]
    assert [(e.field, e.code) for e in caught.value.errors] == [(field, code)]
    assert fingerprint(db) == before


def test_inactive_material_takes_no_receipts(db: Database, world: World, materials: MaterialService) -> None:
    materials.deactivate(world.latex)
    with pytest.raises(ValidationError) as caught:
        materials.create_receipt(ReceiptInput(TODAY, world.latex, "", "1", "0"))
    assert caught.value.errors[0].code == "material_inactive"
    # Production still uses it by the recipe, and warns when it runs short.
    saved = ProductionService(db).create(ProductionInput(TODAY, "TG-01", world.budi, "10"))
    assert saved.short_materials == ["LTX"]
