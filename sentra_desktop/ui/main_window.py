"""The main window: the login screen first, then a sidebar of areas, one page per area, and the
logged-in user in the status bar (with "Switch user").

Pages are built the first time they are shown, so startup pays only for the first one; a switch
of user builds them again, so each shows what the new user's role allows. After an idle time
(the sentra setting ``idle_lock_minutes``) the screen locks until the same user's PIN is typed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
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
from sentra_desktop.core.actor import Actor
from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.names import role_name
from sentra_desktop.services.container import Services
from sentra_desktop.services.users import UserState, enforce_roles
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.pages.placeholder import PlaceholderPage
from sentra_desktop.ui.screen import SMALL_SCREEN, available, capped, fit_to_screen, room_key
from sentra_desktop.ui.settings import GEOMETRY, GEOMETRY_SCREEN, LAST_PAGE, AppSettings
from sentra_desktop.ui.unsaved import ask_discard

log = logging.getLogger("sentra.ui")


@dataclass(frozen=True)
class Area:
    """One entry of the sidebar: a key, its title, aliases for the command line, its page."""

    key: str
    title: str
    aliases: tuple[str, ...]
    factory: Callable[[], QWidget] | None


_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}
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

        content = QWidget()
        outer = QVBoxLayout(content)
        outer.setContentsMargins(6, 6, 6, 0)
        outer.addWidget(self.notice)
        layout = QHBoxLayout()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.front = QStackedWidget()
        self.front.addWidget(content)
        self.setCentralWidget(self.front)
        self.login_panel: QWidget | None = None
        self.after_login: str | None = None
        self._build_menu()

        self.user_label = QLabel()
        self.user_label.setObjectName("user")
        self.switch_user = QPushButton(self.tr("S&witch user"))
        self.switch_user.setObjectName("switch_user")
        self.switch_user.clicked.connect(self.require_login)
        status = self.statusBar()
        status.addPermanentWidget(QLabel(data_location))
        status.addWidget(self.user_label)
        status.addWidget(self.switch_user)
        self._idle = _IdleWatch(self)
        enforce_roles(services.db)
        # A new database (no profile, no user) gets the welcome, which makes the head; every
        # other start opens on the login screen.
        if services.users.state() != UserState.EMPTY or services.profile.exists():
            self.require_login()
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
        def performance() -> QWidget:
            from sentra_desktop.ui.pages.performance import PerformancePage

            page = PerformancePage(self.services, app_settings=self.app_settings)
            page.drill_requested.connect(self._drill)
            return page

        def designs() -> QWidget:
            from sentra_desktop.ui.pages.designs import DesignsPage

            return DesignsPage(self.services)

        def production() -> QWidget:
            from sentra_desktop.ui.pages.production import ProductionPage

            return ProductionPage(self.services, app_settings=self.app_settings)

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

            return OrdersPage(self.services, app_settings=self.app_settings)

        def aid() -> QWidget:
            from sentra_desktop.ui.pages.aid.page import AidPage

            return AidPage(self.services)

        def pay() -> QWidget:
            from sentra_desktop.ui.pages.pay import PayPage

            return PayPage(self.services)

        def reports() -> QWidget:
            from sentra_desktop.ui.reports.page import ReportsPage

            return ReportsPage(self.services, app_settings=self.app_settings)

        def settings() -> QWidget:
            from sentra_desktop.ui.pages.settings import SettingsPage

            page = SettingsPage(self.services, self.app_settings)
            page.changed.connect(self.reload_operators)
            return page

        return [
            Area("performance", self.tr("Performance"), ("kinerja",), performance),
            Area("production", self.tr("Production"), ("produksi",), production),
            Area("stock", self.tr("Stock"), ("stok",), stock),
            Area("designs", self.tr("Designs"), ("desain",), designs),
            Area("buyers", self.tr("Buyers"), ("pembeli",), buyers),
            Area("orders", self.tr("Orders"), ("pesanan",), orders),
            Area("pay", self.tr("Pay"), ("upah",), pay),
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
            if old is not None:
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
        self._apply_permissions(page)
        if not first_time and hasattr(page, "activated"):
            page.activated()
        self.app_settings.remember(LAST_PAGE, key)
        self.page_shown.emit(key)

    def _drill(self, key: str, text: str) -> None:
        """Open area ``key`` with ``text`` in its search box: the list behind a Kinerja figure.
        ``buyers/regency``: the buyers of the regency/city whose code is ``text``."""
        if key == "buyers/regency":
            from sentra_desktop.ui.pages.buyers import BuyersPage

            buyers = self.show_page("buyers")
            if isinstance(buyers, BuyersPage):
                buyers.show_regency(text)
            return
        page = self.show_page(key)
        search = getattr(page, "search", None)
        if search is not None:
            search.setText(text)
            apply = getattr(page, "apply_filters", None)
            if apply is not None:
                apply()

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
        guide = help_menu.addAction(self.tr("&Guide"))
        guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide.triggered.connect(self.show_help)
        self.addAction(guide)  # F1 from anywhere in the window, the menu closed
        about = help_menu.addAction(self.tr("&About Sentra Desktop"))
        about.triggered.connect(self._about)

    def show_help(self) -> QWidget:
        """The short guide (F1), one at a time and not modal: the steps stay beside the window."""
        from sentra_desktop.ui.help import HelpDialog

        dialog = self.findChild(HelpDialog)
        if dialog is None:
            dialog = HelpDialog(self)
        dialog.show()
        dialog.raise_()
        return dialog

    def _about(self) -> None:
        from sentra_desktop.ui.about import AboutDialog

        fingerprint = self.services.packets.identity().key_fingerprint
        dialog = AboutDialog(self.app_settings.path.parent, self.services.database_url, self, fingerprint)
        dialog.show()  # not modal: the operator can keep it open beside the window

    # --- who is logged in ---------------------------------------------------------------
    @property
    def awaiting_login(self) -> bool:
        return self.login_panel is not None

    def require_login(self) -> None:
        """Show the login screen in place of the pages (start, and "Switch user")."""
        from sentra_desktop.ui.login import LoginPanel

        if self.login_panel is not None:
            return
        if self.after_login is None and self._pages:
            self.after_login = self.current_key
        self._idle.stop()
        self.services.db.actor = Actor(self.tr("not logged in"))
        panel = LoginPanel(self.services)
        panel.logged_in.connect(self.logged_in)
        self.login_panel = panel
        self.front.addWidget(panel)
        self.front.setCurrentWidget(panel)
        self.menuBar().setEnabled(False)
        self.reload_operators()
        panel.reset()

    def logged_in(self, actor: object) -> None:
        """The PIN was right: rebuild the pages for this user's role and go where they were."""
        panel, self.login_panel = self.login_panel, None
        self.front.setCurrentIndex(0)
        if panel is not None:
            self.front.removeWidget(panel)
            panel.deleteLater()
        self.menuBar().setEnabled(True)
        self._drop_pages()
        self.reload_operators()
        self._idle.start()
        key = self.after_login or self.area_key(str(self.app_settings.get(LAST_PAGE) or "")) or "designs"
        self.after_login = None
        self.show_page(key)

    def _apply_permissions(self, page: QWidget) -> None:
        """Disable what this user's role may not do (nothing while the database has no user)."""
        from sentra_desktop.ui.permissions import apply_permissions

        if not getattr(self.services.db.policy, "open", False):
            apply_permissions(page, self.services.db.actor.role)

    def _drop_pages(self) -> None:
        for index, area in enumerate(self.areas):
            page = self._pages.pop(area.key, None)
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
                self.stack.insertWidget(index, QWidget())

    def reload_operators(self) -> None:
        """Show who is logged in, and their role, in the status bar."""
        actor = self.services.db.actor
        if actor.role is None:
            self.user_label.setText(self.tr("Not logged in"))
        else:
            role = role_name(actor.role, lambda context, text: QApplication.translate(context, text))
            self.user_label.setText(self.tr("User: %1 (%2)").replace("%1", actor.name).replace("%2", role))
        self.switch_user.setVisible(actor.role is not None)

    def lock_screen(self) -> None:
        """The idle lock: the same user's PIN unlocks; open forms keep what was typed."""
        from sentra_desktop.ui.login import LockDialog

        actor = self.services.db.actor
        if actor.role is None or self.login_panel is not None:
            return
        self._idle.stop()
        try:
            self.services.users.lock_screen()  # audited, like the unlock
        except SentraError as exc:  # the screen locks all the same
            log.warning("the screen lock could not be audited: %s", exc)
        dialog = LockDialog(self.services, actor, self)
        self.lock_dialog = dialog
        dialog.finished.connect(lambda _result: self._idle.start())
        dialog.open()

    # --- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before a page's typed but unsaved input is lost (the production entry line)."""
        for key, page in self._pages.items():
            unsaved = getattr(page, "has_unsaved_changes", None)
            if callable(unsaved) and unsaved():
                self.show_page(key)
                if not self.discard_changes():
                    event.ignore()
                    return
        self.app_settings.set(GEOMETRY, self.saveGeometry())
        self.app_settings.set(GEOMETRY_SCREEN, room_key(available(self)))
        super().closeEvent(event)

    def discard_changes(self) -> bool:
        """Ask whether to close and lose the unsaved input (overridable, so tests never block on a box)."""
        return ask_discard(self)


class _IdleWatch(QObject):
    """Locks the window after ``idle_lock_minutes`` without a key press or mouse use."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(window.lock_screen)

    def start(self) -> None:
        from sentra_desktop.services.sentra_settings import IDLE_LOCK_MINUTES

        try:
            minutes = int(self.window.services.sentra_settings.get(IDLE_LOCK_MINUTES))
        except SentraError:
            minutes = IDLE_LOCK_MINUTES.default
        if minutes <= 0:
            return
        self.timer.setInterval(minutes * 60_000)
        self.timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False
