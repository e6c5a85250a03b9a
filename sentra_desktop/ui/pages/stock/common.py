"""Pieces the Stok tabs share: names of kinds and units, quantity text, colours, list sources.

Kinds and units are stored by their English value (``production_in``, ``litre``); the operator
sees them in plain words of the interface language ("Hasil produksi", "liter"), the same words
the sheets print (:mod:`sentra_desktop.core.names`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTableView, QWidget

from sentra_desktop.core import names
from sentra_desktop.core.enums import MaterialUnit, MovementKind, StockItemKind
from sentra_desktop.core.errors import ValidationError
from sentra_desktop.core.formatting import format_decimal
from sentra_desktop.core.names import DESIGN_UNIT
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.stock import LedgerRow
from sentra_desktop.ui.forms import FormFields
from sentra_desktop.ui.models.paged import Column, Index, PagedTableModel
from sentra_desktop.ui.tables import configure_table
from sentra_desktop.ui.widgets import DateEdit

RowT = TypeVar("RowT")
Period = tuple[date | None, date | None]

SEPARATOR = " — "
LOW_COLOUR = QColor("#b35900")
NEGATIVE_COLOUR = QColor("#c00000")
MORE_COLOUR = QColor("#1a7a32")
MUTED_COLOUR = QColor("#777777")
SEARCH_DELAY_MS = 250


def movement_names() -> dict[MovementKind, str]:
    """Plain names of the reasons stock moves."""
    return names.names(names.MOVEMENT_KIND, QCoreApplication.translate)


def item_kind_names() -> dict[StockItemKind, str]:
    """Plain names of the two kinds of stock item."""
    return names.names(names.STOCK_ITEM_KIND, QCoreApplication.translate)


def unit_names() -> dict[str, str]:
    """Plain names of the units, by stored value (finished goods count in pieces, "pcs")."""
    return {value: unit_name(value) for value in (*MaterialUnit, DESIGN_UNIT)}


def unit_name(unit: str | MaterialUnit) -> str:
    """The plain name of one unit ("litre" -> "liter" in Indonesian), as the sheets print it."""
    return names.unit_name(str(unit), QCoreApplication.translate)


def quantity_text(value: Decimal | None) -> str:
    """A quantity as shown in lists: 1.500,25 for material, 1.500 for pieces ("" for None)."""
    return format_decimal(value)


def signed_parts(quantity: Decimal) -> tuple[str, str]:
    """The "in" and "out" cells of one movement: a receipt of 5 is ("5", ""), a use of 2 is ("", "2")."""
    if quantity >= 0:
        return quantity_text(quantity), ""
    return "", quantity_text(-quantity)


def _balance_colour(row: LedgerRow) -> QColor | None:
    return NEGATIVE_COLOUR if row.balance_after < 0 else None


def movement_columns() -> list[Column[LedgerRow]]:
    """The In, Out, Balance, By and Note columns that the ledger and an item's stock card end with."""
    return [
        Column(
            QCoreApplication.translate("StockMovementColumns", "In"),
            lambda r: signed_parts(r.quantity)[0],
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("StockMovementColumns", "Out"),
            lambda r: signed_parts(r.quantity)[1],
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("StockMovementColumns", "Balance"),
            lambda r: quantity_text(r.balance_after),
            align_right=True,
            foreground=_balance_colour,
        ),
        Column(QCoreApplication.translate("StockMovementColumns", "By"), lambda r: r.created_by),
        Column(QCoreApplication.translate("StockMovementColumns", "Note"), lambda r: r.note),
    ]


def item_label(code: str, name: str) -> str:
    """How an item is named in choosers and titles: "GK-AMP-01 — Gantungan Kunci Ampera"."""
    return f"{code}{SEPARATOR}{name}"


def checked_period(fields: FormFields, date_from: DateEdit, date_to: DateEdit) -> Period | None:
    """The period of two date fields, or None with the error shown at "to" when it ends before it starts.

    The fields' earlier errors are cleared first.
    """
    fields.clear_errors()
    start, end = date_from.value(), date_to.value()
    if start is not None and end is not None and end < start:
        fields.show_errors(ValidationError.single("date_to", "date_order"))
        return None
    return start, end


def month_start(day: date | None = None) -> date:
    """The first day of the month of ``day`` (default today): where date ranges start."""
    day = day or date.today()
    return day.replace(day=1)


class FunctionSource(Generic[RowT]):
    """A :class:`~sentra_desktop.services.listing.ListSource` made of a count and a page function.

    For services whose list methods have other names (``ledger_count`` / ``ledger_page``).
    """

    def __init__(
        self,
        count: Callable[[ListQuery], int],
        page: Callable[[ListQuery, int, int], Sequence[RowT]],
    ) -> None:
        self._count = count
        self._page = page

    def count(self, query: ListQuery) -> int:
        """How many rows the list shows for ``query``."""
        return self._count(query)

    def page(self, query: ListQuery, offset: int, limit: int) -> Sequence[RowT]:
        """Rows ``offset`` to ``offset + limit`` of the list for ``query``."""
        return self._page(query, offset, limit)


