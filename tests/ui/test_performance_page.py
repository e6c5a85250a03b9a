"""The Kinerja page: placeholders at once, figures from a worker, period and member choice, drill-down."""

from __future__ import annotations

from datetime import date

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
    bar = page.period_bar
    assert bar.kind.currentData() == PeriodKind.MONTH and bar.start.value() == date.today().replace(day=1)


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
    page.period_bar.kind.setCurrentIndex(page.period_bar.kind.findData(PeriodKind.RANGE))
    assert page.period_bar.end.isEnabled()

    # An end before the start is refused at the dates, and nothing is reloaded.
    page.period_bar.end.set_value(date(2020, 1, 1))
    assert page.field_error.isVisibleTo(page) and "before the start" in page.field_error.text()

    # Double-clicking a best seller asks for its design's list.
    page.member.setCurrentIndex(0)
    page.set_period(PeriodKind.MONTH, date(2026, 11, 1))
    qtbot.wait_until(lambda: page.top_designs.rowCount() > 0, timeout=10000)
    with qtbot.wait_signal(page.drill_requested, timeout=2000) as blocker:
        page.top_designs.itemDoubleClicked.emit(page.top_designs.item(0, 0))
    assert blocker.args[0] == "designs" and blocker.args[1] in ("GK-AMP", "KS-01")


def test_a_failed_load_is_said_on_the_page_not_in_a_box(qtbot: QtBot, services: Services) -> None:
    """A load that fails in the background (here the chosen member business was deleted on another
    PC meanwhile) must not put a modal box in front of whoever sits at the PC: the page says it
    (tests/ui/conftest.py fails the test on any modal box)."""
    from sqlalchemy import delete

    from sentra_desktop.db.models import MemberBusiness

    with services.db.transaction() as session:
        member = MemberBusiness(name="IKM Sementara", code="SEMENTARA")
        session.add(member)
        session.flush()
        member_id = member.id
    page = _page(qtbot, services)
    page.member.select(member_id)
    qtbot.wait_until(lambda: page.operation is not None and page.data is not None, timeout=10000)
    with services.db.transaction() as session:
        session.execute(delete(MemberBusiness).where(MemberBusiness.id == member_id))
    page.reload()
    qtbot.wait_until(lambda: "could not be read" in page.status.text(), timeout=10000)
    assert page.status.isVisible() and page.status.text() != "The figures could not be read."
