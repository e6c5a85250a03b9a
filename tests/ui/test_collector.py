"""Cyclic garbage is collected on the GUI thread's timer, never by a worker thread's allocations."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from sentra_desktop.ui.collector import GuiThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()  # a Qt object caught in a cycle, like a closed dialog and its slots


def make_garbage(count: int) -> None:
    for _ in range(count):
        Cycle()


def test_a_worker_never_collects_and_the_timer_does(qtbot: QtBot) -> None:
    enabled_before = gc.isenabled()
    guard = GuiThreadCollector(interval_ms=20)
    try:
        assert not gc.isenabled()
        threshold = gc.get_threshold()[0]
        gc.collect()
        worker = threading.Thread(target=make_garbage, args=(threshold * 3,))
        worker.start()
        worker.join()
        assert gc.get_count()[0] > threshold, "the worker's allocations set off a collection"
        qtbot.waitUntil(lambda: gc.get_count()[0] < threshold, timeout=5_000)
    finally:
        guard.stop()
    assert gc.isenabled() == enabled_before


def test_check_frees_cycles_once_a_threshold_is_crossed() -> None:
    guard = GuiThreadCollector(interval_ms=60_000)
    try:
        gc.collect()
        assert guard.check() == 0
        make_garbage(gc.get_threshold()[0] + 10)
        assert guard.check() > 0
    finally:
        guard.stop()
