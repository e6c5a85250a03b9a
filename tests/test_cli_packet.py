"""``sentra-desktop packet export``: the head's signed packet from the command line, refusals exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentra_desktop.cli import main
from sentra_desktop.services.packet.format import read_packet


@pytest.fixture
def url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'sentra.sqlite3'}"
    for name, role, pin in (("Bu Sri", "ketua", "1234"), ("Budi", "operator", "1111")):
        monkeypatch.setenv("SENTRA_NEW_PIN", pin)
        acting = [] if role == "ketua" else ["--user", "Bu Sri"]
        monkeypatch.setenv("SENTRA_PIN", "1234")
        assert main(["--db-url", url, *acting, "user", "add", name, "--role", role]) == 0
    return url


def test_the_head_exports_and_is_told_the_file_counts_and_fingerprint(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setenv("SENTRA_PIN", "1234")
    capsys.readouterr()
    args = ["--lang", "id", "--db-url", url, "--user", "Bu Sri", "packet", "export", "--out", str(usb)]
    assert main([*args, "--full", "--no-photos"]) == 0
    said = capsys.readouterr().out
    (written,) = usb.iterdir()
    packet = read_packet(written)
    assert f"Paket ditulis: {written}" in said
    assert f"{sum(packet.manifest['counts'].values())} catatan" in said and "paket lengkap" in said
    assert "tanpa foto" in said and packet.manifest["photos"] is False
    assert f"Sidik jari kunci: {packet.manifest['key_fingerprint']}" in said
    assert main(args) == 0  # the next one: only what changed since, the audit row of this login
    said = capsys.readouterr().out
    assert "1 catatan dari 1 jenis" in said and "paket lengkap" not in said
    assert len(list(usb.iterdir())) == 2


def test_refusals_exit_1_with_the_reason(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    capsys.readouterr()
    assert main(["--lang", "id", "--db-url", url, "packet", "export", "--out", str(usb)]) == 1
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("SENTRA_PIN", "1111")
    assert (
        main(["--lang", "id", "--db-url", url, "--user", "Budi", "packet", "export", "--out", str(usb)]) == 1
    )
    assert "Ketua" in capsys.readouterr().err
    monkeypatch.setenv("SENTRA_PIN", "1234")
    missing = tmp_path / "tidak-ada"
    assert (
        main(["--lang", "id", "--db-url", url, "--user", "Bu Sri", "packet", "export", "--out", str(missing)])
        == 1
    )
    assert "bukan folder" in capsys.readouterr().err
    assert list(usb.iterdir()) == []
