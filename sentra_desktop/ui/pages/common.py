"""Pieces every page shares: a title line, the main list of a page and confirmation questions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox, QTableView, QWidget

from sentra_desktop.ui.tables import configure_table


def page_title(text: str) -> QLabel:
    """A large bold heading at the top of a page."""
    label = QLabel(text)
    label.setObjectName("page_title")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def record_table(
    model: QAbstractItemModel,
    name: str,
    *,
    widths: Sequence[int],
    stretch: int,
    sort_column: int,
    sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
) -> QTableView:
    """A page's sortable list of records: columns ``widths`` pixels wide, column ``stretch`` taking the rest.

    The sort indicator is set last, so the model is asked once for its first order.
    """
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    configure_table(table, sortable=True)
    header = table.horizontalHeader()
    header.setSortIndicator(sort_column, sort_order)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A Yes/No question; No is the default so Enter never destroys anything."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
