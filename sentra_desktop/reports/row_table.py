"""A long table of plain text rows drawn straight onto the page: thousands of rows in a second.

ReportLab's ``Table`` measures, styles and splits every cell as an object, which costs seconds per
thousand ten-column rows. The Laporan Bantuan lists every aid item (5,000 on the large demo), so
its item tables are a :class:`RowTable` instead: each cell is a string wrapped once to its
column (:func:`reports.text.wrap`), a row's height follows its tallest cell, a split is a bisection
of the running heights, and the drawing is one text object per page. It looks like the sheets'
other tables: a shaded header repeated on each page, thin rules between rows, an optional bold
group row spanning the width, bold rows, a shaded totals row.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from sentra_desktop.reports.fonts import BOLD, FALLBACK, MAIN
from sentra_desktop.reports.text import needs_fallback, visual, wrap

SIZE = 9
HEADER_SIZE = 8.5
LEADING = SIZE * 1.2
PAD_X = 3
PAD_TOP = 2.5
PAD_BOTTOM = 3
GRID = colors.Color(0.35, 0.35, 0.35)
SHADE = colors.Color(0.88, 0.88, 0.88)
LIGHT = colors.Color(0.95, 0.95, 0.95)


@dataclass(frozen=True)
class Row:
    """One row: its cells as wrapped lines, and how it prints (bold, a group title, the totals)."""

    cells: tuple[tuple[str, ...], ...]
    bold: bool = False
    group: bool = False
    totals: bool = False
    fallback: frozenset[int] = field(default_factory=frozenset)  # cells printed in the fallback font
    height: float = field(init=False)

    def __post_init__(self) -> None:
        lines = max(len(cell) for cell in self.cells)
        object.__setattr__(self, "height", lines * LEADING + PAD_TOP + PAD_BOTTOM)


_WIDTHS: dict[tuple[str, str, float], float] = {}


def _width(text: str, font: str, size: float = SIZE) -> float:
    """``stringWidth``, remembered: a sheet measures the same dates, amounts and words again and again."""
    key = (text, font, size)
    found = _WIDTHS.get(key)
    if found is None:
        if len(_WIDTHS) > 200_000:
            _WIDTHS.clear()
        found = _WIDTHS[key] = stringWidth(text, font, size)
    return found


def _lines(text: str, font: str, width: float) -> tuple[str, ...]:
    """``text`` wrapped to ``width`` word by word (as :func:`reports.text.wrap`, words measured once);
    a word wider than the column, or a line break, goes to that function."""
    if "\n" in text:
        return tuple(wrap(text, font, SIZE, width).split("\n"))
    if _width(text, font) <= width:
        return (text,)
    space = _width(" ", font)
    lines: list[str] = []
    line, line_width = "", 0.0
    for word in text.split():
        word_width = _width(word, font)
        if word_width > width:
            return tuple(wrap(text, font, SIZE, width).split("\n"))
        if not line:
            line, line_width = word, word_width
        elif line_width + space + word_width <= width:
            line, line_width = f"{line} {word}", line_width + space + word_width
        else:
            lines.append(line)
            line, line_width = word, word_width
    lines.append(line)
    return tuple(lines)


_CELLS: dict[tuple[str, str, float], tuple[tuple[str, ...], bool]] = {}


def _cell(text: str, font: str, width: float) -> tuple[tuple[str, ...], bool]:
    """One cell's lines and whether it needs the fallback font, remembered: dates, amounts, kinds
    and conditions repeat on every row of a long sheet."""
    key = (text, font, width)
    found = _CELLS.get(key)
    if found is None:
        if len(_CELLS) > 100_000:
            _CELLS.clear()
        shown = visual(text)
        fallback = needs_fallback(shown)
        found = _CELLS[key] = (_lines(shown, FALLBACK if fallback else font, width - 2 * PAD_X), fallback)
    return found


def make_row(
    texts: Sequence[str], widths: Sequence[float], *, bold: bool = False, totals: bool = False
) -> Row:
    """A row of user text, each cell wrapped to its column (the fallback font where the main one lacks
    a character)."""
    font = BOLD if bold or totals else MAIN
    cells: list[tuple[str, ...]] = []
    fallback: set[int] = set()
    for column, (text, width) in enumerate(zip(texts, widths, strict=True)):
        lines, other_font = _cell(text, font, width)
        if other_font:
            fallback.add(column)
        cells.append(lines)
    return Row(tuple(cells), bold=bold, totals=totals, fallback=frozenset(fallback))


def group_row(title: str, width: float) -> Row:
    """A bold title spanning the table (an agency and programme)."""
    shown = visual(title)
    font = FALLBACK if needs_fallback(shown) else BOLD
    lines = tuple(wrap(shown, font, SIZE, width - 2 * PAD_X).split("\n"))
    return Row((lines,), bold=True, group=True, fallback=frozenset({0} if font == FALLBACK else ()))


class RowTable(Flowable):
    """Rows under a header that repeats on every page; splits between rows only."""

    def __init__(
        self,
        header: Sequence[str] | Row,
        rows: Sequence[Row],
        widths: Sequence[float],
        *,
        right: Iterable[int] = (),
    ) -> None:
        super().__init__()
        self.header = header if isinstance(header, Row) else make_row(header, widths, bold=True)
        self.rows = list(rows)
        self.widths = list(widths)
        self.right = frozenset(right)
        self._heights = list(accumulate(row.height for row in self.rows))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = sum(self.widths)
        self.height = self.header.height + (self._heights[-1] if self._heights else 0)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        room = availHeight - self.header.height
        fits = bisect.bisect_right(self._heights, room)
        if fits == 1 and self.rows[0].group:
            fits = 0  # a group title never ends a page alone
        if fits == 0 or fits >= len(self.rows):
            return [] if fits == 0 else [self]
        first = RowTable(self.header, self.rows[:fits], self.widths, right=self.right)
        rest = RowTable(self.header, self.rows[fits:], self.widths, right=self.right)
        return [first, rest]

    def draw(self) -> None:
        canvas = self.canv
        width = sum(self.widths)
        lefts = [0.0, *accumulate(self.widths)][:-1]
        top = self.height
        canvas.saveState()
        # Backgrounds first, then one text object for every cell, then the rules.
        y = top
        shaded: list[tuple[float, float, colors.Color]] = [(y, self.header.height, SHADE)]
        y -= self.header.height
        bottoms = [y]
        for row in self.rows:
            if row.group or row.totals:
                shaded.append((y, row.height, LIGHT))
            y -= row.height
            bottoms.append(y)
        for at, height, colour in shaded:
            canvas.setFillColor(colour)
            canvas.rect(0, at - height, width, height, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        # One text block of plain operators, as ReportLab documents for its subset fonts: each
        # line is placed with a text matrix, and a line's operators are made once per document.
        ops = ["BT"]
        y = top
        xs = [f"1 0 0 1 {left + PAD_X:.2f} " for left in lefts]  # a line's place, its x made once
        for row in [self.header, *self.rows]:
            size = HEADER_SIZE if row is self.header else SIZE
            depth = max(len(lines) for lines in row.cells)
            ys = [f" {y - PAD_TOP - size - n * LEADING:.2f} Tm" for n in range(depth)]
            for column, lines in enumerate(row.cells):
                font = FALLBACK if column in row.fallback else (BOLD if row.bold or row.totals else MAIN)
                right = column in self.right and not row.group
                for n, line in enumerate(lines):
                    if right:
                        x = lefts[column] + self.widths[column] - PAD_X - _width(line, font, size)
                        ops.append(f"1 0 0 1 {x:.2f}{ys[n]}")
                    else:
                        ops.append(xs[column] + ys[n][1:])
                    ops.append(_shown(canvas, font, size, line))
            y -= row.height
        ops.append("ET")
        canvas._code.append("\n".join(ops))
        # The rules as two paths: thin grey between rows, black around the header and the totals.
        thin: list[float] = []
        thick = [top, bottoms[0]]
        for row, bottom in zip(self.rows, bottoms[1:], strict=True):
            if row.totals:
                thick += [bottom + row.height, bottom]
            else:
                thin.append(bottom)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.25)
        canvas._code.append(_rules(thin, width))
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.8)
        canvas._code.append(_rules(thick, width))
        canvas.restoreState()


def _shown(canvas: Canvas, font_name: str, size: float, text: str) -> str:
    """The operators that show ``text`` in ``font_name`` (a subset font) at ``size``, made once per
    document (kept on the document: a subset's name and a character's code in it are the document's)."""
    doc = canvas._doc
    shown: dict[tuple[str, float, str], str] = doc.__dict__.setdefault("_sentra_shown", {})
    key = (font_name, size, text)
    found = shown.get(key)
    if found is None:
        font = getFont(font_name)
        found = shown[key] = " ".join(
            f"{font.getSubsetInternalName(subset, doc)} {size} Tf ({canvas._escape(chunk)}) Tj"
            for subset, chunk in font.splitString(text, doc)
        )
    return found


def _rules(heights: Sequence[float], width: float) -> str:
    """One stroked path of full-width horizontal rules (operators written directly: thousands a sheet)."""
    return " ".join(f"0 {y:.2f} m {width:.2f} {y:.2f} l" for y in heights) + " S" if heights else ""
