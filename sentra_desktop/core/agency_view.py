"""The agency's side-by-side view: plain data and the words its table and its sheets print.

The services fill :class:`SentraFigures` from each sentra's replica (``services/agency``); the
agency window's table and the printed comparison both show :func:`comparison_cells`, so screen
and paper say the same numbers in the same words. Nothing here reads a database or imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime

from sentra_desktop.core import i18n
from sentra_desktop.core.aid_sheet import OverlapLine
from sentra_desktop.core.formatting import format_date, format_rupiah, format_thousands
from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP
from sentra_desktop.core.performance import PeriodFigures, add_months, format_percent
from sentra_desktop.core.sheets import SentraInfo
from sentra_desktop.core.value_added import ValueAdded

# A sentra whose last packet came before the same day this many calendar months ago (or that
# never sent one) is "not heard from": calendar months, as the mentors count their visits.
SILENT_MONTHS = 3


def is_silent(last_packet_at: datetime | None, today: date) -> bool:
    """No packet since the same day :data:`SILENT_MONTHS` calendar months before ``today``."""
    return last_packet_at is None or last_packet_at.date() < add_months(today, -SILENT_MONTHS)


@dataclass(frozen=True)
class ShownFigures:
    """The Kinerja figures of one period that the side-by-side view prints: a sentra's own
    :class:`PeriodFigures` without the breakdowns no column shows, so fifty sentra are read lean."""

    start: date
    end: date
    good: int = 0
    reject: int = 0
    orders: int = 0
    ordered_value: int = 0
    new_cities: tuple[str, ...] = ()
    new_provinces: tuple[str, ...] = ()
    active_designs: int = 0
    introduced_designs: int = 0
    recent_design_value: int = 0
    value_added: ValueAdded = field(default_factory=ValueAdded)

    @classmethod
    def of(cls, figures: PeriodFigures) -> ShownFigures:
        """The shown part of a sentra's whole figures (what its Kinerja page says)."""
        return cls(**{f.name: getattr(figures, f.name) for f in fields(cls)})

    @property
    def reject_rate(self) -> float | None:
        made = self.good + self.reject
        return self.reject / made * 100 if made else None

    @property
    def recent_design_share(self) -> float | None:
        return self.recent_design_value / self.ordered_value * 100 if self.ordered_value > 0 else None


@dataclass(frozen=True)
class SentraFigures:
    """One sentra's row of the side-by-side view: its Kinerja figures for the period read from its
    replica, the event its sales of the 12 months to the period's end lean on most, and when the
    agency last heard from it."""

    key: str  # the sentra's UUID
    name: str
    region: str  # "Kota Palembang" (or the province), "" when its address matched no place
    province_code: str
    regency_code: str
    last_packet_at: datetime | None
    silent: bool
    figures: ShownFigures
    top_event: str = ""
    event_share: float | None = None  # the top event's share of the 12 months' sales, percent

    @property
    def new_markets(self) -> int:
        return len(self.figures.new_cities) + len(self.figures.new_provinces)


COLUMNS = (
    QT_TRANSLATE_NOOP("AgencyView", "Sentra"),
    QT_TRANSLATE_NOOP("AgencyView", "Regency / city"),
    QT_TRANSLATE_NOOP("AgencyView", "Good pieces"),
    QT_TRANSLATE_NOOP("AgencyView", "Reject"),
    QT_TRANSLATE_NOOP("AgencyView", "Orders"),
    QT_TRANSLATE_NOOP("AgencyView", "Sales value"),
    QT_TRANSLATE_NOOP("AgencyView", "New markets"),
    QT_TRANSLATE_NOOP("AgencyView", "New designs"),
    QT_TRANSLATE_NOOP("AgencyView", "Designs sold or made"),
    QT_TRANSLATE_NOOP("AgencyView", "Recent designs' share"),
    QT_TRANSLATE_NOOP("AgencyView", "Largest event's share"),
    QT_TRANSLATE_NOOP("AgencyView", "Value added"),
    QT_TRANSLATE_NOOP("AgencyView", "Last packet"),
)
NUMBER_COLUMNS = tuple(range(2, 12))


