"""A long figure table (100,000 overlaps) fills a chunk per turn of the event loop, never all at once."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sentra_desktop.ui.pages.aid.page import FILL_CHUNK, FigureTable


def test_rows_beyond_the_first_chunk_come_on_later_turns(qtbot: QtBot) -> None:
    table = FigureTable(["a", "b"], [1], "")
    qtbot.addWidget(table)
    rows = [[f"r{n}", str(n)] for n in range(FILL_CHUNK * 3 + 5)]
    table.fill(rows)
    view = table.table
    assert view.rowCount() == len(rows)
    assert view.item(FILL_CHUNK - 1, 0).text() == f"r{FILL_CHUNK - 1}" and view.item(FILL_CHUNK, 0) is None
    qtbot.waitUntil(lambda: view.item(len(rows) - 1, 1) is not None, timeout=5_000)
    assert view.item(len(rows) - 1, 1).text() == str(len(rows) - 1)


def test_a_new_fill_stops_the_old_one(qtbot: QtBot) -> None:
    table = FigureTable(["a"], [], "")
    qtbot.addWidget(table)
    table.fill([[f"old{n}"] for n in range(FILL_CHUNK * 4)])
    table.fill([["new"]])
    qtbot.wait(200)
    assert table.table.rowCount() == 1 and table.table.item(0, 0).text() == "new"
