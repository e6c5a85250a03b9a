"""Display names on screen of a recommendation's follow-up and a material's category."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from sentra_desktop.core.value_added import MATERIAL_CATEGORY
from sentra_desktop.core.visits import FOLLOW_UP_STATUS


def _name(context: str, table: Mapping[Any, str], value: object) -> str:
    for member, source in table.items():
        if member == value:
            return QCoreApplication.translate(context, source)
    return str(value or "")


def follow_up_name(value: object) -> str:
    """Belum / Sedang / Selesai."""
    return _name("FollowUpStatus", FOLLOW_UP_STATUS, value)


def category_name(value: object) -> str:
    """Karet / Sabut kelapa / Lainnya."""
    return _name("MaterialCategory", MATERIAL_CATEGORY, value)


__all__ = ["category_name", "follow_up_name"]
