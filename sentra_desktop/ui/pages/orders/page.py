"""The Pesanan area: the order book with one order's details, what to produce, and sales events.

Every change to an order (confirm, ready, deliver, pay, cancel) is a button or a key on the
selected order; the detail beside the list shows its lines, deliveries and payments, and what is
still owed. Past-due orders are red everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.enums import OrderStatus, SalesEventKind
from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.core.formatting import format_date, format_decimal, format_rupiah, format_thousands
from sentra_desktop.services.container import Services
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.orders import EventInput, OrderDetail, OrderRow
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.forms import FormFields, make_banner
from sentra_desktop.ui.models.paged import Column, PagedTableModel
from sentra_desktop.ui.pages.common import ask, page_title
from sentra_desktop.ui.pages.orders.dialogs import DeliveryDialog, PaymentDialog
from sentra_desktop.ui.pages.orders.form import OrderForm
from sentra_desktop.ui.pages.sales_forms import cell, fit_columns, small_table
from sentra_desktop.ui.pages.sales_labels import DONE, PAST_DUE, event_kind_names, method_names, status_names
from sentra_desktop.ui.screen import scroll_body
from sentra_desktop.ui.widgets import ChoiceCombo, DateEdit

SEARCH_DELAY_MS = 250
SELECT_WITHIN = 200  # keep a selection only when it is on the first page: one query, not ten
OPEN = "open"


class OrderPanel(QFrame):
    """One order in detail: buyer, dates, lines with what went out, deliveries, payments, money."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._statuses = status_names()
        self._methods = method_names()
        self.detail: OrderDetail | None = None
        self.heading = QLabel()
        self.heading.setObjectName("order_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.money = QLabel()
        self.money.setObjectName("order_money")
        self.money.setWordWrap(True)
        self.lines = small_table(
            [
                self.tr("Code"),
                self.tr("Design"),
                self.tr("Qty"),
                self.tr("Price"),
                self.tr("Total"),
                self.tr("Delivered"),
            ]
        )
        self.lines.setObjectName("panel_lines")
        self.deliveries = small_table(
            [self.tr("Delivery note"), self.tr("Date"), self.tr("Pieces"), self.tr("Note")]
        )
        self.deliveries.setObjectName("panel_deliveries")
        self.deliveries.setMaximumHeight(120)
        self.payments = small_table([self.tr("Date"), self.tr("Amount"), self.tr("Method"), self.tr("Note")])
        self.payments.setObjectName("panel_payments")
        self.payments.setMaximumHeight(120)
        self.void_delivery_button = QPushButton(self.tr("Void delivery"))
        self.print_delivery_button = QPushButton(self.tr("Print delivery &note…"))
        self.void_payment_button = QPushButton(self.tr("Void payment"))
        self.empty = QLabel(self.tr("Choose an order in the list."))
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addWidget(self.info)
        body.addWidget(self.money)
        body.addWidget(self.lines, 2)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Deliveries")))
        row.addStretch(1)
        row.addWidget(self.print_delivery_button)
        row.addWidget(self.void_delivery_button)
        body.addLayout(row)
        body.addWidget(self.deliveries, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Payments")))
        row.addStretch(1)
        row.addWidget(self.void_payment_button)
        body.addLayout(row)
        body.addWidget(self.payments, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.body.hide()

    def show_order(self, detail: OrderDetail | None) -> None:
        self.detail = detail
        self.body.setVisible(detail is not None)
        self.empty.setVisible(detail is None)
        if detail is None:
            return
        self.heading.setText(f"{detail.number} · {self._statuses[detail.status]}")
        due = format_date(detail.due_on) if detail.due_on else "-"
        if detail.past_due:
            due = f'<span style="color:#b00020; font-weight:600;">{due} ({self.tr("past due")})</span>'
        parts = [
            self.tr("Buyer: %1").replace("%1", detail.buyer)
            + (f" · {detail.buyer_phone}" if detail.buyer_phone else ""),
            self.tr("Ordered %1 · due %2").replace("%1", format_date(detail.ordered_on)).replace("%2", due),
        ]
        if detail.event:
            parts.append(self.tr("Event: %1").replace("%1", detail.event))
        if detail.notes:
            parts.append(detail.notes)
        self.info.setText("<br>".join(parts))
        owed = detail.outstanding
        self.money.setText(
            self.tr("Total %1 (discount %2) · paid %3 · <b>outstanding %4</b>")
            .replace("%1", format_rupiah(detail.total))
            .replace("%2", format_rupiah(detail.discount))
            .replace("%3", format_rupiah(detail.paid))
            .replace("%4", format_rupiah(owed))
        )
        self.money.setStyleSheet(
            "color: #b00020;" if owed > 0 and detail.status == OrderStatus.DELIVERED else ""
        )
        self.lines.setRowCount(len(detail.lines))
        for row, line in enumerate(detail.lines):
            self.lines.setItem(row, 0, cell(line.code))
            self.lines.setItem(row, 1, cell(line.name))
            self.lines.setItem(row, 2, cell(format_thousands(line.quantity), right=True))
            self.lines.setItem(row, 3, cell(format_rupiah(line.unit_price), right=True))
            self.lines.setItem(row, 4, cell(format_rupiah(line.total), right=True))
            self.lines.setItem(row, 5, cell(format_thousands(line.delivered), right=True))
        fit_columns(self.lines, 1)
        self.deliveries.setRowCount(len(detail.deliveries))
        for row, delivery in enumerate(detail.deliveries):
            colour = DONE if delivery.voided else None
            void = f" ({self.tr('void')})" if delivery.voided else ""
            self.deliveries.setItem(row, 0, cell(delivery.number + void, colour=colour, data=delivery.id))
            self.deliveries.setItem(row, 1, cell(format_date(delivery.delivered_on), colour=colour))
            self.deliveries.setItem(
                row, 2, cell(format_thousands(delivery.pieces), right=True, colour=colour)
            )
            self.deliveries.setItem(row, 3, cell(delivery.note, colour=colour))
        fit_columns(self.deliveries, 3)
        self.payments.setRowCount(len(detail.payments))
        for row, payment in enumerate(detail.payments):
            colour = DONE if payment.voided else None
            kind = self.tr("DP") + " · " if payment.is_down_payment else ""
            void = f" ({self.tr('void')})" if payment.voided else ""
            self.payments.setItem(
                row, 0, cell(format_date(payment.paid_on) + void, colour=colour, data=payment.id)
            )
            self.payments.setItem(row, 1, cell(format_rupiah(payment.amount), right=True, colour=colour))
            self.payments.setItem(row, 2, cell(kind + self._methods[payment.method], colour=colour))
            self.payments.setItem(row, 3, cell(payment.note, colour=colour))
        fit_columns(self.payments, 3)

    def selected_id(self, table: object) -> int | None:
        assert isinstance(table, type(self.payments))
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


class NeedsView(QWidget):
    """What to produce: open confirmed quantities per design against stock, shortfall first by due date."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.shortfall_only = QCheckBox(self.tr("Only designs with a &shortfall"))
        self.shortfall_only.toggled.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("needs_summary")
        self.table = small_table(
            [
                self.tr("Code"),
                self.tr("Design"),
                self.tr("On open orders"),
                self.tr("On hand"),
                self.tr("Available"),
                self.tr("To produce"),
                self.tr("Orders"),
                self.tr("Earliest due"),
            ]
        )
        self.table.setObjectName("needs_table")
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        explain = QLabel(
            self.tr(
                "Confirmed and ready orders not yet delivered, per design, against stock on hand. "
                "Available = on hand − on open orders; red rows have an order past its due date."
            )
        )
        explain.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.shortfall_only)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        try:
            needs = self.services.orders.production_needs(shortfall_only=self.shortfall_only.isChecked())
        except SentraError as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(len(needs))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, need in enumerate(needs):
            colour = PAST_DUE if need.past_due else None
            values = [
                (need.code, False),
                (need.name, False),
                (format_thousands(need.open_quantity), True),
                (format_thousands(need.on_hand), True),
                (format_thousands(need.available), True),
                (format_thousands(need.shortfall) if need.shortfall else "", True),
                (format_thousands(need.orders), True),
                (format_date(need.earliest_due), False),
            ]
            for column, (text, right) in enumerate(values):
                item = cell(text, right=right, colour=colour, data=need.design_id if column == 0 else None)
                if column == 5 and need.shortfall:
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        fit_columns(self.table, 1)
        total = sum(n.shortfall for n in needs)
        self.summary.setText(
            self.tr("%1 designs · %2 pieces to produce")
            .replace("%1", format_thousands(len(needs)))
            .replace("%2", format_thousands(total))
        )


class EventsView(QWidget):
    """Sales events that orders can name, with the orders and income each brought."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._kinds = event_kind_names()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Pameran Kriya Sumsel 2026"))
        self.kind = ChoiceCombo()
        self.kind.set_choices(list(self._kinds.items()), SalesEventKind.EXHIBITION)
        self.starts_on = DateEdit(optional=True)
        self.ends_on = DateEdit(optional=True)
        self.location = QLineEdit()
        self.add_button = QPushButton(self.tr("&Add event"))
        self.add_button.clicked.connect(self.add_event)
        self.name.returnPressed.connect(self.add_event)
        self.location.returnPressed.connect(self.add_event)
        self.banner = make_banner()
        self.fields = FormFields(banner=self.banner)
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        for column, (field, label, widget, stretch) in enumerate(
            [
                ("name", self.tr("&Name"), self.name, 3),
                ("kind", self.tr("&Kind"), self.kind, 1),
                ("starts_on", self.tr("&From"), self.starts_on, 1),
                ("ends_on", self.tr("&To"), self.ends_on, 1),
                ("location", self.tr("&Location"), self.location, 2),
            ]
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
            grid.addWidget(self.fields.register(field, widget), 2, column, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(column, stretch)
        grid.addWidget(self.add_button, 1, 5)
        self.table = small_table(
            [
                self.tr("Event"),
                self.tr("Kind"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Location"),
                self.tr("Orders"),
                self.tr("Income"),
                self.tr("Share of the year's sales"),
            ]
        )
        self.table.setObjectName("events_table")
        explain = QLabel(
            self.tr(
                "Income from confirmed and delivered orders that name the event, and its share of that "
                "year's sales: how much hangs on one event (30% or more is shown in red)."
            )
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        try:
            events = self.services.orders.events()
        except SentraError as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            self.table.setItem(row, 0, cell(event.name, data=event.id))
            self.table.setItem(row, 1, cell(self._kinds[event.kind]))
            self.table.setItem(row, 2, cell(format_date(event.starts_on)))
            self.table.setItem(row, 3, cell(format_date(event.ends_on)))
            self.table.setItem(row, 4, cell(event.location))
            self.table.setItem(row, 5, cell(format_thousands(event.orders), right=True))
            self.table.setItem(row, 6, cell(format_rupiah(event.income), right=True))
            share = event.share
            self.table.setItem(
                row,
                7,
                cell(f"{format_decimal(share, 1)}%", right=True, colour=PAST_DUE if share >= 30 else None),
            )
        fit_columns(self.table, 0)

    def add_event(self) -> None:
        self.fields.clear_errors()
        data = EventInput(
            name=self.name.text(),
            kind=self.kind.value(),  # type: ignore[arg-type]
            starts_on=self.starts_on.value(),
            ends_on=self.ends_on.value(),
            location=self.location.text(),
        )
        try:
            self.services.orders.create_event(data)
        except ValidationError as exc:
            self.fields.show_errors(exc)
            return
        except SentraError as exc:
            show_error(self, exc)
            return
        for widget in (self.name, self.location):
            widget.clear()
        self.refresh()
        self.name.setFocus()


class OrdersPage(QWidget):
    """The order book, what to produce, and sales events, as three tabs."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._statuses = status_names()
        self.confirm = lambda title, text: ask(self, title, text)
        self.form: OrderForm | None = None
        self.dialog: DeliveryDialog | PaymentDialog | None = None

        # --- order book -------------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setObjectName("order_search")
        self.search.setPlaceholderText(self.tr("Search number, buyer or organisation…"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = ChoiceCombo(empty_text=self.tr("All statuses"))
        self.status_filter.set_choices([(OPEN, self.tr("Open (not delivered)")), *self._statuses.items()])
        self.event_filter = ChoiceCombo(empty_text=self.tr("All events"))
        self.event_filter.setMinimumWidth(150)
        self.past_due = QCheckBox(self.tr("&Past due only"))
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
        self.count_label = QLabel()
        self.count_label.setObjectName("order_count")

        def colour(row: OrderRow) -> object:
            if row.past_due:
                return PAST_DUE
            return DONE if row.status == OrderStatus.CANCELLED else None

        columns: list[Column[OrderRow]] = [
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
        self.model: PagedTableModel[OrderRow] = PagedTableModel(
            services.orders, columns, query=ListQuery(sort="number", descending=True), parent=self
        )
        self.table = QTableView()
        self.table.setObjectName("order_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((104, 86, 92, 130, 92, 100, 100)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)  # the buyer keeps its width; a narrow list scrolls
        self.panel = OrderPanel()
        self.panel.setObjectName("order_panel")
        self.panel.setMinimumWidth(410)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.event_filter, 1)
        filters.addWidget(self.past_due)
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.confirm_button,
            self.ready_button,
            self.deliver_button,
            self.payment_button,
            self.cancel_button,
            self.print_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
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

        self.needs = NeedsView(services)
        self.events = EventsView(services)
        self.tabs = QTabWidget()
        self.tabs.addTab(book, self.tr("Order &book"))
        self.tabs.addTab(self.needs, self.tr("What to &produce"))
        self.tabs.addTab(self.events, self.tr("Sales e&vents"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Orders")))
        layout.addWidget(self.tabs, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.event_filter.currentIndexChanged.connect(self.apply_filters)
        self.past_due.toggled.connect(self.apply_filters)
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
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.new_order())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._find)

        self._load_events()
        self.apply_filters()
        self.search.setFocus()

    # --- the list ---------------------------------------------------------------------------
    def activated(self) -> None:
        self._load_events()
        self.apply_filters()
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
        self.event_filter.set_choices(
            [(e.id, e.name) for e in self.services.orders.events()], self.event_filter.value()
        )
        self.event_filter.blockSignals(False)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        selected = self.current_order_id()
        status = self.status_filter.value()
        query = (
            self.model.query.with_search(self.search.text())
            .with_filter("status", status)
            .with_filter("sales_event_id", self.event_filter.value())
            .with_filter("past_due", True if self.past_due.isChecked() else None)
        )
        try:
            self.model.set_query(query)
        except SentraError as exc:
            show_error(self, exc)
            return
        self.count_label.setText(self.tr("%1 orders").replace("%1", format_thousands(self.model.rowCount())))
        if not self.select_order(selected) and self.model.rowCount():
            self.table.selectRow(0)
        elif not self.model.rowCount():
            self.show_details(None)

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
        for combo in (self.status_filter, self.event_filter):
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
            bool(detail) and status != OrderStatus.CANCELLED and detail.outstanding > 0
        )  # type: ignore[union-attr]
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
