"""Production and stock benchmark: saving entries, the production list at a million, stock, bulk.

Targets (issue 3), each printed with PASS or FAIL:

- saving one production entry with its stock postings through the service: median under 10 ms,
  and within 5x of raw ``sqlite3`` making the same reads, inserts and updates (audit rows
  included) in one transaction on the same database;
- the production list over about 1,000,000 entries, through the service methods the table model
  calls: first rows (count + first page) under 150 ms, a filter change (the totals, whose count
  sizes the list, + first page) under 200 ms, jumping to the last row (the last page, count
  known) under 150 ms;
- stock on hand for every item (the Stok overview and the low-stock alert) under 50 ms;
- importing 10,000 entries with ``bulk_create`` under 2 s.

Every figure is printed next to a raw-SQL baseline measured in the same run on the same file:
the same statements through ``sqlite3`` for saving and importing, and the straightforward SQL
(a join with OFFSET) for the list, so the ratio says what the service layer costs or saves.

The million-entry database is made once with ``sentra-desktop demo-data --years 10 --scale
large`` in a temporary folder and cached as ``bench/out/large-10y.sqlite3`` (gitignored); every
run works on a copy, so the cache stays as generated. ``--rebuild`` makes it again.

This is a measurement, not a test: it exits 0 whatever the figures, 1 only when it cannot run.

Usage: ``python bench/production.py [--runs N] [--saves N] [--rebuild] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
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

from sentra_desktop.core.enums import StockItemKind  # noqa: E402
from sentra_desktop.services.database import Database  # noqa: E402
from sentra_desktop.services.listing import ListQuery  # noqa: E402
from sentra_desktop.services.production import ProductionInput, ProductionService  # noqa: E402
from sentra_desktop.services.stock import StockService  # noqa: E402

OUT = ROOT / "bench" / "out"
CACHE = OUT / "large-10y.sqlite3"
PAGE = 100
BULK_ROWS = 10_000


def ensure_large_database(rebuild: bool) -> Path:
    """The cached million-entry database, made with the command line when missing."""
    if CACHE.exists() and not rebuild:
        return CACHE
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sentra-bench-") as folder:
        print("making the large demo database (about five minutes) ...", flush=True)
        start = time.perf_counter()
        command = [sys.executable, "-m", "sentra_desktop", "--data-dir", folder, "demo-data"]
        command += ["--years", "10", "--scale", "large"]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"demo-data failed:\n{result.stderr[-2000:]}")
        print(f"  {result.stdout.strip()}\n  made in {time.perf_counter() - start:.0f} s", flush=True)
        made = Path(folder) / "sentra.sqlite3"
        with sqlite3.connect(made) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.move(str(made), CACHE)
    return CACHE


def working_copy(source: Path, folder: Path) -> Path:
    target = folder / "sentra.sqlite3"
    shutil.copyfile(source, target)
    return target


def raw_connection(path: Path) -> sqlite3.Connection:
    """sqlite3 with the program's pragmas (WAL, synchronous=FULL, foreign keys), autocommit off."""
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", "busy_timeout=10000", "journal_mode=WAL", "synchronous=FULL"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


