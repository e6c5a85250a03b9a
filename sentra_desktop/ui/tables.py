"""The one place table views get their common look and behaviour.

Every list in the program is read-only, selects whole rows, one at a time, hides the row numbers
and sizes its rows from the font, so a 125 % display scale gets taller rows instead of cut text.
Pages add only what is their own (sorting, column widths, a stretching column).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROW_PADDING = 10  # pixels above and below one line of text in a row


def configure_table(
    table: QTableView,
    *,
    sortable: bool = False,
    stretch_last: bool = False,
    tab_navigation: bool = False,
    word_wrap: bool = False,
) -> QTableView:
    """Give ``table`` the program's common list behaviour and return it.

    Args:
        sortable: show the sort indicator and let header clicks sort (the model sorts in SQL).
        stretch_last: the last column takes the room left over.
        tab_navigation: Tab moves between cells instead of leaving the table (editable grids).
        word_wrap: long cell text wraps instead of ending in "…".
    """
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(word_wrap)
    table.setTabKeyNavigation(tab_navigation)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + ROW_PADDING)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    header.setHighlightSections(False)
    if sortable:
        header.setSortIndicatorShown(True)
        table.setSortingEnabled(True)
    return table


def size_columns_by_text(table: QTableView, characters: Sequence[int], samples: Mapping[int, str]) -> None:
    """Column ``n`` ``characters[n]`` average characters wide or, where ``samples`` has one, as wide as
    that sample (a date, an amount): widths that follow the font and the display scale."""
    metrics = table.fontMetrics()
    char = metrics.averageCharWidth()
    for number, width in enumerate(characters):
        sample = samples.get(number)
        table.setColumnWidth(number, metrics.horizontalAdvance(sample) + 16 if sample else width * char)
