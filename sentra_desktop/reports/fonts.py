"""The TrueType fonts every sheet embeds, registered with ReportLab once per process.

DejaVu Sans prints Latin, Arabic presentation forms and many symbols; Droid Sans Fallback is
registered on first need, for runs of characters DejaVu Sans has no glyph for (Chinese names), and
Symbola (monochrome) for pictographs neither has (most emoji: 🎉 🚀 🤝). An emoji newer than
Unicode 9 (🥹) is in none of them and prints as an empty box; :func:`unprintable` names such
characters so that a form can say so when the name is saved.
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
SYMBOLS = "SentraSymbols"

_FILES = {
    MAIN: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
    SYMBOLS: "Symbola.ttf",
}
_lock = threading.Lock()
_main_chars: frozenset[int] = frozenset()
_extra_chars: dict[str, frozenset[int]] = {}
# Marks that print as nothing of their own (joiners, variation selectors, skin tones): never "unprintable".
_SILENT = frozenset({0x200C, 0x200D, 0xFE0E, 0xFE0F, *range(0x1F3FB, 0x1F400)})


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


def _has(name: str, char: str) -> bool:
    chars = _extra_chars.get(name)
    if chars is None:
        with _lock:
            chars = _extra_chars.get(name)
            if chars is None:
                chars = _extra_chars[name] = frozenset(_register(name).face.charToGlyph)
    return ord(char) in chars


def fallback_has(char: str) -> bool:
    """True when the fallback font has a glyph for ``char`` (registers it on first use)."""
    return _has(FALLBACK, char)


def symbols_has(char: str) -> bool:
    """True when the symbols font (emoji, pictographs) has a glyph for ``char`` (registered on first use)."""
    return _has(SYMBOLS, char)


def font_for(char: str) -> str:
    """The first of the main, fallback and symbols fonts with a glyph for ``char`` (the main font,
    which prints an empty box, when none has one)."""
    if main_has(char):
        return MAIN
    if fallback_has(char):
        return FALLBACK
    if symbols_has(char):
        return SYMBOLS
    return MAIN


def _pictograph(char: str) -> bool:
    """Symbols, dingbats and everything beyond the basic plane (emoji): where a name's character
    may be in no font. Other scripts are left unchecked, so a plain name loads no font."""
    code = ord(char)
    return (code >= 0x10000 or 0x2000 <= code < 0x3000) and code not in _SILENT


def unprintable(text: str) -> str:
    """The pictographs of ``text`` no sheet font has (each once, in order): they print as a box."""
    candidates = [char for char in dict.fromkeys(text) if _pictograph(char)]
    if not candidates:
        return ""
    register_fonts()
    return "".join(char for char in candidates if not main_has(char) and font_for(char) == MAIN)
