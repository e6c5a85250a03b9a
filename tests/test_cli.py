"""The command line: exit codes, plain messages, and the screenshot command."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sentra_desktop import __version__
from sentra_desktop.cli import build_parser, main
from sentra_desktop.cli_parser import cli_date


def run(*args: str, data_dir: Path | None = None, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "sentra_desktop"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(command + list(args), capture_output=True, text=True, timeout=timeout, env=env)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_usage_error_exits_2() -> None:
    result = run("--no-such-option")
    assert result.returncode == 2
    assert "cara pakai:" in result.stderr and "kesalahan:" in result.stderr


def test_unopenable_database_is_a_plain_failure(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db-url", "sqlite:////no/such/folder/x.sqlite3", "demo-data"]) == 1
    err = capsys.readouterr().err
    assert "Basis data tidak bisa dibuka" in err and "Traceback" not in err


def test_dates_in_both_forms() -> None:
    assert cli_date("28/11/2026") == date(2026, 11, 28)
    assert cli_date("2026-11-28") == date(2026, 11, 28)
    from sentra_desktop.core import i18n

    assert i18n.language() == "id"
    with pytest.raises(Exception, match="bukan tanggal"):
        cli_date("11/28/2026")


def test_data_dir_holds_the_database(tmp_path: Path) -> None:
    args = build_parser().parse_args(["--data-dir", str(tmp_path / "d")])
    from sentra_desktop.cli import database_url

    assert database_url(args) == f"sqlite:///{(tmp_path / 'd' / 'sentra.sqlite3').as_posix()}"
    assert (tmp_path / "d" / "backups").is_dir()


def test_screenshot_writes_a_picture(tmp_path: Path) -> None:
    out = tmp_path / "desain.png"
    result = run("screenshot", "--page", "desain", "--out", str(out), "--size", "1024x700", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    from PIL import Image

    with Image.open(out) as img:
        assert img.size == (1024, 700)
        low, high = img.convert("L").getextrema()
        assert high - low > 100  # drawn, not a blank


def test_screenshot_of_unknown_page_is_a_usage_error(tmp_path: Path) -> None:
    result = run("screenshot", "--page", "kantin", "--out", str(tmp_path / "x.png"), data_dir=tmp_path)
    assert result.returncode == 2
    assert "tidak dikenal" in result.stderr and "kantin" in result.stderr


# --- import and export ----------------------------------------------------------------------


def _prepared(db_path: Path) -> str:
    """A database with a product type and a maker, which imports refer to; returns its URL."""
    from sentra_desktop.services.catalogue_setup import ProductTypeInput, ProductTypeService
    from sentra_desktop.services.database import Database
    from sentra_desktop.services.members import MakerInput, MakerService

    url = f"sqlite:///{db_path}"
    db = Database.open(url)
    ProductTypeService(db).create(ProductTypeInput(name="Gantungan kunci"))
    MakerService(db).create(MakerInput(name="Budi"))
    db.dispose()
    return url


def test_import_then_export_then_reimport(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _prepared(db_path)
    designs = tmp_path / "desain.csv"
    designs.write_text(
        "Kode,Nama,Jenis produk,Harga\nGK-01,Ampera,Gantungan kunci,15.000\n"
        "GK-02,=SUM(A1),Gantungan kunci,0\n",
        encoding="utf-8-sig",
    )
    assert main(["--db-url", url, "import", "designs", str(designs)]) == 0
    assert "designs: 2 baris, 2 baru, 0 diubah, 0 sudah ada" in capsys.readouterr().out
    out = tmp_path / "desain.xlsx"
    assert main(["--db-url", url, "export", "designs", "--out", str(out)]) == 0
    assert "(2 baris)" in capsys.readouterr().out
    assert main(["--db-url", url, "import", "designs", str(out)]) == 0
    assert "0 baru, 0 diubah, 2 sudah ada" in capsys.readouterr().out
    production = tmp_path / "produksi.csv"
    production.write_text(
        "Tanggal;Kode desain;Pengrajin;Jumlah baik\n01/11/2026;GK-01;Budi;1.500\n", encoding="utf-8"
    )
    assert main(["--db-url", url, "import", "production", str(production)]) == 0
    assert "1 baru" in capsys.readouterr().out


def test_import_with_bad_rows_prints_every_one_and_exits_1(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _prepared(db_path)
    path = tmp_path / "produksi.csv"
    path.write_text(
        "Tanggal;Kode desain;Pengrajin;Jumlah baik\n01/11/2026;XX;Budi;1\n99/99/2026;XX;Tono;1.5\n",
        encoding="utf-8",
    )
    assert main(["--db-url", url, "import", "production", str(path)]) == 1
    err = capsys.readouterr().err
    assert "baris 2, Kode desain: Tidak ada desain dengan kode “XX”." in err
    assert "baris 3, Tanggal: Ketik tanggal seperti 28/11/2026." in err
    assert "baris 3, Jumlah baik:" in err
    assert "tidak ada yang diimpor: 2 baris salah" in err


def test_import_usage_and_file_errors(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _prepared(db_path)
    with pytest.raises(SystemExit) as caught:
        main(["--db-url", url, "import", "orders", str(tmp_path / "x.csv")])
    assert caught.value.code == 2
    assert main(["--db-url", url, "import", "designs", str(tmp_path / "missing.csv")]) == 1
    assert "missing.csv" in capsys.readouterr().err
    assert main(["--db-url", url, "export", "designs", "--out", str(tmp_path / "x.ods")]) == 1
    assert "hanya berkas .csv dan .xlsx" in capsys.readouterr().err


# --- report ----------------------------------------------------------------------------------


@pytest.fixture
def report_db(db_path: Path) -> str:
    """A database URL holding the known sentra of the report tests."""
    from sentra_desktop.services.database import Database
    from tests.reports.conftest import build_known

    url = f"sqlite:///{db_path}"
    database = Database.open(url)
    try:
        build_known(database)
    finally:
        database.dispose()
    return url


def test_report_writes_each_sheet(report_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.reports.conftest import pdf_pages

    cases = [
        (["order", "--number", "psn-2026-0007"], "Sisa tagihan Rp 740.000"),
        (["delivery", "--number", "SJ-2026-0003"], "Jumlah dikirim 100"),
        (["stock", "--product-type", "Keset"], "KS-01"),
        (["stock-card", "--item", "LTX", "--from", "01/10/2026", "--to", "2026-10-31"], "Saldo akhir"),
        (["production", "--month", "2026-11"], "November 2026"),
        (["production", "--day", "02/11/2026"], "02/11/2026"),
        (["buyers"], "Daftar Pembeli"),
    ]
    for args, expected in cases:
        out = tmp_path / f"{args[0]}.pdf"
        assert main(["--db-url", report_db, "report", *args, "--out", str(out)]) == 0, args
        assert capsys.readouterr().out.strip() == str(out)
        assert expected in " ".join(" ".join(pdf_pages(out.read_bytes())).split()), args


def test_report_of_an_unknown_order_is_a_plain_failure(
    report_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["--db-url", report_db, "report", "order", "--number", "PSN-1999-9", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Tidak ada pesanan dengan nomor “PSN-1999-9”." in err and "Traceback" not in err
    assert not out.exists()
    assert (
        main(["--db-url", report_db, "report", "stock", "--product-type", "Sepatu", "--out", str(out)]) == 1
    )


def test_report_usage_errors_exit_2(report_db: str, tmp_path: Path) -> None:
    out = str(tmp_path / "x.pdf")
    for args in (["order"], ["stock-card"], ["production", "--month", "13/2026"], ["kantin"]):
        with pytest.raises(SystemExit) as exc:
            main(["--db-url", report_db, "report", *args, "--out", out])
        assert exc.value.code == 2, args


# --- language ----------------------------------------------------------------------------------


def test_help_is_indonesian_unless_english_is_asked_for(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "isi database dengan sentra contoh yang realistis" in out
    assert "cetak laporan ke berkas PDF: production, stock, stock-card, order, delivery, buyers" in out
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    assert "fill the database with a realistic demo sentra" in " ".join(capsys.readouterr().out.split())
    from sentra_desktop.core import i18n

    assert i18n.language() == "id"  # main() leaves the language as it found it


def test_the_settings_file_chooses_the_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    assert main(["--data-dir", str(data), "check"]) == 1
    assert "Tidak ada database di" in capsys.readouterr().err
    (data / "settings.ini").write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    assert main(["--data-dir", str(data), "check"]) == 1
    assert "There is no database at" in capsys.readouterr().err
    assert main(["--lang", "id", "--data-dir", str(data), "check"]) == 1  # --lang wins over the setting
    assert "Tidak ada database di" in capsys.readouterr().err


def test_check_backup_and_restore_speak_indonesian(
    report_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db-url", report_db, "check"]) == 0
    out = capsys.readouterr().out
    for line in ("Keutuhan berkas: baik", "Rujukan antartabel: baik", "Hasil: sehat"):
        assert line in out, out
    assert "Saldo stok dibanding buku mutasi (" in out and "barang): baik" in out
    data = tmp_path / "data"  # report_db lives in the data folder of db_path
    backup_dir = tmp_path / "usb"
    assert main(["--data-dir", str(data), "backup", "--out", str(backup_dir)]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == backup_dir and written.is_file()
    assert main(["--data-dir", str(data), "restore", str(written)]) == 0
    out = capsys.readouterr().out
    assert f"Dipulihkan dari {written}" in out and "Data yang digantikan disimpan sebagai" in out


def test_report_usage_errors_are_indonesian(
    report_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["--db-url", report_db, "report", "stock-card", "--out", str(tmp_path / "x.pdf")])
    assert "laporan stock-card memerlukan --item" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--db-url", report_db, "report", "production", "--month", "13/2026", "--out", "x.pdf"])
    assert "bukan bulan: “13/2026”" in capsys.readouterr().err


def test_demo_data_says_what_it_made_in_indonesian(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "demo-data", "--days", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Data demo ") and " desain, " in out and " pengrajin di " in out, out
    made, logins = out.rstrip().split("\n")
    assert " pesanan (" in made and " terkirim), " in made and made.endswith(" pembayaran."), out
    assert logins.startswith("Masuk ke demo sebagai: Hj. Nurhayati (Ketua) PIN 1234, "), out
