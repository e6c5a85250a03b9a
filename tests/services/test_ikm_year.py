"""The yearly IKM data sheet: its figures from the known sentra, areas, the PDF and the spreadsheet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update

from sentra_desktop import printing
from sentra_desktop.cli import main
from sentra_desktop.core.errors import ValidationError
from sentra_desktop.core.ikm_year import Area, ikm_table
from sentra_desktop.core.sheets import SentraInfo
from sentra_desktop.db.models import Buyer, DesignVariant, MentoringVisit
from sentra_desktop.services.database import Database
from sentra_desktop.services.ikm_year import IkmYearService, area_of, place_of
from tests.reports.conftest import pdf_pages
from tests.reports.test_performance_visits import with_visits_and_recipe

HOME = SentraInfo(name="Sentra", city="Kota Palembang", province="Sumatera Selatan")


@pytest.mark.parametrize(
    ("city", "province", "area"),
    [
        ("kota  palembang", "SUMATERA SELATAN", Area.SAME_REGENCY),
        ("Kota Palembang", "", Area.SAME_REGENCY),
        ("Banyuasin", "Sumatera Selatan", Area.PROVINCE),
        ("Jambi", "Jambi", Area.OTHER_PROVINCE),
        ("", "Jambi", Area.OTHER_PROVINCE),
        ("Kab. Banyuasin", "", Area.PROVINCE),  # the official list knows its province
        ("Plg", "", Area.SAME_REGENCY),
        ("Atlantis", "", Area.UNKNOWN),
        ("", "", Area.UNKNOWN),
    ],
)
def test_a_buyers_area_seen_from_the_sentra(city: str, province: str, area: Area) -> None:
    assert area_of(place_of(city, province), place_of(HOME.city, HOME.province)) is area


def test_a_buyers_codes_win_over_the_typed_text() -> None:
    home = place_of(HOME.city, HOME.province)
    assert area_of(place_of("Palembang", "Sumsel", "14.71", None), home) is Area.OTHER_PROVINCE
    assert area_of(place_of("", "", "16.07", "16"), home) is Area.PROVINCE


def _known_year(db: Database) -> dict[str, int]:
    ids = with_visits_and_recipe(db)
    with db.transaction() as session:
        # Sales belong to a member through the designs it owns (issue 15), not the order's field.
        session.execute(update(DesignVariant).values(member_business_id=ids["member"]))
        session.execute(
            update(Buyer).where(Buyer.id == ids["arab"]).values(city="Banyuasin", province="Sumatera Selatan")
        )
    return ids


def test_the_members_year_from_its_records(db: Database) -> None:
    _known_year(db)
    data = IkmYearService(db).sheet(2026, HOME)
    [member] = data.members
    # Two makers; good pieces 100+50+20+10+7 (October included); at list prices 157 x 10.000 + 30 x 55.000.
    assert (member.workers, member.output_pieces, member.output_value) == (2, 187, 157 * 10_000 + 30 * 55_000)
    # The confirmed order: 120 x 10.000 + 3 x 55.000 - 25.000 discount, to a buyer in the province.
    assert member.sales == 1_340_000 and member.area(Area.PROVINCE) == 1_340_000
    assert member.material_cost == 162 * 1_000  # 162 pieces of GK-AMP at 0,05 l and Rp 20.000 a litre
    assert member.value_added == 1_340_000 - 162_000
    assert data.visits == ("10/11/2026 — Pak Hendra Gunawan",)
    headers, rows = ikm_table(data)
    assert len(headers) == len(rows[0]) and rows[0][8] == member.value_added
    with pytest.raises(ValidationError):
        IkmYearService(db).sheet(date.today().year + 1, HOME)


def test_sheet_and_spreadsheet_from_the_command_line(db: Database, db_url: str, tmp_path: Path) -> None:
    _known_year(db)
    text = " ".join(" ".join(pdf_pages(printing.make(db, "ikm_year", {"year": 2026}))).split())
    for words in ("Data IKM Tahunan", "Tahun 2026", "Tenaga kerja", "Nilai tambah", "Rp 1.178.000"):
        assert words in text, words
    out = tmp_path / "ikm.xlsx"
    assert main(["--db-url", db_url, "export", "ikm-year", "--year", "2026", "--out", str(out)]) == 0
    from openpyxl import load_workbook

    sheet = load_workbook(out).active
    assert sheet.max_row == 2 and sheet.cell(2, 9).value == 1_178_000
    assert (
        main(["--db-url", db_url, "report", "ikm-year", "--year", "1800", "--out", str(tmp_path / "x.pdf")])
        == 1
    )
    with db.reading() as session:
        assert session.scalar(select(MentoringVisit.mentors)) == "Pak Hendra Gunawan"
