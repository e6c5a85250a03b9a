"""Run the fault tests and write their figures to ``docs/fault-table.md`` for the README.

Usage: ``python tools/fault_table.py [OUTPUT.md]``

The table (fault, how it was made, times tried, saves confirmed, records lost, outcome) is
written by ``tests/faults/conftest.py`` from what the tests actually did, so no figure in it is
typed by hand. Exit code: pytest's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "docs" / "fault-table.md"
ENV = "SENTRA_FAULT_TABLE"  # read by tests/faults/conftest.py


def main(argv: list[str]) -> int:
    """Run ``pytest tests/faults`` with the table's path in the environment, then show the table."""
    output = Path(argv[0]).resolve() if argv else DEFAULT_OUTPUT
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env[ENV] = str(output)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/faults"],
        cwd=ROOT,
        env=env,
        check=False,
    )
    if output.exists():
        print(output.read_text(encoding="utf-8"))
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
