"""What every benchmark script shares: a figure beside its raw baseline and targets, and timing.

The scripts run as ``python bench/NAME.py``, so this folder is on ``sys.path`` and they import it
as ``measure``.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Figure:
    """One measured figure, its baseline (raw SQL or plain ReportLab) and its targets."""

    name: str
    median_ms: float
    raw_ms: float | None
    target_ms: float | None
    ratio_target: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return None if not self.raw_ms else self.median_ms / self.raw_ms

    @property
    def passed(self) -> bool:
        ok = self.target_ms is None or self.median_ms < self.target_ms
        if self.ratio_target is not None and self.ratio is not None:
            ok = ok and self.ratio <= self.ratio_target
        return ok

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio, "passed": self.passed}


def timed(fn: Callable[[], Any], runs: int) -> float:
    """Median wall-clock milliseconds of ``runs`` calls after one warm-up call."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
