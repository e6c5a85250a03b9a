"""``--agency ... packet import`` and ``packet list`` on the command line; refusals exit with 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentra_desktop.cli import main
from sentra_desktop.services.buyers import BuyerInput, BuyerService

from .support import Sentra, demo_sentra


def test_import_list_and_refusals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = demo_sentra(tmp_path / "sentra.sqlite3", seed=11, days=20)
    try:
        sentra = Sentra(db)
        agency = ["--lang", "id", "--agency", "--data-dir", str(tmp_path / "agency")]
        full = sentra.export(tmp_path, full=True)
        assert main([*agency, "packet", "import", str(full)]) == 0
        out = capsys.readouterr().out
        assert "terdaftar" in out and "Sidik kunci" in out
        assert main([*agency, "packet", "import", str(full)]) == 0
        assert "sebelumnya" in capsys.readouterr().out  # the same packet again: nothing added
        # a packet into a sentra's own data folder is refused
        own = ["--lang", "id", "--data-dir", str(tmp_path / "own")]
        assert main([*own, "packet", "import", str(full)]) == 1
        assert "--agency" in capsys.readouterr().err
        # a gap names the missing changes
        BuyerService(db).create(BuyerInput(name="Toko A", city="Palembang"))
        sentra.export(tmp_path)  # lost on the way
        BuyerService(db).create(BuyerInput(name="Toko B", city="Palembang"))
        assert main([*agency, "packet", "import", str(sentra.export(tmp_path))]) == 1
        assert "belum diterima" in capsys.readouterr().err
        # a full packet replaces the replica only with --ganti
        again = sentra.export(tmp_path, full=True)
        assert main([*agency, "packet", "import", str(again)]) == 1
        assert "--replace" in capsys.readouterr().err
        assert main([*agency, "packet", "import", "--ganti", str(again)]) == 0
        assert "diganti" in capsys.readouterr().out
        assert main([*agency, "packet", "list"]) == 0
        listed = capsys.readouterr().out
        assert "paket terakhir" in listed and "Peringatan" not in listed
        # the agency's folder opened as a sentra's is refused
        assert main(["--lang", "id", "--data-dir", str(tmp_path / "agency"), "check"]) == 1
    finally:
        db.dispose()
