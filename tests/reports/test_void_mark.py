"""A voided delivery note and a cancelled order print with a large "BATAL" mark and the void date."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from sentra_desktop.core.enums import OrderStatus
from sentra_desktop.db.models import Delivery, Order
from sentra_desktop.printing import render
from sentra_desktop.services.database import Database
from sentra_desktop.services.report_data import ReportDataService

# Noon UTC: the same calendar day on any PC clock from UTC-11 to UTC+11.
VOIDED_AT = datetime(2026, 11, 14, 12, 0, tzinfo=UTC)


def page_text(data: bytes) -> str:
    """Every page's text, the rotated mark included, with line breaks undone."""
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages).split())


def test_a_valid_delivery_note_and_order_carry_no_mark(
    reports: ReportDataService, known: dict[str, Any]
) -> None:
    for data in (reports.delivery_note("SJ-2026-0003"), reports.order_sheet("PSN-2026-0007")):
        assert "BATAL" not in page_text(render(data))


def test_a_voided_delivery_note_prints_batal_and_its_void_date(
    db: Database, reports: ReportDataService, known: dict[str, Any], tmp_path: Path
) -> None:
    with db.transaction() as session:
        session.execute(update(Delivery).where(Delivery.number == "SJ-2026-0003").values(voided_at=VOIDED_AT))
    data = reports.delivery_note("SJ-2026-0003")
    assert data.voided_on == VOIDED_AT.date()
    pdf = render(data)
    text = page_text(pdf)
    assert text.count("BATAL") >= 2  # the notice at the top and the mark across the page
    assert "DIBATALKAN pada 14/11/2026" in text and "tidak berlaku" in text
    assert "14/11/2026" in text.split("DIBATALKAN", 1)[1]
    _to_png(pdf, tmp_path / "voided_delivery")


def test_a_cancelled_order_sheet_prints_batal_and_its_cancel_date(
    db: Database, reports: ReportDataService, known: dict[str, Any], tmp_path: Path
) -> None:
    with db.transaction() as session:
        session.execute(
            update(Order)
            .where(Order.number == "PSN-2026-0008")
            .values(status=OrderStatus.CANCELLED, cancelled_at=VOIDED_AT)
        )
    data = reports.order_sheet("PSN-2026-0008")
    assert data.cancelled_on == VOIDED_AT.date()
    text = page_text(render(data))
    assert text.count("BATAL") >= 2 and "DIBATALKAN pada 14/11/2026" in text and "tidak berlaku" in text
    _to_png(render(data), tmp_path / "cancelled_order")


def _to_png(pdf: bytes, stem: Path) -> None:
    """The first page as a picture (kept in the test's folder, to look at when the mark changes)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed")
    source = stem.with_suffix(".pdf")
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(source), str(stem)], check=True)
    assert any(stem.parent.glob(f"{stem.name}*.png"))
