"""Piece-rate pay (upah borongan): rates, advances, adjustments, pay periods, paying and locking.

A maker's pay for a period is the pieces times the rate in force on each day, plus corrections and
adjustments, minus the advances due (never more than the pay: the rest carries to the next
period). Marking it paid stores the lines it was paid on; later edits of those entries come out
as correction lines in the maker's next period (:mod:`services.pay_compute`). Every write is an
ORM write, so the one audit writer records it.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.errors import FieldError, NotFoundError, SentraError, ValidationError
from sentra_desktop.core.formatting import format_date, format_rupiah, parse_date, parse_rupiah
from sentra_desktop.core.pay import PeriodPay, period_containing
from sentra_desktop.db.inserts import insert_audited_rows
from sentra_desktop.db.models import (
    DesignVariant,
    Maker,
    MemberBusiness,
    PayAdjustment,
    PayAdvance,
    PayLine,
    PayPeriod,
    PaySlip,
    PieceRate,
    ProductionEntry,
    ProductType,
)
from sentra_desktop.db.types import utcnow
from sentra_desktop.services.base import Service
from sentra_desktop.services.pay_compute import overlapping_period, period_pay
from sentra_desktop.services.sentra_settings import (
    PAY_PERIOD_KIND,
    PAY_PERIOD_START_WEEKDAY,
    SentraSettingService,
)

_READERS = ("ketua", "bendahara", "operator", "mentor")  # the mentor reads everything (issue 16)
_PAYERS = ("ketua", "bendahara")
ROLES: dict[str, tuple[str, ...]] = {
    "pay.set_rate": ("ketua",),
    "pay.rates": _READERS,
    "pay.choices": _READERS,
    "pay.member_name": _READERS,
    "pay.period_for": _READERS,
    "pay.first_open_period": _READERS,
    "pay.compute": _READERS,
    "pay.average_pay": _READERS,
    "pay.add_advance": _PAYERS,
    "pay.add_adjustment": _PAYERS,
    "pay.mark_paid": _PAYERS,
    "pay.member_figures": _READERS,
}
METHODS = ("cash", "transfer")
_PP = cast(Table, PayPeriod.__table__)
_PS = cast(Table, PaySlip.__table__)
_PL = cast(Table, PayLine.__table__)


class AdvanceAboveAverageError(SentraError):
    """An advance above the maker's average pay of their last three periods: ask, then confirm."""

    code = "advance_above_average"


@dataclass(frozen=True)
class PayChoices:
    """What the pay page's forms offer: designs ("code name"), product types, active makers."""

    designs: list[tuple[int, str]]
    product_types: list[tuple[int, str]]
    makers: list[tuple[int, str]]


@dataclass(frozen=True)
class MemberFigures:
    """What an agency asks of a member business for a period: its active makers and the pay
    (balas jasa pekerja) of the paid periods inside it; ``member`` "" is the sentra as a whole."""

    member: str
    active_makers: int
    pay: int


@dataclass(frozen=True)
class RateRow:
    id: int
    target: str  # the design's code and name, or the product type's name
    is_default: bool
    effective_from: date
    rate: int
    reject_rate: int | None


def _whole(
    errors: list[FieldError], field: str, value: str | int | None, *, negative: bool = False
) -> int | None:
    """Whole Rupiah typed or given; None (with an error) when refused."""
    if isinstance(value, bool):
        errors.append(FieldError(field, "not_whole_rupiah"))
        return None
    if isinstance(value, int):
        if value < 0 and not negative:
            errors.append(FieldError(field, "negative"))
            return None
        return value
    try:
        return parse_rupiah(str(value or "").strip() or "x", field, allow_negative=negative)
    except ValidationError as exc:
        errors.extend(exc.errors)
        return None


def _day(errors: list[FieldError], field: str, value: date | str) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return parse_date(str(value or ""), field)
    except ValidationError as exc:
        errors.extend(exc.errors)
        return None


def _period(starts_on: date | str, ends_on: date | str) -> tuple[date, date]:
    errors: list[FieldError] = []
    start, end = _day(errors, "starts_on", starts_on), _day(errors, "ends_on", ends_on)
    if start and end and end < start:
        errors.append(FieldError("ends_on", "ends_before_start"))
    if errors or start is None or end is None:
        raise ValidationError(errors)
    return start, end


