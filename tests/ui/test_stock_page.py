"""The Stok page driven through its real widgets: overview, stock card, ledger, materials,
receipts and stock counts, on stock made by real production entries and receipts."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from pytestqt.qtbot import QtBot

from sentra_desktop.core.enums import MaterialUnit, MovementKind, StockItemKind
from sentra_desktop.services.container import Services
from sentra_desktop.services.designs import DesignInput
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.materials import MaterialInput, ReceiptInput
from sentra_desktop.services.members import MakerInput
from sentra_desktop.services.production import ProductionInput
from sentra_desktop.services.stock import LedgerRow, StockRow
from sentra_desktop.ui.pages.settings.record_list import RecordDialog
from sentra_desktop.ui.pages.stock import StockPage
from sentra_desktop.ui.pages.stock.common import LOW_COLOUR, NEGATIVE_COLOUR
from sentra_desktop.ui.pages.stock.materials import MaterialDialog
from sentra_desktop.ui.pages.stock.receipts import ReceiptDialog

ON_HAND = 5  # overview column of the quantity on hand
TODAY = date.today()


@pytest.fixture
def stocked(services: Services, catalogue_basics: dict[str, int]) -> dict[str, int]:
    """Two designs, two materials, one maker; a recipe; stock from production and a receipt.

    GK-01 has 20 good pieces (low level 10: fine); GK-02 has 3 (low level 10: low).
    LTX (litre) got 10 from a receipt and gave 22 × 0,015 = 0,33 to production: 9,67.
    RNG (piece) was never received, so production took it below zero: -22.
    """
    designs = services.designs
    gk1 = designs.create(
        DesignInput("GK-01", "Gantungan Ampera", catalogue_basics["keychain"], low_stock_level=10)
    )
    gk2 = designs.create(
        DesignInput("GK-02", "Gantungan Songket", catalogue_basics["keychain"], low_stock_level=10)
    )
    maker = services.makers.create(MakerInput("Siti Aminah"))
    ltx = services.materials.create(MaterialInput("LTX", "Lateks karet", MaterialUnit.LITRE, "5"))
    rng = services.materials.create(MaterialInput("RNG", "Ring gantungan", MaterialUnit.PIECE, "100"))
    services.materials.set_recipe(gk1, [(ltx, "0,015"), (rng, "1")])
    services.materials.create_receipt(ReceiptInput(TODAY, ltx, "KUD Karya Tani", "10", "220.000"))
    services.production.create(ProductionInput(TODAY, gk1, maker, 20, 2))
    services.production.create(ProductionInput(TODAY, gk2, maker, 3))
    services.materials.set_recipe(gk2, [(rng, "1")])
    return {"gk1": gk1, "gk2": gk2, "maker": maker, "ltx": ltx, "rng": rng}


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> StockPage:
    widget = StockPage(services)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def overview_row(page: StockPage, code: str) -> tuple[int, StockRow]:
    for number, row in enumerate(page.overview.rows()):
        if row.code == code:
            return number, row
    raise AssertionError(f"{code} not in the overview: {[r.code for r in page.overview.rows()]}")


def cell(page: StockPage, code: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    number, _row = overview_row(page, code)
    model = page.overview.model
    return model.data(model.index(number, column), role)


def save(qtbot: QtBot, dialog: RecordDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


# --- overview ---------------------------------------------------------------------------------


def test_overview_shows_on_hand_from_production_and_receipt(
    qtbot: QtBot, stocked: dict[str, int], page: StockPage
) -> None:
    assert page.tabs.currentWidget() is page.overview
    assert [r.code for r in page.overview.rows()] == ["GK-01", "GK-02", "LTX", "RNG"]
    assert cell(page, "GK-01", ON_HAND) == "20"
    assert cell(page, "GK-02", ON_HAND) == "3"
    assert cell(page, "LTX", ON_HAND) == "9,67"
    assert cell(page, "RNG", ON_HAND) == "-22"
    assert cell(page, "LTX", 4) == "litre"
    assert cell(page, "GK-01", 0) == "Finished goods"
    assert cell(page, "GK-01", 3) == "Gantungan kunci"
    assert cell(page, "RNG", 6) == "100"
    assert "4" in page.overview.count_label.text()


def test_low_stock_is_highlighted_and_negative_is_red(stocked: dict[str, int], page: StockPage) -> None:
    font = cell(page, "GK-02", 1, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert cell(page, "GK-02", 1, Qt.ItemDataRole.ForegroundRole) == LOW_COLOUR
    assert cell(page, "GK-01", 1, Qt.ItemDataRole.FontRole) is None
    assert cell(page, "GK-01", ON_HAND, Qt.ItemDataRole.ForegroundRole) is None
    negative = cell(page, "RNG", ON_HAND, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(negative, QColor) and negative == NEGATIVE_COLOUR


def test_low_only_filter_and_kind_filter(qtbot: QtBot, stocked: dict[str, int], page: StockPage) -> None:
    overview = page.overview
    qtbot.mouseClick(overview.low_only, Qt.MouseButton.LeftButton)
    assert overview.low_only.isChecked()
    assert [r.code for r in overview.rows()] == ["GK-02", "RNG"]
    overview.kind_filter.select(StockItemKind.MATERIAL.value)
    assert [r.code for r in overview.rows()] == ["RNG"]
    qtbot.mouseClick(overview.low_only, Qt.MouseButton.LeftButton)
    assert [r.code for r in overview.rows()] == ["LTX", "RNG"]
    qtbot.keyClicks(overview.search, "lateks")
    qtbot.keyClick(overview.search, Qt.Key.Key_Return)
    assert [r.code for r in overview.rows()] == ["LTX"]


def test_focus_low_stock_opens_the_overview_filtered(
    qtbot: QtBot, stocked: dict[str, int], page: StockPage
) -> None:
    page.tabs.setCurrentWidget(page.ledger)
    page.overview.kind_filter.select(StockItemKind.DESIGN.value)
    page.focus_low_stock()
    assert page.tabs.currentWidget() is page.overview
    assert page.overview.low_only.isChecked()
    assert [r.code for r in page.overview.rows()] == ["GK-02", "RNG"]


def test_activated_rereads_stock(services: Services, stocked: dict[str, int], page: StockPage) -> None:
    services.production.create(
        ProductionInput(TODAY, stocked["gk1"], stocked["maker"], 5), allow_duplicate=True
    )
    assert cell(page, "GK-01", ON_HAND) == "20"
    page.activated()
    assert cell(page, "GK-01", ON_HAND) == "25"


# --- stock card and ledger --------------------------------------------------------------------


def test_enter_on_the_overview_opens_the_stock_card(
    qtbot: QtBot, stocked: dict[str, int], page: StockPage
) -> None:
    number, _row = overview_row(page, "LTX")
    page.overview.table.setFocus()
    page.overview.table.setCurrentIndex(page.overview.model.index(number, 0))
    qtbot.keyClick(page.overview.table, Qt.Key.Key_Return)
    history = page.history
    assert page.tabs.currentWidget() is history
    assert history.current == (StockItemKind.MATERIAL, stocked["ltx"])
    assert history.item_field.text() == "LTX — Lateks karet"
    assert [r.kind for r in history.rows()] == [MovementKind.RECEIPT, MovementKind.PRODUCTION_USE]
    assert history.closing_label.text().endswith(": 9,67")


def test_stock_card_has_opening_closing_and_running_balance(
    qtbot: QtBot, services: Services, stocked: dict[str, int], page: StockPage
) -> None:
    gk1, maker = stocked["gk1"], stocked["maker"]
    services.production.create(ProductionInput(TODAY - timedelta(days=40), gk1, maker, 7))
    services.production.create(ProductionInput(TODAY - timedelta(days=2), gk1, maker, 4))
    history = page.history
    page.tabs.setCurrentWidget(history)
    history.date_from.set_value(TODAY - timedelta(days=10))
    history.item_field.clear()
    qtbot.keyClicks(history.item_field, "gk-01")
    qtbot.keyClick(history.item_field, Qt.Key.Key_Return)
    assert history.current == (StockItemKind.DESIGN, gk1)
    assert history.history is not None
    assert history.history.opening == Decimal(7)
    assert history.history.closing == Decimal(31)
    assert "7" in history.opening_label.text()
    assert history.closing_label.text().endswith(": 31")
    model = history.model
    balances = [model.data(model.index(row, 5)) for row in range(model.rowCount())]
    incoming = [model.data(model.index(row, 3)) for row in range(model.rowCount())]
    assert balances == ["11", "31"]
    assert incoming == ["4", "20"]
    assert "on hand now: 31" in history.title.text()


def test_stock_card_refuses_an_unknown_item_and_reversed_dates(
    qtbot: QtBot, stocked: dict[str, int], page: StockPage
) -> None:
    history = page.history
    page.tabs.setCurrentWidget(history)
    qtbot.keyClicks(history.item_field, "XYZ")
    qtbot.keyClick(history.item_field, Qt.Key.Key_Return)
    assert history.current is None
    assert history.fields.error_text("item")
    assert history.item_field.text() == "XYZ"
    history.show_item(StockItemKind.DESIGN, stocked["gk1"])
    history.date_to.set_value(TODAY - timedelta(days=60))
    assert history.fields.error_text("date_to")


def ledger_rows(qtbot: QtBot, page: StockPage) -> list[LedgerRow]:
    """The ledger's rows once its worker has read them."""
    qtbot.waitUntil(lambda: not page.ledger.model.loading, timeout=5000)
    return page.ledger.rows()


