"""Pesanan driven through real widgets: an order of two lines from the keyboard, confirm, deliver,
and stock falling in the Stok view; refusals at the field; payments; what to produce."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sentra_desktop.core.enums import OrderStatus
from sentra_desktop.services.buyers import BuyerInput
from sentra_desktop.services.container import Services
from sentra_desktop.services.designs import DesignInput
from sentra_desktop.services.members import MakerInput
from sentra_desktop.services.orders import DeliveryInput, LineInput, OrderInput
from sentra_desktop.services.production import ProductionInput
from sentra_desktop.ui.pages.orders import OrdersPage
from sentra_desktop.ui.pages.orders.form import OrderForm
from sentra_desktop.ui.pages.stock import StockPage
from sentra_desktop.ui.settings import AppSettings

TODAY = date.today()


@pytest.fixture
def setup(services: Services, catalogue_basics: dict[str, int]) -> dict[str, int]:
    """Two designs with stock (GK-AMP-01: 100 pieces, GK-SGK-01: 30), one buyer."""
    ids = {
        "amp": services.designs.create(
            DesignInput("GK-AMP-01", "Gantungan Kunci Ampera", catalogue_basics["keychain"], price=8000)
        ),
        "sgk": services.designs.create(
            DesignInput("GK-SGK-01", "Gantungan Kunci Songket", catalogue_basics["keychain"], price=9000)
        ),
    }
    maker = services.makers.create(MakerInput("Bu Yani"))
    services.production.create(ProductionInput(TODAY, ids["amp"], maker, 100))
    services.production.create(ProductionInput(TODAY, ids["sgk"], maker, 30))
    ids["buyer"] = services.buyers.create(
        BuyerInput(name="Rina Marlina", organisation="Rina Craft", city="Palembang")
    )
    return ids


@pytest.fixture
def page(qtbot: QtBot, services: Services, setup: dict[str, int]) -> OrdersPage:
    widget = OrdersPage(services)
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_line(qtbot: QtBot, form: OrderForm, code: str, quantity: str) -> None:
    """Design code, Tab (twice if the completer's pop-up took the first), quantity, Enter."""
    qtbot.waitUntil(lambda: focused() is form.design, timeout=3000)
    qtbot.keyClicks(form.design, code)
    popup = form.design.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else form.design, Qt.Key.Key_Tab)
    if focused() is not form.quantity:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is form.quantity
    qtbot.keyClicks(form.quantity, quantity)
    qtbot.keyClick(form.quantity, Qt.Key.Key_Return)


def test_order_with_two_lines_from_the_keyboard_delivered_and_stock_falls(
    qtbot: QtBot, qtmodeltester: ModelTester, page: OrdersPage, services: Services, setup: dict[str, int]
) -> None:
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    assert form is not None and form.isVisible()
    qtbot.waitUntil(lambda: focused() is form.buyer, timeout=3000)
    qtbot.keyClicks(form.buyer, "Rina Craft")
    assert form.buyer.buyer_id() == setup["buyer"]
    form.design.setFocus()
    type_line(qtbot, form, "GK-AMP-01", "60")
    type_line(qtbot, form, "GK-SGK-01", "20")
    assert [(line.code, line.quantity, line.unit_price) for line in form.lines] == [
        ("GK-AMP-01", 60, 8000),
        ("GK-SGK-01", 20, 9000),
    ]
    assert "Rp 660.000" in form.totals.text()
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    number = f"PSN-{TODAY.year}-0001"
    assert page.current_order_number() == number
    detail = page.current_order()
    assert detail is not None and detail.status == OrderStatus.DRAFT and detail.total == 660_000

    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.current_order().status == OrderStatus.CONFIRMED  # type: ignore[union-attr]
    dialog = page.deliver_selected()
    assert dialog is not None
    assert [edit.text() for edit in dialog.inputs.values()] == ["60", "20"]
    qtbot.waitUntil(lambda: focused() in dialog.inputs.values(), timeout=3000)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    detail = page.current_order()
    assert detail is not None and detail.status == OrderStatus.DELIVERED
    assert detail.deliveries[0].number == f"SJ-{TODAY.year}-0001-1"
    assert page.panel.deliveries.item(0, 0).text() == detail.deliveries[0].number

    qtmodeltester.check(page.model)
    stock = StockPage(services)
    qtbot.addWidget(stock)
    on_hand = {row.code: row.on_hand for row in stock.overview.rows()}
    assert (on_hand["GK-AMP-01"], on_hand["GK-SGK-01"]) == (40, 10)