# --- saving one entry ------------------------------------------------------------------------


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def raw_save(conn: sqlite3.Connection, code: str, maker_id: int, day: date, good: int, reject: int) -> None:
    """What the service does for one entry, as plain statements in one transaction."""
    now, actor = _now(), "Bench"
    conn.execute("BEGIN")
    design_id, design_code, _, _ = conn.execute(
        "SELECT id, code, name, status FROM design_variant WHERE code = ?", (code,)
    ).fetchone()
    _, maker_name, business_id, _ = conn.execute(
        "SELECT id, name, member_business_id, active FROM maker WHERE id = ?", (maker_id,)
    ).fetchone()
    conn.execute(
        "SELECT id FROM production_entry WHERE design_id = ? AND produced_on = ? AND maker_id = ?"
        " AND voided_at IS NULL LIMIT 1",
        (design_id, day.isoformat(), maker_id),
    ).fetchone()
    recipe = conn.execute(
        "SELECT material_id, quantity_per_piece FROM recipe_line WHERE design_id = ? ORDER BY id",
        (design_id,),
    ).fetchall()
    entry_uuid = uuid.uuid4().hex
    cursor = conn.execute(
        "INSERT INTO production_entry (uuid, created_at, updated_at, created_by, updated_by, version,"
        " produced_on, month, design_id, maker_id, member_business_id, good_qty, reject_qty, voided_at, note)"
        " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, NULL, '')",
        (entry_uuid, now, now, actor, actor, day.isoformat(), day.isoformat()[:7], design_id, maker_id,
         business_id, good, reject),
    )  # fmt: skip
    entry_id = cursor.lastrowid
    reference = f"{design_code} / {maker_name}"[:60]
    moves = [(None, material_id, -per_piece * (good + reject)) for material_id, per_piece in recipe]
    if good:
        moves.insert(0, (design_id, None, good * 1000))
    conn.executemany(
        "INSERT INTO stock_movement (uuid, created_at, created_by, moved_on, kind, design_id, material_id,"
        " quantity, reference, member_business_id, production_entry_id, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
        [
            (uuid.uuid4().hex, now, actor, day.isoformat(), "production_in" if d else "production_use",
             d, m, q, reference, business_id, entry_id)
            for d, m, q in moves
        ],
    )  # fmt: skip
    for column, rows in (
        ("design_id", [(d, None, q, now) for d, m, q in moves if d]),
        ("material_id", [(None, m, q, now) for d, m, q in moves if m]),
    ):
        conn.executemany(
            "INSERT INTO stock_balance (design_id, material_id, on_hand, updated_at) VALUES (?, ?, ?, ?)"
            f" ON CONFLICT ({column}) DO UPDATE SET on_hand = on_hand + excluded.on_hand,"
            " updated_at = excluded.updated_at",
            rows,
        )
    conn.executemany(
        "INSERT INTO audit_log (at, actor, action, table_name, record_id, record_uuid, changes)"
        " VALUES (?, ?, 'insert', ?, ?, ?, '{}')",
        [(now, actor, "production_entry", entry_id, entry_uuid)]
        + [(now, actor, "stock_movement", None, None)] * len(moves),
    )
    materials = [m for _, m, _ in moves if m]
    if materials:
        marks = ", ".join("?" * len(materials))
        conn.execute(
            f"SELECT material_id FROM stock_balance WHERE material_id IN ({marks}) AND on_hand < 0", materials
        ).fetchall()
    conn.execute("COMMIT")


def bench_saves(path: Path, saves: int) -> list[Figure]:
    """Median of ``saves`` service saves and of as many raw saves, alternating in blocks."""
    db = Database.open(f"sqlite:///{path}", actor="Bench")
    service = ProductionService(db)
    codes = [d.code for d in service.design_choices()]
    makers = [m.id for m in service.maker_choices()]
    conn = raw_connection(path)
    today = date.today()
    service_times: list[float] = []
    raw_times: list[float] = []
    for i in range(saves + 10):
        code, maker, day = codes[i % len(codes)], makers[(i * 7) % len(makers)], today - timedelta(days=i % 5)
        data = ProductionInput(day, code, maker, str(12 + i % 9), str(i % 3))
        start = time.perf_counter()
        service.create(data, allow_duplicate=True)
        elapsed_service = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        raw_save(conn, code, maker, day, 12 + i % 9, i % 3)
        elapsed_raw = (time.perf_counter() - start) * 1000
        if i >= 10:  # the first saves warm the caches of both
            service_times.append(elapsed_service)
            raw_times.append(elapsed_raw)
    conn.close()
    db.dispose()
    return [
        Figure(
            "save one entry with postings",
            statistics.median(service_times),
            statistics.median(raw_times),
            10.0,
            5.0,
            f"{saves} saves each",
        )
    ]


# --- the production list ---------------------------------------------------------------------

_RAW_LIST = (
    "SELECT p.id, p.produced_on, d.code, d.name, t.name, m.name, p.good_qty, p.reject_qty, p.note, p.version"
    " FROM production_entry p JOIN design_variant d ON d.id = p.design_id"
    " JOIN product_type t ON t.id = d.product_type_id JOIN maker m ON m.id = p.maker_id"
    " WHERE p.voided_at IS NULL {where} ORDER BY p.produced_on DESC, p.id DESC LIMIT ? OFFSET ?"
)
_RAW_COUNT = "SELECT count(*) FROM production_entry p WHERE p.voided_at IS NULL {where}"
_RAW_TOTALS = (
    "SELECT count(*), sum(p.good_qty), sum(p.reject_qty) FROM production_entry p"
    " WHERE p.voided_at IS NULL {where}"
)


