"""What the Pembeli and Pesanan pages share: small read-only tables of a few rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from sentra_desktop.ui.tables import configure_table


def small_table(headers: list[str]) -> QTableWidget:
    """A read-only table for a handful of rows (a buyer's orders, what they bought)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    configure_table(table, stretch_last=True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def fit_columns(table: QTableWidget, stretch: int) -> None:
    """Columns as wide as their contents, column ``stretch`` taking the room that is left."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    table.resizeColumnsToContents()
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def cell(text: str, *, right: bool = False, colour: object = None, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if colour is not None:
        item.setForeground(colour)  # type: ignore[arg-type]
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item
