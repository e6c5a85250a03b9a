"""Starting the graphical program: application, translations, database, main window.

Kept lean on purpose: Alembic is imported only when a migration is due and ReportLab only when
a sheet is printed; checks that are not needed to draw the window run after it is drawn.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sentra_desktop import APP_ID, APP_NAME, __version__
from sentra_desktop.core import i18n
from sentra_desktop.core.errors import CannotOpenDatabase, SentraError, StorageError
from sentra_desktop.core.logfile import install_hooks, log_uncaught, setup_log_file
from sentra_desktop.core.paths import DataDir
from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database
from sentra_desktop.ui import collector, screen
from sentra_desktop.ui.errors import install_error_hooks
from sentra_desktop.ui.i18n import install_translators
from sentra_desktop.ui.main_window import MainWindow
from sentra_desktop.ui.settings import DB_HOST, DB_MODE, DB_NAME, DB_PORT, DB_USER, LAST_PAGE, AppSettings

if TYPE_CHECKING:
    from sentra_desktop.services.instance_lock import InstanceLock

log = logging.getLogger("sentra.app")

PROBE_ENV = "SENTRA_STARTUP_PROBE"
ICON = Path(__file__).parent / "ui" / "icons" / "sentra.png"


def _application(args: argparse.Namespace, data_dir: DataDir) -> tuple[QApplication, AppSettings]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    collector.install(app)  # cyclic garbage is freed on this thread, never on a worker
    screen.install(app)  # every dialog is kept inside the screen it opens on
    install_error_hooks(app)
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    settings = AppSettings(data_dir.settings_file)
    install_translators(app, args.lang or settings.language)
    return app, settings


def _open(args: argparse.Namespace, data_dir: DataDir, settings: AppSettings) -> Services:
    return Services(Database.open(connection_url(args, data_dir, settings)))


def connection_url(args: argparse.Namespace, data_dir: DataDir, settings: AppSettings) -> str:
    """The database to open: ``--db-url``, else the server chosen on Pengaturan → Database, else
    the SQLite file in the data folder. A server's password comes from the keyring when there is
    one stored; it is never read from the settings file.
    """
    if args.db_url:
        url = str(args.db_url)
        if not url.startswith("postgresql"):
            return url
        from sentra_desktop.services.connection import with_stored_password

        return with_stored_password(url)
    if settings.get(DB_MODE) != "server":
        return data_dir.sqlite_url()
    from sentra_desktop.services.connection import SSL_MODES, ServerAddress, stored_password
    from sentra_desktop.ui.settings import DB_SSLMODE, DB_SSLROOTCERT

    sslmode = settings.get(DB_SSLMODE)
    address = ServerAddress(
        settings.get(DB_HOST),
        settings.get(DB_PORT),
        settings.get(DB_NAME),
        settings.get(DB_USER),
        sslmode if sslmode in SSL_MODES else "",
        settings.get(DB_SSLROOTCERT) if sslmode in SSL_MODES else "",
    )
    return address.url(stored_password(address))


def _needs_password(exc: StorageError, url: str) -> bool:
    """The server refused to let us in without a password (or with a wrong one)."""
    from sentra_desktop.services.connection import has_password, is_server_url

    detail = str(exc.params.get("detail", "")).lower()
    return (
        isinstance(exc, CannotOpenDatabase)
        and is_server_url(url)
        and ("password" in detail or "authentication" in detail)
        and not has_password(url)
    )


def ask_password(url: str, parent: QWidget | None = None) -> str | None:
    """Ask the operator for the server's password (where no keyring keeps it); None: cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from sentra_desktop.services.connection import ServerAddress

    address = ServerAddress.from_url(url)
    text, ok = QInputDialog.getText(
        parent,
        APP_NAME,
        QCoreApplication.translate("MainWindow", "Password of %1 on the database server:").replace(
            "%1", address.key if address else url
        ),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=text).render_as_string(hide_password=False)


def build_window(args: argparse.Namespace) -> tuple[QApplication, MainWindow]:
    """The application and its main window on the chosen data, not yet shown."""
    data_dir = DataDir.resolve(args.data_dir)
    data_dir.ensure()
    app, settings = _application(args, data_dir)
    return app, _main_window(app, args, data_dir, settings, _open(args, data_dir, settings))


