"""Pay slips: every maker's slip carries their total; the command line prints and exports them."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sentra_desktop import printing
from sentra_desktop.cli import main
from sentra_desktop.core.formatting import format_rupiah
from sentra_desktop.db.models import Maker
from sentra_desktop.services.database import Database
from sentra_desktop.services.members import MemberInput, MemberService
from sentra_desktop.services.pay import PayService
from sentra_desktop.services.production import ProductionInput, ProductionService
from tests.services.test_stock import make_world

WEEK = (date(2026, 11, 2), date(2026, 11, 8))


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "slips.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _sentra(db: Database, makers: int) -> PayService:
    world = make_world(db)
    pay = PayService(db)
    pay.set_rate(product_type_id=world.keychain_type, effective_from="2026-01-01", rate=1_250)
    pay.set_rate(product_type_id=world.coaster_type, effective_from="2026-01-01", rate=900, reject_rate=100)
    other = MemberService(db).create(MemberInput(name="IKM Sabutret"))
    with db.transaction() as session:
        session.add_all(
            Maker(name=f"Pengrajin {n:03d}", member_business_id=other if n % 2 else world.member)
            for n in range(makers)
        )
    production = ProductionService(db)
    with db.reading() as session:
        ids = [m.id for m in session.query(Maker).order_by(Maker.id)]
    rows = [
        ProductionInput(
            WEEK[0] + timedelta(days=n % 7),
            world.keychain if n % 3 else world.coaster,
            maker,
            5 + n % 17,
            n % 3,
        )
        for n, maker in enumerate(ids)
    ]
    production.bulk_create(rows)
    pay.add_advance(ids[0], WEEK[0], 2_000)
    return pay


def test_each_slip_shows_its_makers_total_and_the_members_summary(db: Database, tmp_path: Path) -> None:
    pay = _sentra(db, 6)
    figures = pay.compute(*WEEK)
    text = _pdf_text(printing.make(db, "pay", {"date_from": WEEK[0], "date_to": WEEK[1]}), tmp_path)
    for maker in figures.makers:
        assert maker.maker_name in text
        assert format_rupiah(maker.total) in text
    assert "Diterima oleh" in text  # the signature line, in the sheets' language
    assert "IKM Sabutret" in text and "IKM Karya Karet" in text
    only = _pdf_text(
        printing.make(db, "pay", {"date_from": WEEK[0], "date_to": WEEK[1], "member": "ikm sabutret"}),
        tmp_path,
    )
    assert "IKM Karya Karet" not in only and "Pengrajin 001" in only


def test_command_line_prints_exports_and_refuses_a_bad_period(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pay = _sentra(db, 4)
    figures = pay.compute(*WEEK)
    out = tmp_path / "upah.pdf"
    week = ["--from", WEEK[0].isoformat(), "--to", WEEK[1].isoformat()]
    assert main(["--db-url", db_url, "report", "pay", *week, "--out", str(out)]) == 0
    assert format_rupiah(figures.makers[0].total) in _pdf_text(out.read_bytes(), tmp_path)
    sheet = tmp_path / "upah.xlsx"
    assert main(["--db-url", db_url, "export", "pay", *week, "--out", str(sheet)]) == 0
    rows = list(load_workbook(sheet).active.iter_rows(values_only=True))
    totals = {r[0]: r[8] for r in rows[1:] if r[2] == "total"}
    assert totals == {m.maker_name: m.total for m in figures.makers}
    pay.mark_paid(*WEEK, WEEK[1], "cash")
    capsys.readouterr()
    overlap = ["--from", "2026-11-05", "--to", "2026-11-12"]
    assert main(["--db-url", db_url, "report", "pay", *overlap, "--out", str(tmp_path / "x.pdf")]) == 1
    assert "02/11/2026" in capsys.readouterr().err
    backwards = ["--from", "2026-11-12", "--to", "2026-11-09"]
    assert main(["--db-url", db_url, "export", "pay", *backwards, "--out", str(tmp_path / "x.xlsx")]) == 1
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.xlsx").exists()
