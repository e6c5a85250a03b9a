"""The command line identifies its user: ``--user`` with a PIN, and the ``user`` subcommands."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentra_desktop.cli import main


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'users.sqlite3'}"


def _add(url: str, monkeypatch: pytest.MonkeyPatch, name: str, role: str, pin: str, *acting: str) -> int:
    monkeypatch.setenv("SENTRA_NEW_PIN", pin)
    return main(["--db-url", url, *acting, "user", "add", name, "--role", role])


def test_first_user_needs_nobody_and_must_be_head(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _add(url, monkeypatch, "Budi", "operator", "1111") == 1
    assert "ketua" in capsys.readouterr().err
    assert _add(url, monkeypatch, "Bu Sri", "ketua", "1234") == 0
    assert main(["--db-url", url, "--lang", "id", "user", "list"]) == 0
    assert "Bu Sri\tKetua" in capsys.readouterr().out  # the role's display name, not "ketua"


def test_a_write_needs_a_user_with_the_right_role_and_pin(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _add(url, monkeypatch, "Bu Sri", "ketua", "1234") == 0
    capsys.readouterr()
    assert _add(url, monkeypatch, "Budi", "operator", "1111") == 1  # no --user any more
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("SENTRA_PIN", "9999")
    assert _add(url, monkeypatch, "Budi", "operator", "1111", "--user", "Bu Sri") == 1  # wrong PIN
    assert "PIN" in capsys.readouterr().err
    monkeypatch.setenv("SENTRA_PIN", "1234")
    assert _add(url, monkeypatch, "Budi", "operator", "1111", "--user", "Bu Sri") == 0
    monkeypatch.setenv("SENTRA_PIN", "1111")
    assert _add(url, monkeypatch, "Siti", "operator", "2222", "--user", "Budi") == 1  # an operator
    assert main(["--db-url", url, "--user", "Budi", "user", "set-role", "Budi", "ketua"]) == 1
    monkeypatch.setenv("SENTRA_PIN", "1234")
    assert main(["--db-url", url, "--user", "Bu Sri", "user", "set-role", "Budi", "pendamping"]) == 0
    assert main(["--db-url", url, "--user", "Bu Sri", "user", "disable", "Bu Sri"]) == 1  # last head
    capsys.readouterr()
    assert main(["--db-url", url, "user", "list"]) == 0
    listed = capsys.readouterr().out
    assert "Budi\t" in listed and ("Pendamping" in listed or "Mentor" in listed)


def test_import_is_refused_without_a_user(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _add(url, monkeypatch, "Bu Sri", "ketua", "1234") == 0
    designs = tmp_path / "designs.csv"
    designs.write_text("code,name\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--db-url", url, "import", "designs", str(designs)]) == 1
    assert "--user" in capsys.readouterr().err


def test_reset_pin_on_the_pc_needs_no_user(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _add(url, monkeypatch, "Bu Sri", "ketua", "1234") == 0
    monkeypatch.setenv("SENTRA_NEW_PIN", "4321")
    assert main(["--db-url", url, "user", "reset-pin", "Bu Sri"]) == 0
    monkeypatch.setenv("SENTRA_PIN", "4321")
    monkeypatch.setenv("SENTRA_NEW_PIN", "5555")
    assert main(["--db-url", url, "--user", "Bu Sri", "user", "add", "Budi", "--role", "operator"]) == 0


def test_bad_new_pin_is_exit_1(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "id", "--db-url", url, "user", "list"]) == 0
    assert _add(url, monkeypatch, "Bu Sri", "ketua", "12ab") == 1
    # Indonesian words only: no field key of the form ("pin: ...") before the message.
    said = capsys.readouterr().err.strip()
    assert said == "sentra-desktop: PIN terdiri dari 4 sampai 8 angka, tidak lebih."
    assert _add(url, monkeypatch, "Bu Sri", "ketua", "1234") == 0
    monkeypatch.setenv("SENTRA_PIN", "1234")
    assert main(["--db-url", url, "--user", "Bu Sri", "user", "set-role", "Bu Sri", "operator"]) == 1
    assert capsys.readouterr().err.strip().startswith("sentra-desktop: Sentra harus tetap punya")
    assert main(["--db-url", url, "user", "list"]) == 0
