"""Piece-rate pay as plain data: pay periods from the sentra's settings, and a period's figures.

Shared by the pay service (which fills them), the slips (ReportLab) and the pay page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP
from sentra_desktop.core.sheets import SentraInfo

# Fortnights are counted from this Monday (moved to the start weekday), so every PC cuts them alike.
FORTNIGHT_ANCHOR = date(2024, 1, 1)


def period_containing(day: date, kind: str, start_weekday: int = 0) -> tuple[date, date]:
    """The pay period of ``kind`` ("weekly", "fortnightly", "monthly") that contains ``day``."""
    if kind == "monthly":
        start = day.replace(day=1)
        following = (start + timedelta(days=32)).replace(day=1)
        return start, following - timedelta(days=1)
    if kind == "fortnightly":
        anchor = FORTNIGHT_ANCHOR + timedelta(days=start_weekday)
        start = anchor + timedelta(days=14 * ((day - anchor).days // 14))
        return start, start + timedelta(days=13)
    start = day - timedelta(days=(day.weekday() - start_weekday) % 7)
    return start, start + timedelta(days=6)


@dataclass(slots=True)
class PayLine:
    """One entry's pay, or (``corrects``: the period start and end it corrects) a correction.

    Slotted, not frozen: a fortnight of a busy sentra makes thousands of them per computation."""

    entry_id: int
    entry_version: int
    produced_on: date
    design_id: int
    design_code: str
    design_name: str
    good: int
    reject: int
    rate: int | None  # None: the design has no rate on that day
    reject_rate: int
    amount: int
    corrects_period_id: int | None = None
    corrects: tuple[date, date] | None = None
    member_id: int | None = None  # the entry's member business (of its day); None = the sentra
    member_name: str = ""


@dataclass(frozen=True)
class Advance:
    given_on: date
    amount: int
    note: str


@dataclass(frozen=True)
class Adjustment:
    applies_on: date
    amount: int
    reason: str


@dataclass(frozen=True)
class Paid:
    """How a slip was paid."""

    slip_id: int
    paid_on: date
    method: str
    paid_by: str


@dataclass
class MakerPay:
    """One maker's pay for a period; ``total`` = pieces + corrections + adjustments - deducted."""

    maker_id: int
    maker_name: str
    member_name: str
    lines: list[PayLine] = field(default_factory=list)
    corrections: list[PayLine] = field(default_factory=list)
    advances: list[Advance] = field(default_factory=list)
    adjustments: list[Adjustment] = field(default_factory=list)
    advances_due: int = 0  # every advance not yet taken off, earlier ones included
    advances_deducted: int = 0
    paid: Paid | None = None

    @property
    def pieces_amount(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def corrections_amount(self) -> int:
        return sum(line.amount for line in self.corrections)

    @property
    def adjustments_amount(self) -> int:
        return sum(a.amount for a in self.adjustments)

    @property
    def gross(self) -> int:
        return self.pieces_amount + self.corrections_amount + self.adjustments_amount

    @property
    def total(self) -> int:
        return self.gross - self.advances_deducted

    @property
    def carried(self) -> int:
        """Advances left over for the next period."""
        return self.advances_due - self.advances_deducted

    @property
    def unrated(self) -> bool:
        return any(line.rate is None for line in self.lines + self.corrections)


@dataclass(frozen=True)
class MissingRate:
    design_id: int
    code: str
    name: str


@dataclass
class PeriodPay:
    """Every maker's pay for one period, and the designs made in it that have no rate."""

    starts_on: date
    ends_on: date
    makers: list[MakerPay]
    missing_rates: list[MissingRate]

    @property
    def total(self) -> int:
        return sum(m.total for m in self.makers)


def deduction(gross: int, advances_due: int) -> int:
    """What is taken off for advances: all that is due, at most the pay (the rest carries over).

    Pay that comes out below zero (corrections larger than the pay) is never paid as a minus:
    the deduction is then negative, so the total is nil and the shortfall is carried to the
    next period like an advance (later periods take it off as they take off advances).
    """
    if gross < 0:
        return gross
    return max(0, min(advances_due, gross))


@dataclass(frozen=True)
class PaySlipsData:
    """What the slips print: the sentra's header, the period's figures, the member filtered on."""

    sentra: SentraInfo
    pay: PeriodPay
    member: str = ""


def member_matches(pay: MakerPay, member: str) -> bool:
    """Does ``pay`` belong to ``member`` (a member business's name, any case), as the maker's
    member at the period's end or through one of its lines (a maker who moved inside it)?"""
    wanted = member.strip().lower()
    names = {pay.member_name, *(line.member_name for line in pay.lines + pay.corrections)}
    return any(name.strip().lower() == wanted for name in names)


# How a slip was paid, as the slips print it.
METHOD_NAMES = {
    "cash": QT_TRANSLATE_NOOP("PaySlips", "cash"),
    "transfer": QT_TRANSLATE_NOOP("PaySlips", "bank transfer"),
}

EXPORT_HEADERS = (
    QT_TRANSLATE_NOOP("PaySlips", "Maker"),
    QT_TRANSLATE_NOOP("PaySlips", "Member business"),
    QT_TRANSLATE_NOOP("PaySlips", "Kind"),
    QT_TRANSLATE_NOOP("PaySlips", "Day"),
    QT_TRANSLATE_NOOP("PaySlips", "Design"),
    QT_TRANSLATE_NOOP("PaySlips", "Good"),
    QT_TRANSLATE_NOOP("PaySlips", "Reject"),
    QT_TRANSLATE_NOOP("PaySlips", "Rate"),
    QT_TRANSLATE_NOOP("PaySlips", "Amount"),
    QT_TRANSLATE_NOOP("PaySlips", "Note"),
)


def _line_cells(line: PayLine) -> tuple[object, ...]:
    return (line.produced_on, line.design_code, line.good, line.reject, line.rate, line.amount)


def export_rows(figures: PeriodPay) -> list[tuple[object, ...]]:
    """One row per line behind each maker's total (the same figures as the slips), for a sheet file."""
    rows: list[tuple[object, ...]] = []
    for pay in figures.makers:
        who = (pay.maker_name, pay.member_name)
        for line in pay.lines:  # each line under the member of its entry's day
            rows.append((pay.maker_name, line.member_name, "pieces", *_line_cells(line), ""))
        for line in pay.corrections:
            span = f"{line.corrects[0].isoformat()}..{line.corrects[1].isoformat()}" if line.corrects else ""
            rows.append((pay.maker_name, line.member_name, "correction", *_line_cells(line), span))
        for advance in pay.advances:
            rows.append(
                (*who, "advance", advance.given_on, "", None, None, None, -advance.amount, advance.note)
            )
        for adjustment in pay.adjustments:
            rows.append((*who, "adjustment", adjustment.applies_on, "", None, None, None, adjustment.amount,
                         adjustment.reason))  # fmt: skip
        rows.append((*who, "advances_deducted", None, "", None, None, None, -pay.advances_deducted, ""))
        rows.append((*who, "total", None, "", None, None, None, pay.total, ""))
    return rows
