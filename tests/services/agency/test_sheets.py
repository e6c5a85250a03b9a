"""The agency's two sheets, made through the one registry, say what the agency window's table says."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sentra_desktop import printing
from sentra_desktop.core.agency_view import comparison_cells
from sentra_desktop.services.agency.replicas import SentraReplica
from sentra_desktop.services.report_data import ReportDataService
from tests.agency_replicas import PLANTED_TWO, TODAY
from tests.reports.conftest import pdf_pages


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.split()) for page in pdf_pages(pdf))


def test_the_comparison_prints_every_sentras_row_and_the_silent_ones(
    replicas: list[SentraReplica], tmp_path: Path
) -> None:
    params = {"replicas": replicas, "date_from": date(2025, 1, 1), "date_to": date(2025, 12, 31)}
    data = printing.gather(ReportDataService(replicas[0].database), "agency_comparison", params)
    pdf = printing.render(data)
    (tmp_path / "comparison.pdf").write_bytes(pdf)
    text = _text(pdf)
    assert "Perbandingan Sentra" in text and "01/01/2025 – 31/12/2025" in text
    for row in data.rows:
        cells = comparison_cells(row)
        assert cells[0] in text and cells[5] in text  # the name and the sales value
    assert "Tidak ada kabar selama 3 bulan" in text and "Sentra Kriya Bandung" in text


def test_the_agency_aid_report_prints_the_planted_overlaps(replicas: list[SentraReplica]) -> None:
    params = {"replicas": replicas, "date_from": date(2026, 1, 1), "date_to": TODAY, "province": "16"}
    data = printing.gather(ReportDataService(replicas[0].database), "agency_aid", params)
    assert data.area == "Sumatera Selatan" and len(data.sentra) == 2
    text = _text(printing.render(data))
    assert "Laporan Bantuan Dinas" in text and PLANTED_TWO in text
    assert "Dua dinas" in text and "Satu dinas dua kali" in text
    assert "Dinas Perindustrian Sumsel" in text