class PayService(Service):
    """Use-cases of the Upah page and the pay slips."""

    # --- rates --------------------------------------------------------------------------------
    def set_rate(
        self,
        *,
        design_id: int | None = None,
        product_type_id: int | None = None,
        effective_from: date | str,
        rate: str | int,
        reject_rate: str | int | None = None,
    ) -> int:
        """Store a rate from ``effective_from`` on (the same target and day: replaced); returns its id.

        Raises:
            ValidationError: a negative or non-whole rate, no target, or a day inside a paid period.
        """
        errors: list[FieldError] = []
        if (design_id is None) == (product_type_id is None):
            errors.append(FieldError("target", "required"))
        day = _day(errors, "effective_from", effective_from)
        amount = _whole(errors, "rate", rate)
        reject = None if reject_rate in (None, "") else _whole(errors, "reject_rate", reject_rate)
        with self.db.transaction() as session:
            if design_id is not None and session.get(DesignVariant, design_id) is None:
                raise NotFoundError()
            if product_type_id is not None and session.get(ProductType, product_type_id) is None:
                raise NotFoundError()
            last_paid = session.scalar(select(func.max(_PP.c.ends_on)))
            if day is not None and last_paid is not None and day <= last_paid:
                errors.append(
                    FieldError("effective_from", "rate_in_paid_period", {"date": format_date(last_paid)})
                )
            if errors or day is None or amount is None:
                raise ValidationError(errors)
            row = session.scalars(
                select(PieceRate).where(
                    PieceRate.design_id.is_(None) if design_id is None else PieceRate.design_id == design_id,
                    PieceRate.product_type_id.is_(None)
                    if product_type_id is None
                    else PieceRate.product_type_id == product_type_id,
                    PieceRate.effective_from == day,
                )
            ).first()
            if row is None:
                row = PieceRate(design_id=design_id, product_type_id=product_type_id, effective_from=day)
                session.add(row)
            row.rate, row.reject_rate = amount, reject
            session.flush()
            return row.id

    def rates(self) -> list[RateRow]:
        """Every rate, designs first (by code), each target's rates by day."""
        with self.db.reading() as session:
            rows = session.execute(
                select(PieceRate, DesignVariant.code, DesignVariant.name, ProductType.name.label("type_name"))
                .outerjoin(DesignVariant, DesignVariant.id == PieceRate.design_id)
                .outerjoin(ProductType, ProductType.id == PieceRate.product_type_id)
            ).all()
        result = [
            RateRow(
                r.PieceRate.id,
                f"{r.code} {r.name}" if r.code else str(r.type_name),
                r.code is None,
                r.PieceRate.effective_from,
                r.PieceRate.rate,
                r.PieceRate.reject_rate,
            )
            for r in rows
        ]
        return sorted(result, key=lambda r: (r.is_default, r.target, r.effective_from))

    def choices(self) -> PayChoices:
        """Designs, product types and active makers for the rate, advance and adjustment forms."""
        with self.db.reading() as session:
            designs = session.execute(
                select(DesignVariant.id, DesignVariant.code, DesignVariant.name).order_by(DesignVariant.code)
            ).all()
            types = session.execute(select(ProductType.id, ProductType.name).order_by(ProductType.name)).all()
            makers = session.execute(
                select(Maker.id, Maker.name).where(Maker.active.is_(True)).order_by(Maker.name)
            ).all()
        return PayChoices(
            [(r.id, f"{r.code} {r.name}") for r in designs],
            [(r.id, r.name) for r in types],
            [(r.id, r.name) for r in makers],
        )

    def member_name(self, text: str) -> str:
        """The member business whose short code (the command line's ``--member``), name (any case)
        or id is ``text``.

        Raises:
            ValidationError: no member business has that name or id ("member", ``unknown_member``).
        """
        wanted = text.strip()
        with self.db.reading() as session:
            rows = session.execute(select(MemberBusiness.id, MemberBusiness.name, MemberBusiness.code)).all()
        for row in rows:
            known = (row.name.strip().lower(), (row.code or "").lower(), str(row.id))
            if wanted.lower() in known:
                return str(row.name)
        raise ValidationError.single("member", "unknown_member", value=wanted)

    # --- periods ------------------------------------------------------------------------------
    def period_for(self, day: date) -> tuple[date, date]:
        """The pay period containing ``day`` by the sentra's settings (kind and start weekday)."""
        settings = SentraSettingService(self.db)
        return period_containing(
            day, settings.get(PAY_PERIOD_KIND).value, settings.get(PAY_PERIOD_START_WEEKDAY)
        )

    def first_open_period(self, today: date) -> tuple[date, date]:
        """The period after the last paid one (what is paid next), else the one containing ``today``."""
        with self.db.reading() as session:
            last_paid = session.scalar(select(func.max(_PP.c.ends_on)))
        if last_paid is not None and last_paid < today:
            return self.period_for(last_paid + timedelta(days=1))
        return self.period_for(today)

    def compute(
        self, starts_on: date | str, ends_on: date | str, makers: Collection[int] | None = None
    ) -> PeriodPay:
        """Every maker's pay for the period (or for ``makers``).

        Raises:
            ValidationError: the period ends before it starts, or overlaps a paid period.
        """
        start, end = _period(starts_on, ends_on)
        with self.db.reading() as session:
            _refuse_overlap(session, start, end)
            return period_pay(session, start, end, None if makers is None else list(makers))

    def average_pay(self, maker_id: int) -> int:
        """The maker's average pay (before advances) over their last three paid periods; 0 when none."""
        with self.db.reading() as session:
            gross = (_PS.c.pieces_amount + _PS.c.corrections_amount + _PS.c.adjustments_amount).label("gross")
            rows = session.scalars(
                select(gross)
                .join(_PP, _PP.c.id == _PS.c.period_id)
                .where(_PS.c.maker_id == maker_id)
                .order_by(_PP.c.starts_on.desc())
                .limit(3)
            ).all()
        return sum(rows) // len(rows) if rows else 0

    def member_figures(self, starts_on: date, ends_on: date) -> list[MemberFigures]:
        """Per member business: makers with output in the period (by the member of each entry) and
        the pay of the paid periods that lie inside it (lines by their entry's member, adjustments
        by the maker's member), for the yearly IKM data sheet."""
        pe, pl, ps, pp = ProductionEntry, PayLine, PaySlip, PayPeriod
        inside = (pp.starts_on >= starts_on, pp.ends_on <= ends_on)
        with self.db.reading() as session:
            active = _pairs(
                session.execute(
                    select(pe.member_business_id, func.count(func.distinct(pe.maker_id)))
                    .where(pe.voided_at.is_(None), pe.produced_on.between(starts_on, ends_on))
                    .group_by(pe.member_business_id)
                )
            )
            paid = _pairs(
                session.execute(
                    select(pe.member_business_id, func.sum(pl.amount))
                    .join(pe, pe.id == pl.entry_id)
                    .join(ps, ps.id == pl.slip_id)
                    .join(pp, pp.id == ps.period_id)
                    .where(*inside)
                    .group_by(pe.member_business_id)
                )
            )
            adjusted = session.execute(
                select(Maker.member_business_id, func.sum(ps.adjustments_amount))
                .join(ps, ps.maker_id == Maker.id)
                .join(pp, pp.id == ps.period_id)
                .where(*inside)
                .group_by(Maker.member_business_id)
            )
            for member_id, amount in _pairs(adjusted).items():
                paid[member_id] = int(paid.get(member_id) or 0) + int(amount or 0)
            names = _pairs(session.execute(select(MemberBusiness.id, MemberBusiness.name)))
        keys = sorted(set(active) | set(paid), key=lambda k: names.get(k, "") if k is not None else "")
        return [
            MemberFigures(
                names.get(k, "") if k is not None else "", int(active.get(k) or 0), int(paid.get(k) or 0)
            )
            for k in keys
        ]

    # --- advances and adjustments -------------------------------------------------------------
    def add_advance(
        self,
        maker_id: int,
        given_on: date | str,
        amount: str | int,
        note: str = "",
        *,
        confirmed: bool = False,
    ) -> int:
        """Record an advance (kasbon); returns its id.

        Raises:
            ValidationError: a bad day or an amount that is not a positive whole Rupiah.
            AdvanceAboveAverageError: above the maker's average pay of the last three periods and not
                ``confirmed``; nothing is saved.
        """
        errors: list[FieldError] = []
        day = _day(errors, "given_on", given_on)
        value = _whole(errors, "amount", amount)
        if value is not None and value <= 0:
            errors.append(FieldError("amount", "not_positive"))
        if errors or day is None or value is None:
            raise ValidationError(errors)
        average = self.average_pay(maker_id)
        if not confirmed and average and value > average:
            raise AdvanceAboveAverageError(amount=format_rupiah(value), average=format_rupiah(average))
        with self.db.transaction() as session:
            if session.get(Maker, maker_id) is None:
                raise NotFoundError()
            advance = PayAdvance(maker_id=maker_id, given_on=day, amount=value, note=note.strip())
            session.add(advance)
            session.flush()
            return advance.id

    def add_adjustment(self, maker_id: int, applies_on: date | str, amount: str | int, reason: str) -> int:
        """Add or take off ``amount`` in the period of ``applies_on``, with its reason; returns its id.

        Raises:
            ValidationError: no reason, a zero or non-whole amount, or the maker is already paid
                for that period.
        """
        errors: list[FieldError] = []
        day = _day(errors, "applies_on", applies_on)
        value = _whole(errors, "amount", amount, negative=True)
        if value == 0:
            errors.append(FieldError("amount", "not_zero"))
        if not reason.strip():
            errors.append(FieldError("reason", "required"))
        with self.db.transaction() as session:
            if session.get(Maker, maker_id) is None:
                raise NotFoundError()
            if day is not None and _closed_on(session, day):
                errors.append(FieldError("applies_on", "period_paid"))
            if errors or day is None or value is None:
                raise ValidationError(errors)
            row = PayAdjustment(maker_id=maker_id, applies_on=day, amount=value, reason=reason.strip()[:200])
            session.add(row)
            session.flush()
            return row.id

    # --- paying -------------------------------------------------------------------------------
    def mark_paid(
        self,
        starts_on: date | str,
        ends_on: date | str,
        paid_on: date | str,
        method: str,
    ) -> list[int]:
        """Mark every maker's pay for the period paid, storing the lines it was paid on, and close
        the period: whatever lands in it later is a correction in the next one. Returns the slips' ids.

        Raises:
            ValidationError: a bad period or day, an unknown method, a period already paid or
                overlapping a paid one, or lines without a rate; nothing is saved.
        """
        start, end = _period(starts_on, ends_on)
        errors: list[FieldError] = []
        day = _day(errors, "paid_on", paid_on)
        if method not in METHODS:
            errors.append(FieldError("method", "invalid_choice"))
        if errors or day is None:
            raise ValidationError(errors)
        with self.db.transaction() as session:
            paid_by = str(session.info.get("actor", "")) or self.db.actor.name
            return close_period(session, start, end, day, method, paid_by)


