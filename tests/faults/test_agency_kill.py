"""A packet import killed with SIGKILL half-way leaves the agency exactly as it was.

The real command line imports a large packet in a child process; once the replica's write-ahead
log shows the merge well under way, the child is killed (no code can catch that: the same as a
power cut for the files). The registry and every replica must then read exactly as before, and
the same import run again must complete.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sentra_desktop.cli import main
from tests.faults.conftest import RecordFault
from tests.faults.support import child_env, integrity
from tests.services.agency.support import Sentra, demo_sentra

WAL_UNDER_WAY = 256 * 1024  # bytes of uncommitted pages in a log: the merge is well under way


def dump(path: Path) -> str:
    """A digest of every row of every table of a closed SQLite file (its logical content)."""
    conn = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master"
                " WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        for name in names:
            digest.update(name.encode())
            for row in sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{name}"')):
                digest.update(row.encode())
        return digest.hexdigest()
    finally:
        conn.close()


def _import_killed(data_dir: Path, packet: Path, watched: Path, *extra: str) -> bool:
    """Run the import in a child and kill it once ``watched`` grew; True when it was killed running."""
    command = [sys.executable, "-m", "sentra_desktop", "--agency", "--data-dir", str(data_dir)]
    child = subprocess.Popen(
        [*command, "packet", "import", *extra, str(packet)],
        env=child_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and child.poll() is None:
            if watched.exists() and watched.stat().st_size > WAL_UNDER_WAY:
                os.kill(child.pid, signal.SIGKILL)
                child.wait()
                return True
            time.sleep(0.005)
        return False
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()


@pytest.fixture(scope="module")
def sentra(tmp_path_factory: pytest.TempPathFactory) -> Sentra:
    folder = tmp_path_factory.mktemp("sentra")
    return Sentra(demo_sentra(folder / "sentra.sqlite3", seed=21, days=365))


def _edit_everything(sentra: Sentra) -> None:
    """A year's stock movements edited at once at the sentra: a large packet to merge."""
    from sqlalchemy import update

    from sentra_desktop.db.change_seq import seq_for
    from sentra_desktop.db.models import StockMovement

    with sentra.db.transaction() as session:
        connection = session.connection()
        connection.execute(update(StockMovement).values(reference="diubah", change_seq=seq_for(connection)))


def test_a_killed_merge_leaves_registry_and_replica_as_they_were(
    sentra: Sentra, tmp_path: Path, fault_table: RecordFault
) -> None:
    data_dir = tmp_path / "agency"
    first = sentra.export(tmp_path, full=True)
    assert main(["--agency", "--data-dir", str(data_dir), "packet", "import", str(first)]) == 0
    registry = data_dir / "agency.sqlite3"
    replica = data_dir / "replicas" / f"{sentra.uuid}.sqlite3"
    before = (dump(registry), dump(replica))
    _edit_everything(sentra)
    big = sentra.export(tmp_path)
    killed = _import_killed(data_dir, big, Path(f"{replica}-wal"))
    assert killed, "the import finished before it could be killed; make the packet larger"
    assert integrity(replica) == [] and integrity(registry) == []
    assert (dump(registry), dump(replica)) == before
    # the same import, run again, completes
    assert main(["--agency", "--data-dir", str(data_dir), "packet", "import", str(big)]) == 0
    assert dump(replica) != before[1]
    fault_table(
        "SIGKILL during a packet import",
        how="the command line killed while merging a year's changes into a replica",
        tried=1,
        confirmed=0,
        lost=0,
        outcome="registry and replica exactly as before; the import run again completes",
    )


def test_a_killed_replacement_keeps_the_old_replica(sentra: Sentra, tmp_path: Path) -> None:
    data_dir = tmp_path / "agency"
    first = sentra.export(tmp_path, full=True)
    assert main(["--agency", "--data-dir", str(data_dir), "packet", "import", str(first)]) == 0
    registry = data_dir / "agency.sqlite3"
    replica = data_dir / "replicas" / f"{sentra.uuid}.sqlite3"
    before = (dump(registry), dump(replica))
    again = sentra.export(tmp_path, full=True)
    killed = _import_killed(data_dir, again, Path(f"{replica}.new-wal"), "--ganti")
    assert killed, "the replacement finished before it could be killed"
    assert (dump(registry), dump(replica)) == before
    assert main(["--agency", "--data-dir", str(data_dir), "packet", "import", "--ganti", str(again)]) == 0
    assert not Path(f"{replica}.new").exists()
