"""Aid received in a Kinerja period and how it is used: the plain data and its rows of text.

The Kinerja page and its printed pack both show these rows, so screen and paper agree. Moulds
show the pieces made with them since they arrived and the sales value of those pieces; machines
and tools the day they were last checked and found in use, with its age; a physical item with no
recorded use for six months is idle. Words come from the one catalogue (context "AidPeriod").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sentra_desktop.core import i18n
from sentra_desktop.core.formatting import format_date, format_rupiah, format_thousands

Row = list[str]


@dataclass(frozen=True)
class AidUseLine:
    """One item received in the period; ``kind`` is the stored value ("mould", "machine" ...)."""

    id: int
    received_on: date
    description: str
    kind: str
    agency: str
    value: int
    physical: bool
    pieces: int
    sales_value: int
    last_used: date | None  # moulds: the last production; other items: the last check
    idle: bool


@dataclass(frozen=True)
class AidPeriodData:
    """The aid received from ``start`` to ``end`` (of one member business when ``member`` is named)."""

    start: date
    end: date
    today: date
    lines: list[AidUseLine]

    @property
    def total_value(self) -> int:
        return sum(line.value for line in self.lines)

    @property
    def idle_count(self) -> int:
        return sum(1 for line in self.lines if line.idle)


def use_text(line: AidUseLine, today: date) -> str:
    """What the item's use is: pieces and their value, the last check and its age, or a dash."""
    if line.kind == "mould":
        return i18n.translate(
            "AidPeriod",
            "{pieces} pieces · {value}",
            None,
            pieces=format_thousands(line.pieces),
            value=format_rupiah(line.sales_value),
        )
    if not line.physical:
        return "–"
    if line.last_used is None:
        return i18n.translate("AidPeriod", "never checked in use")
    return i18n.translate(
        "AidPeriod",
        "checked {day} ({days} days ago)",
        None,
        day=format_date(line.last_used),
        days=format_thousands((today - line.last_used).days),
    )


def summary(data: AidPeriodData) -> str:
    """One line: how many items, their value, how many idle."""
    return i18n.translate(
        "AidPeriod",
        "{count} items received, worth {value}; {idle} idle",
        None,
        count=format_thousands(len(data.lines)),
        value=format_rupiah(data.total_value),
        idle=format_thousands(data.idle_count),
    )


def headers() -> Row:
    return [
        i18n.translate("AidPeriod", "Aid received"),
        i18n.translate("AidPeriod", "Received"),
        i18n.translate("AidPeriod", "Agency"),
        i18n.translate("AidPeriod", "Value"),
        i18n.translate("AidPeriod", "Use"),
    ]


def rows(data: AidPeriodData) -> list[Row]:
    """One row per item, in the order received; an idle item says so after its use."""
    idle = i18n.translate("AidPeriod", "idle")
    return [
        [
            line.description,
            format_date(line.received_on),
            line.agency,
            format_rupiah(line.value),
            use_text(line, data.today) + (f" · {idle}" if line.idle else ""),
        ]
        for line in data.lines
    ]