def comparison_headers() -> list[str]:
    return [i18n.translate("AgencyView", title) for title in COLUMNS]


def last_packet_text(row: SentraFigures) -> str:
    """The last packet's date, with a warning mark when the sentra has not been heard from."""
    if row.last_packet_at is None:
        return i18n.translate("AgencyView", "never (!)")
    day = format_date(row.last_packet_at.date())
    return f"{day} (!)" if row.silent else day


def comparison_cells(row: SentraFigures) -> list[str]:
    """The row's texts in :data:`COLUMNS` order."""
    f = row.figures
    return [
        row.name,
        row.region or "–",
        format_thousands(f.good),
        f"{format_thousands(f.reject)} ({format_percent(f.reject_rate)})",
        format_thousands(f.orders),
        format_rupiah(f.ordered_value),
        format_thousands(row.new_markets),
        format_thousands(f.introduced_designs),
        format_thousands(f.active_designs),
        format_percent(f.recent_design_share),
        f"{format_percent(row.event_share)} {row.top_event}".strip() if row.top_event else "–",
        format_rupiah(f.value_added.value_added),
        last_packet_text(row),
    ]


def comparison_totals(rows: list[SentraFigures]) -> list[str]:
    """The sums that add up across sentra (pieces, orders, values); shares and dates stay empty."""
    figures = [r.figures for r in rows]
    return [
        i18n.translate("AgencyView", "All {count} sentra", None, count=format_thousands(len(rows))),
        "",
        format_thousands(sum(f.good for f in figures)),
        format_thousands(sum(f.reject for f in figures)),
        format_thousands(sum(f.orders for f in figures)),
        format_rupiah(sum(f.ordered_value for f in figures)),
        "",
        format_thousands(sum(f.introduced_designs for f in figures)),
        "",
        "",
        "",
        format_rupiah(sum(f.value_added.value_added for f in figures)),
        "",
    ]


def silent_note(rows: list[SentraFigures]) -> str:
    """One sentence naming the sentra not heard from, or "" when every one is current."""
    names = [r.name for r in rows if r.silent]
    if not names:
        return ""
    return i18n.translate(
        "AgencyView",
        "Not heard from in {months} months (no packet since): {names}.",
        None,
        months=SILENT_MONTHS,
        names=", ".join(names),
    )


@dataclass(frozen=True)
class ComparisonData:
    """The printed side-by-side comparison of one period."""

    office: SentraInfo  # the agency, printed at the top of every page
    start: date
    end: date
    area: str  # the province or regency chosen, "" for all
    rows: list[SentraFigures]


# --- aid across sentra and agencies --------------------------------------------------------------


@dataclass(frozen=True)
class AgencyOverlap:
    """An overlap of the sentra-side check, in one sentra: two items of one kind for one recipient
    (the sentra or one member business) from two programmes; ``same_agency``: one agency twice."""

    sentra_key: str
    sentra: str
    same_agency: bool
    line: OverlapLine


@dataclass(frozen=True)
class AgencyAidLine:
    """What one agency gave one sentra in the period: items and their value, and how many of those
    items overlap another."""

    agency: str
    sentra: str
    items: int
    value: int
    overlapping: int


@dataclass(frozen=True)
class AgencyAidData:
    """The agency-wide Laporan Bantuan for the coordination meeting."""

    office: SentraInfo
    date_from: date | None
    date_to: date | None
    area: str
    sentra: list[str]  # the sentra included, by name
    lines: list[AgencyAidLine]  # by agency, then sentra
    overlaps: list[AgencyOverlap]  # the newest of each sentra, at most MAX_OVERLAPS_PRINTED in all
    overlap_count: int
    silent: list[str]  # the sentra not heard from in SILENT_MONTHS months: their aid may be missing

    @property
    def total_value(self) -> int:
        return sum(line.value for line in self.lines)


def agency_key(name: str) -> str:
    """Agencies are matched across sentra by name, case and spacing aside ("Disperindag  sumsel")."""
    return " ".join(name.casefold().split())
