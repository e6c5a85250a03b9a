"""The Kinerja page: placeholders at once, figures from a worker, period and member choice, drill-down."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sentra_desktop.core.performance import Period, PeriodKind
from sentra_desktop.services.container import Services
from sentra_desktop.services.performance import PerformanceService
from sentra_desktop.ui.pages.performance import PerformancePage
from tests.reports.conftest import build_known


def _page(qtbot: QtBot, services: Services) -> PerformancePage:
    page = PerformancePage(services)
    qtbot.add_widget(page)
    assert page.data is None and page.operation is None  # nothing is read before it is shown
    page.show()
    qtbot.wait_until(lambda: page.data is not None, timeout=10000)
    return page


def _cells(table: object) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[attr-defined]
        for r in range(table.rowCount())  # type: ignore[attr-defined]
    ]


def test_empty_sentra_shows_a_friendly_state(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    assert "Nothing recorded yet" in page.status.text()
    assert page.kind.currentData() == PeriodKind.MONTH and page.start.value() == date.today().replace(day=1)


def test_period_member_and_drill_down(qtbot: QtBot, services: Services) -> None:
    known = build_known(services.db)
    page = _page(qtbot, services)
    with qtbot.wait_signal(page.loaded, timeout=10000):
        page.set_period(PeriodKind.MONTH, date(2026, 11, 1))
    good = _cells(page.output_table)[0]
    assert good[:3] == ["Produk baik", "180", "7"] and good[3] == "+2471,4 %"
    expected = PerformanceService(services.db).pack(Period.month(date(2026, 11, 1)))
    assert page.data == expected

    # A member business narrows the figures; the range mode enables the end date.
    index = page.member.findData(known["member"])
    with qtbot.wait_signal(page.loaded, timeout=10000):
        page.member.setCurrentIndex(index)
    assert page.data is not None and page.data.member_business == "IKM Kedondong"
    page.kind.setCurrentIndex(page.kind.findData(PeriodKind.RANGE))
    assert page.end.isEnabled()

    # An end before the start is refused at the dates, and nothing is reloaded.
    page.end.set_value(date(2020, 1, 1))
    assert page.field_error.isVisibleTo(page) and "before the start" in page.field_error.text()

    # Double-clicking a best seller asks for its design's list.
    page.member.setCurrentIndex(0)
    page.set_period(PeriodKind.MONTH, date(2026, 11, 1))
    qtbot.wait_until(lambda: page.top_designs.rowCount() > 0, timeout=10000)
    with qtbot.wait_signal(page.drill_requested, timeout=2000) as blocker:
        page.top_designs.itemDoubleClicked.emit(page.top_designs.item(0, 0))
    assert blocker.args[0] == "designs" and blocker.args[1] in ("GK-AMP", "KS-01")


def test_a_refused_load_is_said_on_the_page_not_in_a_box(qtbot: QtBot, services: Services) -> None:
    """A load overtaken by a switch of user (nobody logged in when the worker asks) must not put a
    modal box in front of the next person: the page says it (tests/ui/conftest.py fails on a box)."""
    from sentra_desktop.core.actor import Actor
    from sentra_desktop.services.users import UserService, enforce_roles

    enforce_roles(services.db)
    UserService(services.db).create_first("Bu Sri", "1234")
    page = _page(qtbot, services)
    services.db.actor = Actor("tanpa login")
    page.reload()
    qtbot.wait_until(lambda: "could not be read" in page.status.text(), timeout=10000)
    assert page.status.isVisible() and "may not do this" in page.status.text()


def test_the_pack_button_on_the_default_page_prints_the_last_12_months(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import timedelta

    from sentra_desktop.ui.reports import preview

    asked: list[dict[str, object]] = []
    monkeypatch.setattr(preview, "open_sheet", lambda _page, _services, _key, **params: asked.append(params))
    page = _page(qtbot, services)
    page.print_pack()  # this month, no compared period: the pack's default
    today = date.today()
    twelve = Period.last_twelve_months(today)
    assert asked[-1]["date_from"] == twelve.start and asked[-1]["date_to"] == today
    assert asked[-1]["period_kind"] == "year" and asked[-1]["compare_from"] is None
    previous = twelve.previous()
    assert previous.end == twelve.start - timedelta(days=1) and previous.start.day == twelve.start.day

    page.set_period(PeriodKind.MONTH, date(2020, 11, 1))  # a chosen month prints as chosen
    page.print_pack()
    assert asked[-1]["date_from"] == date(2020, 11, 1) and asked[-1]["period_kind"] == "month"


def test_the_period_selector_and_a_regency_drill_down(qtbot: QtBot, services: Services) -> None:
    """The kind box moves the dates to the quarter around the start; a regency/city row opens its
    buyers by the official code (the typed city may be "Plg")."""
    from sqlalchemy import update

    from sentra_desktop.db.models import Buyer

    build_known(services.db)
    with services.db.transaction() as session:
        session.execute(update(Buyer).values(city="Plg", regency_code="16.71", province_code="16"))
    page = _page(qtbot, services)
    page.set_period(PeriodKind.MONTH, date(2026, 11, 1))
    with qtbot.wait_signal(page.loaded, timeout=10000):
        page.kind.setCurrentIndex(page.kind.findData(PeriodKind.QUARTER))
    assert (page.start.value(), page.end.value()) == (date(2026, 10, 1), date(2026, 12, 31))
    assert not page.end.isEnabled()
    assert page.data is not None and page.data.current.start == date(2026, 10, 1)
    assert page.data.current.end == date(2026, 12, 31)

    row = next(r for r in range(page.by_city.rowCount()) if "Palembang" in page.by_city.item(r, 0).text())
    with qtbot.wait_signal(page.drill_requested, timeout=2000) as blocker:
        page.by_city.itemDoubleClicked.emit(page.by_city.item(row, 1))
    assert blocker.args == ["buyers/regency", "16.71"]


def test_a_threshold_outside_1_to_100_is_refused_at_the_field(qtbot: QtBot, services: Services) -> None:
    from sentra_desktop.services.sentra_settings import DEPENDENCE_WARNING_PERCENT

    page = _page(qtbot, services)
    qtbot.wait_until(lambda: page.threshold.percent.text() == "40", timeout=10000)
    field = page.threshold.percent
    for typed, said in (("0", "more than zero"), ("101", "at most 100"), ("empat puluh", "whole number")):
        field.setText(typed)
        qtbot.mouseClick(page.threshold.save_button, Qt.MouseButton.LeftButton)
        assert said in page.threshold.status.text(), (typed, page.threshold.status.text())
        assert services.sentra_settings.get(DEPENDENCE_WARNING_PERCENT) == 40
    field.setText("60")
    with qtbot.wait_signal(page.loaded, timeout=10000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert services.sentra_settings.get(DEPENDENCE_WARNING_PERCENT) == 60
    assert page.data is not None and page.data.threshold == 60 and page.threshold.status.text() == "Saved."
