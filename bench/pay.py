"""Pay benchmark: every maker's pay for a fortnight on the large demo, and 150 makers' slips.

Targets (issue 15), each printed with PASS or FAIL:

- pay for every maker of an open fortnight (:meth:`PayService.compute`: rates in force on each
  day, advances, adjustments, corrections of paid fortnights) under 300 ms, beside the plain SQL
  sum of the same fortnight's pieces per maker and design through ``sqlite3`` in the same run;
- the same for a paid (closed) fortnight, read from its stored lines;
- the slips PDF for 150 makers under 3 s.

The database is a copy of the million-entry large demo (``bench/out/large-10y.sqlite3``, made by
``bench/reports.py``) at ``bench/out/pay-large.sqlite3``; it is migrated, and when it predates the
pay tables it gets the large demo's rates and paid fortnights (:mod:`demo.large_pay`) and five
paid entries edited afterwards, so the corrections have something to find. This is a
measurement, not a test: it exits 0 whatever the figures.

Usage: ``python bench/pay.py [--runs N] [--json] [--source PATH]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from measure import Figure, timed  # noqa: E402
from reports import CACHE  # noqa: E402

COPY = ROOT / "bench" / "out" / "pay-large.sqlite3"
RAW = (
    "SELECT maker_id, design_id, SUM(good_qty), SUM(reject_qty) FROM production_entry"
    " WHERE voided_at IS NULL AND produced_on BETWEEN ? AND ? GROUP BY maker_id, design_id"
)


def prepare(source: Path) -> str:
    """The benchmark's own copy, migrated, with rates, paid fortnights and a few later edits."""
    from sqlalchemy import select

    from sentra_desktop.db.models import PayPeriod, ProductionEntry
    from sentra_desktop.demo.large_pay import write_large_pay
    from sentra_desktop.services.database import Database
    from sentra_desktop.services.production import ProductionInput, ProductionService

    if not COPY.exists():
        print(f"copying {source} ...", flush=True)
        COPY.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, COPY)
    url = f"sqlite:///{COPY}"
    db = Database.open(url, actor="Hj. Nurhayati")
    try:
        with db.reading() as session:
            if session.scalar(select(PayPeriod.id).limit(1)) is not None:
                return url
            first, last = (
                session.execute(
                    select(ProductionEntry.produced_on).order_by(ProductionEntry.produced_on).limit(1)
                ).scalar_one(),
                session.execute(
                    select(ProductionEntry.produced_on).order_by(ProductionEntry.produced_on.desc()).limit(1)
                ).scalar_one(),
            )
        started = time.perf_counter()
        with db.transaction() as session:
            slips = write_large_pay(session, first, last)
        print(f"rates and {slips:,} paid slips written in {time.perf_counter() - started:.1f} s", flush=True)
        production = ProductionService(db)
        with db.reading() as session:
            paid_end = session.scalar(select(PayPeriod.ends_on).order_by(PayPeriod.ends_on.desc()).limit(1))
            day = paid_end - timedelta(days=3)
            live = ProductionEntry.voided_at.is_(None)
            query = select(ProductionEntry.id).where(ProductionEntry.produced_on == day, live).limit(5)
            rows = session.execute(query).scalars().all()
        for entry_id in rows:
            d = production.get(entry_id)
            data = ProductionInput(d.produced_on, d.design_id, d.maker_id, d.good_qty + 3, d.reject_qty)
            production.update(entry_id, d.version, data, allow_duplicate=True)
    finally:
        db.dispose()
    return url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", type=Path, default=CACHE)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from sentra_desktop import printing
    from sentra_desktop.core.pay import PaySlipsData
    from sentra_desktop.core.sheets import SentraInfo
    from sentra_desktop.demo.large_pay import fortnights
    from sentra_desktop.services.database import Database
    from sentra_desktop.services.pay import PayService

    url = prepare(args.source)
    db = Database.open(url, actor="Hj. Nurhayati", migrate=False)
    pay = PayService(db)
    conn = sqlite3.connect(f"file:{COPY}?mode=ro", uri=True)
    last = date.fromisoformat(conn.execute("SELECT max(produced_on) FROM production_entry").fetchone()[0])
    paid_period, open_period = fortnights(last, 3)[:2]  # the last paid and the first open (whole) one
    results: list[Figure] = []
    for label, period in (("open", open_period), ("paid", paid_period)):
        figures = pay.compute(*period)
        params = (period[0].isoformat(), period[1].isoformat())
        service_ms = timed(lambda p=period: pay.compute(*p), args.runs)
        raw_ms = timed(lambda q=params: conn.execute(RAW, q).fetchall(), args.runs)
        entries = sum(len(m.lines) for m in figures.makers)
        corrections = sum(len(m.corrections) for m in figures.makers)
        note = f"{period[0]}..{period[1]}: {len(figures.makers)} makers, {entries:,} lines, "
        note += f"{corrections} corrections"
        results.append(Figure(f"pay of every maker, {label} fortnight", service_ms, raw_ms, 300.0, note=note))
    figures = pay.compute(*paid_period)
    makers = list(figures.makers)
    while len(makers) < 150:  # the large demo has fewer makers: their slips again, renamed
        makers += [
            replace(m, maker_name=f"{m.maker_name} ({len(makers) + i})") for i, m in enumerate(figures.makers)
        ]
    slips = PaySlipsData(SentraInfo("Sentra Karet Palembang"), replace(figures, makers=makers[:150]))
    pdf_ms = timed(lambda: printing.render(slips), max(1, args.runs // 2))
    pages = printing.render(slips).count(b"/Type /Page\n")
    results.append(Figure("slips PDF, 150 makers", pdf_ms, None, 3000.0, note=f"{pages} pages"))
    db.dispose()
    conn.close()
    if args.json:
        print(json.dumps([f.as_json() for f in results], indent=1))
    else:
        for f in results:
            ratio = f" ({f.ratio:.1f}x raw {f.raw_ms:.1f} ms)" if f.raw_ms else ""
            verdict = "PASS" if f.passed else "FAIL"
            print(f"{verdict}  {f.name}: {f.median_ms:.1f} ms{ratio}; target {f.target_ms:.0f} ms; {f.note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
