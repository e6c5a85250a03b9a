"""``--agency ... packet import`` and ``packet list`` on the command line; refusals exit with 1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sentra_desktop.cli import main

from .support import Sentra, demo_sentra


@pytest.fixture(scope="module")
def sentra(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sentra]:
    db = demo_sentra(tmp_path_factory.mktemp("sentra") / "sentra.sqlite3", seed=11, days=20)
    yield Sentra(db, name="Sentra Karet Sembawa", city="Banyuasin")
    db.dispose()


def test_import_list_and_refusals(sentra: Sentra, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    agency = ["--lang", "id", "--agency", "--data-dir", str(tmp_path / "agency")]
    full = sentra.packet(tmp_path, 0, 40, full=True)
    assert main([*agency, "packet", "import", str(full)]) == 0
    out = capsys.readouterr().out
    assert "Sentra Karet Sembawa" in out and "terdaftar" in out
    assert main([*agency, "packet", "import", str(full)]) == 0
    assert "sebelumnya" in capsys.readouterr().out  # the same packet again: nothing added
    # a packet into a sentra's own data folder is refused
    own = ["--lang", "id", "--data-dir", str(tmp_path / "own")]
    assert main([*own, "packet", "import", str(full)]) == 1
    assert "--agency" in capsys.readouterr().err
    # a gap names the missing changes
    assert main([*agency, "packet", "import", str(sentra.packet(tmp_path, 45, 50, full=False, rows={}))]) == 1
    assert "41 sampai 45" in capsys.readouterr().err
    # a full packet replaces the replica only with --ganti
    again = sentra.packet(tmp_path, 0, 30, full=True)
    assert main([*agency, "packet", "import", str(again)]) == 1
    assert "--replace" in capsys.readouterr().err
    assert main([*agency, "packet", "import", "--ganti", str(again)]) == 0
    capsys.readouterr()
    assert main([*agency, "packet", "list"]) == 0
    listed = capsys.readouterr().out
    assert "Sentra Karet Sembawa" in listed and "30" in listed
    # the agency's folder opened as a sentra's is refused
    assert main(["--lang", "id", "--data-dir", str(tmp_path / "agency"), "check"]) == 1
