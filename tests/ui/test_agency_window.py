"""The agency window driven through its real widgets over three demo sentra replicas."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sentra_desktop.core.agency_view import ShownFigures, comparison_cells
from sentra_desktop.core.performance import Period, PeriodKind
from sentra_desktop.services.agency.replicas import SentraReplica
from sentra_desktop.services.agency.view import AgencyViewService
from sentra_desktop.ui.agency.window import AgencyWindow
from sentra_desktop.ui.reports.preview import PreviewDialog
from tests.agency_replicas import PLANTED_TWICE, PLANTED_TWO, demo_replicas


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[SentraReplica]]:
    now = datetime.now(UTC)
    made = demo_replicas(
        tmp_path_factory.mktemp("replicas"), (now - timedelta(days=5), now - timedelta(days=120), None)
    )
    yield made
    for r in made:
        r.database.dispose()


@dataclass(frozen=True)
class Facts:
    sentra_name: str
    key_fingerprint: str
    new_sentra: bool
    replaces: bool
    seq_from: int = 0
    seq_to: int = 40


@dataclass(frozen=True)
class Result:
    facts: Facts
    result: str


class FakeImporter:
    """The IMPORT helper's AgencyService as far as the page calls it."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.imported: list[tuple[Path, bool]] = []

    def preview(self, path: Path) -> Facts:
        return self.facts

    def import_packet(self, path: Path, confirm_full_replace: bool = False) -> Result:
        self.imported.append((path, confirm_full_replace))
        return Result(self.facts, "merged")


def open_window(qtbot: QtBot, replicas: list[SentraReplica], importer: Any = None) -> AgencyWindow:
    view = AgencyViewService(replicas[0].database, lambda: replicas)
    window = AgencyWindow(view, importer)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_side_by_side_table_shows_each_sentras_own_figures(
    qtbot: QtBot, replicas: list[SentraReplica]
) -> None:
    window = open_window(qtbot, replicas)
    page = window.comparison
    page.set_period(PeriodKind.YEAR, date(2025, 3, 1))
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 3 and page.status.text().startswith("Sentra"), timeout=30000
    )
    expected = AgencyViewService(replicas[0].database, lambda: replicas).comparison(
        Period.year(date(2025, 1, 1))
    )
    model = page.model
    shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(3)]
    assert shown == [comparison_cells(row) for row in expected]
    red = [model.index(r, 0).data(Qt.ItemDataRole.ForegroundRole) is not None for r in range(3)]
    assert red == [False, True, True]  # Karet (5 days), Kriya (never), Sabutret (120 days)
    assert page.silent.isVisible() and "Sentra Kriya Bandung" in page.silent.text()
    # The area filter: West Java holds one sentra.
    window.area.setCurrentIndex(window.area.findText("Jawa Barat"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30000)
    assert model.index(0, 0).data() == "Sentra Kriya Bandung"


def test_the_comparison_prints_off_the_gui_thread(qtbot: QtBot, replicas: list[SentraReplica]) -> None:
    window = open_window(qtbot, replicas)
    operation = window.comparison.print_comparison()
    assert operation is not None
    qtbot.waitUntil(
        lambda: any(isinstance(w, PreviewDialog) for w in QApplication.topLevelWidgets()), timeout=60000
    )
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog))
    assert preview.file_name.startswith("perbandingan-sentra-") and preview.document.pageCount() >= 1
    preview.close()


def test_the_overlaps_across_sentra_and_their_sort(qtbot: QtBot, replicas: list[SentraReplica]) -> None:
    window = open_window(qtbot, replicas)
    page = window.show_page(1)
    assert page is window.overlaps
    view = AgencyViewService(replicas[0].database, lambda: replicas)
    every = view.overlaps()
    qtbot.waitUntil(lambda: window.overlaps.model.rowCount() == len(every), timeout=30000)
    column = window.overlaps.model.columnCount() - 1
    texts = {window.overlaps.model.index(r, 7).data(): window.overlaps.model.index(r, column).data()
             for r in range(len(every))}  # fmt: skip
    assert texts[PLANTED_TWO] == "Two agencies" and texts[PLANTED_TWICE] == "One agency twice"
    window.overlaps.which.setCurrentIndex(2)  # one agency twice
    twice = [o for o in every if o.same_agency]
    qtbot.waitUntil(lambda: window.overlaps.model.rowCount() == len(twice), timeout=30000)
    assert window.overlaps.count_label.text() == f"Overlaps: {len(twice)}"


