"""The pieces of a page's record list: search box, table, buttons and count.

Pages assemble their list from these so that every list searches after the same typing pause,
sorts, selects and looks the same, and a new record kind gets its list in a few lines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QWidget

from sentra_desktop.ui.tables import configure_table


def search_field(name: str | None, placeholder: str) -> QLineEdit:
    """The search box above a list, with a clear button."""
    field = QLineEdit()
    if name:
        field.setObjectName(name)
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    return field


def typing_pause(field: QLineEdit, delay_ms: int, slot: Callable[[], object]) -> QTimer:
    """Call ``slot`` once typing in ``field`` pauses for ``delay_ms``: one query a pause, not one a key.

    A slot that can also run at once (Enter, another filter) stops the returned timer first.
    """
    timer = QTimer(field)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(slot)
    field.textChanged.connect(timer.start)
    return timer


def record_table(
    model: QAbstractItemModel,
    name: str,
    *,
    widths: Sequence[int],
    stretch: int | None,
    sort_column: int,
    sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
) -> QTableView:
    """A page's sortable list of records: columns ``widths`` pixels wide, column ``stretch`` taking the rest.

    ``stretch=None``: every column keeps its width and the last one takes the rest, so a narrow
    window scrolls sideways instead of cutting the names to "…".

    The list starts sorted by ``sort_column`` in ``sort_order``; header clicks sort it in SQL.
    """
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    configure_table(table, sortable=True)
    header = table.horizontalHeader()
    header.setSortIndicator(sort_column, sort_order)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def button_row(buttons: Sequence[QPushButton], trailing: QWidget | None = None) -> QHBoxLayout:
    """A list's buttons from the left, then ``trailing`` (usually the count) at the right."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    if trailing is not None:
        row.addWidget(trailing)
    return row


def count_label(name: str) -> QLabel:
    """The "123 records" line beside a list's buttons."""
    label = QLabel()
    label.setObjectName(name)
    return label


def on_row_open(table: QTableView, slot: Callable[[QModelIndex], object]) -> None:
    """Double-click and Enter on a row both open it."""
    table.doubleClicked.connect(slot)
    table.activated.connect(slot)
