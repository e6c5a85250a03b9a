"""Opens every top-level window and dialog on demo data and reports what does not fit the screen.

Run by tests/ui/test_window_fit.py in a fresh process per display scale (Qt reads
QT_SCALE_FACTOR and the offscreen screen's size only at start):
``python -m tests.ui.window_fit_probe OUT.json [--room WxH] [--shots DIR]``. Writes a JSON list of
problems, each "window: what", and with --shots a PNG of each window there.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from sentra_desktop.db.models import (
    Agency,
    Assistance,
    Buyer,
    DesignVariant,
    Maker,
    MemberBusiness,
    Mould,
    Order,
    ProductionEntry,
)
from sentra_desktop.demo import DemoOptions, load_demo_data
from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database
from sentra_desktop.ui import screen
from sentra_desktop.ui.i18n import install_translators
from sentra_desktop.ui.main_window import MainWindow
from sentra_desktop.ui.settings import AppSettings


def settle() -> None:
    """Let the workers a page started finish and their answers reach the widgets and layouts.

    A count label filled by a worker's answer between two event passes was once measured before
    its layout had followed ("233 mutasi" cut in CI): wait for the pool, then let layouts run.
    """
    pool = QThreadPool.globalInstance()
    deadline = time.monotonic() + 30
    QApplication.processEvents()
    while pool.activeThreadCount() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(3):
        QApplication.processEvents()


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport: reachable by scrolling, not a fixed place."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return True
        parent = area
    return False


def _visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` its ancestors up to ``window`` leave visible, in window coordinates."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), QWidget.size(parent)))
        if parent is window:
            break
        parent = parent.parentWidget()
    return rect


def problems_of(name: str, window: QWidget, *, columns: bool = True) -> list[str]:
    """What does not fit in ``window``: its frame, its buttons, labels and column headers."""
    settle()
    # A fractional scale rounds device pixels to logical ones: allow that one pixel.
    room = screen.available(window).adjusted(-1, -1, 1, 1)
    found: list[str] = []
    frame = window.frameGeometry()
    if frame.width() > room.width() or frame.height() > room.height():
        found.append(f"{name}: {frame.width()}x{frame.height()} is larger than the screen's {room.size()}")
    elif not room.contains(frame):
        found.append(f"{name}: lies at {frame.getRect()}, outside {room.getRect()}")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _in_scroll_area(button, window):
            continue
        if isinstance(button.parentWidget(), QHeaderView | QTabWidget) or button.objectName().startswith(
            "qt_"
        ):
            continue  # Qt's own scroll arrows and corner buttons
        own = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        seen = _visible_rect(button, window)
        where = QRect(window.mapToGlobal(own.topLeft()), own.size())
        label = button.text().replace("&", "") or button.objectName() or type(button).__name__
        if seen != own or not room.contains(where):
            found.append(f"{name}: button {label!r} lies outside the window or the screen")
        elif isinstance(button, QPushButton) and button.width() < button.sizeHint().width():
            found.append(f"{name}: button {label!r} is cut ({button.width()} < {button.sizeHint().width()})")
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or label.wordWrap() or _in_scroll_area(label, window):
            continue
        if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
            continue
        if label.width() < label.minimumSizeHint().width() - 1:
            found.append(f"{name}: label {label.text()[:40]!r} is cut")
    for header in window.findChildren(QHeaderView) if columns else []:
        if not header.isVisibleTo(window) or header.orientation().name != "Horizontal":
            continue
        model = header.model()
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            hint = header.sectionSizeFromContents(section)
            wanted = hint.width()
            if header.isSortIndicatorShown() and section != header.sortIndicatorSection():
                # Qt reserves the sort arrow's room in every section, but draws it in one only.
                wanted -= hint.height() + header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
            if header.sectionSize(section) < wanted - 4:
                text = model.headerData(section, header.orientation()) if model is not None else section
                found.append(f"{name}: column {text!r} is cut ({header.sectionSize(section)} < {wanted})")
    return found


def demo_services(folder: Path) -> Services:
    db = Database.open(f"sqlite:///{(folder / 'sentra.sqlite3').as_posix()}")
    load_demo_data(db, DemoOptions(days=45))
    return Services(db)


def first_id(services: Services, column: object, *where: object) -> int:
    with services.db.transaction() as session:
        return int(session.execute(select(column).where(*where).limit(1)).scalar_one())


def dialogs(services: Services, window: MainWindow, settings: AppSettings) -> Iterator[tuple[str, QWidget]]:
    """Every dialog reachable from the pages, Pengaturan, the start and the Help menu."""
    from sentra_desktop.core.enums import OrderStatus
    from sentra_desktop.ui.about import AboutDialog
    from sentra_desktop.ui.pages.aid.lists import AidForm, form_for
    from sentra_desktop.ui.pages.buyers.form import BuyerForm
    from sentra_desktop.ui.pages.design_form import DesignForm
    from sentra_desktop.ui.pages.orders.dialogs import DeliveryDialog, PaymentDialog
    from sentra_desktop.ui.pages.orders.form import OrderForm
    from sentra_desktop.ui.pages.production import ProductionEditDialog
    from sentra_desktop.ui.pages.recipe_dialog import RecipeDialog
    from sentra_desktop.ui.pages.settings.dialogs import (
        OperatorDialog,
        RecordForm,
    )
    from sentra_desktop.ui.pages.settings.maker_dialog import MakerDialog
    from sentra_desktop.ui.pages.settings.transfer_dialog import TransferDialog
    from sentra_desktop.ui.pages.stock.counts import StartCountDialog
    from sentra_desktop.ui.pages.stock.materials import MaterialDialog
    from sentra_desktop.ui.pages.stock.receipts import ReceiptDialog
    from sentra_desktop.ui.reports.preview import PreviewDialog
    from sentra_desktop.ui.welcome import WelcomeDialog

    design_id = first_id(services, DesignVariant.id)
    order_id = first_id(services, Order.id, Order.status == OrderStatus.CONFIRMED)
    order = services.orders.get(order_id)
    buyer = services.buyers.get(first_id(services, Buyer.id))
    from sentra_desktop.printing import render
    from sentra_desktop.services.report_data import ReportDataService

    sheet = render(ReportDataService(services.db).stock_sheet(None))
    yield "preview", PreviewDialog(sheet, "daftar-stok.pdf", window)
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    yield "print dialog", QPrintDialog(printer, window)
    yield "welcome", WelcomeDialog(services, window)
    yield "about", AboutDialog(settings.path.parent, services.database_url, window, "a1b2 " * 7 + "a1b2")
    from sentra_desktop.ui.help import HelpDialog

    yield "help", HelpDialog(window)
    yield "design form", DesignForm(services, services.designs.get(design_id), window)
    yield "new design form", DesignForm(services, None, window)
    yield "recipe", RecipeDialog(services, design_id, window)
    yield "production edit", ProductionEditDialog(services, first_id(services, ProductionEntry.id), window)
    yield "buyer form", BuyerForm(services, buyer, window)
    yield "order form", OrderForm(services, order, window)
    yield "new order form", OrderForm(services, None, window)
    yield "delivery", DeliveryDialog(services, order, window)
    yield "payment", PaymentDialog(services, order, window)
    yield "member", RecordForm(services.members, first_id(services, MemberBusiness.id), window)
    yield "maker", RecordForm(services.makers, None, window)
    yield "product type", RecordForm(services.product_types, None, window)
    yield "mould", form_for("mould")(services.moulds, first_id(services, Mould.id), window)
    yield "aid item", AidForm(services.assistance, first_id(services, Assistance.id), window)
    yield "new aid item", AidForm(services.assistance, None, window)
    yield "programme", form_for("programme")(services.programmes, None, window)
    yield "agency", form_for("agency")(services.agencies, first_id(services, Agency.id), window)
    yield "operator", OperatorDialog(services.operators, settings, None, window)
    head = services.users.id_of("Hj. Nurhayati")
    yield "operator edit", OperatorDialog(services.operators, settings, head, window)
    from sentra_desktop.ui.login import LockDialog

    yield "idle lock", LockDialog(services, services.db.actor, window)
    yield "material", MaterialDialog(services.materials, None, window)
    yield "receipt", ReceiptDialog(services, window)
    yield "start count", StartCountDialog(services, window)
    from sentra_desktop.services.visits import RecommendationService, VisitService
    from sentra_desktop.ui.pages.visits import RecommendationForm, VisitsDialog

    yield "mentoring visits", VisitsDialog(services, window)
    yield "mentoring visit", RecordForm(VisitService(services.db), None, window)
    yield "recommendation", RecommendationForm(RecommendationService(services.db), None, window)
    from sentra_desktop.services.listing import ListQuery
    from sentra_desktop.ui.member_filter import MemberFigures

    output, sales = MemberFigures(window), MemberFigures(window)
    output.fill_production(services, ListQuery())
    sales.fill_sales(services, ListQuery())
    yield "production per member", output
    yield "sales per member", sales
    yield "maker edit", MakerDialog(services.makers, first_id(services, Maker.id), window)
    kinds = {"designs": "Desain", "buyers": "Pembeli", "production": "Produksi"}
    yield "transfer", TransferDialog(services.transfer, kinds, parent=window)


def message_boxes(window: QWidget) -> Iterator[tuple[str, QWidget]]:
    """The longest message boxes: the damaged-database offer of Recovery and an unexpected error."""
    from sentra_desktop.ui.errors import unexpected_error_box

    box = QMessageBox(QMessageBox.Icon.Warning, "Database rusak", "Berkas basis data rusak. " * 30)
    box.addButton("Pulihkan cadangan", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Keluar", QMessageBox.ButtonRole.RejectRole)
    box.setParent(window, box.windowFlags())
    yield "recovery", box
    try:
        raise RuntimeError("probe " * 200)
    except RuntimeError as exc:
        yield "unexpected error", unexpected_error_box(window, exc)


def run(out: Path, shots: Path | None, room: str = "", *, columns: bool = True) -> list[str]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    screen.install(app)
    install_translators(app, "id")
    found: list[str] = []
    seen = screen.room_key(screen.available())
    if room and seen != room:  # the screen config or the scale was not taken: the test means nothing
        found.append(f"screen: Qt sees {seen}, expected {room}")
    with tempfile.TemporaryDirectory() as folder:
        services = demo_services(Path(folder))
        settings = AppSettings(Path(folder) / "settings.ini")
        window = MainWindow(services, settings, str(Path(folder) / "sentra.sqlite3"))
        window.show_on_screen()

        def check(name: str, widget: QWidget, shown: Callable[[], None] = lambda: None) -> None:
            settle()
            shown()
            found.extend(problems_of(name, widget, columns=columns))
            if shots is not None:
                widget.grab().save(str(shots / f"{name.replace(' ', '-').replace('/', '-')}.png"))

        check("login", window)  # the demo has users: the program opens on the login screen
        from sentra_desktop.ui.login import Mode

        panel = window.login_panel
        assert panel is not None
        # The first start's other screens: the upgrade's head chooser, a first PIN, a first head.
        for mode in (Mode.CHOOSE_HEAD, Mode.NEW_PIN, Mode.FIRST_HEAD):
            panel._set_mode(mode, "Rahmat Hidayat")
            check(f"login {mode.value.replace('_', ' ')}", window)
        panel.reset()
        window.logged_in(services.users.login("Hj. Nurhayati", "1234"))

        for area in window.areas:
            page = window.show_page(area.key)
            check(f"main/{area.key}", window)
            tabs = page.findChild(QTabWidget)
            if tabs is not None:
                for index in range(1, tabs.count()):
                    tabs.setCurrentIndex(index)
                    check(f"main/{area.key}/{index}", window)
        for name, dialog in itertools.chain(dialogs(services, window, settings), message_boxes(window)):
            dialog.show()
            check(name, dialog)
            if name == "print dialog":  # Qt's own dialog on Linux, with its options opened
                more = next(b for b in dialog.findChildren(QPushButton) if ">>" in b.text())
                more.click()
                check("print dialog options", dialog)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            if isinstance(dialog, QDialog):
                dialog.done(0)
            dialog.hide()
            dialog.deleteLater()
            settle()
        window.close()
        agency_windows(services, check)
        services.close()
    out.write_text(json.dumps(found, indent=1), encoding="utf-8")
    return found


def agency_windows(services: Services, check: Callable[..., None]) -> None:
    """The agency window (``--agency``) over twelve replicas of the demo sentra, at each page."""
    import uuid
    from datetime import UTC, datetime, timedelta

    from sentra_desktop.services.agency.replicas import SentraReplica
    from sentra_desktop.services.agency.view import AgencyViewService
    from sentra_desktop.ui.agency.window import AgencyWindow

    now = datetime.now(UTC)
    places = [("16", "16.71"), ("16", "16.07"), ("32", "32.73"), ("15", "15.71")]
    replicas = [
        SentraReplica(uuid.UUID(int=n + 1), f"Sentra Kerajinan Nomor {n + 1}", "", *places[n % 4],
                      "a1b2 c3d4 e5f6 0708 090a 0b0c 0d0e 0f10", n, now - timedelta(days=40 * n), services.db)
        for n in range(12)
    ]  # fmt: skip
    window = AgencyWindow(AgencyViewService(services.db, lambda: replicas), location="/data/dinas")
    window.show_on_screen()
    loaded: list[Callable[[], bool]] = [
        lambda: window.comparison.model.rowCount() == 12,
        lambda: not window.overlaps.model.loading,
        lambda: window.aid.data is not None,
        lambda: window.packets.model.rowCount() == 12,
    ]
    for index, ready in enumerate(loaded):
        window.show_page(index)
        deadline = time.monotonic() + 60
        while not ready() and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.02)
        check(f"agency/{index}", window)
    QThreadPool.globalInstance().waitForDone(60000)
    window.close()
    window.deleteLater()
    settle()


def main(argv: list[str]) -> int:
    """``OUT.json [--room WxH] [--shots DIR]``: --room also checks that Qt sees that screen room."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--room", default="")
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--checks", choices=("all", "windows"), default="all")
    args = parser.parse_args(argv)
    if args.shots is not None:
        args.shots.mkdir(parents=True, exist_ok=True)
    found = run(args.out, args.shots, args.room, columns=args.checks == "all")
    for line in found:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
