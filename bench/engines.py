"""The same workload on SQLite and on PostgreSQL, in one run, over about a million production entries.

Figures (each on both engines, with the ratio PostgreSQL / SQLite; targets from issue 7):

- saving one production entry with its stock postings through the service (median of many):
  PostgreSQL over loopback within 3x of SQLite;
- the production list filter change (the totals, whose count sizes the list, + the first page,
  through the service methods the Produksi page calls), for several filters: within 1.5x;
- stock on hand for every item (the Stok overview with the low-stock alert): within 1.5x;
- every balance against its ledger (``check``: sums over the whole ledger): within 1.5x.

The SQLite database is ``bench/production.py``'s cached million-entry file (made on first use,
about two minutes). PostgreSQL is a throwaway cluster started for the run (Debian's binaries, as
the tests use; durable: fsync and synchronous commits on, like the SQLite side's
``synchronous=FULL``), filled from that file by ``migrate-data`` itself, whose time is shown too.
``--pg-url`` uses an existing empty server database instead.

A measurement, not a test: exits 0 whatever the figures, 1 only when it cannot run.

Usage: ``python bench/engines.py [--runs N] [--saves N] [--pg-url URL] [--rebuild]``.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from production import ensure_large_database  # noqa: E402

from sentra_desktop.services.data_copy import migrate_data  # noqa: E402
from sentra_desktop.services.database import Database  # noqa: E402
from sentra_desktop.services.listing import ListQuery  # noqa: E402
from sentra_desktop.services.production import ProductionInput, ProductionService  # noqa: E402
from sentra_desktop.services.stock import StockService  # noqa: E402
from tests import pg  # noqa: E402

PAGE = 100
KEPT = ROOT / "bench" / "out" / "pg-cluster"


@dataclass
class Pair:
    """One figure on both engines."""

    name: str
    sqlite_ms: float
    postgresql_ms: float
    target_ratio: float

    @property
    def ratio(self) -> float:
        return self.postgresql_ms / self.sqlite_ms if self.sqlite_ms else float("inf")

    @property
    def passed(self) -> bool:
        return self.ratio <= self.target_ratio


def filters(db: Database) -> list[tuple[str, ListQuery]]:
    """The production list filters of ``bench/production.py``, chosen from the data itself."""
    service = ProductionService(db)
    newest = service.page(ListQuery(), 0, 1)[0].produced_on
    designs = service.design_choices()
    makers = service.maker_choices()
    with db.reading() as session:
        from sqlalchemy import func, select

        from sentra_desktop.db.models import DesignVariant

        type_id = session.execute(
            select(DesignVariant.product_type_id)
            .group_by(DesignVariant.product_type_id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()
    year_ago = newest - timedelta(days=365)
    return [
        ("everything", ListQuery()),
        ("last 31 days", ListQuery(filters={"date_from": newest - timedelta(days=30), "date_to": newest})),
        ("product type (largest)", ListQuery(filters={"product_type_id": type_id})),
        ("one design", ListQuery(filters={"design_id": designs[0].id})),
        ("one maker", ListQuery(filters={"maker_id": makers[0].id})),
        ("type + last year", ListQuery(filters={"product_type_id": type_id, "date_from": year_ago})),
        ("search 'ampera'", ListQuery(search="ampera")),
    ]


class Workload:
    """The service calls of every figure on one open database."""

    def __init__(self, url: str) -> None:
        self.db = Database.open(url, actor="Bench")
        self.production, self.stock = ProductionService(self.db), StockService(self.db)
        self.filters = filters(self.db)
        self.codes = [d.code for d in self.production.design_choices()]
        self.makers = [m.id for m in self.production.maker_choices()]
        self.saves = 0

    def figures(self) -> dict[str, Callable[[], Any]]:
        out: dict[str, Callable[[], Any]] = {}
        for name, query in self.filters:

            def change(query: ListQuery = query) -> None:
                # What the Produksi page does: the totals (their count sizes the list), then the
                # first page.
                self.production.totals(query)
                self.production.page(query, 0, PAGE)

            out[f"list filter: {name}"] = change
        out["stock on hand, every item"] = self.every_item
        out["every balance against its ledger"] = self.stock.check_balances
        out["save one production entry"] = self.save
        return out

    def every_item(self) -> None:
        query = ListQuery()
        self.stock.page(query, 0, self.stock.count(query))
        self.stock.low_stock_items()

    def save(self) -> None:
        i = self.saves
        self.saves += 1
        day = date.today() - timedelta(days=i % 5)
        data = ProductionInput(
            day, self.codes[i % len(self.codes)], self.makers[(i * 7) % len(self.makers)], 12 + i % 9
        )
        self.production.create(data, allow_duplicate=True)


def measure(sqlite_url: str, pg_url: str, runs: int, saves: int) -> list[Pair]:
    """Every figure on both engines, alternating run by run (and which goes first), so that a
    busy moment of the machine lands on both rather than on one."""
    engines = {"sqlite": Workload(sqlite_url), "postgresql": Workload(pg_url)}
    pairs = []
    try:
        names = list(engines["sqlite"].figures())
        for name in names:
            calls = {engine: work.figures()[name] for engine, work in engines.items()}
            count = saves if name.startswith("save") else (max(3, runs // 3) if "ledger" in name else runs)
            times: dict[str, list[float]] = {engine: [] for engine in engines}
            for call in calls.values():
                call()  # warm-up
            for round_ in range(count):
                order = list(calls) if round_ % 2 == 0 else list(reversed(calls))
                for engine in order:
                    start = time.perf_counter()
                    calls[engine]()
                    times[engine].append((time.perf_counter() - start) * 1000)
            pair = Pair(
                name,
                statistics.median(times["sqlite"]),
                statistics.median(times["postgresql"]),
                3.0 if name.startswith("save") else 1.5,
            )
            print(f"  {name}: {pair.sqlite_ms:.1f} / {pair.postgresql_ms:.1f} ms", flush=True)
            pairs.append(pair)
    finally:
        for work in engines.values():
            work.db.dispose()
    return pairs


def vacuum(url: str) -> None:
    """Bring a reused cluster back to the state a fresh fill leaves (migrate-data vacuums).

    Every run saves a few hundred entries into the newest days; unvacuumed, their pages are not
    "all visible", so the index-only scans of the recent-days filters visit the table for them,
    and each reuse measured slower than the last (the SQLite copy starts fresh every run).
    """
    from sentra_desktop.db.dialect import after_bulk_load
    from sentra_desktop.db.engine import make_engine

    engine = make_engine(url)
    try:
        after_bulk_load(engine)
    finally:
        engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs per figure (median)")
    parser.add_argument("--saves", type=int, default=200, help="saves timed on each engine")
    parser.add_argument("--pg-url", help="an existing, empty PostgreSQL database to fill and measure")
    parser.add_argument("--rebuild", action="store_true", help="make the million-entry SQLite file again")
    parser.add_argument(
        "--keep",
        action="store_true",
        help=f"keep the filled PostgreSQL cluster in {KEPT.relative_to(ROOT)} and reuse it next time",
    )
    args = parser.parse_args()

    source = ensure_large_database(args.rebuild)
    cluster: pg.Cluster | None = None
    with tempfile.TemporaryDirectory(prefix="sentra-engines-") as folder:
        work = Path(folder) / "sentra.sqlite3"
        shutil.copyfile(source, work)
        sqlite_url = f"sqlite:///{work}"
        pg_url = args.pg_url
        kept = False
        if pg_url is None:
            bin_dir = pg.find_bin_dir()
            if bin_dir is None:
                print("PostgreSQL binaries not found (apt-get install postgresql), or give --pg-url")
                return 1
            kept = args.keep and (KEPT / "data" / "PG_VERSION").exists()
            root = KEPT if args.keep else None
            cluster = pg.Cluster(bin_dir, durable=True, options="-c shared_buffers=256MB", root=root)
            cluster.start()
            if kept:
                print(f"reusing the filled PostgreSQL cluster in {KEPT} (vacuumed first)", flush=True)
            else:
                cluster.admin("CREATE DATABASE bench")
            pg_url = cluster.url("bench")
        try:
            if not kept:
                print("copying the SQLite file to PostgreSQL with migrate-data ...", flush=True)
                start = time.perf_counter()
                copied = migrate_data(sqlite_url, pg_url)
                seconds = time.perf_counter() - start
                rate = copied.records / seconds
                print(f"  {copied.records:,} records in {seconds:.0f} s ({rate:,.0f} a second)")
            if kept:
                vacuum(pg_url)
            print("measuring, SQLite / PostgreSQL alternately ...", flush=True)
            pairs = measure(sqlite_url, pg_url, args.runs, args.saves)
        finally:
            if cluster is not None:
                cluster.stop() if args.keep else cluster.destroy()

    width = max(len(p.name) for p in pairs)
    print()
    print(f"{'figure':{width}s}  {'SQLite':>10s}  {'PostgreSQL':>10s}  {'ratio':>6s}  target")
    for p in pairs:
        verdict = "PASS" if p.passed else "FAIL"
        print(
            f"{p.name:{width}s}  {p.sqlite_ms:8.1f} ms  {p.postgresql_ms:8.1f} ms  {p.ratio:5.2f}x"
            f"  <= {p.target_ratio:.1f}x {verdict}"
        )
    worst_list = max((p for p in pairs if p.name.startswith("list")), key=lambda p: p.ratio)
    print(
        f"\nslowest list filter on PostgreSQL relative to SQLite: {worst_list.name} ({worst_list.ratio:.2f}x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
