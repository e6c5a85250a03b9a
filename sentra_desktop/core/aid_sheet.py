"""The plain data of the Laporan Bantuan sheet (no database, no ReportLab): services fill it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sentra_desktop.core.sheets import SentraInfo

# A meeting reads a few pages, not thousands of pairs: the rest are on the Bantuan page.
MAX_OVERLAPS_PRINTED = 200


@dataclass(frozen=True)
class AidLine:
    """One aid item as the sheet prints it; ``kind``, ``condition`` and ``status`` are stored values."""

    id: int
    received_on: date
    description: str
    kind: str
    agency: str
    programme: str
    recipient: str  # "" for the sentra
    quantity: int
    value: int
    condition: str | None
    status: str
    pieces: int
    last_used: date | None
    idle: bool
    overlapping: bool


@dataclass(frozen=True)
class OverlapLine:
    """Two items of one kind for one recipient from two programmes, close in time."""

    kind: str
    recipient: str
    first: str
    first_agency: str
    first_on: date
    first_value: int
    second: str
    second_agency: str
    second_on: date
    second_value: int


@dataclass(frozen=True)
class AssistanceSheetData:
    """Aid received in a period (optionally from one agency), with its overlaps and idle items."""

    sentra: SentraInfo
    date_from: date | None
    date_to: date | None
    agency: str | None
    items: list[AidLine]  # by agency, programme, date
    overlaps: list[OverlapLine]  # the newest, at most MAX_OVERLAPS_PRINTED
    overlap_count: int = 0  # every overlap of the items shown

    @property
    def idle(self) -> list[AidLine]:
        return [item for item in self.items if item.idle]

    @property
    def total_value(self) -> int:
        return sum(item.value for item in self.items)
