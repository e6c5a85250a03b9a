"""What every sheet shares: A4 pages, the sentra's header, page numbers, styles and tables.

A sheet is a :class:`Sheet` subclass that turns its data into a platypus story; ``render()``
returns the PDF bytes. Every page carries the sentra's name, address and logo, the sheet's title,
the print date and "Halaman 1 dari 3"; table headers repeat on every page. Styling is black on
white with light grey only for header rows and totals, so a sheet copies well on any printer.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, ClassVar

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from sentra_desktop import APP_NAME
from sentra_desktop.core import i18n
from sentra_desktop.core.formatting import format_datetime
from sentra_desktop.core.sheets import SentraInfo
from sentra_desktop.reports.fonts import BOLD, MAIN, register_fonts
from sentra_desktop.reports.text import markup, needs_fallback, visual, wrap

Progress = Callable[[int, int, str], None]

# Streams compressed but not base-85 encoded: without ReportLab's C accelerator the encoding is
# pure Python and took seconds of a long sheet; every PDF reader takes binary streams.
rl_config.useA85 = 0

HEADER_HEIGHT = 27 * mm
FOOTER_HEIGHT = 9 * mm
MARGIN = 14 * mm
BODY_SIZE = 9
CELL_PAD = 3
GRID = colors.Color(0.35, 0.35, 0.35)
SHADE = colors.Color(0.88, 0.88, 0.88)
LIGHT = colors.Color(0.95, 0.95, 0.95)


def make_styles() -> StyleSheet1:
    """The named paragraph styles of every sheet."""
    sheet = StyleSheet1()
    base = ParagraphStyle("body", fontName=MAIN, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.25)
    sheet.add(base)
    sheet.add(ParagraphStyle("small", parent=base, fontSize=8, leading=10))
    sheet.add(ParagraphStyle("cell", parent=base, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.2))
    sheet.add(ParagraphStyle("cell_right", parent=sheet["cell"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("head", parent=base, fontName=BOLD))
    sheet.add(ParagraphStyle("group", parent=base, fontName=BOLD, spaceBefore=5, spaceAfter=2))
    sheet.add(ParagraphStyle("sign", parent=base, fontName=BOLD, alignment=TA_CENTER))
    sheet.add(
        ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    )
    sheet.add(
        ParagraphStyle("label", parent=base, fontSize=8, leading=10, textColor=colors.Color(0.3, 0.3, 0.3))
    )
    sheet.add(ParagraphStyle("value", parent=base, fontSize=10, leading=12.5))
    sheet.add(ParagraphStyle("value_bold", parent=base, fontName=BOLD, fontSize=10, leading=12.5))
    sheet.add(
        ParagraphStyle("notice", parent=base, fontSize=11, leading=15, spaceBefore=18, alignment=TA_LEFT)
    )
    sheet.add(ParagraphStyle("sentra", parent=base, fontName=BOLD, fontSize=13, leading=16))
    sheet.add(ParagraphStyle("address", parent=base, fontSize=8, leading=10))
    sheet.add(
        ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=14, leading=17, alignment=TA_RIGHT)
    )
    sheet.add(ParagraphStyle("subtitle", parent=base, fontSize=9, leading=11.5, alignment=TA_RIGHT))
    return sheet


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text: escaped, in visual order, with fallback fonts where needed."""
    return Paragraph(markup(text), style)


