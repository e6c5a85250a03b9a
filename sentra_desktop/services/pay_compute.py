"""The set-based queries behind a pay period: entries with the rate in force on their day,
stored lines of paid slips, advances, adjustments, and corrections after a payment."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, Table, and_, case, func, or_, select
from sqlalchemy.orm import Session

from sentra_desktop.core.pay import (
    Adjustment,
    Advance,
    MakerPay,
    MissingRate,
    Paid,
    PayLine,
    PeriodPay,
    deduction,
)
from sentra_desktop.db.models import (
    DesignVariant,
    Maker,
    MemberBusiness,
    PayAdjustment,
    PayAdvance,
    PayEntryChange,
    PayPeriod,
    PaySlip,
    PieceRate,
    ProductionEntry,
)
from sentra_desktop.db.models import (
    PayLine as PayLineRow,
)
from sentra_desktop.services.memberships import member_on

_PE = cast(Table, ProductionEntry.__table__)
_DV = cast(Table, DesignVariant.__table__)
_PR = cast(Table, PieceRate.__table__)
_MK = cast(Table, Maker.__table__)
_MB = cast(Table, MemberBusiness.__table__)
_PS = cast(Table, PaySlip.__table__)
_PP = cast(Table, PayPeriod.__table__)
_PL = cast(Table, PayLineRow.__table__)
_AD = cast(Table, PayAdvance.__table__)
_AJ = cast(Table, PayAdjustment.__table__)
_CH = cast(Table, PayEntryChange.__table__)


def _rate_spans(target: str, until: date) -> Any:
    """Rates of one kind of target with the day the next one starts (None: still in force)."""
    column = _PR.c[target]
    return (
        select(
            column.label("target"),
            _PR.c.effective_from,
            func.lead(_PR.c.effective_from)
            .over(partition_by=column, order_by=_PR.c.effective_from)
            .label("till"),
            _PR.c.rate,
            _PR.c.reject_rate,
        )
        .where(column.is_not(None), _PR.c.effective_from <= until)
        .subquery()
    )


def _in_force(span: Any, target: ColumnElement[Any], day: ColumnElement[Any]) -> ColumnElement[bool]:
    return and_(
        span.c.target == target, span.c.effective_from <= day, or_(span.c.till.is_(None), span.c.till > day)
    )


def rated_entries(until: date, where: Iterable[ColumnElement[bool]]) -> Select[Any]:
    """Live entries matching ``where`` with the design's rate in force on their day, else the
    product type's default; ``rate`` is NULL where neither exists."""
    by_design = _rate_spans("design_id", until)
    by_type = _rate_spans("product_type_id", until)
    rate = func.coalesce(by_design.c.rate, by_type.c.rate)
    reject_rate = case(
        (by_design.c.rate.is_not(None), func.coalesce(by_design.c.reject_rate, 0)),
        else_=func.coalesce(by_type.c.reject_rate, 0),
    )
    return (
        select(
            _PE.c.id,
            _PE.c.version,
            _PE.c.maker_id,
            _PE.c.member_business_id,
            _PE.c.produced_on,
            _PE.c.design_id,
            _DV.c.code,
            _DV.c.name,
            _PE.c.good_qty,
            _PE.c.reject_qty,
            rate.label("rate"),
            reject_rate.label("reject_rate"),
        )
        .join(_DV, _DV.c.id == _PE.c.design_id)
        .outerjoin(by_design, _in_force(by_design, _PE.c.design_id, _PE.c.produced_on))
        .outerjoin(by_type, _in_force(by_type, _DV.c.product_type_id, _PE.c.produced_on))
        .where(_PE.c.voided_at.is_(None), *where)
    )


# A stored line's entry: its member, and its maker now (to tell whether it still is the slip's).
_ENTRY_MEMBER = (_PE.c.member_business_id, _PE.c.maker_id.label("entry_maker_id"))


