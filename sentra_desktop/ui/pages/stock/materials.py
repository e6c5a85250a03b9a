"""Bahan baku: the list of materials and the form of one material.

The list and form behave like every settings list (search, New / Edit / Deactivate / Delete, a
form that shows each problem under its field), so they are :class:`RecordListTab` and
:class:`RecordDialog` with the material's columns and fields.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from sentra_desktop.core.enums import MaterialUnit
from sentra_desktop.core.formatting import format_decimal
from sentra_desktop.services.container import Services
from sentra_desktop.services.materials import MaterialInput, MaterialRow, MaterialService
from sentra_desktop.ui.models.paged import Column
from sentra_desktop.ui.pages.settings.dialogs import notes_edit, plain_text
from sentra_desktop.ui.pages.settings.record_list import RecordDialog, RecordListTab
from sentra_desktop.ui.pages.stock.common import LOW_COLOUR, NEGATIVE_COLOUR, quantity_text, unit_name
from sentra_desktop.ui.widgets import ChoiceCombo


def with_unit(edit: QLineEdit, unit: QLabel) -> QWidget:
    """``edit`` with its unit written after it; the pair takes the focus as ``edit``."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(unit)
    box.setFocusProxy(edit)
    return box


def unit_choices() -> list[tuple[object, str]]:
    """The units a material can be counted in, by their plain names."""
    return [(unit.value, unit_name(unit)) for unit in MaterialUnit]


class MaterialDialog(RecordDialog):
    """The form of one material: code, name, unit, low-stock level, supplier, notes."""

    def __init__(
        self, service: MaterialService, record_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._version = 0
        self.setWindowTitle(self.tr("New material") if record_id is None else self.tr("Material"))
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.code_edit.setPlaceholderText(self.tr("for example LTX or PGM-MRH"))
        self.name_edit = QLineEdit()
        self.unit_combo = ChoiceCombo(empty_text=self.tr("(choose a unit)"))
        self.unit_combo.set_choices(unit_choices())
        self.low_edit = QLineEdit()
        self.low_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.low_edit.setPlaceholderText("0")
        self.low_edit.setToolTip(self.tr("Type decimals with a comma: 1,5. Zero means no low-stock alert."))
        self.low_unit = QLabel()
        self.supplier_edit = QLineEdit()
        self.active_box = QCheckBox(self.tr("In use (offered in recipes and receipts)"))
        self.active_box.setChecked(True)
        self.notes_edit = notes_edit()
        self.fields.add("code", self.tr("&Code:"), self.code_edit)
        self.fields.add("name", self.tr("&Name:"), self.name_edit)
        self.fields.add("unit", self.tr("&Unit:"), self.unit_combo)
        low_box = with_unit(self.low_edit, self.low_unit)
        self.fields.add("low_stock_level", self.tr("&Low-stock level:"), low_box)
        self.fields.widgets["low_stock_level"] = self.low_edit
        self.fields.add("supplier", self.tr("Usual &supplier:"), self.supplier_edit)
        self.fields.add("active", self.tr("Ac&tive:"), self.active_box)
        self.fields.add("notes", self.tr("Not&es:"), self.notes_edit)
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        if record_id is not None:
            detail = service.get(record_id)
            self.record_id, self._version = detail.id, detail.version
            self.code_edit.setText(detail.code)
            self.name_edit.setText(detail.name)
            self.unit_combo.select(detail.unit.value)
            self.low_edit.setText(format_decimal(detail.low_stock_level) if detail.low_stock_level else "")
            self.supplier_edit.setText(detail.supplier)
            self.active_box.setChecked(detail.active)
            self.notes_edit.setPlainText(detail.notes)
            if detail.unit_locked:
                self.unit_combo.setEnabled(False)
                self.unit_combo.setToolTip(
                    self.tr("The unit cannot change once the material has moved in stock.")
                )
        self._unit_changed()

    def _unit_changed(self) -> None:
        unit = self.unit_combo.value()
        self.low_unit.setText(unit_name(str(unit)) if unit else "")

    def submit(self) -> int:
        """Save the material; returns its id (a refusal raises and saves nothing)."""
        unit = self.unit_combo.value()
        data = MaterialInput(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            unit=str(unit) if unit else None,
            low_stock_level=self.low_edit.text(),
            supplier=self.supplier_edit.text(),
            active=self.active_box.isChecked(),
            notes=plain_text(self.notes_edit),
        )
        if self.record_id is None:
            return self._service.create(data)
        self._service.update(self.record_id, self._version, data)
        return self.record_id


def _on_hand_colour(row: MaterialRow) -> QColor | None:
    if row.on_hand < 0:
        return NEGATIVE_COLOUR
    if row.low_stock_level > 0 and row.on_hand < row.low_stock_level:
        return LOW_COLOUR
    return None


class MaterialsTab(RecordListTab):
    """The Bahan baku tab: materials over ``services.materials`` with their form."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        service = services.materials
        palette = QGuiApplication.palette()
        inactive = QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))

        def grey(row: MaterialRow) -> QBrush | None:
            return None if row.active else inactive

        def set_active(record_id: int, active: bool) -> None:
            if active:
                service.activate(record_id)
            else:
                service.deactivate(record_id)

        active_text = QCoreApplication.translate("MaterialsTab", "Active")
        inactive_text = QCoreApplication.translate("MaterialsTab", "Inactive")
        columns: list[Column[MaterialRow]] = [
            Column(
                QCoreApplication.translate("MaterialsTab", "Code"), lambda r: r.code, "code", foreground=grey
            ),
            Column(
                QCoreApplication.translate("MaterialsTab", "Name"), lambda r: r.name, "name", foreground=grey
            ),
            Column(
                QCoreApplication.translate("MaterialsTab", "Unit"),
                lambda r: unit_name(r.unit),
                "unit",
                foreground=grey,
            ),
            Column(
                QCoreApplication.translate("MaterialsTab", "On hand"),
                lambda r: quantity_text(r.on_hand),
                "on_hand",
                align_right=True,
                foreground=lambda r: _on_hand_colour(r) or grey(r),
            ),
            Column(
                QCoreApplication.translate("MaterialsTab", "Low-stock level"),
                lambda r: quantity_text(r.low_stock_level) if r.low_stock_level else "",
                "low_stock_level",
                align_right=True,
                foreground=grey,
            ),
            Column(
                QCoreApplication.translate("MaterialsTab", "Usual supplier"),
                lambda r: r.supplier,
                "supplier",
                foreground=grey,
            ),
            Column(
                QCoreApplication.translate("MaterialsTab", "Status"),
                lambda r: active_text if r.active else inactive_text,
                "active",
                foreground=grey,
            ),
        ]
        super().__init__(
            service,
            columns,
            lambda dialog_parent, record_id: MaterialDialog(service, record_id, dialog_parent),
            set_active=set_active,
            delete=service.delete,
            parent=parent,
        )
        self.setObjectName("materials_tab")
        self.set_column_widths((10, 28, 7, 12, 12, 30, 10), stretch=5)
