"""Render the agency window's side-by-side page into docs/screenshots/agency-side-by-side.png.

Twelve sentra made from three demo sentra (seeds 11 to 13, each registered under four names and
places, as replicas without packets: the picture is of the view, not of the import), the year
2025, offscreen at 1366×768. ``python tools/agency_screenshot.py [OUT.png]``; with
QT_SCALE_FACTOR=1.25 it shows the 125 % case.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from sentra_desktop.core.performance import PeriodKind  # noqa: E402
from sentra_desktop.services.agency.view import AgencyViewService  # noqa: E402
from sentra_desktop.ui.agency.window import AgencyWindow  # noqa: E402
from sentra_desktop.ui.i18n import install_translators  # noqa: E402
from tests.agency_replicas import demo_file, plant_overlaps, replica  # noqa: E402

SENTRA = (
    ("Sentra Karet Palembang", "16", "16.71"),
    ("Sentra Sabutret Banyuasin", "16", "16.07"),
    ("Sentra Kriya Bandung", "32", "32.73"),
    ("Sentra Anyaman Ogan Ilir", "16", "16.10"),
    ("Sentra Songket Palembang", "16", "16.71"),
    ("Sentra Rotan Cirebon", "32", "32.09"),
    ("Sentra Kulit Garut", "32", "32.05"),
    ("Sentra Batik Jambi", "15", "15.71"),
    ("Sentra Karet Musi Banyuasin", "16", "16.06"),
    ("Sentra Gerabah Plered", "32", "32.14"),
    ("Sentra Tenun Lubuklinggau", "16", "16.73"),
    ("Sentra Bambu Tasikmalaya", "32", "32.78"),
)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots" / "agency-side-by-side.png"
    app = QApplication(sys.argv[:1])
    install_translators(app, "id")
    now = datetime.now(UTC)
    heard = [now - timedelta(days=10), now - timedelta(days=120), None]
    heard += [now - timedelta(days=3 + 4 * n) for n in range(9)]
    with tempfile.TemporaryDirectory() as folder:
        files = [demo_file(Path(folder), seed) for seed in (11, 12, 13)]
        replicas = [replica(files[n % 3], *SENTRA[n], heard[n], n) for n in range(len(SENTRA))]
        plant_overlaps(replicas[0].database, replicas[1].database)
        window = AgencyWindow(
            AgencyViewService(replicas[0].database, lambda: replicas), location="/data/dinas"
        )
        scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
        window.resize(round(1366 / scale), round(728 / scale))
        window.show()
        window.comparison.set_period(PeriodKind.YEAR, date(2025, 1, 1))
        deadline = time.monotonic() + 120
        while window.comparison.model.rowCount() < len(SENTRA) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out))
        window.close()
        for r in replicas:
            r.database.dispose()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
