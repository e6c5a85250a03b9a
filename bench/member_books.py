"""Member books benchmark: one member's lists and the figures per member at a million entries.

Targets, each printed with PASS or FAIL, through the service methods the pages call:

- the production list narrowed to one member business: a filter change (the totals, whose count
  sizes the list, + first page) under 200 ms, the last page under 150 ms;
- the production list's totals per member over the whole ten years under 1.5 s (the "Per member"
  button; it groups on the member index);
- the order book narrowed to one member (count + first page) under 300 ms, and the sales per
  member of every sold order under 1.5 s.

Each beside the plain SQL doing the same in the same run. Works on a copy of a database already
at the head revision (``--db FILE``, e.g. ``production.py``'s cached file once migrated); this is
a measurement, not a test: it exits 0 whatever the figures.

Usage: ``python bench/member_books.py --db FILE [--runs N] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from measure import Figure, timed  # noqa: E402  (bench/ is on sys.path: the scripts run from it)

from sentra_desktop.services.container import Services  # noqa: E402
from sentra_desktop.services.database import Database  # noqa: E402
from sentra_desktop.services.listing import ListQuery  # noqa: E402
from sentra_desktop.services.member_filter import MEMBER_FILTER  # noqa: E402

PAGE = 100


def run(path: Path, runs: int) -> list[Figure]:
    db = Database.open(f"sqlite:///{path}", actor="bench")
    services = Services(db)
    raw = sqlite3.connect(path)
    member = raw.execute(
        "SELECT member_business_id FROM production_entry WHERE member_business_id IS NOT NULL "
        "GROUP BY member_business_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    production = services.production
    query = ListQuery(sort="produced_on", descending=True, filters={MEMBER_FILTER: member})

    def filter_change() -> None:
        totals = production.totals(query)
        production.page(query, 0, PAGE)
        assert totals.entries > 0

    total = production.totals(query).entries

    def raw_filter() -> None:
        raw.execute(
            "SELECT count(*), sum(good_qty), sum(reject_qty) FROM production_entry "
            "WHERE voided_at IS NULL AND member_business_id = ?",
            (member,),
        ).fetchone()
        raw.execute(
            "SELECT p.id, d.code, m.name FROM production_entry p JOIN design_variant d ON d.id = p.design_id "
            "JOIN maker m ON m.id = p.maker_id WHERE p.voided_at IS NULL AND p.member_business_id = ? "
            "ORDER BY p.produced_on DESC, p.id DESC LIMIT ?",
            (member, PAGE),
        ).fetchall()

    def raw_last() -> None:
        raw.execute(
            "SELECT p.id, d.code, m.name FROM production_entry p JOIN design_variant d ON d.id = p.design_id "
            "JOIN maker m ON m.id = p.maker_id WHERE p.voided_at IS NULL AND p.member_business_id = ? "
            "ORDER BY p.produced_on DESC, p.id DESC LIMIT ? OFFSET ?",
            (member, PAGE, max(total - PAGE, 0)),
        ).fetchall()

    def raw_per_member() -> None:
        raw.execute(
            "SELECT member_business_id, count(*), sum(good_qty), sum(reject_qty) FROM production_entry "
            "WHERE voided_at IS NULL GROUP BY member_business_id"
        ).fetchall()

    owner = raw.execute("SELECT id FROM member_business ORDER BY id LIMIT 1").fetchone()[0]
    with raw:  # a third of the designs belong to the first member, so its order book is not empty
        raw.execute("UPDATE design_variant SET member_business_id = ? WHERE id % 3 = 0", (owner,))
    orders = ListQuery(sort="number", descending=True, filters={MEMBER_FILTER: owner})

    def order_book() -> None:
        services.orders.count(orders)
        services.orders.page(orders, 0, PAGE)

    def raw_orders() -> None:
        exists = (
            "EXISTS (SELECT 1 FROM order_line l JOIN design_variant d ON d.id = l.design_id "
            "WHERE l.order_id = o.id AND d.member_business_id = ?)"
        )
        raw.execute(f"SELECT count(*) FROM sales_order o WHERE {exists}", (owner,)).fetchone()
        raw.execute(
            f"SELECT o.id FROM sales_order o WHERE {exists} ORDER BY o.number DESC LIMIT ?", (owner, PAGE)
        ).fetchall()

    def raw_sales() -> None:
        raw.execute(
            "SELECT d.member_business_id, count(*), sum(l.quantity), sum(l.quantity * l.unit_price) "
            "FROM order_line l JOIN sales_order o ON o.id = l.order_id JOIN design_variant d "
            "ON d.id = l.design_id WHERE o.status IN ('confirmed', 'ready', 'delivered') "
            "GROUP BY d.member_business_id"
        ).fetchall()

    figures = [
        Figure(
            "production: one member, filter change", timed(filter_change, runs), timed(raw_filter, runs), 200
        ),
        Figure(
            "production: one member, last page",
            timed(lambda: production.page(query, max(total - PAGE, 0), PAGE), runs),
            timed(raw_last, runs),
            150,
        ),
        Figure(
            "production: totals per member, ten years",
            timed(lambda: services.member_books.production(ListQuery()), max(runs // 2, 1)),
            timed(raw_per_member, max(runs // 2, 1)),
            1500,
        ),
        Figure(
            "orders: one member, count + first page", timed(order_book, runs), timed(raw_orders, runs), 300
        ),
        Figure(
            "orders: sales per member, every order",
            timed(lambda: services.member_books.sales(ListQuery()), max(runs // 2, 1)),
            timed(raw_sales, max(runs // 2, 1)),
            1500,
        ),
    ]
    raw.close()
    db.dispose()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", type=Path, required=True, help="a copy of the large demo at the head revision"
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run(args.db, args.runs)
    if args.json:
        print(json.dumps([f.as_json() for f in figures], indent=2))
        return 0
    for f in figures:
        ratio = f"{f.ratio:.1f}x raw" if f.ratio else ""
        verdict = "PASS" if f.passed else "FAIL"
        print(f"{f.name:45} {f.median_ms:8.1f} ms  raw {f.raw_ms or 0:8.1f} ms  {ratio:>10}  {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
