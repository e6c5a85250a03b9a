"""Produksi driven from the keyboard: fast entry, duplicate warning, refusals, undo, list totals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from sentra_desktop.core.enums import StockItemKind
from sentra_desktop.db.models import Maker, Material, RecipeLine
from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database
from sentra_desktop.services.designs import DesignInput
from sentra_desktop.ui.main_window import MainWindow
from sentra_desktop.ui.pages.production import ProductionPage
from sentra_desktop.ui.settings import AppSettings


@pytest.fixture
def setup(db: Database, services: Services, catalogue_basics: dict[str, int]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for code, name in [
        ("GK-AMP-01", "Gantungan Kunci Ampera"),
        ("GK-SGK-01", "Gantungan Kunci Songket"),
        ("GK-BLD-01", "Gantungan Kunci Ikan Belida"),
    ]:
        ids[code] = services.designs.create(
            DesignInput(code=code, name=name, product_type_id=catalogue_basics["keychain"], price=8000)
        )
    with db.transaction() as session:
        latex = __import__("sentra_desktop.core.enums", fromlist=["MaterialUnit"]).MaterialUnit.LITRE
        material = Material(code="LTK", name="Lateks", unit=latex)
        maker = Maker(name="Bu Yani")
        other = Maker(name="Pak Darto")
        session.add_all([material, maker, other])
        session.flush()
        session.add(
            RecipeLine(
                design_id=ids["GK-AMP-01"], material_id=material.id, quantity_per_piece=Decimal("0.02")
            )
        )
        ids.update(material=material.id, maker=maker.id, other=other.id)
    return ids


@pytest.fixture
def page(qtbot: QtBot, services: Services, setup: dict[str, int]) -> ProductionPage:
    widget = ProductionPage(services)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.window().windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    return widget


class KeyCounter:
    """Sends keys to whatever has focus (the completer's pop-up when it is open), counting them."""

    def __init__(self, qtbot: QtBot, page: ProductionPage) -> None:
        self.qtbot, self.page, self.keys = qtbot, page, 0

    def target(self) -> QWidget:
        popup = self.page.design.completer().popup()
        if popup.isVisible():
            return popup
        focus = QApplication.focusWidget()
        assert focus is not None
        return focus

    def key(self, key: Qt.Key) -> None:
        self.keys += 1
        self.qtbot.keyClick(self.target(), key)

    def text(self, text: str) -> None:
        """Characters of a design code or digits of a quantity: not counted."""
        for char in text:
            self.qtbot.keyClicks(self.target(), char)


def test_three_lines_from_the_keyboard(qtbot: QtBot, page: ProductionPage, services: Services, setup) -> None:
    page.maker.setCurrentIndex(page.maker.findData(setup["maker"]))
    page.design.setFocus()
    typed = KeyCounter(qtbot, page)
    per_line: list[int] = []
    for code, good, reject in [("GK-AMP-01", "120", "3"), ("GK-SGK-01", "80", ""), ("GK-BLD-01", "40", "1")]:
        before = typed.keys
        assert QApplication.focusWidget() is page.design
        typed.text(code)
        typed.key(Qt.Key.Key_Tab)
        if typed.target() is not page.good:  # the pop-up took the Tab to pick the match
            typed.key(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page.good
        typed.text(good)
        if reject:
            typed.key(Qt.Key.Key_Tab)
            typed.text(reject)
        with qtbot.waitSignal(page.entry_saved, timeout=5000):
            typed.key(Qt.Key.Key_Return)
        per_line.append(typed.keys - before)
    print(f"\nkeystrokes per production line (not counting code and digits): {per_line}")
    assert max(per_line) <= 8
    assert page.model.rowCount() == 3
    totals = services.production.totals(page.model.query)
    assert (totals.good, totals.reject) == (240, 4)
    assert page.maker.value() == setup["maker"]  # kept for the next line
    assert services.stock.on_hand(StockItemKind.DESIGN, setup["GK-AMP-01"]) == Decimal(120)
    assert services.stock.on_hand(StockItemKind.DESIGN, setup["GK-BLD-01"]) == Decimal(40)
    assert services.stock.on_hand(StockItemKind.MATERIAL, setup["material"]) == Decimal("-2.460")
    assert "below zero" not in page.bar_text.text()  # the last line's design has no recipe


def test_duplicate_asks_before_saving(qtbot: QtBot, page: ProductionPage, services: Services, setup) -> None:
    page.maker.setCurrentIndex(page.maker.findData(setup["other"]))
    questions: list[str] = []
    answers = iter([False, True])
    page.confirm_duplicate = lambda text: questions.append(text) or next(answers)
    for _ in range(3):
        page.design.setText("GK-SGK-01")
        page.good.setText("10")
        page.save_entry()
    assert len(questions) == 2
    assert services.production.totals(page.model.query).entries == 2


@pytest.mark.parametrize(
    ("field", "good", "reject", "expected"),
    [
        ("good_qty", "-5", "", "negative"),
        ("good_qty", "abc", "", "Type a number"),
        ("good_qty", "2000000", "", "Too large"),
        ("good_qty", "0", "0", ""),
        ("design", "5", "", ""),
    ],
)
def test_refused_quantities_show_at_the_field(
    page: ProductionPage,
    services: Services,
    setup,
    field: str,
    good: str,
    reject: str,
    expected: str,
) -> None:
    page.maker.setCurrentIndex(page.maker.findData(setup["maker"]))
    page.design.setText("NO-SUCH" if field == "design" else "GK-AMP-01")
    page.good.setText(good)
    page.rejects.setText(reject)
    assert page.save_entry() is None
    assert page.fields.error_text(field) != ""
    assert expected in page.fields.error_text(field)
    assert page.good.text() == good  # what was typed stays
    assert services.production.totals(page.model.query).entries == 0


def test_future_date_refused(page: ProductionPage, services: Services, setup) -> None:
    page.maker.setCurrentIndex(page.maker.findData(setup["maker"]))
    page.produced_on.set_value(date(2099, 1, 1))
    page.design.setText("GK-AMP-01")
    page.good.setText("5")
    assert page.save_entry() is None
    assert page.fields.error_text("produced_on") != ""


def test_undo_reverses_the_last_save(qtbot: QtBot, page: ProductionPage, services: Services, setup) -> None:
    page.maker.setCurrentIndex(page.maker.findData(setup["maker"]))
    page.design.setText("GK-AMP-01")
    page.good.setText("50")
    assert page.save_entry() is not None
    assert services.stock.on_hand(StockItemKind.DESIGN, setup["GK-AMP-01"]) == Decimal(50)
    assert QApplication.focusWidget() is page.design
    qtbot.keyClick(page.design, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.stock.on_hand(StockItemKind.DESIGN, setup["GK-AMP-01"]) == Decimal(0)
    assert services.stock.on_hand(StockItemKind.MATERIAL, setup["material"]) == Decimal(0)
    assert "Undone" in page.bar_text.text()
    assert page.model.rowCount() == 0


def test_edit_and_delete_from_the_list(qtbot: QtBot, page: ProductionPage, services: Services, setup) -> None:
    page.maker.setCurrentIndex(page.maker.findData(setup["maker"]))
    page.design.setText("GK-AMP-01")
    page.good.setText("30")
    page.save_entry()
    page.table.selectRow(0)
    dialog = page.edit_selected()
    assert dialog is not None
    dialog.good.setText("35")
    dialog.submit()
    assert services.stock.on_hand(StockItemKind.DESIGN, setup["GK-AMP-01"]) == Decimal(35)
    page.table.selectRow(0)
    page.confirm = lambda title, text: True
    page.delete_selected()
    assert services.stock.on_hand(StockItemKind.DESIGN, setup["GK-AMP-01"]) == Decimal(0)
    assert page.model.rowCount() == 0


def test_a_filter_change_sizes_the_list_from_the_totals_without_a_count(
    page: ProductionPage, services: Services, setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.maker.setCurrentIndex(page.maker.findData(setup["maker"]))
    page.confirm_duplicate = lambda _text: True
    for _ in range(3):
        page.design.setText("GK-SGK-01")
        page.good.setText("10")
        page.save_entry()

    def no_count(_query: object) -> int:
        raise AssertionError("the totals count the rows already")

    monkeypatch.setattr(services.production, "count", no_count)
    page.apply_filters()
    assert page.model.rowCount() == services.production.totals(page.model.query).entries == 3
    assert "3" in page.totals.text()


# --- keyboard traps (issue 14) ---------------------------------------------------------------


def _focus(qtbot: QtBot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def _target(page: ProductionPage):
    popup = page.design.completer().popup()
    return popup if popup.isVisible() else QApplication.focusWidget()


def test_part_of_a_name_then_tab_takes_the_one_design(qtbot: QtBot, page: ProductionPage, setup) -> None:
    _focus(qtbot, page.design)
    qtbot.keyClicks(page.design, "belida")
    qtbot.keyClick(_target(page), Qt.Key.Key_Tab)
    assert page.design.code() == "GK-BLD-01"
    assert QApplication.focusWidget() is page.good


def test_part_matching_several_designs_is_left_as_typed(qtbot: QtBot, page: ProductionPage, setup) -> None:
    _focus(qtbot, page.design)
    qtbot.keyClicks(page.design, "gantungan")
    page.good.setFocus()
    assert page.design.text() == "gantungan"


def test_one_enter_after_a_pick_saves(qtbot: QtBot, page: ProductionPage, services: Services, setup) -> None:
    page.maker.setCurrentIndex(page.maker.findData(setup["maker"]))
    _focus(qtbot, page.good)
    qtbot.keyClicks(page.good, "7")
    _focus(qtbot, page.design)
    qtbot.keyClicks(page.design, "ampera")
    popup = page.design.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.entry_saved, timeout=3000):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert services.production.totals(page.model.query).entries == 1


def test_a_new_error_clears_the_saved_line(qtbot: QtBot, page: ProductionPage, setup) -> None:
    page.maker.setCurrentIndex(page.maker.findData(setup["maker"]))
    _focus(qtbot, page.design)
    qtbot.keyClicks(page.design, "GK-AMP-01")
    page.good.setFocus()
    qtbot.keyClicks(page.good, "5")
    with qtbot.waitSignal(page.entry_saved, timeout=3000):
        qtbot.keyClick(page.good, Qt.Key.Key_Return)
    assert page.bar.isVisible() and "Saved" in page.bar_text.text()
    qtbot.keyClicks(page.design, "GK-SGK-01")
    page.good.setFocus()
    qtbot.keyClicks(page.good, "abc")
    qtbot.keyClick(page.good, Qt.Key.Key_Return)
    assert page.fields.error_text("good_qty") != ""
    assert not page.bar.isVisible()
    assert page.last_saved is not None  # Ctrl+Z still undoes the last save


def test_closing_the_program_with_a_typed_line_asks_first(
    qtbot: QtBot, services: Services, app_settings: AppSettings, setup
) -> None:
    window = MainWindow(services, app_settings, "/data/sentra.sqlite3")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("production")
    assert isinstance(page, ProductionPage)
    asked: list[bool] = []
    answer = [False]
    window.discard_changes = lambda: asked.append(True) or answer[0]  # type: ignore[method-assign]
    window.show_page("stock")
    assert window.close()  # nothing typed: closes without a question
    assert asked == []
    window.show()
    window.show_page("stock")
    qtbot.keyClicks(page.good, "12")
    assert not window.close()  # "keep editing"
    assert asked == [True] and window.isVisible()
    assert window.current_key == "production" and page.good.text() == "12"
    answer[0] = True
    assert window.close()
    assert asked == [True, True]
