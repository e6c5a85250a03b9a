"""The record lists of the aid area (agencies, programmes, aid items, moulds).

All are the record base's :class:`RecordListTab`; their choice columns show display names and
they open the forms of :mod:`.forms` (re-exported here for the pages and tests that name them).
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QWidget

from sentra_desktop.services.aid import AssistanceService
from sentra_desktop.services.records import RecordService
from sentra_desktop.ui.pages.aid.forms import CHOICE_NAMES, AidForm, MouldForm, Names, form_for
from sentra_desktop.ui.pages.aid.names import name_of
from sentra_desktop.ui.pages.settings.record_list import RecordListTab, record_columns


def _column_text(table: Names, key: str, row: object) -> str:
    return name_of(table(), getattr(row, key))


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


__all__ = ["AidForm", "AidListTab", "MouldForm", "NamedListTab", "form_for"]
