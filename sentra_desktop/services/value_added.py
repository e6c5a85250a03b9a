"""Value added (nilai tambah): sales value less the cost of the materials production used.

The materials used are the recipe quantities of the period's production (good and reject
pieces of entries not voided, as the recipes stand now). Each material is priced on each day at
the weighted average cost of its receipts (not voided) up to and including that day; a material
with no receipts yet takes the price set on it. Rubber and coconut fibre are weighed in kg: a
material kept in litres (latex) through its kg-per-litre factor.

The material form's three fields (category, factor, set price) are declared here too, so the
material declaration in :mod:`services.materials` only names them.
"""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any, cast

from sqlalchemy import (
    Date,
    Integer,
    Select,
    Table,
    bindparam,
    func,
    literal_column,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import MaterialUnit
from sentra_desktop.core.errors import FieldError, ValidationError
from sentra_desktop.core.formatting import parse_decimal
from sentra_desktop.core.messages import QT_TRANSLATE_NOOP
from sentra_desktop.core.value_added import MaterialCategory, ValueAdded
from sentra_desktop.db.models import Material, MaterialReceipt, OutputDay, RecipeLine
from sentra_desktop.services.field_checks import optional_rupiah
from sentra_desktop.services.record_kind import Field, FieldKind

_OD = cast(Table, OutputDay.__table__)
_RL = cast(Table, RecipeLine.__table__)
_MR = cast(Table, MaterialReceipt.__table__)
_MT = cast(Table, Material.__table__)

MAX_KG_PER_LITRE = Decimal(10)
STEP_READS = 60  # receipt days in a period up to which each price step is read on its own

# --- the material form's fields ----------------------------------------------------------------


def parse_kg_per_litre(errors: list[FieldError], field: str, value: str | Decimal | None) -> Decimal | None:
    """Kilograms one litre weighs ("0,96"); empty means not set."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        factor = value if isinstance(value, Decimal) else parse_decimal(str(value), field, max_places=3)
    except ValidationError as exc:
        errors.extend(exc.errors)
        return None
    if factor <= 0:
        errors.append(FieldError(field, "not_positive"))
    elif factor > MAX_KG_PER_LITRE:
        errors.append(FieldError(field, "too_large", {"max": "10"}))
    else:
        return factor
    return None


MATERIAL_FIELDS = (
    Field(
        "category",
        QT_TRANSLATE_NOOP("Records", "Cate&gory:"),
        FieldKind.CHOICE,
        required=True,
        choices=MaterialCategory,
        default=MaterialCategory.OTHER,
        tooltip=QT_TRANSLATE_NOOP(
            "Records", "Rubber and coconut fibre are weighed for the value added per kg."
        ),
    ),
    Field(
        "kg_per_litre",
        QT_TRANSLATE_NOOP("Records", "&Kg per litre:"),
        FieldKind.NUMBER,
        parse=parse_kg_per_litre,
        tooltip=QT_TRANSLATE_NOOP(
            "Records", "For a material kept in litres (latex): how many kg one litre weighs, e.g. 0,96."
        ),
    ),
    Field(
        "set_price",
        QT_TRANSLATE_NOOP("Records", "Set &price (Rp per unit):"),
        FieldKind.NUMBER,
        parse=optional_rupiah,
        tooltip=QT_TRANSLATE_NOOP(
            "Records", "Used for the value added while the material has no receipts with a price."
        ),
    ),
)

# --- the computation -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Material:
    name: str
    unit: MaterialUnit
    category: MaterialCategory
    kg_per_litre: Decimal | None
    set_price: int | None


class _Prices:
    """Each material's running totals of receipts, by day, for the weighted average up to a day.

    What came before ``start`` is summed in SQL into one opening row per material; only the
    receipt days from ``start`` to ``end`` come back one by one, in the same statement.
    """

    def __init__(self, session: Session, start: date, end: date) -> None:
        quantity, price = func.sum(type_coerce(_MR.c.quantity, Integer)), func.sum(_MR.c.total_price)
        live = _MR.c.voided_at.is_(None)
        # One read: the opening row is dated on its last receipt day (any day before ``start``
        # prices the same), the days of the period one row each.
        rows = session.execute(
            union_all(
                select(_MR.c.material_id, func.max(_MR.c.received_on), quantity, price)
                .where(live, _MR.c.received_on < start)
                .group_by(_MR.c.material_id),
                select(_MR.c.material_id, _MR.c.received_on, quantity, price)
                .where(live, _MR.c.received_on >= start, _MR.c.received_on <= end)
                .group_by(_MR.c.material_id, _MR.c.received_on),
            )
        )
        self.days: dict[int, list[date]] = defaultdict(list)
        self.totals: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for material_id, day, bought, paid in sorted(rows, key=lambda r: (r[0], r[1])):
            last = self.totals[material_id][-1] if self.totals[material_id] else (0, 0)
            self.days[material_id].append(day)
            self.totals[material_id].append((last[0] + int(bought), last[1] + int(paid)))
        # Every material's receipt days from ``start`` on: between two of them no price moves.
        self.breaks = sorted({day for days in self.days.values() for day in days if day >= start})

    def step(self, material_id: int, day: date) -> int:
        """How many receipt days of the material are on or before ``day`` (0: none yet): the days
        with one step share one price."""
        return bisect.bisect_right(self.days.get(material_id, []), day)

    def unit_price(self, material_id: int, day: date) -> Fraction | None:
        """Rupiah per unit on ``day``: the receipts' total price over their total quantity so far."""
        return self.step_price(material_id, self.step(material_id, day))

    def step_price(self, material_id: int, found: int) -> Fraction | None:
        if not found:
            return None
        quantity, price = self.totals[material_id][found - 1]
        return Fraction(price * 1000, quantity) if quantity else None


@functools.lru_cache(maxsize=2 * STEP_READS + 2)
def _step_reads(steps: int, of_member: bool) -> Select[Any]:
    """Pieces made per design in each of ``steps`` ranges of days (``d0`` <= day < ``d1``, ...), of
    the ``member`` if ``of_member``: a step's days are one range of the day index, a few rows
    each, faster on both engines than grouping thousands of day rows by a computed step. Built
    once per count, so a table of fifty sentra does not build the same statement fifty times."""
    made = func.sum(_OD.c.good + _OD.c.reject)
    mine = [_OD.c.member_business_id == bindparam("member")] if of_member else []
    reads = [
        select(literal_column(str(n)), _OD.c.design_id, made)
        .where(
            _OD.c.day >= bindparam(f"d{n}", type_=Date), _OD.c.day < bindparam(f"d{n + 1}", type_=Date), *mine
        )
        .group_by(_OD.c.design_id)
        for n in range(steps)
    ]
    return union_all(*reads) if steps > 1 else reads[0]  # type: ignore[return-value]


def used_by_step(
    session: Session, start: date, end: date, member: int | None, breaks: Sequence[date]
) -> dict[tuple[int, int], int]:
    """(step, material id) -> thousandths used from ``start`` to ``end``, through today's recipes;
    step ``n`` is the days on or after the ``n``-th of ``breaks`` (the period's receipt days, in
    order) and before the next, so every material has one price in a step.

    Production is summed per step and design from the days' summary and multiplied out by the
    recipes here: joining the recipes in SQL first triples the rows to group, and a row per day
    and design (a few thousand a year) cost more to group, fetch and fold than the whole rest.
    """
    recipes: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for design_id, material_id, per_piece in session.execute(
        select(_RL.c.design_id, _RL.c.material_id, type_coerce(_RL.c.quantity_per_piece, Integer))
    ):
        recipes[design_id].append((material_id, int(per_piece)))
    if not recipes:
        return {}
    pieces: dict[tuple[int, int], int] = defaultdict(int)
    if len(breaks) > STEP_READS:  # one read per step would cost more: by day, into steps here
        steps: dict[date, int] = {}
        mine = [] if member is None else [_OD.c.member_business_id == member]
        for day, design_id, count in session.execute(
            select(_OD.c.day, _OD.c.design_id, func.sum(_OD.c.good + _OD.c.reject))
            .where(_OD.c.day >= start, _OD.c.day <= end, *mine)
            .group_by(_OD.c.day, _OD.c.design_id)
        ):
            if day not in steps:
                steps[day] = bisect.bisect_right(breaks, day)
            pieces[steps[day], design_id] += int(count)
    else:
        bounds = [start, *breaks, end + timedelta(days=1)]
        params: dict[str, Any] = {f"d{n}": day for n, day in enumerate(bounds)}
        if member is not None:
            params["member"] = member
        for n, design_id, count in session.execute(_step_reads(len(bounds) - 1, member is not None), params):
            pieces[int(n), design_id] += int(count)
    used: dict[tuple[int, int], int] = defaultdict(int)
    for (n, design_id), count in pieces.items():
        for material_id, per_piece in recipes.get(design_id, ()):
            used[n, material_id] += count * per_piece
    return used


def _materials(session: Session) -> dict[int, _Material]:
    rows = session.execute(
        select(
            _MT.c.id,
            _MT.c.name,
            _MT.c.unit,
            _MT.c.category,
            type_coerce(_MT.c.kg_per_litre, Integer),
            _MT.c.set_price,
        )
    )
    return {
        r[0]: _Material(
            r[1],
            MaterialUnit(r[2]),
            MaterialCategory(r[3]),
            None if r[4] is None else Decimal(r[4]) / 1000,
            r[5],
        )
        for r in rows
    }


def value_added(session: Session, start: date, end: date, member: int | None, sales: int) -> ValueAdded:
    """The value added from ``start`` to ``end`` (of one member business, or all) of ``sales``."""
    prices = _Prices(session, start, end)
    # The days between two receipts share every material's price: their quantities are summed
    # first (whole thousandths), then priced once per material and step, exactly as day by day.
    used = used_by_step(session, start, end, member, prices.breaks)
    if not used:
        return ValueAdded(sales=sales)
    materials = _materials(session)
    firsts = [start, *prices.breaks]  # each step's first day
    per_step: dict[tuple[int, int], int] = defaultdict(int)
    per_material: dict[int, int] = defaultdict(int)
    for (n, material_id), raw in used.items():
        per_step[material_id, prices.step(material_id, firsts[n])] += raw
        per_material[material_id] += raw
    cost = Fraction(0)
    weighed: dict[MaterialCategory, Decimal] = defaultdict(Decimal)
    unpriced: set[str] = set()
    unweighed: set[str] = set()
    for (material_id, found), raw in per_step.items():
        material = materials[material_id]
        price = prices.step_price(material_id, found)
        if price is None and material.set_price is not None:
            price = Fraction(material.set_price)
        if price is None:
            unpriced.add(material.name)
        else:
            cost += Fraction(raw, 1000) * price
    for material_id, raw in per_material.items():
        material = materials[material_id]
        if material.category is MaterialCategory.OTHER:
            continue
        kilograms = Decimal(raw) / 1000
        if material.unit is MaterialUnit.LITRE and material.kg_per_litre is not None:
            kilograms *= material.kg_per_litre
        elif material.unit is not MaterialUnit.KG:
            unweighed.add(material.name)
            continue
        weighed[material.category] += kilograms
    return ValueAdded(
        sales=sales,
        material_cost=rupiah(cost),
        rubber_kg=weighed[MaterialCategory.RUBBER],
        fibre_kg=weighed[MaterialCategory.COCONUT_FIBRE],
        unpriced=tuple(sorted(unpriced)),
        unweighed=tuple(sorted(unweighed)),
    )


def rupiah(value: Fraction) -> int:
    """Whole Rupiah, halves rounded up (away from zero)."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


__all__ = ["MATERIAL_FIELDS", "parse_kg_per_litre", "used_by_step", "value_added"]
