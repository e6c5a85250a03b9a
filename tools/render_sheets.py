"""Render page 1 of every printed sheet, made from a demo database, into docs/screenshots/.

Makes a demo sentra in a temporary folder (``sentra-desktop demo-data``), gives it the program's
icon as its logo so the header shows one, prints each sheet with the ``report`` command, and
turns page 1 into a PNG with ``pdftoppm -r 70`` (Debian's poppler-utils). Look at the pictures
after a change to a sheet: they are what a sentra hands a buyer.

Usage: ``python tools/render_sheets.py [--keep DIR]`` (``--keep`` also keeps the PDFs there).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))


def run(data_dir: Path, *args: str) -> None:
    command = [sys.executable, "-m", "sentra_desktop", "--data-dir", str(data_dir), *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=ROOT)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{result.stderr}")


def add_logo(data_dir: Path) -> None:
    from sentra_desktop.services.database import Database
    from sentra_desktop.services.profile import ProfileInput, ProfileService

    db = Database.open(f"sqlite:///{data_dir / 'sentra.sqlite3'}")
    try:
        profiles = ProfileService(db)
        profile = asdict(profiles.get())
        version = profile.pop("version")
        profile.pop("logo")
        logo = (ROOT / "resources" / "icons" / "sentra.png").read_bytes()
        profiles.save(ProfileInput(**profile, logo=logo), version)
    finally:
        db.dispose()


def pick(data_dir: Path) -> dict[str, str]:
    """An order with several lines and payments, a delivery of several lines, the last full month."""
    with sqlite3.connect(data_dir / "sentra.sqlite3") as conn:
        order = conn.execute(
            "SELECT o.number FROM sales_order o JOIN order_line l ON l.order_id = o.id "
            "WHERE EXISTS (SELECT 1 FROM payment p WHERE p.order_id = o.id) AND o.discount > 0 "
            "GROUP BY o.id ORDER BY count(*) DESC, o.id DESC LIMIT 1"
        ).fetchone()[0]
        delivery = conn.execute(
            "SELECT d.number FROM delivery d JOIN delivery_line l ON l.delivery_id = d.id "
            "GROUP BY d.id ORDER BY count(*) DESC, d.id DESC LIMIT 1"
        ).fetchone()[0]
        last = conn.execute("SELECT max(produced_on) FROM production_entry").fetchone()[0]
    year, month = int(last[:4]), int(last[5:7])
    year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return {"order": order, "delivery": delivery, "month": f"{year:04d}-{month:02d}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", metavar="DIR", help="also keep the PDFs in DIR")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm not found: apt-get install poppler-utils")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sentra-sheets-") as folder:
        data_dir = Path(folder) / "data"
        run(data_dir, "demo-data")
        add_logo(data_dir)
        chosen = pick(data_dir)
        sheets = {
            "laporan-produksi": ["production", "--month", chosen["month"]],
            "laporan-stok": ["stock"],
            "kartu-stok": ["stock-card", "--item", "LTX", "--month", chosen["month"]],
            "laporan-pesanan": ["order", "--number", chosen["order"]],
            "surat-jalan": ["delivery", "--number", chosen["delivery"]],
            "laporan-pembeli": ["buyers"],
        }
        pdf_dir = Path(args.keep) if args.keep else Path(folder)
        pdf_dir.mkdir(parents=True, exist_ok=True)
        for name, report in sheets.items():
            pdf = pdf_dir / f"{name}.pdf"
            run(data_dir, "report", *report, "--out", str(pdf))
            target = OUT / name
            subprocess.run(
                ["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target)],
                check=True,
                env=dict(os.environ),
            )
            print(f"{target}.png")


if __name__ == "__main__":
    main()
