"""Mutasi stok: every stock movement, filtered by item kind, movement kind and period.

The list can run to millions of rows, so it is paged by the service; each row carries the
running balance of its item right after the movement.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sentra_desktop.core.enums import MovementKind, StockItemKind
from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.formatting import format_date
from sentra_desktop.services.container import Services
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.stock import LedgerRow
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.forms import FormFields
from sentra_desktop.ui.models.paged import Column, PagedTableModel
from sentra_desktop.ui.pages import lists
from sentra_desktop.ui.pages.stock.common import (
    FunctionSource,
    checked_period,
    enable_sorting,
    item_kind_names,
    make_table,
    month_start,
    movement_columns,
    movement_names,
    selected_row,
    set_tab_order,
)
from sentra_desktop.ui.widgets import ChoiceCombo, DateEdit


class LedgerTab(QWidget):
    """The stock ledger; ``open_item(kind, id)`` asks for the stock card of a row's item."""

    open_item = Signal(str, int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        movements = movement_names()
        kinds = item_kind_names()

        self.item_kind = ChoiceCombo(empty_text=self.tr("All items"))
        self.item_kind.set_choices(
            [
                (StockItemKind.DESIGN.value, kinds[StockItemKind.DESIGN]),
                (StockItemKind.MATERIAL.value, self.tr("Materials")),
            ]
        )
        self.movement_kind = ChoiceCombo(empty_text=self.tr("All movements"))
        self.movement_kind.set_choices([(kind.value, name) for kind, name in movements.items()])
        self.date_from = DateEdit()
        self.date_from.set_value(month_start())
        self.date_to = DateEdit()
        self.count_label = QLabel()
        self.count_label.setObjectName("ledger_count")
        self.fields = FormFields()
        labels = []
        for text, buddy in (
            (self.tr("&Items:"), self.item_kind),
            (self.tr("&Movement:"), self.movement_kind),
            (self.tr("&From:"), self.date_from),
            (self.tr("&To:"), self.date_to),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            labels.append(label)
        bar = QGridLayout()
        bar.setVerticalSpacing(2)
        for column, widget in enumerate(
            (labels[0], self.item_kind, labels[1], self.movement_kind, labels[2], self.date_from)
        ):
            bar.addWidget(widget, 0, column)
        bar.addWidget(labels[3], 0, 6)
        bar.addWidget(self.date_to, 0, 7)
        bar.addWidget(self.fields.register("date_to", self.date_to), 1, 4, 1, 4)
        bar.setColumnStretch(1, 1)
        bar.setColumnStretch(3, 1)

        columns = self._columns(kinds, movements)
        source: FunctionSource[LedgerRow] = FunctionSource(
            services.stock.ledger_count, services.stock.ledger_page
        )
        self.model: PagedTableModel[LedgerRow] = PagedTableModel(
            source, columns, query=ListQuery(sort="moved_on", descending=True), parent=self
        )
        self.model.loaded.connect(self._show_count)
        self.table = make_table(self.model, (10, 10, 11, 16, 16, 16, 6, 6, 9, 8, 8), 3, "ledger_table")
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        enable_sorting(self.table, self.model, [c.sort_key for c in columns])
        hint = QLabel(self.tr("Newest first (click the Date heading to turn round) · Enter: stock card"))
        hint.setStyleSheet("color: #555555;")

        footer = QHBoxLayout()
        footer.addWidget(hint, 1)
        footer.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        set_tab_order([self.item_kind, self.movement_kind, self.date_from, self.date_to, self.table])
        self.setFocusProxy(self.item_kind)

        self.item_kind.currentIndexChanged.connect(self.apply_filters)
        self.movement_kind.currentIndexChanged.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        lists.on_row_open(self.table, self._open)
        # Read when the Stok page first shows this tab (its reload()), not when the page is built.

    def _columns(
        self, kinds: dict[StockItemKind, str], movements: dict[MovementKind, str]
    ) -> list[Column[LedgerRow]]:
        return [
            Column(self.tr("Date"), lambda r: format_date(r.moved_on), "moved_on"),
            Column(self.tr("Kind"), lambda r: kinds[r.item_kind]),
            Column(self.tr("Code"), lambda r: r.item_code),
            Column(self.tr("Name"), lambda r: r.item_name),
            Column(self.tr("Movement"), lambda r: movements[r.kind]),
            Column(self.tr("Reference"), lambda r: r.reference),
            *movement_columns(),
        ]

    def reload(self) -> None:
        """Re-read the movements (same filters)."""
        self.apply_filters()

    def apply_filters(self) -> None:
        """Show the movements of the chosen item kind, movement kind and period."""
        period = checked_period(self.fields, self.date_from, self.date_to)
        if period is None:
            return
        date_from, date_to = period
        query = (
            self.model.query.with_filter("item_kind", self.item_kind.value())
            .with_filter("kind", self.movement_kind.value())
            .with_filter("date_from", date_from)
            .with_filter("date_to", date_to)
        )
        try:
            # On a worker: the running balances of a page take a query per item kind, long over
            # years of movements; the rows shown stay until the new ones are in (``loaded``).
            self.model.set_query(query, background=True)
        except SentraError as exc:
            show_error(self, exc)
            return
        self._show_count()

    def _show_count(self) -> None:
        if not self.model.loading:
            self.count_label.setText(self.tr("%n movement(s)", "", self.model.rowCount()))

    def rows(self) -> list[LedgerRow]:
        """Every row shown now (for tests and small periods)."""
        return [row for i in range(self.model.rowCount()) if (row := self.model.row_at(i)) is not None]

    def selected_row(self) -> LedgerRow | None:
        """The movement selected in the list (None when none is)."""
        return selected_row(self.table, self.model)

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.open_item.emit(row.item_kind.value, row.item_id)
