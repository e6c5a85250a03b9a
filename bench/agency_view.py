"""Agency benchmark: the side-by-side table of 50 sentra over a year, beside a raw baseline.

Target (issue 18): every sentra's Kinerja figures of one year for 50 sentra
(:meth:`AgencyViewService.comparison`, what the agency window's Perbandingan page shows) under
1 s on PostgreSQL. Two figures: "cold", every sentra read (the first table after packets came in;
the kept rows dropped before each run), and "kept", the table again (another area, the same
period once more), where only sentra whose replica changed would be read. The baseline, measured
in the same run over the same replicas: per sentra the plain SQL a hand-written report would need
at least (output and sales of the year's months from the monthly summaries, one statement each,
on an open connection).

Replicas: small demo sentra (``--days`` of demo data, two seeds) copied 25 times each. On
PostgreSQL each replica is a database of its own, copied with ``CREATE DATABASE ... TEMPLATE``
(the agency keeps a schema per sentra; the queries are the same, only the search path differs);
on SQLite a file each. This is a measurement, not a test: it exits 0 whatever the figures.

Usage: ``python bench/agency_view.py [--sentra 50] [--runs 7] [--days 730] [--sqlite-only]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import text  # noqa: E402

from sentra_desktop.core.performance import Period  # noqa: E402
from sentra_desktop.demo import DemoOptions, load_demo_data  # noqa: E402
from sentra_desktop.services.agency import overview  # noqa: E402
from sentra_desktop.services.agency.replicas import SentraReplica  # noqa: E402
from sentra_desktop.services.agency.view import AgencyViewService  # noqa: E402
from sentra_desktop.services.database import Database  # noqa: E402
from tests import pg  # noqa: E402

TODAY = date(2026, 6, 30)
YEAR = Period.year(date(2025, 1, 1))
SEEDS = (11, 12)
TARGET_MS = 1000.0

RAW = (
    "SELECT SUM(good), SUM(reject) FROM output_month WHERE month BETWEEN :a AND :b",
    "SELECT SUM(ordered_value), SUM(ordered_pieces), COUNT(DISTINCT buyer_id) FROM sales_month"
    " WHERE month BETWEEN :a AND :b",
)


def replicas_of(urls: list[str]) -> list[SentraReplica]:
    now = datetime.now(UTC)
    return [
        SentraReplica(
            uuid.uuid4(),
            f"Sentra {n + 1:02d}",
            "",
            "16",
            "16.71",
            "",
            n,
            now,
            Database.open(url, migrate=False),
        )
        for n, url in enumerate(urls)
    ]


def raw(replicas: list[SentraReplica]) -> None:
    """The baseline: two plain statements per sentra on its engine's pooled connection."""
    for replica in replicas:
        with replica.database.engine.connect() as conn:
            for sql in RAW:
                conn.execute(text(sql), {"a": "2025-01", "b": "2025-12"}).all()


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """(first call, median of ``runs`` calls after it) in milliseconds."""
    start = time.perf_counter()
    fn()
    first = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(times)


def measure(engine: str, replicas: list[SentraReplica], runs: int) -> None:
    view = AgencyViewService(replicas[0].database, lambda: replicas)
    rows = view.comparison(YEAR, today=TODAY)
    assert len(rows) == len(replicas) and all(r.figures.good > 0 for r in rows)
    load = os.getloadavg()

    def cold() -> None:
        overview.forget()
        view.comparison(YEAR, today=TODAY)

    first, table = median_ms(cold, runs)
    _first, kept = median_ms(lambda: view.comparison(YEAR, today=TODAY), runs)
    _first_raw, baseline = median_ms(lambda: raw(replicas), runs)
    for what, ms in (("cold", table), ("kept", kept)):
        verdict = "PASS" if ms < TARGET_MS else "FAIL"
        print(
            f"{engine}: side by side {what}, {len(replicas)} sentra, {YEAR.start.year}: {ms:.0f} ms median of"
            f" {runs}, raw baseline {baseline:.0f} ms, ratio {ms / baseline:.1f}x, target {TARGET_MS:.0f} ms:"
            f" {verdict}; load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}",
            flush=True,
        )
    print(f"{engine}: first cold table {first:.0f} ms", flush=True)


def sqlite_replicas(folder: Path, count: int, days: int) -> list[SentraReplica]:
    sources = []
    for seed in SEEDS:
        path = folder / f"seed-{seed}.sqlite3"
        db = Database.open(f"sqlite:///{path}")
        load_demo_data(db, DemoOptions(seed=seed, days=days, today=TODAY))
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        sources.append(path)
    urls = []
    for n in range(count):
        target = folder / f"replica-{n:02d}.sqlite3"
        shutil.copyfile(sources[n % len(sources)], target)
        urls.append(f"sqlite:///{target}")
    return replicas_of(urls)


def pg_replicas(cluster: pg.Cluster, count: int, days: int) -> list[SentraReplica]:
    templates = []
    for seed in SEEDS:
        name = f"seed_{seed}"
        cluster.admin(f"CREATE DATABASE {name}")
        db = Database.open(cluster.url(name))
        load_demo_data(db, DemoOptions(seed=seed, days=days, today=TODAY))
        db.dispose()
        templates.append(name)
    urls = []
    for n in range(count):
        name = f"replica_{n:02d}"
        cluster.admin(f"CREATE DATABASE {name} TEMPLATE {templates[n % len(templates)]}")
        urls.append(cluster.url(name))
    return replicas_of(urls)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentra", type=int, default=50)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--days", type=int, default=730, help="days of demo data per sentra")
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    print(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip(), flush=True)
    with tempfile.TemporaryDirectory(prefix="sentra-agency-") as folder:
        replicas = sqlite_replicas(Path(folder), args.sentra, args.days)
        measure("SQLite", replicas, args.runs)
        for r in replicas:
            r.database.dispose()
    if args.sqlite_only:
        return 0
    bin_dir = pg.find_bin_dir()
    if bin_dir is None:
        print("PostgreSQL binaries not found (apt-get install postgresql): PostgreSQL not measured")
        return 0
    cluster = pg.Cluster(bin_dir)
    cluster.start()
    try:
        replicas = pg_replicas(cluster, args.sentra, args.days)
        measure("PostgreSQL", replicas, args.runs)
        for r in replicas:
            r.database.dispose()
    finally:
        cluster.destroy()
    print(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
