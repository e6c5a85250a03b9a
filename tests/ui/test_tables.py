"""Column widths from text: a number of average characters, or a sample such as a date or an amount."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from sentra_desktop.ui.tables import configure_table, size_columns_by_text


def test_columns_follow_their_characters_or_their_sample(qtbot: QtBot) -> None:
    table = configure_table(QTableView())
    qtbot.add_widget(table)
    model = QStandardItemModel(0, 3)
    table.setModel(model)
    size_columns_by_text(table, (10, 0, 8), {1: "Rp 00.000.000"})
    metrics = table.fontMetrics()
    char = metrics.averageCharWidth()
    assert [table.columnWidth(n) for n in range(3)] == [
        10 * char,
        metrics.horizontalAdvance("Rp 00.000.000") + 16,
        8 * char,
    ]
