"""Python's cycle collector, run on the GUI thread only.

The collector runs on whichever thread happens to allocate when a generation's threshold is
crossed. When that is a worker thread (a sheet or an import in the background) and the garbage
holds Qt objects of the GUI thread — a closed dialog caught in a reference cycle with its slots —
Qt destroys them from the wrong thread and the process crashes (a segfault seen in the test run
while a 5,000-item sheet was being gathered). So automatic collection is switched off and a timer
on the GUI thread collects, by the same thresholds, between events. A full collection (the
oldest generation) walks every object, so it is also kept to at most a twentieth of the time
(Python's own collector has a similar brake, based on counts it does not expose).
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500
FULL_SHARE = 20  # wait at least this many times the last full collection's duration


class GuiThreadCollector(QObject):
    """Collects cyclic garbage from the GUI thread's event loop; create it on the GUI thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._full_allowed_at = 0.0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the oldest generation whose count crossed its threshold; returns what was freed."""
        counts = gc.get_count()
        generation = -1
        for level, (count, threshold) in enumerate(zip(counts, self._thresholds, strict=True)):
            if threshold and count > threshold:
                generation = level
        if generation == 2 and time.monotonic() < self._full_allowed_at:
            generation = 1
        if generation < 0:
            return 0
        started = time.monotonic()
        freed = gc.collect(generation)
        if generation == 2:
            finished = time.monotonic()
            self._full_allowed_at = finished + FULL_SHARE * (finished - started)
        return freed

    def stop(self) -> None:
        """Back to how collection was before (Python's own, unless another collector runs)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def install(app: QObject) -> GuiThreadCollector:
    """Collect on ``app``'s thread from now on; the collector lives as long as ``app``."""
    return GuiThreadCollector(app)
