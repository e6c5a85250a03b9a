"""Making a sheet off the GUI thread, then showing it with Print and Save as PDF.

:func:`open_sheet` is the one entry point every page uses: it gathers the sheet's data and lays
out the PDF on a worker (with the progress dialog of :mod:`ui.operation` when it takes a
moment), then opens :class:`PreviewDialog`, which shows the pages with Qt PDF, prints them on
the system's printer dialog and saves the PDF where the operator chooses.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDir, QIODevice, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop import printing
from sentra_desktop.core.errors import StorageError
from sentra_desktop.services.container import Services
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.operation import Operation, ProgressFn, run_operation

log = logging.getLogger("sentra.ui")

MAX_PRINT_DPI = 300  # a page rendered finer than this only costs memory
_open_previews: set[PreviewDialog] = set()


def sheet_work(services: Services, kind: str, params: dict[str, Any]) -> Callable[[ProgressFn], bytes]:
    """The background work that makes one sheet's PDF: read the data, lay out the pages."""

    def work(progress: ProgressFn) -> bytes:
        progress(0, 0, "")
        return printing.make(services.db, kind, params, progress=progress)

    return work


def open_sheet(
    parent: QWidget | None,
    services: Services,
    kind: str,
    *,
    on_preview: Callable[[PreviewDialog], None] | None = None,
    **params: Any,
) -> Operation:
    """Make sheet ``kind`` in the background and open its preview over ``parent``.

    An error (an order number that does not exist) is shown to the operator instead.

    Args:
        parent: the page asking; the progress dialog and the preview open over it.
        services: the program's services.
        kind: the key of a sheet of :data:`sentra_desktop.printing.SHEETS` ("stock_card").
        on_preview: called with the preview once it is open (tests, or a page that wants it).
        **params: what the sheet needs, see :mod:`sentra_desktop.printing`.

    Returns:
        The running operation (its ``finished`` signal carries the PDF bytes).
    """

    def done(pdf: bytes) -> None:
        file_name = f"{printing.sheet_kind(kind).file_name}-{date.today().isoformat()}.pdf"
        dialog = PreviewDialog(pdf, file_name, parent)
        _open_previews.add(dialog)  # a preview without a parent must outlive this function
        dialog.destroyed.connect(lambda _obj=None: _open_previews.discard(dialog))
        dialog.show()
        if on_preview is not None:
            on_preview(dialog)

    title = QCoreApplication.translate("PreviewDialog", "Making the sheet…")
    return run_operation(
        sheet_work(services, kind, params),
        parent=parent,
        title=title,
        on_done=done,
        cancellable=True,
    )


class PreviewDialog(QDialog):
    """The pages of one sheet, with Print and Save as PDF."""

    def __init__(self, pdf: bytes, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.file_name = file_name
        self.setWindowTitle(self.tr("Print preview"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The view first, so that it is destroyed first and stops rendering before the document
        # goes; the buffer holds its own copy of the bytes and belongs to the document.
        self.view = QPdfView(self)
        self.view.setObjectName("sheet_view")
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self.document)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.pages_label = QLabel(self.tr("%n page(s)", "", self.document.pageCount()))
        self.pages_label.setObjectName("sheet_pages")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_sheet)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(860, 900)

    # --- printing -------------------------------------------------------------------------
    def print_sheet(self) -> None:
        """Ask for a printer with the system dialog, then print every page."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print sheet"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render each page at the printer's resolution (at most 300 dpi) onto ``printer``; returns pages."""
        pages = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        wanted = range(first - 1, last) if first and last else range(pages)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print sheet"), self.tr("The printer could not be started."))
            return 0
        printed = 0
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for index in wanted:
                if index >= pages:
                    break
                if printed:
                    printer.newPage()
                size = self.document.pagePointSize(index)
                image = self.document.render(
                    index, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
                )
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
                printed += 1
        finally:
            painter.end()
        return printed

    # --- saving -----------------------------------------------------------------------------
    def save_sheet(self) -> None:
        """Ask where to save the PDF, then write it."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            QDir.home().filePath(self.file_name),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the PDF to ``path`` (".pdf" added when missing)."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(self.pdf)
        except OSError as exc:
            show_error(self, StorageError("storage", detail=str(exc)))
