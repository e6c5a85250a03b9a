"""The order form: buyer, dates, event, discount, and lines typed from the keyboard.

A line is the design code, Tab, the quantity, Enter (the price comes from the design unless one
is typed); the line is checked at once and joins the list below, and the cursor is back on the
design code for the next one. Ctrl+S saves the order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.core.formatting import format_rupiah, format_thousands, parse_rupiah
from sentra_desktop.services.container import Services
from sentra_desktop.services.listing import Choice
from sentra_desktop.services.orders import LineInput, OrderDetail, OrderInput, OrderSaved, OrderService
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.forms import FormFields
from sentra_desktop.ui.pages.common import buddy_label
from sentra_desktop.ui.pages.form_dialogs import WorkerDialog
from sentra_desktop.ui.pages.production import DesignField
from sentra_desktop.ui.pages.sales_forms import cell
from sentra_desktop.ui.screen import scroll_dialog_body
from sentra_desktop.ui.tables import configure_table
from sentra_desktop.ui.widgets import ChoiceCombo, DateEdit, MoneyEdit

BUYER_MATCHES = 50  # buyers the drop-down offers for what is typed


@dataclass
class FormLine:
    """A line as the form holds it until the order is saved."""

    line_id: int | None
    design_id: int
    code: str
    name: str
    quantity: int
    unit_price: int
    delivered: int = 0


class BuyerField(QLineEdit):
    """A buyer typed by part of the name, organisation or city, with a drop-down of matches.

    The matches are read as the buyer is typed (at most :data:`BUYER_MATCHES` of them): a sentra
    with thousands of buyers opens the form without reading them all.
    """

    def __init__(self, orders: OrderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._orders = orders
        self._ids: dict[str, int] = {}  # every buyer label shown so far, to its id
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        # The model holds just the matches (every typed word in some column): shown as they are.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("name, organisation or city"))
        # Connected before the completer reacts to the same keystroke, so it filters fresh matches.
        self.textEdited.connect(self._search)

    def _search(self, text: str) -> list[Choice]:
        found = self._orders.buyer_choices(text, limit=BUYER_MATCHES) if text.strip() else []
        self.set_buyers([(choice.id, choice.name) for choice in found])
        return found

    def set_buyers(self, choices: list[tuple[int, str]]) -> None:
        """Offer ``choices`` in the drop-down (and remember them)."""
        self._ids.update({text: id_ for id_, text in choices})
        self._model.setStringList([text for _, text in choices])

    def set_buyer(self, buyer_id: int | None) -> None:
        found = self._orders.buyer_choices(buyer_id=buyer_id) if buyer_id is not None else []
        self.set_buyers([(choice.id, choice.name) for choice in found])
        self.setText(found[0].name if found else "")

    def buyer_id(self) -> int | None:
        """The chosen buyer; -1 for text that names no buyer or several (the service refuses it)."""
        text = self.text().strip()
        if not text:
            return None
        if text in self._ids:
            return self._ids[text]
        found = self._orders.buyer_choices(text, limit=2)
        return found[0].id if len(found) == 1 else -1


class _LineKeys(QObject):
    """Enter in the line row adds the line (and never presses the dialog's Save)."""

    def __init__(self, form: OrderForm) -> None:
        super().__init__(form)
        self.form = form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        popup = self.form.design.completer().popup()
        if watched is self.form.design and popup is not None and popup.isVisible():
            return False
        self.form.add_line()
        return True


class OrderForm(WorkerDialog):
    """Create (``order`` None) or edit an order; ``saved(OrderSaved)`` once stored."""

    def __init__(
        self,
        services: Services,
        order: OrderDetail | None = None,
        parent: QWidget | None = None,
        *,
        buyer_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.order = order
        self.lines: list[FormLine] = []
        self.setWindowTitle(
            self.tr("New order") if order is None else self.tr("Order %1").replace("%1", order.number)
        )
        header = self._build_header()
        entry = self._build_line_entry()
        lines_error = self._build_lines()
        discount_row, discount_error, footer = self._build_footer()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(header)
        title = QLabel(self.tr("Lines"))
        title.setStyleSheet("font-weight: 600; margin-top: 4px;")
        layout.addWidget(title)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        layout.addWidget(lines_error)
        layout.addLayout(discount_row)
        layout.addWidget(discount_error, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.totals)
        layout.addLayout(footer)
        layout.addWidget(self.buttons)
        scroll_dialog_body(self, self.buttons)  # a small screen scrolls the lines, never the buttons
        self.setMinimumWidth(720)
        self.resize(760, 640)
        self.discount.textChanged.connect(self._show_totals)

        if order is not None:
            self._fill(order)
        else:
            self.buyer.set_buyer(buyer_id)
        self._show_lines()
        (self.design if buyer_id is not None or order is not None else self.buyer).setFocus()

    # --- building ---------------------------------------------------------------------------
    def _build_header(self) -> QFormLayout:
        """Buyer, order and due dates, and the sales event, each with its error beneath."""
        orders = self.services.orders
        self.buyer = BuyerField(orders)
        self.ordered_on = DateEdit()
        self.due_on = DateEdit(optional=True)
        self.sales_event = ChoiceCombo(empty_text=self.tr("(no event)"))
        self.sales_event.set_choices(orders.event_choices())
        header = QFormLayout()
        self.fields.layout = header
        self.fields.add("buyer_id", self.tr("&Buyer"), self.buyer)
        dates = QWidget()
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        dates_row.addWidget(self.ordered_on)
        dates_row.addWidget(buddy_label(self.tr("D&ue"), self.due_on))
        dates_row.addWidget(self.due_on)
        dates_row.addStretch(1)
        self.fields.add("ordered_on", self.tr("Or&der date"), dates)
        self.fields.widgets["ordered_on"] = self.ordered_on
        self.fields.register("due_on", self.due_on)
        header.addRow("", self.fields.errors["due_on"])
        self.fields.add("sales_event_id", self.tr("Sales &event"), self.sales_event)
        return header

    def _build_line_entry(self) -> QGridLayout:
        """The row a line is typed into: design, quantity, price and Add."""
        self.design = DesignField()
        self.design.set_designs([(d.code, d.name) for d in self.services.orders.design_prices()])
        self.quantity = QLineEdit()
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.quantity.setPlaceholderText(self.tr("pieces"))
        self.price = MoneyEdit()
        self.price.setPlaceholderText(self.tr("design's price"))
        self.add_button = QPushButton(self.tr("&Add line"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_line)
        self.line_fields = FormFields()
        grid = self.line_fields.side_by_side(
            [
                ("design", self.tr("Desi&gn"), self.design, 4),
                ("quantity", self.tr("&Quantity"), self.quantity, 1),
                ("unit_price", self.tr("Unit &price (Rp)"), self.price, 2),
            ]
        )
        grid.addWidget(self.add_button, 1, 3)
        keys = _LineKeys(self)
        for widget in (self.design, self.quantity, self.price):
            widget.installEventFilter(keys)
        return grid

    def _build_lines(self) -> QLabel:
        """The table of the order's lines; returns the error label shown under it."""
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("order_lines")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Design"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Line total"),
                self.tr("Delivered"),
            ]
        )
        configure_table(self.table)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.table.doubleClicked.connect(self._edit_line)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_line)
        return self.fields.register("lines", self.table)

    def _build_footer(self) -> tuple[QHBoxLayout, QLabel, QFormLayout]:
        """Remove line and the discount under the table, then the totals line and the notes."""
        self.discount = MoneyEdit()
        self.discount.setMaximumWidth(160)
        self.notes = QLineEdit()
        self.remove_button = QPushButton(self.tr("Re&move line"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_line)
        self.totals = QLabel()
        self.totals.setObjectName("order_totals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        discount_row = QHBoxLayout()
        discount_row.addWidget(self.remove_button)
        discount_row.addStretch(1)
        discount_row.addWidget(buddy_label(self.tr("Dis&count (Rp)"), self.discount))
        discount_row.addWidget(self.discount)
        discount_error = self.fields.register("discount", self.discount)
        footer = QFormLayout()
        footer.addRow(buddy_label(self.tr("&Notes"), self.notes), self.notes)
        footer.addRow("", self.fields.register("notes", self.notes))
        return discount_row, discount_error, footer

    def _fill(self, order: OrderDetail) -> None:
        self.buyer.set_buyer(order.buyer_id)
        if not self.buyer.text():  # an archived buyer stays on its old orders
            self.buyer.setText(order.buyer)
            self.buyer.set_buyers([(order.buyer_id, order.buyer)])
        self.ordered_on.set_value(order.ordered_on)
        self.due_on.set_value(order.due_on)
        self.sales_event.select(order.sales_event_id)
        self.discount.set_amount(order.discount)
        self.notes.setText(order.notes)
        self.lines = [
            FormLine(
                line.id, line.design_id, line.code, line.name, line.quantity, line.unit_price, line.delivered
            )
            for line in order.lines
        ]

    # --- lines -------------------------------------------------------------------------------
    def add_line(self) -> FormLine | None:
        """Check the line row with the service and add it; problems show at its fields."""
        self.line_fields.clear_errors()
        data = LineInput(self.design.code(), self.quantity.text(), self.price.text() or None)
        try:
            checked = self.services.orders.check_line(data)
        except ValidationError as exc:
            self.line_fields.show_errors(exc)
            return None
        except SentraError as exc:
            show_error(self, exc)
            return None
        line = FormLine(
            self._editing_id,
            checked.design_id,
            checked.code,
            checked.name,
            checked.quantity,
            checked.unit_price,
            self._editing_delivered,
        )
        self.lines.append(line)
        self._editing_id, self._editing_delivered = None, 0
        for widget in (self.design, self.quantity, self.price):
            widget.clear()
        self._show_lines()
        self.table.selectRow(len(self.lines) - 1)
        self.design.setFocus()
        return line

    _editing_id: int | None = None
    _editing_delivered: int = 0

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self._show_lines()

    def _edit_line(self, index: QModelIndex) -> None:
        """Take a line back into the line row to change it (Enter puts it back)."""
        line = self.lines.pop(index.row())
        self._editing_id, self._editing_delivered = line.line_id, line.delivered
        self.design.setText(line.code)
        self.quantity.setText(format_thousands(line.quantity))
        self.price.set_amount(line.unit_price)
        self._show_lines()
        self.quantity.setFocus()
        self.quantity.selectAll()

    def _show_lines(self) -> None:
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            self.table.setItem(row, 0, cell(line.code))
            self.table.setItem(row, 1, cell(line.name))
            self.table.setItem(row, 2, cell(format_thousands(line.quantity), right=True))
            self.table.setItem(row, 3, cell(format_rupiah(line.unit_price), right=True))
            self.table.setItem(row, 4, cell(format_rupiah(line.quantity * line.unit_price), right=True))
            self.table.setItem(
                row, 5, cell(format_thousands(line.delivered) if line.delivered else "", right=True)
            )
        self._show_totals()

    def subtotal(self) -> int:
        return sum(line.quantity * line.unit_price for line in self.lines)

    def _show_totals(self) -> None:
        subtotal = self.subtotal()
        try:
            discount = parse_rupiah(self.discount.text(), "discount") if self.discount.text().strip() else 0
        except ValidationError:
            discount = 0
        self.totals.setText(
            self.tr("%1 lines · subtotal %2 · discount %3 · <b>total %4</b>")
            .replace("%1", format_thousands(len(self.lines)))
            .replace("%2", format_rupiah(subtotal))
            .replace("%3", format_rupiah(discount))
            .replace("%4", format_rupiah(subtotal - discount))
        )

    # --- saving ------------------------------------------------------------------------------
    def state(self) -> tuple[object, ...]:
        return (
            *super().state(),
            tuple((line.design_id, line.quantity, line.unit_price) for line in self.lines),
        )

    def collect(self) -> OrderInput:
        return OrderInput(
            buyer_id=self.buyer.buyer_id(),
            ordered_on=self.ordered_on.value() or date.today(),
            due_on=self.due_on.value(),
            lines=[
                LineInput(line.design_id, line.quantity, line.unit_price, line.line_id) for line in self.lines
            ],
            discount=self.discount.text(),
            sales_event_id=self.sales_event.id_value(),
            notes=self.notes.text(),
        )

    def submit(self) -> None:
        if self.design.text().strip() and self.add_line() is None:
            return  # a line still in the row is added first, or its problem shown
        data = self.collect()
        service = self.services.orders
        order = self.order

        def work() -> OrderSaved:
            if order is None:
                return service.create(data)
            service.update(order.id, order.version, data)
            return OrderSaved(order.id, order.number)

        self.run(work, self.tr("Saving order"))
