"""The member filter on Produksi and Pesanan, driven from the keyboard; the choice survives a restart."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from sentra_desktop.services.buyers import BuyerInput
from sentra_desktop.services.container import Services
from sentra_desktop.services.designs import DesignInput
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.member_filter import SENTRA_ITSELF
from sentra_desktop.services.members import MakerInput, MemberInput
from sentra_desktop.services.orders import LineInput, OrderInput
from sentra_desktop.services.production import ProductionInput
from sentra_desktop.ui.pages.orders import OrdersPage
from sentra_desktop.ui.pages.production import ProductionPage
from sentra_desktop.ui.settings import AppSettings
from sentra_desktop.ui.widgets import ChoiceCombo

TODAY = date.today()


@pytest.fixture
def books(services: Services, catalogue_basics: dict[str, int]) -> dict[str, int]:
    """Two members; Yani moved from Karya to Rejeki ten days ago; Darto works for the sentra."""
    karya = services.members.create(MemberInput(name="IKM Karya Karet"))
    rejeki = services.members.create(MemberInput(name="IKM Sumber Rejeki"))
    amp = services.designs.create(
        DesignInput("GK-AMP-01", "Ampera", catalogue_basics["keychain"], price=8000, member_business_id=karya)
    )
    sgk = services.designs.create(
        DesignInput("GK-SGK-01", "Songket", catalogue_basics["keychain"], price=9000)
    )
    yani = services.makers.create(
        MakerInput("Bu Yani", member_business_id=karya, member_since=TODAY - timedelta(days=40))
    )
    darto = services.makers.create(MakerInput("Pak Darto"))
    for days in (30, 20, 5, 1):
        services.production.create(ProductionInput(TODAY - timedelta(days=days), amp, yani, 10))
    services.production.create(ProductionInput(TODAY - timedelta(days=2), sgk, darto, 7))
    detail = services.makers.get(yani)
    services.makers.update(
        yani,
        detail.version,
        MakerInput("Bu Yani", member_business_id=rejeki, member_since=TODAY - timedelta(days=10)),
    )
    buyer = services.buyers.create(BuyerInput(name="Rina Marlina"))
    for lines in ([LineInput(amp, 5)], [LineInput(sgk, 3)], [LineInput(amp, 2), LineInput(sgk, 1)]):
        saved = services.orders.create(OrderInput(buyer, TODAY, lines))
        services.orders.confirm(saved.id)
    return {"karya": karya, "rejeki": rejeki, "yani": yani}


def choose(qtbot: QtBot, combo: ChoiceCombo, name: str) -> None:
    """Pick an entry with the arrow keys in the focused drop-down, as an operator does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == name:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == name


def production_page(qtbot: QtBot, services: Services, settings: AppSettings) -> ProductionPage:
    page = ProductionPage(services, app_settings=settings)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_produksi_filters_by_member_and_remembers_it(
    qtbot: QtBot, services: Services, books: dict[str, int], tmp_path: Path
) -> None:
    page = production_page(qtbot, services, AppSettings(tmp_path / "settings.ini"))
    page.date_from.set_value(TODAY - timedelta(days=60))
    assert page.model.rowCount() == 5
    choose(qtbot, page.member_filter, "IKM Sumber Rejeki")
    # Only the entries after Yani's move: her earlier output stays with Karya.
    assert page.model.rowCount() == 2
    assert page.totals.text().startswith("2 ")
    choose(qtbot, page.member_filter, "IKM Karya Karet")
    assert page.model.rowCount() == 2

    page.member_filter.select(None)  # all members: the figures per member add up to the list
    dialog = page.show_per_member()
    table = dialog.findChild(QTableWidget, "member_figures")
    assert table is not None
    figures = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert figures == {"IKM Karya Karet": "20", "IKM Sumber Rejeki": "20", "(the sentra itself)": "7"}
    dialog.close()
    choose(qtbot, page.member_filter, "IKM Karya Karet")
    page.close()

    # A restart: a new settings object over the same file, a new page.
    again = production_page(qtbot, services, AppSettings(tmp_path / "settings.ini"))
    again.date_from.set_value(TODAY - timedelta(days=60))
    assert again.member_filter.member() == books["karya"]
    assert again.model.rowCount() == 2
    assert services.production.count(again.model.query) == 2


