"""Packets benchmark: a sentra's ten years as its first packet, and a month's packet, imported on PostgreSQL.

Targets (issue 18), each printed with PASS or FAIL:

- the first (full) packet of a sentra with ten years of normal-scale records imported into an
  agency on PostgreSQL in at most 10 s (checked, registered, a new replica schema migrated and
  filled, its stock balances and monthly summaries rebuilt);
- a month's packet (new entries, voids, buyers edited) imported in at most 1 s.

Each beside a raw baseline in the same run: the same rows read from the sentra's file with
``sqlite3`` and written with ``COPY`` into an already migrated empty schema, no packet, no checks,
no derived tables. The sizes of the full packet with and without photos and of the month's packet
are printed too. The sentra (``demo-data --years 10``, seed 2026) is made once and cached in
``bench/out/packets-sentra-10y.sqlite3``. A private PostgreSQL cluster is started (``tests/pg.py``,
durable: fsync on). This is a measurement, not a test: it exits 0 whatever the figures.

Usage: ``python bench/packets.py [--runs N] [--json] [--phases]`` (``--phases``: each full
import's phases as it logs them: template, schema, prepare, rows, derived, indexes, keys,
commit, swap, analyze).
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import psycopg  # noqa: E402
from measure import Figure  # noqa: E402
from sqlalchemy import select  # noqa: E402

from sentra_desktop.db.travel import travels  # noqa: E402
from sentra_desktop.demo import DemoOptions, load_demo_data  # noqa: E402
from sentra_desktop.services.agency.merge import tables  # noqa: E402
from sentra_desktop.services.agency.service import AgencyService  # noqa: E402
from sentra_desktop.services.agency.store import Agency  # noqa: E402
from sentra_desktop.services.database import Database  # noqa: E402
from sentra_desktop.services.packet.export import export_packet  # noqa: E402
from tests import pg  # noqa: E402

CACHED = ROOT / "bench" / "out" / "packets-sentra-10y.sqlite3"
TODAY = date(2026, 11, 30)


def ensure_sentra() -> Path:
    if not CACHED.exists():
        print("making ten years of a normal sentra (once) ...", flush=True)
        CACHED.parent.mkdir(parents=True, exist_ok=True)
        partial = CACHED.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        db = Database.open(f"sqlite:///{partial}")
        load_demo_data(db, DemoOptions(seed=2026, days=3650, today=TODAY))
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        partial.rename(CACHED)
    return CACHED


def a_month(db: Database) -> None:
    """A month of a normal sentra: about 480 entries, some voided, buyers added and edited."""
    from sentra_desktop.core.enums import DesignStatus
    from sentra_desktop.db.models import Buyer, DesignVariant, Maker, ProductionEntry
    from sentra_desktop.services.buyers import BuyerInput, BuyerService
    from sentra_desktop.services.production.data import ProductionInput
    from sentra_desktop.services.production.service import ProductionService

    with db.reading() as session:
        designs = list(
            session.scalars(
                select(DesignVariant.code)
                .where(DesignVariant.status == DesignStatus.ACTIVE)
                .order_by(DesignVariant.id)
                .limit(12)
            )
        )
        makers = list(session.scalars(select(Maker.id).order_by(Maker.id).limit(8)))
        recent = list(
            session.scalars(
                select(ProductionEntry.id)
                .where(ProductionEntry.voided_at.is_(None))
                .order_by(ProductionEntry.id.desc())
                .limit(10)
            )
        )
    first = date.today() - timedelta(days=29)
    rows = [
        ProductionInput(
            first + timedelta(days=i % 30), designs[i % len(designs)], makers[i % len(makers)], 20 + i % 7
        )
        for i in range(480)
    ]
    production = ProductionService(db)
    production.bulk_create(rows)
    for entry in recent:
        production.delete(entry)
    buyers = BuyerService(db)
    for n in range(5):
        buyers.create(BuyerInput(name=f"Toko Baru {n}", city="Palembang"))
    with db.transaction() as session:
        for buyer in session.scalars(select(Buyer).order_by(Buyer.id).limit(20)):
            buyer.notes = (buyer.notes + " Pesan lagi bulan ini.").strip()


def raw_copy(sentra: Path, pg_url: str, schema: str, seq_after: int) -> float:
    """Seconds to COPY the travelled rows above ``seq_after`` from the file into ``schema``
    (migrated, empty): the floor of moving the same rows."""
    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
    source = sqlite3.connect(sentra)
    start = time.perf_counter()
    with psycopg.connect(dsn) as conn:
        conn.execute(f"SET search_path TO {schema}, public")  # type: ignore[arg-type]
        with conn.cursor() as cursor:
            for name, table in tables().items():
                if not travels(name):
                    continue
                names = [c.name for c in table.c]
                listed = ", ".join(names)
                query = f"SELECT {listed} FROM {name} WHERE change_seq > ? ORDER BY 1"
                with cursor.copy(f"COPY {name} ({listed}) FROM STDIN") as copy:  # type: ignore[arg-type]
                    for row in source.execute(query, (seq_after,)):
                        copy.write_row(row)
    seconds = time.perf_counter() - start
    source.close()
    return seconds


def scratch(pg_url: str) -> None:
    """Schema ``scratch``: the travelled tables' columns without keys or constraints, for a
    month's rows (some of them new versions of rows a replica already has)."""
    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(dsn) as conn:
        conn.execute("CREATE SCHEMA scratch")
        for name in tables():
            if travels(name):
                conn.execute(f"CREATE TABLE scratch.{name} (LIKE public.{name})")  # type: ignore[arg-type]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs per figure (median)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--phases", action="store_true", help="print each full import's phases")
    args = parser.parse_args()
    if args.phases:
        logging.basicConfig(level=logging.WARNING, format="  %(message)s")
        logging.getLogger("sentra.agency").setLevel(logging.INFO)
    bin_dir = pg.find_bin_dir()
    if bin_dir is None:
        print("PostgreSQL binaries not found (apt-get install postgresql)")
        return 1
    cached = ensure_sentra()
    cluster = pg.Cluster(bin_dir, durable=True, options="-c shared_buffers=256MB")
    cluster.start()
    sizes: dict[str, int] = {}
    full_s: list[float] = []
    month_s: list[float] = []
    raw_full_s: list[float] = []
    raw_month_s: list[float] = []
    try:
        with tempfile.TemporaryDirectory(prefix="sentra-packets-") as folder:
            work = Path(folder) / "sentra.sqlite3"
            shutil.copyfile(cached, work)
            db = Database.open(f"sqlite:///{work}")
            usb = Path(folder) / "usb"
            usb.mkdir()
            (usb / "plain").mkdir()
            plain = export_packet(db, usb / "plain", full=True, photos=False)
            full = export_packet(db, usb, full=True)
            a_month(db)
            month = export_packet(db, usb)
            sizes = {"full": full.size, "full without photos": plain.size, "month": month.size}
            db.dispose()
            template = cluster.create_database()
            Database.open(cluster.url(template)).dispose()  # a migrated sentra schema for the raw copy
            for _ in range(args.runs):
                name = cluster.create_database()
                agency = Agency.open(cluster.url(name))
                try:
                    start = time.perf_counter()
                    AgencyService(agency).import_packet(full.path)
                    full_s.append(time.perf_counter() - start)
                    start = time.perf_counter()
                    AgencyService(agency).import_packet(month.path)
                    month_s.append(time.perf_counter() - start)
                finally:
                    agency.dispose()
                cluster.drop_database(name)
                raw = cluster.create_database(template)
                raw_full_s.append(raw_copy(work, cluster.url(raw), "public", -1))
                cluster.drop_database(raw)
                raw = cluster.create_database(template)
                scratch(cluster.url(raw))
                raw_month_s.append(raw_copy(work, cluster.url(raw), "scratch", full.seq_to))
                cluster.drop_database(raw)
    finally:
        cluster.destroy()
    figures = [
        Figure(
            "first (full) packet, ten years",
            statistics.median(full_s) * 1000,
            statistics.median(raw_full_s) * 1000,
            10_000,
            note=f"{full.records:,} records",
        ),
        Figure(
            "a month's packet",
            statistics.median(month_s) * 1000,
            statistics.median(raw_month_s) * 1000,
            1_000,
            note=f"{month.records:,} records",
        ),
    ]
    if args.json:
        out: dict[str, Any] = {"figures": [f.as_json() for f in figures], "sizes": sizes}
        print(json.dumps(out, indent=2))
        return 0
    for f in figures:
        ratio = f"{f.ratio:.1f}x raw" if f.ratio else ""
        verdict = "PASS" if f.passed else "FAIL"
        figure = f"{f.median_ms:9.0f} ms  raw {f.raw_ms or 0:8.0f} ms"
        print(f"{f.name:34} {figure}  {ratio:>10}  {verdict}  ({f.note})")
    for label, size in sizes.items():
        print(f"packet size, {label:20} {size / 1024:10,.0f} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
