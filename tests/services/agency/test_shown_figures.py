"""The side-by-side view's lean read equals the sentra's own Kinerja figures, column by column."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest

from sentra_desktop.core.agency_view import ShownFigures
from sentra_desktop.core.performance import Period
from sentra_desktop.demo import DemoOptions, load_demo_data
from sentra_desktop.services.agency.figures import shown_figures
from sentra_desktop.services.database import Database
from sentra_desktop.services.performance import PerformanceService
from tests.agency_replicas import TODAY

PERIODS = (
    Period.month(date(2025, 11, 1)),  # the demo's first whole month: every buyer and market new
    Period.month(date(2026, 2, 1)),
    Period.month(date(2026, 6, 1)),
    Period.quarter(date(2026, 1, 1)),
    Period.quarter(date(2026, 4, 1)),
    Period.year(date(2026, 1, 1)),  # whole months, some still to come
    Period(date(2025, 11, 1), date(2026, 6, 30)),
    Period(date(2026, 3, 10), date(2026, 5, 20)),  # not whole months: the page's own path
    Period.month(date(2024, 1, 1)),  # before any record
)


@pytest.mark.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)
def test_the_lean_read_equals_the_kinerja_figures_for_every_shown_column(db: Database) -> None:
    load_demo_data(db, DemoOptions(seed=11, days=240, today=TODAY))
    own = {p: PerformanceService(db).figures(p) for p in PERIODS}
    with db.reading() as session:
        lean = {p: shown_figures(session, p) for p in PERIODS}
    for period in PERIODS:
        assert lean[period] == ShownFigures.of(own[period]), period
        for name in (f.name for f in fields(ShownFigures)):  # each column named when one differs
            assert getattr(lean[period], name) == getattr(own[period], name), (period, name)
    busy = [lean[p] for p in PERIODS[:-1]]
    assert all(f.good > 0 and f.ordered_value > 0 and f.value_added.material_cost > 0 for f in busy)
    assert lean[PERIODS[0]].new_cities and lean[PERIODS[0]].recent_design_value > 0
    empty = lean[PERIODS[-1]]
    assert (empty.good, empty.orders, empty.active_designs, empty.value_added.material_cost) == (0, 0, 0, 0)
