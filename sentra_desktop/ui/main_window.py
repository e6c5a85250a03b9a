"""The main window: a sidebar of areas, one page per area, and the operator in the status bar.

Pages are built the first time they are shown, so startup pays only for the first one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop import APP_NAME
from sentra_desktop.core.errors import SentraError
from sentra_desktop.services.container import Services
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.pages.placeholder import PlaceholderPage
from sentra_desktop.ui.screen import SMALL_SCREEN, available, capped, fit_to_screen, room_key
from sentra_desktop.ui.settings import GEOMETRY, GEOMETRY_SCREEN, LAST_PAGE, OPERATOR, AppSettings


@dataclass(frozen=True)
class Area:
    """One entry of the sidebar: a key, its title, aliases for the command line, its page."""

    key: str
    title: str
    aliases: tuple[str, ...]
    factory: Callable[[], QWidget] | None


ADD_OPERATOR = "__add__"
MINIMUM_SIZE = QSize(1000, 600)
DEFAULT_SIZE = QSize(1280, 740)
# Room left for the title bar and borders, which are known only once the window is shown.
FRAME_ALLOWANCE = QSize(16, 48)


class MainWindow(QMainWindow):
    """The program's window; ``page_shown(key)`` fires whenever an area is opened."""

    page_shown = Signal(str)

    def __init__(self, services: Services, app_settings: AppSettings, data_location: str) -> None:
        super().__init__()
        self.services = services
        self.app_settings = app_settings
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(capped(MINIMUM_SIZE, available(), FRAME_ALLOWANCE))
        self.areas = self._areas()
        self._pages: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setSpacing(2)
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.nav.setFont(font)
        self.stack = QStackedWidget()
        for number, area in enumerate(self.areas, start=1):
            item = QListWidgetItem(area.title)
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            item.setToolTip(f"Ctrl+{number}")
            item.setSizeHint(QSize(150, 34))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=area.key: self.show_page(key))
            self.addAction(action)
        self.nav.currentRowChanged.connect(self._on_nav)

        self.notice = QFrame()
        self.notice.setObjectName("notice")
        self.notice.setStyleSheet("#notice { background: #fff4d6; border: 1px solid #e0b44c; }")
        self.notice_text = QLabel()
        self.notice_text.setObjectName("notice_text")
        self.notice_text.setWordWrap(True)
        self.notice_action = QPushButton()
        self.notice_action.clicked.connect(self._notice_clicked)
        notice_close = QPushButton(self.tr("Close"))
        notice_close.clicked.connect(self.notice.hide)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(8, 4, 8, 4)
        notice_layout.addWidget(self.notice_text, 1)
        notice_layout.addWidget(self.notice_action)
        notice_layout.addWidget(notice_close)
        self.notice.hide()
        self._notice_target: str | None = None

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 0)
        outer.addWidget(self.notice)
        layout = QHBoxLayout()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._build_menu()

        self.operator = QComboBox()
        self.operator.setObjectName("operator")
        self.operator.setMinimumWidth(180)
        self.operator.activated.connect(self._on_operator)
        operator_label = QLabel(self.tr("&Operator:"))
        operator_label.setBuddy(self.operator)
        status = self.statusBar()
        status.addPermanentWidget(QLabel(data_location))
        status.addWidget(operator_label)
        status.addWidget(self.operator)
        self.reload_operators()
        self.resize(capped(DEFAULT_SIZE, available(), FRAME_ALLOWANCE))

    def show_on_screen(self) -> None:
        """Show the window as it was left on a screen of this size; else maximised when the screen
        is small, or at the default size inside it. Never larger than the screen."""
        room = available(self)
        self.setMinimumSize(capped(MINIMUM_SIZE, room, FRAME_ALLOWANCE))
        geometry = self.app_settings.get(GEOMETRY)
        same_screen = self.app_settings.get(GEOMETRY_SCREEN) == room_key(room)
        if geometry and same_screen and self.restoreGeometry(geometry):
            self.show()
            if not self.isMaximized() and not self.isFullScreen():
                fit_to_screen(self)  # once shown, when the frame's size is known
            return
        if room.width() < SMALL_SCREEN.width() or room.height() < SMALL_SCREEN.height():
            self.showMaximized()
            return
        self.resize(capped(DEFAULT_SIZE, room, FRAME_ALLOWANCE))
        self.move(room.center() - self.rect().center())
        self.show()

    # --- areas -----------------------------------------------------------------------------
    def _areas(self) -> list[Area]:
        def designs() -> QWidget:
            from sentra_desktop.ui.pages.designs import DesignsPage

            return DesignsPage(self.services)

        def production() -> QWidget:
            from sentra_desktop.ui.pages.production import ProductionPage

            return ProductionPage(self.services)

        def stock() -> QWidget:
            from sentra_desktop.ui.pages.stock import StockPage

            return StockPage(self.services)

        def buyers() -> QWidget:
            from sentra_desktop.ui.pages.buyers import BuyersPage

            def orders_page() -> Any:
                return self.show_page("orders")

            page = BuyersPage(self.services)
            page.order_requested.connect(lambda order_id: orders_page().open_order(order_id))
            page.new_order_requested.connect(lambda buyer_id: orders_page().new_order(buyer_id))
            return page

        def orders() -> QWidget:
            from sentra_desktop.ui.pages.orders import OrdersPage

            return OrdersPage(self.services)

        def aid() -> QWidget:
            from sentra_desktop.ui.pages.aid.page import AidPage

            return AidPage(self.services)

        def reports() -> QWidget:
            from sentra_desktop.ui.reports.page import ReportsPage

            return ReportsPage(self.services)

        def settings() -> QWidget:
            from sentra_desktop.ui.pages.settings import SettingsPage

            page = SettingsPage(self.services, self.app_settings)
            page.changed.connect(self.reload_operators)
            return page

        return [
            Area("production", self.tr("Production"), ("produksi",), production),
            Area("stock", self.tr("Stock"), ("stok",), stock),
            Area("designs", self.tr("Designs"), ("desain",), designs),
            Area("buyers", self.tr("Buyers"), ("pembeli",), buyers),
            Area("orders", self.tr("Orders"), ("pesanan",), orders),
            Area("reports", self.tr("Reports"), ("laporan",), reports),
            Area("aid", self.tr("Aid"), ("bantuan",), aid),
            Area("settings", self.tr("Settings"), ("pengaturan",), settings),
        ]

    def area_key(self, name: str) -> str | None:
        """The area key for a key or alias ("desain" -> "designs"), None when unknown."""
        name = name.strip().lower()
        for area in self.areas:
            if name == area.key or name in area.aliases:
                return area.key
        return None

    def page(self, key: str) -> QWidget:
        """The page of area ``key``, built on first use."""
        page = self._pages.get(key)
        if page is None:
            index = next(i for i, a in enumerate(self.areas) if a.key == key)
            area = self.areas[index]
            page = area.factory() if area.factory is not None else PlaceholderPage(area.title)
            page.setObjectName(f"page_{key}")
            old = self.stack.widget(index)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(index, page)
            self._pages[key] = page
        return page

    def show_page(self, key: str) -> QWidget:
        """Open area ``key`` (also selects it in the sidebar)."""
        index = next(i for i, a in enumerate(self.areas) if a.key == key)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)  # comes back through _on_nav
        else:
            self._open(index)
        return self._pages[key]

    def _on_nav(self, row: int) -> None:
        if row >= 0:
            self._open(row)

    def _open(self, index: int) -> None:
        key = self.areas[index].key
        first_time = key not in self._pages
        try:
            page = self.page(key)
        except SentraError as exc:
            show_error(self, exc)
            return
        self.stack.setCurrentIndex(index)
        if not first_time and hasattr(page, "activated"):
            page.activated()
        self.app_settings.set(LAST_PAGE, key)
        self.page_shown.emit(key)

    @property
    def current_key(self) -> str:
        return self.areas[self.stack.currentIndex()].key

    # --- notices -------------------------------------------------------------------------
    def show_notice(self, text: str, action: str | None = None, target: str | None = None) -> None:
        """A dismissable line above the pages, with a button that opens area ``target``."""
        self.notice_text.setText(text)
        self._notice_target = target
        self.notice_action.setVisible(bool(action and target))
        self.notice_action.setText(action or "")
        self.notice.show()

    def _notice_clicked(self) -> None:
        if self._notice_target is not None:
            self.show_page(self._notice_target)
            page = self._pages.get(self._notice_target)
            focus = getattr(page, "focus_low_stock", None)
            if focus is not None:
                focus()

    # --- menu ------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About Sentra Desktop"))
        about.triggered.connect(self._about)

    def _about(self) -> None:
        from sentra_desktop.ui.about import AboutDialog

        dialog = AboutDialog(self.app_settings.path.parent, self.services.database_url, self)
        dialog.show()  # not modal: the operator can keep it open beside the window

    # --- operator --------------------------------------------------------------------------
    def reload_operators(self) -> None:
        """Refill the operator list, keeping this PC's remembered choice."""
        try:
            names = self.services.operators.names()
        except SentraError as exc:
            show_error(self, exc)
            names = []
        remembered = self.app_settings.get(OPERATOR)
        self.operator.blockSignals(True)
        self.operator.clear()
        for name in names:
            self.operator.addItem(name, name)
        self.operator.addItem(self.tr("Add operator…"), ADD_OPERATOR)
        chosen = remembered if remembered in names else (names[0] if names else None)
        if chosen is not None:
            self.operator.setCurrentIndex(self.operator.findData(chosen))
            self.services.operators.use(chosen)
        self.operator.blockSignals(False)

    def _on_operator(self, index: int) -> None:
        value = self.operator.itemData(index)
        if value == ADD_OPERATOR:
            name, ok = QInputDialog.getText(self, self.tr("Add operator"), self.tr("Operator name:"))
            if ok and name.strip():
                try:
                    value = self.services.operators.add(name)
                except SentraError as exc:
                    show_error(self, exc)
                    value = None
            else:
                value = None
        if value is not None and value != ADD_OPERATOR:
            self.app_settings.set(OPERATOR, value)
        self.reload_operators()

    # --- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.app_settings.set(GEOMETRY, self.saveGeometry())
        self.app_settings.set(GEOMETRY_SCREEN, room_key(available(self)))
        super().closeEvent(event)
