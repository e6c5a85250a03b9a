"""The one list tab every kind of record set up once is shown in.

Member businesses, makers, product types, moulds, operators and materials behave alike: a
searchable list, New / Edit / Deactivate / Delete, and a form that shows each problem under its
field and keeps what was typed. :class:`RecordListTab` builds all of it from the record kind's
declaration (:class:`~sentra_desktop.services.record_kind.RecordKind`); the form is
:class:`~sentra_desktop.ui.pages.settings.dialogs.RecordForm`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QGuiApplication, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core import names
from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.formatting import format_date, format_decimal, format_thousands
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.record_kind import ListColumn, RecordKind, Show
from sentra_desktop.services.records import ACTIVE_FILTER, InUseError, RecordService
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.models.paged import Column, PagedTableModel
from sentra_desktop.ui.pages.settings.dialogs import RecordDialog, RecordForm, words
from sentra_desktop.ui.tables import configure_table

__all__ = ["DialogFactory", "RecordDialog", "RecordForm", "RecordListTab", "record_columns", "words"]

_SELECT_SCAN_LIMIT = 2000  # rows searched to re-select a record after a refresh


DialogFactory = Callable[[QWidget, int | None], RecordDialog]
RIGHT_ALIGNED = (Show.COUNT, Show.QUANTITY, Show.THRESHOLD)


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


def _cell_text(spec: ListColumn, kind: RecordKind[Any, Any] | None = None) -> Callable[[Any], str]:
    """How column ``spec`` of ``kind`` writes the value of a row (a fixed choice by its display name)."""
    key, empty = spec.key, words(spec.empty) if spec.empty else ""
    if spec.show is Show.CHOICE and kind is not None:
        return _choice_text(kind, key)
    if spec.show is Show.STATUS:
        active = QCoreApplication.translate("Records", "Active")
        inactive = QCoreApplication.translate("Records", "Inactive")
        return lambda row: active if getattr(row, key) else inactive
    formats: dict[Show, Callable[[Any], str]] = {
        Show.COUNT: format_thousands,
        Show.DATE: format_date,
        Show.FIRST_LINE: _first_line,
        Show.QUANTITY: format_decimal,
        Show.THRESHOLD: lambda value: format_decimal(value) if value else "",
    }
    show = formats.get(spec.show, str)
    return lambda row: show(getattr(row, key)) or empty


def _choice_text(kind: RecordKind[Any, Any], key: str) -> Callable[[Any], str]:
    """A fixed choice's display name from the one catalogue (:mod:`core.names`), never its stored value."""
    field = next((f for f in kind.fields if f.name == key and f.choices is not None), None)
    table = names.table_for(field.choices) if field is not None and field.choices is not None else None
    if table is None:
        return lambda row: str(getattr(row, key))
    return lambda row: names.name(table, str(getattr(row, key)), QCoreApplication.translate)


def record_columns(kind: RecordKind[Any, Any]) -> list[Column[Any]]:
    """The list columns ``kind`` declares; an inactive record's row is greyed out."""
    palette = QGuiApplication.palette()
    inactive = QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
    return [
        Column(
            words(spec.title),
            _cell_text(spec, kind),
            spec.key if spec.sortable else None,
            align_right=spec.show in RIGHT_ALIGNED,
            foreground=lambda row: None if row.active else inactive,
        )
        for spec in kind.columns
    ]