def test_ledger_filters_and_running_balance(qtbot: QtBot, stocked: dict[str, int], page: StockPage) -> None:
    ledger = page.ledger
    page.tabs.setCurrentWidget(ledger)
    assert len(ledger_rows(qtbot, page)) == 5  # receipt, GK-01 in + two uses, GK-02 in
    assert "5" in ledger.count_label.text()
    ledger.movement_kind.select(MovementKind.PRODUCTION_USE.value)
    rows = ledger_rows(qtbot, page)
    assert {r.item_code for r in rows} == {"LTX", "RNG"}
    model = ledger.model
    by_code = {model.data(model.index(n, 2)): n for n in range(model.rowCount())}
    assert model.data(model.index(by_code["LTX"], 7)) == "0,33"
    assert model.data(model.index(by_code["LTX"], 8)) == "9,67"
    assert model.data(model.index(by_code["RNG"], 8)) == "-22"
    assert model.data(model.index(by_code["RNG"], 8), Qt.ItemDataRole.ForegroundRole) == NEGATIVE_COLOUR
    ledger.movement_kind.select(None)
    ledger.item_kind.select(StockItemKind.DESIGN.value)
    assert {r.item_code for r in ledger_rows(qtbot, page)} == {"GK-01", "GK-02"}
    ledger.date_from.set_value(TODAY + timedelta(days=1))
    assert ledger.fields.error_text("date_to")


