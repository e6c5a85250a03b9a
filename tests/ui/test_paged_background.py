"""A long list never waits for its COUNT, and a search's first page comes from a worker."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from pytestqt.qtbot import QtBot

from sentra_desktop.services.listing import ListQuery
from sentra_desktop.ui.models.paged import Column, PagedTableModel


class SlowSource:
    """``total`` numbered rows (only those containing the search text); count() waits for ``gate``."""

    def __init__(self, total: int) -> None:
        self.rows = [str(n) for n in range(total)]
        self.gate = threading.Event()
        self.counts_on: list[str] = []

    def _matching(self, query: ListQuery) -> list[str]:
        return [row for row in self.rows if query.search in row]

    def count(self, query: ListQuery) -> int:
        self.counts_on.append(threading.current_thread().name)
        self.gate.wait(10)
        return len(self._matching(query))

    def page(self, query: ListQuery, offset: int, limit: int) -> Sequence[str]:
        if query.search:
            self.gate.wait(10)
        return self._matching(query)[offset : offset + limit]


def model_of(source: SlowSource) -> PagedTableModel[str]:
    return PagedTableModel(source, [Column("n", lambda row: row)], count_on_worker=True)


def test_the_first_page_shows_at_once_and_the_count_comes_from_a_worker(qtbot: QtBot) -> None:
    source = SlowSource(450)
    model = model_of(source)
    model.set_query(ListQuery())  # returns although count() is blocked
    assert model.rowCount() == 200 and model.counting
    assert model.data(model.index(199, 0)) == "199"
    with qtbot.waitSignal(model.counted, timeout=5_000):
        source.gate.set()
    assert model.rowCount() == 450 and not model.counting
    assert model.data(model.index(449, 0)) == "449"
    assert threading.main_thread().name not in source.counts_on


def test_a_short_answer_needs_no_count(qtbot: QtBot) -> None:
    source = SlowSource(150)
    model = model_of(source)
    model.set_query(ListQuery())
    assert model.rowCount() == 150 and not model.counting and source.counts_on == []


def test_a_search_keeps_the_old_rows_until_its_first_page_comes(qtbot: QtBot) -> None:
    source = SlowSource(1000)
    model = model_of(source)
    source.gate.set()
    with qtbot.waitSignal(model.counted, timeout=5_000):
        model.set_query(ListQuery())
    source.gate.clear()
    model.set_query(ListQuery(search="99"), background=True)  # page() is blocked: no wait here
    assert model.loading and model.rowCount() == 1000 and model.query.search == "99"
    with qtbot.waitSignal(model.loaded, timeout=5_000):
        source.gate.set()
    assert not model.loading and model.rowCount() == 19  # 99, 199, …, 990–999
    assert model.data(model.index(0, 0)) == "99"


def test_an_older_search_answer_is_dropped(qtbot: QtBot) -> None:
    source = SlowSource(300)
    model = model_of(source)
    model.set_query(ListQuery(search="1"), background=True)
    model.set_query(ListQuery(search="29"), background=True)
    with qtbot.waitSignal(model.loaded, timeout=5_000):
        source.gate.set()
    qtbot.wait(100)
    assert model.query.search == "29" and model.rowCount() == 13  # 29, 129, 229, 290–299


def test_sorting_before_the_first_query_reads_nothing(qtbot: QtBot) -> None:
    """A view turning sorting on only sets the order; the page's first query reads with it."""
    from PySide6.QtCore import Qt

    source = SlowSource(50)
    source.gate.set()
    pages: list[ListQuery] = []
    read = source.page
    source.page = lambda query, offset, limit: pages.append(query) or read(query, offset, limit)  # type: ignore[method-assign]
    model = PagedTableModel(source, [Column("n", lambda row: row, "n")])
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert pages == [] and source.counts_on == [] and model.rowCount() == 0
    assert model.query.sort == "n" and model.query.descending
    model.set_query(model.query.with_search("1"))
    assert source.counts_on and model.rowCount() == 14
    model.sort(0, Qt.SortOrder.AscendingOrder)  # once read, a sort is a new query
    assert len(source.counts_on) == 2 and not model.query.descending
