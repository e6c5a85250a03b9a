"""The Produksi area: fast daily entry from the keyboard, and the production list with totals.

The entry row keeps the date and the maker after each save, so the next line is the design
code, Tab, the good pieces and Enter. The last save can be undone at once (Ctrl+Z or the Undo
button in the confirmation bar); undoing posts reversing stock movements, never deletes them.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.core.formatting import format_date, format_decimal, format_thousands
from sentra_desktop.services.container import Services
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.member_filter import MEMBER_FILTER
from sentra_desktop.services.production import (
    DuplicateEntryError,
    ProductionInput,
    ProductionRow,
    ProductionSaved,
)
from sentra_desktop.ui.errors import error_text, show_error
from sentra_desktop.ui.forms import ERROR_STYLE, FormFields, make_banner
from sentra_desktop.ui.member_filter import PRODUCTION_MEMBER, MemberFigures, MemberFilter
from sentra_desktop.ui.models.paged import Column, PagedTableModel
from sentra_desktop.ui.pages import lists
from sentra_desktop.ui.pages.common import ask, page_title
from sentra_desktop.ui.pages.production_mould import MouldPicker
from sentra_desktop.ui.settings import AppSettings
from sentra_desktop.ui.widgets import ChoiceCombo, DateEdit

SEPARATOR = " — "
LIST_DAYS = 31
SEARCH_DELAY_MS = 250


def design_code(text: str) -> str:
    """The design code in what the operator typed or picked ("GK-01 — Ampera" -> "GK-01")."""
    return text.split(SEPARATOR, 1)[0].strip()


class DesignField(QLineEdit):
    """A design typed by code or by part of its name, with a drop-down of matches.

    Leaving the field (Tab, a click elsewhere) with a part of a name that matches exactly one design
    takes that design, so the operator need not open the drop-down. Enter or Tab in the drop-down
    picks the highlighted design (or the one match) and goes on at once: Tab to the next field, Enter
    emits ``picked_with_enter`` so the page can save the line with that same key.
    """

    picked_with_enter = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        # Installed after the completer's own filter, so it sees the pop-up's keys first.
        popup = completer.popup()
        assert popup is not None  # the completer makes its list view on first ask
        popup.installEventFilter(self)
        self.setPlaceholderText(self.tr("code or part of the name"))

    def set_designs(self, items: list[tuple[str, str]]) -> None:
        self._model.setStringList([f"{code}{SEPARATOR}{name}" for code, name in items])

    def code(self) -> str:
        return design_code(self.text())

    def match(self, typed: str) -> str | None:
        """The one offered design that ``typed`` names: by its code, or as the only one containing it."""
        wanted = typed.strip().casefold()
        if not wanted:
            return None
        items = self._model.stringList()
        for item in items:
            if design_code(item).casefold() == design_code(wanted) or item.casefold() == wanted:
                return item
        found = [item for item in items if wanted in item.casefold()]
        return found[0] if len(found) == 1 else None

    def resolve(self) -> None:
        """Replace a part of a name by the one design it matches (nothing changes otherwise)."""
        item = self.match(self.text())
        if item is not None and item != self.text():
            self.setText(item)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.resolve()
        super().focusOutEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.completer().popup()
        if watched is not popup or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        current = popup.currentIndex()
        item = str(current.data()) if current.isValid() else self.match(self.text())
        if item is None:
            return False  # several matches and none highlighted: the completer closes the list
        popup.hide()
        self.setText(item)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.picked_with_enter.emit()
        else:
            self.focusNextPrevChild(key == Qt.Key.Key_Tab)
        return True


class _EntryKeys(QObject):
    """Enter anywhere in the entry row saves; Ctrl+Z undoes the last save when nothing is typed."""

    def __init__(self, page: ProductionPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        assert isinstance(event, QKeyEvent)
        if event.matches(QKeySequence.StandardKey.Undo) and self.page.can_undo_last(watched):
            if event.type() == QEvent.Type.KeyPress:
                self.page.undo_last()
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            popup = self.page.design.completer().popup()
            if watched is self.page.design and popup is not None and popup.isVisible():
                return False  # the completer takes this Enter to pick a design
            self.page.save_entry()
            return True
        return False


class ProductionPage(QWidget):
    """Daily entry on top, the list of what was produced below."""

    entry_saved = Signal(int)

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, app_settings: AppSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.app_settings = app_settings
        self.last_saved: ProductionSaved | None = None
        self.confirm_duplicate = lambda text: ask(self, self.tr("Possible duplicate"), text)
        self.confirm = lambda title, text: ask(self, title, text)

        entry = self._build_entry()
        self._build_bar()
        filters = self._build_filters()
        footer = self._build_footer()
        self.model: PagedTableModel[ProductionRow] = PagedTableModel(
            services.production,
            self._columns(),
            query=ListQuery(sort="produced_on", descending=True),
            parent=self,
        )
        self.table = lists.record_table(
            self.model,
            "production_table",
            widths=(90, 100, 230, 120, 140, 60, 60, 200),
            stretch=None,  # the design keeps its width; the notes take what is left
            sort_column=0,
            sort_order=Qt.SortOrder.DescendingOrder,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Daily production")))
        layout.addWidget(self.entry_banner)
        layout.addLayout(entry)
        layout.addWidget(self.bar)
        list_title = QLabel(self.tr("Production list"))
        list_title.setStyleSheet("font-weight: 600; margin-top: 6px;")
        layout.addWidget(list_title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        order = (self.produced_on, self.maker, self.design, self.good, self.rejects, self.mould, self.note)
        for first, second in pairwise((*order, self.save_button)):
            self.setTabOrder(first, second)
        self._connect()

        self.reload_choices()
        self.apply_filters()
        self.maker.setFocus()

    # --- building ---------------------------------------------------------------------------
    def _build_entry(self) -> QGridLayout:
        """The entry row: date, maker, design, good, rejects, note, each with its error beneath."""
        self.produced_on = DateEdit()
        self.maker = ChoiceCombo(empty_text=self.tr("(choose maker)"))
        self.design = DesignField()
        self.good = QLineEdit()
        self.good.setPlaceholderText("0")
        self.good.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.rejects = QLineEdit()
        self.rejects.setPlaceholderText("0")
        self.rejects.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.note = QLineEdit()
        self.mould = MouldPicker(self.services.production)
        self.design.textChanged.connect(self.mould.follow)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save_entry)
        self.entry_banner = make_banner()
        self.fields = FormFields(banner=self.entry_banner)
        entries = [
            ("produced_on", self.tr("&Date"), self.produced_on, 2),
            ("maker_id", self.tr("&Maker"), self.maker, 3),
            ("design", self.tr("Desi&gn"), self.design, 5),
            ("good_qty", self.tr("G&ood"), self.good, 1),
            ("reject_qty", self.tr("Re&ject"), self.rejects, 1),
            ("mould_id", self.tr("Mou&ld"), self.mould, 2),
            ("note", self.tr("No&te"), self.note, 3),
        ]
        grid = self.fields.side_by_side(entries)
        grid.setHorizontalSpacing(8)
        grid.addWidget(self.save_button, 1, len(entries))
        keys = _EntryKeys(self)
        for _name, _label, widget, _stretch in entries:
            widget.installEventFilter(keys)
        return grid

    def _build_bar(self) -> None:
        """The green line that says what was just saved, with its Undo button (Ctrl+Z)."""
        self.bar = QFrame()
        self.bar.setObjectName("confirmation_bar")
        self.bar.setStyleSheet("#confirmation_bar { background: #e8f3ea; border: 1px solid #9cc5a4; }")
        self.bar_text = QLabel()
        self.bar_text.setObjectName("confirmation_text")
        self.bar_text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_last)
        bar_layout = QHBoxLayout(self.bar)
        bar_layout.setContentsMargins(8, 4, 8, 4)
        bar_layout.addWidget(self.bar_text, 1)
        bar_layout.addWidget(self.undo_button)
        self.bar.hide()
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_last)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_filters(self) -> QHBoxLayout:
        """Dates, design, product type, maker and a search over the list."""
        self.date_from = DateEdit()
        self.date_from.set_value(date.today() - timedelta(days=LIST_DAYS - 1))
        self.date_to = DateEdit()
        self.design_filter = ChoiceCombo(empty_text=self.tr("All designs"))
        self.type_filter = ChoiceCombo(empty_text=self.tr("All product types"))
        self.maker_filter = ChoiceCombo(empty_text=self.tr("All makers"))
        self.member_filter = MemberFilter(self.services, PRODUCTION_MEMBER, self.app_settings)
        self.search = lists.search_field(None, self.tr("Search design or maker…"))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        filters.addWidget(self.design_filter, 2)
        filters.addWidget(self.type_filter, 1)
        filters.addWidget(self.maker_filter, 1)
        filters.addWidget(self.member_filter, 1)
        filters.addWidget(self.search, 2)
        return filters

    def _build_footer(self) -> QHBoxLayout:
        """Edit, delete and print under the list, and the totals of what it shows."""
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.print_button = QPushButton(self.tr("&Print summary…"))
        self.print_button.setObjectName("print_production")
        self.print_button.setToolTip(
            self.tr("Production summary of the dates shown, per design and per maker")
        )
        self.per_member_button = QPushButton(self.tr("Per mem&ber…"))
        self.per_member_button.setObjectName("production_per_member")
        self.per_member_button.setToolTip(self.tr("The totals of the list for each member business"))
        self.totals = lists.count_label("production_totals")
        buttons = (self.edit_button, self.delete_button, self.print_button, self.per_member_button)
        return lists.button_row(buttons, self.totals)

    def _columns(self) -> list[Column[ProductionRow]]:
        return [
            Column(self.tr("Date"), lambda r: format_date(r.produced_on), "produced_on"),
            Column(self.tr("Code"), lambda r: r.design_code, "design"),
            Column(self.tr("Design"), lambda r: r.design_name),
            Column(self.tr("Product type"), lambda r: r.product_type),
            Column(self.tr("Maker"), lambda r: r.maker, "maker"),
            Column(self.tr("Good"), lambda r: format_thousands(r.good_qty), "good_qty", align_right=True),
            Column(
                self.tr("Rejects"), lambda r: format_thousands(r.reject_qty), "reject_qty", align_right=True
            ),
            Column(self.tr("Note"), lambda r: r.note),
        ]

    def _connect(self) -> None:
        """Filters reload the list (typing after a short pause); buttons and Delete act on the row."""
        self._search_timer = lists.typing_pause(self.search, SEARCH_DELAY_MS, self.apply_filters)
        self.per_member_button.clicked.connect(self.show_per_member)
        for combo in (self.design_filter, self.type_filter, self.maker_filter, self.member_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.print_button.clicked.connect(self.print_summary)
        self.design.picked_with_enter.connect(self._after_pick)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_selected)

    # --- choices and list ------------------------------------------------------------------
    def reload_choices(self) -> None:
        """Designs, makers and product types for the entry row and the filters."""
        production = self.services.production
        designs = production.design_choices()
        self.design.set_designs([(d.code, d.name) for d in designs])
        makers = [(c.id, c.name) for c in production.maker_choices()]
        for combo, choices in (
            (self.maker, makers),
            (self.maker_filter, makers),
            (self.design_filter, [(d.id, f"{d.code}{SEPARATOR}{d.name}") for d in designs]),
            (self.type_filter, [(c.id, c.name) for c in self.services.designs.product_types()]),
        ):
            combo.blockSignals(True)
            combo.set_choices(choices, combo.value())
            combo.blockSignals(False)
        self.member_filter.reload()

    def activated(self) -> None:
        """Called by the main window each time the page is shown."""
        self.reload_choices()
        self.apply_filters()

    def apply_filters(self) -> None:
        self._search_timer.stop()
        query = (
            self.model.query.with_search(self.search.text())
            .with_filter("date_from", self.date_from.value())
            .with_filter("date_to", self.date_to.value())
            .with_filter("design_id", self.design_filter.value())
            .with_filter("product_type_id", self.type_filter.value())
            .with_filter("maker_id", self.maker_filter.value())
            .with_filter(MEMBER_FILTER, self.member_filter.member())
        )
        try:
            # The totals count the rows the list shows: one statement instead of a COUNT and a sum.
            totals = self.services.production.totals(query)
        except SentraError as exc:
            self.model.set_query(query, count=0)  # an empty, consistent list; the message says why
            show_error(self, exc)
            return
        self.model.set_query(query, count=totals.entries)
        self.totals.setText(
            self.tr("%1 entries · good %2 · rejects %3 · reject rate %4%")
            .replace("%1", format_thousands(totals.entries))
            .replace("%2", format_thousands(totals.good))
            .replace("%3", format_thousands(totals.reject))
            .replace("%4", format_decimal(totals.reject_rate, 1))
        )

    def show_per_member(self) -> QDialog:
        """The list's totals for each member business (the output of each member's books)."""
        dialog = MemberFigures(self)
        dialog.fill_production(self.services, self.model.query)
        dialog.open()
        return dialog

    def print_summary(self) -> None:
        """The production summary of the dates the list shows, made in the background, then previewed."""
        from sentra_desktop.ui.reports.preview import open_sheet

        today = date.today()
        start, end = self.date_from.value() or today, self.date_to.value() or today
        open_sheet(self, self.services, "production", date_from=min(start, end), date_to=max(start, end))

    def selected_row(self) -> ProductionRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    # --- entry -----------------------------------------------------------------------------
    def collect(self) -> ProductionInput:
        return ProductionInput(
            produced_on=self.produced_on.value() or date.today(),
            design=self.design.code(),
            maker_id=self.maker.id_value(),
            good_qty=self.good.text(),
            reject_qty=self.rejects.text(),
            note=self.note.text(),
            mould_id=self.mould.id_value(),
        )

    def has_unsaved_changes(self) -> bool:
        """True when a line is typed but not saved (the main window asks before closing)."""
        return any(widget.text().strip() for widget in (self.design, self.good, self.rejects, self.note))

    def _after_pick(self) -> None:
        """Enter on a design in the drop-down: save when the pieces are typed, else go to them."""
        if self.good.text().strip() or self.rejects.text().strip():
            self.save_entry()
        else:
            self.good.setFocus()

    def save_entry(self) -> ProductionSaved | None:
        """Save the entry row; on success clear it for the next line (date and maker kept)."""
        self.design.resolve()
        data = self.collect()
        self.fields.clear_errors()
        production = self.services.production
        try:
            try:
                saved = production.create(data)
            except DuplicateEntryError as exc:
                if not self.confirm_duplicate(error_text(exc) + "\n\n" + self.tr("Save it anyway?")):
                    return None
                saved = production.create(data, allow_duplicate=True)
        except ValidationError as exc:
            self.bar.hide()  # the last line's "saved" must not read as this line's outcome
            self.fields.show_errors(exc)
            return None
        except SentraError as exc:
            self.bar.hide()
            show_error(self, exc)
            return None
        self.last_saved = saved
        self._show_saved(saved)
        for widget in (self.design, self.good, self.rejects, self.note):
            widget.setText("")
        self.design.setFocus()
        self.apply_filters()
        self.entry_saved.emit(saved.entry_id)
        return saved

    def _show_saved(self, saved: ProductionSaved) -> None:
        text = (
            self.tr("Saved: %1 %2 — %3 good, %4 rejects.")
            .replace("%1", saved.design_code)
            .replace("%2", saved.design_name)
            .replace("%3", format_thousands(saved.good_qty))
            .replace("%4", format_thousands(saved.reject_qty))
        )
        if saved.short_materials:
            text += " " + self.tr("Warning: stock of %1 is now below zero.").replace(
                "%1", ", ".join(saved.short_materials)
            )
        self.bar_text.setText(text)
        self.bar_text.setStyleSheet(ERROR_STYLE if saved.short_materials else "")
        self.undo_button.setEnabled(True)
        self.bar.show()

    def can_undo_last(self, widget: QObject) -> bool:
        """Ctrl+Z undoes the last save unless the field has its own typing to undo."""
        if self.last_saved is None:
            return False
        return not (isinstance(widget, QLineEdit) and widget.isUndoAvailable())

    def undo_last(self) -> None:
        saved = self.last_saved
        if saved is None:
            return
        try:
            self.services.production.undo(saved.entry_id)
        except SentraError as exc:
            show_error(self, exc)
            return
        self.last_saved = None
        self.undo_button.setEnabled(False)
        self.bar_text.setStyleSheet("")
        self.bar_text.setText(
            self.tr("Undone: the entry for %1 was removed and its stock movements reversed.").replace(
                "%1", saved.design_code
            )
        )
        self.apply_filters()

    # --- editing the list ------------------------------------------------------------------
    def edit_selected(self) -> QDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = ProductionEditDialog(self.services, row.id, self)
        dialog.saved.connect(lambda _id: self.apply_filters())
        dialog.open()
        self.edit_dialog = dialog
        return dialog

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        question = self.tr("Delete the entry of %1 on %2? Its stock movements are reversed.")
        question = question.replace("%1", row.design_code).replace("%2", format_date(row.produced_on))
        if not self.confirm(self.tr("Delete entry"), question):
            return
        try:
            self.services.production.delete(row.id)
        except SentraError as exc:
            show_error(self, exc)
        if self.last_saved is not None and self.last_saved.entry_id == row.id:
            self.last_saved = None
            self.bar.hide()
        self.apply_filters()


class ProductionEditDialog(QDialog):
    """Edit one production entry; the service reverses the old stock postings and posts anew."""

    saved = Signal(int)

    def __init__(self, services: Services, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.detail = services.production.get(entry_id)
        self.setWindowTitle(self.tr("Edit production entry"))
        self.produced_on = DateEdit()
        self.produced_on.set_value(self.detail.produced_on)
        self.design = DesignField()
        self.design.set_designs([(d.code, d.name) for d in services.production.design_choices()])
        self.design.setText(self.detail.design_code)
        self.maker = ChoiceCombo()
        self.maker.set_choices(
            [(c.id, c.name) for c in services.production.maker_choices()], self.detail.maker_id
        )
        self.good = QLineEdit(format_thousands(self.detail.good_qty))
        self.rejects = QLineEdit(format_thousands(self.detail.reject_qty))
        self.note = QLineEdit(self.detail.note)
        self.mould = MouldPicker(services.production, keep=self.detail.mould_id)
        self.mould.follow(self.detail.design_code)
        self.design.textChanged.connect(self.mould.follow)
        self.banner = make_banner()
        form = QFormLayout()
        self.fields = FormFields(form, self.banner)
        self.fields.add("produced_on", self.tr("&Date"), self.produced_on)
        self.fields.add("design", self.tr("Desi&gn"), self.design)
        self.fields.add("maker_id", self.tr("&Maker"), self.maker)
        self.fields.add("good_qty", self.tr("G&ood"), self.good)
        self.fields.add("reject_qty", self.tr("Re&ject"), self.rejects)
        self.fields.add("mould_id", self.tr("Mou&ld"), self.mould)
        self.fields.add("note", self.tr("No&te"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def submit(self) -> None:
        data = ProductionInput(
            produced_on=self.produced_on.value() or self.detail.produced_on,
            design=self.design.code(),
            maker_id=self.maker.id_value(),
            good_qty=self.good.text(),
            reject_qty=self.rejects.text(),
            note=self.note.text(),
            mould_id=self.mould.id_value(),
        )
        self.fields.clear_errors()
        try:
            self.services.production.update(self.detail.id, self.detail.version, data, allow_duplicate=True)
        except ValidationError as exc:
            self.fields.show_errors(exc)
            return
        except SentraError as exc:
            self.banner.setText(error_text(exc))
            self.banner.show()
            return
        self.saved.emit(self.detail.id)
        self.accept()
