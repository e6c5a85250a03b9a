"""Helpers shared by the fault tests: child processes, database checks, mounts."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

HELPERS = Path(__file__).parent


def child_env() -> dict[str, str]:
    """The environment for helper processes: this checkout importable, Qt headless."""
    root = str(Path(__file__).resolve().parents[2])
    path = os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))
    return dict(os.environ, PYTHONPATH=path, QT_QPA_PLATFORM="offscreen")


def helper(name: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``tests/faults/<name>.py`` with ``args`` to the end; its output is returned."""
    return subprocess.run(
        [sys.executable, str(HELPERS / f"{name}.py"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env(),
        check=False,
    )


def integrity(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` plus ``foreign_key_check`` of a closed database file."""
    conn = sqlite3.connect(path)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        problems += [f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")]
        return problems
    except sqlite3.DatabaseError as exc:  # too damaged for the check to finish
        return [str(exc)]
    finally:
        conn.close()


def try_mount(*args: str) -> bool:
    """Run ``mount`` (root only); False when this machine does not allow it."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    try:
        result = subprocess.run(["mount", *args], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0
