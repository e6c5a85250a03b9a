"""Piece-rate pay: figures equal an independent computation; paid periods are locked and every
later change of a paid entry comes out as a correction in the maker's next period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from sentra_desktop.core.errors import ValidationError
from sentra_desktop.core.pay import period_containing
from sentra_desktop.db.models import (
    AuditEntry,
    PayAdjustment,
    PayAdvance,
    PayEntryChange,
    PayLine,
    PayPeriod,
    PaySlip,
    PieceRate,
    ProductionEntry,
)
from sentra_desktop.services.database import Database
from sentra_desktop.services.pay import AdvanceAboveAverageError, PayService
from sentra_desktop.services.production import ProductionInput, ProductionService
from sentra_desktop.services.sentra_settings import PAY_PERIOD_KIND, PayPeriodKind, SentraSettingService
from tests.services.test_stock import World, make_world

WEEK1 = (date(2026, 11, 2), date(2026, 11, 8))  # Monday to Sunday
WEEK2 = (date(2026, 11, 9), date(2026, 11, 15))
WEEK3 = (date(2026, 11, 16), date(2026, 11, 22))
WEEKS = (WEEK1, WEEK2, WEEK3)
PAY_TABLES = (
    PayLine,
    PaySlip,
    PayPeriod,
    PayAdvance,
    PayAdjustment,
    PieceRate,
    PayEntryChange,
    ProductionEntry,
)


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)


@pytest.fixture
def pay(db: Database) -> PayService:
    return PayService(db)


def _rated(pay: PayService, world: World) -> None:
    pay.set_rate(product_type_id=world.keychain_type, effective_from="2026-01-01", rate=400)
    pay.set_rate(design_id=world.keychain, effective_from="2026-01-01", rate="500")
    pay.set_rate(product_type_id=world.coaster_type, effective_from="2026-01-01", rate=300, reject_rate=50)


def _count(db: Database, model: type) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_periods_follow_the_settings(db: Database, pay: PayService) -> None:
    assert pay.period_for(date(2026, 11, 5)) == WEEK1
    SentraSettingService(db).set(PAY_PERIOD_KIND, PayPeriodKind.FORTNIGHTLY)
    start, end = pay.period_for(date(2026, 11, 5))
    assert (end - start).days == 13 and start.weekday() == 0 and start <= date(2026, 11, 5) <= end
    assert period_containing(date(2026, 11, 5), "weekly", 2) == (date(2026, 11, 4), date(2026, 11, 10))


def test_rate_change_applies_from_its_day_and_advance_carries(
    db: Database, world: World, pay: PayService
) -> None:
    _rated(pay, world)
    pay.set_rate(design_id=world.keychain, effective_from="2026-11-05", rate=600)
    production = ProductionService(db)
    production.create(ProductionInput(date(2026, 11, 4), world.keychain, world.budi, 10))
    production.create(ProductionInput(date(2026, 11, 5), world.keychain, world.budi, 10))
    production.create(ProductionInput(date(2026, 11, 6), world.coaster, world.budi, 4, 2))
    pay.add_advance(world.budi, date(2026, 11, 3), 20_000)
    budi = pay.compute(*WEEK1).makers[0]
    assert [line.rate for line in budi.lines] == [500, 600, 300]
    assert budi.pieces_amount == 5_000 + 6_000 + 1_200 + 100
    assert (budi.advances_deducted, budi.total, budi.carried) == (12_300, 0, 7_700)
    pay.mark_paid(*WEEK1, date(2026, 11, 9), "cash")
    production.create(ProductionInput(date(2026, 11, 10), world.keychain, world.budi, 20))
    week2 = pay.compute(*WEEK2).makers[0]
    assert (week2.advances_due, week2.advances_deducted, week2.total) == (7_700, 7_700, 12_000 - 7_700)


def _paid_week_with_entry(db: Database, world: World, pay: PayService) -> int:
    _rated(pay, world)
    entry = ProductionService(db).create(
        ProductionInput(date(2026, 11, 4), world.keychain, world.budi, 10, 2)
    )
    pay.mark_paid(*WEEK1, date(2026, 11, 9), "transfer")
    return entry.entry_id


def _edit(db: Database, entry_id: int, **changes: Any) -> None:
    production = ProductionService(db)
    detail = production.get(entry_id)
    values: dict[str, Any] = {
        "produced_on": detail.produced_on,
        "design": detail.design_id,
        "maker_id": detail.maker_id,
        "good_qty": detail.good_qty,
        "reject_qty": detail.reject_qty,
    }
    values.update(changes)
    production.update(entry_id, detail.version, ProductionInput(**values))


# Each change of a paid entry, and the correction lines (maker, good, amount) it must give in week 2.
CHANGES: dict[str, tuple[Callable[[Database, World, int], None], list[tuple[str, int, int]]]] = {
    "pieces": (lambda db, w, e: _edit(db, e, good_qty=13), [("budi", 3, 1_500)]),
    "maker": (lambda db, w, e: _edit(db, e, maker_id=w.sari), [("budi", -10, -5_000), ("sari", 10, 5_000)]),
    "day_out": (lambda db, w, e: _edit(db, e, produced_on=date(2026, 11, 10)), [("budi", -10, -5_000)]),
    "day_inside": (lambda db, w, e: _edit(db, e, produced_on=date(2026, 11, 7)), []),
    "design": (
        lambda db, w, e: _edit(db, e, design=w.coaster),
        [("budi", -10, -5_000), ("budi", 10, 3_000 + 100)],
    ),
    "void": (lambda db, w, e: ProductionService(db).delete(e), [("budi", -10, -5_000)]),
    "undo": (lambda db, w, e: ProductionService(db).undo(e), [("budi", -10, -5_000)]),
}


@pytest.mark.parametrize("kind", sorted(CHANGES))
def test_paid_period_is_locked_and_changes_come_out_as_corrections(
    db: Database, world: World, pay: PayService, kind: str
) -> None:
    entry_id = _paid_week_with_entry(db, world, pay)
    paid_before = pay.compute(*WEEK1)
    change, expected = CHANGES[kind]
    change(db, world, entry_id)
    paid_after = pay.compute(*WEEK1)
    assert [(m.maker_id, m.total, m.lines) for m in paid_after.makers] == [
        (m.maker_id, m.total, m.lines) for m in paid_before.makers
    ]
    names = {world.budi: "budi", world.sari: "sari"}
    week2 = pay.compute(*WEEK2)
    found = sorted(
        (names[m.maker_id], line.good, line.amount) for m in week2.makers for line in m.corrections
    )
    assert found == sorted(expected)
    for line in (line for m in week2.makers for line in m.corrections):
        assert line.corrects == WEEK1 and line.entry_id == entry_id
    moved_in = sum(m.pieces_amount for m in week2.makers)
    assert moved_in == (5_000 if kind == "day_out" else 0)
    pay.mark_paid(*WEEK2, date(2026, 11, 16), "cash")
    assert all(not m.corrections for m in pay.compute(*WEEK3).makers)
    if expected:
        with db.reading() as session:
            tables = set(session.scalars(select(AuditEntry.table_name).where(AuditEntry.table_name.in_(
                ["production_entry", "pay_line"]
            ))))  # fmt: skip
        assert tables == {"production_entry", "pay_line"}


def test_bad_input_is_refused_and_saves_nothing(db: Database, world: World, pay: PayService) -> None:
    for rate in ("-100", "1,5", "abc", -3):
        with pytest.raises(ValidationError) as caught:
            pay.set_rate(design_id=world.keychain, effective_from="2026-01-01", rate=rate)
        assert caught.value.errors[0].field == "rate"
    assert _count(db, PieceRate) == 0
    _paid_week_with_entry(db, world, pay)
    with pytest.raises(ValidationError) as caught:
        pay.set_rate(design_id=world.keychain, effective_from=WEEK1[1], rate=900)
    assert caught.value.errors[0].code == "rate_in_paid_period"
    with pytest.raises(ValidationError) as caught:
        pay.compute(date(2026, 11, 5), date(2026, 11, 12))
    assert caught.value.errors[0].code == "overlaps_paid"
    with pytest.raises(ValidationError) as caught:
        pay.mark_paid(date(2026, 11, 5), date(2026, 11, 12), date(2026, 11, 20), "cash")
    with pytest.raises(ValidationError) as caught:
        pay.compute(WEEK2[1], WEEK2[0])
    assert caught.value.errors[0].code == "ends_before_start"
    with pytest.raises(ValidationError) as caught:
        pay.add_adjustment(world.budi, date(2026, 11, 6), "5.000", "bonus")
    assert caught.value.errors[0].code == "period_paid"
    with pytest.raises(AdvanceAboveAverageError):
        pay.add_advance(world.budi, date(2026, 11, 10), 6_000)
    with pytest.raises(ValidationError) as caught:
        pay.mark_paid(*WEEK1, date(2026, 11, 9), "cash")
    assert caught.value.errors[0].code == "period_paid"
    assert (_count(db, PayAdvance), _count(db, PayAdjustment), _count(db, PaySlip)) == (0, 0, 1)
    assert (_count(db, PayPeriod), _count(db, PieceRate)) == (1, 3)
    pay.add_advance(world.budi, date(2026, 11, 10), 6_000, confirmed=True)
    pay.add_adjustment(world.budi, date(2026, 11, 10), "-1.000", "alat rusak")
    week2 = pay.compute(*WEEK2).makers[0]
    # Pay below zero is nil: the shortfall joins the advance carried to the next period.
    assert (week2.adjustments_amount, week2.advances_deducted, week2.total, week2.carried) == (
        -1_000,
        -1_000,
        0,
        7_000,
    )


def test_unrated_designs_are_listed_and_block_paying(db: Database, world: World, pay: PayService) -> None:
    ProductionService(db).create(ProductionInput(date(2026, 11, 4), world.coaster, world.sari, 3))
    figures = pay.compute(*WEEK1)
    assert [r.code for r in figures.missing_rates] == ["TG-01"]
    with pytest.raises(ValidationError) as caught:
        pay.mark_paid(*WEEK1, date(2026, 11, 9), "cash")
    assert caught.value.errors[0].code == "missing_rates"
    assert _count(db, PaySlip) == 0


# --- against an independent computation --------------------------------------------------------

EDGES = sorted({d + timedelta(days=k) for week in WEEKS for d in week for k in (-1, 0, 1)})
days = st.integers(0, (WEEK3[1] - WEEK1[0]).days).map(lambda n: WEEK1[0] + timedelta(days=n))
rates = st.lists(st.tuples(st.sampled_from(EDGES), st.integers(0, 900)), max_size=4, unique_by=lambda r: r[0])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    entries=st.lists(
        st.tuples(days, st.booleans(), st.booleans(), st.integers(0, 30), st.integers(0, 5)).filter(
            lambda e: e[3] + e[4] > 0
        ),
        max_size=25,
    ),
    keychain_rates=rates,
    coaster_rates=rates,
    advances=st.lists(st.tuples(days, st.booleans(), st.integers(1, 40_000)), max_size=4),
)
def test_pay_equals_an_independent_computation(
    db: Database,
    world: World,
    pay: PayService,
    entries: list[tuple[date, bool, bool, int, int]],
    keychain_rates: list[tuple[date, int]],
    coaster_rates: list[tuple[date, int]],
    advances: list[tuple[date, bool, int]],
) -> None:
    with db.transaction() as session:
        for model in PAY_TABLES:
            session.execute(delete(model))
    pay.set_rate(product_type_id=world.keychain_type, effective_from="2020-01-01", rate=100)
    pay.set_rate(product_type_id=world.coaster_type, effective_from="2020-01-01", rate=70, reject_rate=10)
    design_rates = {world.keychain: keychain_rates, world.coaster: coaster_rates}
    for design, changes in design_rates.items():
        for day, rate in changes:
            pay.set_rate(design_id=design, effective_from=day, rate=rate, reject_rate=rate // 10)
    makers = {True: world.budi, False: world.sari}
    with db.transaction() as session:
        session.add_all(
            ProductionEntry(
                produced_on=day,
                month=day.strftime("%Y-%m"),
                design_id=world.keychain if k else world.coaster,
                maker_id=makers[b],
                good_qty=good,
                reject_qty=reject,
            )
            for day, k, b, good, reject in entries
        )
    for day, b, amount in advances:
        pay.add_advance(makers[b], day, amount, confirmed=True)

    def rate_on(design: int, day: date) -> tuple[int, int]:
        own = [(d, r) for d, r in design_rates[design] if d <= day]
        if own:
            rate = max(own)[1]
            return rate, rate // 10
        return (100, 0) if design == world.keychain else (70, 10)

    deducted = {world.budi: 0, world.sari: 0}
    for start, end in WEEKS:
        figures = {m.maker_id: m for m in pay.compute(start, end).makers}
        for maker in (world.budi, world.sari):
            pieces = 0
            for day, k, b, good, reject in entries:
                if makers[b] == maker and start <= day <= end:
                    rate, reject_rate = rate_on(world.keychain if k else world.coaster, day)
                    pieces += good * rate + reject * reject_rate
            due = sum(a for d, b, a in advances if makers[b] == maker and d <= end) - deducted[maker]
            taken = max(0, min(due, pieces))
            deducted[maker] += taken
            got = figures.get(maker)
            if got is None:
                assert pieces == 0 and not any(
                    makers[b] == maker and start <= d <= end for d, b, _ in advances
                )
                continue
            assert (got.pieces_amount, got.advances_due, got.advances_deducted, got.total) == (
                pieces, due, taken, pieces - taken,
            )  # fmt: skip
        pay.mark_paid(start, end, end + timedelta(days=1), "cash")


def test_the_page_opens_on_the_period_after_the_last_paid_one(
    db: Database, world: World, pay: PayService
) -> None:
    assert pay.first_open_period(date(2026, 11, 20)) == WEEK3
    _paid_week_with_entry(db, world, pay)
    assert pay.first_open_period(date(2026, 11, 20)) == WEEK2
    assert pay.first_open_period(date(2026, 11, 5)) == WEEK1


def test_member_figures_count_active_makers_and_paid_pay(db: Database, world: World, pay: PayService) -> None:
    _paid_week_with_entry(db, world, pay)  # Budi (the member's): 10 good at Rp 500
    ProductionService(db).create(ProductionInput(date(2026, 11, 10), world.coaster, world.sari, 2))
    figures = pay.member_figures(date(2026, 11, 1), date(2026, 11, 30))
    assert [(f.member, f.active_makers, f.pay) for f in figures] == [
        ("", 1, 0),
        ("IKM Karya Karet", 1, 5_000),
    ]


def test_the_yearly_ikm_sheet_shows_paid_pay(db: Database, world: World, pay: PayService) -> None:
    """Item 6: the agency's figures (workers and balas jasa pekerja) reach the yearly IKM sheet."""
    from sentra_desktop.core.ikm_year import ikm_rows, ikm_table
    from sentra_desktop.core.sheets import SentraInfo
    from sentra_desktop.services.ikm_year import IkmYearService

    _paid_week_with_entry(db, world, pay)  # Budi (IKM Karya Karet): 10 good at Rp 500, paid
    sheet = IkmYearService(db).sheet(2026, SentraInfo(name="Sentra", city="Palembang", province=""))
    member = next(m for m in sheet.members if m.name == "IKM Karya Karet")
    assert (member.workers, member.workers_pay) == (1, 5_000)
    assert ikm_rows(member)[2] == ("Balas jasa pekerja (upah borongan dibayar)", "Rp 5.000")
    headers, rows = ikm_table(sheet)
    row = next(r for r in rows if r[0] == "IKM Karya Karet")
    assert row[headers.index("Balas jasa pekerja (upah borongan dibayar)")] == 5_000
