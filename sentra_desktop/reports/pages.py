"""Some pages of a finished sheet, still as PDF: text, fonts and the page size stay as made.

Printing to a PDF file writes these bytes instead of a picture of each page (Qt PDF renders pages
only to pictures), so a stock sheet printed "to file" stays searchable and small.
"""

from __future__ import annotations

import io
from collections.abc import Sequence


def select_pages(pdf: bytes, indexes: Sequence[int]) -> bytes:
    """The PDF with only pages ``indexes`` (from 0), in that order; ``pdf`` itself when that is
    every page in order."""
    from pypdf import PdfReader, PdfWriter  # only when printing: keeps it out of the start

    reader = PdfReader(io.BytesIO(pdf))
    if list(indexes) == list(range(len(reader.pages))):
        return pdf
    writer = PdfWriter()
    for index in indexes:
        writer.add_page(reader.pages[index])  # fonts and images shared by pages are copied once
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