class RecordListTab(QWidget):
    """A searchable list of one kind of record with New, Edit, Deactivate and Delete.

    Everything comes from the service's declaration (:class:`RecordKind`): the columns, their
    widths and sort keys, whether records can be deleted, what names a record in a question.

    Args:
        service: the record kind's service; it counts and pages the rows.
        open_dialog: builds the form for a record id, or for a new record when given None
            (default: the form the kind's fields declare).
        columns: the table's columns, when a page changes how some are shown (default: declared).
    """

    changed = Signal()

    def __init__(
        self,
        service: RecordService[Any, Any, Any, Any],
        open_dialog: DialogFactory | None = None,
        *,
        columns: Sequence[Column[Any]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._kind = service.kind
        self._open_dialog = open_dialog or (lambda parent, record_id: RecordForm(service, record_id, parent))
        self.dialog: RecordDialog | None = None
        self.model: PagedTableModel[Any] = PagedTableModel(
            service, record_columns(self._kind) if columns is None else columns, parent=self
        )
        self._build()
        self._connect()
        self._loaded = False  # read when first shown: a page of many such tabs builds without reading
        self.set_column_widths(
            [spec.width for spec in self._kind.columns],
            None
            if self._kind.stretch is None
            else [c.key for c in self._kind.columns].index(self._kind.stretch),
        )

    def _build(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Type to search…"))
        self.search_box.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_box)
        self.show_inactive = QCheckBox(self.tr("Show &inactive"))
        self.show_inactive.setChecked(True)

        self.table = configure_table(QTableView(), stretch_last=True)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # every list sorts by column 0 first

        self.new_button = QPushButton(self.tr("&New…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        buttons = (self.new_button, self.edit_button, self.active_button, self.delete_button)
        for button in buttons:
            button.setAutoDefault(False)
        self.delete_button.setVisible(self._kind.deletable)
        self.count_label = QLabel()

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.show_inactive)
        bottom = QHBoxLayout()
        for button in buttons:
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        # Keyboard: search -> filter -> table -> buttons; Enter in the search jumps to the table.
        for first, second in pairwise((self.search_box, self.show_inactive, self.table, *buttons)):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.search_box)

    def _connect(self) -> None:
        delete_action = QAction(self)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(delete_action)

        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort)
        self.search_box.textChanged.connect(self._search)
        self.search_box.returnPressed.connect(self._focus_table)
        self.show_inactive.toggled.connect(self._search)
        self.table.activated.connect(self._edit_index)
        self.table.doubleClicked.connect(self._edit_index)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_active_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.model.modelReset.connect(self._update_count)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def set_column_widths(self, chars: Sequence[int], stretch: int | None = None) -> None:
        """Start each column about ``chars[i]`` characters wide (the operator can drag them).

        Column ``stretch`` (default: the last) takes up the room left over.
        """
        header = self.table.horizontalHeader()
        if stretch is not None:
            header.setStretchLastSection(False)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        unit = self.table.fontMetrics().averageCharWidth()
        for section, width in enumerate(chars):
            title = str(self.model.headerData(section, Qt.Orientation.Horizontal) or "")
            # Room for the title and the sort arrow, whatever the language makes of it.
            title_width = header.fontMetrics().horizontalAdvance(title) + 32
            header.resizeSection(section, max(width * unit + 12, title_width))

    # --- list ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the list (same search), keeping the selected record selected."""
        self._refresh(select_id=self.selected_id())

    def _query(self) -> ListQuery:
        query = self.model.query.with_search(self.search_box.text())
        return query.with_filter(ACTIVE_FILTER, None if self.show_inactive.isChecked() else True)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self._search()
        super().showEvent(event)

    def _search(self, *_args: object) -> None:
        self._loaded = True
        self.model.set_query(self._query())
        if self.model.rowCount() > 0:
            self.table.selectRow(0)
        self._update_buttons()

    def _sort(self, section: int, order: Qt.SortOrder) -> None:
        selected = self.selected_id()
        self.model.sort(section, order)
        if selected is not None:
            self.select_id(selected)
        self._update_buttons()

    def _refresh(self, select_id: int | None) -> None:
        self._loaded = True
        self.model.set_query(self._query())
        if select_id is not None:
            self.select_id(select_id)
        elif self.model.rowCount() > 0:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_count(self) -> None:
        # Named context: a subclass's tr() finds no plural text filed under this class.
        count = QCoreApplication.translate("RecordListTab", "%n record(s)", "", self.model.rowCount())
        self.count_label.setText(count)

    def _focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.table.selectRow(0)

    def rows(self) -> list[Any]:
        """Every row the list shows now (for small lists and for tests)."""
        return [self.model.row_at(i) for i in range(self.model.rowCount())]

    def selected_row(self) -> Any | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row())

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return None if row is None else int(row.id)

    def select_id(self, record_id: int) -> bool:
        """Select the row of ``record_id`` if the list shows it."""
        for number in range(min(self.model.rowCount(), _SELECT_SCAN_LIMIT)):
            row = self.model.row_at(number)
            if row is not None and row.id == record_id:
                index = self.model.index(number, 0)
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return True
        return False

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        if row is not None and not row.active:
            self.active_button.setText(self.tr("&Activate"))
        else:
            self.active_button.setText(self.tr("&Deactivate"))

    # --- actions ---------------------------------------------------------------------------
    def new_record(self) -> None:
        self._show_dialog(None)

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self._show_dialog(record_id)

    def _edit_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self._show_dialog(int(row.id))

    def _show_dialog(self, record_id: int | None) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # a double click also activates: one form at a time
        try:
            dialog = self._open_dialog(self, record_id)
        except SentraError as exc:
            self.show_problem(exc)
            self.reload()
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved(self, record_id: int) -> None:
        self._refresh(select_id=record_id)
        self.changed.emit()

    def toggle_active_selected(self) -> None:
        """Deactivate the selected record (or activate it again when it is inactive)."""
        row = self.selected_row()
        if row is None:
            return
        record_id = int(row.id)
        change = self.service.deactivate if row.active else self.service.activate
        self._run(lambda: change(record_id), record_id)

    def delete_selected(self) -> None:
        """Delete the selected record after asking; one with history is offered deactivation."""
        row = self.selected_row()
        if row is None or not self._kind.deletable:
            return
        record_id, name = int(row.id), str(getattr(row, self._kind.label_key))
        if not self.confirm(self.tr("Delete “%1”? This cannot be undone.").replace("%1", name)):
            return
        try:
            self.service.delete(record_id)
        except InUseError as exc:
            if not row.active:
                self.show_problem(exc)
                return
            question = self.tr(
                "“%1” is already used in other records, so it cannot be deleted. Deactivate it instead? "
                "It then no longer appears in new entries, and its history stays."
            ).replace("%1", name)
            if self.confirm(question):
                self._run(lambda: self.service.deactivate(record_id), record_id)
            return
        except SentraError as exc:
            self.show_problem(exc)
            self.reload()
            return
        self._refresh(select_id=None)
        self.changed.emit()

    def _run(self, action: Callable[[], None], select_id: int) -> None:
        try:
            action()
        except SentraError as exc:
            self.show_problem(exc)
            self.reload()
            return
        self._refresh(select_id=select_id)
        self.changed.emit()

    # --- questions and messages; overridable so tests never block on a modal box ---------------
    def confirm(self, text: str) -> bool:
        """Ask a yes/no question; No is the default answer."""
        answer = QMessageBox.question(
            self,
            self.tr("Please confirm"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_problem(self, exc: BaseException) -> None:
        show_error(self, exc)
