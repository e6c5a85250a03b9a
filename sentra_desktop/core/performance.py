"""The sentra's performance (Kinerja): periods, the figures of one period, and how two compare.

Plain data shared by the Kinerja page and the printed pack, so that screen and paper show the
same numbers in the same words. The services fill it (``services/performance.py``); nothing here
reads a database or imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from sentra_desktop.core import i18n
from sentra_desktop.core.aid_period import AidPeriodData
from sentra_desktop.core.errors import ValidationError
from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP
from sentra_desktop.core.sheets import SentraInfo
from sentra_desktop.core.value_added import ValueAdded
from sentra_desktop.core.visits import RecommendationLine, VisitSummary


class PeriodKind(StrEnum):
    """How long a period is and so what "the period before" is; YEAR is any 12 whole months
    (a calendar year, or the pack's default: the last 12 months)."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months, kept within the target month (31 Jan + 1 = 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def month_start(day: date) -> date:
    return day.replace(day=1)


@dataclass(frozen=True)
class Period:
    """Dates ``start`` to ``end``, both included; ``kind`` decides what "the period before" is."""

    start: date
    end: date
    kind: PeriodKind = PeriodKind.RANGE

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError.single("date_to", "date_order")

    @classmethod
    def month(cls, day: date) -> Period:
        start = month_start(day)
        return cls(start, add_months(start, 1) - timedelta(days=1), PeriodKind.MONTH)

    @classmethod
    def quarter(cls, day: date) -> Period:
        start = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
        return cls(start, add_months(start, 3) - timedelta(days=1), PeriodKind.QUARTER)

    @classmethod
    def year(cls, day: date) -> Period:
        return cls(date(day.year, 1, 1), date(day.year, 12, 31), PeriodKind.YEAR)

    @classmethod
    def last_twelve_months(cls, end: date) -> Period:
        """The 12 months up to ``end``; the period before is the 12 months before them, not as many
        days (a leap day would shift it)."""
        return cls(add_months(end, -12) + timedelta(days=1), end, PeriodKind.YEAR)

    @classmethod
    def of(cls, kind: PeriodKind, day: date, end: date | None = None) -> Period:
        """The month, quarter or year around ``day``; for a range, ``day`` to ``end``."""
        if kind is PeriodKind.RANGE:
            return cls(day, end if end is not None else day, PeriodKind.RANGE)
        return {PeriodKind.MONTH: cls.month, PeriodKind.QUARTER: cls.quarter, PeriodKind.YEAR: cls.year}[
            kind
        ](day)

    @classmethod
    def infer(cls, start: date, end: date) -> Period:
        """``start`` to ``end``, as the month, quarter or year it exactly covers, or as 12 months
        (``--from`` the day after ``--to`` a year before), else as a range."""
        for kind in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR):
            candidate = cls.of(kind, start)
            if (candidate.start, candidate.end) == (start, end):
                return candidate
        twelve = cls.last_twelve_months(end)
        if twelve.start == start:
            return twelve
        return cls(start, end, PeriodKind.RANGE)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The equal period just before: the month, quarter or year before, or as many days before."""
        months = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}.get(self.kind)
        if months is not None:
            start = add_months(self.start, -months)
            return Period(start, self.start - timedelta(days=1), self.kind)
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1), self.kind)

    def compared(self, today: date) -> Period:
        """The period before as far as this one has run: a month still running on its 3rd day is
        compared with the first 3 days of the month before, not with all of it (a fall of 90 %
        that is only the calendar)."""
        before = self.previous()
        if not self.start <= today < self.end:
            return before
        end = min(before.start + (today - self.start), before.end)
        return Period(before.start, end, PeriodKind.RANGE)

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


TOP_DESIGNS = 10


# --- the figures of one period ------------------------------------------------------------------


@dataclass(frozen=True)
class Output:
    """Good pieces and rejects of one product type, member business or maker."""

    key: str
    name: str
    good: int
    reject: int


@dataclass(frozen=True)
class Amount:
    """Sales value of one buyer kind, regency/city, province, buyer or event."""

    key: str
    name: str
    value: int


@dataclass(frozen=True)
class DesignSale:
    """Pieces and value (after the order's discount spread over its lines) of one design."""

    key: str
    code: str
    name: str
    pieces: int
    value: int


@dataclass(frozen=True)
class PeriodFigures:
    """Every compared figure of one period."""

    start: date
    end: date
    good: int = 0
    reject: int = 0
    active_makers: int = 0
    by_type: tuple[Output, ...] = ()
    by_member: tuple[Output, ...] = ()
    by_maker: tuple[Output, ...] = ()
    orders: int = 0
    ordered_value: int = 0
    delivered_value: int = 0
    paid: int = 0
    outstanding: int = 0
    buyers: int = 0
    new_buyers: int = 0
    repeat_buyers: int = 0
    repeat_value: int = 0
    by_buyer_kind: tuple[Amount, ...] = ()
    by_city: tuple[Amount, ...] = ()
    by_province: tuple[Amount, ...] = ()
    new_cities: tuple[str, ...] = ()
    new_provinces: tuple[str, ...] = ()
    largest_buyer: Amount | None = None
    herfindahl: float = 0.0  # sum of squared buyer shares, 0-10,000
    active_designs: int = 0
    introduced_designs: int = 0
    recent_design_value: int = 0
    design_sales: tuple[DesignSale, ...] = ()  # every design sold, best first
    value_added: ValueAdded = field(default_factory=ValueAdded)

    @property
    def top_designs(self) -> tuple[DesignSale, ...]:
        """The ten best sellers by value."""
        return self.design_sales[:TOP_DESIGNS]

    @property
    def reject_rate(self) -> float | None:
        made = self.good + self.reject
        return self.reject / made * 100 if made else None

    @property
    def repeat_share(self) -> float | None:
        return _share(self.repeat_value, self.ordered_value)

    @property
    def largest_buyer_share(self) -> float | None:
        return None if self.largest_buyer is None else _share(self.largest_buyer.value, self.ordered_value)

    @property
    def recent_design_share(self) -> float | None:
        return _share(self.recent_design_value, self.ordered_value)

    @property
    def is_empty(self) -> bool:
        return not (self.good or self.reject or self.orders)


def _share(part: int, whole: int) -> float | None:
    return part / whole * 100 if whole > 0 else None


# --- what is not compared: event dependence, charts, warnings -----------------------------------


@dataclass(frozen=True)
class EventWindow:
    """Output and sales in the 3 months before an event against the 3 months after it."""

    name: str
    starts_on: date
    ends_on: date
    output_before: int
    output_after: int
    sales_before: int
    sales_after: int
    complete: bool  # False while the 3 months after have not all passed


@dataclass(frozen=True)
class Upcoming:
    """An event still to come and the orders tagged to it so far."""

    name: str
    starts_on: date
    orders: int
    value: int


@dataclass(frozen=True)
class MonthPoint:
    """One month of the charts: pieces made and sales value ordered."""

    month: date
    good: int
    reject: int
    sales: int


@dataclass(frozen=True)
class RetireCandidate:
    """A design not retired that sold nothing in the last 6 months."""

    key: str
    code: str
    name: str
    introduced_on: date | None


class WarningKind(StrEnum):
    EVENT = "event"
    BUYER = "buyer"
    SLUMP = "slump"


SLUMP_PERCENT = 30  # output and sales fell after an event, one of them by more than this: a slump


@dataclass(frozen=True)
class DependenceWarning:
    """One event (of the last 12 months) or one buyer (of the period) over the threshold, or an
    event whose 3 months after fell below the 3 before in output and sales, one by more than
    :data:`SLUMP_PERCENT` (``share``: the larger fall, ``window`` its figures)."""

    kind: WarningKind
    name: str
    share: float
    window: EventWindow | None = None

    def text(self) -> str:
        share = format_percent(self.share)
        if self.kind is WarningKind.SLUMP and self.window is not None:
            w = self.window
            return i18n.translate(
                "Performance",
                "After the event {name}: output {output}, sales {sales} in the 3 months after "
                "against the 3 months before.",
                None,
                name=self.name,
                output=change_text(w.output_after, w.output_before),
                sales=change_text(w.sales_after, w.sales_before),
            )
        if self.kind is WarningKind.EVENT:
            return i18n.translate(
                "Performance",
                "The event {name} holds {share} of the last 12 months' sales.",
                None,
                name=self.name,
                share=share,
            )
        return i18n.translate(
            "Performance",
            "The buyer {name} holds {share} of the period's sales.",
            None,
            name=self.name,
            share=share,
        )


@dataclass(frozen=True)
class PerformanceData:
    """Everything the Kinerja page and the pack show for one period against another."""

    current: PeriodFigures
    previous: PeriodFigures
    member_business: str | None = None
    threshold: int = 40
    event_shares: tuple[Amount, ...] = ()  # last 12 months to the period's end; key "" = no event
    event_windows: tuple[EventWindow, ...] = ()
    upcoming: tuple[Upcoming, ...] = ()
    retire_candidates: tuple[RetireCandidate, ...] = ()
    monthly: tuple[MonthPoint, ...] = ()
    warnings: tuple[DependenceWarning, ...] = field(default=())
    overdue: tuple[RecommendationLine, ...] = ()  # open recommendations past their due date
    visits: tuple[VisitSummary, ...] = ()  # the period's mentoring visits

    @property
    def event_total(self) -> int:
        return sum(a.value for a in self.event_shares)

    @property
    def is_empty(self) -> bool:
        return (
            self.current.is_empty
            and self.previous.is_empty
            and not any(m.good or m.sales for m in self.monthly)
        )


@dataclass(frozen=True)
class PerformancePackData:
    """What the printed Kinerja pack needs: the sentra's letterhead and the compared figures."""

    sentra: SentraInfo
    data: PerformanceData
    aid: AidPeriodData | None = None  # the aid received in the period and its use (core.aid_period)


# --- words and numbers ---------------------------------------------------------------------------

NEW = QT_TRANSLATE_NOOP("Performance", "new")


def format_percent(value: float | None) -> str:
    """``12,5 %``; an undefined share (nothing sold) is a dash."""
    if value is None:
        return "–"
    return f"{value:.1f}".replace(".", ",") + " %"


def change_text(current: float | None, previous: float | None, *, points: bool = False) -> str:
    """How ``current`` compares with ``previous``: ``+12,5 %``, ``−3,0 poin``, ``baru`` or a dash.

    ``points``: the figures are percentages themselves (a reject rate, a share), so the change is
    their difference in percentage points. Against an empty period (nothing, or an undefined rate)
    the change is "baru" (new), never a division by zero.
    """
    if current is None or (not points and current == 0):
        return "–" if not previous else _signed(-100.0, "%")
    if previous is None or (not points and previous == 0):
        return i18n.translate("Performance", NEW)
    if points:
        return _signed(current - previous, i18n.translate("Performance", "pt"))
    return _signed((current - previous) / previous * 100, "%")


def _signed(value: float, unit: str) -> str:
    if abs(value) < 0.05:
        return f"0,0 {unit}"
    sign = "+" if value > 0 else "−"
    return f"{sign}{abs(value):.1f}".replace(".", ",") + f" {unit}"


__all__ = [
    "SLUMP_PERCENT",
    "Amount",
    "DependenceWarning",
    "DesignSale",
    "EventWindow",
    "MonthPoint",
    "Output",
    "PerformanceData",
    "PerformancePackData",
    "Period",
    "PeriodFigures",
    "PeriodKind",
    "RetireCandidate",
    "Upcoming",
    "WarningKind",
    "add_months",
    "change_text",
    "format_percent",
]
