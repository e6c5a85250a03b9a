"""A full packet's bulk load on a PostgreSQL agency killed with SIGKILL half-way leaves the agency
database as it was.

The real command line imports a year's full packet in a child process; once the server reports
the child's ``COPY`` well under way (``pg_stat_progress_copy``), the child is killed (no code can
catch that). The server then rolls the child's transaction back: no sentra registered, no replica
schema (not even an empty one), the registry's rows as before; the same import run again completes.
The template schema the agency keeps for new replicas is a cache, not a record, and may stay.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from sentra_desktop.cli import main
from sentra_desktop.services.agency.template import TEMPLATE
from tests.faults.conftest import RecordFault
from tests.faults.support import child_env
from tests.services.agency.support import Sentra, demo_sentra

COPY_UNDER_WAY = 2_000  # rows one COPY has taken: the bulk load is well under way


def _dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def state(url: str) -> tuple[frozenset[str], str]:
    """The database's schemas (the template aside) and a digest of every registry row."""
    with psycopg.connect(_dsn(url)) as conn:
        schemas = frozenset(
            str(r[0])
            for r in conn.execute(
                "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                " AND nspname <> 'information_schema'"
            )
            if r[0] != TEMPLATE
        )
        digest = hashlib.sha256()
        tables = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'agency' ORDER BY tablename"
        ).fetchall()
        for (name,) in tables:
            digest.update(str(name).encode())
            for row in sorted(repr(r) for r in conn.execute(f'SELECT * FROM agency."{name}"')):
                digest.update(row.encode())
        return schemas, digest.hexdigest()


def _import_killed(url: str, packet: Path, *extra: str) -> int:
    """Run the import in a child and kill it once its COPY took :data:`COPY_UNDER_WAY` rows;
    the rows the COPY had taken then, or 0 when the import ended before."""
    command = [sys.executable, "-m", "sentra_desktop", "--agency", "--db-url", url]
    child = subprocess.Popen(
        [*command, "packet", "import", *extra, str(packet)],
        env=child_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    database = url.rsplit("/", 1)[1]
    deadline = time.monotonic() + 300
    try:
        with psycopg.connect(_dsn(url), autocommit=True) as watcher:
            while time.monotonic() < deadline and child.poll() is None:
                found = watcher.execute(
                    "SELECT max(tuples_processed) FROM pg_stat_progress_copy WHERE datname = %s",
                    (database,),
                ).fetchone()
                copied = int(found[0] or 0) if found else 0
                if copied >= COPY_UNDER_WAY:
                    os.kill(child.pid, signal.SIGKILL)
                    child.wait()
                    return copied
                time.sleep(0.002)
        return 0
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()


def _settled(url: str) -> None:
    """Wait until the killed child's server session has ended (its transaction rolled back)."""
    database = url.rsplit("/", 1)[1]
    with psycopg.connect(_dsn(url), autocommit=True) as conn:
        for _ in range(3000):
            others = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()"
                " AND backend_type = 'client backend'",
                (database,),
            ).fetchone()
            if others is not None and others[0] == 0:
                return
            time.sleep(0.01)
    raise AssertionError("the killed import's session did not end")


@pytest.fixture(scope="module")
def sentra(tmp_path_factory: pytest.TempPathFactory) -> Sentra:
    folder = tmp_path_factory.mktemp("sentra")
    return Sentra(demo_sentra(folder / "sentra.sqlite3", seed=22, days=365))


def test_a_killed_bulk_load_leaves_the_agency_as_it_was(
    sentra: Sentra, empty_pg_url: str, tmp_path: Path, fault_table: RecordFault
) -> None:
    url = empty_pg_url
    assert main(["--agency", "--db-url", url, "packet", "list"]) == 0  # the agency made, nothing imported
    before = state(url)
    first = sentra.export(tmp_path, full=True)
    copied = _import_killed(url, first)
    assert copied, "the import finished before it could be killed; make the packet larger"
    _settled(url)
    assert state(url) == before  # no sentra registered, no replica schema, not even an empty one
    assert main(["--agency", "--db-url", url, "packet", "import", str(first)]) == 0
    schemas, registry = state(url)
    assert f"sentra_{sentra.uuid.hex}" in schemas and registry != before[1]
    fault_table(
        "SIGKILL during a PostgreSQL bulk load",
        how=f"the command line killed while COPY wrote a first full packet ({copied:,} rows taken)",
        tried=1,
        confirmed=0,
        lost=0,
        outcome="no sentra registered, no replica schema; the import run again completes",
    )


def test_a_killed_replacement_keeps_the_old_replica_on_a_server(
    sentra: Sentra, empty_pg_url: str, tmp_path: Path
) -> None:
    url = empty_pg_url
    assert (
        main(["--agency", "--db-url", url, "packet", "import", str(sentra.export(tmp_path, full=True))]) == 0
    )
    replica = f"sentra_{sentra.uuid.hex}"
    with psycopg.connect(_dsn(url)) as conn:
        rows = conn.execute(f"SELECT count(*), max(change_seq) FROM {replica}.production_entry").fetchone()
    before = state(url)
    again = sentra.export(tmp_path, full=True)
    assert _import_killed(url, again, "--ganti"), "the replacement finished before it could be killed"
    _settled(url)
    assert state(url) == before
    with psycopg.connect(_dsn(url)) as conn:
        assert (
            conn.execute(f"SELECT count(*), max(change_seq) FROM {replica}.production_entry").fetchone()
            == rows
        )
    assert main(["--agency", "--db-url", url, "packet", "import", "--ganti", str(again)]) == 0
    assert f"{replica}_new" not in state(url)[0]
