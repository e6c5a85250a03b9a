"""Running slow work (reports, imports, backups, big queries) off the GUI thread.

``Operation`` runs a plain function on the thread pool. The function gets a ``progress``
callback (done, total, label) that is safe to call from the worker; the result or the error
comes back to the GUI thread by signal. A progress dialog appears only if the work takes
longer than a moment. The function must not touch widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from sentra_desktop.core.errors import SentraError

log = logging.getLogger("sentra.ui")

ProgressFn = Callable[[int, int, str], None]
Work = Callable[[ProgressFn], Any]

SHOW_PROGRESS_AFTER_MS = 400


class CancelledError(Exception):
    """Raised inside the worker's progress callback once the operator pressed Cancel."""


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._cancel = cancel

    def _progress(self, done: int, total: int, label: str) -> None:
        if self._cancel.is_set() or not self._emit("progressed", done, total, label):
            raise CancelledError

    def _emit(self, name: str, *args: object) -> bool:
        """Send one of the signals; False when the window that waited for it is gone (closed)."""
        try:
            getattr(self._signals, name).emit(*args)
        except RuntimeError:  # "Signal source has been deleted": nobody is left to tell
            return False
        return True

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:
            if not self._emit("failed", exc) and not isinstance(exc, CancelledError):
                log.warning("a worker failed after its window closed", exc_info=exc)  # never lost
        else:
            self._emit("succeeded", result)


class Operation(QObject):
    """One piece of background work with optional progress dialog; emits when done."""

    finished = Signal(object)
    errored = Signal(object)
    progressed = Signal(int, int, str)

    def __init__(
        self,
        work: Work,
        *,
        parent: QWidget | None = None,
        title: str = "",
        cancellable: bool = False,
        show_progress: bool = True,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._parent_widget = parent
        self._title = title
        self._cancellable = cancellable
        self._show_progress = show_progress
        self._cancel = threading.Event()
        self._signals = _Signals()
        self._dialog: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._open_dialog)
        self._last = (0, 0, "")
        self.running = False
        self._signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._signals.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)

    def start(self) -> Operation:
        """Queue the work on the shared thread pool."""
        self.running = True
        if self._show_progress:
            self._timer.start(SHOW_PROGRESS_AFTER_MS)
        QThreadPool.globalInstance().start(_Runnable(self._work, self._signals, self._cancel))
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    @Slot()
    def _open_dialog(self) -> None:
        if not self.running:
            return
        dialog = QProgressDialog(self._parent_widget)
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        self._dialog = dialog
        self._apply(*self._last)
        dialog.show()

    def _apply(self, done: int, total: int, label: str) -> None:
        dialog = self._dialog
        if dialog is None:
            return
        # setValue() of a modal progress dialog turns the event loop, where the work may finish
        # and drop the dialog: it goes last, on the reference held here.
        dialog.setLabelText(label or self._title)
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, label: str) -> None:
        self._last = (done, total, label)
        self._apply(done, total, label)
        self.progressed.emit(done, total, label)

    def _close(self) -> None:
        self.running = False
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    @Slot(object)
    def _on_success(self, result: object) -> None:
        self._close()
        self.finished.emit(result)

    @Slot(object)
    def _on_failure(self, exc: object) -> None:
        self._close()
        # A cancelled operation is the operator's choice: neither logged nor shown.
        if isinstance(exc, SentraError | OSError):
            log.info("operation failed: %r", exc)
        elif isinstance(exc, BaseException) and not isinstance(exc, CancelledError):
            # A bug in the work: logged with its traceback and shown once, whatever the caller
            # does with ``errored`` (its own show_error finds it already shown).
            from sentra_desktop.ui.errors import report_unexpected

            report_unexpected(exc, self._parent_widget)
        self.errored.emit(exc)


def run_operation(
    work: Work,
    *,
    parent: QWidget | None,
    title: str,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = False,
) -> Operation:
    """Run ``work`` on a worker; call ``on_done(result)`` or ``on_error(exc)`` on the GUI thread.

    Without ``on_error`` a failure is shown to the operator by :func:`ui.errors.show_error`.
    """
    operation = Operation(work, parent=parent, title=title, cancellable=cancellable)
    operation.finished.connect(on_done)
    if on_error is not None:
        operation.errored.connect(on_error)
    else:
        from sentra_desktop.ui.errors import show_error

        operation.errored.connect(
            lambda exc: None if isinstance(exc, CancelledError) else show_error(parent, exc)
        )
    return operation.start()
