"""The same workload on SQLite and on PostgreSQL, in one run, over about a million production entries.

Figures (each on both engines, with the ratio PostgreSQL / SQLite; targets from issue 7):

- saving one production entry with its stock postings through the service (median of many):
  PostgreSQL over loopback within 3x of SQLite;
- the production list filter change (count + totals + first page, through the service methods
  the table model calls), for several filters: within 1.5x;
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


def timed(fn: Callable[[], Any], runs: int) -> float:
    """Median wall-clock milliseconds of ``runs`` calls after one warm-up call."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


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


def measure(url: str, runs: int, saves: int) -> dict[str, float]:
    """Every figure on the database at ``url`` (changed by the saves: use a copy)."""
    db = Database.open(url, actor="Bench")
    figures: dict[str, float] = {}
    try:
        production, stock = ProductionService(db), StockService(db)
        for name, query in filters(db):

            def change(query: ListQuery = query) -> None:
                production.count(query)
                production.totals(query)
                production.page(query, 0, PAGE)

            figures[f"list filter: {name}"] = timed(change, runs)

        def every_item() -> None:
            query = ListQuery()
            stock.page(query, 0, stock.count(query))
            stock.low_stock_items()

        figures["stock on hand, every item"] = timed(every_item, runs)
        figures["every balance against its ledger"] = timed(stock.check_balances, max(3, runs // 3))

        codes = [d.code for d in production.design_choices()]
        makers = [m.id for m in production.maker_choices()]
        today = date.today()
        times = []
        for i in range(saves + 10):
            data = ProductionInput(
                today - timedelta(days=i % 5),
                codes[i % len(codes)],
                makers[(i * 7) % len(makers)],
                12 + i % 9,
            )
            start = time.perf_counter()
            production.create(data, allow_duplicate=True)
            if i >= 10:
                times.append((time.perf_counter() - start) * 1000)
        figures["save one production entry"] = statistics.median(times)
    finally:
        db.dispose()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs per figure (median)")
    parser.add_argument("--saves", type=int, default=200, help="saves timed on each engine")
    parser.add_argument("--pg-url", help="an existing, empty PostgreSQL database to fill and measure")
    parser.add_argument("--rebuild", action="store_true", help="make the million-entry SQLite file again")
    args = parser.parse_args()

    source = ensure_large_database(args.rebuild)
    cluster: pg.Cluster | None = None
    with tempfile.TemporaryDirectory(prefix="sentra-engines-") as folder:
        work = Path(folder) / "sentra.sqlite3"
        shutil.copyfile(source, work)
        sqlite_url = f"sqlite:///{work}"
        pg_url = args.pg_url
        if pg_url is None:
            bin_dir = pg.find_bin_dir()
            if bin_dir is None:
                print("PostgreSQL binaries not found (apt-get install postgresql), or give --pg-url")
                return 1
            cluster = pg.Cluster(bin_dir, durable=True, options="-c shared_buffers=256MB")
            cluster.start()
            pg_url = cluster.url(cluster.create_database())
        try:
            print("copying the SQLite file to PostgreSQL with migrate-data ...", flush=True)
            start = time.perf_counter()
            copied = migrate_data(sqlite_url, pg_url)
            seconds = time.perf_counter() - start
            print(
                f"  {copied.records:,} records in {seconds:.0f} s ({copied.records / seconds:,.0f} a second)"
            )
            print("measuring SQLite ...", flush=True)
            on_sqlite = measure(sqlite_url, args.runs, args.saves)
            print("measuring PostgreSQL ...", flush=True)
            on_postgresql = measure(pg_url, args.runs, args.saves)
        finally:
            if cluster is not None:
                cluster.destroy()

    pairs = [
        Pair(name, on_sqlite[name], on_postgresql[name], 3.0 if name.startswith("save") else 1.5)
        for name in on_sqlite
    ]
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
