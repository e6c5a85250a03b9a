"""The import wizard: kind and file, a preview of the first rows, a column per field, then import.

Not modal: it is shown with ``show()`` and reports by signal, so the operator can look at the
main window meanwhile. The import runs off the GUI thread (:mod:`ui.operation`) with progress;
when any row is bad nothing is written and every bad row is listed with its reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.messages import CONTEXT, render
from sentra_desktop.services.transfer import KINDS, ImportResult, Preview, TransferService
from sentra_desktop.ui.errors import error_text
from sentra_desktop.ui.i18n import translate
from sentra_desktop.ui.operation import Operation, ProgressFn
from sentra_desktop.ui.screen import scroll_dialog_body
from sentra_desktop.ui.tables import configure_table

PREVIEW_ROWS = 20
OK_STYLE = "color: #1b5e20; font-weight: 600;"
BAD_STYLE = "color: #b71c1c; font-weight: 600;"


def cell_text(value: Any) -> str:
    """A preview cell as the operator would read it."""
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return str(value)


class TransferDialog(QDialog):
    """Import one file of one kind; emits ``imported`` with the result once something was written."""

    imported = Signal(object)

    def __init__(
        self,
        transfer: TransferService,
        kind_names: dict[str, str],
        kind: str = "designs",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import records"))
        self.transfer = transfer
        self.preview: Preview | None = None
        self.import_result: ImportResult | None = None
        self.operation: Operation | None = None
        self.path: Path | None = None

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("import_kind")
        for key in KINDS:
            self.kind_combo.addItem(kind_names.get(key, key), key)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("A .csv or .xlsx file"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        top = QFormLayout()
        top.addRow(self.tr("&Records:"), self.kind_combo)
        top.addRow(self.tr("File:"), file_row)

        self.preview_label = QLabel()
        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setObjectName("import_preview")
        configure_table(self.preview_table)

        self.mapping_box = QGroupBox(self.tr("Which column holds each field"))
        self.mapping_form = QFormLayout(self.mapping_box)
        self.mapping_combos: dict[str, QComboBox] = {}

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.problems_table = QTableWidget(0, 3)
        self.problems_table.setObjectName("import_problems")
        self.problems_table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        configure_table(self.problems_table, stretch_last=True, word_wrap=True)
        header = self.problems_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.problems_table.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview_table, 2)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problems_table, 1)
        layout.addWidget(self.buttons)
        scroll_dialog_body(self, self.buttons)  # a small screen scrolls the body, never the buttons
        self.resize(820, 640)

        self.choose_button.clicked.connect(self._choose_file)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.close)
        self._build_mapping()

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    # --- choosing ----------------------------------------------------------------------------
    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"), "", self.tr("Spreadsheets (*.csv *.xlsx)")
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        """Read ``path`` for the preview and guess the mapping from its headers."""
        self.path = path
        self.file_edit.setText(str(path))
        self._load_preview()

    def _kind_changed(self) -> None:
        self._build_mapping()
        if self.path is not None:
            self._load_preview()

    def _load_preview(self) -> None:
        self._clear_result()
        assert self.path is not None
        try:
            self.preview = self.transfer.preview(self.kind, self.path, limit=PREVIEW_ROWS)
        except SentraError as exc:
            self.preview = None
            self._show_status(error_text(exc), ok=False)
            self.preview_table.clear()
            self.preview_table.setRowCount(0)
            self.preview_table.setColumnCount(0)
            self._build_mapping()
            return
        preview = self.preview
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(preview.headers))
        self.preview_table.setHorizontalHeaderLabels(preview.headers)
        self.preview_table.setRowCount(len(preview.rows))
        for row, cells in enumerate(preview.rows):
            for column, value in enumerate(cells[: len(preview.headers)]):
                self.preview_table.setItem(row, column, QTableWidgetItem(cell_text(value)))
        self.preview_table.resizeColumnsToContents()
        self.preview_label.setText(
            self.tr("The first %1 of %2 rows:")
            .replace("%1", str(len(preview.rows)))
            .replace("%2", str(preview.total_rows))
        )
        self._build_mapping()

    def _build_mapping(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mapping_combos = {}
        spec = KINDS[self.kind]
        headers = self.preview.headers if self.preview else []
        mapping = self.preview.mapping if self.preview else {}
        for field in spec.importable:
            combo = QComboBox()
            combo.setObjectName(f"map_{field.key}")
            combo.addItem(self.tr("(not in the file)"), None)
            for index, header in enumerate(headers):
                combo.addItem(header or self.tr("column %1").replace("%1", str(index + 1)), index)
            selected = mapping.get(field.key)
            if selected is not None:
                combo.setCurrentIndex(combo.findData(selected))
            label = field.header + (" *" if field.required else "")
            self.mapping_form.addRow(label, combo)
            self.mapping_combos[field.key] = combo
        self.import_button.setEnabled(self.preview is not None and self.preview.total_rows > 0)

    def mapping(self) -> dict[str, int | None]:
        """Field key -> the chosen column index (None: the file does not have it)."""
        return {key: combo.currentData() for key, combo in self.mapping_combos.items()}

    # --- importing ---------------------------------------------------------------------------
    def start_import(self) -> Operation | None:
        """Run the import on a worker thread with progress; the result comes back by signal."""
        if self.path is None or (self.operation is not None and self.operation.running):
            return None
        self._clear_result()
        transfer, kind, path, mapping = self.transfer, self.kind, self.path, self.mapping()

        def work(progress: ProgressFn) -> ImportResult:
            return transfer.import_file(kind, path, mapping, progress)

        self.import_button.setEnabled(False)
        self._show_status(self.tr("Importing…"), ok=True)
        self.operation = Operation(work, parent=self, title=self.tr("Importing"))
        self.operation.finished.connect(self._import_done)
        self.operation.errored.connect(self._import_failed)
        return self.operation.start()

    def _import_done(self, result: ImportResult) -> None:
        self.import_result = result
        self.import_button.setEnabled(True)
        if result.problems:
            rows = len({p.row for p in result.problems})
            self._show_status(
                self.tr(
                    "Nothing was imported: %n row(s) need attention. Correct the file and import it again.",
                    "",
                    rows,
                ),
                ok=False,
            )
            self._show_problems(result)
            return
        self._show_status(
            self.tr("Imported %1 rows: %2 new, %3 changed, %4 already there.")
            .replace("%1", str(result.rows))
            .replace("%2", str(result.created))
            .replace("%3", str(result.updated))
            .replace("%4", str(result.unchanged)),
            ok=True,
        )
        self.imported.emit(result)

    def _import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self._show_status(error_text(exc), ok=False)

    def _show_problems(self, result: ImportResult) -> None:
        self.problems_table.setRowCount(len(result.problems))
        for row, problem in enumerate(result.problems):
            reason = render(problem.code, dict(problem.params), lambda text: translate(CONTEXT, text))
            cells = (str(problem.row), TransferService.column_name(result.kind, problem.field), reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.problems_table.setItem(row, column, item)
        self.problems_table.show()

    def _clear_result(self) -> None:
        self.import_result = None
        self.problems_table.setRowCount(0)
        self.problems_table.hide()
        self.status_label.clear()

    def _show_status(self, text: str, *, ok: bool) -> None:
        self.status_label.setStyleSheet(OK_STYLE if ok else BAD_STYLE)
        self.status_label.setText(text)
