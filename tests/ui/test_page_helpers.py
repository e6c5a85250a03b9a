"""The shared pieces pages are built from: list helpers, entry rows, guarded dialogs, the period check."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from sentra_desktop.ui.forms import FormFields
from sentra_desktop.ui.pages import lists
from sentra_desktop.ui.pages.common import open_dialog
from sentra_desktop.ui.pages.form_dialogs import GuardedDialog
from sentra_desktop.ui.pages.stock.common import checked_period
from sentra_desktop.ui.widgets import ChoiceCombo, DateEdit


def test_qt_warnings_fail_a_test(pytestconfig: pytest.Config) -> None:
    """pytest-qt fails a test on a Qt warning; only the offscreen platform's own notes are let through."""
    assert pytestconfig.getini("qt_log_level_fail") == "WARNING"
    ignored = pytestconfig.getini("qt_log_ignore")
    assert ignored and all("plugin does not support" in pattern for pattern in ignored)


def test_typing_pause_runs_the_slot_once_after_the_last_key(qtbot: QtBot) -> None:
    field = lists.search_field("finder", "Search…")
    qtbot.addWidget(field)
    calls: list[str] = []
    timer = lists.typing_pause(field, 30, lambda: calls.append(field.text()))
    for text in ("a", "ab", "abc"):
        field.setText(text)
    assert calls == [] and timer.isActive()
    qtbot.waitUntil(lambda: calls == ["abc"], timeout=2000)
    assert field.objectName() == "finder" and field.isClearButtonEnabled()


def test_record_table_selects_whole_rows_sorts_and_stretches(qtbot: QtBot) -> None:
    model = QStringListModel(["b", "a", "c"])
    table = lists.record_table(
        model, "letters", widths=(90,), stretch=0, sort_column=0, sort_order=Qt.SortOrder.DescendingOrder
    )
    qtbot.addWidget(table)
    assert table.objectName() == "letters"
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.isSortingEnabled() and not table.verticalHeader().isVisible()
    assert table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert model.stringList() == ["c", "b", "a"]


def test_button_row_puts_the_count_last(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    first, second = QPushButton("one"), QPushButton("two")
    count = lists.count_label("things_count")
    row = lists.button_row((first, second), count)
    holder.setLayout(row)
    widgets = [item.widget() if (item := row.itemAt(i)) else None for i in range(row.count())]
    assert widgets == [first, second, None, count]  # None: the stretch between


def test_side_by_side_entry_row_shows_each_error_under_its_input(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    fields = FormFields()
    name, amount = QLineEdit(), QLineEdit()
    grid = fields.side_by_side([("name", "&Name", name, 3), ("amount", "&Amount", amount, 1)])
    holder.setLayout(grid)
    placed = [grid.itemAtPosition(row, 1) for row in (1, 2)]
    assert [item.widget() if item else None for item in placed] == [amount, fields.errors["amount"]]
    assert grid.columnStretch(0) == 3


def test_checked_period_refuses_a_period_that_ends_before_it_starts(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    start, end = DateEdit(holder), DateEdit(holder)
    fields = FormFields()
    fields.register("date_to", end).setParent(holder)
    start.set_value(date(2026, 5, 10))
    end.set_value(date(2026, 5, 1))
    assert checked_period(fields, start, end) is None
    assert fields.errors["date_to"].text()
    end.set_value(date(2026, 5, 31))
    assert checked_period(fields, start, end) == (date(2026, 5, 10), date(2026, 5, 31))
    assert not fields.errors["date_to"].text()


def test_choice_combo_id_value_is_an_id_or_none(qtbot: QtBot) -> None:
    combo = ChoiceCombo(empty_text="(none)")
    qtbot.addWidget(combo)
    combo.set_choices([(7, "Tujuh"), (9, "Sembilan")], 9)
    assert combo.id_value() == 9
    combo.select(None)
    assert combo.id_value() is None


class _NoteDialog(GuardedDialog):
    def __init__(self) -> None:
        super().__init__()
        self.note = QLineEdit(self)
        self.asked = 0
        self.answer = False

    def state(self) -> tuple[object, ...]:
        return (self.note.text(),)

    def discard_changes(self) -> bool:
        self.asked += 1
        return self.answer


def test_guarded_dialog_asks_only_when_something_was_typed(qtbot: QtBot) -> None:
    dialog = _NoteDialog()
    qtbot.addWidget(dialog)
    open_dialog(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.note.setText("unsaved")
    dialog.reject()
    assert dialog.asked == 1 and dialog.isVisible()
    dialog.answer = True
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    dialog.reject()
    assert dialog.asked == 2 and closed == [QDialog.DialogCode.Rejected.value]
