"""Cadangan: the backups in the data folder, a backup now or onto a USB stick, and restoring one.

Backups are also made on their own (when the program closes and once a day); this tab shows
them and lets the operator act. Restoring puts a backup in place of the data while the program
runs: the current data is saved first, and the pages read the restored data again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.errors import SentraError
from sentra_desktop.services.backup import BackupInfo, BackupService, RestoreResult, parse_backup_name
from sentra_desktop.services.data_copy import ServerBackups
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.operation import Operation, Work, run_operation
from sentra_desktop.ui.pages.common import ask
from sentra_desktop.ui.recovery import made_at_text, size_text, translated
from sentra_desktop.ui.tables import configure_table

NOTE_STYLE = "color: #1b5e20; font-weight: 600;"


class BackupTab(QWidget):
    """The backup list and its actions; ``restored`` is emitted once a backup is back in place.

    Args:
        backups: the backup service; :class:`ServerBackups` for a server database (snapshots made
            here, restored with the command line); None when there is nothing to back up.
    """

    restored = Signal()

    def __init__(self, backups: BackupService | ServerBackups | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self.operation: Operation | None = None

        hint = QLabel()
        hint.setWordWrap(True)
        self.restorable = backups is not None and getattr(backups, "restorable", True)
        if isinstance(backups, ServerBackups):
            hint.setText(
                self.tr(
                    "This program works on a database server. A backup copies every record into one "
                    "file in %1 (or a folder you choose), which opens on any PC. To put a backup back, "
                    "restore it onto an empty server database with “sentra-desktop restore”."
                ).replace("%1", str(backups.folder))
            )
        elif backups is None:
            hint.setText(
                self.tr(
                    "This program works on a server database. Backups of it are made on the server "
                    "(for PostgreSQL with pg_dump), not here."
                )
            )
        else:
            hint.setText(
                self.tr(
                    "A backup is made when Sentra Desktop closes and once a day while it runs. "
                    "The newest backup of each of the last 7 days, 4 weeks and 12 months is kept in %1. "
                    "Copy one to a USB stick now and then, and keep it away from this PC."
                ).replace("%1", str(backups.folder))
            )
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backup_list")
        self.table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Size"), self.tr("Kind")])
        configure_table(self.table, stretch_last=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.backup_now_button = QPushButton(self.tr("&Back up now"))
        self.backup_to_button = QPushButton(self.tr("Back up to a &folder…"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.status_label = QLabel()
        self.status_label.setObjectName("backup_status")
        self.status_label.setStyleSheet(NOTE_STYLE)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.backup_now_button, self.backup_to_button, self.restore_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self._enable()
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.setFocusProxy(self.backup_now_button)

        self.backup_now_button.clicked.connect(self.backup_now)
        self.backup_to_button.clicked.connect(self.backup_to_folder)
        self.restore_button.clicked.connect(self.restore_from_file)

    # --- the list --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Read the backups folder again (a directory listing: quick)."""
        if self.backups is None:
            return
        try:
            found = self.backups.list_backups()
        except SentraError as exc:
            self.status_label.setText("")
            show_error(self, exc)
            found = []
        self.table.setRowCount(len(found))
        normal, before_restore = self.tr("Backup"), self.tr("Data saved before a restore")
        for row, backup in enumerate(found):
            cells = (
                made_at_text(backup),
                size_text(backup.size),
                before_restore if backup.before_restore else normal,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)

    def listed(self) -> list[str]:
        """The file names the list shows, newest first (for tests)."""
        items = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        return [Path(str(item.data(Qt.ItemDataRole.UserRole))).name for item in items if item is not None]

    def selected_backup(self) -> Path | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return Path(str(item.data(Qt.ItemDataRole.UserRole))) if item is not None else None

    # --- actions ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.operation is not None and self.operation.running

    def backup_now(self) -> None:
        """One backup into the data folder's backups, with rotation."""
        backups = self.backups
        if backups is None or self.busy:
            return
        self._run(
            lambda progress: backups.backup_now(translated(progress)),
            self.tr("Making a backup"),
            self._made,
        )

    def backup_to_folder(self) -> None:
        """One backup into a folder the operator picks (a USB stick)."""
        backups = self.backups
        if backups is None or self.busy:
            return
        folder = self.choose_folder()
        if folder is None:
            return
        self._run(
            lambda progress: backups.backup_to(folder, translated(progress)),
            self.tr("Making a backup"),
            self._made,
        )

    def restore_from_file(self) -> None:
        """Pick a backup file, confirm, and put it in place of the data."""
        backups = self.backups
        if not isinstance(backups, BackupService) or self.busy:
            return
        chosen = self.choose_file()
        if chosen is None:
            return
        parsed = parse_backup_name(chosen.name)
        if parsed is not None:
            which = self.tr("Put back the backup made on %1?").replace(
                "%1", made_at_text(BackupInfo(chosen, parsed[0], 0))
            )
        else:
            which = self.tr("Put back the backup %1?").replace("%1", chosen.name)
        details = self.tr(
            "Everything saved since it was made is replaced by what the backup holds. The current "
            "data is saved first (in the backups folder, as “before-restore”), so this can be undone. "
            "The file is checked before anything is replaced: its check sum, its pages, and that its "
            "structure is exactly the one Sentra Desktop makes. A file that fails is refused."
        )
        if not self.confirm(f"{which}\n\n{details}"):
            return
        self._run(
            lambda progress: backups.restore(chosen, translated(progress)),
            self.tr("Restoring the backup"),
            self._restored,
        )

    def _run(self, work: Work, title: str, on_done: Callable[[object], None]) -> None:
        self.status_label.setText("")
        for button in (self.backup_now_button, self.backup_to_button, self.restore_button):
            button.setEnabled(False)

        def finished(result: object) -> None:
            self._enable()
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._enable()
            self.reload()
            self.show_problem(exc)

        self.operation = run_operation(work, parent=self, title=title, on_done=finished, on_error=failed)

    def _enable(self) -> None:
        for button in (self.backup_now_button, self.backup_to_button):
            button.setEnabled(self.backups is not None)
        self.restore_button.setEnabled(self.restorable)

    def _made(self, path: object) -> None:
        self.reload()
        self.status_label.setText(self.tr("Backup written: %1").replace("%1", str(path)))

    def _restored(self, result: object) -> None:
        self.reload()
        if isinstance(result, RestoreResult):
            text = self.tr("The backup %1 is back in place.").replace("%1", result.restored_from.name)
            if result.migrated:
                text += " " + self.tr("It was updated to this version of Sentra Desktop.")
            if result.previous is not None:
                text += " " + self.tr("The data it replaced was saved as %1.").replace(
                    "%1", str(result.previous)
                )
            for warning in result.warnings:
                text += "\n" + self.tr("Note: %1").replace("%1", warning)
            self.status_label.setText(text)
        self.restored.emit()

    # --- questions and file choosers; overridable so tests never block on a modal box ----------
    def choose_folder(self) -> Path | None:
        """Ask for the folder to write a backup into (a USB stick)."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up to which folder?"), str(Path.home()))
        return Path(folder) if folder else None

    def choose_file(self) -> Path | None:
        """Ask for the backup file to restore; the backups folder is offered first."""
        start = self.selected_backup() or (self.backups.folder if self.backups is not None else Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore which backup?"),
            str(start),
            self.tr("Sentra Desktop backups (*.sqlite3);;All files (*)"),
        )
        return Path(path) if path else None

    def confirm(self, text: str) -> bool:
        """Ask a yes/no question; No is the default answer."""
        return ask(self, self.tr("Restore a backup"), text)

    def show_problem(self, exc: BaseException) -> None:
        show_error(self, exc)