def close_period(
    session: Session, start: date, end: date, paid_on: date, method: str, paid_by: str
) -> list[int]:
    """Pay every maker of the period as computed now and close it (the demo writes through here too).

    Raises:
        ValidationError: the period is paid already or overlaps a paid one, or has unrated lines.
    """
    _refuse_overlap(session, start, end)
    if session.scalar(select(_PP.c.id).where(_PP.c.starts_on == start)) is not None:
        raise ValidationError.single("starts_on", "period_paid")
    figures = period_pay(session, start, end)
    if any(m.unrated for m in figures.makers):
        codes = ", ".join(r.code for r in figures.missing_rates)
        raise ValidationError.single(None, "missing_rates", designs=codes)
    period = PayPeriod(starts_on=start, ends_on=end)
    session.add(period)
    session.flush()
    slips: list[PaySlip] = []
    for pay in figures.makers:
        slip = PaySlip(
            period_id=period.id, maker_id=pay.maker_id, paid_on=paid_on, method=method, paid_by=paid_by,
            pieces_amount=pay.pieces_amount, corrections_amount=pay.corrections_amount,
            adjustments_amount=pay.adjustments_amount, advances_deducted=pay.advances_deducted,
            total=pay.total,
        )  # fmt: skip
        session.add(slip)
        slips.append(slip)
    session.flush()
    actor, now = str(session.info.get("actor", "")), utcnow()
    rows = [
        {
            "uuid": uuid.uuid4(),
            "created_at": now,
            "created_by": actor,
            "slip_id": slip.id,
            "corrects_period_id": line.corrects_period_id,
            "entry_id": line.entry_id,
            "entry_version": line.entry_version,
            "produced_on": line.produced_on,
            "design_id": line.design_id,
            "good_qty": line.good,
            "reject_qty": line.reject,
            "rate": line.rate or 0,
            "reject_rate": line.reject_rate,
            "amount": line.amount,
        }
        for slip, pay in zip(slips, figures.makers, strict=True)
        for line in pay.lines + pay.corrections
    ]
    # Core with one audit row per line: a fortnight of a busy sentra stores thousands of lines.
    insert_audited_rows(session, _PL, rows)
    return [slip.id for slip in slips]


def _pairs(rows: Any) -> dict[Any, Any]:
    """Two-column rows as a mapping of the first column to the second."""
    return {row[0]: row[1] for row in rows}


def _refuse_overlap(session: Session, start: date, end: date) -> None:
    other = overlapping_period(session, start, end)
    if other is not None:
        raise ValidationError.single(
            "starts_on", "overlaps_paid", start=format_date(other[0]), end=format_date(other[1])
        )


def _closed_on(session: Session, day: date) -> bool:
    """Is ``day`` inside a paid (closed) period?"""
    found = session.scalar(select(_PP.c.id).where(_PP.c.starts_on <= day, _PP.c.ends_on >= day).limit(1))
    return found is not None
