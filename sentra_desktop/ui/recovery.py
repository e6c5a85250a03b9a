"""Keeping the data safe while the program runs: recovery from a damaged file, automatic backups.

:class:`Recovery` tells the operator in plain words that the database is damaged (it cannot be
opened, or the quick check after start found problems) and offers to put back the newest good
backup instead of crashing or starting empty. :class:`AutoBackup` makes a backup when the main
window closes and once a day while the program runs. The slow parts run on a worker through
:class:`~sentra_desktop.ui.operation.Operation`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from sentra_desktop.core.errors import SentraError
from sentra_desktop.services.backup import PROGRESS_CONTEXT, BackupInfo, BackupService, ProgressFn
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.operation import CancelledError, Operation

log = logging.getLogger("sentra.ui")


def translated(progress: ProgressFn) -> ProgressFn:
    """A progress callback that translates the service's labels (marked in context "Progress")."""

    def report(done: int, total: int, label: str) -> None:
        progress(done, total, QCoreApplication.translate(PROGRESS_CONTEXT, label))

    return report


def run_and_wait(work: Callable[[ProgressFn], Any], parent: QWidget | None, title: str) -> Any:
    """Run ``work`` on a worker with a progress dialog, keep the window alive, return its result.

    For the few places that must have the answer before going on (the start, before the main
    window exists). Raises what ``work`` raised.
    """
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: object) -> None:
        outcome["error"] = exc
        loop.quit()

    operation = Operation(work, parent=parent, title=title)
    operation.finished.connect(done)
    operation.errored.connect(failed)
    operation.start()
    loop.exec()
    operation.deleteLater()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    return outcome.get("result")


def made_at_text(backup: BackupInfo) -> str:
    """When a backup was made, as the operator reads it: 28/11/2026 17:05."""
    return backup.made_at.strftime("%d/%m/%Y %H:%M")


