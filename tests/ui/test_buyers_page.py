"""Pembeli driven through real widgets: create, duplicate warning, refusals, search, WhatsApp, archive."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sentra_desktop.services.buyers import BuyerInput
from sentra_desktop.services.container import Services
from sentra_desktop.services.designs import DesignInput
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.orders import LineInput, OrderInput
from sentra_desktop.ui.pages.buyers import BuyersPage
from sentra_desktop.ui.pages.buyers.form import BuyerForm
from sentra_desktop.ui.settings import AppSettings


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> BuyersPage:
    widget = BuyersPage(services)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill(qtbot: QtBot, form: BuyerForm, **values: str) -> None:
    for name, text in values.items():
        widget = getattr(form, name)
        widget.setFocus()
        qtbot.keyClicks(widget, text)


def save(qtbot: QtBot, form: BuyerForm) -> None:
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_create_a_buyer_from_the_keyboard_and_reach_them_on_whatsapp(
    qtbot: QtBot, page: BuyersPage, services: Services
) -> None:
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    assert form is not None and form.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.name, timeout=3000)
    fill(
        qtbot,
        form,
        name="Rina Marlina",
        organisation="Rina Craft Online",
        phone="+62 853-6712-6843",
        city="Palembang",
    )
    save(qtbot, form)
    assert page.model.rowCount() == 1
    # the panel's details are read on a worker
    qtbot.waitUntil(lambda: page.panel.detail is not None, timeout=3000)
    assert page.panel.detail is not None and page.panel.detail.name == "Rina Marlina"
    assert "https://wa.me/6285367126843" in page.panel.whatsapp.text()
    page.panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == "https://wa.me/6285367126843"
    assert "still to pay Rp 0" in page.panel.figures.text()


def test_same_phone_in_another_form_offers_the_existing_buyer(
    qtbot: QtBot, page: BuyersPage, services: Services
) -> None:
    first = services.buyers.create(BuyerInput(name="Rina Marlina", phone="0853-6712-6843", city="Palembang"))
    services.buyers.create(BuyerInput(name="Andi Saputra", city="Lahat"))
    page.apply_filters()
    form = page.new_buyer()
    fill(qtbot, form, name="Bu Rina", phone="62 853 6712 6843")
    form.submit()
    qtbot.waitUntil(lambda: form.duplicate.isVisible(), timeout=10_000)
    assert "Rina Marlina" in form.duplicate_text.text()
    with qtbot.waitSignal(form.existing_chosen, timeout=3000):
        qtbot.mouseClick(form.use_existing, Qt.MouseButton.LeftButton)
    assert page.selected_id() == first
    assert services.buyers.count(ListQuery()) == 2  # nothing new was saved
    assert page.search.text() == "Rina Marlina"

    again = page.new_buyer()
    fill(qtbot, again, name="Bu Rina", phone="62 853 6712 6843")
    again.submit()
    qtbot.waitUntil(lambda: again.duplicate.isVisible(), timeout=10_000)
    with qtbot.waitSignal(again.saved, timeout=10_000):
        qtbot.mouseClick(again.save_anyway, Qt.MouseButton.LeftButton)
    assert services.buyers.count(ListQuery()) == 3
    assert page.selected_row() is not None and page.selected_row().name == "Bu Rina"  # type: ignore[union-attr]


def test_a_phone_with_letters_is_refused_at_the_field(
    qtbot: QtBot, page: BuyersPage, services: Services
) -> None:
    form = page.new_buyer()
    fill(qtbot, form, name="Budi", phone="0812-ABC")
    form.submit()
    qtbot.waitUntil(lambda: form.fields.error_text("phone") != "", timeout=10_000)
    assert "digits" in form.fields.error_text("phone")
    assert form.isVisible()
    assert page.model.rowCount() == 0


def test_search_as_you_type_across_organisation_phone_and_city(
    qtbot: QtBot, qtmodeltester: ModelTester, page: BuyersPage, services: Services
) -> None:
    services.buyers.create(BuyerInput(name="Rina", organisation="Rina Craft", phone="0812-7310-4471"))
    services.buyers.create(BuyerInput(name="Andi", organisation="Galeri Songket", city="Lubuklinggau"))
    services.buyers.create(BuyerInput(name="Joko", city="Yogyakarta"))
    page.apply_filters()
    assert page.model.rowCount() == 3
    qtmodeltester.check(page.model)
    for typed, expected in [("craft", "Rina"), ("linggau", "Andi"), ("+62 812 7310", "Rina")]:
        page.search.clear()
        page.search.setFocus()
        qtbot.keyClicks(page.search, typed)

        def found(name: str = expected) -> bool:
            row = page.model.row_at(0)
            return page.model.rowCount() == 1 and row is not None and row.name == name

        qtbot.waitUntil(found, timeout=3000)


def test_a_buyer_with_orders_is_archived_and_their_page_shows_what_they_owe(
    qtbot: QtBot, page: BuyersPage, services: Services, catalogue_basics: dict[str, int]
) -> None:
    services.designs.create(DesignInput("GK-01", "Ampera", catalogue_basics["keychain"], price=8000))
    buyer = services.buyers.create(BuyerInput(name="Langganan"))
    order = services.orders.create(OrderInput(buyer, date.today(), [LineInput("GK-01", 10)]))
    services.orders.confirm(order.id)
    page.apply_filters()
    assert page.selected_id() == buyer
    qtbot.waitUntil(lambda: "still to pay Rp 80.000" in page.panel.figures.text(), timeout=3000)
    assert page.panel.most_bought.item(0, 0).text() == "GK-01"
    assert page.panel.orders.item(0, 0).text() == order.number
    page.confirm = lambda title, text: True
    page.remove_selected()
    assert services.buyers.get(buyer).archived
    assert page.model.rowCount() == 0
    page.show_archived.setChecked(True)
    assert page.model.rowCount() == 1
    assert page.restore_button.isVisible()


def test_new_order_from_a_buyers_page_opens_the_order_form_for_them(
    qtbot: QtBot, services: Services, app_settings: AppSettings
) -> None:
    from sentra_desktop.ui.main_window import MainWindow
    from sentra_desktop.ui.pages.orders import OrdersPage

    buyer = services.buyers.create(BuyerInput(name="Rina Marlina", organisation="Rina Craft"))
    window = MainWindow(services, app_settings, "/data/sentra.sqlite3")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("buyers")
    assert isinstance(page, BuyersPage) and page.selected_id() == buyer
    qtbot.mouseClick(page.order_button, Qt.MouseButton.LeftButton)
    # The form opens over Pembeli at once; Pesanan is built once the order is saved.
    form = window.order_form
    assert form.isVisible() and form.buyer.buyer_id() == buyer and window.current_key == "buyers"
    form._clean_state = None
    form.reject()
    orders = window.show_page("orders")  # once built, the form opens on it as from its own button
    qtbot.mouseClick(page.order_button, Qt.MouseButton.LeftButton)
    assert isinstance(orders, OrdersPage) and window.current_key == "orders"
    assert orders.form is not None and orders.form.buyer.buyer_id() == buyer
    orders.form._clean_state = None
    orders.form.reject()
