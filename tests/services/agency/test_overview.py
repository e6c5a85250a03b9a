"""The side-by-side view: each row is the sentra's own Kinerja, read directly, for any period."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sentra_desktop.core.agency_view import ShownFigures, comparison_cells, is_silent
from sentra_desktop.core.performance import Period, PeriodKind
from sentra_desktop.services.agency.replicas import SentraReplica
from sentra_desktop.services.agency.view import AgencyViewService
from sentra_desktop.services.performance import PerformanceService
from tests.agency_replicas import TODAY

FIRST_DAY = date(2025, 6, 1)
periods = st.one_of(
    st.builds(
        Period.of,
        st.sampled_from([PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR]),
        st.dates(FIRST_DAY, TODAY),
    ),
    st.tuples(st.dates(FIRST_DAY, TODAY), st.integers(0, 200)).map(
        lambda t: Period(t[0], min(t[0] + timedelta(days=t[1]), TODAY))
    ),
)


def service(replicas: list[SentraReplica]) -> AgencyViewService:
    return AgencyViewService(replicas[0].database, lambda: replicas)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(period=periods)
def test_each_row_is_the_sentras_own_figures_of_the_period(
    replicas: list[SentraReplica], period: Period
) -> None:
    rows = service(replicas).comparison(period, today=TODAY)
    assert [r.name for r in rows] == sorted(r.name for r in replicas)
    by_name = {r.name: r for r in replicas}
    for row in rows:
        own = PerformanceService(by_name[row.name].database).figures(period)
        assert row.figures == ShownFigures.of(own)
        assert row.key == str(by_name[row.name].sentra_uuid)


def test_the_event_share_is_the_one_the_kinerja_page_warns_of(replicas: list[SentraReplica]) -> None:
    period = Period.year(date(2025, 1, 1))
    rows = service(replicas).comparison(period, today=TODAY)
    some = 0
    for row in rows:
        pack = PerformanceService(next(r for r in replicas if r.name == row.name).database).pack(
            period, today=TODAY
        )
        events = [a for a in pack.event_shares if a.key]
        total = sum(a.value for a in pack.event_shares)
        if events and total:
            some += 1
            assert row.top_event == events[0].name
            assert row.event_share == events[0].value / total * 100
        else:
            assert row.top_event == "" and row.event_share is None
    assert some, "the demo's sports week makes one sentra lean on an event"
    assert all(row.figures.good > 0 and row.figures.ordered_value > 0 for row in rows)


def test_the_area_filters_by_province_and_regency(replicas: list[SentraReplica]) -> None:
    view = service(replicas)
    period = Period.month(date(2026, 5, 1))
    assert [r.name for r in view.comparison(period, "16", today=TODAY)] == [
        "Sentra Karet Palembang",
        "Sentra Sabutret Banyuasin",
    ]
    assert [r.name for r in view.comparison(period, "", "32.73", today=TODAY)] == ["Sentra Kriya Bandung"]
    assert view.comparison(period, "16", "32.73", today=TODAY) == []
    assert view.comparison(period, "31", today=TODAY) == []
    codes = [code for code, _name in view.areas()]
    assert codes == ["16", "32", "16.07", "16.71", "32.73"]
    sheet = view.comparison_sheet(period, "", "16.71", today=TODAY)
    assert sheet.area == "Kota Palembang, Sumatera Selatan" and len(sheet.rows) == 1


def test_sentra_not_heard_from_in_three_calendar_months_are_warned(replicas: list[SentraReplica]) -> None:
    listed = {r.name: r for r in service(replicas).registered(today=TODAY)}
    assert not listed["Sentra Karet Palembang"].silent  # 20 June
    assert listed["Sentra Sabutret Banyuasin"].silent  # 20 March: before 30 March
    assert listed["Sentra Kriya Bandung"].silent  # never
    last = replicas[1].last_packet_at
    assert last is not None
    assert not is_silent(last, date(2026, 6, 20)) and is_silent(last, date(2026, 6, 21))
    rows = service(replicas).comparison(Period.month(date(2026, 6, 1)), today=TODAY)
    assert [comparison_cells(r)[-1] for r in rows] == ["20/06/2026", "tidak pernah (!)", "20/03/2026 (!)"]


def test_a_sentra_is_read_again_only_after_its_replica_changed(
    replicas: list[SentraReplica], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sentra_desktop.services.agency import overview

    period = Period.quarter(date(2025, 7, 1))
    read: list[str] = []
    real = overview.sentra_figures
    monkeypatch.setattr(overview, "sentra_figures", lambda r, p, t: read.append(r.name) or real(r, p, t))
    overview.forget()
    first = overview.side_by_side(replicas, period, today=TODAY)
    assert sorted(read) == sorted(r.name for r in replicas)
    read.clear()
    assert overview.side_by_side(replicas, period, today=TODAY) == first and read == []
    moved = [replicas[0], dataclasses.replace(replicas[1], last_seq=replicas[1].last_seq + 7), replicas[2]]
    again = overview.side_by_side(moved, period, today=date(2026, 4, 1))
    assert read == [replicas[1].name]
    assert [r.figures for r in again] == [r.figures for r in first]
    assert [r.silent for r in again] == [False, False, True]  # of the day asked, not the day kept
