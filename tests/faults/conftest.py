"""Real faults (killed processes, full and read-only disks, damaged files) and their figures.

Each fault test reports what it tried through the ``fault_table`` fixture. When the environment
variable ``SENTRA_FAULT_TABLE`` names a file (``tools/fault_table.py`` sets it), the session
writes those figures there as a Markdown table, so the README's numbers come from a test run.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from tests.faults.support import try_mount

FAULT_TABLE_ENV = "SENTRA_FAULT_TABLE"


@dataclass(frozen=True)
class FaultRecord:
    """One row of the fault table."""

    fault: str
    how: str
    tried: int
    confirmed: int
    lost: int
    outcome: str


_RECORDS: list[FaultRecord] = []

RecordFault = Callable[..., None]


@pytest.fixture
def fault_table() -> RecordFault:
    """Record one fault: ``fault_table(fault, how=, tried=, confirmed=, lost=, outcome=)``."""

    def record(fault: str, *, how: str, tried: int, confirmed: int, lost: int, outcome: str) -> None:
        _RECORDS.append(FaultRecord(fault, how, tried, confirmed, lost, outcome))

    return record


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Write the fault table when asked to (see the module docstring)."""
    target = os.environ.get(FAULT_TABLE_ENV)
    if not target or not _RECORDS:
        return
    lines = [
        "# Faults tried by the test suite",
        "",
        "Written by the tests in `tests/faults` (`python tools/fault_table.py`); do not edit by hand.",
        f"Run {datetime.now():%d/%m/%Y %H:%M} on {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}; "
        f"test session {'passed' if exitstatus == 0 else 'FAILED (exit status ' + str(exitstatus) + ')'}.",
        "",
        "| Fault | How it was made | Times tried | Saves confirmed | Records lost | Outcome |",
        "|---|---|---:|---:|---:|---|",
    ]
    for r in _RECORDS:
        lines.append(f"| {r.fault} | {r.how} | {r.tried:,} | {r.confirmed:,} | {r.lost:,} | {r.outcome} |")
    lost = sum(r.lost for r in _RECORDS)
    tried = sum(r.tried for r in _RECORDS)
    lines += ["", f"In all: {tried:,} faults, {lost:,} confirmed records lost.", ""]
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    Path(target).write_text("\n".join(lines), encoding="utf-8")


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A small tmpfs mounted for the test (skipped where mounting is not permitted)."""
    point = tmp_path / "tmpfs"
    point.mkdir()
    if not try_mount("-t", "tmpfs", "-o", "size=2m", "tmpfs", str(point)):
        pytest.skip("mounting a tmpfs is not permitted here (needs root)")
    try:
        yield point
    finally:
        subprocess.run(["umount", str(point)], capture_output=True, check=False)
        if os.path.ismount(point):
            subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)
