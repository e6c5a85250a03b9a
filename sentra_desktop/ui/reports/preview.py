"""Making a sheet off the GUI thread, then showing it with Print and Save as PDF.

:func:`open_sheet` is the one entry point every page uses: it gathers the sheet's data and lays
out the PDF on a worker (with the progress dialog of :mod:`ui.operation` when it takes a
moment), then opens :class:`PreviewDialog`, which shows the pages with Qt PDF, prints them on
the system's printer dialog and saves the PDF where the operator chooses.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDir, QIODevice, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
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
from sentra_desktop.ui.screen import available, capped

log = logging.getLogger("sentra.ui")

PREFERRED_SIZE = QSize(860, 900)
MAX_PRINT_DPI = 600  # a laser printer's own resolution; an A4 page at 1200 dpi would take 560 MB
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
        # An A4 page's width at a readable zoom, as tall as the screen allows: on a 1366×768 screen
        # (or at 125 %) the buttons below the pages stay in sight.
        self.resize(capped(PREFERRED_SIZE, available(parent), QSize(8, 40)))

    # --- printing -------------------------------------------------------------------------
    def print_sheet(self) -> None:
        """Ask for a printer with the system dialog, then print the pages chosen there."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        prepare_printer(printer, self.document, range(self.document.pageCount()))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print sheet"))
        dialog.setMinMax(1, max(self.document.pageCount(), 1))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter, pages: str | None = None) -> int:
        """Print the chosen pages on ``printer`` at the sheet's own size; returns the pages printed.

        A printer that writes a PDF file gets the sheet's own pages (text stays text); a real
        printer gets each page drawn at its resolution.

        Args:
            printer: a printer set up by the print dialog (or a PDF file, in tests).
            pages: a page list such as "1,3" or "2-4"; None takes what the printer was given
                (the dialog's page range, else every page).
        """
        count = self.document.pageCount()
        wanted = chosen_pages(printer, count, pages)
        if not wanted:
            return 0
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            return self._write_pages(Path(printer.outputFileName()), wanted)
        return self.print_pictures(printer, wanted)

    def print_pictures(self, printer: QPrinter, wanted: Sequence[int]) -> int:
        """Draw pages ``wanted`` (from 0) on ``printer`` as pictures at its resolution, at 100 %
        when its margins fit the sheet's; returns the pages printed."""
        prepare_printer(printer, self.document, wanted)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print sheet"), self.tr("The printer could not be started."))
            return 0
        printed = 0
        try:
            for index in wanted:
                if printed:
                    printer.newPage()
                draw_page(painter, printer, self.document, index)
                printed += 1
        finally:
            painter.end()
        return printed

    def _write_pages(self, path: Path, wanted: Sequence[int]) -> int:
        """ "Print to file": the sheet's own PDF pages, not pictures of them."""
        from sentra_desktop.reports.pages import select_pages

        try:
            path.write_bytes(select_pages(self.pdf, wanted))
        except OSError as exc:
            show_error(self, StorageError("storage", detail=str(exc)))
            return 0
        return len(wanted)

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


# --- printing at the sheet's own size -------------------------------------------------------------
def parse_pages(text: str, count: int) -> list[int]:
    """Page indexes (from 0) for a page list like "1,3" or "2-4" (pages from 1), in order, each
    once; pages past the end are left out."""
    found: list[int] = []
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        first, _, last = part.partition("-")
        try:
            start, stop = int(first), int(last or first)
        except ValueError:
            continue
        for number in range(max(start, 1), min(stop, count) + 1):
            if number - 1 not in found:
                found.append(number - 1)
    return found


def chosen_pages(printer: QPrinter, count: int, pages: str | None = None) -> list[int]:
    """The page indexes to print: ``pages`` when given, else the printer's page ranges ("1,3"),
    else its from–to range, else every page."""
    if pages is not None:
        return parse_pages(pages, count)
    ranges = printer.pageRanges()
    if not ranges.isEmpty():
        return [index for index in range(count) if ranges.contains(index + 1)]
    first, last = printer.fromPage(), printer.toPage()
    if first and last:
        return list(range(first - 1, min(last, count)))
    return list(range(count))


def ink_margin() -> float:
    """How close (points) a sheet's ink comes to the paper's edge: the sheet margin less the page
    number line below it (see reports.base)."""
    from sentra_desktop.reports.base import MARGIN

    return float(MARGIN) - 3 * MM


MM = 72 / 25.4


def prepare_printer(printer: QPrinter, document: QPdfDocument, wanted: Sequence[int]) -> None:
    """Give ``printer`` the sheet's paper size and orientation, and print from the paper's corner
    (full page) when the printer can print as close to the edge as the sheet's ink comes; a
    printer with wider margins gets the page shrunk into them instead."""
    if not wanted:
        return
    size = document.pagePointSize(wanted[0])
    landscape = size.width() > size.height()
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageOrientation(orientation)
    layout = printer.pageLayout()
    layout.setUnits(QPageLayout.Unit.Point)
    least = layout.minimumMargins()
    widest = max(least.left(), least.top(), least.right(), least.bottom())
    printer.setFullPage(widest <= ink_margin())


def draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int) -> None:
    """Draw page ``index`` at its own size from the paper's corner (full page), else shrunk into
    the printable area, as a picture at the printer's resolution (at most 600 dpi).

    Qt PDF renders pages only to pictures (``QPdfDocument.render`` gives a ``QImage``; there is no
    way to replay a PDF page onto a ``QPainter``), so a real printer gets a picture of the page, at
    the same size and place as on the saved PDF. Rendering in bands would save memory, but Qt's
    clip rectangle (``QPdfDocumentRenderOptions.setScaledClipRect``) shifts a band by a few pixels.
    """
    size = document.pagePointSize(index)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    image = document.render(index, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72)))
    device_per_point = printer.resolution() / 72
    target = QRectF(0, 0, size.width() * device_per_point, size.height() * device_per_point)
    if not printer.fullPage():
        room = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
        factor = min(room.width() / target.width(), room.height() / target.height(), 1.0)
        target = QRectF(0, 0, target.width() * factor, target.height() * factor)
        log.info("printer margins wider than the sheet's: page %d at %.1f %%", index + 1, factor * 100)
    painter.drawImage(target, image)
