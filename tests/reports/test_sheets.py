"""Every sheet made from a known database, read back with pypdf: names, numbers, pages, fonts."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from sentra_desktop.core.enums import StockItemKind
from sentra_desktop.core.sheets import ProductionSummaryData, SentraInfo, StockSheetData, StockSheetItem
from sentra_desktop.printing import render
from sentra_desktop.services.report_data import ReportDataService
from tests.reports.conftest import ARABIC, CHINESE, EMOJI, LONG_WORD, TRICKY, pdf_fonts, pdf_pages

PRINTED = datetime(2026, 11, 28, 14, 5)


def flat(text: str) -> str:
    """Page text with line breaks and hyphen-free wrapping undone, for "is it on the page" checks."""
    return " ".join(text.split())


def assert_common(pages: list[str], title: str) -> None:
    """Sentra name and address, the title, the print date and "Halaman n dari N" on every page."""
    for number, page in enumerate(pages, start=1):
        text = flat(page)
        assert "Sentra Karet & Sabut <Uji>" in text
        assert "Jl. Talang Kedondong 9, Palembang, Sumatera Selatan" in text
        assert title in text and "Dicetak 28/11/2026 14:05" in text
        assert f"Halaman {number} dari {len(pages)}" in text


def assert_fonts_embedded(data: bytes) -> None:
    fonts = pdf_fonts(data)
    assert fonts, "no fonts found"
    assert all("not embedded" not in name for name in fonts), fonts
    base14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")
    assert not any(name.lstrip("/").startswith(base14) for name in fonts), fonts


def test_order_sheet(reports: ReportDataService, known: dict[str, Any]) -> None:
    data = render(reports.order_sheet("PSN-2026-0007"), printed_at=PRINTED)
    pages = pdf_pages(data)
    assert len(pages) == 1
    assert_common(pages, "Lembar Pesanan")
    text = flat(pages[0])
    assert "PSN-2026-0007" in text and TRICKY in text and "05/11/2026" in text and "30/11/2026" in text
    assert "Gantungan Ampera" in text and "Rp 1.200.000" in text and "Rp 165.000" in text
    assert "Subtotal Rp 1.365.000" in text and "-Rp 25.000" in text and "Total Rp 1.340.000" in text
    assert "Uang muka (DP) 05/11/2026, Tunai -Rp 500.000" in text
    assert "Sisa tagihan Rp 740.000" in text
    assert "Kirim sebelum <pameran> & bungkus rapi" in text
    assert "Dikonfirmasi" in text and "Pembeli" in text and "(nama jelas)" in text
    assert_fonts_embedded(data)


def test_delivery_note(reports: ReportDataService, known: dict[str, Any]) -> None:
    data = render(reports.delivery_note("SJ-2026-0003"), printed_at=PRINTED)
    pages = pdf_pages(data)
    assert_common(pages, "Surat Jalan")
    text = flat(pages[0])
    assert "SJ-2026-0003" in text and "PSN-2026-0007" in text and "12/11/2026" in text
    assert "GK-AMP Gantungan Ampera 120 100" in text and "Jumlah dikirim 100" in text
    assert "Penerima" in text and "Titip satpam" in text


def test_stock_sheet(reports: ReportDataService, known: dict[str, Any]) -> None:
    data = render(reports.stock_sheet(), printed_at=PRINTED)
    pages = pdf_pages(data)
    assert_common(pages, "Daftar Stok")
    text = flat(pages[0])
    assert "Dihitung" in text and "Barang jadi" in text and "Bahan baku" in text
    assert "GK-AMP Gantungan Ampera buah 157 500 RENDAH" in text
    assert TRICKY in text and "LTX Lateks liter 12,500 5,000" in text
    assert "Semua jenis produk" in text


def test_stock_sheet_of_one_product_type(reports: ReportDataService, known: dict[str, Any]) -> None:
    text = flat(pdf_pages(render(reports.stock_sheet("Keset"), printed_at=PRINTED))[0])
    assert "KS-01" in text and "GK-AMP" not in text and "Lateks" not in text and "Jenis produk Keset" in text


def test_stock_card(reports: ReportDataService, known: dict[str, Any]) -> None:
    card = reports.stock_card(StockItemKind.DESIGN, known["ampera"], date(2026, 11, 1), date(2026, 11, 30))
    pages = pdf_pages(render(card, printed_at=PRINTED))
    assert_common(pages, "Kartu Stok")
    text = flat(pages[0])
    assert "Saldo awal 7" in text and "01/11/2026 – 30/11/2026" in text
    assert "02/11/2026 Hasil produksi" in text and "Penguji 100 107" in text and "157" in text
    assert "Saldo akhir 150 0 157" in text


def test_production_summary(reports: ReportDataService, known: dict[str, Any]) -> None:
    data = render(reports.production_summary(date(2026, 11, 1), date(2026, 11, 30)), printed_at=PRINTED)
    pages = pdf_pages(data)
    assert_common(pages, "Laporan Produksi")
    text = flat("\n".join(pages))
    assert "November 2026" in text and "180 buah" in text and "8 buah (4,3 %)" in text
    assert "GK-AMP Gantungan Ampera Gantungan kunci 150 5 3,2 %" in text
    assert "Jumlah 180 8 4,3 %" in text  # the design table's totals
    assert "Rusmini IKM Kedondong 2 120 7 5,5 %" in text and CHINESE in text
    assert "Jumlah 4 180 8 4,3 %" in text  # the maker table's totals
    assert "Hasil produksi per hari" in text  # the chart's caption
    assert_fonts_embedded(data)


def test_production_summary_of_an_empty_period_says_so(
    reports: ReportDataService, known: dict[str, Any]
) -> None:
    pages = pdf_pages(
        render(reports.production_summary(date(2026, 11, 4), date(2026, 11, 4)), printed_at=PRINTED)
    )
    text = flat(pages[0])
    assert "Tidak ada produksi yang tercatat pada periode ini." in text and "04/11/2026" in text


def test_buyer_list_prints_names_as_typed(reports: ReportDataService, known: dict[str, Any]) -> None:
    data = render(reports.buyer_list(), printed_at=PRINTED)
    pages = pdf_pages(data)
    assert_common(pages, "Daftar Pembeli")
    text = flat(pages[0])
    assert TRICKY in text and "Toko Senang" in text and "Rp 1.340.000" in text
    # the Arabic name prints joined (presentation forms) and in visual order; pypdf reads it back
    letters = unicodedata.normalize("NFKC", text)
    assert all(word in letters or word[::-1] in letters for word in ARABIC.split())
    # the 100-letter word is broken over lines, never cut off
    assert LONG_WORD in "".join(pages[0].split())
    assert_fonts_embedded(data)
    assert any("Fallback" in name or "Droid" in name for name in pdf_fonts(render(_chinese_sheet())))


def _chinese_sheet() -> StockSheetData:
    item = StockSheetItem("CN-1", CHINESE + " keychain", "Gantungan kunci", "pcs", Decimal(5), Decimal(0))
    return StockSheetData(SentraInfo(name=EMOJI), date(2026, 11, 28), [item], [])


def test_emoji_and_chinese_do_not_break_a_sheet() -> None:
    pages = pdf_pages(render(_chinese_sheet(), printed_at=PRINTED))
    assert CHINESE in pages[0] and "Toko Senang" in pages[0]


def big_stock(count: int) -> StockSheetData:
    items = [
        StockSheetItem(
            f"GK-{n:05d}",
            f"Gantungan Kunci Motif {n} " + ("panjang " * (n % 7)),
            f"Jenis {n // 500}",
            "pcs",
            Decimal(n % 300),
            Decimal(100),
        )
        for n in range(count)
    ]
    return StockSheetData(SentraInfo(name="Sentra Besar"), date(2026, 11, 28), items, [])


def test_long_sheet_repeats_its_header_on_every_page() -> None:
    pages = pdf_pages(render(big_stock(300), printed_at=PRINTED))
    assert len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        assert "No Kode Nama Satuan Stok Batas Ket. Dihitung" in flat(page), number
        assert f"Halaman {number} dari {len(pages)}" in page
    assert "GK-00299" in pages[-1]


def test_progress_is_reported_page_by_page() -> None:
    seen: list[tuple[int, int]] = []
    render(big_stock(300), progress=lambda done, total, _label: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] >= 4


def test_empty_data_prints_a_sheet_that_says_so() -> None:
    empty = ProductionSummaryData(SentraInfo(name="X"), date(2026, 1, 1), date(2026, 1, 31), [], [], [])
    text = flat(pdf_pages(render(empty))[0])
    assert "Januari 2026" in text and "Tidak ada produksi" in text


def test_unknown_data_is_refused() -> None:
    with pytest.raises(TypeError):
        render(object())
