"""The Tumpang tindih list: a hundred thousand pairs made on a worker, painted a page at a time."""

from __future__ import annotations

import gc
import threading
import time
from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from sentra_desktop.core.enums import AssistanceKind
from sentra_desktop.services.aid import AssistanceService
from sentra_desktop.services.aid_overlap import OverlapPair
from sentra_desktop.services.aid_use import AidUseService
from sentra_desktop.services.database import Database
from sentra_desktop.ui.pages.aid.overlaps import OverlapsTab

PAIRS = 101_112


class SlowUse:
    """What the tab asks of the aid use service: every pair, slowly, and on which thread."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []
        self.readings = 0

    def overlaps(self) -> list[OverlapPair]:
        self.threads.append(threading.current_thread())
        self.readings += 1
        time.sleep(0.5)
        day = date(2025, 1, 1)
        return [
            OverlapPair(
                AssistanceKind.MOULD, "", n, f"Set {n}", "Disperin", day, 1, n + 1, "Lagi", "SIDa", day, 2
            )
            for n in range(PAIRS)
        ]


def test_the_pairs_are_made_on_a_worker_and_the_gui_thread_never_waits(qtbot: QtBot) -> None:
    use = SlowUse()
    tab = OverlapsTab(use)  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    tab.resize(1000, 500)
    tab.show()
    tab.load()
    assert tab.count_label.text() == "Reading…"  # the reading runs on a worker (checked below)
    with qtbot.waitSignal(tab.model.loaded, timeout=10_000):
        pass
    assert use.threads and all(t is not threading.main_thread() for t in use.threads)
    assert use.readings == 1  # the count is a slice of the same reading
    assert tab.model.rowCount() == PAIRS and tab.count_label.text() == "Overlaps: 101.112"
    tab.table.scrollToBottom()
    tab.table.viewport().repaint()
    assert tab.model.index(PAIRS - 250, 2).data() == f"Set {PAIRS - 250}"  # a page not read yet
    assert tab.model.pages_fetched < 5 and use.readings == 1  # a far page is a slice, not a reading
    tab.load()  # shown again: read again, the old rows meanwhile
    assert tab.model.rowCount() == PAIRS
    with qtbot.waitSignal(tab.model.loaded, timeout=10_000):
        pass
    assert use.readings == 2


def test_a_reading_hands_the_gui_thread_few_objects_to_collect(qtbot: QtBot, db: Database) -> None:
    """The pairs come back as arrays of numbers, not a tuple per pair: the cycle collector, which
    runs on the GUI thread, walked 100,000 of them after each reading of the large demo (0.1 s)."""
    from tests.services.test_aid import FIRST, moulds_set
    from tests.services.test_aid import setup as make_setup

    ids = make_setup.__wrapped__(db)  # type: ignore[attr-defined]
    aid = AssistanceService(db)
    for n in range(60):  # two agencies' mould sets for one member, a week apart: 900 pairs
        programme = ids["sida"] if n % 2 else ids["ikm"]
        aid.create(moulds_set(programme, ids["kkm"], FIRST + timedelta(days=7 * n), overlap_reason="Uji"))
    tab = OverlapsTab(AidUseService(db))
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.model.loaded, timeout=10_000):
        tab.load()  # the first reading also fills SQLAlchemy's caches
    gc.collect()
    before = len(gc.get_objects())
    with qtbot.waitSignal(tab.model.loaded, timeout=10_000):
        tab.load()  # a second reading, kept beside the first
    pairs = tab.model.rowCount()
    assert pairs == 900
    assert len(gc.get_objects()) - before < pairs // 3  # the 60 items read, not 900 pairs
    first = tab.pair_at(0)
    assert first is not None and first.second_on == FIRST + timedelta(days=7 * 59) and first.first != ""
    assert tab.model.index(pairs - 1, 2).data() == "Cetakan gantungan kunci (1 set)"
