"""Sheets on disk: delimiters, BOMs, formula-safe text, types kept in CSV and XLSX."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from sentra_desktop.core.errors import SentraError
from sentra_desktop.services.transfer.files import (
    escape_text,
    read_sheet,
    unescape_text,
    write_csv,
    write_xlsx,
)

TRICKY = [
    "_x000D_ literal",
    "=1+1",
    "+62 812-7310-4471",
    "-pagi",
    "@pemprov",
    "\tTab",
    "\rCR",
    "'=already",
    "'quoted",
    "plain",
]


@given(st.text())
def test_escape_round_trips_any_text(text: str) -> None:
    assert unescape_text(escape_text(text)) == text
    assert not escape_text(text).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_csv_prefixes_formula_text_and_reads_it_back(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    write_csv(
        path,
        ["Teks", "Angka", "Desimal", "Tanggal"],
        [[t, -3, Decimal("-1500.5"), date(2026, 11, 28)] for t in TRICKY],
    )
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "'=1+1;-3;-1500,5;28/11/2026" in text
    assert "'+62 812-7310-4471;" in text and "''=already" in text and "\n'quoted;" in text
    sheet = read_sheet(path)
    assert sheet.delimiter == ";"
    assert [cells[0] for _, cells in sheet.rows] == TRICKY
    assert sheet.rows[1] == (3, ["=1+1", "-3", "-1500,5", "28/11/2026"])


def test_xlsx_writes_text_cells_never_formulas(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    write_xlsx(
        path, ["Teks", "Angka", "Tanggal"], [[t, Decimal("-12.5"), date(2026, 11, 28)] for t in TRICKY], "Uji"
    )
    book = load_workbook(path)
    sheet = book.active
    cells = [sheet.cell(row=r, column=1) for r in range(2, 2 + len(TRICKY))]
    assert [c.data_type for c in cells] == ["s"] * len(TRICKY)
    assert cells[1].value == "=1+1" and cells[6].value == "_x000D_CR"  # Excel's escape for a CR
    assert [cells[0] for _, cells in read_sheet(path).rows] == TRICKY
    assert sheet.cell(row=3, column=1).quotePrefix
    assert sheet.cell(row=2, column=2).data_type == "n"
    assert read_sheet(path).rows[1][1][:2] == ["=1+1", -12.5]


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("delimiter", [",", ";"])
def test_reads_comma_or_semicolon_with_or_without_bom(tmp_path: Path, bom: bytes, delimiter: str) -> None:
    body = f'Kode{delimiter}Nama{delimiter}Batas stok rendah\r\nLTX{delimiter}Lateks{delimiter}"1.500,5"\r\n'
    path = tmp_path / "m.csv"
    path.write_bytes(bom + body.encode())
    sheet = read_sheet(path)
    assert sheet.headers == ["Kode", "Nama", "Batas stok rendah"]
    assert sheet.rows == [(2, ["LTX", "Lateks", "1.500,5"])]


def test_blank_rows_are_skipped_but_numbering_follows_the_file(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text("A;B\n1;2\n;\n3;4\n", encoding="utf-8")
    assert [n for n, _ in read_sheet(path).rows] == [2, 4]


def test_unknown_extension_and_bad_files_are_plain_errors(tmp_path: Path) -> None:
    with pytest.raises(SentraError) as caught:
        read_sheet(tmp_path / "x.ods")
    assert caught.value.code == "unknown_file_format"
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(SentraError) as caught:
        read_sheet(bad)
    assert caught.value.code == "not_a_spreadsheet"
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(b"Nama\nA\x81\x8d\x9d\n")  # neither UTF-8 nor Windows-1252
    with pytest.raises(SentraError) as caught:
        read_sheet(garbage)
    assert caught.value.code == "not_utf8"


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("cp1252", ";"), ("cp1252", ","), ("utf-8", ";"), ("utf-8-sig", ","), ("utf-16", ";")],
)
def test_excel_csv_in_windows_1252_or_unicode_is_read(tmp_path: Path, encoding: str, delimiter: str) -> None:
    """Excel's plain "CSV (comma delimited)" is Windows-1252: é, ½ and ’ must come back as typed."""
    rows = [["Nama", "Catatan"], ["Bu Dé", "Rp 5.000 per ½ lusin – ‘laris’ €"]]
    path = tmp_path / "excel.csv"
    path.write_bytes("\r\n".join(delimiter.join(row) for row in rows).encode(encoding))
    if encoding == "cp1252":
        assert "é".encode() not in path.read_bytes()  # really single-byte
    sheet = read_sheet(path)
    assert sheet.headers == rows[0]
    assert [cells for _, cells in sheet.rows] == [rows[1]]
