"""The one path by which errors reach the operator, and what happens to errors nobody expected.

Expected errors (:class:`SentraError`: a refused input, a full disk, a lost server) are said in
plain words by :func:`show_error`. Anything else is a bug: it is written with its traceback to the
log file (:mod:`sentra_desktop.core.logfile`) and shown once in :class:`UnexpectedErrorDialog`,
and the program keeps running. :func:`install_error_hooks` routes exceptions raised in slots and
event handlers (``sys.excepthook``), on other threads (``threading.excepthook``) and Qt's own
warnings (``qInstallMessageHandler``) the same way.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop import __version__
from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.logfile import install_hooks, log_file, log_uncaught
from sentra_desktop.core.messages import CONTEXT, describe, technical_detail
from sentra_desktop.ui.i18n import translate

log = logging.getLogger("sentra.ui")
qt_log = logging.getLogger("sentra.qt")


def error_text(exc: BaseException) -> str:
    """Plain translated text for an error; bugs get a generic message and are logged."""
    if isinstance(exc, SentraError):
        return describe(exc, lambda text: translate(CONTEXT, text))
    log_uncaught(type(exc), exc, exc.__traceback__)
    return translate(CONTEXT, "Something went wrong.") + f"\n\n{type(exc).__name__}: {exc}"


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Show ``exc`` over ``parent``: in a message box when expected, else as an unexpected error."""
    if not isinstance(exc, SentraError | OSError):
        report_unexpected(exc, parent)
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or translate("Errors", "Sentra Desktop"))
    box.setText(error_text(exc))
    detail = technical_detail(exc) if isinstance(exc, SentraError) else ""
    if detail:  # the driver's own words, for whoever looks after the server
        box.setDetailedText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def details_of(exc: BaseException) -> str:
    """What a developer needs: the program's version and the full traceback."""
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return f"Sentra Desktop {__version__}\n{trace}"


class UnexpectedErrorDialog(QDialog):
    """Says that something unexpected happened, where the log is, and copies the details.

    Not modal and never waited for: the program goes on, and further errors while it is open
    are added to its details instead of opening more dialogs.
    """

    def __init__(self, parent: QWidget | None = None, *, at_start: bool = False) -> None:
        super().__init__(parent)
        self.at_start = at_start
        self.setObjectName("unexpected_error")
        self.setWindowTitle(self.tr("An unexpected error occurred"))
        self.errors: list[BaseException] = []
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(32, 32))
        heading = QLabel(f"<b>{self.tr('An unexpected error occurred')}</b>")
        self.text = QLabel()
        self.text.setObjectName("unexpected_error_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit()
        self.details.setObjectName("unexpected_error_details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMaximumHeight(160)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._say_where()

    def _say_where(self) -> None:
        path = log_file()
        if self.at_start:
            text = self.tr(
                "Sentra Desktop could not start. Your data is not changed. The details are written "
                "to the log file:\n%1\nSend that file or the copied details to whoever looks after "
                "this program."
            )
        else:
            text = self.tr(
                "The program keeps running. Check that your last entry was saved. The details are "
                "written to the log file:\n%1\nSend that file or the copied details to whoever looks "
                "after this program."
            )
        text = text.replace(
            "%1", str(path) if path is not None else self.tr("(no log file could be written)")
        )
        self.text.setText(text)

    def add(self, exc: BaseException) -> None:
        """Add one more error to the details (the newest last)."""
        self.errors.append(exc)
        self.details.setPlainText("\n".join(details_of(each) for each in self.errors))

    def details_text(self) -> str:
        return self.details.toPlainText()

    def copy_details(self) -> None:
        """Put the log file's path and every error's details on the clipboard."""
        path = log_file()
        head = f"{path}\n" if path is not None else ""
        QApplication.clipboard().setText(head + self.details_text())


class ErrorReporter(QObject):
    """Shows unexpected errors on the GUI thread, at most one dialog at a time.

    Created on the GUI thread; :meth:`report` may be called from any thread.
    """

    reported = Signal(object, object)  # the exception, the parent widget (or None)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: UnexpectedErrorDialog | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, exc: BaseException, parent: QWidget | None = None) -> None:
        """Log ``exc`` (once) and show it, now when on the GUI thread, else soon."""
        log_uncaught(type(exc), exc, exc.__traceback__)
        if threading.current_thread() is threading.main_thread():
            self._show(exc, parent)
        else:
            self.reported.emit(exc, None)

    def _show(self, exc: BaseException, parent: QWidget | None) -> None:
        if getattr(exc, "_sentra_shown", False):
            return
        with contextlib.suppress(AttributeError):
            exc._sentra_shown = True  # type: ignore[attr-defined]
        if self.dialog is None:
            if parent is None:
                parent = QApplication.activeWindow()
            self.dialog = UnexpectedErrorDialog(parent)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(self._forget)
            self.dialog.finished.connect(self._forget)
            self.dialog.add(exc)
            self.dialog.show()
            self.dialog.raise_()
        else:
            self.dialog.add(exc)

    def _forget(self, *_args: object) -> None:
        self.dialog = None


_reporter: ErrorReporter | None = None


def reporter() -> ErrorReporter:
    """The program's reporter (made on first use, on the GUI thread)."""
    global _reporter
    if _reporter is None:
        _reporter = ErrorReporter(QApplication.instance())
    return _reporter


def report_unexpected(exc: BaseException, parent: QWidget | None = None) -> None:
    """Log an unexpected error and show it in the one :class:`UnexpectedErrorDialog`."""
    off_gui_thread = threading.current_thread() is not threading.main_thread()
    if QApplication.instance() is None or (_reporter is None and off_gui_thread):
        log_uncaught(type(exc), exc, exc.__traceback__)
        return
    reporter().report(exc, parent)


def unexpected_error_box(
    parent: QWidget | None, exc: BaseException, *, at_start: bool = False
) -> UnexpectedErrorDialog:
    """A dialog for ``exc``, not yet shown (the window-fit test measures it; a crash at start
    waits on it before the program ends)."""
    dialog = UnexpectedErrorDialog(parent, at_start=at_start)
    dialog.add(exc)
    with contextlib.suppress(AttributeError):
        exc._sentra_shown = True  # type: ignore[attr-defined]
    return dialog


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own debug output and warnings, into the log (Qt prints them nowhere in a windowed build)."""
    where = f" ({context.file}:{context.line})" if context.file else ""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def install_error_hooks(app: QApplication) -> ErrorReporter:
    """From now on, uncaught exceptions and Qt's messages go to the log, and exceptions show the
    unexpected-error dialog; the program keeps running."""
    import sys

    install_hooks()
    logged_hook = sys.excepthook
    logged_thread_hook = threading.excepthook
    found = reporter()

    def hook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        logged_hook(kind, value, trace)
        if not isinstance(value, KeyboardInterrupt):
            report_unexpected(value)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        logged_thread_hook(args)
        if args.exc_value is not None:
            found.report(args.exc_value)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    qInstallMessageHandler(qt_message)
    return found
