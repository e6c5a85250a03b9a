"""The default demo tells the article's story on the Kinerja figures and in the pack (three years)."""

from __future__ import annotations

from datetime import date, timedelta

from sentra_desktop import printing
from sentra_desktop.core.performance import Period, WarningKind, add_months
from sentra_desktop.demo import DemoOptions, load_demo_data
from sentra_desktop.services.buyers import BuyerService
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.performance import PerformanceService
from tests.reports.conftest import pdf_pages

TODAY = date(2026, 11, 28)


def test_slump_dependence_and_new_markets_on_the_default_demo(db: Database) -> None:
    summary = load_demo_data(db, DemoOptions(today=TODAY))
    assert summary.first_day == TODAY - timedelta(days=3 * 365 - 1)
    assert BuyerService(db).count(ListQuery().with_filter("no_regency", True)) == 0  # every buyer placed

    year = Period(add_months(TODAY, -12) + timedelta(days=1), TODAY)
    pack = PerformanceService(db).pack(year, today=TODAY)
    # The post-event slump: the sports week's 3 months after against the 3 before.
    sports = next(w for w in pack.event_windows if w.name.startswith("Porprov"))
    assert sports.complete and sports.output_after < sports.output_before * 0.6
    assert sports.sales_after < sports.sales_before
    # Dependence again: the next sports week holds most of the year's orders, through one buyer.
    warned = {(w.kind, w.name.split(" 20")[0]) for w in pack.warnings}
    assert (WarningKind.EVENT, "Pekan Olahraga Nasional") in warned
    assert (WarningKind.BUYER, "Bambang Wijaya") in warned
    # Markets opened after the slump; new designs since the sports week.
    assert {"Kota Batam", "Kota Padang"} <= set(pack.current.new_cities)
    assert "Kepulauan Riau" in pack.current.new_provinces
    assert pack.upcoming and pack.upcoming[0].name.startswith("Pekan Olahraga Nasional")
    # The page's default (this month) shows the event warning too: shares are of the last 12 months.
    month = PerformanceService(db).pack(Period.month(TODAY), today=TODAY)
    assert any(w.kind == WarningKind.EVENT for w in month.warnings)

    # The slump is told as a warning, on screen and (below) on paper.
    slump = next(w for w in pack.warnings if w.kind == WarningKind.SLUMP)
    assert slump.name.startswith("Porprov") and slump.window == sports

    # The pack by default (the last 12 months): every section title, the warnings first.
    pages = pdf_pages(printing.make(db, "performance", {"date_to": TODAY}))
    text = " ".join(" ".join(pages).split())
    assert "Pekan Olahraga Nasional" in text and "Bambang Wijaya" in text and "Porprov Sumsel" in text
    first = " ".join(pages[0].split())
    for warning in pack.warnings:
        assert " ".join(warning.text().split()) in first, warning
    assert "Setelah acara Porprov Sumsel 20" in first and ": produksi −" in first
    assert "Acara Pekan Olahraga Nasional 2027 memegang" in first
    assert "Pembeli Bambang Wijaya memegang" in first
    titles = (
        "Ringkasan",
        "Produksi",
        "Penjualan dan pasar",
        "Diversifikasi desain",
        "Ketergantungan pada acara",
        "Nilai tambah",
        "Grafik",
        "Kunjungan pendampingan",
        "Bantuan diterima",
    )
    at = [text.find(title) for title in titles]
    assert -1 not in at and at == sorted(at), dict(zip(titles, at, strict=True))
    # New regencies listed by name, the before/after table with its columns, visits with their advice.
    new_cities = text[text.find("Kabupaten/kota baru:") :]
    assert all(city in new_cities[:300] for city in pack.current.new_cities), pack.current.new_cities
    assert "Produksi sebelum Produksi sesudah Penjualan sebelum Penjualan sesudah" in text
    assert "Temuan:" in text and "Rekomendasi" in text and "Nilai tambah per kg karet" in text
    assert pack.visits  # the default demo's mentors visit within the last 12 months too
