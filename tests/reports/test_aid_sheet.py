"""Laporan Bantuan on the demo sentra: the overlapping mould sets are on paper, from CLI and registry."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from sentra_desktop import printing
from sentra_desktop.cli import main
from sentra_desktop.core import i18n
from sentra_desktop.demo import DemoOptions, load_demo_data
from sentra_desktop.services.database import Database

DEMO = DemoOptions(seed=7, days=365, today=date.today())  # a year back: the machine is idle by now


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    """The text of a PDF as poppler's pdftotext reads it, white space folded."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.split())


@pytest.fixture
def demo(db: Database) -> Database:
    load_demo_data(db, DEMO)
    return db


def test_the_demo_overlap_is_on_the_sheet(demo: Database, tmp_path: Path) -> None:
    i18n.set_language("id")
    text = pdftotext(printing.make(demo, "assistance", {}), tmp_path)
    assert "Laporan Bantuan" in text
    assert "Tumpang tindih (bantuan sejenis, penerima sama, dua program)" in text
    overlap = text.split("Tumpang tindih (bantuan sejenis")[1].split("Bantuan menganggur")[0]
    assert "Balitbangnovda" in overlap and "Disperin" in overlap
    assert "Rp 7.500.000" in overlap and "Rp 6.000.000" in overlap
    assert "Mesin press hidrolik sabutret" in text.split("Bantuan menganggur")[1]  # the idle machine
    assert "Nilai total Rp 61.800.000" in text


def test_the_command_line_prints_one_agency_and_refuses_an_unknown_one(
    demo: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bantuan.pdf"
    args = ["--db-url", db_url, "report", "assistance", "--agency", "disperin palembang", "--out", str(out)]
    assert main(args) == 0
    text = pdftotext(out.read_bytes(), tmp_path)
    assert "Disperin Palembang" in text and "Lateks karet" not in text  # Balitbangnovda's latex left out
    capsys.readouterr()
    missing = tmp_path / "x.pdf"
    args = ["--db-url", db_url, "report", "assistance", "--agency", "Dinas Entah", "--out", str(missing)]
    assert main(args) == 1
    assert "Tidak ada instansi bernama “Dinas Entah”." in capsys.readouterr().err
    assert not missing.exists()


def test_a_period_without_aid_says_so(demo: Database, tmp_path: Path) -> None:
    i18n.set_language("id")
    params = {"date_from": date(2020, 1, 1), "date_to": date(2020, 12, 31)}
    text = pdftotext(printing.make(demo, "assistance", params), tmp_path)
    assert "Tidak ada bantuan yang diterima pada periode ini." in text
