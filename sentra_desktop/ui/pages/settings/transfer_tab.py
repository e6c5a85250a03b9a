"""Impor/Ekspor: records in and out of spreadsheets (CSV or Excel), for every kind that travels.

Import opens the wizard (:class:`TransferDialog`, not modal); each export button writes every
record of its kind to a file the operator names. Exports are formula-safe and read back by the
import unchanged (see :mod:`services.transfer.files`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from sentra_desktop.services.transfer import KINDS, ImportResult, TransferService
from sentra_desktop.ui.errors import error_text
from sentra_desktop.ui.operation import Operation, ProgressFn
from sentra_desktop.ui.pages.settings.transfer_dialog import BAD_STYLE, OK_STYLE, TransferDialog


class TransferTab(QWidget):
    """Import and export buttons; ``imported`` is emitted when an import wrote records."""

    imported = Signal(object)

    def __init__(self, transfer: TransferService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.transfer = transfer
        self.dialog: TransferDialog | None = None
        self.operation: Operation | None = None
        self.kind_names = {
            "designs": self.tr("Designs"),
            "materials": self.tr("Materials"),
            "buyers": self.tr("Buyers"),
            "production": self.tr("Production entries"),
            "stock-counts": self.tr("Stock counts"),
            "agencies": self.tr("Agencies"),
            "programmes": self.tr("Aid programmes"),
            "moulds": self.tr("Moulds"),
            "assistance": self.tr("Aid received"),
        }

        hint = QLabel(
            self.tr(
                "Bring records in from a spreadsheet (CSV or Excel .xlsx) or write them out to one. "
                "An import is all or nothing: if any row is wrong, nothing is saved and every wrong row "
                "is listed. Importing the same file again adds nothing twice."
            )
        )
        hint.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import from a file…"))
        self.import_button.setObjectName("open_import")
        import_box = QGroupBox(self.tr("Import"))
        import_layout = QVBoxLayout(import_box)
        import_layout.addWidget(self.import_button)

        export_box = QGroupBox(self.tr("Export"))
        grid = QGridLayout(export_box)
        self.export_buttons: dict[str, tuple[QPushButton, QPushButton]] = {}
        for row, key in enumerate(KINDS):
            csv_button = QPushButton(self.tr("CSV…"))
            xlsx_button = QPushButton(self.tr("Excel…"))
            grid.addWidget(QLabel(self.kind_names[key]), row, 0)
            grid.addWidget(csv_button, row, 1)
            grid.addWidget(xlsx_button, row, 2)
            csv_button.clicked.connect(lambda _=False, k=key: self._ask_export(k, "csv"))
            xlsx_button.clicked.connect(lambda _=False, k=key: self._ask_export(k, "xlsx"))
            self.export_buttons[key] = (csv_button, xlsx_button)
        grid.setColumnStretch(3, 1)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(import_box)
        layout.addWidget(export_box)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

        self.import_button.clicked.connect(self.open_import)

    def open_import(self) -> TransferDialog:
        """Show the import wizard (one at a time; not modal)."""
        if self.dialog is None:
            self.dialog = TransferDialog(self.transfer, self.kind_names, parent=self)
            self.dialog.imported.connect(self._imported)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _imported(self, result: ImportResult) -> None:
        self.imported.emit(result)

    def _ask_export(self, kind: str, fmt: str) -> None:
        suggested = f"{kind}.{fmt}"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export %1").replace("%1", self.kind_names[kind]),
            suggested,
            self.tr("CSV (*.csv)") if fmt == "csv" else self.tr("Excel (*.xlsx)"),
        )
        if name:
            path = Path(name)
            self.export_to(kind, path if path.suffix.lower() == f".{fmt}" else path.with_suffix(f".{fmt}"))

    def export_to(self, kind: str, path: Path) -> Operation:
        """Write every record of ``kind`` to ``path`` on a worker thread."""
        transfer = self.transfer

        def work(progress: ProgressFn) -> int:
            return transfer.export(kind, path, progress)

        self.status_label.clear()
        self.operation = Operation(work, parent=self, title=self.tr("Exporting"))
        self.operation.finished.connect(lambda rows: self._exported(path, rows))
        self.operation.errored.connect(self._failed)
        return self.operation.start()

    def _exported(self, path: Path, rows: int) -> None:
        self.status_label.setStyleSheet(OK_STYLE)
        self.status_label.setText(
            self.tr("%1 rows written to %2").replace("%1", str(rows)).replace("%2", str(path))
        )

    def _failed(self, exc: BaseException) -> None:
        self.status_label.setStyleSheet(BAD_STYLE)
        self.status_label.setText(error_text(exc))
