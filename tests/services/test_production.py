"""Production entries: postings, refusals that change nothing, reversals, the list at depth, bulk.

Ends with a property test: after any sequence of entries, edits, deletes, undos, receipts and
imports, every balance equals the sum of its ledger and no ledger row was ever changed.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from sentra_desktop.core.enums import MovementKind, StockItemKind
from sentra_desktop.core.errors import ConflictError, NotFoundError, SentraError, ValidationError
from sentra_desktop.core.messages import describe
from sentra_desktop.core.quantities import reject_rate
from sentra_desktop.db.models import AuditEntry, ProductionEntry, StockMovement
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.materials import MaterialService, ReceiptInput
from sentra_desktop.services.members import MakerService
from sentra_desktop.services.paging import FLIP_FROM
from sentra_desktop.services.production import DuplicateEntryError, ProductionInput, ProductionService
from tests.services.test_stock import World, balance_equals_ledger, fingerprint, ledger, make_world, on_hand

TODAY = date.today()


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)


@pytest.fixture
def production(db: Database) -> ProductionService:
    return ProductionService(db)


def entry(world: World, **changes: object) -> ProductionInput:
    values: dict[str, object] = {
        "produced_on": TODAY,
        "design": "GK-01",
        "maker_id": world.budi,
        "good_qty": "100",
        "reject_qty": "4",
    }
    values.update(changes)
    return ProductionInput(**values)  # type: ignore[arg-type]


def movements_of(db: Database, entry_id: int) -> list[tuple[MovementKind, int | None, int | None, Decimal]]:
    with db.reading() as session:
        rows = session.execute(
            select(
                StockMovement.kind, StockMovement.design_id, StockMovement.material_id, StockMovement.quantity
            )
            .where(StockMovement.production_entry_id == entry_id)
            .order_by(StockMovement.id)
        ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


# --- saving -------------------------------------------------------------------------------------


def test_saving_posts_goods_in_and_materials_for_good_and_rejects(
    db: Database, world: World, production: ProductionService
) -> None:
    saved = production.create(entry(world, note="  cetakan baru  "))
    assert (saved.design_code, saved.design_name, saved.good_qty, saved.reject_qty) == (
        "GK-01",
        "Ampera",
        100,
        4,
    )
    assert saved.short_materials == ["LTX", "RNG"]  # nothing was received: both went below zero
    assert movements_of(db, saved.entry_id) == [
        (MovementKind.PRODUCTION_IN, world.keychain, None, Decimal(100)),
        (MovementKind.PRODUCTION_USE, None, world.latex, Decimal("-2.600")),
        (MovementKind.PRODUCTION_USE, None, world.ring, Decimal(-104)),
    ]
    assert on_hand(db, StockItemKind.DESIGN, world.keychain) == 100
    assert on_hand(db, StockItemKind.MATERIAL, world.latex) == Decimal("-2.600")
    detail = production.get(saved.entry_id)
    assert (detail.note, detail.maker, detail.version, detail.voided, detail.created_by) == (
        "cetakan baru", "Budi", 1, False, "Penguji"
    )  # fmt: skip
    assert [(m.code, m.quantity) for m in detail.materials] == [
        ("LTX", Decimal("2.600")),
        ("RNG", Decimal(104)),
    ]
    with db.reading() as session:
        row = session.get(ProductionEntry, saved.entry_id)
        assert row is not None and (row.month, row.member_business_id) == (
            TODAY.strftime("%Y-%m"),
            world.member,
        )
        audit = session.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "production_entry", AuditEntry.record_id == row.id
            )
        ).one()
        assert audit.actor == "Penguji" and json.loads(audit.changes)["good_qty"] == 100
    assert balance_equals_ledger(db)


def test_no_warning_when_materials_suffice_and_design_by_id(
    db: Database, world: World, production: ProductionService
) -> None:
    MaterialService(db).create_receipt(ReceiptInput(TODAY, world.latex, "", "10", "100.000"))
    saved = production.create(entry(world, design=world.coaster, good_qty=50, reject_qty=0))
    assert saved.short_materials == [] and saved.design_code == "TG-01"
    assert production.create(entry(world, design=" gk-01 ", maker_id=world.sari)).design_code == "GK-01"


def test_duplicate_is_refused_unless_allowed(
    db: Database, world: World, production: ProductionService
) -> None:
    first = production.create(entry(world))
    before = fingerprint(db)
    with pytest.raises(DuplicateEntryError) as caught:
        production.create(entry(world, good_qty="5"))
    assert caught.value.code == "duplicate_entry" and caught.value.params["design"] == "GK-01"
    assert "Budi" in describe(caught.value)
    assert fingerprint(db) == before
    production.create(entry(world, maker_id=world.sari))  # another maker is not a duplicate
    second = production.create(entry(world, good_qty="5"), allow_duplicate=True)
    production.delete(first.entry_id)
    production.delete(second.entry_id)
    production.create(entry(world))  # voided entries do not count


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"produced_on": TODAY + timedelta(days=1)}, "produced_on", "future_date"),
        ({"produced_on": "31/02/2026"}, "produced_on", "not_a_date"),
        ({"produced_on": ""}, "produced_on", "required"),
        ({"design": "XX-99"}, "design", "unknown_design"),
        ({"design": 9999}, "design", "unknown_design"),
        ({"design": "  "}, "design", "required"),
        ({"design": "GK-OLD"}, "design", "design_retired"),
        ({"maker_id": None}, "maker_id", "required"),
        ({"maker_id": 9999}, "maker_id", "invalid_choice"),
        ({"good_qty": "-5"}, "good_qty", "negative"),
        ({"good_qty": -5}, "good_qty", "negative"),
        ({"good_qty": "sepuluh"}, "good_qty", "not_a_number"),
        ({"good_qty": "1,5"}, "good_qty", "not_whole_number"),
        ({"good_qty": "1.5"}, "good_qty", "ambiguous_decimal"),
        ({"good_qty": ""}, "good_qty", "required"),
        ({"good_qty": "0", "reject_qty": "0"}, "good_qty", "nothing_produced"),
        ({"good_qty": "1.000.001"}, "good_qty", "too_large"),
        ({"good_qty": 600_000, "reject_qty": 400_001}, "good_qty", "too_large"),
        ({"reject_qty": "-1"}, "reject_qty", "negative"),
        ({"reject_qty": True}, "reject_qty", "not_a_number"),
        ({"note": "x" * 2001}, "note", "too_long"),
    ],
)
def test_each_bad_input_is_refused_at_its_field_and_changes_nothing(
    db: Database, world: World, production: ProductionService, changes: dict, field: str, code: str
) -> None:
    saved = production.create(entry(world, maker_id=world.sari))
    before = fingerprint(db)
    with pytest.raises(ValidationError) as caught:
        production.create(entry(world, **changes))
    assert [(e.field, e.code) for e in caught.value.errors] == [(field, code)]
    with pytest.raises(ValidationError):
        production.update(saved.entry_id, 1, entry(world, **{"maker_id": world.sari, **changes}))
    assert fingerprint(db) == before


def test_all_problems_are_reported_at_once(world: World, production: ProductionService) -> None:
    with pytest.raises(ValidationError) as caught:
        production.create(ProductionInput(TODAY + timedelta(days=3), "NOPE", None, "x", "-1"))
    assert {e.field for e in caught.value.errors} == {
        "produced_on",
        "design",
        "maker_id",
        "good_qty",
        "reject_qty",
    }


def test_inactive_maker_is_refused_for_new_entries_only(
    db: Database, world: World, production: ProductionService
) -> None:
    saved = production.create(entry(world))
    MakerService(db).deactivate(world.budi)
    assert [c.name for c in production.maker_choices()] == ["Sari"]
    with pytest.raises(ValidationError):
        production.create(entry(world, produced_on=TODAY - timedelta(days=1)))
    production.update(saved.entry_id, 1, entry(world, good_qty="90"))  # its own maker stays allowed


# --- edits, deletes, undo -------------------------------------------------------------------------


def test_edit_reverses_and_reposts_without_touching_the_ledger(
    db: Database, world: World, production: ProductionService
) -> None:
    saved = production.create(entry(world))
    before = ledger(db)
    updated = production.update(
        saved.entry_id, 1, entry(world, design="TG-01", good_qty="30", reject_qty="0")
    )
    after = ledger(db)
    assert after[: len(before)] == before  # no ledger row changed or vanished
    assert updated.design_code == "TG-01"
    kinds = [m[0] for m in movements_of(db, saved.entry_id)]
    assert kinds.count(MovementKind.REVERSAL) == 3 and len(kinds) == 3 + 3 + 2
    assert on_hand(db, StockItemKind.DESIGN, world.keychain) == 0
    assert on_hand(db, StockItemKind.DESIGN, world.coaster) == 30
    assert on_hand(db, StockItemKind.MATERIAL, world.ring) == 0
    assert on_hand(db, StockItemKind.MATERIAL, world.latex) == Decimal("-1.200")
    detail = production.get(saved.entry_id)
    assert (detail.design_code, detail.good_qty, detail.version) == ("TG-01", 30, 2)
    with pytest.raises(ConflictError):
        production.update(saved.entry_id, 1, entry(world))
    with db.reading() as session:
        changes = session.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.table_name == "production_entry", AuditEntry.action == "update"
            )
        ).one()
    assert json.loads(changes)["good_qty"] == [100, 30]
    assert balance_equals_ledger(db)


def test_editing_only_the_note_posts_nothing(
    db: Database, world: World, production: ProductionService
) -> None:
    saved = production.create(entry(world))
    before = ledger(db)
    production.update(saved.entry_id, 1, entry(world, note="gelembung udara"))
    assert ledger(db) == before and production.get(saved.entry_id).note == "gelembung udara"


def test_delete_and_undo_void_and_reverse(db: Database, world: World, production: ProductionService) -> None:
    kept = production.create(entry(world, maker_id=world.sari, good_qty="7", reject_qty="0"))
    saved = production.create(entry(world))
    before = ledger(db)
    production.undo(saved.entry_id)
    assert ledger(db)[: len(before)] == before
    assert production.get(saved.entry_id).voided
    assert [r.id for r in production.page(ListQuery(), 0, 10)] == [kept.entry_id]
    assert production.totals(ListQuery()).entries == 1
    assert on_hand(db, StockItemKind.DESIGN, world.keychain) == 7
    for action in (production.delete, production.undo):
        with pytest.raises(NotFoundError):
            action(saved.entry_id)
    with pytest.raises(NotFoundError):
        production.update(saved.entry_id, 2, entry(world))
    with pytest.raises(NotFoundError):
        production.get(123456)
    assert balance_equals_ledger(db)


def test_recipe_changes_never_rewrite_history(
    db: Database, world: World, production: ProductionService
) -> None:
    old = production.create(entry(world, good_qty="40", reject_qty="0"))
    old_movements = movements_of(db, old.entry_id)
    MaterialService(db).set_recipe(world.keychain, [(world.latex, "0,05"), (world.glue, "0,001")])
    assert movements_of(db, old.entry_id) == old_movements
    new = production.create(entry(world, maker_id=world.sari, good_qty="40", reject_qty="0"))
    assert [m[2:] for m in movements_of(db, new.entry_id)[1:]] == [
        (world.latex, Decimal("-2.000")),
        (world.glue, Decimal("-0.040")),
    ]
    # An edit is a new save: it posts by the recipe as it stands now.
    production.update(old.entry_id, 1, entry(world, good_qty="20", reject_qty="0"))
    assert on_hand(db, StockItemKind.MATERIAL, world.ring) == 0
    assert on_hand(db, StockItemKind.MATERIAL, world.latex) == Decimal("-3.000")


# --- the list ------------------------------------------------------------------------------------


def _all_entries(db: Database) -> list[tuple[int, date, str, str, int, int]]:
    with db.reading() as session:
        rows = session.execute(
            text(
                "SELECT p.id, p.produced_on, d.code, m.name, p.good_qty, p.reject_qty FROM production_entry p"
                " JOIN design_variant d ON d.id = p.design_id JOIN maker m ON m.id = p.maker_id"
                " WHERE p.voided_at IS NULL"
            )
        ).all()
    return [(r[0], date.fromisoformat(str(r[1])), r[2], r[3], r[4], r[5]) for r in rows]


def test_list_filters_search_and_totals(db: Database, world: World, production: ProductionService) -> None:
    production.create(entry(world, produced_on=TODAY - timedelta(days=40), good_qty="10", reject_qty="0"))
    production.create(entry(world, design="TG-01", good_qty="30", reject_qty="2"))
    production.create(entry(world, maker_id=world.sari, good_qty="50", reject_qty="5"))
    recent = ListQuery(filters={"date_from": TODAY - timedelta(days=31), "date_to": TODAY})
    assert production.count(recent) == 2
    totals = production.totals(ListQuery())
    assert (totals.entries, totals.good, totals.reject, totals.reject_rate) == (3, 90, 7, Decimal("7.2"))
    assert production.count(ListQuery(filters={"design_id": world.coaster})) == 1
    assert production.count(ListQuery(filters={"product_type_id": world.keychain_type})) == 2
    assert production.count(ListQuery(filters={"product_type_id": 9999})) == 0
    assert production.count(ListQuery(filters={"maker_id": world.sari})) == 1
    assert production.count(ListQuery(search="sari")) == 1
    assert production.count(ListQuery(search="songket")) == 1
    assert production.count(ListQuery(search="ampera budi")) == 1
    assert production.count(ListQuery(search="tidak-ada")) == 0
    assert production.page(ListQuery(search="tidak-ada"), 0, 10) == []
    assert production.totals(ListQuery(search="tidak-ada")).reject_rate == 0
    assert (
        production.count(recent.with_filter("date_from", (TODAY - timedelta(days=31)).strftime("%d/%m/%Y")))
        == 2
    )
    row = production.page(ListQuery(search="songket"), 0, 1)[0]
    assert (row.design_code, row.product_type, row.maker, row.good_qty, row.version) == (
        "TG-01", "Tatakan gelas", "Budi", 30, 1
    )  # fmt: skip
    assert [d.code for d in production.design_choices()] == ["GK-01", "TG-01"]
    assert reject_rate(0, 0) == 0 and reject_rate(2, 1) == Decimal("33.3")


def test_every_sort_and_deep_pages_match_a_plain_sort(
    db: Database, world: World, production: ProductionService
) -> None:
    """Pages read from either end, and by group, tile the list exactly as one plain sort would."""
    count = FLIP_FROM + 700
    production.bulk_create(
        ProductionInput(
            TODAY - timedelta(days=i % 200),
            ("GK-01", "TG-01")[i % 2],
            (world.budi, world.sari)[(i // 2) % 2],
            str(1 + (i * 7) % 23),
            str(i % 4),
        )
        for i in range(count)
    )
    production.delete(5)
    rows = _all_entries(db)
    assert production.count(ListQuery()) == len(rows) == count - 1

    def newest(r: tuple) -> tuple:
        return (-r[1].toordinal(), -r[0])

    expected = {
        (None, False): sorted(rows, key=newest),
        ("produced_on", False): sorted(rows, key=lambda r: (r[1], r[0])),
        ("produced_on", True): sorted(rows, key=newest),
        ("design", False): sorted(rows, key=lambda r: (r[2], *newest(r))),
        ("design", True): sorted(rows, key=lambda r: (r[2], *(-x for x in newest(r))), reverse=True),
        ("maker", False): sorted(rows, key=lambda r: (r[3], *newest(r))),
        ("good_qty", True): sorted(rows, key=lambda r: (-r[4], *newest(r))),
        ("reject_qty", False): sorted(rows, key=lambda r: (r[5], *newest(r))),
    }
    for (sort, descending), wanted in expected.items():
        query = ListQuery(sort=sort, descending=descending)
        page = 250
        got = [r.id for offset in range(0, len(rows), page) for r in production.page(query, offset, page)]
        assert got == [r[0] for r in wanted], (sort, descending)
        last = production.page(query, len(rows) - 3, 10)
        assert [r.id for r in last] == [r[0] for r in wanted[-3:]]
    typed = ListQuery(filters={"product_type_id": world.keychain_type})
    keychains = [r[0] for r in expected[(None, False)] if r[2] == "GK-01"]
    assert [r.id for r in production.page(typed, FLIP_FROM // 2 + 10, 5)] == keychains[FLIP_FROM // 2 + 10 :][
        :5
    ]
    assert production.page(ListQuery(), count + 10, 10) == []
    assert production.page(ListQuery(), 0, 0) == []


# --- bulk import -------------------------------------------------------------------------------


def test_bulk_create_posts_everything_and_records_one_audit_row(
    db: Database, world: World, production: ProductionService
) -> None:
    rows = [entry(world, produced_on=TODAY - timedelta(days=i), good_qty=str(10 + i)) for i in range(50)]
    assert production.bulk_create(rows) == 50
    assert production.bulk_create([]) == 0
    assert production.totals(ListQuery()).good == sum(10 + i for i in range(50))
    assert on_hand(db, StockItemKind.DESIGN, world.keychain) == sum(10 + i for i in range(50))
    assert on_hand(db, StockItemKind.MATERIAL, world.ring) == -sum(14 + i for i in range(50))
    assert balance_equals_ledger(db)
    with db.reading() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.record_id.is_(None))).one()
        assert json.loads(audit.changes)["bulk_import"] == 50 and audit.actor == "Penguji"
        assert session.scalar(select(StockMovement.created_by).limit(1)) == "Penguji"
    detail = production.get(production.page(ListQuery(), 0, 1)[0].id)
    assert detail.version == 1 and [m.code for m in detail.materials] == ["LTX", "RNG"]


def test_bulk_create_refuses_the_whole_import_with_row_numbers(
    db: Database, world: World, production: ProductionService
) -> None:
    before = fingerprint(db)
    rows = [
        entry(world),
        entry(world, design="NOPE"),
        entry(world, good_qty="-1", maker_id=None),
        entry(world),
    ]
    with pytest.raises(ValidationError) as caught:
        production.bulk_create(rows)
    assert sorted((e.params["row"], e.field, e.code) for e in caught.value.errors) == [
        (2, "design", "unknown_design"),
        (3, "good_qty", "negative"),
        (3, "maker_id", "required"),
    ]
    assert fingerprint(db) == before


# --- the property --------------------------------------------------------------------------------

_ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["create", "update", "delete", "undo", "receipt", "void_receipt", "bulk", "recipe"]),
        st.integers(min_value=0, max_value=40),
        st.integers(min_value=0, max_value=12),
        st.integers(min_value=0, max_value=3),
    ),
    min_size=1,
    max_size=12,
)


@pytest.fixture
def fresh_databases(migrated_template: Path, tmp_path: Path) -> Iterator[list[Database]]:
    """Each hypothesis example opens its own copy of the migrated template."""
    opened: list[Database] = []
    yield opened
    for database in opened:
        database.dispose()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=_ACTIONS)
def test_balances_always_equal_the_ledger(
    migrated_template: Path, tmp_path: Path, fresh_databases: list[Database], actions: list[tuple]
) -> None:
    path = tmp_path / f"p{len(fresh_databases)}.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = Database.open(f"sqlite:///{path}", actor="Hypothesis")
    fresh_databases.append(db)
    world = make_world(db)
    production, materials = ProductionService(db), MaterialService(db)
    designs, makers = ("GK-01", "TG-01"), (world.budi, world.sari)
    entries: list[int] = []
    receipts: list[int] = []
    for action, good, reject, pick in actions:
        before = ledger(db)
        data = ProductionInput(
            TODAY - timedelta(days=pick), designs[pick % 2], makers[pick // 2 % 2], good, reject
        )
        try:
            if action == "create":
                entries.append(production.create(data, allow_duplicate=pick == 3).entry_id)
            elif action == "update" and entries:
                target = entries[pick % len(entries)]
                production.update(target, production.get(target).version, data, allow_duplicate=True)
            elif action in ("delete", "undo") and entries:
                getattr(production, action)(entries.pop(pick % len(entries)))
            elif action == "receipt":
                receipts.append(
                    materials.create_receipt(ReceiptInput(TODAY, world.latex, "", f"{good},{reject}", "0"))
                )
            elif action == "void_receipt" and receipts:
                materials.void_receipt(receipts.pop(pick % len(receipts)))
            elif action == "bulk":
                production.bulk_create([data] * (pick + 1))
            elif action == "recipe":
                materials.set_recipe(
                    world.keychain, [(world.ring, str(pick + 1)), (world.glue, f"0,{good + 1}")]
                )
        except (ValidationError, SentraError) as exc:
            assert exc.code in ("invalid", "duplicate_entry")
        assert ledger(db)[: len(before)] == before
        assert balance_equals_ledger(db)
    with db.reading() as session:
        net = session.execute(
            text(
                "SELECT coalesce(sum(quantity), 0) FROM stock_movement m JOIN production_entry p"
                " ON p.id = m.production_entry_id WHERE p.voided_at IS NOT NULL"
            )
        ).scalar()
    assert net == 0  # a voided entry's movements cancel out