class _StoredMembers:
    """The member business of a paid line: its entry's (the member of the entry's day) while the
    entry is still the slip's maker's; once it went to another maker, the slip maker's member on
    the line's day from the history, so what was paid never moves with a later edit."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.found: dict[tuple[int, date], int | None] = {}

    def of(self, row: Any) -> int | None:
        if row.entry_maker_id == row.maker_id:
            return cast(int | None, row.member_business_id)
        key = (row.maker_id, row.produced_on)
        if key not in self.found:
            self.found[key] = member_on(self.session, row.maker_id, row.produced_on)
        return self.found[key]


def _line(row: Any, corrects: tuple[int, tuple[date, date]] | None = None) -> PayLine:
    rate = None if row.rate is None else int(row.rate)
    amount = (rate or 0) * row.good_qty + int(row.reject_rate or 0) * row.reject_qty
    return PayLine(
        row.id, row.version, row.produced_on, row.design_id, row.code, row.name, row.good_qty,
        row.reject_qty, rate, int(row.reject_rate or 0), amount,
        corrects[0] if corrects else None, corrects[1] if corrects else None, row.member_business_id,
    )  # fmt: skip


def overlapping_period(session: Session, starts_on: date, ends_on: date) -> tuple[date, date] | None:
    """A paid period that overlaps ``starts_on``..``ends_on`` without being the same period."""
    row = session.execute(
        select(_PP.c.starts_on, _PP.c.ends_on)
        .where(_PP.c.starts_on <= ends_on, _PP.c.ends_on >= starts_on)
        .where(or_(_PP.c.starts_on != starts_on, _PP.c.ends_on != ends_on))
        .limit(1)
    ).first()
    return None if row is None else (row.starts_on, row.ends_on)


def corrections(session: Session, before: date, makers: Collection[int] | None) -> dict[int, list[PayLine]]:
    """Per maker, the live figures minus the stored lines of every closed period that ended
    before ``before``, for the entries changed after a payment covered them.

    A paid period is closed for every maker: an entry moved or added into it later is a
    correction of that period too, even for a maker who had nothing in it when it was paid.
    """
    changed = select(_CH.c.entry_id)
    if session.scalar(changed.limit(1)) is None:
        return {}
    periods = session.execute(
        select(_PP.c.id, _PP.c.starts_on, _PP.c.ends_on)
        .where(_PP.c.ends_on < before)
        .order_by(_PP.c.starts_on)
    ).all()
    if not periods:
        return {}
    starts = [p.starts_on for p in periods]
    spans = {p.id: (p.starts_on, p.ends_on) for p in periods}

    def closed_period(day: date) -> int | None:
        index = bisect_right(starts, day) - 1
        return periods[index].id if index >= 0 and day <= periods[index].ends_on else None

    sums: dict[tuple[int, int, int, int], list[Any]] = {}
    for row in session.execute(rated_entries(before, [_PE.c.id.in_(changed)])):
        period_id = closed_period(row.produced_on)
        if period_id is None or (makers is not None and row.maker_id not in makers):
            continue
        line = _line(row)
        sums[(row.maker_id, period_id, row.id, row.design_id)] = [line, line.good, line.reject, line.amount]
    target = func.coalesce(_PL.c.corrects_period_id, _PS.c.period_id).label("target")
    stored_query = (
        select(target, _PS.c.maker_id, _PL, _DV.c.code, _DV.c.name, *_ENTRY_MEMBER)
        .join(_PS, _PS.c.id == _PL.c.slip_id)
        .join(_DV, _DV.c.id == _PL.c.design_id)
        .join(_PE, _PE.c.id == _PL.c.entry_id)
        .where(_PL.c.entry_id.in_(changed))
    )
    if makers is not None:
        stored_query = stored_query.where(_PS.c.maker_id.in_(makers))
    members = _StoredMembers(session)
    for row in session.execute(stored_query):
        if row.target not in spans:
            continue
        key = (row.maker_id, row.target, row.entry_id, row.design_id)
        if key not in sums:
            gone = PayLine(
                row.entry_id, row.entry_version, row.produced_on, row.design_id, row.code, row.name,
                0, 0, row.rate, row.reject_rate, 0, member_id=members.of(row),
            )  # fmt: skip
            sums[key] = [gone, 0, 0, 0]
        sums[key][1] -= row.good_qty
        sums[key][2] -= row.reject_qty
        sums[key][3] -= row.amount
    result: dict[int, list[PayLine]] = defaultdict(list)
    for (maker_id, period_id, _, _), (line, good, reject, amount) in sums.items():
        if good or reject or amount:
            result[maker_id].append(
                PayLine(
                    line.entry_id,
                    line.entry_version,
                    line.produced_on,
                    line.design_id,
                    line.design_code,
                    line.design_name,
                    good,
                    reject,
                    line.rate,
                    line.reject_rate,
                    amount,
                    period_id,
                    spans[period_id],
                    line.member_id,
                )
            )
    for lines in result.values():
        lines.sort(key=lambda ln: (ln.corrects, ln.produced_on, ln.entry_id))
    return dict(result)


def period_pay(
    session: Session, starts_on: date, ends_on: date, makers: Collection[int] | None = None
) -> PeriodPay:
    """Every maker's pay for the period: live figures, or the slips as paid once the period is closed."""
    period_id = session.scalar(select(_PP.c.id).where(_PP.c.starts_on == starts_on, _PP.c.ends_on == ends_on))

    def only(column: Any) -> list[ColumnElement[bool]]:
        return [] if makers is None else [column.in_(makers)]

    slips: dict[int, Any] = {}
    if period_id is not None:
        slips = {
            r.maker_id: r
            for r in session.execute(select(_PS).where(_PS.c.period_id == period_id, *only(_PS.c.maker_id)))
        }
    pays: dict[int, MakerPay] = {}
    members: dict[int, int | None] = {}

    def pay_of(maker_id: int) -> MakerPay:
        if maker_id not in pays:
            pays[maker_id] = MakerPay(maker_id, "", "")
        return pays[maker_id]

    missing: dict[int, MissingRate] = {}
    live = rated_entries(ends_on, [_PE.c.produced_on.between(starts_on, ends_on), *only(_PE.c.maker_id)])
    # A closed period shows its slips as paid: its live entries are not read at all.
    for row in (
        session.execute(live.order_by(_PE.c.produced_on, _DV.c.code, _PE.c.id)) if period_id is None else ()
    ):
        line = _line(row)
        if line.rate is None:
            missing[row.design_id] = MissingRate(row.design_id, row.code, row.name)
        members[row.maker_id] = row.member_business_id
        pay_of(row.maker_id).lines.append(line)
    if slips:
        stored_members = _StoredMembers(session)
        for row in session.execute(
            select(_PL, _DV.c.code, _DV.c.name, _PS.c.maker_id, *_ENTRY_MEMBER)
            .join(_DV, _DV.c.id == _PL.c.design_id)
            .join(_PS, _PS.c.id == _PL.c.slip_id)
            .join(_PE, _PE.c.id == _PL.c.entry_id)
            .where(_PL.c.slip_id.in_([s.id for s in slips.values()]))
            .order_by(_PL.c.produced_on, _DV.c.code, _PL.c.entry_id)
        ):
            corrects = None
            if row.corrects_period_id is not None:
                corrects = (row.corrects_period_id, _span_of(session, row.corrects_period_id))
            stored = PayLine(
                row.entry_id, row.entry_version, row.produced_on, row.design_id, row.code, row.name,
                row.good_qty, row.reject_qty, row.rate, row.reject_rate, row.amount,
                corrects[0] if corrects else None, corrects[1] if corrects else None, stored_members.of(row),
            )  # fmt: skip
            target = pay_of(row.maker_id)
            (target.corrections if corrects else target.lines).append(stored)
            if not corrects:
                members[row.maker_id] = stored.member_id
        for maker_id, slip in slips.items():
            pay_of(maker_id).paid = Paid(slip.id, slip.paid_on, slip.method, slip.paid_by)
            pays[maker_id].advances_deducted = slip.advances_deducted
    if period_id is None:
        for maker_id, lines in corrections(session, starts_on, makers).items():
            pay_of(maker_id).corrections.extend(lines)
    else:  # closed: the slips as paid; what lands in it later is the next period's correction
        makers = list(slips)
    for row in session.execute(
        select(_AD)
        .where(_AD.c.given_on.between(starts_on, ends_on), *only(_AD.c.maker_id))
        .order_by(_AD.c.given_on, _AD.c.id)
    ):
        pay_of(row.maker_id).advances.append(Advance(row.given_on, row.amount, row.note))
    for row in session.execute(
        select(_AJ)
        .where(_AJ.c.applies_on.between(starts_on, ends_on), *only(_AJ.c.maker_id))
        .order_by(_AJ.c.applies_on, _AJ.c.id)
    ):
        pay_of(row.maker_id).adjustments.append(Adjustment(row.applies_on, row.amount, row.reason))
    _advances_due(session, pays, ends_on, period_id)
    _names(session, pays, members)
    ordered = sorted(pays.values(), key=lambda p: (p.member_name, p.maker_name))
    return PeriodPay(starts_on, ends_on, ordered, sorted(missing.values(), key=lambda m: m.code))


