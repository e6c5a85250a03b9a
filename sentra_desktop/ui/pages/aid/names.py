"""Display names of the aid's fixed choices on screen; the same catalogue entries the sheet prints."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from sentra_desktop.core import names
from sentra_desktop.core.enums import AgencyKind, AidStatus, AssistanceKind, Condition, ProgrammeKind

E = TypeVar("E", bound=StrEnum)


def _names(context: str, table: Mapping[E, str]) -> dict[E, str]:
    return {member: QCoreApplication.translate(context, source) for member, source in table.items()}


def assistance_kind_names() -> dict[AssistanceKind, str]:
    return _names("AssistanceKind", names.ASSISTANCE_KIND)


def agency_kind_names() -> dict[AgencyKind, str]:
    return _names("AgencyKind", names.AGENCY_KIND)


def programme_kind_names() -> dict[ProgrammeKind, str]:
    return _names("ProgrammeKind", names.PROGRAMME_KIND)


def condition_names() -> dict[Condition, str]:
    return _names("Condition", names.CONDITION)


def aid_status_names() -> dict[AidStatus, str]:
    return _names("AidStatus", names.AID_STATUS)


def name_of(table: Mapping[Any, str], value: object) -> str:
    """The display name of ``value`` in ``table`` ("" for nothing)."""
    if value is None or value == "":
        return ""
    for member, text in table.items():
        if member == value:
            return str(text)
    return str(value)
