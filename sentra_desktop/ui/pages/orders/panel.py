"""The order detail pane beside the order book: lines, deliveries, payments and what is owed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sentra_desktop.core.enums import OrderStatus
from sentra_desktop.core.formatting import format_date, format_rupiah, format_thousands
from sentra_desktop.services.orders import OrderDetail
from sentra_desktop.ui.pages.sales_forms import cell, fit_columns, small_table
from sentra_desktop.ui.pages.sales_labels import DONE, method_names, status_names


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
            late = self.tr("past due")
            due = f'<span style="color:#b00020; font-weight:600;">{due} ({late})</span>'
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
            void = " (" + self.tr("voided") + ")" if delivery.voided else ""
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
            void = " (" + self.tr("voided") + ")" if payment.voided else ""
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
