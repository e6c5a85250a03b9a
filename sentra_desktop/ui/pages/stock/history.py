"""Riwayat barang: the stock card of one item — every movement in a period, with balances."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
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
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.stock import ItemHistory, LedgerRow, StockRow
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.forms import FormFields
from sentra_desktop.ui.models.paged import Column, PagedTableModel
from sentra_desktop.ui.pages.stock.common import (
    DESIGN_UNIT,
    SEPARATOR,
    RowsSource,
    checked_period,
    item_kind_names,
    item_label,
    make_table,
    month_start,
    movement_columns,
    movement_names,
    quantity_text,
    set_tab_order,
    unit_name,
)
from sentra_desktop.ui.widgets import DateEdit

ItemKey = tuple[StockItemKind, int]


class ItemField(QLineEdit):
    """An item typed by its code or part of its name, with a drop-down of matching items."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStringListModel(self)
        self._by_label: dict[str, ItemKey] = {}
        self._by_code: dict[str, ItemKey] = {}
        self._labels: dict[ItemKey, str] = {}
        self._units: dict[ItemKey, str] = {}
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("code or part of the name"))

    def set_items(self, rows: list[StockRow]) -> None:
        """Offer ``rows`` (finished goods first, then materials, as the overview lists them)."""
        self._by_label.clear()
        self._by_code.clear()
        self._labels.clear()
        self._units.clear()
        for row in rows:
            key = (row.kind, row.id)
            label = item_label(row.code, row.name)
            self._by_label.setdefault(label.casefold(), key)
            self._by_code.setdefault(row.code.casefold(), key)
            self._labels[key] = label
            self._units[key] = row.unit
        self._model.setStringList(list(self._labels.values()))

    def label(self, key: ItemKey) -> str | None:
        """The "CODE — name" of an offered item (None for one not offered, such as a retired design)."""
        return self._labels.get(key)

    def unit(self, key: ItemKey) -> str | None:
        """The stored unit of an offered item ("pcs" for finished goods)."""
        return self._units.get(key)

    def item(self) -> ItemKey | None:
        """The item the text names: a whole "CODE — name", a code, or a part only one name has."""
        text = " ".join(self.text().split()).casefold()
        if not text:
            return None
        if text in self._by_label:
            return self._by_label[text]
        code = text.split(SEPARATOR.strip(), 1)[0].strip()
        if code in self._by_code:
            return self._by_code[code]
        matches = [key for label, key in self._by_label.items() if text in label]
        return matches[0] if len(matches) == 1 else None

    def set_item(self, key: ItemKey) -> None:
        """Show the "CODE — name" of an offered item in the field."""
        self.setText(self._labels.get(key, ""))


