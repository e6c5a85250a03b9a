"""What to produce: open confirmed quantities per design set against the stock on hand."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.formatting import format_date, format_thousands
from sentra_desktop.services.container import Services
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.pages.sales_forms import cell, fit_columns, small_table
from sentra_desktop.ui.pages.sales_labels import PAST_DUE


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
