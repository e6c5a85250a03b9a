"""The value added of two periods as rows of text, the same on the Kinerja page and in the pack."""

from __future__ import annotations

from decimal import Decimal

from sentra_desktop.core import i18n
from sentra_desktop.core.formatting import format_decimal, format_rupiah
from sentra_desktop.core.performance import change_text
from sentra_desktop.core.value_added import ValueAdded


def _money(label: str, now: float | None, before: float | None) -> list[str]:
    shown = [format_rupiah(None if v is None else round(v)) or "–" for v in (now, before)]
    return [label, *shown, change_text(now, before)]


def _kg(label: str, now: Decimal, before: Decimal) -> list[str]:
    shown = [format_decimal(v, 1) + " kg" for v in (now, before)]
    return [label, *shown, change_text(float(now), float(before))]


def value_added_rows(now: ValueAdded, before: ValueAdded) -> list[list[str]]:
    """The value added of two periods side by side; a change against an empty period is "baru"."""
    return [
        _money(i18n.translate("ValueAdded", "Sales value"), now.sales, before.sales),
        _money(
            i18n.translate("ValueAdded", "Cost of materials used"), now.material_cost, before.material_cost
        ),
        _money(i18n.translate("ValueAdded", "Value added"), now.value_added, before.value_added),
        _kg(i18n.translate("ValueAdded", "Rubber used"), now.rubber_kg, before.rubber_kg),
        _money(
            i18n.translate("ValueAdded", "Value added per kg of rubber"),
            now.per_rubber_kg,
            before.per_rubber_kg,
        ),
        _kg(i18n.translate("ValueAdded", "Coconut fibre used"), now.fibre_kg, before.fibre_kg),
        _money(
            i18n.translate("ValueAdded", "Value added per kg of coconut fibre"),
            now.per_fibre_kg,
            before.per_fibre_kg,
        ),
    ]


def value_added_notes(now: ValueAdded) -> list[str]:
    """What makes the figures less than complete: materials without a price or a weight."""
    notes = []
    if now.unpriced:
        notes.append(
            i18n.translate(
                "ValueAdded",
                "Without receipts or a set price (costed at nothing): {names}",
                None,
                names=", ".join(now.unpriced),
            )
        )
    if now.unweighed:
        notes.append(
            i18n.translate(
                "ValueAdded",
                "Kept in litres without a kg-per-litre factor (not weighed): {names}",
                None,
                names=", ".join(now.unweighed),
            )
        )
    return notes


__all__ = ["value_added_notes", "value_added_rows"]