class HistoryTab(QWidget):
    """The stock card: pick an item and a period; see opening balance, movements, closing balance."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.current: ItemKey | None = None
        self.history: ItemHistory | None = None
        self._movements = movement_names()
        self._kinds = item_kind_names()
        self._unit = ""

        self.item_field = ItemField()
        self.item_field.setObjectName("history_item")
        self.date_from = DateEdit()
        self.date_from.set_value(month_start())
        self.date_to = DateEdit()
        self.show_button = QPushButton(self.tr("S&how"))
        self.show_button.setAutoDefault(False)
        self.fields = FormFields()
        item_label_widget = QLabel(self.tr("&Item:"))
        item_label_widget.setBuddy(self.item_field)
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.date_from)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.date_to)

        chooser = QGridLayout()
        chooser.setVerticalSpacing(2)
        chooser.addWidget(item_label_widget, 0, 0)
        chooser.addWidget(self.item_field, 0, 1)
        chooser.addWidget(from_label, 0, 2)
        chooser.addWidget(self.date_from, 0, 3)
        chooser.addWidget(to_label, 0, 4)
        chooser.addWidget(self.date_to, 0, 5)
        chooser.addWidget(self.show_button, 0, 6)
        chooser.addWidget(self.fields.register("item", self.item_field), 1, 1)
        chooser.addWidget(self.fields.register("date_to", self.date_to), 1, 2, 1, 4)
        chooser.setColumnStretch(1, 1)

        self.title = QLabel()
        self.title.setObjectName("history_title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.opening_label = QLabel()
        self.opening_label.setObjectName("history_opening")
        self.closing_label = QLabel()
        self.closing_label.setObjectName("history_closing")
        self.closing_label.setFont(font)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("history_totals")

        self.source: RowsSource[LedgerRow] = RowsSource()
        self.model: PagedTableModel[LedgerRow] = PagedTableModel(self.source, self._columns(), parent=self)
        self.table = make_table(self.model, (11, 16, 24, 9, 9, 10, 12, 18), 2, "history_table")

        balances = QHBoxLayout()
        balances.addWidget(self.totals_label, 1)
        balances.addWidget(self.closing_label)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.title)
        layout.addWidget(self.opening_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(balances)
        set_tab_order([self.item_field, self.date_from, self.date_to, self.show_button, self.table])
        self.setFocusProxy(self.item_field)

        self.item_field.returnPressed.connect(self.show_typed)
        self.item_field.completer().activated.connect(lambda _text: self.show_typed())
        self.show_button.clicked.connect(self.show_typed)
        self.date_from.dateChanged.connect(self._dates_changed)
        self.date_to.dateChanged.connect(self._dates_changed)
        # Read when the Stok page first shows this tab (its reload()), not when the page is built.
        self._show_empty()

    def _columns(self) -> list[Column[LedgerRow]]:
        return [
            Column(self.tr("Date"), lambda r: format_date(r.moved_on)),
            Column(self.tr("Movement"), lambda r: self._movements[r.kind]),
            Column(self.tr("Reference"), lambda r: r.reference),
            *movement_columns(),
        ]

    # --- data ------------------------------------------------------------------------------
    def reload_items(self) -> None:
        """Re-read the items the chooser offers (new designs or materials may have come)."""
        stock = self.services.stock
        query = ListQuery(sort="kind")
        try:
            rows = stock.page(query, 0, max(stock.count(query), 1))
        except SentraError as exc:
            show_error(self, exc)
            return
        self.item_field.set_items(rows)

    def reload(self) -> None:
        """Re-read the choices and the shown item's movements (called when the tab is shown)."""
        self.reload_items()
        if self.current is not None:
            self.load()

    def show_item(self, kind: StockItemKind | str, item_id: int) -> None:
        """Show the stock card of one item over the chosen period."""
        key = (StockItemKind(kind), item_id)
        self.current = key
        self.item_field.set_item(key)
        self.load()

    def show_typed(self) -> None:
        """Show the item named in the chooser, or say at the field that no item has that name."""
        key = self.item_field.item()
        if key is None:
            code = "invalid_choice" if self.item_field.text().strip() else "required"
            self.fields.show_errors(ValidationError.single("item", code))
            return
        self.current = key
        self.item_field.set_item(key)
        self.load()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dates_changed(self) -> None:
        if self.current is not None:
            self.load()

    def load(self) -> None:
        """Read the shown item's movements between the two dates."""
        self.fields.clear_errors()
        if self.current is None:
            self._show_empty()
            return
        period = checked_period(self.fields, self.date_from, self.date_to)
        if period is None:
            return
        date_from, date_to = period
        kind, item_id = self.current
        try:
            history = self.services.stock.item_history(kind, item_id, date_from, date_to)
            on_hand = self.services.stock.on_hand(kind, item_id)
        except SentraError as exc:
            show_error(self, exc)
            self.current = None
            self._show_empty()
            return
        self.history = history
        self.source.rows = list(history.rows)
        self.model.refresh()
        unit = self._unit_of(self.current)
        label = self.item_field.label(self.current)
        if label is None and history.rows:
            label = item_label(history.rows[0].item_code, history.rows[0].item_name)
        self.title.setText(
            self.tr("%1 · %2 · unit: %3 · on hand now: %4")
            .replace("%1", label or "")
            .replace("%2", self._kinds[kind])
            .replace("%3", unit)
            .replace("%4", quantity_text(on_hand))
        )
        self._show_balances(history, date_from, date_to)
        if self.model.rowCount():  # read like a card: from the opening balance down (End: the latest)
            self.table.selectRow(0)
            self.table.scrollToTop()

    def _unit_of(self, key: ItemKey) -> str:
        unit = self.item_field.unit(key)
        if unit is None and key[0] == StockItemKind.DESIGN:
            unit = DESIGN_UNIT
        elif unit is None:
            try:
                unit = self.services.materials.get(key[1]).unit
            except SentraError:
                return ""
        return unit_name(unit)

    def _show_balances(self, history: ItemHistory, date_from: date | None, date_to: date | None) -> None:
        self.opening_label.setText(
            self.tr("Opening balance %1: %2")
            .replace("%1", format_date(date_from))
            .replace("%2", quantity_text(history.opening))
        )
        self.closing_label.setText(
            self.tr("Closing balance %1: %2")
            .replace("%1", format_date(date_to))
            .replace("%2", quantity_text(history.closing))
        )
        received = sum((r.quantity for r in history.rows if r.quantity > 0), Decimal(0))
        issued = sum((-r.quantity for r in history.rows if r.quantity < 0), Decimal(0))
        self.totals_label.setText(
            self.tr("%n movement(s) · in %1 · out %2", "", len(history.rows))
            .replace("%1", quantity_text(received))
            .replace("%2", quantity_text(issued))
        )
        for label, value in ((self.opening_label, history.opening), (self.closing_label, history.closing)):
            label.setStyleSheet("color: #c00000;" if value < 0 else "")

    def _show_empty(self) -> None:
        self.history = None
        self.source.rows = []
        self.model.refresh()
        self.title.setText(self.tr("Type an item's code or name above and press Enter."))
        self.opening_label.clear()
        self.closing_label.clear()
        self.totals_label.clear()

    def rows(self) -> list[LedgerRow]:
        """The movements shown now, in ledger order."""
        return list(self.source.rows)