def test_bad_input_is_shown_at_the_field_and_nothing_saved(
    qtbot: QtBot, page: OrdersPage, services: Services, setup: dict[str, int]
) -> None:
    form = page.new_order(setup["buyer"])
    form.design.setText("XX-99")
    form.quantity.setText("5")
    assert form.add_line() is None
    assert "XX-99" in form.line_fields.error_text("design")
    form.design.setText("GK-AMP-01")
    form.quantity.setText("0")
    assert form.add_line() is None
    assert "more than zero" in form.line_fields.error_text("quantity")
    form.quantity.setText("5")
    form.price.setText("8.000,50")
    assert form.add_line() is None
    assert "whole number" in form.line_fields.error_text("unit_price")
    form.design.clear()
    form.quantity.clear()
    form.price.clear()
    form.ordered_on.set_value(TODAY)
    form.due_on.set_value(TODAY - timedelta(days=1))
    form.submit()
    qtbot.waitUntil(lambda: form.fields.error_text("due_on") != "", timeout=10_000)
    assert "before the order date" in form.fields.error_text("due_on")
    assert "at least one line" in form.fields.error_text("lines")
    assert services.orders.count(page.model.query) == 0
    assert form.isVisible()


def test_payment_shows_outstanding_and_refuses_overpayment(
    qtbot: QtBot, page: OrdersPage, services: Services, setup: dict[str, int]
) -> None:
    order = services.orders.create(OrderInput(setup["buyer"], TODAY, [LineInput("GK-AMP-01", 10)]))
    services.orders.confirm(order.id)
    page.apply_filters()
    dialog = page.pay_selected()
    assert dialog is not None and dialog.amount.text() == "80.000"
    dialog.amount.setText("90.000")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.fields.error_text("amount") != "", timeout=10_000)
    assert "Rp 80.000" in dialog.fields.error_text("amount")
    dialog.amount.setText("30.000")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.submit()
    detail = page.current_order()
    assert detail is not None and (detail.paid, detail.outstanding) == (30_000, 50_000)
    assert detail.payments[0].is_down_payment
    assert "DP" in page.panel.payments.item(0, 2).text()


def test_delivering_more_than_on_hand_warns_before_it_goes(
    qtbot: QtBot, page: OrdersPage, services: Services, setup: dict[str, int]
) -> None:
    order = services.orders.create(OrderInput(setup["buyer"], TODAY, [LineInput("GK-SGK-01", 50)]))
    services.orders.confirm(order.id)
    page.apply_filters()
    dialog = page.deliver_selected()
    assert dialog is not None
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.short_panel.isVisible(), timeout=10_000)
    assert "GK-SGK-01" in dialog.short_text.text()
    assert services.orders.get(order.id).deliveries == []
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.deliver_anyway, Qt.MouseButton.LeftButton)
    assert page.current_order().status == OrderStatus.DELIVERED  # type: ignore[union-attr]


def test_what_to_produce_shows_the_shortfall_and_past_due_orders(
    qtbot: QtBot, page: OrdersPage, services: Services, setup: dict[str, int]
) -> None:
    late = services.orders.create(
        OrderInput(
            setup["buyer"],
            TODAY - timedelta(days=10),
            [LineInput("GK-SGK-01", 45)],
            due_on=TODAY - timedelta(days=1),
        )
    )
    services.orders.confirm(late.id)
    needs = page.show_needs()
    table = needs.table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (0, 2, 3, 4, 5)] == ["GK-SGK-01", "45", "30", "-15", "15"]
    assert table.item(0, 0).foreground().color().name() == "#b00020"
    page.tabs.setCurrentIndex(0)
    page.past_due.setChecked(True)
    assert page.model.rowCount() == 1
    assert page.panel.detail is not None and page.panel.detail.past_due


