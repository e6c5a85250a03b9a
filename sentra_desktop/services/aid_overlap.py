"""Which aid items overlap: two held items of one kind and recipient from two programmes, close in time.

The pairs are made in Python (a sliding window over each kind and recipient) from one reading of the
held items, kept as two arrays of numbers into that reading (:class:`OverlapPairs`), and served to
the Tumpang tindih list a page at a time (:class:`OverlapList`); the aid sheet counts them without
making them (:func:`overlap_summary`). The window is the sentra's setting, read by
:meth:`services.aid_use.AidUseService.overlaps`.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple, overload

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import AidStatus, AssistanceKind
from sentra_desktop.db.models import Agency, Assistance, MemberBusiness, Mould, MouldDesign, Programme
from sentra_desktop.services.aid import WORKING, months_before
from sentra_desktop.services.paging import ReadingList


class OverlapPair(NamedTuple):
    """Two held items of the same kind for one recipient from different programmes, close in time.

    A named tuple: the large demo holds a hundred thousand pairs, made in a fraction of the time.
    """

    kind: AssistanceKind
    recipient: str
    first_id: int
    first: str
    first_agency: str
    first_on: date
    first_value: int
    second_id: int
    second: str
    second_agency: str
    second_on: date
    second_value: int


class OverlapList(ReadingList[OverlapPair]):
    """The Tumpang tindih list as a list source over one reading of every pair.

    Pairs are made in Python (a sliding window over each kind and recipient), not by SQL, so a
    page cannot be a query of its own: a reading makes them all (half a second for the large
    demo's hundred thousand pairs, on a worker), held as :class:`OverlapPairs`, two arrays.
    ``read`` is :meth:`services.aid_use.AidUseService.overlaps`.
    """

    def __init__(self, read: Callable[[], OverlapPairs]) -> None:
        super().__init__(lambda _query: read())


class OverlapPairs(Sequence[OverlapPair]):
    """The pairs of one reading as two arrays of numbers into the items read; a pair is made when
    asked for (a list page is a slice).

    As a hundred thousand tuples, the large demo's pairs were as many objects for the cycle
    collector to walk on the GUI thread once a worker had made them (stalls of 0.1 s and more);
    as two arrays they are two objects, whatever their length.
    """

    def __init__(self, rows: list[Row], earlier: array[int], later: array[int]) -> None:
        self._rows, self._earlier, self._later = rows, earlier, later

    def __len__(self) -> int:
        return len(self._later)

    @overload
    def __getitem__(self, index: int) -> OverlapPair: ...

    @overload
    def __getitem__(self, index: slice) -> list[OverlapPair]: ...

    def __getitem__(self, index: int | slice) -> OverlapPair | list[OverlapPair]:
        rows, earlier, later = self._rows, self._earlier, self._later
        if isinstance(index, slice):
            return [_pair(rows[earlier[i]], rows[later[i]]) for i in range(*index.indices(len(later)))]
        return _pair(rows[earlier[index]], rows[later[index]])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


def overlap_pairs(session: Session, window_months: int) -> OverlapPairs:
    """Pairs of held, working items of one kind and recipient, from two programmes, within the window.

    Moulds pair only when both have moulds that cast a common design, or either has none yet.
    Newest second item first; one item's earlier partners nearest first.
    """
    rows, pairs = _ordered_pairs(session, window_months)
    earlier, later = array("i"), array("i")
    for first, second in pairs:
        earlier.append(first)
        later.append(second)
    return OverlapPairs(rows, earlier, later)


@dataclass(frozen=True)
class OverlapSummary:
    """What a sheet prints of the overlaps: how many touch the items shown, which items overlap,
    and the newest few as pairs (the large demo's hundred thousand are counted, never made)."""

    count: int
    items: frozenset[int]
    newest: list[OverlapPair]


def overlap_summary(
    session: Session, window_months: int, shown: set[int] | None, limit: int
) -> OverlapSummary:
    """The overlaps touching ``shown`` (every item when None): their count, the ids of every item in
    any overlap, and the newest ``limit`` of them as :class:`OverlapPair`."""
    count = 0
    items: set[int] = set()
    newest: list[OverlapPair] = []
    rows, pairs = _ordered_pairs(session, window_months)
    for first, second in pairs:
        earlier, later = rows[first], rows[second]
        items.add(earlier[0])
        items.add(later[0])
        if shown is None or earlier[0] in shown or later[0] in shown:
            count += 1
            if len(newest) < limit:
                newest.append(_pair(earlier, later))
    return OverlapSummary(count, frozenset(items), newest)


def _ordered_pairs(session: Session, window_months: int) -> tuple[list[Row], Iterator[tuple[int, int]]]:
    """The held items read, and every overlapping (earlier, later) pair of them in the list's order
    as their numbers in that list, made one by one."""
    rows: list[Row] = [
        tuple(row)
        for row in session.connection().execute(  # Core rows: no ORM loading for 5,000 plain tuples
            select(
                Assistance.id,
                Assistance.kind,
                Assistance.member_business_id,
                func.coalesce(MemberBusiness.name, ""),
                Assistance.programme_id,
                Assistance.received_on,
                Assistance.description,
                func.coalesce(func.nullif(Agency.short_name, ""), Agency.name),
                Assistance.value,
            )
            .join(Programme, Programme.id == Assistance.programme_id)
            .join(Agency, Agency.id == Programme.agency_id)
            .outerjoin(MemberBusiness, MemberBusiness.id == Assistance.member_business_id)
            .where(
                Assistance.status == AidStatus.HELD,
                Assistance.condition.is_(None) | Assistance.condition.in_(WORKING),
            )
            .order_by(Assistance.received_on, Assistance.id)
        )
    ]
    designs: dict[int, set[int]] = defaultdict(set)
    stmt = (
        select(Mould.assistance_id, MouldDesign.design_id)
        .join(MouldDesign, MouldDesign.mould_id == Mould.id)
        .where(Mould.assistance_id.is_not(None))
    )
    for item_id, design_id in session.execute(stmt):
        if item_id is not None:  # excluded by the query; says so to the type checker
            designs[item_id].add(design_id)
    return rows, _pairs_of(rows, designs, window_months)


def _pairs_of(rows: list[Row], designs: dict[int, set[int]], window_months: int) -> Iterator[tuple[int, int]]:
    """The sliding window over each kind and recipient, newest later item first."""
    groups: dict[tuple[str, int | None], list[int]] = defaultdict(list)
    place: list[tuple[list[int], int]] = []
    for number, row in enumerate(rows):
        group = groups[(row[1], row[2])]
        place.append((group, len(group)))
        group.append(number)
    for group, index in reversed(place):  # newest later item first, as the list shows them
        later = rows[group[index]]
        earliest = months_before(later[5], window_months)
        for before in range(index - 1, -1, -1):
            earlier = rows[group[before]]
            if earlier[5] < earliest:
                break
            if earlier[4] == later[4]:
                continue  # one programme's own items do not overlap each other
            if later[1] == AssistanceKind.MOULD:
                mine, theirs = designs.get(earlier[0]), designs.get(later[0])
                if mine and theirs and not mine & theirs:
                    continue
            yield group[before], group[index]


Row = tuple  # one row of the overlap query, in its column order


def _pair(earlier: Row, later: Row) -> OverlapPair:
    return OverlapPair(
        later[1], later[3], earlier[0], earlier[6], earlier[7], earlier[5], earlier[8],
        later[0], later[6], later[7], later[5], later[8],
    )  # fmt: skip