# --- materials ---------------------------------------------------------------------------------


def open_material_dialog(qtbot: QtBot, page: StockPage) -> MaterialDialog:
    page.tabs.setCurrentWidget(page.materials)
    qtbot.mouseClick(page.materials.new_button, Qt.MouseButton.LeftButton)
    dialog = page.materials.dialog
    assert isinstance(dialog, MaterialDialog) and dialog.isVisible()
    dialog.discard_changes = lambda: True  # type: ignore[method-assign]  # never block on closing
    return dialog


def test_material_created_through_the_dialog(
    qtbot: QtBot, services: Services, catalogue_basics: dict[str, int], page: StockPage
) -> None:
    dialog = open_material_dialog(qtbot, page)
    qtbot.keyClicks(dialog.code_edit, "PGM-MRH")
    qtbot.keyClicks(dialog.name_edit, "Pigmen merah")
    dialog.unit_combo.select(MaterialUnit.KG.value)
    assert dialog.low_unit.text() == "kg"
    qtbot.keyClicks(dialog.low_edit, "1,5")
    qtbot.keyClicks(dialog.edits["supplier"], "Toko Kimia Sumber Warna")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(dialog.low_edit, Qt.Key.Key_Return)
    [row] = services.materials.page(ListQuery(), 0, 10)
    assert (row.code, row.name, row.unit, row.low_stock_level) == (
        "PGM-MRH",
        "Pigmen merah",
        MaterialUnit.KG,
        Decimal("1.5"),
    )
    assert row.supplier == "Toko Kimia Sumber Warna"
    listed = page.materials.rows()
    assert [r.code for r in listed] == ["PGM-MRH"]
    model = page.materials.model
    assert model.data(model.index(0, 4)) == "1,5"
    assert page.materials.selected_id() == row.id


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("1.5", "type 1,5"), ("abc", "Type a number")],
)
def test_bad_low_stock_level_shows_at_the_field_and_saves_nothing(
    qtbot: QtBot, services: Services, page: StockPage, typed: str, expected: str
) -> None:
    dialog = open_material_dialog(qtbot, page)
    qtbot.keyClicks(dialog.code_edit, "LTX")
    qtbot.keyClicks(dialog.name_edit, "Lateks karet")
    dialog.unit_combo.select(MaterialUnit.LITRE.value)
    qtbot.keyClicks(dialog.low_edit, typed)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert expected in dialog.error_text("low_stock_level")
    assert dialog.error_text("code") == ""
    assert dialog.low_edit.text() == typed
    assert dialog.name_edit.text() == "Lateks karet"
    assert services.materials.count(ListQuery()) == 0


