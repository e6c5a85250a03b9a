"""User text made safe for a sheet: escaped markup, font fallback, right-to-left order, wrapping.

Everything an operator typed goes through here before it reaches ReportLab:

- :func:`markup` escapes ``& < > " '`` for Paragraph markup and wraps runs of characters the main
  font lacks in the font that has them (Chinese: the fallback font; emoji: the symbols font); a
  character no font has prints as an empty box (see ``fonts.unprintable``), it never stops the sheet.
- :func:`visual` puts Arabic (and Hebrew) text into the order and letter forms it is seen in:
  ReportLab 5.1 shapes and reorders right-to-left text only with ``uharfbuzz`` and ``rlbidi``
  (the latter is not on PyPI), so the letters are joined with ``arabic-reshaper`` and the runs
  reordered with ``python-bidi``. That is right for one line, which is how names print; a right-to-left
  text long enough to wrap reads its lines in order but each line is reordered on its own.
- :func:`wrap` breaks a plain string into lines that fit a column, cheaply (one width
  measurement per word), breaking a word longer than the column wherever it must.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from sentra_desktop.reports.fonts import MAIN, font_for, main_has

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ESCAPES = {'"': "&quot;", "'": "&#39;"}


def visual(text: str) -> str:
    """``text`` in visual order with joined Arabic letters (unchanged when it has no right-to-left text)."""
    if text.isascii() or not _RTL.search(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return "\n".join(get_display(arabic_reshaper.reshape(line)) for line in text.split("\n"))


def needs_fallback(text: str) -> bool:
    """True when some character of ``text`` is missing from the main font."""
    return not text.isascii() and not all(main_has(c) for c in text)


def markup(text: str) -> str:
    """Paragraph markup that prints ``text`` exactly as typed (in visual order)."""
    text = visual(text)
    if not needs_fallback(text):
        return escape(text, _ESCAPES).replace("\n", "<br/>")
    parts: list[str] = []
    run: list[str] = []
    font = MAIN
    for char in text:
        wanted = font_for(char)
        if wanted != font and run:
            parts.append(_run("".join(run), font))
            run = []
        font = wanted
        run.append(char)
    if run:
        parts.append(_run("".join(run), font))
    return "".join(parts)


def _run(text: str, font: str) -> str:
    escaped = escape(text, _ESCAPES).replace("\n", "<br/>")
    return escaped if font == MAIN else f'<font name="{font}">{escaped}</font>'


def wrap(text: str, font: str, size: float, width: float) -> str:
    """``text`` with line breaks so that no line is wider than ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, line_width = "", 0.0
        for word in paragraph.split():
            word_width = stringWidth(word, font, size)
            if word_width > width:  # an over-long word: break it wherever it must
                if line:
                    lines.append(line)
                chunks = _break_word(word, font, size, width)
                lines.extend(chunks[:-1])
                line = chunks[-1]
                line_width = stringWidth(line, font, size)
            elif not line:
                line, line_width = word, word_width
            elif line_width + space + word_width <= width:
                line += " " + word
                line_width += space + word_width
            else:
                lines.append(line)
                line, line_width = word, word_width
        lines.append(line)
    return "\n".join(lines)


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    chunks: list[str] = []
    chunk, chunk_width = "", 0.0
    for char in word:
        char_width = stringWidth(char, font, size)
        if chunk and chunk_width + char_width > width:
            chunks.append(chunk)
            chunk, chunk_width = "", 0.0
        chunk += char
        chunk_width += char_width
    chunks.append(chunk)
    return chunks
