"""Value added (nilai tambah): what the sentra adds to raw rubber and coconut fibre.

Sales value minus the cost of the materials the period's production used, in total and per kg
of rubber and of coconut fibre used. Plain data: the services fill :class:`ValueAdded`
(``services/value_added.py``); the page and the pack print :mod:`core.value_added_rows`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP


class MaterialCategory(StrEnum):
    """What a material is, for the value added per kg: karet, sabut kelapa, lainnya."""

    RUBBER = "rubber"
    COCONUT_FIBRE = "coconut_fibre"
    OTHER = "other"


MATERIAL_CATEGORY = {
    MaterialCategory.RUBBER: QT_TRANSLATE_NOOP("MaterialCategory", "Rubber"),
    MaterialCategory.COCONUT_FIBRE: QT_TRANSLATE_NOOP("MaterialCategory", "Coconut fibre"),
    MaterialCategory.OTHER: QT_TRANSLATE_NOOP("MaterialCategory", "Other"),
}


@dataclass(frozen=True)
class ValueAdded:
    """One period's value added; kilograms are of the rubber and fibre the recipes used.

    ``unpriced`` names the materials used that have neither receipts nor a set price (costed at
    nothing), ``unweighed`` the rubber or fibre kept in litres without a kg-per-litre factor.
    """

    sales: int = 0
    material_cost: int = 0
    rubber_kg: Decimal = Decimal(0)
    fibre_kg: Decimal = Decimal(0)
    unpriced: tuple[str, ...] = ()
    unweighed: tuple[str, ...] = ()

    @property
    def value_added(self) -> int:
        return self.sales - self.material_cost

    @property
    def per_rubber_kg(self) -> float | None:
        return self.value_added / float(self.rubber_kg) if self.rubber_kg > 0 else None

    @property
    def per_fibre_kg(self) -> float | None:
        return self.value_added / float(self.fibre_kg) if self.fibre_kg > 0 else None


__all__ = ["MATERIAL_CATEGORY", "MaterialCategory", "ValueAdded"]