def _span_of(session: Session, period_id: int) -> tuple[date, date]:
    row = session.execute(select(_PP.c.starts_on, _PP.c.ends_on).where(_PP.c.id == period_id)).one()
    return row.starts_on, row.ends_on


def _advances_due(session: Session, pays: dict[int, MakerPay], ends_on: date, period_id: int | None) -> None:
    """Advances given up to the period's end, less what other slips already took off."""
    if not pays:
        return
    ids = list(pays)
    given = {
        r[0]: r[1]
        for r in session.execute(
            select(_AD.c.maker_id, func.sum(_AD.c.amount))
            .where(_AD.c.given_on <= ends_on, _AD.c.maker_id.in_(ids))
            .group_by(_AD.c.maker_id)
        )
    }
    taken_query = select(_PS.c.maker_id, func.sum(_PS.c.advances_deducted)).where(_PS.c.maker_id.in_(ids))
    if period_id is not None:
        taken_query = taken_query.where(_PS.c.period_id != period_id)
    taken = {r[0]: r[1] for r in session.execute(taken_query.group_by(_PS.c.maker_id))}
    for maker_id, pay in pays.items():
        pay.advances_due = max(0, int(given.get(maker_id) or 0) - int(taken.get(maker_id) or 0))
        if pay.paid is None:
            pay.advances_deducted = deduction(pay.gross, pay.advances_due)


def _names(session: Session, pays: dict[int, MakerPay], members: dict[int, int | None]) -> None:
    """Maker names, the member business of the maker's last entry in the period (else their
    current one), and each line's member name."""
    if not pays:
        return
    rows = session.execute(
        select(_MK.c.id, _MK.c.name, _MK.c.member_business_id).where(_MK.c.id.in_(list(pays)))
    ).all()
    member_names = {r.id: r.name for r in session.execute(select(_MB.c.id, _MB.c.name))}
    for row in rows:
        member = members.get(row.id, row.member_business_id)
        pays[row.id].maker_name = row.name
        pays[row.id].member_name = member_names.get(member, "") if member is not None else ""
        for line in pays[row.id].lines + pays[row.id].corrections:
            line.member_name = member_names.get(line.member_id, "") if line.member_id is not None else ""
