"""The generic "list + form" pieces every settings list is built from.

Member businesses, makers, product types, moulds and operators behave alike: a searchable list,
New / Edit / Deactivate / Delete, a form that shows each problem under its field and keeps what
was typed. :class:`RecordListTab` and :class:`RecordDialog` hold that behaviour once; each list
only supplies its columns, its service calls and its form's fields.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.services.listing import ListQuery, ListSource
from sentra_desktop.services.records import ACTIVE_FILTER
from sentra_desktop.ui.errors import error_text as describe_error
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.forms import FormFields, make_banner
from sentra_desktop.ui.models.paged import Column, PagedTableModel
from sentra_desktop.ui.unsaved import ask_discard, form_state

_SELECT_SCAN_LIMIT = 2000  # rows searched to re-select a record after a refresh


class RecordDialog(QDialog):
    """A form for one record: named fields with error labels, Save as default, Esc cancels.

    Subclasses add their inputs to :attr:`fields` in ``__init__`` and implement :meth:`submit`,
    which calls the service and returns the record's id. A refused save leaves the dialog open
    with every typed value intact and each problem shown under its field. Closing it with
    changes that are not saved asks first (:meth:`discard_changes`).
    """

    saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.record_id: int | None = None
        self._clean_state: tuple[object, ...] | None = None
        self.banner = make_banner()
        self.form = QFormLayout()
        self.fields = FormFields(self.form, self.banner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def submit(self) -> int:
        """Send the form to the service; returns the saved record's id. Raise to refuse."""
        raise NotImplementedError

    def accept(self) -> None:
        """Save; on a refusal show the problems and stay open, otherwise close."""
        self.fields.clear_errors()
        try:
            record_id = self.submit()
        except ValidationError as exc:
            self.fields.show_errors(exc)
            return
        except SentraError as exc:
            self.banner.setText(describe_error(exc))
            self.banner.show()
            return
        self.record_id = record_id
        self.saved.emit(record_id)
        super().accept()

    def error_text(self, name: str) -> str:
        """The message shown under field ``name`` ("" when none)."""
        return self.fields.error_text(name)

    # --- unsaved changes -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._clean_state is None:  # the fields are filled in by now: this is "unchanged"
            self._clean_state = form_state(self.fields.widgets.values())

    def has_unsaved_changes(self) -> bool:
        """True when an input differs from what the form showed when it opened."""
        return self._clean_state is not None and form_state(self.fields.widgets.values()) != self._clean_state

    def reject(self) -> None:
        """Cancel, Esc or the close button: ask before throwing typed changes away."""
        if self.has_unsaved_changes() and not self.discard_changes():
            return
        super().reject()

    def discard_changes(self) -> bool:
        """Ask whether to lose the unsaved changes (overridable, so tests never block on a box)."""
        return ask_discard(self)


DialogFactory = Callable[[QWidget, int | None], RecordDialog]


class RecordListTab(QWidget):
    """A searchable list of one kind of record with New, Edit, Deactivate and Delete.

    Args:
        source: the service that counts and pages the rows (a :class:`ListSource`).
        columns: how the table shows a row.
        open_dialog: builds the form for a record id, or for a new record when given None.
        set_active: switches a record on or off; None hides the Deactivate button.
        delete: deletes a record (raising ``SentraError("has_history")`` when it is in use);
            None hides the Delete button.
        describe: the short name of a row used in confirmations.
    """

    changed = Signal()

    def __init__(
        self,
        source: ListSource[Any],
        columns: Sequence[Column[Any]],
        open_dialog: DialogFactory,
        *,
        set_active: Callable[[int, bool], None] | None = None,
        delete: Callable[[int], None] | None = None,
        describe: Callable[[Any], str] = lambda row: str(row.name),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_dialog = open_dialog
        self._set_active = set_active
        self._delete = delete
        self._describe = describe
        self.dialog: RecordDialog | None = None

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Type to search…"))
        self.search_box.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_box)
        self.show_inactive = QCheckBox(self.tr("Show &inactive"))
        self.show_inactive.setChecked(True)

        self.model: PagedTableModel[Any] = PagedTableModel(source, columns, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # every list sorts by column 0 first
        header.sortIndicatorChanged.connect(self._sort)

        self.new_button = QPushButton(self.tr("&New…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        for button in (self.new_button, self.edit_button, self.active_button, self.delete_button):
            button.setAutoDefault(False)
        self.active_button.setVisible(set_active is not None)
        self.delete_button.setVisible(delete is not None)
        self.count_label = QLabel()

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.show_inactive)
        bottom = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.active_button, self.delete_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        # Keyboard: search -> filter -> table -> buttons; Enter in the search jumps to the table.
        QWidget.setTabOrder(self.search_box, self.show_inactive)
        QWidget.setTabOrder(self.show_inactive, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.active_button)
        QWidget.setTabOrder(self.active_button, self.delete_button)
        self.setFocusProxy(self.search_box)

        delete_action = QAction(self)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(delete_action)

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
        self._search()

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

    def _search(self, *_args: object) -> None:
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
        self.model.set_query(self._query())
        if select_id is not None:
            self.select_id(select_id)
        elif self.model.rowCount() > 0:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n record(s)", "", self.model.rowCount()))

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
        set_active = self._set_active
        if row is None or set_active is None:
            return
        record_id, active = int(row.id), bool(row.active)
        self._run(lambda: set_active(record_id, not active), record_id)

    def delete_selected(self) -> None:
        """Delete the selected record after asking; one with history is offered deactivation."""
        row = self.selected_row()
        if row is None or self._delete is None:
            return
        record_id, name = int(row.id), self._describe(row)
        if not self.confirm(self.tr("Delete “%1”? This cannot be undone.").replace("%1", name)):
            return
        try:
            self._delete(record_id)
        except SentraError as exc:
            if exc.code != "has_history":
                self.show_problem(exc)
                self.reload()
                return
            set_active = self._set_active
            if set_active is None or not row.active:
                self.show_problem(exc)
                return
            question = self.tr(
                "“%1” is already used in other records, so it cannot be deleted. Deactivate it instead? "
                "It then no longer appears in new entries, and its history stays."
            ).replace("%1", name)
            if self.confirm(question):
                self._run(lambda: set_active(record_id, False), record_id)
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
