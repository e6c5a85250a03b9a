"""The forms of the aid area: record forms with display names, the aid item's photo and the
mould's designs.

Each is the record base's :class:`RecordForm`; what is theirs is the display names of their
choices, the aid form's photo (picked from a file, resized and stored when the item is saved,
as design photos are) and overlap warning, and the mould form's list of the designs it casts
(many to many: the design form links the same facts from the other side).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sentra_desktop.services.aid import AssistanceService
from sentra_desktop.services.catalogue_setup import MouldService
from sentra_desktop.ui.pages.aid.names import (
    agency_kind_names,
    aid_status_names,
    assistance_kind_names,
    condition_names,
    name_of,
    programme_kind_names,
)
from sentra_desktop.ui.pages.design_form import MouldList
from sentra_desktop.ui.pages.settings.dialogs import RecordForm
from sentra_desktop.ui.widgets import PhotoField

Names = Callable[[], dict[Any, str]]
CHOICE_NAMES: dict[str, dict[str, Names]] = {
    "agency": {"kind": agency_kind_names},
    "programme": {"kind": programme_kind_names},
    "assistance": {"kind": assistance_kind_names, "condition": condition_names, "status": aid_status_names},
    "mould": {"condition": condition_names},
}
PREVIEW_EDGE = 120  # a preview in a column beside the aid form's fields
DESIGN_ROWS = 5


class NamedChoicesForm(RecordForm):
    """A record form whose drop-downs of fixed choices show their display names."""

    tables: ClassVar[dict[str, Names]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.choice_names = {
            name: functools.partial(_display_name, table) for name, table in cls.tables.items()
        }


def _display_name(table: Names, value: object) -> str:
    return name_of(table(), value)


class AidForm(NamedChoicesForm):
    """The form of one aid item, with its photo; an overlap is shown under its reason field."""

    tables = CHOICE_NAMES["assistance"]

    def __init__(
        self, service: AssistanceService, record_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, record_id, parent)
        self.setObjectName("aid_form")
        self.photo = PhotoField(None if self.detail is None else self.detail.photo, PREVIEW_EDGE)
        # Beside the fields, not under them: the form is as tall as a 1366x768 screen at 125 % allows.
        caption = QLabel(self.tr("P&hoto:"))
        caption.setBuddy(self.photo.choose)
        column = QVBoxLayout()
        column.addWidget(caption)
        column.addWidget(self.photo)
        column.addWidget(self.fields.register("photo", self.photo.choose))
        column.addStretch(1)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        index = outer.indexOf(self.form)
        outer.removeItem(self.form)
        row = QHBoxLayout()
        row.addLayout(self.form, 1)
        row.addLayout(column)
        outer.insertLayout(index, row)
        self.setMinimumWidth(self.minimumWidth() + PREVIEW_EDGE + 40)

    def values(self) -> dict[str, Any]:
        return {**super().values(), "photo": self.photo.picked, "remove_photo": self.photo.removed}

    def has_unsaved_changes(self) -> bool:
        return super().has_unsaved_changes() or self.photo.changed()

    def overlap_warning(self) -> str:
        """The overlap message under the reason field ("" when none is shown)."""
        return self.error_text("overlap_reason")


class MouldForm(NamedChoicesForm):
    """The form of one mould, with the designs it casts ticked in a short list."""

    tables = CHOICE_NAMES["mould"]

    def __init__(self, service: MouldService, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(service, record_id, parent)
        self.setObjectName("mould_form")
        linked: tuple[int, ...] = () if self.detail is None else tuple(self.detail.design_ids)
        self._linked = linked
        self.designs = MouldList()
        self.designs.setMaximumHeight(self.designs.fontMetrics().lineSpacing() * DESIGN_ROWS + 12)
        self.designs.setToolTip(self.tr("Tick every design this mould casts"))
        self.designs.set_choices([(c.id, c.name) for c in service.design_choices(linked)], linked)
        self.fields.add("design_ids", self.tr("Designs it &casts:"), self.designs)

    def values(self) -> dict[str, Any]:
        return {**super().values(), "design_ids": self.designs.ids()}

    def has_unsaved_changes(self) -> bool:
        return super().has_unsaved_changes() or set(self.designs.ids()) != set(self._linked)


def form_for(domain: str) -> type[NamedChoicesForm]:
    """The form class of a record kind's domain ("agency", "mould" ...)."""
    if domain == "assistance":
        return AidForm
    if domain == "mould":
        return MouldForm
    return type(f"{domain.title()}Form", (NamedChoicesForm,), {"tables": CHOICE_NAMES.get(domain, {})})
