"""Reading and writing sheets: CSV as Indonesian Excel writes it, and XLSX through openpyxl.

A sheet is a header row and data rows of cells. Cells written are typed by the column spec:
text, or a number or date. Nothing written ever reaches a spreadsheet as a live formula:

- XLSX: text goes into text cells (``data_type = "s"`` with the quote prefix), so "=1+1" stays
  the characters "=1+1"; numbers are number cells and dates date cells (DD/MM/YYYY).
- CSV: a text cell that begins with = + - @, a tab or a carriage return gets an apostrophe in
  front (the OWASP advice against CSV injection); reading strips exactly that apostrophe, so a
  round trip gives back what was typed. Numbers and dates are never prefixed, so "-3" stays a
  negative number and "+62 812…" (a text) comes back as typed.

CSV is written UTF-8 with a BOM (how Excel recognises UTF-8) and ";" between cells (Excel in an
Indonesian locale uses ";", because "," is the decimal mark); numbers as 1500,5 and dates as
28/11/2026. Reading accepts "," or ";" (detected from the header row), with or without a BOM.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.formatting import format_date

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_DELIMITER = ";"
FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class Sheet:
    """What a file holds: header names and data rows (cells as read: str, int, float, date).

    ``rows`` pairs each row with its row number in the file as a spreadsheet shows it (the
    header is row 1), so every problem names the row the operator can find.
    """

    headers: list[str]
    rows: list[tuple[int, list[Any]]]
    delimiter: str = ""


def file_format(path: Path) -> str:
    """ "csv" or "xlsx" from the file name; anything else is refused."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise SentraError("unknown_file_format", file=path.name)
    return suffix


# --- formula-safe text ----------------------------------------------------------------------


def needs_escape(text: str) -> bool:
    """True when ``text`` would start a formula, or is an apostrophe in front of one."""
    if text.startswith(FORMULA_START):
        return True
    return text.startswith("'") and needs_escape(text[1:])


def escape_text(text: str) -> str:
    """A text cell for CSV: one apostrophe in front when a spreadsheet would see a formula."""
    return "'" + text if needs_escape(text) else text


def unescape_text(text: str) -> str:
    """Undo :func:`escape_text` exactly: other leading apostrophes are the user's own."""
    return text[1:] if text.startswith("'") and needs_escape(text[1:]) else text


# --- writing --------------------------------------------------------------------------------


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text.replace(".", ",")
    if isinstance(value, datetime | date):
        return format_date(value)
    return escape_text(str(value))


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write a CSV Excel opens right in Indonesia (UTF-8 BOM, ";", 1500,5); returns the row count.

    Rows are streamed to the file, so a million production entries never sit in memory.
    """
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=CSV_DELIMITER, lineterminator="\r\n")
        writer.writerow([escape_text(h) for h in headers])
        for row in rows:
            writer.writerow([_csv_cell(value) for value in row])
            count += 1
    return count


def write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], title: str) -> int:
    """Write one sheet, streamed (openpyxl's write-only mode); returns the row count.

    Text goes into text cells (never formulas), numbers and dates into number and date cells.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet)
        _set_text(cell, header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet)
            if value is None:
                pass
            elif isinstance(value, bool):
                cell.value = int(value)
            elif isinstance(value, int | Decimal):
                cell.value = value
                if isinstance(value, Decimal) and value != value.to_integral_value():
                    cell.number_format = "0.###"
            elif isinstance(value, datetime | date):
                cell.value = value if not isinstance(value, datetime) else value.date()
                cell.number_format = "DD/MM/YYYY"
            else:
                _set_text(cell, str(value))
            cells.append(cell)
        sheet.append(cells)
        count += 1
    workbook.save(path)
    return count


_OOXML_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _ooxml_escape(text: str) -> str:
    """Excel's own escape: XML would turn a carriage return into a line feed, so it is _x000D_."""
    text = _OOXML_ESCAPED.sub(lambda m: "_x005F" + m.group(0), text)
    return text.replace("\r", "_x000D_")


def _ooxml_unescape(text: str) -> str:
    return _OOXML_ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def _set_text(cell: Any, text: str) -> None:
    cell.value = _ooxml_escape(text)
    cell.data_type = "s"  # openpyxl makes "=..." a formula unless told it is a string
    if needs_escape(text):
        cell.quotePrefix = True


# --- reading --------------------------------------------------------------------------------


def detect_delimiter(header_line: str) -> str:
    """ ";" or ",": whichever splits the header row (quotes respected) into more cells."""
    best, best_count = ",", 0
    for candidate in (";", ","):
        cells = next(csv.reader([header_line], delimiter=candidate), [])
        if len(cells) > best_count:
            best, best_count = candidate, len(cells)
    return best


# Excel's plain "CSV (comma delimited)" on an Indonesian or English Windows writes Windows-1252.
LEGACY_ENCODING = "cp1252"


def decode_csv(raw: bytes, name: str) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252.

    UTF-8 is tried first because Windows-1252 reads any bytes at all (bar five), so it would also
    "read" UTF-8 as mojibake; a file that is valid UTF-8 is almost never meant as Windows-1252.
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise SentraError("not_utf8", file=name) from None
    for encoding in ("utf-8-sig", LEGACY_ENCODING):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SentraError("not_utf8", file=name)


def read_csv(path: Path) -> Sheet:
    """Rows of a CSV file (UTF-8 or Excel's Windows-1252), "," or ";"; escaped text is unescaped."""
    text = decode_csv(path.read_bytes(), path.name)
    first_line = text.splitlines()[0] if text else ""
    delimiter = detect_delimiter(first_line)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    rows = [[unescape_text(cell) for cell in row] for row in rows]
    if not rows:
        return Sheet([], [], delimiter)
    return Sheet([h.strip() for h in rows[0]], list(enumerate(rows[1:], start=2)), delimiter)


def read_xlsx(path: Path) -> Sheet:
    """Rows of the first sheet of an XLSX file, cells as stored (str, int, float, datetime)."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zip, XML and key errors for a damaged file
        raise SentraError("not_a_spreadsheet", file=path.name, detail=str(exc)) from None
    try:
        sheet = workbook.worksheets[0]
        rows = [
            [_ooxml_unescape(v) if isinstance(v, str) else v for v in row]
            for row in sheet.iter_rows(values_only=True)
        ]
    finally:
        workbook.close()
    if not rows:
        return Sheet([], [])
    headers = ["" if h is None else str(h).strip() for h in rows[0]]
    return Sheet(headers, list(enumerate(rows[1:], start=2)))


def read_sheet(path: Path) -> Sheet:
    """The sheet in ``path``, CSV or XLSX by its extension; blank trailing rows dropped."""
    sheet = read_csv(path) if file_format(path) == "csv" else read_xlsx(path)
    rows = [(number, cells) for number, cells in sheet.rows if any(_filled(cell) for cell in cells)]
    return Sheet(sheet.headers, rows, sheet.delimiter)


def _filled(cell: Any) -> bool:
    return cell is not None and (not isinstance(cell, str) or cell.strip() != "")