def _main_window(
    app: QApplication, args: argparse.Namespace, data_dir: DataDir, settings: AppSettings, services: Services
) -> MainWindow:
    from sentra_desktop.services.connection import is_server_url

    local = not args.db_url and not is_server_url(services.database_url)
    location = str(data_dir.database) if local else services.database_url
    window = MainWindow(services, settings, location)
    app.aboutToQuit.connect(services.close)
    return window


def _open_with_recovery(url: str) -> Services | None:
    """Open the database; a damaged one (or a missing one with backups) is offered a backup.

    Returns None when the operator chose to quit rather than restore.
    """
    from sentra_desktop.services.instance_lock import sqlite_file

    database = sqlite_file(url)
    if database is not None and not database.exists():
        from sentra_desktop.services.backup import BackupService
        from sentra_desktop.ui.recovery import Recovery

        missing = BackupService(database)
        if missing.list_backups():
            Recovery(missing).offer_missing()
    try:
        return Services(Database.open(url))
    except StorageError as exc:
        if exc.code != "damaged" or database is None:
            raise
        from sentra_desktop.services.backup import BackupService
        from sentra_desktop.ui.recovery import Recovery

        detail = str(exc.params.get("detail", ""))
        if not Recovery(BackupService(database)).offer([detail], at_start=True):
            return None
    return Services(Database.open(url))


class _FirstPaint(QObject):
    """Calls back once ``widget`` has painted for the first time."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        self._fired = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._fired:
            self._fired = True
            QTimer.singleShot(0, self._callback)
        return False


def _after_drawn(window: MainWindow) -> None:
    """Work that waits until the window is on screen: integrity check, then the welcome."""
    import gc

    from sentra_desktop.services.health import StartupReport, after_start
    from sentra_desktop.ui.operation import run_operation

    # Everything loaded so far lives as long as the program: out of the collector's sight, a full
    # collection no longer walks it (such a walk held the GUI thread ~0.4 s while the Kinerja
    # figures loaded on a worker).
    gc.freeze()
    services = window.services

    def checked(report: object) -> None:
        assert isinstance(report, StartupReport)
        if report.problems:
            report_damage(window, report.problems)
        elif report.low_stock:
            window.show_notice(
                low_stock_text(report.low_stock),
                QCoreApplication.translate("MainWindow", "Show stock"),
                "stock",
            )

    run_operation(
        lambda _progress: after_start(services.db),
        parent=window,
        title=QCoreApplication.translate("MainWindow", "Checking the database"),
        on_done=checked,
    )
    if not services.profile.exists():
        from sentra_desktop.ui.welcome import WelcomeDialog

        welcome = WelcomeDialog(services, window)

        def welcomed() -> None:
            window.reload_operators()
            if welcome.demo_notice:
                window.show_notice(welcome.demo_notice)
            page = window.page(window.current_key)
            if hasattr(page, "activated"):
                page.activated()

        welcome.completed.connect(welcomed)
        welcome.open()


def report_damage(window: MainWindow, problems: list[str]) -> None:
    """The quick check after start found problems: offer the newest good backup, in place."""
    from sentra_desktop.services.backup import BackupService
    from sentra_desktop.ui.recovery import Recovery, refresh_after_restore

    backups = BackupService.for_database(window.services.db)
    if backups is None:  # a server database: its server keeps and checks it
        QMessageBox.warning(
            window,
            QCoreApplication.translate("MainWindow", "Database check"),
            QCoreApplication.translate("MainWindow", "The database check found problems:\n%1").replace(
                "%1", "\n".join(problems)
            ),
        )
        return
    if Recovery(backups, window).offer(problems, at_start=False):
        refresh_after_restore(window)


def low_stock_text(items: list) -> str:
    """One line naming the items below their low-stock level (the first few, then a count)."""
    from sentra_desktop.core.formatting import format_decimal
    from sentra_desktop.core.names import unit_name

    def unit(stored: str) -> str:
        return unit_name(stored, QCoreApplication.translate)

    shown = [f"{item.code} ({format_decimal(item.on_hand)} {unit(item.unit)})" for item in items[:4]]
    more = len(items) - len(shown)
    text = QCoreApplication.translate("MainWindow", "Low stock: %1").replace("%1", ", ".join(shown))
    if more > 0:
        text += " " + QCoreApplication.translate("MainWindow", "and %1 more").replace("%1", str(more))
    return text


def run_gui(args: argparse.Namespace) -> int:
    """Open the main window and run until it is closed.

    The data folder is locked for the program's life (a second copy is refused, a folder on a
    network share too); a damaged database is offered its newest good backup; backups are made
    on closing and once a day.
    """
    data_dir = DataDir.resolve(args.data_dir)
    unusable: OSError | None = None
    try:
        data_dir.ensure()
    except OSError as exc:  # a read-only or full disk: said in plain words below
        unusable = exc
    start_log(data_dir)
    try:
        return _run_gui(args, data_dir, unusable)
    except Exception as exc:  # a crash at start or on the way out: into the log, then as before
        log_uncaught(type(exc), exc, exc.__traceback__, "the program's start")
        if QApplication.instance() is not None and os.environ.get(PROBE_ENV) != "1":
            # The windowed build has no console: say it, with the log's path, before ending.
            from sentra_desktop.ui.errors import unexpected_error_box

            unexpected_error_box(None, exc, at_start=True).exec()
        raise


def start_log(data_dir: DataDir) -> None:
    """The log file in the data folder and the hooks that write uncaught exceptions to it; first
    thing at start, so that even a crash before the window opens leaves a trace."""
    path = setup_log_file(data_dir.logs)
    install_hooks()
    log.info("Sentra Desktop %s starting, Python %s, log %s", __version__, sys.version.split()[0], path)


def _run_gui(args: argparse.Namespace, data_dir: DataDir, unusable: OSError | None) -> int:
    from sentra_desktop.services.database import storage_error
    from sentra_desktop.ui.errors import show_error

    app, settings = _application(args, data_dir)
    lock: InstanceLock | None = None
    try:
        if unusable is not None:
            raise storage_error(unusable, "cannot_open") from unusable
        if getattr(args, "agency_mode", False):
            return _run_agency(app, args)
        services, lock = open_chosen_database(args, data_dir, settings)
        if services is None:
            return 1
        window = _main_window(app, args, data_dir, settings, services)
        return _show_and_run(app, window)
    except SentraError as exc:
        show_error(None, exc, APP_NAME)
        return 1
    finally:
        if lock is not None:
            lock.release()


def _run_agency(app: QApplication, args: argparse.Namespace) -> int:
    """Agency mode (``--agency``): the agency window over the registry's replicas, no login."""
    from sentra_desktop.services.agency.service import AgencyService
    from sentra_desktop.services.agency.store import Agency
    from sentra_desktop.services.agency.view import AgencyViewService, OpenReplicas
    from sentra_desktop.services.connection import with_stored_password
    from sentra_desktop.ui.agency.window import AgencyWindow

    # As the agency commands open it (cli_agency.open_agency, which also carries the demo).
    if args.db_url:
        agency = Agency.open(with_stored_password(str(args.db_url)))
    else:
        agency = Agency.at(DataDir.resolve(args.data_dir))
    service = AgencyService(agency)
    replicas = OpenReplicas(service.replicas)
    window = AgencyWindow(AgencyViewService(agency.db, replicas), service, agency.url)
    window.packets.imported.connect(replicas.refresh)
    window.show_on_screen()
    try:
        code = app.exec()
        _let_workers_finish()
    finally:
        replicas.close()
        agency.dispose()
    return code


