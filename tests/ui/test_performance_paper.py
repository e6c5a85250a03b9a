"""Screen equals paper: every figure the Kinerja page shows for a period is on the pack printed
from the page for that period (the demo sentra: events, new markets, value added, visits, aid)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from sentra_desktop import printing
from sentra_desktop.core.performance import PeriodKind
from sentra_desktop.demo import DemoOptions, load_demo_data
from sentra_desktop.services.container import Services
from sentra_desktop.ui.pages.performance import PerformancePage
from sentra_desktop.ui.pages.performance_fill import FigureTable
from tests.reports.conftest import pdf_pages

_NUMBER = re.compile(r"\d")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_number_on_screen_is_on_the_pack_of_the_same_period(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sentra_desktop.ui.reports import preview

    load_demo_data(services.db, DemoOptions())
    page = PerformancePage(services)
    qtbot.add_widget(page)
    page.show()
    qtbot.wait_until(lambda: page.data is not None, timeout=20000)
    with qtbot.wait_signal(page.loaded, timeout=20000):
        page.set_period(PeriodKind.YEAR, date.today())
    qtbot.wait_until(lambda: page.aid_section.table.rowCount() > 0, timeout=20000)

    asked: list[dict[str, object]] = []
    monkeypatch.setattr(preview, "open_sheet", lambda _page, _services, _key, **params: asked.append(params))
    page.print_pack()
    paper = _flat(" ".join(pdf_pages(printing.make(services.db, "performance", asked[-1]))))

    assert page.data is not None and page.data.warnings
    for warning in page.data.warnings:
        assert _flat(warning.text()) in paper
    checked = 0
    # The overdue recommendations are the page's to-do list as of today; the pack counts them.
    tables = [t for t in page.findChildren(FigureTable) if t is not page.overdue.table]
    for table in tables:
        for r in range(table.rowCount()):
            cells = [table.item(r, c).text() for c in range(table.columnCount())]
            if cells[0].startswith("…"):  # "… and 3 more in the printed pack"
                continue
            for cell in cells[1:]:
                if _NUMBER.search(cell):
                    assert _flat(cell) in paper, (table.horizontalHeaderItem(0).text(), cells[0], cell)
                    checked += 1
    assert checked > 200