def test_material_without_unit_is_refused(qtbot: QtBot, services: Services, page: StockPage) -> None:
    dialog = open_material_dialog(qtbot, page)
    qtbot.keyClicks(dialog.code_edit, "LEM")
    qtbot.keyClicks(dialog.name_edit, "Lem karet")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("unit")
    assert services.materials.count(ListQuery()) == 0


def test_unit_is_locked_once_the_material_has_moved(
    qtbot: QtBot, stocked: dict[str, int], page: StockPage
) -> None:
    page.tabs.setCurrentWidget(page.materials)
    assert page.materials.select_id(stocked["ltx"])
    page.materials.edit_selected()
    dialog = page.materials.dialog
    assert isinstance(dialog, MaterialDialog)
    assert not dialog.unit_combo.isEnabled()
    assert dialog.low_edit.text() == "5"
    dialog.reject()


# --- receipts -----------------------------------------------------------------------------------


def open_receipt_dialog(page: StockPage) -> ReceiptDialog:
    page.tabs.setCurrentWidget(page.receipts)
    dialog = page.receipts.receive()
    assert dialog is not None and dialog.isVisible()
    dialog.discard_changes = lambda: True  # type: ignore[method-assign]  # never block on closing
    return dialog


def test_receipt_through_the_form_adds_stock(
    qtbot: QtBot, services: Services, stocked: dict[str, int], page: StockPage
) -> None:
    dialog = open_receipt_dialog(page)
    dialog.select_material(stocked["rng"])
    assert dialog.unit_label.text() == "piece"
    qtbot.keyClicks(dialog.quantity_edit, "1.000")
    qtbot.keyClicks(dialog.price_edit, "250000")
    qtbot.keyClicks(dialog.note_edit, "nota 17")
    save(qtbot, dialog)
    receipts = page.receipts.rows()
    assert receipts[0].material_code == "RNG" and receipts[0].quantity == Decimal(1000)
    model = page.receipts.model
    assert model.data(model.index(0, 4)) == "1.000 piece"
    assert model.data(model.index(0, 6)) == "Rp 250.000"
    assert model.data(model.index(0, 5)) == "Rp 250"
    assert services.stock.on_hand(StockItemKind.MATERIAL, stocked["rng"]) == Decimal(978)
    page.tabs.setCurrentWidget(page.overview)
    assert cell(page, "RNG", ON_HAND) == "978"


