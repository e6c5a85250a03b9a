"""The aid sheet's plain row table: every row once, the header on every page, no lone group title."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sentra_desktop.core.aid_sheet import AidLine, AssistanceSheetData
from sentra_desktop.core.sheets import SentraInfo
from sentra_desktop.reports.aid import AssistanceSheet
from sentra_desktop.reports.row_table import RowTable, group_row, make_row
from tests.reports.test_aid_sheet import pdftotext


def test_rows_split_between_pages_with_the_header_repeated(tmp_path: Path) -> None:
    items = [
        AidLine(
            id=number,
            received_on=date(2020, 1, 1) + timedelta(days=number),
            description=f"Barang nomor {number:04d} dengan uraian panjang yang terbungkus ke baris kedua",
            kind="mould",
            agency=f"Instansi {number // 150}",
            programme="Program",
            recipient="",
            quantity=1,
            value=1_000 + number,
            condition="good",
            status="held",
            pieces=number,
            last_used=None,
            idle=False,
            overlapping=number % 50 == 0,
        )
        for number in range(600)
    ]
    data = AssistanceSheetData(SentraInfo("Sentra Uji"), None, None, None, items, [], 0)
    text = pdftotext(AssistanceSheet(data, title="Aid report").render(), tmp_path)
    for number in range(600):
        assert text.count(f"Barang nomor {number:04d} ") == 1, number
    pages = text.count("Halaman ")
    assert pages > 10 and text.count("Diterima Barang") >= pages - 2  # the header on each page of items
    assert text.count("⚠") == 12 and text.count("Total") == 4  # bold overlapping rows; one total a table


def test_a_group_title_never_ends_a_page_alone() -> None:
    widths = [100.0, 100.0]
    rows = [group_row("Instansi — Program", 200), *(make_row(["a", "1"], widths) for _ in range(5))]
    table = RowTable(["Barang", "Jml"], rows, widths)
    header = table.header.height
    assert table.split(200, header + rows[0].height + 1) == []  # only the title would fit: all moves on
    first, rest = table.split(200, header + rows[0].height + rows[1].height + 1)
    assert isinstance(first, RowTable) and len(first.rows) == 2 and len(rest.rows) == 4  # type: ignore[attr-defined]
