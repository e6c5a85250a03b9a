"""The record lists of the aid area (agencies, programmes, aid items, moulds) and their forms.

All are the record base's :class:`RecordListTab` and :class:`RecordForm`; what is theirs is the
display names of their choices, and the aid form's overlap warning: the service names the
overlapping items at the overlap-reason field and the form saves once a reason is typed.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtWidgets import QWidget

from sentra_desktop.services.aid import AssistanceService
from sentra_desktop.services.records import RecordService
from sentra_desktop.ui.pages.aid.names import (
    agency_kind_names,
    aid_status_names,
    assistance_kind_names,
    condition_names,
    name_of,
    programme_kind_names,
)
from sentra_desktop.ui.pages.settings.dialogs import RecordForm
from sentra_desktop.ui.pages.settings.record_list import RecordListTab, record_columns

Names = Callable[[], dict[Any, str]]
CHOICE_NAMES: dict[str, dict[str, Names]] = {
    "agency": {"kind": agency_kind_names},
    "programme": {"kind": programme_kind_names},
    "assistance": {"kind": assistance_kind_names, "condition": condition_names, "status": aid_status_names},
    "mould": {"condition": condition_names},
}


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


def _column_text(table: Names, key: str, row: object) -> str:
    return name_of(table(), getattr(row, key))


class AidForm(NamedChoicesForm):
    """The form of one aid item; an overlap is shown under its reason field."""

    tables = CHOICE_NAMES["assistance"]

    def __init__(
        self, service: AssistanceService, record_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, record_id, parent)
        self.setObjectName("aid_form")

    def overlap_warning(self) -> str:
        """The overlap message under the reason field ("" when none is shown)."""
        return self.error_text("overlap_reason")


def form_for(domain: str) -> type[NamedChoicesForm]:
    """The form class of a record kind's domain ("agency", "mould" ...)."""
    if domain == "assistance":
        return AidForm
    return type(f"{domain.title()}Form", (NamedChoicesForm,), {"tables": CHOICE_NAMES.get(domain, {})})


class NamedListTab(RecordListTab):
    """A record list whose choice columns show display names, with the form of its kind."""

    def __init__(self, service: RecordService[Any, Any, Any, Any], parent: QWidget | None = None) -> None:
        tables = CHOICE_NAMES.get(service.domain, {})
        columns = record_columns(service.kind)
        for number, column in enumerate(columns):
            if column.sort_key in tables:
                text = functools.partial(_column_text, tables[column.sort_key], column.sort_key)
                columns[number] = replace(column, text=text)
        form = form_for(service.domain)
        super().__init__(
            service,
            lambda dialog_parent, record_id: form(service, record_id, dialog_parent),
            columns=columns,
            parent=parent,
        )
        self.setObjectName(f"{service.domain}_tab")


class AidListTab(NamedListTab):
    """Aid items: never deleted nor simply deactivated; a mark (returned, written off) is made in the form."""

    def __init__(self, service: AssistanceService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.active_button.hide()
        self.show_inactive.setText(self.tr("Show &returned and written off"))
