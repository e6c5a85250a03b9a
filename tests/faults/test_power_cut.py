"""Power cuts and crashes: writers killed with SIGKILL at random moments, a hundred times.

Every save a writer reported done must be in the database afterwards, every record must have its
audit row (a save is one transaction, never half), and the file must pass SQLite's integrity
and foreign-key checks. Backups killed half-way never leave a broken file under a backup's name.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sentra_desktop.services.backup import BackupService, check_file, list_backups
from tests.faults.conftest import RecordFault
from tests.faults.support import HELPERS, child_env, integrity

KILLS = 100
MAX_DELAY_MS = 100


def kill_rounds(mode: str, data_dir: Path, rounds: int, seed: int, max_delay_ms: float) -> list[dict]:
    """Run ``kill_writers.py`` and return its per-round reports."""
    result = subprocess.run(
        [
            sys.executable,
            str(HELPERS / "kill_writers.py"),
            mode,
            str(data_dir),
            str(rounds),
            str(seed),
            str(max_delay_ms),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=child_env(),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(reports) == rounds, result.stderr
    assert all(r["killed"] for r in reports), result.stderr  # each writer was still running when killed
    return reports


@pytest.fixture
def data_dir(migrated_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    (folder / "backups").mkdir(parents=True)
    shutil.copyfile(migrated_template, folder / "sentra.sqlite3")
    return folder


def test_killed_writers_lose_no_confirmed_save(data_dir: Path, fault_table: RecordFault) -> None:
    reports = kill_rounds("saves", data_dir, KILLS, seed=20261128, max_delay_ms=MAX_DELAY_MS)

    created: dict[int, str] = {}
    updated: dict[int, str] = {}
    locks: dict[int, str] = {}  # round -> what its writer found: "fresh" or "stale"
    for report in reports:
        for line in report["lines"]:
            kind, _, rest = line.partition(" ")
            if kind == "L":
                locks[report["round"]] = rest
            elif kind == "C":
                record_id, _, name = rest.partition(" ")
                created[int(record_id)] = name
            elif kind == "U":
                record_id, _, notes = rest.partition(" ")
                updated[int(record_id)] = notes
    assert len(created) > KILLS, "the writers saved too little for the test to mean anything"

    database = data_dir / "sentra.sqlite3"
    assert integrity(database) == []
    conn = sqlite3.connect(database)
    try:
        stored = {
            row[0]: (row[1], row[2]) for row in conn.execute("SELECT id, name, notes FROM product_type")
        }
        without_audit = conn.execute(
            "SELECT count(*) FROM product_type p WHERE NOT EXISTS (SELECT 1 FROM audit_log a"
            " WHERE a.table_name = 'product_type' AND a.record_id = p.id AND a.action = 'insert')"
        ).fetchone()[0]
        orphan_audit = conn.execute(
            "SELECT count(*) FROM audit_log a WHERE a.table_name = 'product_type'"
            " AND NOT EXISTS (SELECT 1 FROM product_type p WHERE p.id = a.record_id)"
        ).fetchone()[0]
        updates_without_audit = sum(
            1
            for record_id in updated
            if not conn.execute(
                "SELECT 1 FROM audit_log WHERE table_name = 'product_type' AND record_id = ?"
                " AND action = 'update'",
                (record_id,),
            ).fetchone()
        )
    finally:
        conn.close()

    lost_creates = [i for i, name in created.items() if stored.get(i, (None, None))[0] != name]
    lost_updates = [i for i, notes in updated.items() if stored.get(i, (None, None))[1] != notes]
    # At most one save per round can have committed without being reported: the kill came between.
    assert len(stored) - len(created) <= KILLS
    assert (without_audit, orphan_audit, updates_without_audit) == (0, 0, 0)  # never half a save
    assert lost_creates == [] and lost_updates == []
    # A writer that took the lock after its predecessor had written its name there (and was then
    # killed) found a stale lock and cleared it. (A writer killed while taking the lock may
    # leave the file empty; the next one then finds nothing to clear.)
    after_holder = [state for n, state in locks.items() if n - 1 in locks]
    assert after_holder and set(after_holder) == {"stale"}

    fault_table(
        "Power cut or crash while saving",
        how="writer killed with SIGKILL 0-100 ms after its start (or its first save), saving all along",
        tried=len(reports),
        confirmed=len(created) + len(updated),
        lost=len(lost_creates) + len(lost_updates),
        outcome="integrity and foreign-key checks ok; every record has its audit row",
    )
    fault_table(
        "Lock left behind by a killed copy",
        how="the next writer found the killed one's lock file",
        tried=len(after_holder),
        confirmed=0,
        lost=0,
        outcome=f"cleared as stale {after_holder.count('stale')} times, wrongly refused 0 times",
    )


def test_killed_backups_never_leave_a_broken_backup(data_dir: Path, fault_table: RecordFault) -> None:
    database = data_dir / "sentra.sqlite3"
    conn = sqlite3.connect(database)
    with conn:  # some weight, so that a backup takes a few milliseconds to copy
        conn.executemany(
            "INSERT INTO audit_log (at, actor, action, table_name, record_id, changes)"
            " VALUES ('2026-01-01 00:00:00', 'uji', 'insert', 'x', ?, ?)",
            [(i, "data " * 400) for i in range(1500)],
        )
    before = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    conn.close()
    rounds = 20
    reports = kill_rounds("backups", data_dir, rounds, seed=7, max_delay_ms=150)

    finished = [line for r in reports for line in r["lines"] if line.startswith("B ")]
    backups = list_backups(data_dir / "backups")
    broken = [b.name for b in backups if not check_file(b.path).sound]
    assert broken == []
    assert integrity(database) == []
    interrupted = len(list((data_dir / "backups").glob(".sentra-backup-*.partial")))
    # A temporary file of an interrupted backup is never taken for a backup, and rotation clears
    # it once it is a day old.
    assert {b.name for b in backups}.isdisjoint(p.name for p in (data_dir / "backups").glob("*.partial"))
    assert BackupService(database).latest() is not None or not finished
    conn = sqlite3.connect(database)
    after = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    conn.close()
    assert after == before

    fault_table(
        "Power cut or crash during a backup",
        how="backup process killed with SIGKILL 0-150 ms after it started (or after its first backup)",
        tried=rounds,
        confirmed=len(finished),
        lost=before - after,
        outcome=f"{len(backups)} backup files, all pass the integrity check; "
        f"{interrupted} interrupted copies left as temporary files only",
    )
