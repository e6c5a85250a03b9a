"""The period bar shared by the Kinerja page and the agency's Perbandingan: keys, dates and signals."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from sentra_desktop.core.errors import ValidationError
from sentra_desktop.core.performance import Period, PeriodKind
from sentra_desktop.ui.period_bar import PeriodBar


def _bar(qtbot: QtBot, kind: PeriodKind = PeriodKind.MONTH) -> tuple[PeriodBar, list[Period]]:
    bar = PeriodBar(kind)
    qtbot.add_widget(bar)
    bar.show()
    seen: list[Period] = []
    bar.changed.connect(lambda: seen.append(bar.period()))
    return bar, seen


@pytest.mark.parametrize("kind", [PeriodKind.MONTH, PeriodKind.YEAR])
def test_it_opens_on_the_kind_around_today_with_the_end_locked(qtbot: QtBot, kind: PeriodKind) -> None:
    bar, seen = _bar(qtbot, kind)
    assert bar.period() == Period.of(kind, date.today())
    assert not bar.end.isEnabled() and seen == []


def test_the_keyboard_moves_through_the_kinds_and_the_dates_follow(qtbot: QtBot) -> None:
    bar, seen = _bar(qtbot)
    bar.set_period(PeriodKind.MONTH, date(2026, 11, 17))
    assert seen == []  # chosen from code: the page reloads once by itself
    assert (bar.start.value(), bar.end.value()) == (date(2026, 11, 1), date(2026, 11, 30))

    bar.kind.setFocus()
    qtbot.keyClick(bar.kind, Qt.Key.Key_Down)
    assert seen == [Period.quarter(date(2026, 11, 1))]  # one signal, dates already set
    qtbot.keyClick(bar.kind, Qt.Key.Key_Down)
    assert seen[-1] == Period(date(2026, 1, 1), date(2026, 12, 31), PeriodKind.YEAR)
    qtbot.keyClick(bar.kind, Qt.Key.Key_Down)
    assert bar.kind.currentData() == PeriodKind.RANGE and bar.end.isEnabled()
    assert seen[-1] == Period(date(2026, 1, 1), date(2026, 12, 31), PeriodKind.RANGE)
    assert len(seen) == 3


def test_a_new_start_date_moves_the_whole_period(qtbot: QtBot) -> None:
    bar, seen = _bar(qtbot)
    bar.set_period(PeriodKind.QUARTER, date(2026, 2, 10))
    bar.start.set_value(date(2026, 8, 20))
    assert seen == [Period.quarter(date(2026, 8, 20))]
    assert (bar.start.value(), bar.end.value()) == (date(2026, 7, 1), date(2026, 9, 30))


def test_a_range_keeps_its_dates_and_refuses_an_end_before_its_start(qtbot: QtBot) -> None:
    bar, seen = _bar(qtbot)
    bar.set_period(PeriodKind.RANGE, date(2026, 3, 5), date(2026, 4, 9))
    assert bar.period() == Period(date(2026, 3, 5), date(2026, 4, 9), PeriodKind.RANGE)
    bar.end.set_value(date(2026, 5, 1))
    assert seen == [Period(date(2026, 3, 5), date(2026, 5, 1), PeriodKind.RANGE)]
    bar.changed.disconnect()
    bar.end.set_value(date(2026, 3, 1))
    with pytest.raises(ValidationError):
        bar.period()


def test_each_caption_puts_the_focus_in_its_field(qtbot: QtBot) -> None:
    bar, _seen = _bar(qtbot)
    buddies = {label.text(): label.buddy() for label in bar.findChildren(QLabel)}
    assert buddies == {"P&eriod:": bar.kind, "&From:": bar.start, "&To:": bar.end}
    bar.activateWindow()
    qtbot.wait_until(bar.isActiveWindow)
    qtbot.keyClick(bar, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert bar.start.hasFocus()
    qtbot.keyClick(bar, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert bar.kind.hasFocus()
    qtbot.keyClick(bar.kind, Qt.Key.Key_Tab)  # Tab goes from the kind to the first date
    assert bar.start.hasFocus()
