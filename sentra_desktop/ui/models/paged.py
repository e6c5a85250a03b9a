"""A table model over a service list that loads only the pages of rows in view.

It asks the service for the row count once per query, then fetches pages of ``page_size`` rows
as the view paints them and keeps the most recent pages in a small cache. Sorting and
filtering are new queries done in SQL; nothing ever loads the whole table.

With ``count_on_worker`` a new query reads only its first page on the GUI thread: a page that is
not full is the whole answer, a full one is shown at once while the COUNT (seconds over hundreds
of thousands of rows on a cold disk) runs on a worker; ``counting`` is true meanwhile, and
``counted`` fires when the rest of the rows are there to scroll to. ``set_query(query,
background=True)`` (a search, which no index orders) reads the first page on a worker too: the
old rows stay until it comes, ``loading`` is true meanwhile, and ``loaded`` fires with it.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from sentra_desktop.core.errors import DatabaseUnavailable
from sentra_desktop.services.listing import ListQuery, ListSource

log = logging.getLogger("sentra.ui")

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """How one column shows a row: title, text, alignment, and the service's sort key."""

    title: str
    text: Callable[[RowT], str]
    sort_key: str | None = None
    align_right: bool = False
    decoration: Callable[[RowT], Any] | None = None
    foreground: Callable[[RowT], Any] | None = None


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows of a :class:`ListSource`, fetched a page at a time."""

    counted = Signal()  # a count made on a worker has come: rowCount() is final
    loaded = Signal()  # the first page of a query read on a worker is shown

    def __init__(
        self,
        source: ListSource[RowT],
        columns: Sequence[Column[RowT]],
        *,
        query: ListQuery | None = None,
        page_size: int = 200,
        cached_pages: int = 20,
        count_on_worker: bool = False,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._count_on_worker = count_on_worker
        self._generation = 0  # the newest query; an older worker's count is dropped; 0: none read yet
        self._counter: Any = None
        self._pending: ListQuery | None = None
        self.counting = False
        self.loading = False
        self._source = source
        self._columns = list(columns)
        self._query = query or ListQuery()
        self._page_size = page_size
        self._cached_pages = cached_pages
        self._pages: OrderedDict[int, Sequence[RowT]] = OrderedDict()
        self._count = 0
        self.pages_fetched = 0

    # --- queries ---------------------------------------------------------------------------
    @property
    def query(self) -> ListQuery:
        """The query shown, or the one being read on a worker."""
        return self._pending if self._pending is not None else self._query

    def set_query(self, query: ListQuery, *, count: int | None = None, background: bool = False) -> None:
        """Show the rows of ``query``: one COUNT now, pages as they come into view.

        ``count``: the number of rows, when the caller has it already (a page whose totals
        count the same rows), which saves the COUNT. ``background``: read the first page (and
        the count) on a worker; the old rows stay until ``loaded``.
        """
        if background and count is None:
            self._read_later(query)
            return
        self._pending = None
        self.loading = False
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._generation += 1
        self.counting = False
        try:
            if count is None and self._count_on_worker:
                first = self._source.page(query, 0, self._page_size)
                self._pages[0] = first
                self.pages_fetched += 1
                self._count = len(first)
                self.counting = len(first) >= self._page_size
            else:
                self._count = self._source.count(query) if count is None else count
        except BaseException:
            self._count = 0  # an empty, consistent model; the caller shows the error
            raise
        finally:
            self.endResetModel()
        if self.counting:
            self._count_later(query, self._generation)

    def _read_later(self, query: ListQuery) -> None:
        from sentra_desktop.ui.operation import Operation

        self._generation += 1
        generation, source, size = self._generation, self._source, self._page_size
        self._pending = query
        self.loading = True
        self.counting = False

        def work(_progress: object) -> tuple[Sequence[RowT], int]:
            first = source.page(query, 0, size)
            return first, (len(first) if len(first) < size else source.count(query))

        operation = Operation(work, show_progress=False)
        operation.finished.connect(lambda result: self._read_done(generation, query, result))
        operation.errored.connect(lambda exc: self._read_failed(generation, exc))
        self._counter = operation
        operation.start()

    def _read_done(self, generation: int, query: ListQuery, result: tuple[Sequence[RowT], int]) -> None:
        if generation != self._generation:
            return  # a newer query is being read
        first, total = result
        self.beginResetModel()
        self._query, self._pending, self._counter = query, None, None
        self._pages.clear()
        self._pages[0] = first
        self.pages_fetched += 1
        self._count = max(total, len(first))
        self.loading = False
        self.endResetModel()
        self.loaded.emit()

    def _read_failed(self, generation: int, exc: object) -> None:
        if generation != self._generation:
            return
        log.warning("rows not read: %r", exc)  # the old rows stay
        self._pending, self._counter, self.loading = None, None, False
        self.loaded.emit()

    def _count_later(self, query: ListQuery, generation: int) -> None:
        from sentra_desktop.ui.operation import Operation

        source = self._source
        operation = Operation(lambda _progress: source.count(query), show_progress=False)
        operation.finished.connect(lambda total: self._counted(generation, int(total)))
        operation.errored.connect(lambda exc: self._count_failed(generation, exc))
        self._counter = operation  # kept alive until it answers
        operation.start()

    def _counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return  # the query changed meanwhile
        self.counting = False
        self._counter = None
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        self.counted.emit()

    def _count_failed(self, generation: int, exc: object) -> None:
        if generation != self._generation:
            return
        log.warning("rows not counted: %r", exc)  # the first page stays; the label says how many
        self.counting = False
        self._counter = None
        self.counted.emit()

    def refresh(self) -> None:
        """Reload after a change (same query)."""
        self.set_query(self._query)

    def row_at(self, row: int) -> RowT | None:
        if not 0 <= row < self._count:
            return None
        page_no, offset = divmod(row, self._page_size)
        page = self._page(page_no)
        return page[offset] if offset < len(page) else None

    def _page(self, page_no: int) -> Sequence[RowT]:
        page = self._pages.get(page_no)
        if page is not None:
            self._pages.move_to_end(page_no)
            return page
        try:
            page = self._source.page(self._query, page_no * self._page_size, self._page_size)
        except DatabaseUnavailable as exc:
            # Called while painting, where no message can be shown: the rows stay blank, are
            # not cached, and fill in on the next repaint once the server answers again.
            log.warning("rows not loaded: %s", exc.params.get("detail", ""))
            return ()
        self.pages_fetched += 1
        self._pages[page_no] = page
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)
        return page

    # --- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._columns):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.DecorationRole and column.decoration is not None:
            return column.decoration(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort_key
        if key is None:
            return
        query = self.query.with_sort(key, order == Qt.SortOrder.DescendingOrder)
        if self._generation == 0:
            # The view turning sorting on before the page's first query: remember the order and
            # let that first query read it (a COUNT here would be thrown away at once).
            self._query = query
            return
        self.set_query(query)