def open_chosen_database(
    args: argparse.Namespace, data_dir: DataDir, settings: AppSettings
) -> tuple[Services | None, InstanceLock | None]:
    """Open the database chosen by ``--db-url`` or the settings, with its lock (SQLite only).

    A server that wants a password none is stored for gets one asked; a server chosen on
    Pengaturan → Database that cannot be reached is offered to be replaced by this PC's own data,
    rather than leaving a program that cannot start and so cannot be switched back.

    Returns:
        The services (None when the operator gave up) and the lock to release at the end.
    """
    from sentra_desktop.services.instance_lock import lock_for_url

    url = connection_url(args, data_dir, settings)
    # SQLite only: on a server the server arbitrates between the PCs (no lock file).
    lock = lock_for_url(url)
    try:
        try:
            return _open_with_recovery(url), lock
        except StorageError as exc:
            if _needs_password(exc, url):
                # No keyring keeps the password on this PC: ask for it, every start.
                with_password = ask_password(url)
                if with_password is None:
                    return None, lock
                return _open_with_recovery(with_password), lock
            if args.db_url or settings.get(DB_MODE) != "server" or not offer_local_data(exc):
                raise
        settings.set(DB_MODE, "local")
        local = data_dir.sqlite_url()
        lock = lock_for_url(local)
        return _open_with_recovery(local), lock
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def offer_local_data(exc: StorageError) -> bool:
    """The server chosen on Pengaturan → Database cannot be opened: offer this PC's own data."""
    from sentra_desktop.core.messages import technical_detail
    from sentra_desktop.ui.errors import error_text

    text = (
        error_text(exc)
        + "\n\n"
        + QCoreApplication.translate(
            "MainWindow",
            "Work on this PC's own data instead? The setting goes back to “On this PC”; "
            "choose the server again on Pengaturan → Database once it can be reached.",
        )
    )
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setDetailedText(technical_detail(exc))  # the driver's own words; an empty one shows nothing
    return box.exec() == QMessageBox.StandardButton.Yes


