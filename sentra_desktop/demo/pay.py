"""Piece-rate pay in the demo: rates (with one change), advances (one larger than a week's pay),
five paid weeks, two open ones, an adjustment, and a correction of a paid week.

Written through the pay and production services' own session-level code, inside the demo's one
transaction, so the figures, the stored lines and the audit rows are what the program makes.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import DesignStatus
from sentra_desktop.core.pay import period_containing
from sentra_desktop.db.models import (
    DesignVariant,
    Maker,
    PayAdjustment,
    PayAdvance,
    PieceRate,
    ProductionEntry,
    ProductType,
)
from sentra_desktop.services.database import Database
from sentra_desktop.services.pay import close_period
from sentra_desktop.services.pay_compute import period_pay

PAID_WEEKS = 5
OPEN_WEEKS = 2
PAYER = "Hj. Nurhayati"


def write(db: Database, session: Session, first_day: date, last_day: date, rng: random.Random) -> None:
    """Add the demo's pay records for the weeks before ``last_day`` (history from ``first_day``)."""
    weeks = pay_weeks(last_day)
    if weeks[0][0] < first_day:
        return  # a history shorter than the pay weeks: no pay records
    types = list(session.scalars(select(ProductType.id).order_by(ProductType.id)))
    for n, type_id in enumerate(types):
        session.add(PieceRate(product_type_id=type_id, effective_from=first_day, rate=1_000 + 250 * (n % 5)))
    designs = list(
        session.scalars(
            select(DesignVariant.id)
            .where(DesignVariant.status == DesignStatus.ACTIVE)
            .order_by(DesignVariant.id)
        )
    )
    for design_id in designs[:4]:
        session.add(PieceRate(design_id=design_id, effective_from=first_day, rate=1_500, reject_rate=250))
    if designs:  # the rate change: from the third paid week on
        session.add(PieceRate(design_id=designs[0], effective_from=weeks[2][0], rate=1_750, reject_rate=250))
    session.flush()
    first_week = period_pay(session, *weeks[0])
    earners = [m for m in first_week.makers if m.pieces_amount > 0]
    if earners:
        big = rng.choice(earners)  # an advance three weeks' pay large: it carries over
        session.add(PayAdvance(maker_id=big.maker_id, given_on=weeks[1][0] + timedelta(days=1),
                               amount=3 * big.pieces_amount, note="Biaya sekolah anak"))  # fmt: skip
        for maker in rng.sample(earners, min(3, len(earners))):
            session.add(PayAdvance(maker_id=maker.maker_id, given_on=weeks[3][0] + timedelta(days=2),
                                   amount=100_000, note="Kasbon"))  # fmt: skip
    session.flush()
    for start, end in weeks[:PAID_WEEKS]:
        close_period(session, start, end, end + timedelta(days=1), "cash", PAYER)
    _correct_a_paid_week(db, session, weeks[PAID_WEEKS - 2])
    maker_id = session.scalar(select(Maker.id).where(Maker.active.is_(True)).order_by(Maker.id))
    if maker_id is not None:
        session.add(PayAdjustment(maker_id=maker_id, applies_on=weeks[PAID_WEEKS][0], amount=10_000,
                                  reason="Bonus kerapian"))  # fmt: skip
    session.flush()


def pay_weeks(last_day: date) -> list[tuple[date, date]]:
    """The paid weeks, then the open ones, the last containing ``last_day``."""
    current = period_containing(last_day, "weekly")
    count = PAID_WEEKS + OPEN_WEEKS
    return [
        (current[0] - timedelta(days=7 * back), current[1] - timedelta(days=7 * back))
        for back in range(count - 1, -1, -1)
    ]


def _correct_a_paid_week(db: Database, session: Session, week: tuple[date, date]) -> None:
    """A paid entry found to be short by five pieces: edited, so the next week shows the correction."""
    from sentra_desktop.core.errors import SentraError
    from sentra_desktop.services.production import ProductionInput, ProductionService

    production = ProductionService(db)
    pe = ProductionEntry
    candidates = session.execute(
        select(pe.id, pe.version, pe.produced_on, pe.design_id, pe.maker_id, pe.good_qty, pe.reject_qty)
        .where(pe.produced_on.between(*week), pe.voided_at.is_(None))
        .order_by(func.abs(pe.good_qty - 20), pe.id)
        .limit(20)
    ).all()  # fmt: skip
    for row in candidates:
        data = ProductionInput(row.produced_on, row.design_id, row.maker_id, row.good_qty + 5, row.reject_qty)
        try:
            production.update(row.id, row.version, data, allow_duplicate=True)
        except SentraError:
            continue
        return
