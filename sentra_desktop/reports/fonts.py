"""The TrueType fonts every sheet embeds, registered with ReportLab once per process.

DejaVu Sans prints Latin, Arabic presentation forms and many symbols; Droid Sans Fallback is
registered on first need, for runs of characters DejaVu Sans has no glyph for (Chinese names).
The PDF base-14 fonts are never used, so every name prints as typed and is embedded.

ReportLab 4/5 writes each subset's ToUnicode map with ``<%04X>``, which turns a character beyond
U+FFFF (an emoji) into five hex digits that PDF readers cut to four (😀 U+1F600 is read back as
U+1F60); :func:`to_unicode_cmap` writes such characters as UTF-16 surrogate pairs, as the PDF
reference asks, so copying or searching the text of a sheet gives the name as typed.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from sentra_desktop.core.paths import resource_path

MAIN = "SentraSans"
BOLD = "SentraSans-Bold"
FALLBACK = "SentraFallback"

_FILES = {MAIN: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", FALLBACK: "DroidSansFallbackFull.ttf"}
_lock = threading.Lock()
_main_chars: frozenset[int] = frozenset()
_fallback_chars: frozenset[int] | None = None


def _register(name: str) -> TTFont:
    font = TTFont(name, str(resource_path("fonts", _FILES[name])))
    pdfmetrics.registerFont(font)
    return font


def _utf16_hex(code_point: int) -> str:
    """A character as the hex of its UTF-16BE code units (a surrogate pair beyond U+FFFF)."""
    return chr(code_point).encode("utf-16-be", "surrogatepass").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap of one font subset, with characters beyond U+FFFF as surrogate pairs."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{code:02X}> <{_utf16_hex(value)}>" for code, value in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def register_fonts() -> None:
    """Register the main font and its bold face (safe to call from any thread, any number of times)."""
    global _main_chars
    if _main_chars:
        return
    with _lock:
        if _main_chars:
            return
        # The subsetting code looks the function up by its module name when it writes a font.
        ttfonts.makeToUnicodeCMap = to_unicode_cmap
        main = _register(MAIN)
        _register(BOLD)
        for bold, italic, name in ((0, 0, MAIN), (1, 0, BOLD), (0, 1, MAIN), (1, 1, BOLD)):
            addMapping(MAIN, bold, italic, name)
        # Charts start drawing in the graphics default font, Helvetica (base-14, not embedded):
        # make it ours, for this process's charts.
        from reportlab.graphics.renderbase import STATE_DEFAULTS

        STATE_DEFAULTS["fontName"] = MAIN
        _main_chars = frozenset(main.face.charToGlyph)


def main_has(char: str) -> bool:
    """True when the main font has a glyph for ``char``."""
    return ord(char) in _main_chars or char in "\n\t"


def fallback_has(char: str) -> bool:
    """True when the fallback font has a glyph for ``char`` (registers it on first use)."""
    global _fallback_chars
    if _fallback_chars is None:
        with _lock:
            if _fallback_chars is None:
                _fallback_chars = frozenset(_register(FALLBACK).face.charToGlyph)
    return ord(char) in _fallback_chars
