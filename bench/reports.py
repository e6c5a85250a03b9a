"""Printed-sheet benchmark: each figure beside a plain ReportLab or raw-SQL baseline in the same run.

Targets (issue 5), each printed with PASS or FAIL:

- a stock sheet of 5,000 items under 3 s, and within 1.5x of plain ReportLab building a
  ``LongTable`` of the same rows (plain-string cells, the same embedded font, header repeated);
- a one-page order sheet under 150 ms once ReportLab is loaded (fonts registered);
- the production summary of a month over a database of about 1,000,000 entries under 500 ms
  (the queries through the service plus the PDF), beside raw ``sqlite3`` running the same
  GROUP BY queries.

For contrast it also times the 5,000-row table with a ``Paragraph`` in every cell, the cost the
sheet avoids by wrapping plain strings itself.

The million-entry database is made once with ``sentra-desktop demo-data --years 10 --scale
large`` and cached as ``bench/out/large-10y.sqlite3`` (gitignored, the same cache as
``bench/production.py``); runs work on a copy. This is a measurement, not a test: it exits 0
whatever the figures, 1 only when it cannot run.

Usage: ``python bench/reports.py [--runs N] [--rebuild] [--skip-large] [--json]``.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from measure import Figure, timed  # noqa: E402  (bench/ is on sys.path: the scripts run from it)
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Table, TableStyle  # noqa: E402

from sentra_desktop.core.sheets import (  # noqa: E402
    BuyerInfo,
    OrderLineData,
    OrderSheetData,
    PaymentData,
    SentraInfo,
    StockSheetData,
    StockSheetItem,
)
from sentra_desktop.printing import render  # noqa: E402
from sentra_desktop.reports.fonts import BOLD, MAIN, register_fonts  # noqa: E402

OUT = ROOT / "bench" / "out"
CACHE = OUT / "large-10y.sqlite3"
SENTRA = SentraInfo(
    name="Sentra Souvenir Karet Talang Kedondong", address="Jl. Talang Kedondong 9, Palembang"
)


# --- stock sheet ------------------------------------------------------------------------------


def stock_items(count: int) -> list[StockSheetItem]:
    """Realistic items: names of varied length, a few long enough to wrap, one over-long word."""
    items = []
    for n in range(count):
        name = f"Gantungan Kunci Motif {n} " + ("Songket Palembang " * (n % 4))
        if n % 500 == 7:
            name += "Gantungankuncikaretsabutretpalembangsumateraselatan"
        items.append(
            StockSheetItem(
                f"GK-{n:05d}", name.strip(), f"Jenis {n // 250:02d}", "pcs", Decimal(n % 400), Decimal(100)
            )
        )
    return items


def stock_rows(items: list[StockSheetItem]) -> list[list[str]]:
    return [
        [str(i), it.code, it.name, "pcs", str(it.on_hand), str(it.low_stock_level), "", ""]
        for i, it in enumerate(items, start=1)
    ]


HEADER = ["No", "Kode", "Nama", "Satuan", "Stok", "Batas", "Ket.", "Dihitung"]
WIDTHS = [w * mm for w in (10, 25, 72, 13, 15, 14, 15, 18)]


def plain_long_table(rows: list[list[str]]) -> bytes:
    """The baseline: a LongTable of plain strings in the same embedded font, header repeated."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, initialFontName=MAIN)
    table = LongTable([HEADER, *rows], colWidths=WIDTHS, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), MAIN, 9),
                ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, "grey"),
            ]
        )
    )
    doc.build([table])
    return buffer.getvalue()


def paragraph_long_table(rows: list[list[str]]) -> bytes:
    """For contrast: the same table with a Paragraph in every cell."""
    style = ParagraphStyle("cell", fontName=MAIN, fontSize=9, leading=11)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, initialFontName=MAIN)
    data = [HEADER, *[[Paragraph(cell, style) for cell in row] for row in rows]]
    doc.build([LongTable(data, colWidths=WIDTHS, repeatRows=1)])
    return buffer.getvalue()


# --- order sheet ------------------------------------------------------------------------------


def order() -> OrderSheetData:
    lines = [
        OrderLineData(
            f"GK-{n:03d}", f"Gantungan Kunci Motif Jembatan Ampera {n}", 100 + n * 50, 10_000 + n * 500
        )
        for n in range(8)
    ]
    return OrderSheetData(
        sentra=SENTRA,
        number="PSN-2026-0042",
        ordered_on=date(2026, 11, 5),
        due_on=date(2026, 11, 30),
        status="confirmed",
        buyer=BuyerInfo(
            "Hj. Rosmala Dewi", "Toko Oleh-Oleh Kemaro Jaya", "0813-6654-9233", "Jl. Merdeka 1", "Palembang"
        ),
        lines=lines,
        discount=50_000,
        payments=[PaymentData(date(2026, 11, 5), 1_000_000, "cash", True)],
        notes="Bungkus per lusin.",
    )


def plain_order_table(data: OrderSheetData) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, initialFontName=MAIN)
    rows = [["No", "Kode", "Desain", "Jumlah", "Harga", "Jumlah harga"]]
    rows += [
        [str(i), ln.code, ln.name, str(ln.quantity), str(ln.unit_price), str(ln.amount)]
        for i, ln in enumerate(data.lines, 1)
    ]
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), MAIN, 9)]))
    doc.build([table])
    return buffer.getvalue()


