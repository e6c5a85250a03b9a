"""Ringkasan stok: every finished good and material with what is on hand, low stock marked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sentra_desktop.core.enums import StockItemKind
from sentra_desktop.core.errors import SentraError
from sentra_desktop.services.container import Services
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.stock import StockRow
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.models.paged import Column
from sentra_desktop.ui.pages import lists
from sentra_desktop.ui.pages.common import buddy_label
from sentra_desktop.ui.pages.stock.common import (
    LOW_COLOUR,
    NEGATIVE_COLOUR,
    SEARCH_DELAY_MS,
    HighlightModel,
    enable_sorting,
    item_kind_names,
    make_table,
    quantity_text,
    selected_row,
    set_tab_order,
    unit_name,
)
from sentra_desktop.ui.widgets import ChoiceCombo


def _row_colour(row: StockRow) -> QColor | None:
    return LOW_COLOUR if row.is_low else None


def _on_hand_colour(row: StockRow) -> QColor | None:
    if row.is_negative:
        return NEGATIVE_COLOUR
    return _row_colour(row)


class OverviewTab(QWidget):
    """The stock overview; ``open_item(kind, id)`` asks for an item's stock card."""

    open_item = Signal(str, int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        kinds = item_kind_names()

        self.search = lists.search_field("stock_search", self.tr("Search code or name…"))
        self.kind_filter = ChoiceCombo(empty_text=self.tr("All items"))
        self.kind_filter.set_choices(
            [
                (StockItemKind.DESIGN.value, kinds[StockItemKind.DESIGN]),
                (StockItemKind.MATERIAL.value, self.tr("Materials")),
            ]
        )
        self.low_only = QCheckBox(self.tr("&Low stock only"))
        self.count_label = lists.count_label("stock_count")
        legend = QLabel(
            self.tr("Orange bold: below its low-stock level · red: below zero · Enter: stock card")
        )
        legend.setStyleSheet("color: #555555;")
        columns = self._columns(kinds)
        self.model: HighlightModel[StockRow] = HighlightModel(
            services.stock,
            columns,
            bold=lambda r: r.is_low or r.is_negative,
            query=ListQuery(sort="kind"),
            count_on_worker=True,  # a page not full is the whole answer: one query, not a COUNT and a page
            parent=self,
        )
        self.model.counted.connect(self._show_count)
        self.table = make_table(self.model, (14, 12, 26, 18, 6, 10, 12), 2, "stock_table")
        self.model.set_font(self.table.font())
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        enable_sorting(self.table, self.model, [c.sort_key for c in columns])

        bar = QHBoxLayout()
        bar.addWidget(buddy_label(self.tr("&Search:"), self.search))
        bar.addWidget(self.search, 3)
        bar.addWidget(buddy_label(self.tr("&Show:"), self.kind_filter))
        bar.addWidget(self.kind_filter, 1)
        bar.addWidget(self.low_only)
        footer = QHBoxLayout()
        footer.addWidget(legend, 1)
        footer.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        set_tab_order([self.search, self.kind_filter, self.low_only, self.table])
        self.setFocusProxy(self.search)

        self._search_timer = lists.typing_pause(self.search, SEARCH_DELAY_MS, self.apply_filters)
        self.search.returnPressed.connect(self._search_entered)
        self.kind_filter.currentIndexChanged.connect(self.apply_filters)
        self.low_only.toggled.connect(self.apply_filters)
        lists.on_row_open(self.table, self._open)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.apply_filters()

    def _columns(self, kinds: dict[StockItemKind, str]) -> list[Column[StockRow]]:
        return [
            Column(self.tr("Kind"), lambda r: kinds[r.kind], "kind", foreground=_row_colour),
            Column(self.tr("Code"), lambda r: r.code, "code", foreground=_row_colour),
            Column(self.tr("Name"), lambda r: r.name, "name", foreground=_row_colour),
            Column(self.tr("Product type"), lambda r: r.product_type, None, foreground=_row_colour),
            Column(self.tr("Unit"), lambda r: unit_name(r.unit), None, foreground=_row_colour),
            Column(
                self.tr("On hand"),
                lambda r: quantity_text(r.on_hand),
                "on_hand",
                align_right=True,
                foreground=_on_hand_colour,
            ),
            Column(
                self.tr("Low-stock level"),
                lambda r: quantity_text(r.low_stock_level) if r.low_stock_level else "",
                None,
                align_right=True,
                foreground=_row_colour,
            ),
        ]

    def reload(self) -> None:
        """Re-read on-hand quantities (same filters), keeping the selected item selected."""
        current = self.selected_row()
        self.apply_filters()
        if current is not None:
            self.select_item(current.kind, current.id)

    def apply_filters(self) -> None:
        """Show the items of the search, the kind filter and the low-stock switch."""
        self._search_timer.stop()
        query = (
            self.model.query.with_search(self.search.text())
            .with_filter("kind", self.kind_filter.value())
            .with_filter("low_only", True if self.low_only.isChecked() else None)
        )
        try:
            self.model.set_query(query)
        except SentraError as exc:
            show_error(self, exc)
        self._show_count()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n item(s)", "", self.model.rowCount()))

    def show_low_stock(self) -> None:
        """Show every item below its low-stock level, whatever kind, and put the focus on the list."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.kind_filter.blockSignals(True)
        self.kind_filter.select(None)
        self.kind_filter.blockSignals(False)
        if self.low_only.isChecked():
            self.apply_filters()
        else:
            self.low_only.setChecked(True)  # applies the filters
        self._focus_table()

    def rows(self) -> list[StockRow]:
        """Every row shown now (the overview is small: designs plus materials)."""
        return [row for i in range(self.model.rowCount()) if (row := self.model.row_at(i)) is not None]

    def selected_row(self) -> StockRow | None:
        """The item selected in the overview (None when none is)."""
        return selected_row(self.table, self.model)

    def select_item(self, kind: StockItemKind, item_id: int) -> bool:
        """Select the row of one item if the overview shows it."""
        for number in range(self.model.rowCount()):
            row = self.model.row_at(number)
            if row is not None and row.kind == kind and row.id == item_id:
                self.table.selectRow(number)
                self.table.scrollTo(self.model.index(number, 0))
                return True
        return False

    def _search_entered(self) -> None:
        """Enter in the search shows its result at once and moves to the list."""
        self.apply_filters()
        self._focus_table()

    def _focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.open_item.emit(row.kind.value, row.id)