def bench_list(path: Path, runs: int) -> list[Figure]:
    db = Database.open(f"sqlite:///{path}")
    service = ProductionService(db)
    conn = raw_connection(path)
    entries = conn.execute("SELECT count(*) FROM production_entry WHERE voided_at IS NULL").fetchone()[0]
    last_day = date.fromisoformat(conn.execute("SELECT max(produced_on) FROM production_entry").fetchone()[0])
    type_id, design_id = conn.execute(
        "SELECT product_type_id, id FROM design_variant GROUP BY product_type_id ORDER BY count(*) DESC"
    ).fetchone()
    maker_id = conn.execute("SELECT id FROM maker ORDER BY name LIMIT 1").fetchone()[0]
    year_ago = last_day - timedelta(days=365)
    filters: list[tuple[str, ListQuery, str, tuple[Any, ...]]] = [
        ("everything", ListQuery(), "", ()),
        (
            "last 31 days",
            ListQuery(filters={"date_from": last_day - timedelta(days=30), "date_to": last_day}),
            "AND p.produced_on >= ? AND p.produced_on <= ?",
            ((last_day - timedelta(days=30)).isoformat(), last_day.isoformat()),
        ),
        (
            "product type (largest)",
            ListQuery(filters={"product_type_id": type_id}),
            "AND p.design_id IN (SELECT id FROM design_variant WHERE product_type_id = ?)",
            (type_id,),
        ),
        ("one design", ListQuery(filters={"design_id": design_id}), "AND p.design_id = ?", (design_id,)),
        ("one maker", ListQuery(filters={"maker_id": maker_id}), "AND p.maker_id = ?", (maker_id,)),
        (
            "type + last year",
            ListQuery(filters={"product_type_id": type_id, "date_from": year_ago}),
            "AND p.design_id IN (SELECT id FROM design_variant WHERE product_type_id = ?)"
            " AND p.produced_on >= ?",
            (type_id, year_ago.isoformat()),
        ),
        ("search 'ampera'", ListQuery(search="ampera"), "", ()),
    ]
    figures = []
    everything = filters[0][1]

    def first_rows() -> None:
        service.count(everything)
        service.page(everything, 0, PAGE)

    def raw_first_rows() -> None:
        conn.execute(_RAW_COUNT.format(where="")).fetchone()
        conn.execute(_RAW_LIST.format(where=""), (PAGE, 0)).fetchall()

    figures.append(
        Figure(
            "list: first rows (count + first page)",
            timed(first_rows, runs),
            timed(raw_first_rows, runs),
            150.0,
            note=f"{entries:,} entries",
        )
    )
    worst_name, worst, worst_raw = "", 0.0, 0.0
    for name, query, where, params in filters:

        def change(query: ListQuery = query) -> None:
            service.totals(query)  # the page sizes the list from the totals' count
            service.page(query, 0, PAGE)

        measured = timed(change, runs)
        raw = None
        if where or name == "everything":

            def raw_change(where: str = where, params: tuple[Any, ...] = params) -> None:
                conn.execute(_RAW_TOTALS.format(where=where), params).fetchone()
                conn.execute(_RAW_LIST.format(where=where), (*params, PAGE, 0)).fetchall()

            raw = timed(raw_change, runs)
        print(f"    filter change, {name:24s} {measured:8.1f} ms" + (f"   raw {raw:8.1f} ms" if raw else ""))
        if measured > worst:
            worst_name, worst, worst_raw = name, measured, raw or 0.0
    note = f"slowest of {len(filters)} filters: {worst_name}"
    figures.append(Figure("list: filter change (totals + page)", worst, worst_raw or None, 200.0, note=note))
    total = service.count(everything)

    def last_page() -> None:
        service.page(everything, max(0, total - PAGE), PAGE)

    def raw_last_page() -> None:
        conn.execute(_RAW_LIST.format(where=""), (PAGE, max(0, total - PAGE))).fetchall()

    figures.append(
        Figure("list: jump to the last row", timed(last_page, runs), timed(raw_last_page, 3), 150.0)
    )
    for sort in ("design", "good_qty"):
        query = ListQuery(sort=sort, descending=True)

        def middle(query: ListQuery = query) -> None:
            service.page(query, total // 2, PAGE)

        print(f"    sorted by {sort}, a page in the middle: {timed(middle, 3):8.1f} ms (no target)")
    conn.close()
    db.dispose()
    return figures


# --- stock on hand ---------------------------------------------------------------------------


def bench_stock(path: Path, runs: int) -> list[Figure]:
    db = Database.open(f"sqlite:///{path}")
    service = StockService(db)
    conn = raw_connection(path)
    movements = conn.execute("SELECT count(*) FROM stock_movement").fetchone()[0]

    def every_item() -> None:
        query = ListQuery()
        service.page(query, 0, service.count(query))
        service.low_stock_items()

    def raw_every_item() -> None:
        conn.execute("SELECT count(*) FROM design_variant").fetchone()
        conn.execute(
            "SELECT d.id, d.code, d.name, coalesce(b.on_hand, 0) FROM design_variant d"
            " LEFT JOIN stock_balance b ON b.design_id = d.id"
            " UNION ALL SELECT m.id, m.code, m.name, coalesce(b.on_hand, 0) FROM material m"
            " LEFT JOIN stock_balance b ON b.material_id = m.id"
        ).fetchall()

    figure = Figure(
        "stock on hand for every item (+ low-stock alert)",
        timed(every_item, runs),
        timed(raw_every_item, runs),
        50.0,
        note=f"{movements:,} ledger rows",
    )
    busiest = conn.execute(
        "SELECT material_id FROM stock_balance WHERE material_id IS NOT NULL"
        " ORDER BY (SELECT count(*) FROM recipe_line r WHERE r.material_id = stock_balance.material_id) DESC"
    ).fetchone()[0]
    month_ago = date.today() - timedelta(days=31)
    history = timed(lambda: service.item_history(StockItemKind.MATERIAL, busiest, month_ago), 3)
    ledger = timed(lambda: service.ledger_page(ListQuery(descending=True), 0, PAGE), 3)
    print(f"    item history, 31 days of the busiest material: {history:8.1f} ms (no target)")
    print(f"    ledger, newest page with running balances:     {ledger:8.1f} ms (no target)")
    conn.close()
    db.dispose()
    return [figure]


# --- bulk import -----------------------------------------------------------------------------


def bench_bulk(path: Path, label: str = "") -> list[Figure]:
    db = Database.open(f"sqlite:///{path}", actor="Bench")
    service = ProductionService(db)
    codes = [d.code for d in service.design_choices()]
    makers = [m.id for m in service.maker_choices()]
    today = date.today()
    rows = [
        ProductionInput(today - timedelta(days=i % 30), codes[i % len(codes)], makers[(i * 7) % len(makers)],
                        str(5 + i % 40), str(i % 4))
        for i in range(BULK_ROWS)
    ]  # fmt: skip
    start = time.perf_counter()
    saved = service.bulk_create(rows)
    elapsed = (time.perf_counter() - start) * 1000
    db.dispose()
    raw = raw_bulk(path, codes, makers, today)
    note = "with movements and balances"
    return [Figure(f"bulk_create {saved:,} entries{label}", elapsed, raw, 2000.0, note=note)]


def raw_bulk(path: Path, codes: list[str], makers: list[int], today: date) -> float:
    """The same 10,000 entries with their movements and balances through plain executemany."""
    conn = raw_connection(path)
    designs = dict(conn.execute("SELECT code, id FROM design_variant").fetchall())
    business = dict(conn.execute("SELECT id, member_business_id FROM maker").fetchall())
    recipes: dict[int, list[tuple[int, int]]] = {}
    for design_id, material_id, per_piece in conn.execute(
        "SELECT design_id, material_id, quantity_per_piece FROM recipe_line ORDER BY id"
    ):
        recipes.setdefault(design_id, []).append((material_id, per_piece))
    start = time.perf_counter()
    now = _now()
    conn.execute("BEGIN")
    first = (conn.execute("SELECT coalesce(max(id), 0) FROM production_entry").fetchone()[0]) + 1
    entries, moves, deltas = [], [], {}
    for i in range(BULK_ROWS):
        day = (today - timedelta(days=i % 30)).isoformat()
        design_id, maker = designs[codes[i % len(codes)]], makers[(i * 7) % len(makers)]
        good, reject = 5 + i % 40, i % 4
        entry_id = first + i
        entries.append((entry_id, uuid.uuid4().hex, now, now, "Bench", "Bench", day, day[:7], design_id,
                        maker, business[maker], good, reject))  # fmt: skip
        items = [(design_id, None, good * 1000)] + [
            (None, m, -q * (good + reject)) for m, q in recipes.get(design_id, [])
        ]
        for d, m, q in items:
            kind = "production_in" if d else "production_use"
            moves.append((uuid.uuid4().hex, now, "Bench", day, kind, d, m, q, "ref", business[maker],
                          entry_id))  # fmt: skip
            deltas[(d, m)] = deltas.get((d, m), 0) + q
    conn.executemany(
        "INSERT INTO production_entry (id, uuid, created_at, updated_at, created_by, updated_by, version,"
        " produced_on, month, design_id, maker_id, member_business_id, good_qty, reject_qty, voided_at, note)"
        " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, NULL, '')",
        entries,
    )
    conn.executemany(
        "INSERT INTO stock_movement (uuid, created_at, created_by, moved_on, kind, design_id, material_id,"
        " quantity, reference, member_business_id, production_entry_id, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
        moves,
    )
    conn.executemany(
        "UPDATE stock_balance SET on_hand = on_hand + ? WHERE design_id IS ? AND material_id IS ?",
        [(q, d, m) for (d, m), q in deltas.items()],
    )
    conn.execute("COMMIT")
    elapsed = (time.perf_counter() - start) * 1000
    conn.close()
    return elapsed


# --- report ----------------------------------------------------------------------------------


def report(figures: list[Figure]) -> None:
    print()
    print(f"{'figure':50s} {'median':>10s} {'raw SQL':>10s} {'ratio':>7s} {'target':>16s}  verdict")
    for f in figures:
        raw = f"{f.raw_ms:8.1f}ms" if f.raw_ms else "-"
        ratio = f"{f.ratio:6.2f}x" if f.ratio is not None else "-"
        target = f"< {f.target_ms:.0f} ms" if f.target_ms else ""
        if f.ratio_target:
            target += f", <= {f.ratio_target:.0f}x"
        print(
            f"{f.name:50s} {f.median_ms:8.1f}ms {raw:>10s} {ratio:>7s} {target:>16s}  "
            f"{'PASS' if f.passed else 'FAIL'}  {f.note}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each list and stock figure")
    parser.add_argument("--saves", type=int, default=200, help="entries saved by each contender")
    parser.add_argument("--rebuild", action="store_true", help="make the large database again")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON at the end")
    args = parser.parse_args(argv)
    source = ensure_large_database(args.rebuild)
    with tempfile.TemporaryDirectory(prefix="sentra-bench-") as folder:
        path = working_copy(source, Path(folder))
        Database.open(f"sqlite:///{path}").dispose()  # migrate the copy once, outside the timings
        figures: list[Figure] = []
        print("production list:", flush=True)
        figures += bench_list(path, args.runs)
        print("stock:", flush=True)
        figures += bench_stock(path, args.runs)
        print("saving:", flush=True)
        figures += bench_saves(path, args.saves)
        print("bulk import:", flush=True)
        figures += bench_bulk(path, " (1M database)")
        small = Path(folder) / "small"
        small.mkdir()
        made = subprocess.run(
            [sys.executable, "-m", "sentra_desktop", "--data-dir", str(small), "demo-data", "--days", "30"],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
        if made.returncode != 0:
            raise SystemExit(f"demo-data failed:\n{made.stderr[-2000:]}")
        figures += bench_bulk(small / "sentra.sqlite3", " (30-day demo)")
    report(figures)
    if args.json:
        print(json.dumps([f.as_json() for f in figures], indent=2))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
