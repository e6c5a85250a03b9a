"""Render the agency window's side-by-side page into docs/screenshots/agency-side-by-side.png.

From a demo agency filled by real packets: first
``sentra-desktop --agency --data-dir DIR demo-agency --sentra 12``, then
``python tools/agency_screenshot.py DIR [OUT.png]`` (offscreen at 1366×768; with
QT_SCALE_FACTOR=1.25 the 125 % case). The period shown is the current year.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sentra_desktop.core.paths import DataDir  # noqa: E402
from sentra_desktop.core.performance import PeriodKind  # noqa: E402
from sentra_desktop.services.agency.service import AgencyService  # noqa: E402
from sentra_desktop.services.agency.store import Agency  # noqa: E402
from sentra_desktop.services.agency.view import AgencyViewService, OpenReplicas  # noqa: E402
from sentra_desktop.ui.agency.window import AgencyWindow  # noqa: E402
from sentra_desktop.ui.i18n import install_translators  # noqa: E402


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 1
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots" / "agency-side-by-side.png"
    app = QApplication(sys.argv[:1])
    install_translators(app, "id")
    agency = Agency.at(DataDir(Path(argv[0])))
    replicas = OpenReplicas(AgencyService(agency).replicas)
    window = AgencyWindow(AgencyViewService(agency.db, replicas), AgencyService(agency), "/data/dinas")
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    window.resize(round(1366 / scale), round(728 / scale))
    window.show()
    window.comparison.set_period(PeriodKind.YEAR, date.today())
    wanted = len(replicas())
    deadline = time.monotonic() + 120
    while window.comparison.model.rowCount() < wanted and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out))
    QThreadPool.globalInstance().waitForDone()
    window.close()
    replicas.close()
    agency.dispose()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
