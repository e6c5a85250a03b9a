"""Does the window ever freeze? A scripted tour of the real main window on the large demo database.

The tour opens every page (its first build timed), goes through every tab, every filter choice
and check box, types into every search field, opens every "New …" form and every "Print…" flow
(closing the dialog once it is up), offscreen. A QTimer heartbeat every 5 ms records the gaps
between its ticks: the longest gap is the longest time the GUI thread was busy, whatever made it
busy (a slot, a query, a paint, a worker's answer). Per step the script also times the call
itself. The raw baseline, in the same run: the heartbeat's longest gap while the same window sits
idle (what the machine and Python cost anyway), and plain ``sqlite3`` counting the audit log and
the orders (what a list on the GUI thread would cost without its indexes and workers).

Targets (issue 14): no stall and no step over **100 ms** on the GUI thread, no first page build
over **200 ms**.

Usage::

    .venv/bin/python bench/responsiveness.py            # bench/out/large-10y.sqlite3, migrated once
    .venv/bin/python bench/responsiveness.py --json
    .venv/bin/python bench/responsiveness.py --database PATH   # any migrated copy (it is not written)

The large database is the one of ``production.py`` (made there when missing); it is copied once
to ``bench/out/large-10y-search.sqlite3`` and migrated to the newest schema (the audit search
index takes some minutes to fill), and the tour runs on that copy.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
MIGRATED = OUT / "large-10y-search.sqlite3"

STALL_TARGET_MS = 100.0
BUILD_TARGET_MS = 200.0
TICK_MS = 5
SEARCH_WORDS = ("wati", "GK-0", "ba")  # a name part, a code part, a two-letter word (no trigram)


@dataclass
class Step:
    name: str
    call_ms: float  # the call itself on the GUI thread
    stall_ms: float  # the longest heartbeat gap while it and its workers ran


@dataclass
class Report:
    database: str
    idle_stall_ms: float = 0.0
    raw_ms: dict[str, float] = field(default_factory=dict)
    builds: dict[str, float] = field(default_factory=dict)
    steps: list[Step] = field(default_factory=list)


def ensure_database(path: Path | None) -> Path:
    """The migrated copy of the large demo database (made from production.py's cache when missing)."""
    if path is not None:
        return path
    if MIGRATED.exists():
        return MIGRATED
    sys.path.insert(0, str(ROOT / "bench"))
    import production  # type: ignore[import-not-found]

    source = production.ensure_large_database(False)
    part = MIGRATED.with_suffix(".part")
    print(f"copying {source.name} and migrating it (the audit search index: some minutes) ...", flush=True)
    shutil.copyfile(source, part)
    from sentra_desktop.db.engine import make_engine
    from sentra_desktop.db.migrate import upgrade_to_head

    engine = make_engine(f"sqlite:///{part}")
    start = time.perf_counter()
    upgrade_to_head(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    print(f"  migrated in {time.perf_counter() - start:.0f} s", flush=True)
    part.rename(MIGRATED)
    return MIGRATED


def raw_baseline(path: Path) -> dict[str, float]:
    """Plain sqlite3 on the same file: the queries a list would run on the GUI thread unhelped."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    figures = {}
    for name, sql in (
        ("count the audit log", "SELECT count(*) FROM audit_log"),
        ("audit LIKE '%wati%'", "SELECT count(*) FROM audit_log WHERE changes LIKE '%wati%'"),
        ("count the orders", "SELECT count(*) FROM sales_order"),
    ):
        start = time.perf_counter()
        conn.execute(sql).fetchall()
        figures[name] = (time.perf_counter() - start) * 1000
    conn.close()
    return figures


class Heartbeat:
    """A 5 ms timer; ``gap()`` is the longest pause between ticks since the last ``reset()``."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self.last) * 1000 - TICK_MS)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def reset(self) -> None:
        self._tick()
        self.longest = 0.0

    def gap(self) -> float:
        self._tick()  # the time since the last tick counts too
        return max(self.longest, 0.0)


class Tour:
    def __init__(self, window: object, app: object, report: Report) -> None:
        self.window = window
        self.app = app
        self.report = report
        self.beat = Heartbeat()

    def settle(self, ms: int = 0) -> None:
        """Let the event loop run: timers, workers' answers, paints; at least ``ms``."""
        from PySide6.QtCore import QThreadPool

        end = time.perf_counter() + ms / 1000
        deadline = time.perf_counter() + 60
        while time.perf_counter() < deadline:
            self.app.processEvents()  # type: ignore[attr-defined]
            if time.perf_counter() >= end and QThreadPool.globalInstance().activeThreadCount() == 0:
                break
            time.sleep(0.002)
        self.app.processEvents()  # type: ignore[attr-defined]

    def step(self, name: str, action: Callable[[], object], wait_ms: int = 30) -> None:
        self.settle()
        self.beat.reset()
        start = time.perf_counter()
        result = action()
        call = (time.perf_counter() - start) * 1000
        if isinstance(result, float):  # a modal dialog: the time until it was up, not while it was
            call = result
        self.settle(wait_ms)
        self.report.steps.append(Step(name, call, max(self.beat.gap(), call)))

    def run(self) -> None:
        self.beat.start()
        self.settle(300)
        self.beat.reset()
        self.settle(1500)
        self.report.idle_stall_ms = self.beat.gap()
        for area in self.window.areas:  # type: ignore[attr-defined]
            self.tour_page(area.key)

    def tour_page(self, key: str) -> None:
        from PySide6.QtWidgets import QTabWidget

        self.settle()
        self.beat.reset()
        start = time.perf_counter()
        page = self.window.show_page(key)  # type: ignore[attr-defined]
        self.app.processEvents()  # type: ignore[attr-defined]
        self.report.builds[key] = (time.perf_counter() - start) * 1000
        self.settle(50)
        self.report.steps.append(Step(f"{key}: first build", self.report.builds[key], self.beat.gap()))
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        if not tabs:
            self.tour_widget(key, page)
        for tab_widget in tabs:
            for index in range(tab_widget.count()):
                name = f"{key} › {tab_widget.tabText(index).replace('&', '')}"
                self.step(f"{name}: open tab", lambda i=index, t=tab_widget: t.setCurrentIndex(i), 50)
                self.tour_widget(name, tab_widget.widget(index))

    def tour_widget(self, name: str, widget: object) -> None:
        from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton

        combos = [c for c in widget.findChildren(QComboBox) if c.isVisible() and c.isEnabled()]  # type: ignore[attr-defined]
        for combo in combos:
            if combo.isEditable():
                continue
            label = combo.objectName() or "filter"
            for index in [*list(range(1, min(combo.count(), 5))), 0]:
                self.step(
                    f"{name}: {label} → {combo.itemText(index)}",
                    lambda c=combo, i=index: c.setCurrentIndex(i),
                )
        checks = [c for c in widget.findChildren(QCheckBox) if c.isVisible() and c.isEnabled()]  # type: ignore[attr-defined]
        for check in checks:
            text = check.text().replace("&", "")
            self.step(f"{name}: {text} on/off", lambda c=check: c.toggle())
            self.step(f"{name}: {text} back", lambda c=check: c.toggle())
        fields = [
            f
            for f in widget.findChildren(QLineEdit)  # type: ignore[attr-defined]
            if f.isVisible() and f.isEnabled() and "search" in f.objectName()
        ]
        for search in fields:
            for word in SEARCH_WORDS:
                self.step(f"{name}: search “{word}”", lambda s=search, w=word: s.setText(w), 450)
            self.step(f"{name}: search cleared", lambda s=search: s.clear(), 450)
        buttons = [
            b
            for b in widget.findChildren(QPushButton)  # type: ignore[attr-defined]
            if b.isVisible() and b.isEnabled() and b.text().replace("&", "").startswith(("New", "Print"))
        ]
        for button in buttons:
            self.step(f"{name}: {button.text().replace('&', '')}", lambda b=button: self.click_and_close(b))

    def click_and_close(self, button: object) -> float:
        """Click ``button``; close the modal dialog it opens once it has been up for a moment.

        Returns the milliseconds until the dialog was up (the heartbeat sees any stall in it).
        """
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        seen: dict[str, float] = {}

        def close_when_up() -> None:
            modal = QApplication.activeModalWidget()
            if modal is None:
                if time.perf_counter() - seen.setdefault("start", time.perf_counter()) < 30:
                    QTimer.singleShot(50, close_when_up)
                return
            if time.perf_counter() - seen.setdefault("up", time.perf_counter()) < 0.3:
                QTimer.singleShot(50, close_when_up)
                return
            modal.reject() if hasattr(modal, "reject") else modal.close()

        start = time.perf_counter()
        QTimer.singleShot(0, close_when_up)
        button.click()  # type: ignore[attr-defined]
        return (seen.get("up", time.perf_counter()) - start) * 1000


def verdict(value: float, target: float) -> str:
    return "PASS" if value <= target else "FAIL"


FIRST_BUILD = ": first build"


def print_report(report: Report) -> None:
    """Issue 14's two targets: a page's first build (call and the stall around it) within 200 ms;
    every later step, once its page is built, within 100 ms on the GUI thread."""
    later = [s for s in report.steps if not s.name.endswith(FIRST_BUILD)]
    builds = [s for s in report.steps if s.name.endswith(FIRST_BUILD)]
    slowest = max(later, key=lambda s: s.call_ms)
    stall = max(later, key=lambda s: s.stall_ms)
    build = max(builds, key=lambda s: max(s.call_ms, s.stall_ms))
    build_ms = max(build.call_ms, build.stall_ms)
    print(f"database: {report.database}")
    print("raw baseline (plain sqlite3, same file):")
    for name, ms in report.raw_ms.items():
        print(f"  {name:28} {ms:9.0f} ms")
    print(f"  {'idle window, longest gap':28} {report.idle_stall_ms:9.1f} ms")
    print(f"first page builds (call, longest stall; target {BUILD_TARGET_MS:.0f} ms):")
    for s in builds:
        worst = max(s.call_ms, s.stall_ms)
        print(
            f"  {s.name.removesuffix(FIRST_BUILD):28} {s.call_ms:7.1f} {s.stall_ms:7.1f} ms  "
            f"{verdict(worst, BUILD_TARGET_MS)}"
        )
    over = [s for s in later if s.stall_ms > STALL_TARGET_MS or s.call_ms > STALL_TARGET_MS]
    print(f"steps after the first builds: {len(later)}, over {STALL_TARGET_MS:.0f} ms: {len(over)}")
    for s in sorted(over, key=lambda s: -s.stall_ms)[:25]:
        print(f"  {s.stall_ms:7.0f} ms stall {s.call_ms:7.0f} ms call  {s.name}")
    print(
        f"longest stall  {stall.stall_ms:7.1f} ms  (target {STALL_TARGET_MS:.0f})"
        f"  {verdict(stall.stall_ms, STALL_TARGET_MS)}  {stall.name}"
    )
    print(
        f"slowest step   {slowest.call_ms:7.1f} ms  (target {STALL_TARGET_MS:.0f})"
        f"  {verdict(slowest.call_ms, STALL_TARGET_MS)}  {slowest.name}"
    )
    print(
        f"slowest build  {build_ms:7.1f} ms  (target {BUILD_TARGET_MS:.0f})"
        f"  {verdict(build_ms, BUILD_TARGET_MS)}  {build.name.removesuffix(FIRST_BUILD)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", type=Path, help="a migrated database file (not written)")
    parser.add_argument("--json", action="store_true", help="the figures as JSON")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The installed program runs from compiled bytecode: keep it (an environment with
    # PYTHONDONTWRITEBYTECODE=1 would compile every page's modules at its first build, +0.3 s on Stok).
    sys.dont_write_bytecode = False
    path = ensure_database(args.database)
    report = Report(str(path), raw_ms=raw_baseline(path))

    from PySide6.QtWidgets import QApplication

    from sentra_desktop.services.container import Services
    from sentra_desktop.services.database import Database
    from sentra_desktop.ui.main_window import MainWindow
    from sentra_desktop.ui.settings import AppSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from sentra_desktop.ui import collector

    collector.install(app)  # as the program does (app.py): cyclic garbage freed on the GUI thread
    with tempfile.TemporaryDirectory(prefix="sentra-tour-") as folder:
        services = Services(Database.open(f"sqlite:///{path}", migrate=False, actor="bench"))
        window = MainWindow(services, AppSettings(Path(folder) / "settings.ini"), str(path))
        window.resize(1366, 728)
        window.show()
        if window.awaiting_login:  # users exist: tour as the head, without writing a PIN to the file
            from sentra_desktop.core.actor import Actor

            services.db.actor = Actor("bench", None, "ketua")
            window.logged_in(services.db.actor)
        import gc

        gc.freeze()  # as the program does once its window is drawn (app._after_drawn)
        Tour(window, app, report).run()
        window.close()
        services.close()
    if args.json:
        print(json.dumps({**asdict(report), "steps": [asdict(s) for s in report.steps]}, indent=1))
    else:
        print_report(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