def _start_backups(window: MainWindow) -> None:
    """Backups on closing and once a day (SQLite on this PC; a server keeps its own)."""
    from sentra_desktop.services.backup import BackupService
    from sentra_desktop.ui.recovery import AutoBackup

    backups = BackupService.for_database(window.services.db)
    if backups is not None:
        AutoBackup(window, backups)


def _show_and_run(app: QApplication, window: MainWindow) -> int:
    start = window.area_key(window.app_settings.get(LAST_PAGE)) or "performance"
    probe = os.environ.get(PROBE_ENV) == "1"
    if window.login_panel is not None:  # the login screen first; the page once logged in
        window.after_login = start
        target: QWidget = window.login_panel
    else:
        window.show_page(start)
        page = window.page(start)
        target = getattr(page, "table", page)
        target = getattr(target, "viewport", lambda: target)()

    def drawn() -> None:
        if probe:
            print("READY", flush=True)
            app.quit()
            return
        _start_backups(window)
        _after_drawn(window)

    _FirstPaint(target, drawn)
    window.show_on_screen()
    code = app.exec()
    _let_workers_finish()
    return code


def _let_workers_finish() -> None:
    """Wait for reads still running on workers (a page's first figures) before Qt is torn down.

    A worker still running while the application object goes away crashed the process at exit
    (seen when the start-up probe quit right after the first paint, as the Kinerja page loaded).
    Their results have nowhere to go any more; their signals are dropped (ui/operation.py).
    """
    if not QThreadPool.globalInstance().waitForDone(10_000):
        log.warning("workers still running after 10 s at exit")


def take_screenshot(args: argparse.Namespace) -> int:
    """Open the window at one area, save a picture of it once drawn, and exit."""
    app, window = build_window(args)
    width, _, height = str(args.size).partition("x")
    window.resize(int(width), int(height))
    if window.login_panel is not None:  # pages are behind the login: --user with SENTRA_PIN
        if not getattr(args, "user", None):
            return _save_when_drawn(app, window, window, args.out)
        window.logged_in(window.services.users.login(args.user, os.environ.get("SENTRA_PIN", "")))
    page_name, _, detail = str(args.page).partition("/")
    key = window.area_key(page_name)
    if key is None:
        known = ", ".join(a.aliases[0] for a in window.areas)
        text = i18n.translate(
            "CommandLine", "unknown page “{page}” (known: {known})", None, page=args.page, known=known
        )
        print(f"sentra-desktop: {text}", file=sys.stderr)
        return 2
    page = window.show_page(key)
    window.show()
    target: QWidget = window
    if detail:
        opener = getattr(page, "screenshot_detail", None)
        dialog = opener(detail) if opener is not None else None
        if dialog is None:
            print(f"sentra-desktop: page {page_name!r} has no view {detail!r}", file=sys.stderr)
            return 2
        target = dialog
    # A page whose figures arrive from a worker (Kinerja) is pictured once they are drawn.
    ready = getattr(page, "loaded", None) if not detail else None
    return _save_when_drawn(app, window, target, args.out, ready)


def _save_when_drawn(
    app: QApplication, window: MainWindow, target: QWidget, out: str, ready: Any = None
) -> int:
    window.show()
    result: list[int] = [1]
    saved: list[bool] = []

    def save() -> None:
        if saved:
            return
        saved.append(True)
        app.processEvents()
        ok = target.grab().save(str(out))
        result[0] = 0 if ok else 1
        app.quit()

    if ready is not None:
        ready.connect(lambda: QTimer.singleShot(300, save))
        QTimer.singleShot(60_000, save)  # never loaded: the placeholders are pictured
    else:
        QTimer.singleShot(300, save)
    app.exec()
    _let_workers_finish()
    if result[0] != 0:
        print(f"sentra-desktop: could not write {out}", file=sys.stderr)
    return result[0]
