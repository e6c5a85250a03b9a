"""Penerimaan bahan: purchases of material coming in, and voiding one entered by mistake.

A receipt adds its quantity to the material's stock; voiding it posts a reversal and keeps the
receipt listed as voided, so the books show what happened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.formatting import format_date, format_rupiah
from sentra_desktop.services.container import Services
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.materials import MaterialRow, ReceiptInput, ReceiptRow
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.forms import FormFields
from sentra_desktop.ui.models.paged import Column, PagedTableModel
from sentra_desktop.ui.pages import lists
from sentra_desktop.ui.pages.common import ask, buddy_label, open_dialog
from sentra_desktop.ui.pages.settings.record_list import RecordDialog
from sentra_desktop.ui.pages.stock.common import (
    MUTED_COLOUR,
    SEARCH_DELAY_MS,
    FunctionSource,
    checked_period,
    enable_sorting,
    item_label,
    make_table,
    quantity_text,
    selected_row,
    set_tab_order,
    unit_name,
)
from sentra_desktop.ui.pages.stock.materials import with_unit
from sentra_desktop.ui.widgets import ChoiceCombo, DateEdit, MoneyEdit


def active_materials(services: Services) -> list[MaterialRow]:
    """Every material in use, by code (a sentra has tens of them, not thousands)."""
    query = ListQuery(sort="code", filters={"active": True})
    materials = services.materials
    return list(materials.page(query, 0, max(materials.count(query), 1)))


class ReceiptDialog(RecordDialog):
    """The "receive material" form: date, material, supplier, quantity, total price, note."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Receive material"))
        self._materials = {row.id: row for row in active_materials(services)}
        self.received_on = DateEdit()
        self.material_combo = ChoiceCombo(empty_text=self.tr("(choose a material)"))
        self.material_combo.set_choices(
            [(row.id, item_label(row.code, row.name)) for row in self._materials.values()]
        )
        self.supplier_edit = QLineEdit()
        self.supplier_edit.setPlaceholderText(self.tr("empty: the material's usual supplier"))
        self.quantity_edit = QLineEdit()
        self.quantity_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.quantity_edit.setPlaceholderText("0")
        self.quantity_edit.setToolTip(self.tr("Type decimals with a comma: 12,5."))
        self.unit_label = QLabel()
        self.price_edit = MoneyEdit()
        self.note_edit = QLineEdit()
        self.fields.add("received_on", self.tr("&Date received:"), self.received_on)
        self.fields.add("material_id", self.tr("&Material:"), self.material_combo)
        self.fields.add("supplier", self.tr("&Supplier:"), self.supplier_edit)
        self.fields.add("quantity", self.tr("&Quantity:"), with_unit(self.quantity_edit, self.unit_label))
        self.fields.widgets["quantity"] = self.quantity_edit
        self.fields.add("total_price", self.tr("Total &price (Rp):"), self.price_edit)
        self.fields.add("note", self.tr("No&te:"), self.note_edit)
        self.save_button.setText(self.tr("&Receive"))
        self.material_combo.currentIndexChanged.connect(self._material_changed)
        self._material_changed()

    def _material_changed(self) -> None:
        chosen = self.material_combo.id_value()
        material = self._materials.get(chosen) if chosen is not None else None
        self.unit_label.setText(unit_name(material.unit) if material is not None else "")
        self.supplier_edit.setPlaceholderText(
            material.supplier
            if material is not None and material.supplier
            else self.tr("empty: the material's usual supplier")
        )

    def select_material(self, material_id: int) -> None:
        """Choose the material the receipt is for."""
        self.material_combo.select(material_id)

    def submit(self) -> int:
        """Record the receipt; returns its id (a refusal raises and saves nothing)."""
        material = self.material_combo.value()
        data = ReceiptInput(
            received_on=self.received_on.value() or "",
            material_id=int(material) if isinstance(material, int) else None,
            supplier=self.supplier_edit.text(),
            quantity=self.quantity_edit.text(),
            total_price=self.price_edit.text(),
            note=self.note_edit.text(),
        )
        return self.services.materials.create_receipt(data)


def _voided_colour(row: ReceiptRow) -> QColor | None:
    return MUTED_COLOUR if row.voided else None


