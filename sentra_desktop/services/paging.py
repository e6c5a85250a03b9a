"""The paging engine of every large list: read a page from whichever end of the list is nearer.

SQLite (and PostgreSQL) reach OFFSET n by walking n index entries, so the last page of a
million-row list would walk the whole index. Up to :data:`FLIP_FROM` rows from the start a page
is read as it is, with no count. Further in, the list is counted; past its middle the order is
reversed and the page read from the other end (then put back in order), so the walk is never
longer than half the list. A page that is deep but before the middle is marked ``deep`` so a
list can choose a plan that suits far pages (see :mod:`sentra_desktop.services.production`).

The statements stay the list's own: the engine only chooses the order (as given or reversed)
and the OFFSET and LIMIT.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import Select

if TYPE_CHECKING:
    from sentra_desktop.services.listing import ListQuery

FLIP_FROM = 2_000  # offsets beyond this may be read from the other end of the list

T = TypeVar("T")


@dataclass(frozen=True)
class Slice:
    """Where a page is read: OFFSET and LIMIT in the list's order, or in the reverse order."""

    offset: int
    limit: int
    from_end: bool = False  # read in the reverse order, then reverse the rows read
    deep: bool = False  # in the list's order, but beyond FLIP_FROM

    @property
    def empty(self) -> bool:
        return self.limit <= 0


def is_near(offset: int) -> bool:
    """A page starting here is read as it is, without counting the list."""
    return offset <= FLIP_FROM


def plan(offset: int, limit: int, total: int | Callable[[], int]) -> Slice:
    """The slice that reads rows ``offset`` to ``offset + limit`` of a list of ``total`` rows.

    Args:
        offset: the first row wanted, counted from 0 in the list's order.
        limit: how many rows.
        total: the list's length, or a function counting it (called only for a deep page).
    """
    if limit <= 0:
        return Slice(0, 0)
    if is_near(offset):
        return Slice(offset, limit)
    count = total() if callable(total) else total
    if offset >= count:
        return Slice(0, 0)
    if offset + limit > count // 2:
        end = min(offset + limit, count)
        return Slice(count - end, end - offset, from_end=True)
    return Slice(offset, limit, deep=True)


def read(
    ordered: Callable[[Slice], Select[Any]],
    fetch: Callable[[Select[Any]], Sequence[T]],
    offset: int,
    limit: int,
    total: int | Callable[[], int],
) -> list[T]:
    """One page of a list, in the list's order.

    Args:
        ordered: the list's statement for a slice: ordered as the list is, or in reverse when
            ``slice.from_end``; the engine adds OFFSET and LIMIT.
        fetch: runs a statement and returns its rows (``session.scalars(s).all()``, ...).
        offset, limit, total: as for :func:`plan`.
    """
    where = plan(offset, limit, total)
    if where.empty:
        return []
    rows = fetch(ordered(where).offset(where.offset).limit(where.limit))
    return list(reversed(rows)) if where.from_end else list(rows)


def order_by(columns: Sequence[Any], descending: bool, where: Slice) -> list[Any]:
    """``columns`` ascending (or descending), reversed when the slice is read from the end.

    Ascending is the columns as they are (``ORDER BY a, b``), the SQL the lists always sent.
    """
    desc = descending != where.from_end
    return [column.desc() if desc else column for column in columns]


def _reading_key(query: ListQuery) -> Hashable:
    return query.filters.get("reading")


class ReadingList(Generic[T]):
    """A list source (count and page) over rows made all at once in Python, not paged by SQL.

    Some lists (the aid overlaps: pairs from a sliding window) cannot be a query a page at a time,
    so one reading makes every row (on a worker: when a list's first page of a new query is read)
    and counts and pages are slices of it, which the GUI thread takes in microseconds. ``key``
    names the reading from the query (its ``"reading"`` filter by default); a new key reads again.
    The last :attr:`KEEP` readings are kept, so a page of the list still shown while the next
    reading runs is never waited for.
    """

    KEEP = 2

    def __init__(
        self, read: Callable[[ListQuery], Sequence[T]], key: Callable[[ListQuery], Hashable] = _reading_key
    ) -> None:
        self.read = read
        self.key = key
        self._readings: dict[Hashable, Sequence[T]] = {}
        self._lock = threading.Lock()

    def count(self, query: ListQuery) -> int:
        return len(self.rows(query))

    def page(self, query: ListQuery, offset: int, limit: int) -> list[T]:
        return list(self.rows(query)[offset : offset + limit])

    def rows(self, query: ListQuery) -> Sequence[T]:
        """Every row of the query's reading, read now when it is not kept."""
        key = self.key(query)
        with self._lock:
            known = self._readings.get(key)
        if known is not None:
            return known
        rows = self.read(query)  # outside the lock: the shown reading stays readable
        with self._lock:
            self._readings[key] = rows
            while len(self._readings) > self.KEEP:
                del self._readings[next(iter(self._readings))]
        return rows
