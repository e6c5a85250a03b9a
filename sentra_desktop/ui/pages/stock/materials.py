"""Bahan baku: the list of materials and the form of one material.

Both are the record base's (:class:`RecordListTab`, :class:`RecordForm`) over the material's
declaration; what is a material's own is shown here: units by their plain names, the unit
written after the low-stock level, the unit fixed once the material has moved, and the stock on
hand coloured when it is low or below zero.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from sentra_desktop.core.enums import MaterialUnit
from sentra_desktop.services.container import Services
from sentra_desktop.services.materials import MaterialRow, MaterialService
from sentra_desktop.services.record_kind import Field
from sentra_desktop.ui.pages.extra_names import category_name
from sentra_desktop.ui.pages.settings.dialogs import RecordForm, beside
from sentra_desktop.ui.pages.settings.record_list import RecordListTab, record_columns
from sentra_desktop.ui.pages.stock.common import LOW_COLOUR, NEGATIVE_COLOUR, unit_name

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size

with_unit = beside  # the name the receipt form knows it by: a quantity with its unit after it


def unit_choices() -> list[tuple[object, str]]:
    """The units a material can be counted in, by their plain names."""
    return [(unit.value, unit_name(unit)) for unit in MaterialUnit]


class MaterialDialog(RecordForm):
    """The form of one material: code, name, unit, low-stock level, supplier, notes."""

    choice_names = {"unit": unit_name, "category": category_name}

    def __init__(
        self, service: MaterialService, record_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, record_id, parent)
        self.unit_combo = self.combos["unit"]
        self.low_edit = self.edits["low_stock_level"]
        if self.detail is not None and self.detail.unit_locked:
            self.unit_combo.setEnabled(False)
            self.unit_combo.setToolTip(
                self.tr("The unit cannot change once the material has moved in stock.")
            )
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self._unit_changed()

    def make_input(self, spec: Field, value: Any) -> QWidget:
        shown = super().make_input(spec, value)
        if spec.name == "low_stock_level":  # the level is in the material's unit: say which
            self.low_unit = QLabel()
            edit = self.edits[spec.name]
            edit.setMaximumWidth(QWIDGETSIZE_MAX)  # as wide as the other inputs, the unit after it
            return with_unit(edit, self.low_unit)
        return shown

    def _unit_changed(self) -> None:
        unit = self.unit_combo.value()
        self.low_unit.setText(unit_name(str(unit)) if unit else "")


def _on_hand_colour(row: MaterialRow, grey: Callable[[Any], Any]) -> Any:
    """Red below zero, orange under the low-stock level, else as the rest of the row."""
    if row.on_hand < 0:
        return NEGATIVE_COLOUR
    if row.low_stock_level > 0 and row.on_hand < row.low_stock_level:
        return LOW_COLOUR
    return grey(row)


class MaterialsTab(RecordListTab):
    """The Bahan baku tab: materials over ``services.materials`` with their form."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        service = services.materials
        columns = record_columns(service.kind)
        for number, column in enumerate(columns):
            if column.sort_key == "unit":
                columns[number] = replace(column, text=lambda row: unit_name(row.unit))
            elif column.sort_key == "on_hand" and (grey := column.foreground) is not None:
                columns[number] = replace(column, foreground=partial(_on_hand_colour, grey=grey))
        super().__init__(
            service,
            lambda dialog_parent, record_id: MaterialDialog(service, record_id, dialog_parent),
            columns=columns,
            parent=parent,
        )
        self.setObjectName("materials_tab")
