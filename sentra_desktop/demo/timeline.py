"""The demo's calendar: its days, the sentra's working days, and how busy each day is.

The story follows the article that started the project: output climbs towards a provincial
sports week, peaks while it lasts, collapses when it ends, then slowly recovers as the mentors
bring new designs and new markets. Every phase is placed as a fraction of the demo's period, so a
30-day demo tells the same story as a 365-day one, only faster.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone

from sentra_desktop.demo.catalogue import EVENTS, SPORTS_EVENT

WIB = timezone(timedelta(hours=7), "WIB")  # Palembang's time zone

_FIXED_HOLIDAYS = ((1, 1), (5, 1), (6, 1), (8, 17), (12, 25))
# Idul Fitri and Idul Adha move with the lunar calendar (dates as Indonesia announced or expects).
_IDUL_FITRI = {
    2023: date(2023, 4, 22), 2024: date(2024, 4, 10), 2025: date(2025, 3, 31), 2026: date(2026, 3, 20),
    2027: date(2027, 3, 10), 2028: date(2028, 2, 27), 2029: date(2029, 2, 15), 2030: date(2030, 2, 5),
}  # fmt: skip
_IDUL_ADHA = {
    2023: date(2023, 6, 29), 2024: date(2024, 6, 17), 2025: date(2025, 6, 6), 2026: date(2026, 5, 27),
    2027: date(2027, 5, 17), 2028: date(2028, 5, 5), 2029: date(2029, 4, 24), 2030: date(2030, 4, 13),
}  # fmt: skip


def is_holiday(day: date) -> bool:
    """A public holiday or the Lebaran break, when the workshops stay closed."""
    if (day.month, day.day) in _FIXED_HOLIDAYS or _IDUL_ADHA.get(day.year) == day:
        return True
    lebaran = _IDUL_FITRI.get(day.year)
    return lebaran is not None and -3 <= (day - lebaran).days <= 4


@dataclass(frozen=True)
class Timeline:
    """The demo's days from ``first`` to ``last`` (today), and the story placed on them."""

    first: date
    last: date
    now: datetime = field(compare=False)

    @classmethod
    def ending(cls, today: date, days: int, now: datetime | None = None) -> Timeline:
        return cls(today - timedelta(days=days - 1), today, now or datetime.now(UTC))

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def each_day(self) -> Iterator[date]:
        for offset in range(self.days):
            yield self.first + timedelta(days=offset)

    def at(self, fraction: float) -> date:
        """The day ``fraction`` of the way through the period (0 = first day, 1 = today)."""
        offset = round(fraction * (self.days - 1))
        return self.first + timedelta(days=min(max(offset, 0), self.days - 1))

    def fraction(self, day: date) -> float:
        return (day - self.first).days / max(self.days - 1, 1)

    def years_before(self, years: float) -> date:
        return self.first - timedelta(days=round(years * 365.25))

    def stamp(self, day: date, hour: int, minute: int = 0) -> datetime:
        """A moment on ``day`` in Palembang's time, as aware UTC, never later than now."""
        moment = datetime.combine(day, time(hour, minute % 60), WIB).astimezone(UTC)
        return min(moment, self.now)

    def activity(self, day: date) -> float:
        """How busy the sentra is on ``day``: 1 is an ordinary month, 1.8 the run-up peak."""
        t = self.fraction(day)
        sports = next(e for e in EVENTS if e.key == SPORTS_EVENT)
        ramp_start, slump_end = 0.08, sports.ends + 0.04
        if t < ramp_start:
            return 1.0
        if t < sports.starts:
            return 1.0 + 0.8 * (t - ramp_start) / (sports.starts - ramp_start)
        if t <= sports.ends:
            return 1.6
        if t < slump_end:
            return 1.6 - 1.2 * (t - sports.ends) / (slump_end - sports.ends)
        return 0.4 + 0.35 * (t - slump_end) / max(1.0 - slump_end, 1e-9)

    def is_working_day(self, day: date) -> bool:
        """Monday to Saturday, except public holidays."""
        return day.weekday() < 6 and not is_holiday(day)
