"""The one list of printed sheets: what the command line, the preview and the Laporan page use."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sentra_desktop import printing
from sentra_desktop.cli import build_parser
from sentra_desktop.core import i18n
from sentra_desktop.reports.base import Sheet
from sentra_desktop.services.database import Database
from tests.reports.conftest import build_known, pdf_pages


def test_every_sheet_is_complete() -> None:
    keys = [kind.key for kind in printing.SHEETS]
    assert len(set(keys)) == len(keys) == 10
    for kind in printing.SHEETS:
        assert issubclass(kind.sheet(), Sheet)
        assert kind.file_name and kind.title_source
        assert printing.sheet_kind(kind.key) is printing.sheet_kind(kind.command) is kind
        assert kind.title() != kind.title_source  # translated in the catalogue
    with pytest.raises(KeyError):
        printing.sheet_kind("kantin")


def test_the_command_line_offers_exactly_the_registered_sheets(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    for kind in printing.SHEETS:
        assert parser.parse_args(["report", kind.command, "--out", "x.pdf"]).sheet == kind.command
    with pytest.raises(SystemExit):
        parser.parse_args(["report", "kantin", "--out", "x.pdf"])
    choices = ", ".join(f"'{kind.command}'" for kind in printing.SHEETS)
    assert choices in capsys.readouterr().err


@pytest.mark.parametrize(
    ("key", "params", "expected"),
    [
        ("order", {"number": "PSN-2026-0007"}, "Lembar Pesanan"),
        ("delivery", {"number": "SJ-2026-0003"}, "Surat Jalan"),
        ("stock", {}, "Daftar Stok"),
        (
            "stock_card",
            {"item": "LTX", "date_from": date(2026, 10, 1), "date_to": date(2026, 10, 31)},
            "Kartu Stok",
        ),
        ("production", {"date_from": date(2026, 11, 1), "date_to": date(2026, 11, 30)}, "Laporan Produksi"),
        ("buyers", {}, "Daftar Pembeli"),
        ("performance", {"date_from": date(2026, 11, 1), "date_to": date(2026, 11, 30)}, "Laporan Kinerja"),
        ("assistance", {}, "Laporan Bantuan"),
        ("ikm_year", {"year": 2026}, "Data IKM Tahunan"),
        ("pay", {"date_from": date(2026, 11, 23), "date_to": date(2026, 11, 29)}, "Slip Upah"),
    ],
)
def test_each_sheet_is_made_under_its_registered_title(
    db: Database, key: str, params: dict[str, Any], expected: str
) -> None:
    build_known(db)
    pdf = printing.make(db, key, params)
    assert expected in " ".join(pdf_pages(pdf)[0].split())


def test_a_sheet_follows_the_catalogue_language(db: Database) -> None:
    build_known(db)
    previous = i18n.language()
    i18n.set_language("en")
    try:
        text = " ".join(pdf_pages(printing.make(db, "stock", {}))[0].split())
    finally:
        i18n.set_language(previous)
    assert "Stock Sheet" in text


def test_render_refuses_data_no_sheet_prints() -> None:
    with pytest.raises(TypeError):
        printing.render(object())
