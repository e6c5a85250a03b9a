"""Delivering part or all of an order, and recording a payment against it."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.enums import PaymentMethod
from sentra_desktop.core.errors import FieldError, SentraError, ValidationError
from sentra_desktop.core.formatting import format_rupiah, format_thousands
from sentra_desktop.services.container import Services
from sentra_desktop.services.orders import DeliveryInput, DeliveryShortError, OrderDetail, PaymentInput
from sentra_desktop.ui.errors import error_text
from sentra_desktop.ui.pages.common import ask
from sentra_desktop.ui.pages.form_dialogs import WorkerDialog
from sentra_desktop.ui.pages.sales_forms import cell
from sentra_desktop.ui.pages.sales_labels import method_names
from sentra_desktop.ui.tables import configure_table
from sentra_desktop.ui.widgets import ChoiceCombo, DateEdit, MoneyEdit

ERROR_COLUMN = 5


class DeliveryDialog(WorkerDialog):
    """Pieces going out now for each line (what is left, unless changed); ``saved(DeliverySaved)``.

    Tab walks down the "Now" column. Saving what differs from what is still open first shows what
    will be posted and asks; more than is left on a line is refused with the reason at that line.
    """

    def __init__(self, services: Services, order: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.order = order
        self.setWindowTitle(self.tr("Deliver %1").replace("%1", order.number))
        self.open_lines = [line for line in order.lines if line.to_deliver > 0]
        self.delivered_on = DateEdit()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. picked up by the buyer, sent by bus"))
        form = QFormLayout()
        self.fields.layout = form
        self.fields.add("delivered_on", self.tr("&Delivery date"), self.delivered_on)

        self.confirm = lambda title, text: ask(self, title, text)
        self.table = QTableWidget(len(self.open_lines), 6)
        self.table.setObjectName("delivery_lines")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Design"), self.tr("Ordered"), self.tr("Left"), self.tr("Now"), ""]
        )
        configure_table(self.table)
        # Tab goes from one "Now" field to the next, not through the table's cells.
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setColumnHidden(ERROR_COLUMN, True)
        self.table.verticalHeader().setDefaultSectionSize(26)  # room for the typing fields
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.inputs: dict[int, QLineEdit] = {}
        for row, line in enumerate(self.open_lines):
            self.table.setItem(row, 0, cell(line.code))
            self.table.setItem(row, 1, cell(line.name))
            self.table.setItem(row, 2, cell(format_thousands(line.quantity), right=True))
            self.table.setItem(row, 3, cell(format_thousands(line.to_deliver), right=True))
            edit = QLineEdit(str(line.to_deliver))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setObjectName(f"deliver_{line.id}")
            self.table.setCellWidget(row, 4, edit)
            self.inputs[line.id] = edit
        self.table.setMinimumHeight(60 + 26 * min(len(self.open_lines), 8))

        self.short_panel = QFrame()
        self.short_panel.setObjectName("short_panel")
        self.short_panel.setStyleSheet("#short_panel { background: #fff4d6; border: 1px solid #e0b44c; }")
        self.short_text = QLabel()
        self.short_text.setObjectName("short_text")
        self.short_text.setWordWrap(True)
        self.deliver_anyway = QPushButton(self.tr("Deliver &anyway"))
        self.deliver_anyway.clicked.connect(lambda: self.submit(allow_short=True))
        short_row = QHBoxLayout(self.short_panel)
        short_row.addWidget(self.short_text, 1)
        short_row.addWidget(self.deliver_anyway)
        self.short_panel.hide()

        notes = QFormLayout()
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note)
        notes.addRow(note_label, self.note)
        notes.addRow("", self.fields.register("note", self.note))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("%1 — %2. Type the pieces going out now; 0 leaves a line for later.")
                .replace("%1", order.number)
                .replace("%2", order.buyer)
            )
        )
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(notes)
        layout.addWidget(self.short_panel)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        chain = (self.delivered_on, *self.inputs.values(), self.note)
        for before, after in pairwise(chain):
            self.setTabOrder(before, after)
        first = next(iter(self.inputs.values()), None)
        if first is not None:
            first.setFocus()
            first.selectAll()

    def state(self) -> tuple[object, ...]:
        return (*super().state(), tuple(edit.text() for edit in self.inputs.values()))

    def submit(self, allow_short: bool = False) -> None:
        """Deliver; when the pieces differ from what is open, show what will be posted and ask first."""
        data = DeliveryInput(
            delivered_on=self.delivered_on.value() or date.today(),
            quantities={line_id: edit.text() for line_id, edit in self.inputs.items()},
            note=self.note.text(),
        )
        self.short_panel.hide()
        if not allow_short and not self.busy:
            posting = self.posting_text()
            if posting and not self.confirm(self.tr("Post this delivery?"), posting):
                return
        service, order_id = self.services.orders, self.order.id
        self.run(lambda: service.deliver(order_id, data, allow_short=allow_short), self.tr("Delivering"))

    def posting_text(self) -> str:
        """What will be posted, line by line, when the typed total is not what is still open ("" when it
        is, or when a quantity is no whole number: the service then says so at the field)."""
        typed: dict[int, int] = {}
        for line_id, edit in self.inputs.items():
            text = edit.text().strip().replace(".", "")
            if text and not text.isdigit():
                return ""
            typed[line_id] = int(text or 0)
        total, left = sum(typed.values()), sum(line.to_deliver for line in self.open_lines)
        if total == left or total == 0:
            return ""
        lines = [
            self.tr("%1: %2 of %3 left")
            .replace("%1", line.code)
            .replace("%2", format_thousands(typed[line.id]))
            .replace("%3", format_thousands(line.to_deliver))
            for line in self.open_lines
        ]
        return "\n".join(
            [
                self.tr("This delivery posts %1 pieces out of stock, while %2 are still to deliver:")
                .replace("%1", format_thousands(total))
                .replace("%2", format_thousands(left)),
                *lines,
                "",
                self.tr("Post it?"),
            ]
        )

    def show_errors(self, exc: ValidationError) -> None:
        codes = {line.id: line.code for line in self.open_lines}
        rows = {line.id: row for row, line in enumerate(self.open_lines)}
        named: list[FieldError] = []
        self._clear_line_errors()
        for error in exc.errors:
            field = error.field or ""
            if field.startswith("quantity."):
                line_id = int(field.split(".", 1)[1])
                edit = self.inputs.get(line_id)
                if edit is not None:
                    edit.setStyleSheet("border: 2px solid #b00020;")
                    edit.setFocus()
                    self._line_error(rows[line_id], error)
                named.append(FieldError(None, error.code, error.params))
                self._prefix[len(named) - 1] = codes.get(line_id, "")
            else:
                named.append(error)
        super().show_errors(ValidationError([e for e in named if e.field is not None]))
        loose = [(i, e) for i, e in enumerate(named) if e.field is None]
        if loose:
            from sentra_desktop.ui.forms import error_message

            texts = [
                (f"{self._prefix[i]}: " if self._prefix.get(i) else "") + error_message(error)
                for i, error in loose
            ]
            self.banner.setText("\n".join(texts))
            self.banner.show()
        self._prefix.clear()

    _prefix: dict[int, str] = {}

    def _line_error(self, row: int, error: FieldError) -> None:
        """The reason beside the line's field in red: short in the cell, whole in its tooltip."""
        from sentra_desktop.ui.forms import error_message

        text = error_message(error)
        short = text
        if error.code == "more_than_ordered":
            short = self.tr("At most %1").replace("%1", str(error.params.get("open", "")))
        item = cell(short)
        item.setForeground(QColor("#b00020"))
        item.setToolTip(text)
        self.table.setItem(row, ERROR_COLUMN, item)
        self.table.setColumnHidden(ERROR_COLUMN, False)
        self.table.resizeColumnToContents(ERROR_COLUMN)
        self.inputs[self.open_lines[row].id].setToolTip(text)

    def _clear_line_errors(self) -> None:
        for row, line in enumerate(self.open_lines):
            self.table.setItem(row, ERROR_COLUMN, cell(""))
            self.inputs[line.id].setStyleSheet("")
            self.inputs[line.id].setToolTip("")
        self.table.setColumnHidden(ERROR_COLUMN, True)

    def handle_error(self, exc: SentraError) -> bool:
        if not isinstance(exc, DeliveryShortError):
            return False
        self.short_text.setText(error_text(exc) + " " + self.tr("Deliver anyway? Stock goes below zero."))
        self.short_panel.show()
        self.deliver_anyway.setFocus()
        return True


