"""`report performance`: periods, the compared period and the member's code; bad input exits 1 plainly."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentra_desktop.cli import main


@pytest.fixture
def report_db(db_path: Path) -> str:
    """A database URL holding the known sentra of the report tests (one member, "IKM Kedondong")."""
    from sentra_desktop.services.database import Database
    from tests.reports.conftest import build_known

    url = f"sqlite:///{db_path}"
    database = Database.open(url)
    try:
        build_known(database)
    finally:
        database.dispose()
    return url


def _report(url: str, out: Path, *args: str) -> int:
    return main(["--db-url", url, "report", "performance", "--out", str(out), *args])


def test_pack_for_a_period_a_compared_period_and_a_member(
    report_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.reports.conftest import pdf_pages

    out = tmp_path / "kinerja.pdf"
    args = ["--from", "01/10/2026", "--to", "2026-11-30", "--compare-from", "2026-08-01"]
    assert _report(report_db, out, *args, "--compare-to", "30/09/2026", "--member", "kedondong") == 0
    assert capsys.readouterr().out.strip() == str(out)
    text = " ".join(" ".join(pdf_pages(out.read_bytes())).split())
    assert "IKM Kedondong" in text
    assert "01/10/2026" in text and "01/08/2026" in text
    assert _report(report_db, out) == 0  # the last 12 months against the 12 before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-11-30", "--to", "2026-10-01"], "--to: Tanggal akhir lebih awal dari"),
        (
            [
                "--from",
                "2026-10-01",
                "--to",
                "2026-11-30",
                "--compare-from",
                "2026-09-30",
                "--compare-to",
                "2026-08-01",
            ],
            "--compare-to: Tanggal akhir lebih awal dari tanggal mulai.",
        ),
        (
            [
                "--from",
                "2026-10-01",
                "--to",
                "2026-11-30",
                "--compare-from",
                "2026-09-01",
                "--compare-to",
                "2026-10-01",
            ],
            "--compare-from: Periode pembanding bertumpang tindih dengan periode yang dipilih.",
        ),
        (["--member", "TIDAK-ADA"], "Tidak ada usaha anggota dengan kode “TIDAK-ADA”."),
    ],
)
def test_bad_input_is_refused_plainly_with_exit_1(
    report_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "x.pdf"
    assert _report(report_db, out, *args) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()


def test_a_compared_period_needs_both_ends(report_db: str, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        _report(report_db, tmp_path / "x.pdf", "--compare-from", "2025-01-01")
    assert exc.value.code == 2


def test_without_dates_the_last_12_months_against_the_12_before(
    report_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pack's default counts months, not days: from a leap year's 31 March the compared period
    is April to March a year before (366 days before would start on 31 March)."""
    from datetime import date

    from sentra_desktop import cli
    from tests.reports.conftest import pdf_pages

    class Today(date):
        @classmethod
        def today(cls) -> date:
            return date(2028, 3, 31)

    monkeypatch.setattr(cli, "date", Today)
    out = tmp_path / "kinerja.pdf"
    assert _report(report_db, out) == 0
    text = " ".join(" ".join(pdf_pages(out.read_bytes())).split())
    assert "01/04/2027" in text and "31/03/2028" in text
    assert "01/04/2026" in text and "31/03/2027" in text
    assert "31/03/2026" not in text
