"""Names of the fixed choices printed on sheets (from :mod:`core.names`), and number formats for cells."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sentra_desktop.core import i18n, names
from sentra_desktop.core.formatting import format_decimal, format_thousands
from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP
from sentra_desktop.core.quantities import reject_rate

MONTHS = (
    QT_TRANSLATE_NOOP("Sheet", "January"),
    QT_TRANSLATE_NOOP("Sheet", "February"),
    QT_TRANSLATE_NOOP("Sheet", "March"),
    QT_TRANSLATE_NOOP("Sheet", "April"),
    QT_TRANSLATE_NOOP("Sheet", "May"),
    QT_TRANSLATE_NOOP("Sheet", "June"),
    QT_TRANSLATE_NOOP("Sheet", "July"),
    QT_TRANSLATE_NOOP("Sheet", "August"),
    QT_TRANSLATE_NOOP("Sheet", "September"),
    QT_TRANSLATE_NOOP("Sheet", "October"),
    QT_TRANSLATE_NOOP("Sheet", "November"),
    QT_TRANSLATE_NOOP("Sheet", "December"),
)


def month_name(month: int) -> str:
    """The name of month 1-12 in the catalogue's words ("November")."""
    return i18n.translate("Sheet", MONTHS[month - 1])


def label(table: Mapping[Any, str], value: str) -> str:
    """The display name of a stored value, from the catalogue the screen also reads."""
    return names.name(table, value)


def unit_label(value: str) -> str:
    """The name of a unit by stored value ("buah" for pieces of finished goods and of materials)."""
    return names.unit_name(value)


def quantity(value: Decimal | int, places: int = 0) -> str:
    """A quantity as printed: 1.250 pieces; with ``places`` fixed decimals, 12,500 kg (columns line up)."""
    if isinstance(value, int) or not places:
        return format_thousands(int(value)) if value == int(value) else format_decimal(Decimal(value))
    text = format_decimal(Decimal(value), places)
    whole, _, frac = text.partition(",")
    return f"{whole},{frac.ljust(places, '0')}"


def places(unit: str) -> int:
    """Decimals a quantity of ``unit`` is printed with: none for pieces, three for materials."""
    return 0 if unit in (names.DESIGN_UNIT, names.PIECE.value) else 3


def rate(good: int, reject: int) -> str:
    """Reject rate as "4,2 %"."""
    text = format_decimal(reject_rate(good, reject), 1)
    return f"{text if ',' in text else text + ',0'} %"
