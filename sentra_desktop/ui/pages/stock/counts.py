"""Stok opname: start a count, type what the shelves hold item by item, post the differences.

Counting is keyboard work: the highlighted line's counted quantity is typed in the field under
the list (typing a digit while the list has the focus goes there too) and Enter saves it and
moves to the next line. Posting asks for a reason and turns every difference into a stock
adjustment, all in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.enums import StockItemKind
from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.core.formatting import format_date
from sentra_desktop.services.container import Services
from sentra_desktop.services.stock_counts import CountLine, CountSummary, PostedCount
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.forms import FormFields
from sentra_desktop.ui.pages.common import ask, open_dialog
from sentra_desktop.ui.pages.settings.record_list import RecordDialog
from sentra_desktop.ui.pages.stock.common import (
    MORE_COLOUR,
    MUTED_COLOUR,
    NEGATIVE_COLOUR,
    item_kind_names,
    make_table,
    quantity_text,
    set_tab_order,
    unit_name,
)
from sentra_desktop.ui.widgets import ChoiceCombo, DateEdit

Index = QModelIndex | QPersistentModelIndex
COUNTED_COLUMN = 5
COUNTED_BACKGROUND = QColor("#fff8dc")  # the column the operator fills in
_TYPED_KEYS = set("0123456789,.")


def _difference_text(line: CountLine) -> str:
    if line.difference is None:
        return ""
    sign = "+" if line.difference > 0 else ""
    return sign + quantity_text(line.difference)


class CountLinesModel(QAbstractTableModel):
    """The lines of one count: item, what the books said at the start, what was counted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[CountLine] = []
        self._kinds = item_kind_names()
        self._titles = [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Unit"),
            self.tr("Recorded"),
            self.tr("Counted"),
            self.tr("Difference"),
        ]

    def set_lines(self, lines: Sequence[CountLine]) -> None:
        """Show ``lines`` (a newly chosen count)."""
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def update_line(self, line: CountLine) -> int:
        """Replace the line with ``line.id``; returns its row (-1 when not shown)."""
        for number, current in enumerate(self._lines):
            if current.id == line.id:
                self._lines[number] = line
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(self._titles) - 1))
                return number
        return -1

    def line(self, row: int) -> CountLine | None:
        """The line in table row ``row`` (None outside the table)."""
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def lines(self) -> list[CountLine]:
        """Every line shown, in table order."""
        return list(self._lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                line.code,
                line.name,
                self._kinds[line.item_kind],
                unit_name(line.unit),
                quantity_text(line.expected),
                quantity_text(line.counted),
                _difference_text(line),
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column >= 4 else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == COUNTED_COLUMN:
            return COUNTED_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and line.difference is not None:
            if line.difference < 0:
                return NEGATIVE_COLOUR
            return MORE_COLOUR if line.difference > 0 else MUTED_COLOUR
        return None


class StartCountDialog(RecordDialog):
    """Start a stock count: the day, which items, a note. The books' quantities are kept as expected."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Start a stock count"))
        kinds = item_kind_names()
        self.counted_on = DateEdit()
        self.kind_combo = ChoiceCombo(empty_text=self.tr("All items"))
        self.kind_combo.set_choices(
            [
                (StockItemKind.DESIGN.value, kinds[StockItemKind.DESIGN]),
                (StockItemKind.MATERIAL.value, self.tr("Materials")),
            ]
        )
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("for example: end of month count"))
        self.fields.add("counted_on", self.tr("Count &date:"), self.counted_on)
        self.fields.add("kind", self.tr("&Items to count:"), self.kind_combo)
        self.fields.add("note", self.tr("No&te:"), self.note_edit)
        self.save_button.setText(self.tr("&Start count"))

    def submit(self) -> int:
        kind = self.kind_combo.value()
        return self.services.stock_counts.start(
            self.counted_on.value() or "",
            StockItemKind(str(kind)) if kind else None,
            self.note_edit.text(),
        )


class PostCountDialog(RecordDialog):
    """Post a count: asks the reason; every counted item's stock becomes what was counted."""

    def __init__(
        self, services: Services, count_id: int, lines: Sequence[CountLine], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.count_id = count_id
        self.posted: PostedCount | None = None
        self.setWindowTitle(self.tr("Post stock count"))
        counted = [line for line in lines if line.counted is not None]
        differ = [line for line in counted if line.difference]
        summary = QLabel(
            self.tr(
                "%1 of %2 items counted, %3 with a difference. Posting sets the stock of every counted "
                "item to the quantity counted; items left empty do not change. This cannot be undone."
            )
            .replace("%1", str(len(counted)))
            .replace("%2", str(len(lines)))
            .replace("%3", str(len(differ)))
        )
        summary.setWordWrap(True)
        self.form.insertRow(0, summary)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("for example: monthly count, spoiled latex thrown away"))
        self.fields.add("reason", self.tr("&Reason:"), self.reason_edit)
        self.save_button.setText(self.tr("&Post"))

    def submit(self) -> int:
        self.posted = self.services.stock_counts.post(self.count_id, self.reason_edit.text())
        return self.count_id


class _CountKeys(QObject):
    """Digits typed on the list go to the counted field; arrows in the field move along the list."""

    def __init__(self, tab: CountTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        tab = self.tab
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        typed = plain and bool(event.text()) and event.text() in _TYPED_KEYS
        if watched is tab.table and typed and tab.counted_edit.isEnabled():
            tab.counted_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            tab.counted_edit.setText(event.text())
            return True
        if watched is tab.counted_edit and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            tab.move_line(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return False


class CountTab(QWidget):
    """Open counts, the lines of the chosen one, and Start / Post / Cancel."""

    posted = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.confirm = lambda title, text: ask(self, title, text)
        self.dialog: RecordDialog | None = None
        self._kinds = item_kind_names()

        self.count_combo = ChoiceCombo()
        self.count_combo.setObjectName("open_counts")
        count_label = QLabel(self.tr("Open &count:"))
        count_label.setBuddy(self.count_combo)
        self.start_button = QPushButton(self.tr("&Start count…"))
        self.post_button = QPushButton(self.tr("&Post…"))
        self.cancel_button = QPushButton(self.tr("Cance&l count…"))
        for button in (self.start_button, self.post_button, self.cancel_button):
            button.setAutoDefault(False)
        self.summary = QLabel()
        self.summary.setObjectName("count_summary")
        self.summary.setWordWrap(True)
        self.done = QLabel()
        self.done.setObjectName("count_done")
        self.done.setStyleSheet("background: #e8f3ea; border: 1px solid #9cc5a4; padding: 4px;")
        self.done.setWordWrap(True)
        self.done.hide()
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("code or name"))
        self.find_edit.setClearButtonEnabled(True)
        find_label = QLabel(self.tr("&Find item:"))
        find_label.setBuddy(self.find_edit)

        self.model = CountLinesModel(self)
        self.table = make_table(self.model, (12, 26, 12, 6, 10, 10, 10), 1, "count_table")

        entry = self._build_entry()

        top = QHBoxLayout()
        top.addWidget(count_label)
        top.addWidget(self.count_combo, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.post_button)
        top.addWidget(self.cancel_button)
        find = QHBoxLayout()
        find.addWidget(self.summary, 1)
        find.addWidget(find_label)
        find.addWidget(self.find_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.done)
        layout.addLayout(find)
        layout.addWidget(self.table, 1)
        layout.addWidget(entry)
        set_tab_order(
            [
                self.count_combo,
                self.start_button,
                self.post_button,
                self.cancel_button,
                self.find_edit,
                self.table,
                self.counted_edit,
            ]
        )
        self.setFocusProxy(self.count_combo)

        self._connect()
        # Read when the Stok page first shows this tab (its reload()), not when the page is built.

    def _build_entry(self) -> QFrame:
        """The counted field under the list, captioned with the highlighted line, its error beneath."""
        self.entry_caption = QLabel()
        self.entry_caption.setObjectName("count_entry_caption")
        self.counted_edit = QLineEdit()
        self.counted_edit.setObjectName("counted")
        self.counted_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.counted_edit.setMaximumWidth(self.counted_edit.fontMetrics().averageCharWidth() * 18 + 16)
        self.counted_edit.setToolTip(
            self.tr("Enter saves and moves to the next item; empty clears the line. Up and Down move.")
        )
        self.entry_unit = QLabel()
        self.fields = FormFields()
        entry = QFrame()
        entry.setObjectName("count_entry")
        entry_layout = QGridLayout(entry)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        entry_layout.setVerticalSpacing(2)
        entry_layout.addWidget(self.entry_caption, 0, 0)
        entry_layout.addWidget(self.counted_edit, 0, 1)
        entry_layout.addWidget(self.entry_unit, 0, 2)
        entry_layout.addWidget(self.fields.register("counted", self.counted_edit), 1, 0, 1, 4)
        entry_layout.setColumnStretch(3, 1)
        self.entry_caption.setBuddy(self.counted_edit)
        return entry

    def _connect(self) -> None:
        """Digits and arrows reach the counted field; buttons act on the chosen count."""
        keys = _CountKeys(self)
        self.table.installEventFilter(keys)
        self.counted_edit.installEventFilter(keys)
        self.count_combo.currentIndexChanged.connect(self._count_changed)
        self.start_button.clicked.connect(self.start_count)
        self.post_button.clicked.connect(self.post_count)
        self.cancel_button.clicked.connect(self.cancel_count)
        self.find_edit.textChanged.connect(self.find_line)
        self.find_edit.returnPressed.connect(self._find_done)
        self.counted_edit.returnPressed.connect(self.save_counted)
        self.table.selectionModel().currentRowChanged.connect(self._line_changed)
        self.table.activated.connect(lambda _index: self._focus_entry())

    # --- data ------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Re-read the open counts and the lines of the chosen one."""
        wanted = select_id if select_id is not None else self.current_count_id()
        try:
            counts = self.services.stock_counts.open_counts()
        except SentraError as exc:
            show_error(self, exc)
            return
        self.count_combo.blockSignals(True)
        self.count_combo.set_choices([(c.id, self._describe(c)) for c in counts], wanted)
        self.count_combo.blockSignals(False)
        self._count_changed()

    def _describe(self, count: CountSummary) -> str:
        items = self._kinds[count.kind] if count.kind is not None else self.tr("all items")
        text = (
            self.tr("%1 · %2 · %3 of %4 counted")
            .replace("%1", format_date(count.counted_on))
            .replace("%2", items)
            .replace("%3", str(count.counted_lines))
            .replace("%4", str(count.lines))
        )
        return f"{text} · {count.note}" if count.note else text

    def current_count_id(self) -> int | None:
        """The id of the count chosen in the drop-down (None when no count is open)."""
        value = self.count_combo.value()
        return int(value) if isinstance(value, int) else None

    def _count_changed(self, *_args: object) -> None:
        count_id = self.current_count_id()
        lines: list[CountLine] = []
        if count_id is not None:
            try:
                lines = self.services.stock_counts.lines(count_id)
            except SentraError as exc:
                show_error(self, exc)
        self.model.set_lines(lines)
        has_count = count_id is not None
        for widget in (self.post_button, self.cancel_button, self.find_edit, self.counted_edit):
            widget.setEnabled(has_count)
        self.fields.clear_errors()
        if lines:
            self.table.selectRow(0)
        else:
            self._line_changed()
        self._update_summary()

    def _update_summary(self) -> None:
        if self.current_count_id() is None:
            self.summary.setText(self.tr("No stock count is open. Start one with “Start count…”."))
            return
        lines = self.model.lines()
        counted = [line for line in lines if line.counted is not None]
        differ = [line for line in counted if line.difference]
        self.summary.setText(
            self.tr("%1 of %2 items counted · %3 with a difference")
            .replace("%1", str(len(counted)))
            .replace("%2", str(len(lines)))
            .replace("%3", str(len(differ)))
        )

    def current_line(self) -> CountLine | None:
        """The highlighted line (None when the count has no lines)."""
        index = self.table.currentIndex()
        return self.model.line(index.row()) if index.isValid() else None

    def _line_changed(self, *_args: object) -> None:
        line = self.current_line()
        self.fields.clear_errors()
        if line is None:
            self.entry_caption.setText(self.tr("Co&unted:"))
            self.entry_unit.clear()
            self.counted_edit.clear()
            return
        self.entry_caption.setText(
            self.tr("Co&unted for %1 — %2:")
            .replace("%1", line.code.replace("&", "&&"))
            .replace("%2", line.name.replace("&", "&&"))
        )
        self.entry_unit.setText(unit_name(line.unit))
        self.counted_edit.setText(quantity_text(line.counted))
        self.counted_edit.selectAll()

    # --- counting --------------------------------------------------------------------------
    def move_line(self, step: int) -> None:
        """Highlight the line ``step`` rows away (the counted field keeps the focus)."""
        row = self.table.currentIndex().row() + step
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.counted_edit.selectAll()

    def save_counted(self) -> CountLine | None:
        """Save the counted field for the highlighted line, then move to the next line."""
        line = self.current_line()
        if line is None:
            return None
        self.fields.clear_errors()
        try:
            saved = self.services.stock_counts.set_counted(line.id, self.counted_edit.text())
        except ValidationError as exc:
            self.fields.show_errors(exc)
            return None
        except SentraError as exc:
            show_error(self, exc)
            self.reload()
            return None
        self.model.update_line(saved)
        self._update_summary()
        self._refresh_count_name()
        if self.table.currentIndex().row() < self.model.rowCount() - 1:
            self.move_line(1)
        else:
            self._line_changed()
        self.counted_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return saved

    def _refresh_count_name(self) -> None:
        count_id = self.current_count_id()
        if count_id is None:
            return
        try:
            summary = self.services.stock_counts.summary(count_id)
        except SentraError:
            return
        self.count_combo.setItemText(self.count_combo.currentIndex(), self._describe(summary))

    def find_line(self, text: str) -> bool:
        """Highlight the first line whose code or name contains ``text``."""
        wanted = text.strip().casefold()
        if not wanted:
            return False
        for row, line in enumerate(self.model.lines()):
            if wanted in line.code.casefold() or wanted in line.name.casefold():
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def _find_done(self) -> None:
        self._focus_entry()

    def _focus_entry(self) -> None:
        if self.counted_edit.isEnabled():
            self.counted_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.counted_edit.selectAll()

    # --- start, post, cancel ---------------------------------------------------------------
    def _open_dialog(self, dialog: RecordDialog) -> RecordDialog:
        self.dialog = open_dialog(dialog, self._dialog_closed)
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None

    def start_count(self) -> StartCountDialog | None:
        """Open the "start a count" form; the new count is chosen once it is saved."""
        if self.dialog is not None and self.dialog.isVisible():
            return None
        dialog = StartCountDialog(self.services, self)
        dialog.saved.connect(self._started)
        self._open_dialog(dialog)
        return dialog

    def _started(self, count_id: int) -> None:
        self.done.hide()
        self.reload(select_id=count_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_entry()

    def post_count(self) -> PostCountDialog | None:
        """Ask the reason and post the chosen count."""
        count_id = self.current_count_id()
        if count_id is None or (self.dialog is not None and self.dialog.isVisible()):
            return None
        dialog = PostCountDialog(self.services, count_id, self.model.lines(), self)
        dialog.saved.connect(lambda _id: self._posted(dialog))
        self._open_dialog(dialog)
        return dialog

    def _posted(self, dialog: PostCountDialog) -> None:
        result = dialog.posted
        adjustments = result.adjustments if result is not None else 0
        self.done.setText(
            self.tr("The count is posted: %n item(s) adjusted to what was counted.", "", adjustments)
        )
        self.done.show()
        self.reload()
        self.posted.emit(dialog.count_id)

    def cancel_count(self) -> None:
        """Throw the chosen count away after asking; stock never changed because of it."""
        count_id = self.current_count_id()
        if count_id is None:
            return
        question = self.tr(
            "Cancel this stock count? The quantities typed so far are thrown away; stock does not change."
        )
        if not self.confirm(self.tr("Cancel stock count"), question):
            return
        try:
            self.services.stock_counts.cancel(count_id)
        except SentraError as exc:
            show_error(self, exc)
        self.done.hide()
        self.reload()
