"""Piece rates and paid fortnights for the large demo, so the pay benchmark meets a real history.

A rate for every product type from the first day, own rates for some designs with a change half
way, and every maker's pay for the last year's fortnights marked paid (stored lines and audit
rows through the pay service's own code); the last two fortnights stay open.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sentra_desktop.core.pay import period_containing
from sentra_desktop.db.models import DesignVariant, PieceRate, ProductType
from sentra_desktop.services.pay import close_period

PAID_FORTNIGHTS = 24
OPEN_FORTNIGHTS = 2
PAYER = "Hj. Nurhayati"


def fortnights(last_day: date, count: int) -> list[tuple[date, date]]:
    """``count`` fortnights from Monday, the last one containing ``last_day``."""
    start, end = period_containing(last_day, "fortnightly")
    return [(start - timedelta(days=14 * n), end - timedelta(days=14 * n)) for n in range(count - 1, -1, -1)]


def write_large_pay(session: Session, first_day: date, last_day: date) -> int:
    """Write the rates and the paid fortnights; returns how many slips were stored."""
    periods = [p for p in fortnights(last_day, PAID_FORTNIGHTS + OPEN_FORTNIGHTS) if p[0] >= first_day]
    middle = first_day + (last_day - first_day) / 2
    for n, type_id in enumerate(session.scalars(select(ProductType.id).order_by(ProductType.id))):
        session.add(PieceRate(product_type_id=type_id, effective_from=first_day, rate=900 + 150 * (n % 6)))
    for n, design_id in enumerate(
        session.scalars(select(DesignVariant.id).order_by(DesignVariant.id).limit(12))
    ):
        session.add(
            PieceRate(design_id=design_id, effective_from=first_day, rate=1_200 + 100 * n, reject_rate=200)
        )
        session.add(
            PieceRate(design_id=design_id, effective_from=middle, rate=1_350 + 100 * n, reject_rate=200)
        )
    session.flush()
    slips = 0
    for start, end in periods[: max(0, len(periods) - OPEN_FORTNIGHTS)]:
        slips += len(close_period(session, start, end, end + timedelta(days=1), "cash", PAYER))
    return slips