class RowsSource(Generic[RowT]):
    """A list source over rows a service already returned whole (one item's history)."""

    def __init__(self, rows: Sequence[RowT] = ()) -> None:
        self.rows: list[RowT] = list(rows)

    def count(self, query: ListQuery) -> int:
        """How many rows the list shows for ``query``."""
        return len(self.rows)

    def page(self, query: ListQuery, offset: int, limit: int) -> Sequence[RowT]:
        """Rows ``offset`` to ``offset + limit`` of the list for ``query``."""
        return self.rows[offset : offset + limit]


class HighlightModel(PagedTableModel[RowT]):
    """A paged model that can also show whole rows in bold (low stock)."""

    def __init__(
        self,
        source: Any,
        columns: Sequence[Column[RowT]],
        *,
        bold: Callable[[RowT], bool],
        query: ListQuery | None = None,
        count_on_worker: bool = False,
        parent: Any = None,
    ) -> None:
        super().__init__(source, columns, query=query, count_on_worker=count_on_worker, parent=parent)
        self._bold = bold
        self._bold_font = QFont()
        self._bold_font.setBold(True)

    def set_font(self, font: QFont) -> None:
        """Base the bold rows on the view's font, so scaling and font size carry over."""
        self._bold_font = QFont(font)
        self._bold_font.setBold(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            row = self.row_at(index.row())
            return self._bold_font if row is not None and self._bold(row) else None
        return super().data(index, role)


class FillColumn(QObject):
    """Gives one column of a table the width the others leave, but never less than ``minimum``.

    Unlike Qt's stretch mode, which squeezes the column to nothing in a narrow window (large
    fonts, 150% scaling), the table then scrolls sideways and the column stays readable.
    """

    def __init__(self, table: QTableView, section: int, minimum: int) -> None:
        super().__init__(table)
        self.table = table
        self.section = section
        self.minimum = minimum
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, section: int, _old: int, _new: int) -> None:
        if section != self.section:
            self.fit()

    def fit(self) -> None:
        """Give the column the room the other columns leave (at least its minimum)."""
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(i)
            for i in range(header.count())
            if i != self.section and not header.isSectionHidden(i)
        )
        header.resizeSection(self.section, max(self.minimum, self.table.viewport().width() - others))


def fill_column(table: QTableView, section: int, min_digits: int) -> FillColumn:
    """Let column ``section`` take the spare width of ``table``, at least ``min_digits`` digits wide."""
    minimum = table.fontMetrics().horizontalAdvance("0") * min_digits + 12
    return FillColumn(table, section, minimum)


def make_table(model: QAbstractItemModel, widths: Sequence[int], stretch: int, name: str) -> QTableView:
    """A read-only, row-selecting table with columns about ``widths`` digits wide.

    Column ``stretch`` takes the room left over (but keeps its own width from ``widths`` as
    a minimum), so the table fits a wide window and scrolls sideways in a narrow one.
    """
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    configure_table(table)
    header = table.horizontalHeader()
    unit = table.fontMetrics().horizontalAdvance("0")
    for section, chars in enumerate(widths):
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        title_width = header.fontMetrics().horizontalAdvance(title) + 24
        header.resizeSection(section, max(chars * unit + 12, title_width))
    fill_column(table, stretch, widths[stretch])
    return table


def enable_sorting(table: QTableView, model: PagedTableModel[Any], keys: Sequence[str | None]) -> None:
    """Let header clicks sort by the columns that have a service sort key; others stay put.

    ``keys`` are the columns' sort keys in order; a click on a column without one leaves the
    sort indicator where it was, so the arrow never claims an order the list does not have.
    """
    header = table.horizontalHeader()
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    shown_section, shown_order = header.sortIndicatorSection(), header.sortIndicatorOrder()

    def changed(section: int, order: Qt.SortOrder) -> None:
        nonlocal shown_section, shown_order
        if not 0 <= section < len(keys) or keys[section] is None:
            header.blockSignals(True)
            header.setSortIndicator(shown_section, shown_order)
            header.blockSignals(False)
            return
        shown_section, shown_order = section, order
        model.sort(section, order)

    header.sortIndicatorChanged.connect(changed)


def selected_row(table: QTableView, model: PagedTableModel[RowT]) -> RowT | None:
    """The row selected in ``table`` (None when nothing is)."""
    indexes = table.selectionModel().selectedRows()
    return model.row_at(indexes[0].row()) if indexes else None


def set_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab moves through ``widgets`` in the order given."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