class _NumberedCanvas(Canvas):
    """Holds every page back until the end so each can say "Halaman n dari N"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.setFont(MAIN, 8)
            self.drawRightString(
                width - MARGIN,
                MARGIN - 2 * mm,
                i18n.translate("Sheet", "Page {page} of {pages}", None, page=self._pageNumber, pages=total),
            )
            super().showPage()
        super().save()


class Sheet:
    """Base of every printed sheet: subclasses write :meth:`story`; the title comes from the registry."""

    landscape: ClassVar[bool] = False

    def __init__(self, sentra: SentraInfo, *, title: str = "", printed_at: datetime | None = None) -> None:
        self.sentra = sentra
        self.title = title  # English source, in the "Sheets" context of the catalogue
        self.printed_at = printed_at or datetime.now()
        register_fonts()
        self.styles = make_styles()
        self.pagesize = landscape(A4) if self.landscape else A4
        self.width = self.pagesize[0] - 2 * MARGIN
        self._progress: Progress | None = None

    def printed_title(self) -> str:
        """The title as the page head prints it: in the catalogue's words, each word capitalised."""
        words = i18n.translate("Sheets", self.title).split(" ")
        return " ".join(word[:1].upper() + word[1:] for word in words)

    # --- hooks -----------------------------------------------------------------------------
    def subtitle(self) -> str:
        """A line under the title (the period, the number); "" for none."""
        return ""

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def estimated_pages(self) -> int:
        """About how many pages the sheet will have, for the progress indicator."""
        return 1

    # --- rendering -------------------------------------------------------------------------
    def render(self, progress: Progress | None = None) -> bytes:
        """The sheet as PDF bytes; ``progress(done, total, label)`` hears how far layout has come."""
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT,
            bottomMargin=MARGIN + FOOTER_HEIGHT,
            title=f"{self.printed_title()} — {self.sentra.name}",
            author=self.sentra.name,
            creator=APP_NAME,
            subject=self.subtitle(),
            initialFontName=MAIN,  # else every page starts in Helvetica, a base-14 font
            initialFontSize=BODY_SIZE,
        )
        frame = Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
        self._progress = progress
        story = self.story()
        if progress is not None:
            progress(0, self.estimated_pages(), "")
        doc.build(story, canvasmaker=_NumberedCanvas)
        return buffer.getvalue()

    def _wrapped(self, text: str, style: ParagraphStyle, width: float) -> tuple[Paragraph, float]:
        """A page head's paragraph, laid out once and drawn on every page (long sheets have hundreds)."""
        cache: dict[tuple[str, str, float], tuple[Paragraph, float]] = self.__dict__.setdefault("_heads", {})
        key = (text, style.name, width)
        if key not in cache:
            para = p(text, style)
            cache[key] = (para, para.wrap(width, HEADER_HEIGHT)[1])
        return cache[key]

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Header and footer of one page (the page count is added when the document ends)."""
        width, height = self.pagesize
        top = height - MARGIN
        canvas.saveState()
        x = MARGIN
        if self.sentra.logo:
            try:
                from reportlab.lib.utils import ImageReader

                image = ImageReader(io.BytesIO(self.sentra.logo))
                canvas.drawImage(
                    image,
                    MARGIN,
                    top - 18 * mm,
                    18 * mm,
                    18 * mm,
                    preserveAspectRatio=True,
                    anchor="nw",
                    mask="auto",
                )
                x = MARGIN + 21 * mm
            except Exception:  # a logo ReportLab cannot read is left out, never the sheet
                x = MARGIN
        right_width = (width - 2 * MARGIN) * 0.36
        left_width = width - MARGIN - x - right_width - 4 * mm
        address = self.sentra.address
        for part in (self.sentra.city, self.sentra.province):
            if part and part.lower() not in address.lower():
                address = f"{address}, {part}" if address else part
        contact = " · ".join(part for part in (self.sentra.phone, self.sentra.email) if part)
        y = top
        for text, style in (
            (self.sentra.name, self.styles["sentra"]),
            (address, self.styles["address"]),
            (contact, self.styles["address"]),
        ):
            if not text:
                continue
            para, h = self._wrapped(text, style, left_width)
            para.drawOn(canvas, x, y - h)
            y -= h
        y = top
        for text, style in (
            (self.printed_title(), self.styles["title"]),
            (self.subtitle(), self.styles["subtitle"]),
        ):
            if not text:
                continue
            para, h = self._wrapped(text, style, right_width)
            para.drawOn(canvas, width - MARGIN - right_width, y - h)
            y -= h
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(1)
        rule = height - MARGIN - HEADER_HEIGHT + 3 * mm
        canvas.line(MARGIN, rule, width - MARGIN, rule)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, MARGIN + 2 * mm, width - MARGIN, MARGIN + 2 * mm)
        canvas.setFont(MAIN, 8)
        canvas.drawString(
            MARGIN,
            MARGIN - 2 * mm,
            i18n.translate("Sheet", "Printed {when}", None, when=format_datetime(self.printed_at))
            + f" · {APP_NAME}",
        )
        canvas.restoreState()
        if self._progress is not None:
            page = canvas.getPageNumber()
            self._progress(page, max(page, self.estimated_pages()), "")

    # --- building blocks -----------------------------------------------------------------------
    def cell(self, text: str, width: float, *, bold: bool = False, size: float = BODY_SIZE) -> Any:
        """A table cell of user text: a plain string (wrapped cheaply) unless it needs another font."""
        text = visual(text)
        if needs_fallback(text):
            style = self.styles["head"] if bold else self.styles["cell"]
            return Paragraph(markup(text), style)
        return wrap(text, BOLD if bold else MAIN, size, width - 2 * CELL_PAD)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Any]],
        fractions: Sequence[float],
        *,
        right: Sequence[int] = (),
        totals: Sequence[Any] | None = None,
        bold_rows: Sequence[int] = (),
        group_rows: Sequence[int] = (),
        long: bool = False,
        width: float | None = None,
    ) -> Table:
        """A table whose header repeats on every page; ``right`` columns are right-aligned numbers.

        Cells in ``rows`` must already be cells (strings from :meth:`cell` or numbers as text).
        """
        width = width or self.width
        widths = [width * f / sum(fractions) for f in fractions]
        data: list[Sequence[Any]] = [list(header), *rows]
        if totals is not None:
            data.append(list(totals))
        kind = LongTable if long else Table
        table = kind(data, colWidths=widths, repeatRows=1)
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), MAIN, BODY_SIZE, BODY_SIZE * 1.2),
            ("FONT", (0, 0), (-1, 0), BOLD, BODY_SIZE - 0.5, BODY_SIZE * 1.15),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for column in right:
            commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
        for row in bold_rows:
            commands.append(("FONT", (0, row + 1), (-1, row + 1), BOLD, BODY_SIZE, BODY_SIZE * 1.2))
        for row in group_rows:
            commands += [
                ("SPAN", (0, row + 1), (-1, row + 1)),
                ("FONT", (0, row + 1), (-1, row + 1), BOLD, BODY_SIZE, BODY_SIZE * 1.2),
                ("BACKGROUND", (0, row + 1), (-1, row + 1), LIGHT),
                ("LINEABOVE", (0, row + 1), (-1, row + 1), 0.6, colors.black),
                ("ALIGN", (0, row + 1), (-1, row + 1), "LEFT"),
            ]
        if totals is not None:
            commands += [
                ("FONT", (0, -1), (-1, -1), BOLD, BODY_SIZE, BODY_SIZE * 1.2),
                ("BACKGROUND", (0, -1), (-1, -1), LIGHT),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
            ]
        table.setStyle(TableStyle(commands))
        return table

    def heading(self, text: str) -> Paragraph:
        return p(text, self.styles["h2"])

    def notice(self, text: str) -> Paragraph:
        return p(text, self.styles["notice"])

    def fields(
        self, pairs: Sequence[tuple[str, str]], columns: int = 2, *, bold_values: bool = False
    ) -> Table:
        """Label/value pairs in a borderless grid (buyer, dates, numbers at the top of a form)."""
        label, value = self.styles["label"], self.styles["value_bold" if bold_values else "value"]
        cells = [[p(k, label), p(v or "–", value)] for k, v in pairs]
        rows: list[list[Any]] = []
        for start in range(0, len(cells), columns):
            row: list[Any] = []
            for pair in cells[start : start + columns]:
                row.extend(pair)
            row.extend([""] * (2 * columns - len(row)))
            rows.append(row)
        unit = self.width / columns
        table = Table(rows, colWidths=[unit * 0.33, unit * 0.67] * columns)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), MAIN, BODY_SIZE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        return table
