"""Audit: who changed which record, when, and the values before and after.

The list is the paged table model over :class:`AuditLogService`, so it stays smooth over
millions of rows: filters (record kind, operator, action, dates, text) are a new SQL query, and
only the pages in view are read. Counting what a filter or a search finds reads up to millions
of rows (a word found in every row takes seconds even through the trigram index), so the count,
the first page and the filter choices are read on a worker; the list shows them when they come,
and only the newest request's answer is shown. Selecting a row shows the entry's fields side by side, before
and after, with the changed ones in bold.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QItemSelection, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.enums import AuditAction
from sentra_desktop.core.formatting import format_datetime
from sentra_desktop.services.audit_log import (
    ACTION_FILTER,
    ACTOR_FILTER,
    FROM_FILTER,
    KIND_FILTER,
    TO_FILTER,
    AuditDetail,
    AuditLogService,
    AuditRow,
)
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.models.paged import Column, PagedTableModel
from sentra_desktop.ui.operation import Operation, ProgressFn
from sentra_desktop.ui.pages import lists
from sentra_desktop.ui.pages.settings.audit_fields import display_value, field_label
from sentra_desktop.ui.tables import configure_table

SEARCH_DELAY_MS = 300
PAGE_SIZE = 200


class _FirstPageReady:
    """The service as the table model sees it, with the first page already read on the worker."""

    def __init__(self, audit: AuditLogService) -> None:
        self.audit = audit
        self.ready: tuple[ListQuery, list[AuditRow]] | None = None

    def count(self, query: ListQuery) -> int:
        return self.audit.count(query)

    def page(self, query: ListQuery, offset: int, limit: int) -> list[AuditRow]:
        ready, self.ready = self.ready, None
        if ready is not None and offset == 0 and limit == PAGE_SIZE and ready[0] == query:
            return ready[1]
        return self.audit.page(query, offset, limit)


class _SortedOnWorker(PagedTableModel[AuditRow]):
    """A click on a heading changes the order, not the rows: the tab reads the first page anew."""

    def __init__(self, source: _FirstPageReady, columns: list[Column[AuditRow]], parent: QWidget) -> None:
        super().__init__(source, columns, page_size=PAGE_SIZE, parent=parent)
        self.resorted: Callable[[], None] = lambda: None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort_key if 0 <= column < len(self._columns) else None
        if key is None:
            return
        wanted = self._query.with_sort(key, order == Qt.SortOrder.DescendingOrder)
        if wanted != self._query:
            self._query = wanted  # the rows stay until the worker's first page of the new order
            self.resorted()


class AuditTab(QWidget):
    """The audit log with its filters and a detail pane of old and new values."""

    def __init__(self, audit: AuditLogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audit = audit
        self._loaded = False
        self._source = _FirstPageReady(audit)
        self._request = 0  # the newest read asked for; older answers are dropped
        self.busy = False
        self._kinds = self._kind_names()
        self._actions = {
            AuditAction.INSERT: self.tr("Added"),
            AuditAction.UPDATE: self.tr("Changed"),
            AuditAction.DELETE: self.tr("Deleted"),
        }

        filters = self._build_filters()
        self.model = _SortedOnWorker(self._source, self._columns(), self)
        self.table = QTableView()
        self.table.setObjectName("audit_list")
        self.table.setModel(self.model)
        configure_table(self.table, sortable=True, stretch_last=True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((130, 110, 80, 140, 160)):
            self.table.setColumnWidth(column, width)
        self.count_label = QLabel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)

        for combo in (self.kind_combo, self.actor_combo, self.action_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        for check in (self.from_check, self.to_check):
            check.toggled.connect(self.apply_filters)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._date_changed)
        self._search_timer = lists.typing_pause(self.search_edit, SEARCH_DELAY_MS, self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.resorted = self.apply_filters
        self.model.modelReset.connect(self._show_count)

    def _build_filters(self) -> QHBoxLayout:
        """Record kind, who, action, an optional period and a search over the values."""
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("audit_kind")
        self.actor_combo = QComboBox()
        self.actor_combo.setObjectName("audit_actor")
        self.action_combo = QComboBox()
        self.action_combo.addItem(self.tr("All actions"), None)
        for action, label in self._actions.items():
            self.action_combo.addItem(label, action.value)
        self.from_check = QCheckBox(self.tr("From"))
        self.from_edit = self._date_edit()
        self.to_check = QCheckBox(self.tr("to"))
        self.to_edit = self._date_edit()
        self.search_edit = lists.search_field("audit_search", self.tr("Search values, names, codes…"))
        filters = QHBoxLayout()
        for widget in (
            self.kind_combo,
            self.actor_combo,
            self.action_combo,
            self.from_check,
            self.from_edit,
            self.to_check,
            self.to_edit,
        ):
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)
        return filters

    def _columns(self) -> list[Column[AuditRow]]:
        actions = self._actions
        kinds = self._kinds
        return [
            Column(self.tr("When"), lambda r: format_datetime(r.at.astimezone()), "at"),
            Column(self.tr("Who"), lambda r: r.actor, "actor"),
            Column(self.tr("Action"), lambda r: actions[r.action], "action"),
            Column(self.tr("Record kind"), lambda r: kinds.get(r.table_name, r.table_name), "table"),
            Column(self.tr("Record"), lambda r: r.label, "record"),
            Column(self.tr("Fields"), lambda r: ", ".join(field_label(r.table_name, f) for f in r.fields)),
        ]

    def _build_detail(self) -> QWidget:
        """The pane under the list: the chosen change's fields, before and after."""
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail = QTableWidget(0, 3)
        self.detail.setObjectName("audit_detail")
        self.detail.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        configure_table(self.detail, word_wrap=True)
        header = self.detail.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail)
        return detail_box

    def _kind_names(self) -> dict[str, str]:
        return {
            "design_variant": self.tr("Design"),
            "design_photo": self.tr("Design photo"),
            "recipe_line": self.tr("Recipe line"),
            "material": self.tr("Material"),
            "material_receipt": self.tr("Material receipt"),
            "production_entry": self.tr("Production entry"),
            "stock_movement": self.tr("Stock movement"),
            "stock_count": self.tr("Stock count"),
            "stock_count_line": self.tr("Stock count line"),
            "buyer": self.tr("Buyer"),
            "sales_order": self.tr("Order"),
            "order_line": self.tr("Order line"),
            "payment": self.tr("Payment"),
            "delivery": self.tr("Delivery"),
            "delivery_line": self.tr("Delivery line"),
            "order_counter": self.tr("Order number counter"),
            "sales_event": self.tr("Sales event"),
            "stock_balance": self.tr("Stock balance"),
            "agency": self.tr("Agency"),
            "assistance": self.tr("Assistance"),
            "programme": self.tr("Programme"),
            "mould_design": self.tr("Mould of a design"),
            "app_user": self.tr("User"),
            "database": self.tr("Database"),
            "product_type": self.tr("Product type"),
            "mould": self.tr("Mould"),
            "maker": self.tr("Maker"),
            "member_business": self.tr("Member business"),
            "operator": self.tr("Operator"),
            "sentra_profile": self.tr("Sentra profile"),
        }

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate())
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    # --- loading -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def invalidate(self) -> None:
        """Something may have been saved: read again now if shown, else on the next showing."""
        if self.isVisible():
            self.reload()
        else:
            self._loaded = False

    def reload(self) -> None:
        """Re-read the filter choices and the list (the log grows with every save)."""
        self._loaded = True
        self._search_timer.stop()
        self._read(with_choices=True)

    def _read(self, *, with_choices: bool) -> None:
        """Count and read the first page of the filters' rows on a worker (and the choices)."""
        self._request += 1
        request, query, audit = self._request, self.query(), self.audit

        def work(_progress: ProgressFn) -> tuple[Any, int, list[AuditRow]]:
            choices = (audit.kinds(), audit.actors()) if with_choices else None
            count = audit.count(query)
            return choices, count, audit.page(query, 0, PAGE_SIZE) if count else []

        operation = Operation(work, parent=self, show_progress=False)
        operation.finished.connect(lambda result: self._read_done(request, query, result))
        operation.errored.connect(lambda exc: self._read_failed(request, exc))
        operation.finished.connect(operation.deleteLater)
        operation.errored.connect(operation.deleteLater)
        self.busy = True
        self.count_label.setText(self.tr("Searching…"))
        operation.start()

    def _read_done(self, request: int, query: ListQuery, result: tuple[Any, int, list[AuditRow]]) -> None:
        if request != self._request:
            return  # the filters changed meanwhile; a newer read is under way
        choices, count, first = result
        if choices is not None:
            kinds, actors = choices
            self._fill_combo(
                self.kind_combo,
                self.tr("All records"),
                sorted(((self._kinds.get(k, k), k) for k in kinds), key=lambda p: p[0].lower()),
            )
            self._fill_combo(self.actor_combo, self.tr("All operators"), [(a, a) for a in actors])
            if self.query() != query:  # a chosen operator or kind is gone from the choices
                self._read(with_choices=False)
                return
        self.busy = False
        self._source.ready = (query, first)
        self.model.set_query(query, count=count)
        self.show_detail(None)

    def _read_failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        self.busy = False
        self._show_count()
        show_error(self, exc)

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def query(self) -> ListQuery:
        """The filters as a list query."""
        query = self.model.query.with_search(self.search_edit.text())
        query = query.with_filter(KIND_FILTER, self.kind_combo.currentData())
        query = query.with_filter(ACTOR_FILTER, self.actor_combo.currentData())
        query = query.with_filter(ACTION_FILTER, self.action_combo.currentData())
        query = query.with_filter(FROM_FILTER, _day(self.from_edit) if self.from_check.isChecked() else None)
        return query.with_filter(TO_FILTER, _day(self.to_edit) if self.to_check.isChecked() else None)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self._read(with_choices=False)

    def _date_changed(self) -> None:
        if self.from_check.isChecked() or self.to_check.isChecked():
            self.apply_filters()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n change(s)", "", self.model.rowCount()))

    # --- the detail pane ---------------------------------------------------------------------
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        self.show_detail(None if row is None else self.audit.get(row.id))

    def show_detail(self, detail: AuditDetail | None) -> None:
        """Fill the pane with one entry's fields: before, after; changed values in bold."""
        self.detail.setRowCount(0)
        if detail is None:
            self.detail_title.setText(self.tr("Choose a change above to see its values."))
            return
        kind = self._kinds.get(detail.table_name, detail.table_name)
        record = f" #{detail.record_id}" if detail.record_id is not None else ""
        self.detail_title.setText(
            self.tr("%1 %2%3 by %4 on %5")
            .replace("%1", self._actions[detail.action])
            .replace("%2", kind)
            .replace("%3", record)
            .replace("%4", detail.actor or "-")
            .replace("%5", format_datetime(detail.at.astimezone()))
        )
        bold = QFont(self.detail.font())
        bold.setBold(True)
        self.detail.setRowCount(len(detail.changes))
        for row, change in enumerate(detail.changes):
            table = detail.table_name
            cells = (
                field_label(table, change.field),
                display_value(table, change.field, change.old),
                display_value(table, change.field, change.new),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column and detail.action == AuditAction.UPDATE:
                    item.setFont(bold)
                self.detail.setItem(row, column, item)


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