def size_text(size: int) -> str:
    """A file size in the operator's language: 1,7 MB."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def refresh_after_restore(window: QWidget) -> None:
    """Show the restored data: the operator list and the page on screen are read again.

    Other pages read their rows again when they are next shown.
    """
    reload_operators = getattr(window, "reload_operators", None)
    if callable(reload_operators):
        reload_operators()
    current = getattr(window, "current_key", None)
    page_of = getattr(window, "page", None)
    if isinstance(current, str) and callable(page_of):
        page = page_of(current)
        if hasattr(page, "activated"):
            page.activated()


class Recovery(QObject):
    """Offers the newest good backup when the database is damaged.

    ``ask`` and ``inform`` show message boxes; tests override them so nothing blocks.
    """

    def __init__(self, backups: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self.parent_widget = parent

    def offer(self, problems: list[str], *, at_start: bool) -> bool:
        """Say what is wrong and offer the newest good backup; True once it is back in place.

        Args:
            problems: what the check or the failed open reported.
            at_start: the database could not be opened, so declining means quitting; otherwise
                the operator may also go on with the damaged data.
        """
        shown = "\n".join(problems[:5]) + ("\n…" if len(problems) > 5 else "")
        intro = self.tr(
            "The database file is damaged. This can happen after a power cut or a failing disk.\n\n%1"
        ).replace("%1", shown)
        candidate = self._newest_good()
        if candidate is None:
            self.inform(
                intro
                + "\n\n"
                + self.tr(
                    "There is no good backup to put back. Do not type new data: copy the folder %1 "
                    "to a USB stick and ask for help."
                ).replace("%1", str(self.backups.database.parent))
            )
            return False
        question = (
            intro
            + "\n\n"
            + self.tr(
                "Sentra Desktop can put back the newest good backup, made on %1. Whatever was saved "
                "after that moment will have to be entered again. The damaged file is kept in the "
                "backups folder."
            ).replace("%1", made_at_text(candidate))
        )
        other = self.tr("Quit") if at_start else self.tr("Continue without restoring")
        if not self.ask(question, self.tr("Restore the backup"), other):
            return False
        return self._restore(candidate)

    def offer_missing(self) -> bool:
        """The database file is missing but backups exist: offer the newest; True once restored."""
        candidate = self._newest_good()
        if candidate is None:
            return False
        question = self.tr(
            "There is no database in %1, but there are backups. Put back the newest good backup, "
            "made on %2? Choose “Start empty” only for a new, empty set of data."
        ).replace("%1", str(self.backups.database.parent))
        question = question.replace("%2", made_at_text(candidate))
        if not self.ask(question, self.tr("Restore the backup"), self.tr("Start empty")):
            return False
        return self._restore(candidate)

    def _newest_good(self) -> BackupInfo | None:
        try:
            found = run_and_wait(
                lambda progress: self.backups.newest_good_backup(translated(progress)),
                self.parent_widget,
                self.tr("Looking for a good backup"),
            )
        except SentraError as exc:
            log.warning("looking for backups failed: %s", exc)
            return None
        return found if isinstance(found, BackupInfo) else None

    def _restore(self, candidate: BackupInfo) -> bool:
        try:
            run_and_wait(
                lambda progress: self.backups.restore(candidate.path, translated(progress)),
                self.parent_widget,
                self.tr("Restoring the backup"),
            )
        except (SentraError, OSError) as exc:
            show_error(self.parent_widget, exc, self.tr("The backup could not be restored"))
            return False
        self.inform(
            self.tr(
                "The backup made on %1 is back in place. "
                "Check the latest entries and type again what is missing."
            ).replace("%1", made_at_text(candidate))
        )
        return True

    # --- questions; overridable so tests never block on a modal box ---------------------------
    def ask(self, text: str, yes: str, no: str) -> bool:
        """A question with two named answers; True for ``yes`` (the default)."""
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Damaged database"))
        box.setText(text)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        decline = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(accept)
        box.setEscapeButton(decline)
        box.exec()
        return box.clickedButton() is accept

    def inform(self, text: str) -> None:
        QMessageBox.information(self.parent_widget, self.tr("Damaged database"), text)


class AutoBackup(QObject):
    """Backs the database up when ``window`` closes and once a day while the program runs.

    The close is held back until the backup is written (a progress dialog shows while it runs);
    nothing is written when the data has not changed since the newest backup. Every
    ``check_every_ms`` the newest backup's age is looked at; one older than ``interval`` is
    followed by a new one, quietly. A failure is shown (a daily one only once per session).
    """

    made = Signal(object)  # the new backup's Path
    CHECK_EVERY_MS = 15 * 60 * 1000

    def __init__(
        self,
        window: QWidget,
        backups: BackupService,
        *,
        interval: timedelta = timedelta(days=1),
        check_every_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.backups = backups
        self.interval = interval
        self.operation: Operation | None = None
        self._close_requested = False
        self._closing_backup = False
        self._may_close = False
        self._warned = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.backup_if_due)
        self.timer.start(check_every_ms)
        window.installEventFilter(self)

    @property
    def busy(self) -> bool:
        return self.operation is not None and self.operation.running

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # When the window and this filter are dropped together, Python's cycle collector may empty
        # this object's attributes while Qt still sends the window's last events here (seen once
        # at a test's teardown as "'AutoBackup' object has no attribute 'window'").
        if "_may_close" not in self.__dict__:
            return False
        if watched is self.window and event.type() == QEvent.Type.Close and not self._may_close:
            if not self.busy and not self._close_requested and not self._needs_backup():
                self._may_close = True  # nothing new since the newest backup: close at once
                self.timer.stop()
                return False
            event.ignore()
            if not self._close_requested:
                self._close_requested = True
                if not self.busy:
                    self._backup_before_closing()
            return True
        return False

    def backup_if_due(self) -> None:
        """The daily backup: made quietly when the newest one is older than the interval."""
        if self.busy or self._close_requested:
            return
        try:
            due = self.backups.due(self.interval)
        except (OSError, SentraError) as exc:
            log.warning("cannot tell whether a backup is due: %s", exc)
            return
        if due:
            self._start(self.tr("Making the daily backup"), show_progress=False)

    def _needs_backup(self) -> bool:
        try:
            return self.backups.changed_since_backup()
        except (OSError, SentraError):
            return True

    def _backup_before_closing(self) -> None:
        if not self._needs_backup():
            self._close_now()
            return
        self._closing_backup = True
        self._start(self.tr("Making a backup before closing"), show_progress=True)

    def _start(self, title: str, *, show_progress: bool) -> None:
        backups = self.backups
        operation = Operation(
            lambda progress: backups.backup_now(translated(progress)),
            parent=self.window,
            title=title,
            show_progress=show_progress,
        )
        operation.finished.connect(self._done)
        operation.errored.connect(self._failed)
        self.operation = operation.start()

    def _done(self, path: object) -> None:
        self._finished_operation()
        log.info("automatic backup: %s", path)
        self.made.emit(path)
        self._continue_closing()

    def _failed(self, exc: object) -> None:
        self._finished_operation()
        if isinstance(exc, BaseException) and not isinstance(exc, CancelledError):
            log.warning("automatic backup failed: %r", exc)
            if self._closing_backup or not self._warned:
                self._warned = True
                show_error(self.window, exc, self.tr("The backup could not be made"))
        self._continue_closing()

    def _continue_closing(self) -> None:
        """After a backup: close when it was the closing one; a daily one may miss later changes."""
        if not self._close_requested:
            return
        if self._closing_backup:
            self._close_now()
        else:
            self._backup_before_closing()

    def _finished_operation(self) -> None:
        if self.operation is not None:
            self.operation.deleteLater()
        self.operation = None

    def _close_now(self) -> None:
        self._may_close = True
        self.timer.stop()
        self.window.close()
