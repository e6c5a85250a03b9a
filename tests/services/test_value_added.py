"""Value added equals a straightforward Python computation over random records, on both engines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert

from sentra_desktop.core.enums import BuyerKind, DesignStatus, MaterialUnit
from sentra_desktop.core.errors import ValidationError
from sentra_desktop.core.performance import Period, PeriodFigures
from sentra_desktop.core.value_added import MaterialCategory, ValueAdded
from sentra_desktop.core.value_added_rows import value_added_notes, value_added_rows
from sentra_desktop.db.models import Material, MaterialReceipt, RecipeLine
from sentra_desktop.services import value_added as value_added_service
from sentra_desktop.services.database import Database
from sentra_desktop.services.materials import MaterialInput, MaterialService
from sentra_desktop.services.performance import PerformanceService
from sentra_desktop.services.value_added import rupiah
from tests.services.test_performance import (
    DESIGNS,
    FIRST,
    LAST,
    World,
    days,
    expected,
    periods,
    store,
    worlds,
)

MATERIALS = 4
VOIDED = datetime(2025, 1, 1, tzinfo=UTC)
UNITS = [MaterialUnit.KG, MaterialUnit.LITRE, MaterialUnit.PIECE]


@dataclass
class Stock:
    materials: list[
        tuple[MaterialUnit, MaterialCategory, int | None, int | None]
    ]  # unit, category, factor, price
    recipes: dict[tuple[int, int], int]  # (design, material) -> thousandths per piece
    receipts: list[tuple[int, date, int, int, bool]]  # material, day, thousandths, price, voided


stocks = st.builds(
    Stock,
    materials=st.lists(
        st.tuples(
            st.sampled_from(UNITS),
            st.sampled_from(list(MaterialCategory)),
            st.one_of(st.none(), st.integers(1, 2000)),
            st.one_of(st.none(), st.integers(0, 90_000)),
        ),
        min_size=MATERIALS,
        max_size=MATERIALS,
    ),
    recipes=st.dictionaries(
        st.tuples(st.integers(1, DESIGNS), st.integers(1, MATERIALS)), st.integers(1, 5000), max_size=8
    ),
    receipts=st.lists(
        st.tuples(
            st.integers(1, MATERIALS), days, st.integers(1, 100_000), st.integers(0, 2_000_000), st.booleans()
        ),
        max_size=10,
    ),
)


def store_stock(db: Database, world: World, stock: Stock) -> None:
    with db.transaction() as s:
        for model in (RecipeLine, MaterialReceipt, Material):
            s.execute(delete(model))
    store(db, world)
    with db.transaction() as s:
        s.execute(
            insert(Material),
            [
                {
                    "id": i,
                    "code": f"M{i}",
                    "name": f"Bahan {i}",
                    "unit": unit,
                    "category": category,
                    "kg_per_litre": None if factor is None else Decimal(factor) / 1000,
                    "set_price": price,
                }
                for i, (unit, category, factor, price) in enumerate(stock.materials, start=1)
            ],
        )
        if stock.recipes:
            s.execute(
                insert(RecipeLine),
                [
                    {"design_id": d, "material_id": m, "quantity_per_piece": Decimal(q) / 1000}
                    for (d, m), q in stock.recipes.items()
                ],
            )
        if stock.receipts:
            s.execute(
                insert(MaterialReceipt),
                [
                    {
                        "material_id": m,
                        "received_on": day,
                        "quantity": Decimal(q) / 1000,
                        "total_price": price,
                        "voided_at": VOIDED if voided else None,
                    }
                    for m, day, q, price, voided in stock.receipts
                ],
            )


def plain_value_added(world: World, stock: Stock, period: Period, member: int | None) -> ValueAdded:
    """Entry by entry, recipe line by recipe line, every receipt up to the entry's day re-summed."""
    cost = Fraction(0)
    kilograms = {MaterialCategory.RUBBER: Fraction(0), MaterialCategory.COCONUT_FIBRE: Fraction(0)}
    unpriced, unweighed = set(), set()
    for day, design, _maker, mb, good, reject, voided in world.entries:
        if voided or not period.start <= day <= period.end or (member is not None and mb != member):
            continue
        for (recipe_design, material), per_piece in stock.recipes.items():
            if recipe_design != design:
                continue
            unit, category, factor, set_price = stock.materials[material - 1]
            used = Fraction((good + reject) * per_piece, 1000)
            bought = [(q, p) for m, d, q, p, v in stock.receipts if m == material and d <= day and not v]
            if bought:
                cost += used * Fraction(sum(p for _, p in bought) * 1000, sum(q for q, _ in bought))
            elif set_price is not None:
                cost += used * set_price
            else:
                unpriced.add(f"Bahan {material}")
            if category is MaterialCategory.OTHER:
                continue
            if unit is MaterialUnit.KG:
                kilograms[category] += used
            elif unit is MaterialUnit.LITRE and factor is not None:
                kilograms[category] += used * Fraction(factor, 1000)
            else:
                unweighed.add(f"Bahan {material}")
    return ValueAdded(
        sales=expected(world, period, member)["ordered_value"],
        material_cost=rupiah(cost),
        rubber_kg=Decimal(kilograms[MaterialCategory.RUBBER].numerator)
        / kilograms[MaterialCategory.RUBBER].denominator,
        fibre_kg=Decimal(kilograms[MaterialCategory.COCONUT_FIBRE].numerator)
        / kilograms[MaterialCategory.COCONUT_FIBRE].denominator,
        unpriced=tuple(sorted(unpriced)),
        unweighed=tuple(sorted(unweighed)),
    )


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(world=worlds, stock=stocks, period=periods, member=st.sampled_from([None, 1, 2]))
def test_value_added_equals_a_plain_computation(
    db: Database, world: World, stock: Stock, period: Period, member: int | None
) -> None:
    store_stock(db, world, stock)
    got = PerformanceService(db).figures(period, member).value_added
    want = plain_value_added(world, stock, period, member)
    assert got == want
    assert got.value_added == want.sales - want.material_cost


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(world=worlds, stock=stocks, period=periods, member=st.sampled_from([None, 1, 2]))
def test_value_added_of_days_sorted_into_price_steps_here_equals_a_plain_computation(
    db: Database,
    world: World,
    stock: Stock,
    period: Period,
    member: int | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The other way to the price steps: more receipt days than are read step by step (none here)."""
    monkeypatch.setattr(value_added_service, "STEP_READS", 0)
    store_stock(db, world, stock)
    assert PerformanceService(db).figures(period, member).value_added == plain_value_added(
        world, stock, period, member
    )


def test_a_receipt_later_than_the_day_does_not_price_it_and_the_set_price_does(db: Database) -> None:
    world = World(
        [None] * DESIGNS, [DesignStatus.ACTIVE] * DESIGNS, [(0, 0, BuyerKind.SHOP)] * 5, [None, None], [], []
    )
    day = date(2025, 6, 10)
    world.entries = [(day, 1, 1, None, 10, 0, False)]
    stock = Stock(
        materials=[
            (MaterialUnit.LITRE, MaterialCategory.RUBBER, 960, 20_000),
            (MaterialUnit.KG, MaterialCategory.COCONUT_FIBRE, None, None),
            (MaterialUnit.KG, MaterialCategory.OTHER, None, None),
            (MaterialUnit.PIECE, MaterialCategory.OTHER, None, 500),
        ],
        recipes={(1, 1): 500, (1, 2): 250},
        receipts=[(1, day + timedelta(days=1), 1000, 99_999, False), (2, day, 2000, 30_000, False)],
    )
    store_stock(db, world, stock)
    got = PerformanceService(db).figures(Period.month(day)).value_added
    # 5 litres of latex at the set Rp 20.000 (the receipt came a day later), 2,5 kg of fibre at
    # Rp 15.000 a kg.
    assert got.material_cost == 5 * 20_000 + Fraction(5, 2) * 15_000
    assert got.rubber_kg == Decimal("4.8") and got.fibre_kg == Decimal("2.5")
    assert got.value_added == -got.material_cost
    assert got.per_rubber_kg == pytest.approx(-137_500 / 4.8)


def test_rows_compare_with_new_against_an_empty_period() -> None:
    now = ValueAdded(sales=1_000_000, material_cost=400_000, rubber_kg=Decimal(20), unpriced=("Pigmen",))
    rows = value_added_rows(now, ValueAdded())
    assert rows[2][1:] == ["Rp 600.000", "Rp 0", "baru"]
    assert rows[4][1] == "Rp 30.000" and rows[4][2] == "–" and rows[4][3] == "baru"
    assert rows[6][1:] == ["–", "–", "–"]
    assert "Pigmen" in value_added_notes(now)[0]


def test_material_form_fields_are_checked(db: Database) -> None:
    service = MaterialService(db)
    material = MaterialInput(
        code="LTX",
        name="Lateks",
        unit=MaterialUnit.LITRE,
        category="rubber",
        kg_per_litre="0,96",
        set_price="18.000",
    )
    record = service.get(service.create(material))
    assert (record.category, record.kg_per_litre, record.set_price) == (
        MaterialCategory.RUBBER,
        Decimal("0.96"),
        18_000,
    )
    bad = MaterialInput(
        code="X", name="X", unit=MaterialUnit.KG, category="plastic", kg_per_litre="0", set_price="-5"
    )
    with pytest.raises(ValidationError) as caught:
        service.create(bad)
    assert {e.field for e in caught.value.errors} >= {"category", "kg_per_litre", "set_price"}


def test_an_empty_period_has_no_value_added(db: Database) -> None:
    figures: PeriodFigures = PerformanceService(db).figures(Period(FIRST, LAST))
    assert figures.value_added == ValueAdded()
