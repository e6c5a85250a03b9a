"""Pay below zero (corrections larger than the pay) is nil on the slip and the shortfall is
carried to the next period like an advance."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from sentra_desktop import printing
from sentra_desktop.core.formatting import format_rupiah
from sentra_desktop.services.database import Database
from sentra_desktop.services.pay import PayService
from sentra_desktop.services.production import ProductionInput, ProductionService
from tests.services.test_stock import make_world

WEEK1 = (date(2026, 11, 2), date(2026, 11, 8))
WEEK2 = (date(2026, 11, 9), date(2026, 11, 15))
WEEK3 = (date(2026, 11, 16), date(2026, 11, 22))


def test_a_negative_total_carries_to_the_next_period(db: Database) -> None:
    world = make_world(db)
    pay = PayService(db)
    pay.set_rate(design_id=world.keychain, effective_from="2026-01-01", rate=500)
    production = ProductionService(db)
    paid_entry = production.create(ProductionInput(date(2026, 11, 4), world.keychain, world.budi, 10))
    pay.mark_paid(*WEEK1, date(2026, 11, 9), "cash")
    production.delete(paid_entry.entry_id)  # found wrong after it was paid: -5.000 next week
    production.create(ProductionInput(date(2026, 11, 10), world.keychain, world.budi, 2))  # +1.000
    pay.add_advance(world.budi, date(2026, 11, 11), 3_000)

    budi = next(m for m in pay.compute(*WEEK2).makers if m.maker_id == world.budi)
    assert (budi.pieces_amount, budi.corrections_amount, budi.gross) == (1_000, -5_000, -4_000)
    assert budi.total == 0 and budi.carried == 3_000 + 4_000
    if shutil.which("pdftotext") is not None:
        data = printing.make(db, "pay", {"date_from": WEEK2[0], "date_to": WEEK2[1]})
        text = subprocess.run(
            ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True
        ).stdout.decode()
        slip = next(page for page in text.split("\f") if "Diterima oleh" in page)
        total_line = next(line for line in slip.splitlines() if "Jumlah upah" in line or "Total" in line)
        assert format_rupiah(0) in total_line and "-" not in total_line.split("Rp")[-1]
        assert format_rupiah(4_000) in slip and "7.000" in slip  # the shortfall row, all that is carried

    pay.mark_paid(*WEEK2, date(2026, 11, 16), "cash")
    assert next(m for m in pay.compute(*WEEK2).makers if m.maker_id == world.budi).total == 0
    production.create(ProductionInput(date(2026, 11, 17), world.keychain, world.budi, 20))  # 10.000
    week3 = next(m for m in pay.compute(*WEEK3).makers if m.maker_id == world.budi)
    assert (week3.advances_due, week3.advances_deducted, week3.total, week3.carried) == (
        7_000,
        7_000,
        3_000,
        0,
    )


@pytest.mark.parametrize(
    ("gross", "due", "taken"), [(-4_000, 0, -4_000), (-1, 500, -1), (0, 500, 0), (300, 500, 300)]
)
def test_the_deduction_never_leaves_a_minus(gross: int, due: int, taken: int) -> None:
    from sentra_desktop.core.pay import deduction

    assert deduction(gross, due) == taken and gross - deduction(gross, due) >= 0