def test_the_agency_aid_report_page(qtbot: QtBot, replicas: list[SentraReplica]) -> None:
    window = open_window(qtbot, replicas)
    window.show_page(2)
    page = window.aid
    page.date_from.set_value(date(2026, 1, 1))
    qtbot.waitUntil(lambda: page.data is not None and page.data.date_from == date(2026, 1, 1), timeout=30000)
    assert page.data is not None
    assert page.model.rowCount() == len(page.data.lines) > 0
    assert "Sentra Kriya Bandung" in page.summary.text()  # silent: its aid may be missing


def test_import_asks_for_the_key_of_a_new_sentra_and_for_a_full_replace(
    qtbot: QtBot, replicas: list[SentraReplica], monkeypatch: pytest.MonkeyPatch
) -> None:
    fingerprint = "a1b2 c3d4 e5f6 0708 090a 0b0c 0d0e 0f10"
    importer = FakeImporter(Facts("Sentra Baru", fingerprint, new_sentra=True, replaces=False))
    window = open_window(qtbot, replicas, importer)
    page = window.show_page(3)
    assert page is window.packets
    assert window.packets.model.rowCount() == 3
    assert window.packets.model.index(1, 5).data() == "No packet yet"
    asked: list[tuple[str, str]] = []
    answers = [False]
    monkeypatch.setattr(
        window.packets, "confirm", lambda title, text: asked.append((title, text)) or answers.pop(0)
    )
    packet = Path("sentra-baru-12345678-0-40.sentra-paket")
    window.packets.import_file(packet)
    qtbot.waitUntil(lambda: window.packets.status.text() == "Nothing imported.", timeout=10000)
    assert fingerprint in asked[0][1] and importer.imported == []  # declined: nothing imported

    answers[:] = [True]
    window.packets.import_file(packet)
    qtbot.waitUntil(lambda: importer.imported == [(packet, False)], timeout=10000)
    qtbot.waitUntil(lambda: "imported (changes 1 to 40)" in window.packets.status.text(), timeout=10000)

    importer.facts = Facts("Sentra Karet Palembang", fingerprint, new_sentra=False, replaces=True)
    asked.clear()
    answers[:] = [True]
    window.packets.import_file(packet)
    qtbot.waitUntil(lambda: len(importer.imported) == 2, timeout=10000)
    assert importer.imported[1] == (packet, True)
    assert [title for title, _ in asked] == ["Replace the sentra's records"]


def test_a_real_packet_imported_from_the_window_shows_the_sentras_own_figures(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The round trip through the window: a sentra's exporter writes its first packet, the Paket
    page imports it with the real AgencyService (the key asked about first), and the Perbandingan
    row equals the sentra's own Kinerja figures of the same period."""
    from sentra_desktop.core.paths import DataDir
    from sentra_desktop.services.agency.service import AgencyService
    from sentra_desktop.services.agency.store import Agency
    from sentra_desktop.services.agency.view import OpenReplicas
    from sentra_desktop.services.performance import PerformanceService
    from tests.services.agency.support import Sentra, demo_sentra

    sentra = Sentra(demo_sentra(tmp_path / "sentra.sqlite3", seed=5, days=60))
    packet = sentra.export(tmp_path, full=True)
    agency = Agency.at(DataDir(tmp_path / "agency"))
    service = AgencyService(agency)
    replicas = OpenReplicas(service.replicas)
    window = AgencyWindow(AgencyViewService(agency.db, replicas), service)
    window.packets.imported.connect(replicas.refresh)
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []
    monkeypatch.setattr(window.packets, "confirm", lambda title, text: asked.append(text) or True)
    window.show_page(3)
    assert window.packets.model.rowCount() == 0
    window.packets.import_file(packet)
    qtbot.waitUntil(lambda: "imported" in window.packets.status.text(), timeout=60000)
    assert window.packets.model.rowCount() == 1, window.packets.status.text()
    fingerprint = window.packets.model.index(0, 2).data()
    assert len(asked) == 1 and fingerprint and fingerprint in asked[0]
    period = Period.month(date(2026, 11, 1))
    window.show_page(0)
    window.comparison.set_period(PeriodKind.MONTH, period.start)
    qtbot.waitUntil(lambda: window.comparison.model.rowCount() == 1, timeout=60000)
    row = window.comparison.model.rows[0]
    assert (
        row.figures == ShownFigures.of(PerformanceService(sentra.db).figures(period)) and row.figures.good > 0
    )
    assert not row.silent
    window.close()
    replicas.close()
    agency.dispose()
    sentra.db.dispose()
