"""Aid across sentra and agencies: the sentra-side overlap check run on every replica, and the
agency-wide Laporan Bantuan for the coordination meeting.

"Same kind" and "same recipient" are the sentra's own rules (:func:`services.aid_overlap.overlap_pairs`):
held, working items of one kind for one recipient from two programmes within the sentra's overlap
window, moulds only when they cast a common design. A recipient is a member business *of one
sentra* (or the sentra itself), so recipients never match across sentra by name; what the agency
adds is every sentra at once, and agencies matched by name across them, which tells an overlap of
two agencies from one agency giving twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sentra_desktop.core.agency_view import AgencyAidData, AgencyAidLine, AgencyOverlap, agency_key
from sentra_desktop.core.aid_sheet import MAX_OVERLAPS_PRINTED, OverlapLine
from sentra_desktop.core.sheets import SentraInfo
from sentra_desktop.services.agency.replicas import SentraReplica
from sentra_desktop.services.aid_overlap import OverlapPair
from sentra_desktop.services.aid_report import AidReportService
from sentra_desktop.services.aid_use import AidUseService
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.paging import ReadingList

Progress = Callable[[int, int, str], None]


def _line(pair: OverlapPair) -> OverlapLine:
    return OverlapLine(
        str(pair.kind), pair.recipient, pair.first, pair.first_agency, pair.first_on, pair.first_value,
        pair.second, pair.second_agency, pair.second_on, pair.second_value,
    )  # fmt: skip


def _overlap(replica: SentraReplica, line: OverlapLine) -> AgencyOverlap:
    same = agency_key(line.first_agency) == agency_key(line.second_agency)
    return AgencyOverlap(str(replica.sentra_uuid), replica.name, same, line)


def _newest_first(found: list[AgencyOverlap]) -> list[AgencyOverlap]:
    """Newest second item first across sentra; within one sentra its own list's order stays."""
    return sorted(found, key=lambda o: -o.line.second_on.toordinal())


def overlaps(replicas: Sequence[SentraReplica], progress: Progress | None = None) -> list[AgencyOverlap]:
    """Every overlap of every sentra, each by its own rules and overlap window."""
    found: list[AgencyOverlap] = []
    for number, replica in enumerate(replicas):
        if progress is not None:
            progress(number, len(replicas), replica.name)
        found += [_overlap(replica, _line(p)) for p in AidUseService(replica.database).overlaps()]
    return _newest_first(found)


def aid_report(
    replicas: Sequence[SentraReplica],
    date_from: date | None,
    date_to: date | None,
    *,
    office: SentraInfo,
    area: str,
    silent: list[str],
    progress: Progress | None = None,
) -> AgencyAidData:
    """Aid received from ``date_from`` to ``date_to`` (either may be open) by every sentra, folded by
    agency and sentra, with the overlaps touching those items; each sentra's part is its own
    Laporan Bantuan (:meth:`AidReportService.assistance_sheet`) read from its replica."""
    lines: dict[tuple[str, str], list[Any]] = {}
    names: dict[str, str] = {}
    found: list[AgencyOverlap] = []
    count = 0
    for number, replica in enumerate(replicas):
        if progress is not None:
            progress(number, len(replicas), replica.name)
        sheet = AidReportService(replica.database).assistance_sheet(date_from, date_to)
        for item in sheet.items:
            key = agency_key(item.agency)
            names.setdefault(key, item.agency)
            line = lines.setdefault((key, replica.name), [0, 0, 0])
            line[0] += 1
            line[1] += item.value
            line[2] += int(item.overlapping)
        found += [_overlap(replica, line) for line in sheet.overlaps]
        count += sheet.overlap_count
    ordered = sorted(lines.items(), key=lambda kv: (names[kv[0][0]].casefold(), kv[0][1].casefold()))
    return AgencyAidData(
        office=office,
        date_from=date_from,
        date_to=date_to,
        area=area,
        sentra=[r.name for r in replicas],
        lines=[AgencyAidLine(names[key], sentra, *figures) for (key, sentra), figures in ordered],
        overlaps=_newest_first(found)[:MAX_OVERLAPS_PRINTED],
        overlap_count=count,
        silent=silent,
    )


class AgencyOverlapList(ReadingList[AgencyOverlap]):
    """The agency's Tumpang tindih list as a list source over one reading of every sentra's pairs.

    A :class:`services.paging.ReadingList`; the query's ``"reading"`` filter names the reading and
    ``"same_agency"`` (True/False) keeps one sort of overlap.
    """

    def __init__(self, read: Callable[[ListQuery], list[AgencyOverlap]]) -> None:
        def kept(query: ListQuery) -> list[AgencyOverlap]:
            same, rows = query.filters.get("same_agency"), read(query)
            return rows if same is None else [o for o in rows if o.same_agency == same]

        super().__init__(kept, lambda query: (query.filters.get("reading"), query.filters.get("same_agency")))
