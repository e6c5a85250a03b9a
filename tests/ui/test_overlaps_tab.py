"""The Tumpang tindih list: a hundred thousand pairs made on a worker, painted a page at a time."""

from __future__ import annotations

import threading
import time
from datetime import date

from pytestqt.qtbot import QtBot

from sentra_desktop.core.enums import AssistanceKind
from sentra_desktop.services.aid_use import OverlapPair
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
