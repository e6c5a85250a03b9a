"""Aid benchmark (issue 13) on the large demo: 5,000 aid items, 2,000 moulds, a million entries.

Targets, each printed with PASS or FAIL beside a raw ``sqlite3`` baseline of the same run:

- the overlap check when an aid item is saved (what the service runs before writing) under 20 ms;
  baseline: the same query in plain SQL;
- the utilisation figures of every mould (pieces, sales value, last use) under 300 ms, read off
  the GUI thread: the first reading, a second one, and one right after a production entry is
  saved. Whole months come from the monthly output summary and only the days of each mould's
  arrival month from the entries, so no reading scans them; baseline: the one GROUP BY over every
  live entry by design and day that the first reading used to be;
- the Laporan Bantuan PDF of all aid under 2 s; baseline: reading its items in plain SQL.

The database is the large demo: ``--db PATH`` names a copy already migrated to the newest revision
(used in place: the bench saves a few production entries into it); without it the cached large
demo of ``bench/production.py`` (``--rebuild`` makes it again) is copied and opened as it is. The
load average is printed beside the figures. This is a measurement, not a test: it exits 0
whatever the figures, 1 only when it cannot run.

Usage: ``python bench/aid.py [--runs N] [--db PATH] [--rebuild] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from measure import Figure, timed  # noqa: E402  (bench/ is on sys.path: the scripts run from it)
from production import ensure_large_database, working_copy  # noqa: E402
from sqlalchemy import text  # noqa: E402

from sentra_desktop import printing  # noqa: E402
from sentra_desktop.core.enums import AssistanceKind  # noqa: E402
from sentra_desktop.services.aid import find_overlaps  # noqa: E402
from sentra_desktop.services.aid_use import AidUseService  # noqa: E402
from sentra_desktop.services.database import Database  # noqa: E402
from sentra_desktop.services.production import ProductionInput, ProductionService  # noqa: E402

_RAW_OVERLAP = """
SELECT a.id, a.received_on, a.description, coalesce(nullif(g.short_name, ''), g.name), p.name, a.value
FROM assistance a JOIN programme p ON p.id = a.programme_id JOIN agency g ON g.id = p.agency_id
WHERE a.kind = 'mould' AND a.member_business_id IS ? AND a.received_on BETWEEN ? AND ?
  AND a.status = 'held' AND (a.condition IS NULL OR a.condition IN ('good', 'needs_repair'))
  AND a.programme_id != ? AND a.id != ?
ORDER BY a.received_on, a.id
"""


_RAW_DAILY = """
SELECT design_id, produced_on, sum(good_qty) FROM production_entry WHERE voided_at IS NULL
GROUP BY design_id, produced_on ORDER BY design_id, produced_on
"""

_RAW_ITEMS = """
SELECT a.*, p.name, g.name FROM assistance a JOIN programme p ON p.id = a.programme_id
JOIN agency g ON g.id = p.agency_id ORDER BY g.name, p.name, a.received_on
"""


def _after_saves(db: Database, work: Callable[[], object], runs: int) -> float:
    """Median milliseconds of ``work`` each right after one production entry is saved (not timed)."""
    with db.reading() as session:
        code, maker = session.execute(
            text("SELECT d.code, m.id FROM design_variant d, maker m WHERE d.status = 'active' LIMIT 1")
        ).one()
    production = ProductionService(db)
    times = []
    for number in range(runs):
        day = date.today() - timedelta(days=3 * number)
        production.create(ProductionInput(day, code, maker, good_qty=5), allow_duplicate=True)
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--rebuild", action="store_true", help="make the large database again")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--db", type=Path, help="a copy of the large demo already at the newest revision, used in place"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sentra-bench-aid-") as folder:
        path = args.db or working_copy(ensure_large_database(args.rebuild), Path(folder))
        db = Database.open(f"sqlite:///{path}", migrate=False)
        with db.reading() as session:
            item = session.execute(
                text(
                    "SELECT id, member_business_id, received_on, programme_id FROM assistance"
                    " WHERE kind = 'mould' ORDER BY id DESC LIMIT 1"
                )
            ).one()
        received = (
            item.received_on if isinstance(item.received_on, date) else date.fromisoformat(item.received_on)
        )
        figures: list[Figure] = []

        def overlap() -> object:
            with db.reading() as session:
                return find_overlaps(
                    session,
                    kind=AssistanceKind.MOULD,
                    recipient_id=item.member_business_id,
                    received_on=received,
                    programme_id=item.programme_id,
                    exclude_id=item.id,
                    window_months=24,
                )

        raw = sqlite3.connect(path)
        start, end = received.replace(year=received.year - 2), received.replace(year=received.year + 2)

        def raw_overlap() -> object:
            query = _RAW_OVERLAP
            params = (item.member_business_id, start.isoformat(), end.isoformat(), item.programme_id, item.id)
            return raw.execute(query, params).fetchall()

        figures.append(
            show(
                Figure("overlap check on save", timed(overlap, args.runs), timed(raw_overlap, args.runs), 20)
            )
        )
        uses = AidUseService(db)
        grouping = timed(lambda: raw.execute(_RAW_DAILY).fetchall(), max(3, args.runs // 3))
        start_time = time.perf_counter()
        uses.mould_use()
        first = (time.perf_counter() - start_time) * 1000
        figures.append(show(Figure("utilisation, first reading", first, grouping, 300)))
        kept = timed(uses.mould_use, max(3, args.runs // 3))
        figures.append(show(Figure("utilisation, second reading", kept, grouping, 300)))
        saved = _after_saves(db, uses.mould_use, max(3, args.runs // 3))
        figures.append(show(Figure("utilisation after a saved entry", saved, grouping, 300)))
        items = timed(lambda: raw.execute(_RAW_ITEMS).fetchall(), args.runs)
        pdf = timed(lambda: printing.make(db, "assistance", {}), max(1, args.runs // 5))
        figures.append(show(Figure("assistance PDF (all aid)", pdf, items, 2000)))
        raw.close()
        db.dispose()
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"load average (1, 5, 15 min): {load}")
    if args.json:
        print(json.dumps([f.as_json() for f in figures], indent=1))
    return 0


def show(figure: Figure) -> Figure:
    """Print one figure as soon as it is measured (a slow one does not hide the others)."""
    baseline = f" (raw SQL {figure.raw_ms:.1f} ms)" if figure.raw_ms else ""
    verdict = "PASS" if figure.passed else "FAIL"
    print(
        f"{figure.name:32} {figure.median_ms:8.1f} ms{baseline}  target {figure.target_ms:.0f} ms  {verdict}",
        flush=True,
    )
    return figure


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