class PaymentDialog(WorkerDialog):
    """Money received against an order; ``saved(payment id)``."""

    def __init__(self, services: Services, order: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.order = order
        self.setWindowTitle(self.tr("Payment for %1").replace("%1", order.number))
        self.paid_on = DateEdit()
        self.amount = MoneyEdit()
        self.amount.set_amount(order.outstanding if order.outstanding > 0 else None)
        self.method = ChoiceCombo()
        self.method.set_choices(list(method_names().items()), PaymentMethod.CASH)
        self.down_payment = QCheckBox(self.tr("This is the &down payment (DP)"))
        self.down_payment.setChecked(not any(not p.voided for p in order.payments))
        self.note = QLineEdit()
        form = QFormLayout()
        self.fields.layout = form
        summary = QLabel(
            self.tr("Total %1 · paid %2 · outstanding %3")
            .replace("%1", format_rupiah(order.total))
            .replace("%2", format_rupiah(order.paid))
            .replace("%3", format_rupiah(order.outstanding))
        )
        summary.setObjectName("payment_summary")
        summary.setStyleSheet("font-weight: 600;")
        self.fields.add("paid_on", self.tr("&Date"), self.paid_on)
        self.fields.add("amount", self.tr("&Amount (Rp)"), self.amount)
        self.fields.add("method", self.tr("&Method"), self.method)
        form.addRow("", self.down_payment)
        self.fields.add("note", self.tr("&Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.amount.setFocus()
        self.amount.selectAll()

    def submit(self) -> None:
        data = PaymentInput(
            paid_on=self.paid_on.value() or date.today(),
            amount=self.amount.text(),
            method=self.method.value(),  # type: ignore[arg-type]
            is_down_payment=self.down_payment.isChecked(),
            note=self.note.text(),
        )
        service, order_id = self.services.orders, self.order.id
        self.run(lambda: service.add_payment(order_id, data), self.tr("Saving payment"))
