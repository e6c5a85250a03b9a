"""Buyers and orders benchmark: search as you type, the order book with filters, what to produce.

Targets (issue 4), each printed with PASS or FAIL, on 20,000 buyers and 200,000 orders:

- buyer search as you type: per keystroke (what the list asks: a count and the first page)
  under 50 ms;
- the order list with filters (count + first page, with totals and payments of the page) under
  200 ms for each filter set;
- the "what to produce" view under 200 ms.

Every figure is printed next to a raw-SQL baseline measured in the same run on the same file: the
straightforward SQL through ``sqlite3`` (LIKE over the same columns; joins with grouped sums), so
the ratio says what the service layer costs or saves.

The database is made once (about half a minute: 40 designs, 20,000 buyers, 200,000 orders over
ten years with their lines, deliveries and payments, a few hundred still open) with bulk inserts
and cached as ``bench/out/orders-200k.sqlite3`` (gitignored); ``--rebuild`` makes it again.

This is a measurement, not a test: it exits 0 whatever the figures, 1 only when it cannot run.

Usage: ``python bench/orders.py [--runs N] [--rebuild] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from measure import Figure, timed  # noqa: E402  (bench/ is on sys.path: the scripts run from it)

from sentra_desktop.db.inserts import bulk_insert  # noqa: E402
from sentra_desktop.db.models import (  # noqa: E402
    Buyer,
    Delivery,
    DeliveryLine,
    Order,
    OrderCounter,
    OrderLine,
    Payment,
)
from sentra_desktop.services.buyers import BuyerService  # noqa: E402
from sentra_desktop.services.catalogue_setup import ProductTypeInput, ProductTypeService  # noqa: E402
from sentra_desktop.services.database import Database  # noqa: E402
from sentra_desktop.services.designs import DesignInput, DesignService  # noqa: E402
from sentra_desktop.services.listing import ListQuery  # noqa: E402
from sentra_desktop.services.orders import OrderService  # noqa: E402

OUT = ROOT / "bench" / "out"
CACHE = OUT / "orders-200k.sqlite3"
BUYERS = 20_000
ORDERS = 200_000
OPEN_ORDERS = 400
PAGE = 200

_CITIES = [
    "Palembang",
    "Prabumulih",
    "Lubuklinggau",
    "Lahat",
    "Baturaja",
    "Pagar Alam",
    "Jakarta",
    "Bandung",
    "Medan",
    "Padang",
    "Jambi",
    "Bengkulu",
    "Pekanbaru",
    "Batam",
    "Yogyakarta",
]
_FIRST = [
    "Rina",
    "Andi",
    "Budi",
    "Siti",
    "Dewi",
    "Hendra",
    "Yusuf",
    "Wati",
    "Agus",
    "Novi",
    "Joko",
    "Lilis",
    "Rudi",
    "Sri",
    "Taufik",
    "Wulan",
    "Heru",
    "Dian",
    "Fitri",
    "Bambang",
]
_LAST = [
    "Marlina",
    "Saputra",
    "Hartono",
    "Rahayu",
    "Lestari",
    "Gunawan",
    "Kurniawan",
    "Handayani",
    "Prasetyo",
    "Andriani",
    "Santoso",
    "Suryani",
    "Hermawan",
    "Wijaya",
    "Hidayat",
    "Sari",
    "Santosa",
    "Permatasari",
]
_SHOPS = ["Toko", "Kios", "Galeri", "Rumah", "Koperasi", "Toko Oleh-Oleh", "Sanggar"]
_SHOP_NAMES = ["Sinar", "Kemaro", "Ampera", "Musi", "Sriwijaya", "Bukit", "Jaya", "Makmur", "Indah", "Baru"]


# --- the database -----------------------------------------------------------------------------------


def build(path: Path) -> None:
    """Designs through the service; buyers and the order book in bulk (the demo's shapes, scaled)."""
    rng = random.Random(4)
    db = Database.open(f"sqlite:///{path}", actor="bench")
    try:
        kind = ProductTypeService(db).create(ProductTypeInput(name="Gantungan kunci"))
        designs = DesignService(db)
        prices = {}
        for number in range(1, 41):
            price = rng.choice([5000, 8000, 12000, 15000, 25000, 45000])
            prices[designs.create(DesignInput(f"D-{number:02d}", f"Desain {number}", kind, price=price))] = (
                price
            )
        now = datetime.now(UTC)
        today = date.today()

        def record(key: uuid.UUID) -> tuple[Any, ...]:
            return (key, now, now, "bench", "bench", 1)

        mixin = ("uuid", "created_at", "updated_at", "created_by", "updated_by", "version")
        buyers = []
        for number in range(1, BUYERS + 1):
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
            shop = f"{rng.choice(_SHOPS)} {rng.choice(_SHOP_NAMES)} {number}" if rng.random() < 0.6 else ""
            phone = f"08{rng.randint(11, 59)}-{rng.randint(1000, 9999)}-{number:04d}"
            buyers.append(
                (
                    number,
                    *record(uuid.uuid4()),
                    f"{first} {last}",
                    shop,
                    rng.choice(["shop", "reseller", "tourist", "agency", "other"]),
                    phone,
                    "62" + phone[1:].replace("-", ""),
                    "",
                    "",
                    rng.choice(_CITIES),
                    "Sumatera Selatan",
                    "walk_in",
                    "",
                    False,
                    "",
                )
            )
        orders, lines, deliveries, delivery_lines, payments = [], [], [], [], []
        start = today - timedelta(days=3650)
        counters: dict[int, int] = {}
        line_id = delivery_id = 0
        for number in range(1, ORDERS + 1):
            day = start + timedelta(days=(number * 3650) // ORDERS)
            counters[day.year] = counters.get(day.year, 0) + 1
            order_no = f"PSN-{day.year}-{counters[day.year]:04d}"
            is_open = number > ORDERS - OPEN_ORDERS
            status = (
                rng.choice(["confirmed", "ready", "draft"])
                if is_open
                else ("cancelled" if rng.random() < 0.02 else "delivered")
            )
            due = day + timedelta(days=rng.randint(3, 30))
            buyer = rng.randint(1, BUYERS)
            order_lines = []
            for position in range(1, rng.choice([1, 2, 2, 3]) + 1):
                line_id += 1
                design = rng.choice(list(prices))
                quantity = rng.randint(5, 300)
                order_lines.append((line_id, quantity, prices[design]))
                lines.append(
                    (line_id, *record(uuid.uuid4()), number, position, design, quantity, prices[design])
                )
            orders.append(
                (
                    number,
                    *record(uuid.uuid4()),
                    order_no,
                    buyer,
                    day,
                    due,
                    status,
                    0,
                    None,
                    None,
                    now if status != "draft" else None,
                    now if status == "cancelled" else None,
                    "",
                )
            )
            total = sum(q * p for _, q, p in order_lines)
            if status == "delivered":
                delivery_id += 1
                shipped = min(due, today)
                deliveries.append(
                    (delivery_id, *record(uuid.uuid4()), number, f"SJ{order_no[3:]}-1", shipped, None, "")
                )
                for lid, quantity, _ in order_lines:
                    delivery_lines.append((*record(uuid.uuid4()), delivery_id, lid, quantity))
                paid = total if rng.random() < 0.95 else total // 2
                payments.append((*record(uuid.uuid4()), number, shipped, paid, "cash", False, None, ""))
            elif status in ("confirmed", "ready") and rng.random() < 0.5:
                payments.append((*record(uuid.uuid4()), number, day, total // 3, "transfer", True, None, ""))
        with db.transaction() as session:
            table = Buyer.__table__
            bulk_insert(
                session,
                table,
                (
                    "id",
                    *mixin,
                    "name",
                    "organisation",
                    "kind",
                    "phone",
                    "phone_normalized",
                    "email",
                    "address",
                    "city",
                    "province",
                    "met_via",
                    "tags",
                    "archived",
                    "notes",
                ),
                buyers,
            )
            bulk_insert(
                session,
                Order.__table__,
                (
                    "id",
                    *mixin,
                    "number",
                    "buyer_id",
                    "ordered_on",
                    "due_on",
                    "status",
                    "discount",
                    "sales_event_id",
                    "member_business_id",
                    "confirmed_at",
                    "cancelled_at",
                    "notes",
                ),
                orders,
            )
            bulk_insert(
                session,
                OrderLine.__table__,
                ("id", *mixin, "order_id", "position", "design_id", "quantity", "unit_price"),
                lines,
            )
            bulk_insert(
                session,
                Delivery.__table__,
                ("id", *mixin, "order_id", "number", "delivered_on", "voided_at", "note"),
                deliveries,
            )
            bulk_insert(
                session,
                DeliveryLine.__table__,
                (*mixin, "delivery_id", "order_line_id", "quantity"),
                delivery_lines,
            )
            bulk_insert(
                session,
                Payment.__table__,
                (*mixin, "order_id", "paid_on", "amount", "method", "is_down_payment", "voided_at", "note"),
                payments,
            )
            bulk_insert(session, OrderCounter.__table__, ("year", "last_number"), sorted(counters.items()))
        with db.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()


def ensure_database(rebuild: bool) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    if CACHE.exists() and not rebuild:
        return CACHE
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "orders.sqlite3"
        started = time.perf_counter()
        build(path)
        print(f"built {BUYERS:,} buyers and {ORDERS:,} orders in {time.perf_counter() - started:.1f} s")
        shutil.copyfile(path, CACHE)
    return CACHE


# --- measurements ---------------------------------------------------------------------------------------


def bench_search(db: Database, raw: sqlite3.Connection, runs: int) -> list[Figure]:
    """Typing "sinar 12" then "0812-7" letter by letter: each keystroke is a count and a first page."""
    buyers = BuyerService(db)
    figures = []
    for typed in ("sinar 12", "0812-7", "linggau"):
        prefixes = [typed[:n] for n in range(1, len(typed) + 1)]

        def keystrokes(words: list[str] = prefixes) -> None:
            for text in words:
                query = ListQuery(search=text, sort="name")
                buyers.count(query)
                buyers.page(query, 0, PAGE)

        def raw_keystrokes(words: list[str] = prefixes) -> None:
            for text in words:
                where, params = "archived = 0", []
                for word in text.split():
                    where += " AND (name LIKE ? OR organisation LIKE ? OR city LIKE ? OR phone LIKE ?)"
                    params += [f"%{word}%"] * 4
                raw.execute(f"SELECT count(*) FROM buyer WHERE {where}", params).fetchone()
                raw.execute(
                    f"SELECT id, name, organisation, kind, phone, city, province, archived FROM buyer "
                    f"WHERE {where} ORDER BY name, id LIMIT {PAGE}",
                    params,
                ).fetchall()

        per_key = timed(keystrokes, runs) / len(prefixes)
        raw_per_key = timed(raw_keystrokes, runs) / len(prefixes)
        figures.append(Figure(f"buyer search per keystroke, typing {typed!r}", per_key, raw_per_key, 50))
    return figures


_RAW_ORDERS = """
SELECT o.id, o.number, o.ordered_on, o.due_on, b.name, b.organisation, coalesce(e.name, ''), o.status,
       coalesce(t.subtotal, 0) - o.discount, coalesce(p.paid, 0)
FROM sales_order o JOIN buyer b ON b.id = o.buyer_id
LEFT JOIN sales_event e ON e.id = o.sales_event_id
LEFT JOIN (SELECT order_id, sum(quantity * unit_price) AS subtotal FROM order_line GROUP BY order_id) t
       ON t.order_id = o.id
LEFT JOIN (SELECT order_id, sum(amount) AS paid FROM payment WHERE voided_at IS NULL GROUP BY order_id) p
       ON p.order_id = o.id
WHERE {where} ORDER BY o.number DESC, o.id DESC LIMIT 200
"""


def bench_order_list(db: Database, raw: sqlite3.Connection, runs: int) -> list[Figure]:
    orders = OrderService(db)
    today = date.today().isoformat()
    year = date.today().year
    cases: list[tuple[str, ListQuery, str, list[Any]]] = [
        ("no filter", ListQuery(), "1 = 1", []),
        (
            "open orders",
            ListQuery(filters={"status": "open"}),
            "o.status IN ('draft','confirmed','ready')",
            [],
        ),
        (
            "past due",
            ListQuery(filters={"past_due": True}),
            "o.due_on < ? AND o.status IN ('draft','confirmed','ready')",
            [today],
        ),
        (
            "delivered this year",
            ListQuery(filters={"status": "delivered", "date_from": date(year, 1, 1)}),
            "o.status = 'delivered' AND o.ordered_on >= ?",
            [f"{year}-01-01"],
        ),
        (
            "search 'sinar'",
            ListQuery(search="sinar"),
            "(o.number LIKE ? OR b.name LIKE ? OR b.organisation LIKE ?)",
            ["%sinar%"] * 3,
        ),
        ("buyer 1234", ListQuery(filters={"buyer_id": 1234}), "o.buyer_id = ?", [1234]),
    ]
    figures = []
    for label, query, where, params in cases:

        def service(q: ListQuery = query) -> None:
            orders.count(q)
            orders.page(q, 0, PAGE)

        def baseline(w: str = where, p: list[Any] = params) -> None:
            raw.execute(
                f"SELECT count(*) FROM sales_order o JOIN buyer b ON b.id = o.buyer_id WHERE {w}", p
            ).fetchone()
            raw.execute(_RAW_ORDERS.format(where=w), p).fetchall()

        figures.append(Figure(f"order list: {label}", timed(service, runs), timed(baseline, runs), 200))
    return figures


_RAW_NEEDS = """
SELECT d.id, d.code, d.name, n.open, coalesce(sb.on_hand, 0), n.orders, n.due
FROM design_variant d
JOIN (SELECT ol.design_id, sum(ol.quantity - coalesce(dl.delivered, 0)) AS open,
             count(DISTINCT ol.order_id) AS orders, min(o.due_on) AS due
      FROM order_line ol JOIN sales_order o ON o.id = ol.order_id
      LEFT JOIN (SELECT x.order_line_id, sum(x.quantity) AS delivered FROM delivery_line x
                 JOIN delivery y ON y.id = x.delivery_id WHERE y.voided_at IS NULL
                 GROUP BY x.order_line_id) dl
             ON dl.order_line_id = ol.id
      WHERE o.status IN ('confirmed', 'ready') GROUP BY ol.design_id) n ON n.design_id = d.id
LEFT JOIN stock_balance sb ON sb.design_id = d.id
WHERE n.open > 0 ORDER BY n.due, d.code
"""


def bench_needs(db: Database, raw: sqlite3.Connection, runs: int) -> list[Figure]:
    orders = OrderService(db)
    service = timed(orders.production_needs, runs)
    baseline = timed(lambda: raw.execute(_RAW_NEEDS).fetchall(), runs)
    summary = timed(lambda: BuyerService(db).summary(1234), runs)
    return [
        Figure("what to produce", service, baseline, 200),
        Figure("a buyer's page (orders, most bought, owed)", summary, None, 200),
    ]


def report(figures: list[Figure]) -> None:
    width = max(len(f.name) for f in figures)
    for f in figures:
        raw = f"{f.raw_ms:8.1f} ms" if f.raw_ms is not None else "       -   "
        ratio = f"{f.ratio:5.2f}x" if f.ratio is not None else "    - "
        verdict = "PASS" if f.passed else "FAIL"
        target = f"target {f.target_ms:.0f} ms"
        print(f"{f.name:<{width}}  {f.median_ms:8.1f} ms  raw {raw}  {ratio}  {target}  {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    try:
        source = ensure_database(args.rebuild)
    except Exception as exc:  # a measurement that cannot run says so and exits 1
        print(f"cannot build the benchmark database: {exc!r}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "orders.sqlite3"
        shutil.copyfile(source, path)
        db = Database.open(f"sqlite:///{path}", migrate=False, actor="bench")
        raw = sqlite3.connect(path)
        try:
            figures = [
                *bench_search(db, raw, args.runs),
                *bench_order_list(db, raw, args.runs),
                *bench_needs(db, raw, args.runs),
            ]
        finally:
            raw.close()
            db.dispose()
    if args.json:
        print(json.dumps([f.as_json() for f in figures], indent=2))
    else:
        print(f"{BUYERS:,} buyers, {ORDERS:,} orders ({OPEN_ORDERS} still open), median of {args.runs} runs")
        report(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
