"""The demo's pay: rates with a change, advances, paid and open weeks, a correction of a paid week."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from sentra_desktop.db.models import PayAdvance, PayPeriod, PieceRate
from sentra_desktop.demo import DemoOptions, load_demo_data
from sentra_desktop.demo.pay import OPEN_WEEKS, PAID_WEEKS
from sentra_desktop.services.database import Database
from sentra_desktop.services.pay import PayService

TODAY = date(2026, 11, 28)


def test_demo_pay_has_every_kind_of_record(db: Database) -> None:
    load_demo_data(db, DemoOptions(seed=7, days=70, today=TODAY))
    pay = PayService(db)
    with db.reading() as session:
        periods = session.execute(
            select(PayPeriod.starts_on, PayPeriod.ends_on).order_by(PayPeriod.starts_on)
        ).all()
        changed = session.scalar(
            select(func.count()).select_from(
                select(PieceRate.design_id).where(PieceRate.design_id.is_not(None)).group_by(PieceRate.design_id)
                .having(func.count() > 1).subquery()
            )
        )  # fmt: skip
        advances = session.execute(select(PayAdvance.maker_id, PayAdvance.given_on, PayAdvance.amount)).all()
    assert len(periods) == PAID_WEEKS and changed == 1
    open_weeks = [pay.period_for(periods[-1][1] + timedelta(days=1 + 7 * n)) for n in range(OPEN_WEEKS)]
    figures = [pay.compute(*p) for p in [*periods, *open_weeks]]
    assert all(m.paid for f in figures[:PAID_WEEKS] for m in f.makers)
    assert not any(m.paid for f in figures[PAID_WEEKS:] for m in f.makers)
    # Pending until a later week is paid, so each open week shows it.
    corrections = [line for m in figures[PAID_WEEKS].makers for line in m.corrections]
    assert len(corrections) == 1 and corrections[0].good == 5
    weekly = {(m.maker_id, f.starts_on): m.pieces_amount for f in figures for m in f.makers}
    assert any(amount > weekly.get((maker, pay.period_for(day)[0]), 0) for maker, day, amount in advances)
    assert any(m.carried for f in figures for m in f.makers)
    assert any(m.adjustments for f in figures[PAID_WEEKS:] for m in f.makers)
