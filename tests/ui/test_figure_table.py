"""A long figure table (100,000 overlaps) makes the texts of the rows in view only, never all at once."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sentra_desktop.ui.pages.aid.page import FigureTable, Formatted


def test_only_the_rows_in_view_are_made_into_texts(qtbot: QtBot) -> None:
    made: list[int] = []

    def texts(n: int) -> list[str]:
        made.append(n)
        return [f"r{n}", str(n)]

    table = FigureTable(["a", "b"], [1], "")
    qtbot.addWidget(table)
    table.resize(600, 400)
    table.show()
    qtbot.waitExposed(table)
    total = 100_000
    table.fill(Formatted(range(total), texts))
    qtbot.wait(50)
    model = table.table.model()
    assert model.rowCount() == total
    assert 0 < len(set(made)) <= 300  # the rows painted and measured for the widths, not 100,000
    assert model.data(model.index(total - 1, 1)) == str(total - 1)
    assert int(model.data(model.index(0, 1), 7)) & 0x2  # Qt.TextAlignmentRole: right-aligned figures


def test_a_new_fill_replaces_the_old_one(qtbot: QtBot) -> None:
    table = FigureTable(["a"], [], "")
    qtbot.addWidget(table)
    table.fill([[f"old{n}"] for n in range(1_000)])
    table.fill([["new"]], [True])
    model = table.table.model()
    assert model.rowCount() == 1 and model.data(model.index(0, 0)) == "new"
    assert model.data(model.index(0, 0), 9) is not None  # Qt.ForegroundRole: an idle item is coloured