class ReceiptsTab(QWidget):
    """The list of material receipts with "Receive material" and "Void receipt"."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.confirm = lambda title, text: ask(self, title, text)
        self.dialog: ReceiptDialog | None = None

        self.search = lists.search_field(None, self.tr("Search material, supplier or note…"))
        self.date_from = DateEdit(optional=True)
        self.date_to = DateEdit(optional=True)
        self.show_voided = QCheckBox(self.tr("Show &voided"))
        self.receive_button = QPushButton(self.tr("&Receive material…"))
        self.void_button = QPushButton(self.tr("&Void receipt…"))
        for button in (self.receive_button, self.void_button):
            button.setAutoDefault(False)
        self.count_label = lists.count_label("receipt_count")
        self.fields = FormFields()
        columns = self._columns()
        source: FunctionSource[ReceiptRow] = FunctionSource(
            services.materials.receipts_count, services.materials.receipts_page
        )
        self.model: PagedTableModel[ReceiptRow] = PagedTableModel(
            source, columns, query=ListQuery(sort="received_on", descending=True), parent=self
        )
        self.table = make_table(self.model, (11, 9, 18, 20, 12, 11, 12, 14, 9), 3, "receipt_table")
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        enable_sorting(self.table, self.model, [c.sort_key for c in columns])

        bar = QGridLayout()
        bar.setVerticalSpacing(2)
        for column, widget in enumerate(
            (
                buddy_label(self.tr("&Search:"), self.search),
                self.search,
                buddy_label(self.tr("&From:"), self.date_from),
                self.date_from,
                buddy_label(self.tr("&To:"), self.date_to),
                self.date_to,
                self.show_voided,
            )
        ):
            bar.addWidget(widget, 0, column)
        bar.addWidget(self.fields.register("date_to", self.date_to), 1, 2, 1, 4)
        bar.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(lists.button_row((self.receive_button, self.void_button), self.count_label))
        set_tab_order(
            [
                self.search,
                self.date_from,
                self.date_to,
                self.show_voided,
                self.table,
                self.receive_button,
                self.void_button,
            ]
        )
        self.setFocusProxy(self.search)

        self._search_timer = lists.typing_pause(self.search, SEARCH_DELAY_MS, self.apply_filters)
        self.search.returnPressed.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.show_voided.toggled.connect(self.apply_filters)
        self.receive_button.clicked.connect(self.receive)
        self.void_button.clicked.connect(self.void_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # Read when the Stok page first shows this tab (its reload()), not when the page is built.

    def _columns(self) -> list[Column[ReceiptRow]]:
        voided_text = self.tr("Voided")
        grey = _voided_colour
        return [
            Column(self.tr("Date"), lambda r: format_date(r.received_on), "received_on", foreground=grey),
            Column(self.tr("Code"), lambda r: r.material_code, "material", foreground=grey),
            Column(self.tr("Material"), lambda r: r.material_name, None, foreground=grey),
            Column(self.tr("Supplier"), lambda r: r.supplier, "supplier", foreground=grey),
            Column(
                self.tr("Quantity"),
                lambda r: f"{quantity_text(r.quantity)} {unit_name(r.unit)}",
                "quantity",
                align_right=True,
                foreground=grey,
            ),
            Column(
                self.tr("Unit price"),
                lambda r: format_rupiah(r.unit_price),
                None,
                align_right=True,
                foreground=grey,
            ),
            Column(
                self.tr("Total price"),
                lambda r: format_rupiah(r.total_price),
                "total_price",
                align_right=True,
                foreground=grey,
            ),
            Column(self.tr("Note"), lambda r: r.note, None, foreground=grey),
            Column(self.tr("Status"), lambda r: voided_text if r.voided else "", None, foreground=grey),
        ]

    # --- list ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the receipts (same filters)."""
        self.apply_filters()

    def apply_filters(self) -> None:
        """Show the receipts of the search, the period and the voided switch."""
        self._search_timer.stop()
        period = checked_period(self.fields, self.date_from, self.date_to)
        if period is None:
            return
        date_from, date_to = period
        query = (
            self.model.query.with_search(self.search.text())
            .with_filter("date_from", date_from)
            .with_filter("date_to", date_to)
            .with_filter("include_voided", True if self.show_voided.isChecked() else None)
        )
        try:
            self.model.set_query(query)
        except SentraError as exc:
            show_error(self, exc)
            return
        self.count_label.setText(self.tr("%n receipt(s)", "", self.model.rowCount()))
        self._update_buttons()

    def rows(self) -> list[ReceiptRow]:
        """Every row shown now (for tests and short periods)."""
        return [row for i in range(self.model.rowCount()) if (row := self.model.row_at(i)) is not None]

    def selected_row(self) -> ReceiptRow | None:
        """The receipt selected in the list (None when none is)."""
        return selected_row(self.table, self.model)

    def select_receipt(self, receipt_id: int) -> bool:
        """Select the receipt ``receipt_id`` if the list shows it."""
        for number in range(min(self.model.rowCount(), 2000)):
            row = self.model.row_at(number)
            if row is not None and row.id == receipt_id:
                self.table.selectRow(number)
                self.table.scrollTo(self.model.index(number, 0))
                return True
        return False

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected_row()
        self.void_button.setEnabled(row is not None and not row.voided)

    # --- actions ---------------------------------------------------------------------------
    def receive(self) -> ReceiptDialog | None:
        """Open the "receive material" form (one at a time); returns it for tests."""
        if self.dialog is not None and self.dialog.isVisible():
            return self.dialog
        try:
            dialog = ReceiptDialog(self.services, self)
        except SentraError as exc:
            show_error(self, exc)
            return None
        dialog.saved.connect(self._saved)
        self.dialog = open_dialog(dialog, self._dialog_closed)
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved(self, receipt_id: int) -> None:
        self.apply_filters()
        self.select_receipt(receipt_id)
        self.changed.emit()

    def void_selected(self) -> None:
        """Void the selected receipt after asking: its stock is reversed, the receipt stays listed."""
        row = self.selected_row()
        if row is None or row.voided:
            return
        question = (
            self.tr("Void the receipt of %1 %2 of %3 on %4? Its quantity is taken back out of stock.")
            .replace("%1", quantity_text(row.quantity))
            .replace("%2", unit_name(row.unit))
            .replace("%3", row.material_name)
            .replace("%4", format_date(row.received_on))
        )
        if not self.confirm(self.tr("Void receipt"), question):
            return
        try:
            self.services.materials.void_receipt(row.id)
        except SentraError as exc:
            show_error(self, exc)
        self.apply_filters()
        self.changed.emit()
