"""The Kinerja page's compared period: refused at the dates when backwards or overlapping, else used."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from sentra_desktop.core.performance import PeriodKind
from sentra_desktop.services.container import Services
from sentra_desktop.ui.pages.performance import PerformancePage
from tests.reports.conftest import build_known


def test_compared_period_checks_and_use(qtbot: QtBot, services: Services) -> None:
    build_known(services.db)
    page = PerformancePage(services)
    qtbot.add_widget(page)
    page.show()
    qtbot.wait_until(lambda: page.data is not None, timeout=10000)
    with qtbot.wait_signal(page.loaded, timeout=10000):
        page.set_period(PeriodKind.MONTH, date(2026, 11, 1))
    assert not page.compare.start.isEnabled()
    assert page.new_markets.text().startswith("New markets: regencies/cities ")

    # Overlapping the chosen month: said at the dates, the figures stay as they were.
    generation = page._generation
    page.compare.set_period(date(2026, 10, 15), date(2026, 11, 5))
    assert page.field_error.isVisibleTo(page) and "overlaps" in page.field_error.text()
    assert page._generation == generation
    # Backwards.
    page.compare.set_period(date(2026, 9, 30), date(2026, 9, 1))
    assert page.field_error.isVisibleTo(page) and "before the start" in page.field_error.text()

    # A month a year earlier is compared instead of October.
    with qtbot.wait_signal(page.loaded, timeout=10000):
        page.compare.set_period(date(2025, 11, 1), date(2025, 11, 30))
    assert not page.field_error.isVisibleTo(page)
    assert page.data is not None and page.data.previous.start == date(2025, 11, 1)
    assert page.data.previous.end == date(2025, 11, 30)

    # Unticked: the equal period before again.
    with qtbot.wait_signal(page.loaded, timeout=10000):
        page.compare.enabled.setChecked(False)
    assert page.data.previous.start == date(2026, 10, 1)
