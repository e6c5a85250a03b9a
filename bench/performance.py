"""Kinerja benchmark: the page's figures on the large demo, beside raw SQL measured in the same run.

Targets (issue 12), each printed with PASS or FAIL:

- every figure of the Kinerja page for a year and its comparison year, charts included
  (:meth:`PerformanceService.pack`), under 500 ms, beside the straightforward SQL over the raw
  records for the same figures through ``sqlite3`` (the ratio says what the service adds or saves);
- the page built (layout and placeholders, before any figure) under 200 ms;
- the GUI thread never blocked longer than 100 ms while the figures load on the worker (a 5 ms
  timer on the GUI thread records the longest gap between its ticks, the table filling included);
- the two-period PDF (the mentor's pack) under 2 s.

The database is the million-entry one of ``bench/production.py`` and ``bench/reports.py``
(``sentra-desktop demo-data --years 10 --scale large``, cached as ``bench/out/large-10y.sqlite3``);
it is only read. This is a measurement, not a test: it exits 0 whatever the figures.

Usage: ``python bench/performance.py [--runs N] [--year YYYY] [--rebuild] [--json]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from measure import Figure, timed  # noqa: E402
from reports import ensure_large_database  # noqa: E402

from sentra_desktop.core.performance import Period, add_months  # noqa: E402

SOLD = "('confirmed', 'ready', 'delivered')"


def raw_figures(conn: sqlite3.Connection, period: Period, compare: Period) -> None:
    """The same figures as the service, written the plain way: one query per figure per period."""
    for p in (period, compare):
        s, e = p.start.isoformat(), p.end.isoformat()
        conn.execute(
            "SELECT design_id, maker_id, member_business_id, SUM(good_qty), SUM(reject_qty)"
            " FROM production_entry WHERE voided_at IS NULL AND produced_on BETWEEN ? AND ?"
            " GROUP BY design_id, maker_id, member_business_id",
            (s, e),
        ).fetchall()
        order_value = (
            "SELECT o.id, o.buyer_id, o.sales_event_id, SUM(l.quantity * l.unit_price) - o.discount AS net,"
            " SUM(l.quantity * l.unit_price) AS gross"
            " FROM sales_order o JOIN order_line l ON l.order_id = o.id"
            f" WHERE o.status IN {SOLD} AND o.ordered_on BETWEEN ? AND ? GROUP BY o.id"
        )
        conn.execute(
            f"SELECT buyer_id, sales_event_id, COUNT(*), SUM(net) FROM ({order_value}) GROUP BY 1, 2", (s, e)
        ).fetchall()
        conn.execute(
            "SELECT b.id, b.city, b.province FROM buyer b WHERE EXISTS (SELECT 1 FROM sales_order o"
            f" WHERE o.buyer_id = b.id AND o.status IN {SOLD} AND o.ordered_on < ?)",
            (s,),
        ).fetchall()
        conn.execute(
            "SELECT l.design_id, SUM(l.quantity), SUM(1.0 * l.quantity * l.unit_price * v.net / v.gross)"
            f" FROM order_line l JOIN ({order_value}) v ON v.id = l.order_id GROUP BY l.design_id",
            (s, e),
        ).fetchall()
        conn.execute(
            "SELECT SUM(1.0 * dl.quantity * l.unit_price * (g.gross - o.discount) / g.gross)"
            " FROM delivery d JOIN delivery_line dl ON dl.delivery_id = d.id"
            " JOIN order_line l ON l.id = dl.order_line_id JOIN sales_order o ON o.id = l.order_id"
            " JOIN (SELECT order_id, SUM(quantity * unit_price) AS gross FROM order_line GROUP BY order_id) g"
            f" ON g.order_id = o.id WHERE d.voided_at IS NULL AND d.delivered_on BETWEEN ? AND ?"
            f" AND o.status IN {SOLD}",
            (s, e),
        ).fetchall()
        conn.execute(
            "SELECT SUM(p.amount) FROM payment p JOIN sales_order o ON o.id = p.order_id"
            " WHERE p.voided_at IS NULL AND p.paid_on BETWEEN ? AND ? AND o.status <> 'cancelled'",
            (s, e),
        ).fetchall()
        conn.execute(
            "SELECT SUM(p.amount) FROM payment p JOIN sales_order o ON o.id = p.order_id"
            f" WHERE p.voided_at IS NULL AND p.paid_on <= ? AND o.status IN {SOLD}"
            " AND o.ordered_on BETWEEN ? AND ?",
            (e, s, e),
        ).fetchall()
    end = period.end
    year_start = (add_months(end, -12) + timedelta(days=1)).isoformat()
    conn.execute(
        "SELECT o.sales_event_id, SUM(v) FROM (SELECT o.id, o.sales_event_id,"
        " SUM(l.quantity * l.unit_price) - o.discount AS v FROM sales_order o JOIN order_line l"
        f" ON l.order_id = o.id WHERE o.status IN {SOLD} AND o.ordered_on BETWEEN ? AND ? GROUP BY o.id) o"
        " GROUP BY 1",
        (year_start, end.isoformat()),
    ).fetchall()
    chart_start = add_months(end.replace(day=1), -23)
    conn.execute(
        "SELECT month, SUM(good_qty), SUM(reject_qty) FROM production_entry WHERE voided_at IS NULL"
        " AND produced_on BETWEEN ? AND ? GROUP BY month",
        (chart_start.isoformat(), end.isoformat()),
    ).fetchall()
    conn.execute(
        "SELECT substr(o.ordered_on, 1, 7), SUM(l.quantity * l.unit_price) FROM sales_order o"
        f" JOIN order_line l ON l.order_id = o.id WHERE o.status IN {SOLD} AND o.ordered_on BETWEEN ? AND ?"
        " GROUP BY 1",
        (chart_start.isoformat(), end.isoformat()),
    ).fetchall()
    events = conn.execute(
        "SELECT starts_on, ends_on FROM sales_event WHERE starts_on IS NOT NULL AND ends_on BETWEEN ? AND ?",
        (chart_start.isoformat(), end.isoformat()),
    ).fetchall()
    for starts, ends in events:
        for a, b in (
            (add_months(date.fromisoformat(starts), -3), date.fromisoformat(starts) - timedelta(days=1)),
            (date.fromisoformat(ends) + timedelta(days=1), add_months(date.fromisoformat(ends), 3)),
        ):
            conn.execute(
                "SELECT SUM(good_qty) FROM production_entry"
                " WHERE voided_at IS NULL AND produced_on BETWEEN ? AND ?",
                (a.isoformat(), b.isoformat()),
            ).fetchall()
            conn.execute(
                "SELECT SUM(l.quantity * l.unit_price)"
                " FROM sales_order o JOIN order_line l ON l.order_id = o.id"
                f" WHERE o.status IN {SOLD} AND o.ordered_on BETWEEN ? AND ?",
                (a.isoformat(), b.isoformat()),
            ).fetchall()
    since = (add_months(end, -6) + timedelta(days=1)).isoformat()
    conn.execute(
        "SELECT id FROM design_variant WHERE status <> 'retired' AND id NOT IN (SELECT l.design_id"
        f" FROM order_line l JOIN sales_order o ON o.id = l.order_id WHERE o.status IN {SOLD}"
        " AND o.ordered_on BETWEEN ? AND ?)",
        (since, end.isoformat()),
    ).fetchall()


def cpu_timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median wall-clock ms, median CPU ms of this process) of ``runs`` calls after a warm-up: on a
    shared machine the CPU time (SQLite runs in the process) says what the work costs."""
    fn()
    wall, cpu = [], []
    for _ in range(runs):
        start, used = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def gui_figures(url: str, period: Period) -> tuple[float, float, float]:
    """(page build ms, longest GUI-thread gap ms while the figures load and fill, the same on an
    idle GUI thread for as long)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from sentra_desktop.services.container import Services
    from sentra_desktop.services.database import Database

    app = QApplication.instance() or QApplication([])
    from sentra_desktop.ui.pages.performance import PerformancePage

    services = Services(Database.open(url, migrate=False))
    loop = QEventLoop()
    warm = PerformancePage(services)  # warm-up: imports, fonts, first connection, its first load
    warm.loaded.connect(loop.quit)
    warm.show()
    loop.exec()
    warm.deleteLater()
    gc.freeze()  # as the program does once its window is drawn (app._after_drawn)
    start = time.perf_counter()
    page = PerformancePage(services)
    build = (time.perf_counter() - start) * 1000
    page.resize(1180, 690)
    page.show()
    page.loaded.connect(loop.quit)
    clock = QElapsedTimer()
    gaps: list[float] = []

    def tick() -> None:
        gaps.append(clock.restart())

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    page.loaded.connect(loop.quit)
    loop.exec()  # the first load, started by the page itself
    clock.start()
    timer.start()
    page.set_period(period.kind, period.start)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    app.processEvents()
    timer.stop()
    # The same timer on an idle GUI thread for as long: what the machine's own load costs.
    idle: list[float] = []
    timer.timeout.disconnect(tick)
    timer.timeout.connect(lambda: idle.append(clock.restart()))
    QTimer.singleShot(int(sum(gaps)) or 1000, loop.quit)
    clock.start()
    timer.start()
    loop.exec()
    timer.stop()
    services.close()
    return build, max(gaps, default=0.0), max(idle, default=0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from sentra_desktop import printing
    from sentra_desktop.services.database import Database
    from sentra_desktop.services.performance import PerformanceService

    path = ensure_large_database(args.rebuild)
    url = f"sqlite:///{path}"
    period = Period.year(date(args.year, 1, 1))
    compare = period.previous()
    db = Database.open(url, migrate=False)
    service = PerformanceService(db)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    figures_ms, figures_cpu = cpu_timed(lambda: service.pack(period, compare), args.runs)
    raw_ms = timed(lambda: raw_figures(conn, period, compare), args.runs)
    params = {
        "date_from": period.start,
        "date_to": period.end,
        "compare_from": compare.start,
        "compare_to": compare.end,
    }
    pdf_ms, pdf_cpu = cpu_timed(lambda: printing.make(db, "performance", params), max(1, args.runs - 1))
    db.dispose()
    build_ms, gap_ms, idle_ms = gui_figures(url, period)
    results = [
        Figure(
            f"Kinerja figures, {args.year} against {args.year - 1}, charts included",
            figures_ms,
            raw_ms,
            500,
            note=f"CPU {figures_cpu:.0f} ms",
        ),
        Figure("Kinerja page built (placeholders)", build_ms, None, 200),
        Figure(
            "longest GUI-thread block while the figures load",
            gap_ms,
            idle_ms,
            100,
            note="baseline: the longest gap of the same timer on an idle GUI thread",
        ),
        Figure("Kinerja pack PDF, two periods", pdf_ms, None, 2000, note=f"CPU {pdf_cpu:.0f} ms"),
    ]
    if args.json:
        print(json.dumps([f.as_json() for f in results], indent=1))
        return 0
    for f in results:
        raw = f"  baseline {f.raw_ms:7.0f} ms  ratio {f.ratio:4.2f}" if f.raw_ms else ""
        verdict = "PASS" if f.passed else "FAIL"
        cpu = f"  [{f.note}]" if f.note.startswith("CPU") else ""
        print(f"{verdict}  {f.name:<62} {f.median_ms:7.0f} ms{raw}  (target {f.target_ms} ms){cpu}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