def test_print_buttons_open_the_order_sheet_and_the_delivery_note(
    qtbot: QtBot, page: OrdersPage, services: Services, setup: dict[str, int]
) -> None:
    from tests.reports.conftest import pdf_pages
    from tests.ui.test_reports_page import WAIT_MS, previews

    order = services.orders.create(OrderInput(setup["buyer"], TODAY, [LineInput("GK-AMP-01", 10)]))
    services.orders.confirm(order.id)
    line_id = services.orders.get(order.id).lines[0].id
    services.orders.deliver(order.id, DeliveryInput(TODAY, {line_id: 4}))
    page.apply_filters()
    qtbot.waitUntil(lambda: page.current_order_number() == order.number, timeout=10_000)
    assert page.print_button.isEnabled() and page.panel.print_delivery_button.isEnabled()

    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(previews()), timeout=WAIT_MS)
    sheet = previews()[0]
    qtbot.addWidget(sheet)
    text = "\n".join(pdf_pages(sheet.pdf))
    assert order.number in text and "Rina Marlina" in text and "80.000" in text
    sheet.close()

    qtbot.mouseClick(page.panel.print_delivery_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(previews()), timeout=WAIT_MS)
    note = previews()[0]
    qtbot.addWidget(note)
    assert f"SJ-{order.number[4:]}-1" in "\n".join(pdf_pages(note.pdf))
    note.close()


# --- delivery dialog from the keyboard (issue 14) -------------------------------------------


@pytest.fixture
def delivery(qtbot: QtBot, page: OrdersPage, services: Services, setup: dict[str, int]):
    """The delivery dialog of a confirmed order of 10 GK-AMP-01 and 5 GK-SGK-01, first field focused."""
    order = services.orders.create(
        OrderInput(setup["buyer"], TODAY, [LineInput("GK-AMP-01", 10), LineInput("GK-SGK-01", 5)])
    )
    services.orders.confirm(order.id)
    page.apply_filters()
    dialog = page.deliver_selected()
    assert dialog is not None
    first = next(iter(dialog.inputs.values()))
    qtbot.waitUntil(lambda: focused() is first, timeout=3000)
    return dialog, order.id


def test_tab_walks_down_the_quantity_column(qtbot: QtBot, delivery) -> None:
    dialog, _ = delivery
    first, second = dialog.inputs.values()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert focused() is second
    qtbot.keyClick(second, Qt.Key.Key_Tab)
    assert focused() is dialog.note
    qtbot.keyClick(dialog.note, Qt.Key.Key_Backtab)
    assert focused() is second


def test_enter_with_a_partial_delivery_shows_what_is_posted_and_asks(
    qtbot: QtBot, delivery, services: Services
) -> None:
    dialog, order_id = delivery
    first, second = dialog.inputs.values()
    asked: list[str] = []
    answers = iter([False, True])
    dialog.confirm = lambda _title, text: asked.append(text) or next(answers)
    qtbot.keyClicks(first, "4")  # the field's text was selected: 10 becomes 4
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.keyClicks(second, "0")
    qtbot.keyClick(second, Qt.Key.Key_Return)
    assert len(asked) == 1
    assert "4 pieces" in asked[0] and "15 are still to deliver" in asked[0]
    assert "GK-AMP-01: 4 of 10 left" in asked[0] and "GK-SGK-01: 0 of 5 left" in asked[0]
    assert services.orders.get(order_id).deliveries == []  # "No": nothing posted, the dialog stays
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(second, Qt.Key.Key_Return)
    (made,) = services.orders.get(order_id).deliveries
    assert made.pieces == 4


def test_the_whole_open_quantity_goes_without_a_question(qtbot: QtBot, delivery, services: Services) -> None:
    dialog, order_id = delivery
    dialog.confirm = lambda _title, _text: pytest.fail("no question when everything open goes")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert services.orders.get(order_id).status == OrderStatus.DELIVERED


def test_more_than_ordered_is_refused_at_the_line(qtbot: QtBot, delivery, services: Services) -> None:
    dialog, order_id = delivery
    first, _second = dialog.inputs.values()
    dialog.confirm = lambda _title, _text: True
    qtbot.keyClicks(first, "12")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.table.isColumnHidden(5), timeout=10_000)
    assert dialog.table.item(0, 5).text() == "At most 10"
    reason = dialog.table.item(0, 5).toolTip()
    assert "More than was ordered" in reason and "10 ordered" in reason and "at most 10" in reason
    assert first.toolTip() == reason and "b00020" in first.styleSheet()
    assert "GK-AMP-01: More than was ordered" in dialog.banner.text()
    assert focused() is first and first.text() == "12"
    assert services.orders.get(order_id).deliveries == []
    assert dialog.isVisible()
    dialog.inputs[next(iter(dialog.inputs))].setText("10")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(first, Qt.Key.Key_Return)