@pytest.mark.parametrize(("typed", "expected"), [("1.5", "type 1,5"), ("abc", "Type a number")])
def test_bad_receipt_quantity_shows_at_the_field_and_saves_nothing(
    qtbot: QtBot, services: Services, stocked: dict[str, int], page: StockPage, typed: str, expected: str
) -> None:
    before = services.materials.receipts_count(ListQuery())
    dialog = open_receipt_dialog(page)
    dialog.select_material(stocked["ltx"])
    qtbot.keyClicks(dialog.quantity_edit, typed)
    qtbot.keyClicks(dialog.price_edit, "10000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert expected in dialog.error_text("quantity")
    assert dialog.quantity_edit.text() == typed
    assert services.materials.receipts_count(ListQuery()) == before
    assert services.stock.on_hand(StockItemKind.MATERIAL, stocked["ltx"]) == Decimal("9.67")


def test_receipt_needs_a_material(qtbot: QtBot, stocked: dict[str, int], page: StockPage) -> None:
    dialog = open_receipt_dialog(page)
    qtbot.keyClicks(dialog.quantity_edit, "5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("material_id")


def test_void_receipt_reverses_its_stock(
    qtbot: QtBot, services: Services, stocked: dict[str, int], page: StockPage
) -> None:
    receipts = page.receipts
    page.tabs.setCurrentWidget(receipts)
    questions: list[str] = []
    receipts.confirm = lambda title, text: questions.append(text) or False
    receipts.table.selectRow(0)
    qtbot.mouseClick(receipts.void_button, Qt.MouseButton.LeftButton)
    assert questions and "Lateks karet" in questions[0]
    assert len(receipts.rows()) == 1  # answered No: nothing changed
    receipts.confirm = lambda title, text: True
    qtbot.mouseClick(receipts.void_button, Qt.MouseButton.LeftButton)
    assert receipts.rows() == []
    assert services.stock.on_hand(StockItemKind.MATERIAL, stocked["ltx"]) == Decimal("-0.33")
    qtbot.mouseClick(receipts.show_voided, Qt.MouseButton.LeftButton)
    [row] = receipts.rows()
    assert row.voided
    receipts.table.selectRow(0)
    assert not receipts.void_button.isEnabled()
    page.tabs.setCurrentWidget(page.ledger)
    page.ledger.movement_kind.select(MovementKind.REVERSAL.value)
    assert [r.item_code for r in ledger_rows(qtbot, page)] == ["LTX"]


# --- stock count ----------------------------------------------------------------------------


def start_count(qtbot: QtBot, page: StockPage, kind: StockItemKind | None) -> None:
    counts = page.counts
    page.tabs.setCurrentWidget(counts)
    dialog = counts.start_count()
    assert dialog is not None
    dialog.kind_combo.select(kind.value if kind else None)
    qtbot.keyClicks(dialog.note_edit, "akhir bulan")
    save(qtbot, dialog)


def test_stock_count_typed_posted_with_a_reason_changes_the_overview(
    qtbot: QtBot, services: Services, stocked: dict[str, int], page: StockPage
) -> None:
    start_count(qtbot, page, StockItemKind.MATERIAL)
    counts = page.counts
    assert counts.current_count_id() is not None
    assert [line.code for line in counts.model.lines()] == ["LTX", "RNG"]
    assert counts.current_line() is not None and counts.current_line().code == "LTX"  # type: ignore[union-attr]
    assert counts.counted_edit.hasFocus()
    qtbot.keyClicks(counts.counted_edit, "9,5")
    qtbot.keyClick(counts.counted_edit, Qt.Key.Key_Return)
    assert counts.current_line().code == "RNG"  # type: ignore[union-attr]  # moved on
    qtbot.keyClicks(counts.counted_edit, "40")
    qtbot.keyClick(counts.counted_edit, Qt.Key.Key_Return)
    ltx, rng = counts.model.lines()
    assert (ltx.counted, ltx.difference) == (Decimal("9.5"), Decimal("-0.17"))
    assert (rng.counted, rng.difference) == (Decimal(40), Decimal(62))
    assert counts.model.data(counts.model.index(0, 6)) == "-0,17"
    assert counts.model.data(counts.model.index(1, 6)) == "+62"
    assert "2 of 2" in counts.summary.text()

    dialog = counts.post_count()
    assert dialog is not None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no reason
    assert dialog.isVisible() and dialog.error_text("reason")
    assert services.stock_counts.open_counts()
    assert services.stock.on_hand(StockItemKind.MATERIAL, stocked["rng"]) == Decimal(-22)

    qtbot.keyClicks(dialog.reason_edit, "opname bulanan")
    with qtbot.waitSignal(counts.posted, timeout=10_000):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert services.stock_counts.open_counts() == []
    assert counts.current_count_id() is None
    assert "2 item(s)" in counts.done.text()
    assert services.stock.on_hand(StockItemKind.MATERIAL, stocked["rng"]) == Decimal(40)
    page.tabs.setCurrentWidget(page.overview)
    assert cell(page, "LTX", ON_HAND) == "9,5"
    assert cell(page, "RNG", ON_HAND) == "40"
    page.tabs.setCurrentWidget(page.ledger)
    page.ledger.movement_kind.select(MovementKind.ADJUSTMENT.value)
    assert {r.note for r in ledger_rows(qtbot, page)} == {"opname bulanan"}


def test_count_refuses_bad_quantities_at_the_field(
    qtbot: QtBot, services: Services, stocked: dict[str, int], page: StockPage
) -> None:
    start_count(qtbot, page, None)
    counts = page.counts
    assert counts.find_line("GK-02")
    qtbot.keyClicks(counts.counted_edit, "2,5")  # pieces are whole
    qtbot.keyClick(counts.counted_edit, Qt.Key.Key_Return)
    assert counts.fields.error_text("counted")
    assert counts.counted_edit.text() == "2,5"
    assert counts.current_line().code == "GK-02"  # type: ignore[union-attr]  # stayed on the line
    assert all(line.counted is None for line in counts.model.lines())


def test_digits_typed_on_the_list_go_to_the_counted_field(
    qtbot: QtBot, stocked: dict[str, int], page: StockPage
) -> None:
    start_count(qtbot, page, StockItemKind.DESIGN)
    counts = page.counts
    counts.table.setFocus()
    qtbot.keyClick(counts.table, Qt.Key.Key_Down)
    qtbot.keyClick(counts.table, Qt.Key.Key_7)
    assert counts.counted_edit.hasFocus() and counts.counted_edit.text() == "7"
    qtbot.keyClick(counts.counted_edit, Qt.Key.Key_Return)
    assert [line.counted for line in counts.model.lines()] == [None, Decimal(7)]
    qtbot.keyClick(counts.counted_edit, Qt.Key.Key_Up)
    assert counts.current_line().code == "GK-01"  # type: ignore[union-attr]


def test_posting_with_nothing_counted_is_refused(
    qtbot: QtBot, services: Services, stocked: dict[str, int], page: StockPage
) -> None:
    start_count(qtbot, page, StockItemKind.DESIGN)
    dialog = page.counts.post_count()
    assert dialog is not None
    qtbot.keyClicks(dialog.reason_edit, "cek")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.banner.text()
    assert services.stock_counts.open_counts()


def test_cancel_count_asks_first(
    qtbot: QtBot, services: Services, stocked: dict[str, int], page: StockPage
) -> None:
    start_count(qtbot, page, None)
    counts = page.counts
    counts.confirm = lambda title, text: False
    qtbot.mouseClick(counts.cancel_button, Qt.MouseButton.LeftButton)
    assert services.stock_counts.open_counts()
    counts.confirm = lambda title, text: True
    qtbot.mouseClick(counts.cancel_button, Qt.MouseButton.LeftButton)
    assert services.stock_counts.open_counts() == []
    assert counts.model.rowCount() == 0 and not counts.post_button.isEnabled()


# --- fit ----------------------------------------------------------------------------------------


def test_every_tab_fits_a_small_screen(qtbot: QtBot, stocked: dict[str, int], page: StockPage) -> None:
    """At 1366×768 less the sidebar and at 150% (about 850×470 usable) nothing forces a scroll."""
    page.resize(820, 460)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        hint = page.tabs.currentWidget().minimumSizeHint()
        assert hint.width() <= 820 and hint.height() <= 420, (page.tabs.tabText(index), hint)
    assert page.minimumSizeHint().width() <= 820


def test_only_the_shown_tab_is_built(page: StockPage) -> None:
    """Opening Stok builds the overview only; another tab is built (and read) when first shown."""
    from sentra_desktop.ui.pages.stock.counts import CountTab
    from sentra_desktop.ui.pages.stock.overview import OverviewTab

    assert isinstance(page.tabs.widget(0), OverviewTab)
    assert not any(isinstance(page.tabs.widget(i), CountTab) for i in range(page.tabs.count()))
    assert page.tabs.tabText(5)
    page.tabs.setCurrentIndex(5)
    assert isinstance(page.tabs.currentWidget(), CountTab)
    assert page.tabs.currentWidget() is page.counts
    assert page.tabs.tabToolTip(5) == "Alt+6"
