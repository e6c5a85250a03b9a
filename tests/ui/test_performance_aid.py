"""The Kinerja page's aid section: the period's aid and its use, read on its own worker."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from sentra_desktop.core.enums import AssistanceKind, Condition
from sentra_desktop.core.performance import PeriodKind
from sentra_desktop.services.aid import AgencyInput, AssistanceInput, ProgrammeInput
from sentra_desktop.services.container import Services
from sentra_desktop.ui.pages.performance import PerformancePage


def test_the_page_shows_the_aid_of_the_period(qtbot: QtBot, services: Services) -> None:
    agency = services.agencies.create(AgencyInput(name="Dinas Perindustrian", short_name="Disperin"))
    month = date.today().replace(day=1)
    programme = services.programmes.create(
        ProgrammeInput(name="Peralatan IKM", agency_id=agency, year=str(month.year))
    )
    long_ago = month - timedelta(days=400)
    services.assistance.create(
        AssistanceInput(
            programme,
            month,
            AssistanceKind.MACHINE,
            "Mesin press",
            value="25.000.000",
            condition=Condition.GOOD,
        )
    )
    services.assistance.create(
        AssistanceInput(programme, long_ago, AssistanceKind.TRAINING, "Pelatihan desain", value="0")
    )
    page = PerformancePage(services)
    qtbot.add_widget(page)
    page.show()
    section = page.aid_section
    qtbot.wait_until(lambda: section.data is not None, timeout=10000)
    assert [line.description for line in section.data.lines] == ["Mesin press"]
    assert not section.table.isHidden()
    cells = [section.table.item(0, c).text() for c in range(section.table.columnCount())]
    assert cells[0] == "Mesin press" and cells[2] == "Disperin" and cells[3] == "Rp 25.000.000"
    assert cells[4] == "belum pernah diperiksa dipakai"  # arrived this month: not idle
    assert "1 bantuan diterima" in section.summary.text()

    # Another period: only the training; a period without aid says so.
    page.set_period(PeriodKind.MONTH, long_ago)
    qtbot.wait_until(lambda: section.data is not None and section.data.start <= long_ago, timeout=10000)
    assert [line.description for line in section.data.lines] == ["Pelatihan desain"]
    page.set_period(PeriodKind.MONTH, long_ago - timedelta(days=62))
    qtbot.wait_until(
        lambda: "No aid" in section.summary.text() or "Tidak ada" in section.summary.text(), timeout=10000
    )
    assert section.table.isHidden()
