"""The command line: exit codes, plain messages, and the screenshot command."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sentra_desktop import __version__
from sentra_desktop.cli import build_parser, cli_date, main


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
    assert "usage:" in result.stderr


def test_unopenable_database_is_a_plain_failure(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db-url", "sqlite:////no/such/folder/x.sqlite3", "demo-data"]) == 1
    err = capsys.readouterr().err
    assert "could not be opened" in err and "Traceback" not in err


def test_dates_in_both_forms() -> None:
    assert cli_date("28/11/2026") == date(2026, 11, 28)
    assert cli_date("2026-11-28") == date(2026, 11, 28)
    with pytest.raises(Exception, match="not a date"):
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
    assert "unknown page" in result.stderr
