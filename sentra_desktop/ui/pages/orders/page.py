"""The Pesanan area: the order book with one order's details, what to produce, and sales events.

Every change to an order (confirm, ready, deliver, pay, cancel) is a button or a key on the
selected order; the detail beside the list shows its lines, deliveries and payments, and what is
still owed. Past-due orders are red everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.enums import OrderStatus
from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.formatting import format_date, format_rupiah, format_thousands
from sentra_desktop.services.container import Services
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.member_filter import MEMBER_FILTER
from sentra_desktop.services.orders import OrderDetail, OrderRow
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.member_filter import ORDERS_MEMBER, MemberFigures, MemberFilter
from sentra_desktop.ui.models.paged import Column, PagedTableModel
from sentra_desktop.ui.pages import lists
from sentra_desktop.ui.pages.common import ask, page_title
from sentra_desktop.ui.pages.orders.dialogs import DeliveryDialog, PaymentDialog
from sentra_desktop.ui.pages.orders.events import EventsView
from sentra_desktop.ui.pages.orders.form import OrderForm
from sentra_desktop.ui.pages.orders.needs import NeedsView
from sentra_desktop.ui.pages.orders.panel import OrderPanel
from sentra_desktop.ui.pages.sales_labels import DONE, PAST_DUE, status_names
from sentra_desktop.ui.screen import scroll_body
from sentra_desktop.ui.settings import AppSettings
from sentra_desktop.ui.widgets import ChoiceCombo

SEARCH_DELAY_MS = 250
SELECT_WITHIN = 200  # keep a selection only when it is on the first page: one query, not ten
OPEN = "open"


class OrdersPage(QWidget):
    """The order book, what to produce, and sales events, as three tabs."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, app_settings: AppSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.app_settings = app_settings
        self._statuses = status_names()
        self.confirm = lambda title, text: ask(self, title, text)
        self.form: OrderForm | None = None
        self.dialog: DeliveryDialog | PaymentDialog | None = None

        filters = self._build_filters()
        actions = self._build_actions()
        self.model: PagedTableModel[OrderRow] = PagedTableModel(
            services.orders,
            self._columns(),
            query=ListQuery(sort="number", descending=True),
            count_on_worker=True,
            parent=self,
        )
        self.model.counted.connect(self._show_count)
        self.model.loaded.connect(self._rows_shown)
        self._selected: int | None = None
        self.table = lists.record_table(
            self.model,
            "order_table",
            widths=(104, 86, 92, 130, 92, 100, 100),
            stretch=None,  # the buyer keeps its width; a narrow list scrolls
            sort_column=0,
            sort_order=Qt.SortOrder.DescendingOrder,
        )
        self.panel = OrderPanel()
        self.panel.setObjectName("order_panel")
        self.panel.setMinimumWidth(410)
        self.needs = NeedsView(services)
        self.events = EventsView(services)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._book(filters, actions), self.tr("Order &book"))
        self.tabs.addTab(self.needs, self.tr("What to &produce"))
        self.tabs.addTab(self.events, self.tr("Sales e&vents"))
        self.tabs.setCornerWidget(self.per_member_button)  # the action rows are full at 125 %
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Orders")))
        layout.addWidget(self.tabs, 1)
        self._connect()

        self._load_events()
        self.refilter()
        self.search.setFocus()

    # --- building ---------------------------------------------------------------------------
    def _build_filters(self) -> QHBoxLayout:
        """The search field and the status, event and past-due filters above the list."""
        self.search = lists.search_field("order_search", self.tr("Search number, buyer or organisation…"))
        self.status_filter = ChoiceCombo(empty_text=self.tr("All statuses"))
        self.status_filter.set_choices([(OPEN, self.tr("Open (not delivered)")), *self._statuses.items()])
        self.event_filter = ChoiceCombo(empty_text=self.tr("All events"))
        self.event_filter.setMinimumWidth(150)
        self.past_due = QCheckBox(self.tr("&Past due only"))
        self.member_filter = MemberFilter(self.services, ORDERS_MEMBER, self.app_settings)
        self.member_filter.setToolTip(
            self.tr("Orders with a line of a design of this member business (remembered on this PC)")
        )
        self.per_member_button = QPushButton(self.tr("Per &member…"))
        self.per_member_button.setObjectName("orders_per_member")
        self.per_member_button.setToolTip(
            self.tr("Sales of the orders listed, for the member business owning each line's design")
        )
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.event_filter, 1)
        filters.addWidget(self.member_filter, 1)
        filters.addWidget(self.past_due)
        return filters

    def _build_actions(self) -> QHBoxLayout:
        """The row of buttons acting on the selected order, and the count of orders listed."""
        self.new_button = QPushButton(self.tr("&New order"))
        self.new_button.setToolTip("Ctrl+N")
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.confirm_button = QPushButton(self.tr("Con&firm"))
        self.ready_button = QPushButton(self.tr("Mark &ready"))
        self.deliver_button = QPushButton(self.tr("&Deliver…"))
        self.payment_button = QPushButton(self.tr("Pa&yment…"))
        self.cancel_button = QPushButton(self.tr("Cancel or&der"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("The order sheet, to preview, print or save as PDF"))
        self.count_label = lists.count_label("order_count")
        buttons = (
            self.new_button,
            self.edit_button,
            self.confirm_button,
            self.ready_button,
            self.deliver_button,
            self.payment_button,
            self.cancel_button,
            self.print_button,
        )
        return lists.button_row(buttons, self.count_label)

    def _columns(self) -> list[Column[OrderRow]]:
        """The order book's columns; past-due orders are red, cancelled ones grey."""

        def colour(row: OrderRow) -> object:
            if row.past_due:
                return PAST_DUE
            return DONE if row.status == OrderStatus.CANCELLED else None

        return [
            Column(self.tr("Number"), lambda r: r.number, "number", foreground=colour),
            Column(self.tr("Date"), lambda r: format_date(r.ordered_on), "ordered_on", foreground=colour),
            Column(self.tr("Due"), lambda r: format_date(r.due_on), "due_on", foreground=colour),
            Column(
                self.tr("Buyer"),
                lambda r: r.buyer + (f" — {r.organisation}" if r.organisation else ""),
                "buyer",
                foreground=colour,
            ),
            Column(self.tr("Status"), lambda r: self._statuses[r.status], "status", foreground=colour),
            Column(self.tr("Total"), lambda r: format_rupiah(r.total), align_right=True, foreground=colour),
            Column(
                self.tr("Outstanding"),
                lambda r: format_rupiah(r.outstanding) if r.outstanding else "",
                align_right=True,
                foreground=colour,
            ),
        ]

    def _book(self, filters: QHBoxLayout, actions: QHBoxLayout) -> QWidget:
        """The order book tab: filters and list on the left, the order's detail on the right."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll_body(self.panel))  # a narrow panel scrolls rather than cuts
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 430])
        book = QWidget()
        book_layout = QVBoxLayout(book)
        book_layout.addWidget(splitter, 1)
        book_layout.addLayout(actions)
        return book

    def _connect(self) -> None:
        """Filters reload the list, buttons and keys act on the selected order."""
        self.tabs.currentChanged.connect(self._tab_changed)
        self._search_timer = lists.typing_pause(self.search, SEARCH_DELAY_MS, self.search_typed)
        self.status_filter.currentIndexChanged.connect(self.refilter)
        self.event_filter.currentIndexChanged.connect(self.refilter)
        self.member_filter.currentIndexChanged.connect(self.refilter)
        self.per_member_button.clicked.connect(self.show_per_member)
        self.past_due.toggled.connect(self.refilter)
        self.new_button.clicked.connect(lambda: self.new_order())
        self.edit_button.clicked.connect(self.edit_selected)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.ready_button.clicked.connect(self.ready_selected)
        self.deliver_button.clicked.connect(self.deliver_selected)
        self.payment_button.clicked.connect(self.pay_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.print_button.clicked.connect(self.print_order)
        self.panel.print_delivery_button.clicked.connect(self.print_delivery)
        self.panel.void_delivery_button.clicked.connect(self.void_delivery)
        self.panel.void_payment_button.clicked.connect(self.void_payment)
        lists.on_row_open(self.table, lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.new_order())
        QShortcut(QKeySequence.StandardKey.Find, self, self._find)

    # --- the list ---------------------------------------------------------------------------
    def activated(self) -> None:
        self._load_events()
        self.member_filter.reload()
        self.refilter()
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.needs:
            self.needs.refresh()
        elif self.tabs.widget(index) is self.events:
            self.events.refresh()

    def show_needs(self) -> NeedsView:
        self.tabs.setCurrentWidget(self.needs)
        self.needs.refresh()
        return self.needs

    def _find(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()

    def _load_events(self) -> None:
        self.event_filter.blockSignals(True)
        self.event_filter.set_choices(self.services.orders.event_choices(), self.event_filter.value())
        self.event_filter.blockSignals(False)

    def search_typed(self) -> None:
        """A pause in typing: the search's first page is read on a worker (LIKE, no index)."""
        self._apply(background=bool(self.search.text().strip()))

    def apply_filters(self) -> None:
        """Read the filters' first page now (after a change, to select the order changed)."""
        self._apply(background=False)

    def refilter(self) -> None:
        """A filter chosen: its first page is read on a worker when no index finds it quickly.

        A member business is found by its designs on each order's lines: an order book where the
        member sold little is walked to its end for a page (0.15–0.4 s at 200,000 orders).
        """
        slow = bool(self.search.text().strip()) or self.member_filter.member() is not None
        self._apply(background=slow)

    def _apply(self, *, background: bool) -> None:
        self._search_timer.stop()
        selected = self.current_order_id()
        status = self.status_filter.value()
        query = (
            self.model.query.with_search(self.search.text())
            .with_filter("status", status)
            .with_filter("sales_event_id", self.event_filter.value())
            .with_filter("past_due", True if self.past_due.isChecked() else None)
            .with_filter(MEMBER_FILTER, self.member_filter.member())
        )
        self._selected = selected
        try:
            self.model.set_query(query, background=background)
        except SentraError as exc:
            show_error(self, exc)
            return
        if not self.model.loading:
            self._rows_shown()
        else:
            self._show_count()

    def _rows_shown(self) -> None:
        """The filters' first rows are in: say how many, keep or take a selection."""
        self._show_count()
        if not self.select_order(self._selected) and self.model.rowCount():
            self.table.selectRow(0)
        elif not self.model.rowCount():
            self.show_details(None)

    def _show_count(self) -> None:
        """How many orders the filters find, or that they are still being searched or counted."""
        if self.model.loading:
            self.count_label.setText(self.tr("Searching…"))
        elif self.model.counting:
            self.count_label.setText(self.tr("Counting orders…"))
        else:
            count = format_thousands(self.model.rowCount())
            self.count_label.setText(self.tr("%1 orders").replace("%1", count))

    def show_per_member(self) -> QDialog:
        """Sales of the orders listed per member business owning each line's design."""
        dialog = MemberFigures(self)
        dialog.fill_sales(self.services, self.model.query)
        dialog.open()
        return dialog

    def select_order(self, order_id: int | None) -> bool:
        if order_id is None:
            return False
        for number in range(min(self.model.rowCount(), SELECT_WITHIN)):
            row = self.model.row_at(number)
            if row is not None and row.id == order_id:
                self.table.selectRow(number)
                self.show_details(order_id)
                return True
        return False

    def open_order(self, order_id: int) -> None:
        """Show one order (from a buyer's page): the list is cleared of filters to find it."""
        self.tabs.setCurrentIndex(0)
        for combo in (self.status_filter, self.event_filter, self.member_filter):
            combo.blockSignals(True)
            combo.select(None)
            combo.blockSignals(False)
        self.past_due.blockSignals(True)
        self.past_due.setChecked(False)
        self.past_due.blockSignals(False)
        number = self._number_of(order_id)
        self.search.blockSignals(True)
        self.search.setText(number or "")
        self.search.blockSignals(False)
        self.apply_filters()
        self.select_order(order_id)
        self.table.setFocus()

    def _number_of(self, order_id: int) -> str | None:
        try:
            return self.services.orders.get(order_id).number
        except SentraError:
            return None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.show_details(row.id if row else None)

    def show_details(self, order_id: int | None) -> None:
        detail = None
        if order_id is not None:
            try:
                detail = self.services.orders.get(order_id)
            except SentraError as exc:
                show_error(self, exc)
        self.panel.show_order(detail)
        self._enable(detail)

    def _enable(self, detail: OrderDetail | None) -> None:
        status = detail.status if detail else None
        editable = status in (OrderStatus.DRAFT, OrderStatus.CONFIRMED, OrderStatus.READY)
        self.edit_button.setEnabled(editable)
        self.confirm_button.setEnabled(status == OrderStatus.DRAFT)
        self.ready_button.setEnabled(status == OrderStatus.CONFIRMED)
        self.deliver_button.setEnabled(status in (OrderStatus.CONFIRMED, OrderStatus.READY))
        self.payment_button.setEnabled(
            detail is not None and status != OrderStatus.CANCELLED and detail.outstanding > 0
        )
        self.cancel_button.setEnabled(editable)
        self.print_button.setEnabled(detail is not None)
        self.panel.print_delivery_button.setEnabled(bool(detail and detail.deliveries))

    def current_order(self) -> OrderDetail | None:
        return self.panel.detail

    def current_order_id(self) -> int | None:
        return self.panel.detail.id if self.panel.detail else None

    def current_order_number(self) -> str | None:
        """The number of the order shown, for a print action (order sheet, delivery note)."""
        return self.panel.detail.number if self.panel.detail else None

    # --- actions ----------------------------------------------------------------------------
    def print_order(self) -> None:
        """The order sheet of the order shown, made in the background, then previewed."""
        number = self.current_order_number()
        if number is not None:
            from sentra_desktop.ui.reports.preview import open_sheet  # QtPdf loads on first print

            open_sheet(self, self.services, "order", number=number)

    def print_delivery(self) -> None:
        """The delivery note (surat jalan) chosen in the panel, else the order's latest one."""
        detail = self.current_order()
        if detail is None or not detail.deliveries:
            return
        chosen = self.panel.selected_id(self.panel.deliveries)
        numbers = {delivery.id: delivery.number for delivery in detail.deliveries}
        number = numbers.get(chosen) if chosen is not None else None
        from sentra_desktop.ui.reports.preview import open_sheet

        open_sheet(self, self.services, "delivery", number=number or detail.number)

    def new_order(self, buyer_id: int | None = None) -> OrderForm:
        self.tabs.setCurrentIndex(0)
        form = OrderForm(self.services, None, self, buyer_id=buyer_id)
        return self._open_form(form)

    def edit_selected(self) -> OrderForm | None:
        detail = self.current_order()
        if detail is None or detail.status not in (
            OrderStatus.DRAFT,
            OrderStatus.CONFIRMED,
            OrderStatus.READY,
        ):
            return None
        try:
            fresh = self.services.orders.get(detail.id)
        except SentraError as exc:
            show_error(self, exc)
            return None
        return self._open_form(OrderForm(self.services, fresh, self))

    def _open_form(self, form: OrderForm) -> OrderForm:
        form.saved.connect(lambda saved: self._after_change(saved.id))
        self.form = form
        form.open()
        return form

    def _after_change(self, order_id: int | None) -> None:
        self.apply_filters()
        if order_id is not None and not self.select_order(order_id):
            self.open_order(order_id)
        self.table.setFocus()

    def _simple(self, action: str) -> None:
        detail = self.current_order()
        if detail is None:
            return
        orders = self.services.orders
        calls = {"confirm": orders.confirm, "ready": orders.mark_ready, "cancel": orders.cancel}
        try:
            calls[action](detail.id, detail.version)
        except SentraError as exc:
            show_error(self, exc)
        self._after_change(detail.id)

    def confirm_selected(self) -> None:
        self._simple("confirm")

    def ready_selected(self) -> None:
        self._simple("ready")

    def cancel_selected(self) -> None:
        detail = self.current_order()
        if detail is None:
            return
        question = self.tr("Cancel order %1? Its quantities no longer count as ordered.").replace(
            "%1", detail.number
        )
        if self.confirm(self.tr("Cancel order"), question):
            self._simple("cancel")

    def deliver_selected(self) -> DeliveryDialog | None:
        detail = self.current_order()
        if detail is None or detail.status not in (OrderStatus.CONFIRMED, OrderStatus.READY):
            return None
        dialog = DeliveryDialog(self.services, detail, self)
        dialog.saved.connect(lambda _saved: self._after_change(detail.id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def pay_selected(self) -> PaymentDialog | None:
        detail = self.current_order()
        if detail is None or detail.status == OrderStatus.CANCELLED:
            return None
        dialog = PaymentDialog(self.services, detail, self)
        dialog.saved.connect(lambda _saved: self._after_change(detail.id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def void_delivery(self) -> None:
        delivery_id = self.panel.selected_id(self.panel.deliveries)
        detail = self.current_order()
        if delivery_id is None or detail is None:
            return
        question = self.tr("Void this delivery? Its pieces go back into stock and the order reopens.")
        if not self.confirm(self.tr("Void delivery"), question):
            return
        try:
            self.services.orders.void_delivery(delivery_id)
        except SentraError as exc:
            show_error(self, exc)
        self._after_change(detail.id)

    def void_payment(self) -> None:
        payment_id = self.panel.selected_id(self.panel.payments)
        detail = self.current_order()
        if payment_id is None or detail is None:
            return
        if not self.confirm(self.tr("Void payment"), self.tr("Void this payment? It stays in the history.")):
            return
        try:
            self.services.orders.void_payment(payment_id)
        except SentraError as exc:
            show_error(self, exc)
        self._after_change(detail.id)

    def screenshot_detail(self, name: str) -> QWidget | None:
        """For ``sentra-desktop screenshot --page pesanan/produksi``: the window on "what to produce"."""
        if name not in ("produksi", "needs"):
            return None
        self.show_needs()
        return self.window()