def test_tab_from_the_note_reaches_save(qtbot: QtBot, delivery) -> None:
    dialog, _ = delivery
    dialog.note.setFocus()
    qtbot.waitUntil(lambda: focused() is dialog.note, timeout=3000)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
    assert focused() in dialog.buttons.buttons()


def test_sales_events_tab_reads_its_sums_on_a_worker(
    qtbot: QtBot, page: OrdersPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The events' sums add up every order of their years: never on the GUI thread."""
    import threading

    from sentra_desktop.services.orders import EventInput

    services.orders.create_event(EventInput("Pameran Kriya Sumsel 2026", starts_on=date.today()))
    on_main: list[bool] = []
    real_events = services.orders.events

    def events() -> list:  # type: ignore[type-arg]
        on_main.append(threading.current_thread() is threading.main_thread())
        return real_events()

    monkeypatch.setattr(services.orders, "events", events)
    page.tabs.setCurrentWidget(page.events)
    qtbot.waitUntil(lambda: not page.events.busy and page.events.table.rowCount() == 1, timeout=5_000)
    assert page.events.table.item(0, 0).text() == "Pameran Kriya Sumsel 2026"
    assert on_main == [False]


def test_buyer_is_found_as_it_is_typed_among_many(
    qtbot: QtBot, page: OrdersPage, services: Services, setup: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The form reads no buyer list when it opens; typing asks for at most BUYER_MATCHES matches."""
    from sentra_desktop.ui.pages.orders.form import BUYER_MATCHES

    for number in range(BUYER_MATCHES + 10):
        services.buyers.create(BuyerInput(name=f"Toko Sari {number:03}", city="Lahat"))
    wanted = services.buyers.create(
        BuyerInput(name="Toko Sari Murni", organisation="Koperasi", city="Muara Enim")
    )
    asked: list[tuple[str, int | None]] = []
    choices = services.orders.buyer_choices

    def spy(search: str = "", **kwargs: int | None) -> list:  # type: ignore[type-arg]
        asked.append((search, kwargs.get("limit")))
        return choices(search, **kwargs)

    monkeypatch.setattr(services.orders, "buyer_choices", spy)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    assert form is not None and asked == []  # nothing read before a key is typed
    qtbot.waitUntil(lambda: focused() is form.buyer, timeout=3000)
    qtbot.keyClicks(form.buyer, "sari")
    popup = form.buyer.completer().popup()
    assert popup.isVisible() and popup.model().rowCount() == BUYER_MATCHES
    assert all(limit == BUYER_MATCHES for _, limit in asked)
    qtbot.keyClicks(form.buyer, " enim")  # every word somewhere in the name, organisation or city
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.buyer.text() == "Toko Sari Murni — Koperasi (Muara Enim)"
    assert form.buyer.buyer_id() == wanted
    form.buyer.setText("sari")
    assert form.buyer.buyer_id() == -1  # several buyers: the service refuses it at the field


def test_a_new_order_from_pembeli_opens_without_building_pesanan(
    qtbot: QtBot,
    services: Services,
    setup: dict[str, int],
    app_settings: AppSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The form is up before the order book has read a row or a count; saving then shows the order there."""
    from sentra_desktop.services.orders import OrderService
    from sentra_desktop.ui.main_window import MainWindow

    read: list[str] = []
    for name in ("page", "count"):
        original = getattr(OrderService, name)

        def spy(self: OrderService, *args: object, _original: object = original, _name: str = name) -> object:
            read.append(_name)
            return _original(self, *args)  # type: ignore[operator]

        monkeypatch.setattr(OrderService, name, spy)
    window = MainWindow(services, app_settings, "/data/sentra.sqlite3")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    buyers = window.show_page("buyers")
    assert buyers.select_buyer(setup["buyer"])  # type: ignore[attr-defined]
    read.clear()
    qtbot.mouseClick(buyers.order_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    form = window.order_form
    assert isinstance(form, OrderForm) and form.isVisible()
    assert form.buyer.buyer_id() == setup["buyer"]
    assert read == [] and window.current_key == "buyers"  # no list read, no page built for it
    assert window.findChild(OrdersPage) is None

    form.design.setFocus()
    type_line(qtbot, form, "GK-AMP-01", "5")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "orders"
    page = window.findChild(OrdersPage)
    assert page is not None and page.current_order_number() == f"PSN-{TODAY.year}-0001"