def test_pesanan_filters_by_the_designs_member_and_remembers_it(
    qtbot: QtBot, services: Services, books: dict[str, int], tmp_path: Path
) -> None:
    settings = AppSettings(tmp_path / "settings.ini")
    page = OrdersPage(services, app_settings=settings)
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 3
    choose(qtbot, page.member_filter, "IKM Karya Karet")
    qtbot.waitUntil(lambda: not page.model.loading)  # read on a worker
    assert page.model.rowCount() == 2  # the orders with a line of Ampera
    choose(qtbot, page.member_filter, "(the sentra itself)")
    assert page.member_filter.member() == SENTRA_ITSELF
    qtbot.waitUntil(lambda: not page.model.loading)
    assert page.model.rowCount() == 2  # the orders with a line of Songket

    page.member_filter.select(None)
    dialog = page.show_per_member()
    table = dialog.findChild(QTableWidget, "member_figures")
    assert table is not None
    values = {table.item(r, 0).text(): table.item(r, 3).text() for r in range(table.rowCount())}
    assert values == {"IKM Karya Karet": "Rp 56.000", "(the sentra itself)": "Rp 36.000"}
    dialog.close()
    choose(qtbot, page.member_filter, "IKM Karya Karet")
    qtbot.keyClick(page.member_filter, Qt.Key.Key_Tab)
    page.close()

    again = OrdersPage(services, app_settings=AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(again)
    assert again.member_filter.member() == books["karya"]
    qtbot.waitUntil(lambda: not again.model.loading)
    assert again.model.rowCount() == 2
    assert services.orders.count(ListQuery(filters={"member_business_id": books["karya"]})) == 2


def test_pesanan_reads_a_member_s_orders_off_the_gui_thread(
    qtbot: QtBot, services: Services, books: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Choosing a member runs neither the page nor the count on the GUI thread; the choice is saved
    to the file by a worker thread as well."""
    from sentra_desktop.services.orders import OrderService

    on_gui: list[str] = []
    for name in ("page", "count"):
        original = getattr(OrderService, name)

        def spy(self: OrderService, *args: object, _original: object = original, _name: str = name) -> object:
            if threading.current_thread() is threading.main_thread():
                on_gui.append(_name)
            return _original(self, *args)  # type: ignore[operator]

        monkeypatch.setattr(OrderService, name, spy)
    settings = AppSettings(tmp_path / "settings.ini")
    page = OrdersPage(services, app_settings=settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert on_gui == ["page"]  # all members: the first page as before
    on_gui.clear()
    for name, rows in (("IKM Karya Karet", 2), ("IKM Sumber Rejeki", 0), ("(the sentra itself)", 2)):
        page.member_filter.setCurrentIndex(page.member_filter.findText(name))  # as a choice in the list
        assert page.model.loading and page.count_label.text() == page.tr("Searching…")
        qtbot.waitUntil(lambda: not page.model.loading)
        assert page.model.rowCount() == rows
    assert on_gui == []
    qtbot.waitUntil(lambda: settings.writes > 0)
    assert "orders_member=0" in (tmp_path / "settings.ini").read_text()


def test_kinerja_and_laporan_remember_their_member(
    qtbot: QtBot, services: Services, books: dict[str, int], tmp_path: Path
) -> None:
    from sentra_desktop.ui.pages.performance import PerformancePage
    from sentra_desktop.ui.reports.page import ReportsPage

    def kinerja() -> PerformancePage:
        page = PerformancePage(services, app_settings=AppSettings(tmp_path / "settings.ini"))
        qtbot.addWidget(page)
        page.reload_members()
        return page

    def laporan() -> ReportsPage:
        page = ReportsPage(services, app_settings=AppSettings(tmp_path / "settings.ini"))
        qtbot.addWidget(page)
        return page

    first, sheets = kinerja(), laporan()
    assert first.member.id_value() is None and sheets.member.id_value() is None
    choose(qtbot, first.member, "IKM Sumber Rejeki")
    choose(qtbot, sheets.member, "IKM Karya Karet")
    first.reload_members()  # refilling keeps the choice
    assert first.member.id_value() == books["rejeki"]
    again, sheets_again = kinerja(), laporan()
    assert again.member.id_value() == books["rejeki"]
    assert sheets_again.member.id_value() == books["karya"]


def test_the_maker_form_records_a_move_with_its_day(
    qtbot: QtBot, services: Services, books: dict[str, int]
) -> None:
    from sentra_desktop.ui.pages.settings.maker_dialog import MakerDialog

    yani = books["yani"]
    dialog = MakerDialog(services.makers, yani)
    qtbot.addWidget(dialog)
    assert "IKM Karya Karet" in dialog.history.text() and "IKM Sumber Rejeki" in dialog.history.text()
    since = dialog.dates["member_since"]
    assert since.value() == TODAY - timedelta(days=10)
    choose(qtbot, dialog.combos["member_business_id"], "IKM Karya Karet")
    assert since.value() == TODAY  # another member: a move, dated today unless told otherwise
    choose(qtbot, dialog.combos["member_business_id"], "IKM Sumber Rejeki")
    assert since.value() == TODAY - timedelta(days=10)  # the current member again: its own day
    choose(qtbot, dialog.combos["member_business_id"], "IKM Karya Karet")
    since.set_value(TODAY - timedelta(days=3))
    dialog.submit()
    assert [(m.member_business_id, m.from_date) for m in services.makers.history(yani)] == [
        (books["karya"], TODAY - timedelta(days=40)),
        (books["rejeki"], TODAY - timedelta(days=10)),
        (books["karya"], TODAY - timedelta(days=3)),
    ]
    # Her entry of five days ago stays with Rejeki; yesterday's goes back to Karya.
    rejeki = ListQuery(filters={"maker_id": yani, "member_business_id": books["rejeki"]})
    assert [row.produced_on for row in services.production.page(rejeki, 0, 10)] == [TODAY - timedelta(days=5)]