# --- production summary over a million entries --------------------------------------------------


def ensure_large_database(rebuild: bool) -> Path:
    """The cached million-entry database, made with the command line when missing."""
    if CACHE.exists() and not rebuild:
        return CACHE
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sentra-bench-") as folder:
        print("making the large demo database (a few minutes) ...", flush=True)
        command = [sys.executable, "-m", "sentra_desktop", "--data-dir", folder, "demo-data"]
        command += ["--years", "10", "--scale", "large"]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"demo-data failed:\n{result.stderr[-2000:]}")
        made = Path(folder) / "sentra.sqlite3"
        with sqlite3.connect(made) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.move(str(made), CACHE)
    return CACHE


RAW_SUMMARY = [
    "SELECT design_id, count(*), sum(good_qty), sum(reject_qty) FROM production_entry "
    "WHERE voided_at IS NULL AND produced_on >= ? AND produced_on <= ? GROUP BY design_id",
    "SELECT maker_id, count(*), sum(good_qty), sum(reject_qty) FROM production_entry "
    "WHERE voided_at IS NULL AND produced_on >= ? AND produced_on <= ? GROUP BY maker_id",
    "SELECT produced_on, sum(good_qty), sum(reject_qty) FROM production_entry "
    "WHERE voided_at IS NULL AND produced_on >= ? AND produced_on <= ? GROUP BY produced_on",
]


def production_figures(runs: int, rebuild: bool) -> list[Figure]:
    from sentra_desktop.services.database import Database
    from sentra_desktop.services.report_data import ReportDataService

    source = ensure_large_database(rebuild)
    with tempfile.TemporaryDirectory(prefix="sentra-bench-") as folder:
        path = Path(folder) / "sentra.sqlite3"
        shutil.copyfile(source, path)
        conn = sqlite3.connect(path)
        entries = conn.execute("SELECT count(*) FROM production_entry").fetchone()[0]
        last = date.fromisoformat(conn.execute("SELECT max(produced_on) FROM production_entry").fetchone()[0])
        start = (last.replace(day=1) - timedelta(days=1)).replace(day=1)  # the last whole month
        end = last.replace(day=1) - timedelta(days=1)
        params = (start.isoformat(), end.isoformat())

        def raw() -> None:
            for sql in RAW_SUMMARY:
                conn.execute(sql, params).fetchall()

        db = Database.open(f"sqlite:///{path}")
        reports = ReportDataService(db)
        try:
            query_ms = timed(lambda: reports.production_summary(start, end), runs)
            whole_ms = timed(lambda: render(reports.production_summary(start, end)), runs)
            raw_ms = timed(raw, runs)
            pages = render(reports.production_summary(start, end)).count(b"/Type /Page\n")
        finally:
            db.dispose()
            conn.close()
    note = f"{entries:,} entries; {start:%B %Y}; {pages} page(s)"
    return [
        Figure("production summary of a month: queries", query_ms, raw_ms, None, note=note),
        Figure("production summary of a month: queries + PDF", whole_ms, raw_ms, 500.0, note=note),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true", help="make the million-entry database again")
    parser.add_argument("--skip-large", action="store_true", help="leave out the million-entry figure")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    register_fonts()
    figures: list[Figure] = []

    items = stock_items(5000)
    rows = stock_rows(items)
    data = StockSheetData(SENTRA, date(2026, 11, 28), items, [])
    runs = max(1, args.runs // 2)
    sheet_ms = timed(lambda: render(data), runs)
    plain_ms = timed(lambda: plain_long_table(rows), runs)
    pages = render(data).count(b"/Type /Page\n")
    figures.append(
        Figure(
            "stock sheet, 5,000 items",
            sheet_ms,
            plain_ms,
            3000.0,
            1.5,
            f"{pages} pages; baseline: plain LongTable",
        )
    )
    para_ms = timed(lambda: paragraph_long_table(rows), 1)
    figures.append(Figure("for contrast: LongTable, a Paragraph in every cell", para_ms, plain_ms, None))

    sheet = order()
    figures.append(
        Figure(
            "order sheet, one page",
            timed(lambda: render(sheet), args.runs * 4),
            timed(lambda: plain_order_table(sheet), args.runs * 4),
            150.0,
            note="baseline: the lines as a plain Table",
        )
    )
    if not args.skip_large:
        figures.extend(production_figures(args.runs, args.rebuild))

    if args.json:
        print(json.dumps([f.as_json() for f in figures], indent=2))
        return 0
    for f in figures:
        baseline = f"{f.raw_ms:8.1f} ms" if f.raw_ms is not None else " " * 11
        ratio = f"{f.ratio:5.2f}x" if f.ratio is not None else "      "
        target = f"< {f.target_ms:.0f} ms" if f.target_ms else ""
        if f.ratio_target:
            target += f", <= {f.ratio_target}x"
        verdict = ("PASS" if f.passed else "FAIL") if (f.target_ms or f.ratio_target) else "    "
        print(f"{verdict} {f.name:<52} {f.median_ms:8.1f} ms  baseline {baseline}  {ratio}  {target}")
        if f.note:
            print(f"     {f.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
