"""The demo's member books: designs owned by a member, and a maker who moved inside a paid week."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from sentra_desktop.db.models import DesignVariant, Maker, MakerMembership, MemberBusiness, ProductionEntry
from sentra_desktop.demo import DemoOptions, load_demo_data
from sentra_desktop.demo.members import MOVER
from sentra_desktop.services.database import Database
from sentra_desktop.services.pay import PayService
from sentra_desktop.services.report_data import ReportDataService

TODAY = date(2026, 11, 28)


def test_a_maker_moves_on_a_dated_day_and_designs_name_their_owner(db: Database) -> None:
    load_demo_data(db, DemoOptions(seed=7, days=70, today=TODAY))
    with db.reading() as session:
        maker = session.scalars(select(Maker).where(Maker.name == MOVER)).one()
        maker_id = maker.id
        rows = session.execute(
            select(MakerMembership.from_date, MakerMembership.member_business_id)
            .where(MakerMembership.maker_id == maker.id)
            .order_by(MakerMembership.from_date)
        ).all()
        assert len(rows) == 2 and rows[0][1] != rows[1][1] and maker.member_business_id == rows[1][1]
        moved_on = rows[1][0]
        booked = session.execute(
            select(ProductionEntry.produced_on, ProductionEntry.member_business_id).where(
                ProductionEntry.maker_id == maker.id, ProductionEntry.voided_at.is_(None)
            )
        ).all()
        before = {member for day, member in booked if day < moved_on}
        after = {member for day, member in booked if day >= moved_on}
        assert before == {rows[0][1]} and after == {rows[1][1]}
        owners = {d.member_business_id for d in session.scalars(select(DesignVariant))}
        assert None in owners and len(owners - {None}) >= 3
        names = {row.id: row.name for row in session.execute(select(MemberBusiness.id, MemberBusiness.name))}
    # The week of the move is paid, and its lines are booked to both members.
    pay = PayService(db)
    week = pay.period_for(moved_on)
    figures = pay.compute(*week)
    slip = next(m for m in figures.makers if m.maker_id == maker_id)
    assert slip.paid is not None
    assert {line.member_name for line in slip.lines} == {names[rows[0][1]], names[rows[1][1]]}
    # The production summary of the week counts the mover's output under both members.
    summary = ReportDataService(db).production_summary(*week)
    groups = {line.group for line in summary.by_maker if line.name == MOVER}
    assert groups == {names[rows[0][1]], names[rows[1][1]]}
