"""The Laporan page, the preview with Print and Save as PDF, and the print buttons of other pages."""

from __future__ import annotations

import gc
import itertools
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database
from sentra_desktop.services.report_data import ReportDataService
from sentra_desktop.ui.reports.page import ReportsPage
from sentra_desktop.ui.reports.preview import PreviewDialog, open_sheet
from tests.reports.conftest import build_known, pdf_pages
from tests.reports.test_sheets import big_stock

WAIT_MS = 60_000


@pytest.fixture
def known(db: Database) -> dict[str, Any]:
    return build_known(db)


def previews() -> list[PreviewDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()]


def make(qtbot: QtBot, parent: QWidget | None, services: Services, kind: str, **params: Any) -> PreviewDialog:
    shown: list[PreviewDialog] = []
    operation = open_sheet(parent, services, kind, on_preview=shown.append, **params)
    with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
        pass
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    return dialog


def test_order_sheet_opens_in_the_preview(
    qtbot: QtBot, services: Services, known: dict[str, Any], tmp_path: Path
) -> None:
    """What the order page's print action does: make the sheet, preview it, save it, print it."""
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = make(qtbot, parent, services, "order", number="PSN-2026-0007")
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == 1 and dialog.pages_label.text()
    assert dialog.file_name.startswith("pesanan-") and dialog.file_name.endswith(".pdf")
    dialog.save_to(tmp_path / "pesanan")
    saved = (tmp_path / "pesanan.pdf").read_bytes()
    assert "Sisa tagihan Rp 740.000" in " ".join(pdf_pages(saved)[0].split())
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == 1
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert "Sisa tagihan Rp 740.000" in " ".join(pdf_pages(printed)[0].split())  # text, not a picture


def test_unknown_order_number_is_shown_plainly(
    qtbot: QtBot, services: Services, known: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "sentra_desktop.ui.errors.show_error", lambda parent, exc, title=None: shown.append(str(exc.params))
    )
    operation = open_sheet(None, services, "order", number="PSN-1999-0001")
    with qtbot.waitSignal(operation.errored, timeout=WAIT_MS):
        pass
    qtbot.waitUntil(lambda: bool(shown))
    assert "PSN-1999-0001" in shown[0] and not previews()


def test_reports_page_makes_each_sheet(qtbot: QtBot, services: Services, known: dict[str, Any]) -> None:
    page = ReportsPage(services)
    qtbot.addWidget(page)
    assert page.order_number.count() == 2 and page.delivery_number.itemText(0) == "SJ-2026-0003"
    for kind in ("production", "stock", "buyers", "order", "delivery"):
        page.select(kind)
        operation = page.make_sheet()
        assert operation is not None
        with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
            pass
        qtbot.waitUntil(lambda: page.preview is not None and page.preview.document.pageCount() >= 1)
        page.preview.close()
        page.preview = None
    page.select("stock_card")
    page.item_field.setText("LTX")
    operation = page.make_sheet()
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
        pass


def test_large_stock_sheet_shows_progress_and_keeps_the_window_responsive(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ReportDataService, "stock_sheet", lambda self, product_type=None: big_stock(5000))
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: dict[str, Any] = {"progress": [], "dialog": False}
    ticks: list[float] = []
    gc.collect()  # a full collection of the whole test session's heap is not what is measured
    operation = open_sheet(parent, services, "stock")
    operation.progressed.connect(lambda done, total, _label: seen["progress"].append((done, total)))
    with qtbot.waitSignal(operation.finished, timeout=WAIT_MS):
        while operation.running:  # the GUI thread keeps handling events while the sheet is made
            ticks.append(time.monotonic())
            dialogs = parent.findChildren(QProgressDialog)
            seen["dialog"] = seen["dialog"] or any(d.isVisible() for d in dialogs)
            qtbot.wait(50)
    ticks.append(time.monotonic())
    assert seen["dialog"], "no progress dialog while a 5,000-item sheet was made"
    assert max(total for _, total in seen["progress"]) > 50
    # Responsive: the event loop came round while the sheet was made (work done on the GUI thread
    # would leave no turn at all); a turn can take a second at its worst under load. At least one
    # turn, not three: with another job busy, the sheet was made within two turns (1.18 s + 0.06 s).
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert len(gaps) >= 2 and max(gaps) < 2.0, gaps
    qtbot.waitUntil(lambda: bool(previews()), timeout=WAIT_MS)
    dialog = previews()[0]
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() > 50


def test_production_and_stock_pages_print(qtbot: QtBot, services: Services, known: dict[str, Any]) -> None:
    from sentra_desktop.ui.pages.production import ProductionPage
    from sentra_desktop.ui.pages.stock import StockPage

    for page in (ProductionPage(services), StockPage(services)):
        qtbot.addWidget(page)
        page.print_button.click()
        qtbot.waitUntil(lambda: bool(previews()), timeout=WAIT_MS)
        for dialog in previews():
            dialog.close()
        qtbot.waitUntil(lambda: not previews())


def test_main_window_opens_the_reports_area(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    from sentra_desktop.ui.main_window import MainWindow
    from sentra_desktop.ui.settings import AppSettings

    window = MainWindow(services, AppSettings(tmp_path / "settings.ini"), "/data")
    qtbot.addWidget(window)
    assert isinstance(window.show_page("reports"), ReportsPage)
    assert window.area_key("laporan") == "reports"
