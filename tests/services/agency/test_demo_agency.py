"""``demo-agency``: an agency filled from generated sentra by real exported and imported packets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sentra_desktop.cli import main
from sentra_desktop.core.paths import DataDir
from sentra_desktop.demo.agency import load_agency_demo
from sentra_desktop.services.agency.service import AgencyService
from sentra_desktop.services.agency.store import Agency
from sentra_desktop.services.health import full_check


def test_the_demo_agency_holds_several_sentra_one_of_them_quiet(tmp_path: Path) -> None:
    agency = Agency.at(DataDir(tmp_path / "agency"))
    try:
        steps: list[str] = []
        summary = load_agency_demo(
            agency,
            sentra=3,
            days=12,
            today=date(2026, 11, 30),
            progress=lambda d, t, label: steps.append(label),
        )
        assert summary.sentra == 3 and summary.packets == 6 and summary.records > 1000
        rows = AgencyService(agency).registry()
        assert len(rows) == 3 and all(row.packets == 2 for row in rows)
        assert len({row.sentra.uuid for row in rows}) == 3  # three identities, not one seed's
        assert len({row.sentra.key_fingerprint for row in rows}) == 3
        assert [row.sentra.name for row in rows if row.quiet] == [summary.quiet]
        assert {row.sentra.regency_code for row in rows} == {"16.71", "16.07"}  # Palembang, Banyuasin
        replicas = AgencyService(agency).replicas()
        try:
            assert all(full_check(r.database).sound for r in replicas)
        finally:
            for r in replicas:
                r.database.dispose()
        assert len(steps) == 4
    finally:
        agency.dispose()


def test_demo_agency_refuses_a_sentra_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    own = tmp_path / "own"
    assert main(["--lang", "id", "--data-dir", str(own), "user", "list"]) == 0
    assert main(["--lang", "id", "--data-dir", str(own), "demo-agency", "--sentra", "1"]) == 1
    assert "milik sentra" in capsys.readouterr().err
