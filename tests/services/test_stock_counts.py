"""Stock counts: snapshots, counted quantities as typed, adjustments against current stock."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from sentra_desktop.core.enums import MovementKind, StockCountStatus, StockItemKind
from sentra_desktop.core.errors import NotFoundError, SentraError, ValidationError
from sentra_desktop.services.database import Database
from sentra_desktop.services.designs import DesignService
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.materials import MaterialService, ReceiptInput
from sentra_desktop.services.production import ProductionInput, ProductionService
from sentra_desktop.services.stock import StockService
from sentra_desktop.services.stock_counts import StockCountService
from tests.services.test_stock import World, balance_equals_ledger, fingerprint, ledger, make_world, on_hand

TODAY = date.today()


@pytest.fixture
def world(db: Database) -> World:
    world = make_world(db)
    MaterialService(db).create_receipt(ReceiptInput(TODAY, world.latex, "", "10", "0"))
    ProductionService(db).create(ProductionInput(TODAY, "GK-01", world.budi, "40", "0"))
    return world


@pytest.fixture
def counts(db: Database) -> StockCountService:
    return StockCountService(db)


def test_start_snapshots_items_in_use(db: Database, world: World, counts: StockCountService) -> None:
    count_id = counts.start(TODAY, None, "akhir bulan")
    lines = counts.lines(count_id)
    assert [(line.item_kind, line.code, line.expected) for line in lines] == [
        (StockItemKind.DESIGN, "GK-01", Decimal(40)),
        (StockItemKind.DESIGN, "TG-01", Decimal(0)),
        (StockItemKind.MATERIAL, "LEM", Decimal("0.000")),
        (StockItemKind.MATERIAL, "LTX", Decimal("9.000")),
        (StockItemKind.MATERIAL, "RNG", Decimal("-40.000")),
    ]  # the retired design with nothing on hand is not counted
    assert all(line.counted is None and line.difference is None for line in lines)
    assert lines[0].unit == "pcs" and lines[3].unit == "kg"
    only_materials = counts.start(TODAY.strftime("%d/%m/%Y"), StockItemKind.MATERIAL)
    assert {line.item_kind for line in counts.lines(only_materials)} == {StockItemKind.MATERIAL}
    summaries = counts.open_counts()
    assert [(s.id, s.kind, s.lines, s.counted_lines) for s in summaries] == [
        (only_materials, StockItemKind.MATERIAL, 3, 0),
        (count_id, None, 5, 0),
    ]
    assert counts.summary(count_id).note == "akhir bulan" and counts.summary(count_id).created_by == "Penguji"
    with pytest.raises(NotFoundError):
        counts.summary(9999)


def test_bad_start_changes_nothing(db: Database, world: World, counts: StockCountService) -> None:
    before = fingerprint(db)
    for day, code in ((TODAY + timedelta(days=1), "future_date"), ("besok", "not_a_date")):
        with pytest.raises(ValidationError) as caught:
            counts.start(day)
        assert caught.value.errors[0].code == code
    assert fingerprint(db) == before


@pytest.mark.parametrize(
    ("kind", "text", "code"),
    [
        (StockItemKind.DESIGN, "1,5", "not_whole_number"),
        (StockItemKind.DESIGN, "-1", "negative"),
        (StockItemKind.MATERIAL, "2.5", "ambiguous_decimal"),
        (StockItemKind.MATERIAL, "0,0001", "too_many_decimals"),
        (StockItemKind.MATERIAL, "sedikit", "not_a_number"),
        (StockItemKind.MATERIAL, "10.000.001", "too_large"),
    ],
)
def test_bad_counted_quantity_changes_nothing(
    db: Database, world: World, counts: StockCountService, kind: StockItemKind, text: str, code: str
) -> None:
    count_id = counts.start(TODAY)
    line = next(line for line in counts.lines(count_id) if line.item_kind == kind)
    before = fingerprint(db)
    with pytest.raises(ValidationError) as caught:
        counts.set_counted(line.id, text)
    assert [(e.field, e.code) for e in caught.value.errors] == [("counted", code)]
    assert fingerprint(db) == before


def test_post_adjusts_against_current_stock(db: Database, world: World, counts: StockCountService) -> None:
    count_id = counts.start(TODAY)
    lines = {line.code: line for line in counts.lines(count_id)}
    assert counts.set_counted(lines["GK-01"].id, "38").difference == Decimal(-2)
    assert counts.set_counted(lines["LTX"].id, "9,25").difference == Decimal("0.250")
    counts.set_counted(lines["RNG"].id, "100")
    counts.set_counted(lines["RNG"].id, "")  # cleared again: not counted
    counts.set_counted(lines["LEM"].id, Decimal(0))  # counted, equal: no adjustment
    # Production goes on between starting and posting the count.
    ProductionService(db).create(ProductionInput(TODAY, "GK-01", world.sari, "5", "0"))
    assert counts.summary(count_id).counted_lines == 3
    before = ledger(db)
    with pytest.raises(ValidationError) as caught:
        counts.post(count_id, "   ")
    assert caught.value.errors[0].field == "reason"
    posted = counts.post(count_id, "Stok opname akhir bulan")
    assert posted.adjustments == 2
    assert ledger(db)[: len(before)] == before
    assert on_hand(db, StockItemKind.DESIGN, world.keychain) == 38
    assert on_hand(db, StockItemKind.MATERIAL, world.latex) == Decimal("9.250")
    assert on_hand(db, StockItemKind.MATERIAL, world.ring) == Decimal(-45)
    adjustments = StockService(db).ledger_page(ListQuery(filters={"kind": "adjustment"}), 0, 10)
    assert {(r.item_code, r.quantity, r.note) for r in adjustments} == {
        ("GK-01", Decimal(-7), "Stok opname akhir bulan"),
        ("LTX", Decimal("0.375"), "Stok opname akhir bulan"),
    }
    assert all(
        r.kind == MovementKind.ADJUSTMENT and r.reference.startswith("Stok opname") for r in adjustments
    )
    summary = counts.summary(count_id)
    assert summary.status == StockCountStatus.POSTED and summary.note == "Stok opname akhir bulan"
    assert counts.open_counts() == []
    for action in (lambda: counts.post(count_id, "lagi"), lambda: counts.cancel(count_id)):
        with pytest.raises(SentraError) as refused:
            action()
        assert refused.value.code == "count_not_open"
    with pytest.raises(SentraError):
        counts.set_counted(lines["GK-01"].id, "1")
    assert balance_equals_ledger(db)


def test_post_without_counted_lines_and_cancel(db: Database, world: World, counts: StockCountService) -> None:
    count_id = counts.start(TODAY, StockItemKind.DESIGN)
    before = fingerprint(db)
    with pytest.raises(SentraError) as caught:
        counts.post(count_id, "alasan")
    assert caught.value.code == "nothing_counted" and fingerprint(db) == before
    counts.cancel(count_id)
    with pytest.raises(NotFoundError):
        counts.lines(count_id)
    assert counts.open_counts() == []


def test_retired_design_still_holding_stock_is_counted(
    db: Database, world: World, counts: StockCountService
) -> None:
    DesignService(db).retire(world.keychain)
    assert "GK-01" in {line.code for line in counts.lines(counts.start(TODAY))}
