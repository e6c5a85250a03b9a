"""User text on paper: escaped markup, fallback font runs, Arabic order, cheap wrapping."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from sentra_desktop.core.paths import resource_path
from sentra_desktop.reports.fonts import FALLBACK, MAIN, SYMBOLS, register_fonts, unprintable
from sentra_desktop.reports.text import markup, visual, wrap
from tests.reports.conftest import ARABIC, CHINESE, LONG_WORD, TRICKY


def setup_module() -> None:
    register_fonts()


def test_markup_escapes_every_special_character() -> None:
    assert markup(TRICKY) == "PT &lt;Maju&gt; &amp; &quot;Jaya&quot; &#39;Abadi&#39;"
    assert markup("a<b\nc") == "a&lt;b<br/>c"


def test_characters_the_main_font_lacks_go_to_the_fallback_font() -> None:
    assert markup(f"Pak {CHINESE} & co") == f'Pak <font name="{FALLBACK}">{CHINESE}</font> &amp; co'
    assert markup("Toko 🎉🚀") == f'Toko <font name="{SYMBOLS}">🎉🚀</font>'  # emoji: the symbols font
    assert "font" not in markup(
        "Toko 🥹"
    )  # no font has it (newer than the symbols font): a box, never an error


def test_only_pictographs_no_font_has_are_unprintable() -> None:
    assert unprintable("Toko 🥹 Jaya 🥹 🎉 😀 👍🏽 ❤️ 中文 عربي") == "🥹"
    assert unprintable("Toko Jaya") == "" and unprintable("Toko 🎉") == ""


def test_arabic_is_joined_and_put_in_visual_order() -> None:
    shown = visual(ARABIC)
    assert shown != ARABIC and all("\ufe70" <= c <= "\ufefc" or c == " " for c in shown)
    assert visual("Toko Maju") == "Toko Maju"


def test_wrap_breaks_lines_and_over_long_words_to_fit() -> None:
    width = 100
    lines = wrap(f"Gantungan kunci {LONG_WORD} karet", MAIN, 9, width).split("\n")
    assert len(lines) > 3
    assert all(stringWidth(line, MAIN, 9) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == f"Gantungankunci{LONG_WORD}karet"
    assert wrap("pendek", MAIN, 9, width) == "pendek"


def test_fonts_are_shipped_with_their_licences() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallbackFull.ttf"):
        assert resource_path("fonts", name).stat().st_size > 100_000
    assert "Bitstream" in resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Apache" in resource_path("fonts", "LICENSE-DroidSansFallback.txt").read_text(encoding="utf-8")
