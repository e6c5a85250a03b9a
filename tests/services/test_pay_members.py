"""Pay of a maker who moved to another member business inside a period: each line, the slip, the
summary pages and the export go by the member of the entry's day, also once the period is paid."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from sentra_desktop import printing
from sentra_desktop.core.formatting import format_rupiah
from sentra_desktop.core.pay import export_rows
from sentra_desktop.reports.pay import member_parts
from sentra_desktop.services.database import Database
from sentra_desktop.services.members import MakerInput, MakerService, MemberInput, MemberService
from sentra_desktop.services.pay import PayService
from sentra_desktop.services.production import ProductionInput, ProductionService
from tests.services.test_member_books import move
from tests.services.test_stock import World, make_world

WEEK = (date(2026, 11, 2), date(2026, 11, 8))
MOVED_ON = date(2026, 11, 5)  # Thursday
OLD, NEW = "IKM Karya Karet", "IKM Sumber Rejeki"


def _mover(db: Database) -> tuple[PayService, int, list[int], World]:
    world = make_world(db)
    other = MemberService(db).create(MemberInput(name=NEW))
    yani = MakerService(db).create(
        MakerInput(name="Yani", member_business_id=world.member, member_since=date(2026, 1, 1))
    )
    pay = PayService(db)
    pay.set_rate(product_type_id=world.keychain_type, effective_from="2026-01-01", rate=1_000)
    production = ProductionService(db)
    entries = [
        production.create(ProductionInput(day, world.keychain, yani, good)).entry_id
        for day, good in ((date(2026, 11, 3), 10), (date(2026, 11, 4), 20), (date(2026, 11, 6), 5))
    ]
    move(db, yani, other, MOVED_ON)
    production.create(ProductionInput(date(2026, 11, 7), world.keychain, yani, 7))
    return pay, yani, entries, world


def _members_by_day(pay: PayService, maker: int) -> list[tuple[date, str]]:
    slip = next(m for m in pay.compute(*WEEK).makers if m.maker_id == maker)
    return [(line.produced_on, line.member_name) for line in slip.lines]


def test_lines_keep_the_member_of_their_day_open_and_paid(db: Database, tmp_path: Path) -> None:
    pay, yani, entries, world = _mover(db)
    expected = [
        (date(2026, 11, 3), OLD),
        (date(2026, 11, 4), OLD),
        (date(2026, 11, 6), NEW),
        (date(2026, 11, 7), NEW),
    ]
    assert _members_by_day(pay, yani) == expected
    pay.mark_paid(*WEEK, date(2026, 11, 9), "cash")
    assert _members_by_day(pay, yani) == expected  # paid: the stored lines, by their entries' member
    # Moving the maker back, and giving a paid entry to another maker, never moves what was paid.
    move(db, yani, None, date(2026, 11, 20))
    production = ProductionService(db)
    detail = production.get(entries[0])
    production.update(  # to Sari, of the sentra as a whole
        entries[0],
        detail.version,
        ProductionInput(detail.produced_on, detail.design_id, world.sari, detail.good_qty),
    )
    assert _members_by_day(pay, yani) == expected

    slip = next(m for m in pay.compute(*WEEK).makers if m.maker_id == yani)
    parts = member_parts(slip)
    assert {name: p.pieces_amount for name, p in parts.items()} == {OLD: 30_000, NEW: 12_000}
    assert sum(p.total for p in parts.values()) == slip.total == 42_000
    rows = [r for r in export_rows(pay.compute(*WEEK)) if r[0] == "Yani" and r[2] == "pieces"]
    assert [r[1] for r in rows] == [member for _day, member in expected]

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    pdf = tmp_path / "slips.pdf"
    pdf.write_bytes(printing.make(db, "pay", {"date_from": WEEK[0], "date_to": WEEK[1]}))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    pages = text.split("\f")
    for member, amount in ((OLD, 30_000), (NEW, 12_000)):
        summary = next(p for p in pages if f": {member}" in p and "Yani" in p and "Diterima" not in p)
        assert format_rupiah(amount) in summary
    only = subprocess.run(
        ["pdftotext", "-layout", "-", "-"],
        input=printing.make(db, "pay", {"date_from": WEEK[0], "date_to": WEEK[1], "member": NEW}),
        capture_output=True,
    ).stdout.decode()
    assert "Yani" in only and format_rupiah(12_000) in only
