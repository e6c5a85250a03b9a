"""Characters beyond U+FFFF (emoji) come back from a sheet's text as typed, not cut to four hex digits."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from sentra_desktop.core.sheets import SentraInfo, StockSheetData
from sentra_desktop.printing import render
from sentra_desktop.reports.fonts import main_has, register_fonts, to_unicode_cmap
from tests.reports.conftest import pdf_pages

GRIN = "😀"  # U+1F600, a glyph DejaVu Sans has
PARTY = "🎉🚀🤝"  # U+1F389, U+1F680, U+1F91D: only the symbols font has them


def test_the_unicode_map_writes_surrogate_pairs_beyond_the_basic_plane() -> None:
    cmap = to_unicode_cmap("F", [0x41, 0xE9, 0x1F600])
    assert "<00> <0041>" in cmap and "<01> <00E9>" in cmap and "<02> <D83DDE00>" in cmap
    assert "1F600" not in cmap
    assert "<00> <02>" in cmap and "3 beginbfchar" in cmap


def test_an_emoji_in_a_name_extracts_as_typed(tmp_path: Path) -> None:
    register_fonts()
    assert main_has(GRIN)
    pdf = render(StockSheetData(SentraInfo(name=f"Toko Senang {GRIN}"), date(2026, 11, 28), [], []))
    assert f"Toko Senang {GRIN}" in pdf_pages(pdf)[0]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "emoji.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert f"Toko Senang {GRIN}" in text and "\u1f60" not in text


def test_emoji_the_main_font_lacks_print_in_the_symbols_font_and_extract_as_typed(tmp_path: Path) -> None:
    pdf = render(StockSheetData(SentraInfo(name=f"Toko {PARTY} Jaya"), date(2026, 11, 28), [], []))
    assert f"Toko {PARTY} Jaya" in pdf_pages(pdf)[0]
    assert b"Symbola" in pdf  # embedded, so they print as themselves and not as boxes
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "party.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert f"Toko {PARTY} Jaya" in text
