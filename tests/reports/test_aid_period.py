"""Aid received in a Kinerja period and its use: the service, the Laporan Kinerja's section."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sentra_desktop import printing
from sentra_desktop.core import i18n
from sentra_desktop.core.aid_period import rows, use_text
from sentra_desktop.services.aid_period import AidPeriodService
from sentra_desktop.services.aid_use import AidUseService
from sentra_desktop.services.database import Database
from tests.reports.test_aid_sheet import demo, pdftotext  # noqa: F401  (a fixture)

TODAY = date.today()


def test_the_period_holds_its_items_with_their_use(demo: Database) -> None:  # noqa: F811
    service = AidPeriodService(demo)
    everything = service.received(TODAY - timedelta(days=400), TODAY)
    uses = {use.id: use for use in AidUseService(demo).item_use()}
    assert {line.id for line in everything.lines} == set(uses)  # every demo item came this year
    for line in everything.lines:
        use = uses[line.id]
        assert (line.pieces, line.sales_value, line.last_used, line.idle) == (
            use.pieces, use.sales_value, use.last_used, use.idle,
        )  # fmt: skip
    moulds = [line for line in everything.lines if line.kind == "mould"]
    assert len(moulds) == 2 and all(line.pieces > 0 and line.sales_value > 0 for line in moulds)
    machine = next(line for line in everything.lines if line.kind == "machine")
    assert machine.idle and machine.last_used is not None
    age = (TODAY - machine.last_used).days
    assert use_text(machine, TODAY) == f"diperiksa {machine.last_used:%d/%m/%Y} ({age} hari lalu)"
    first = min(line.received_on for line in everything.lines)
    only_first = service.received(first, first)
    assert [line.received_on for line in only_first.lines] == [first]
    assert service.received(TODAY + timedelta(days=1), TODAY + timedelta(days=2)).lines == []
    assert service.received(TODAY - timedelta(days=400), TODAY, member=999_999).lines == []
    assert len(rows(everything)) == len(everything.lines)


def test_the_pack_prints_the_aid_of_the_period(demo: Database, tmp_path: Path) -> None:  # noqa: F811
    i18n.set_language("id")
    params = {"date_from": TODAY - timedelta(days=364), "date_to": TODAY}
    text = pdftotext(printing.make(demo, "performance", params), tmp_path)
    section = text.split("Bantuan diterima", 1)[1]
    assert "Cetakan gantungan kunci" in section and "Mesin press hidrolik sabutret" in section
    assert "buah" in section and "menganggur" in section
    lines = AidPeriodService(demo).received(TODAY - timedelta(days=400), TODAY).lines
    after = max(line.received_on for line in lines) + timedelta(days=1)
    empty = {"date_from": after, "date_to": TODAY}  # production and sales, no aid
    text = pdftotext(printing.make(demo, "performance", empty), tmp_path)
    assert "Tidak ada bantuan yang diterima pada periode ini." in text
