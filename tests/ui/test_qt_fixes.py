"""A Qt method that returns nothing must not use up None (Shiboken 6.12.0 on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

import sentra_desktop.ui  # noqa: F401 - applies the fix, as the program does
from sentra_desktop.ui.qt_fixes import RESERVE, keep_none_alive


def test_none_outlives_a_long_session_of_qt_calls() -> None:
    keep_none_alive()  # once is enough: a second call adds nothing
    before = sys.getrefcount(None)
    assert before > RESERVE // 2 or sys.version_info >= (3, 12)
    thing = QObject()
    for _ in range(100_000):  # more than None's whole count on 3.11 without the fix
        thing.setObjectName("x")
    assert sys.getrefcount(None) > 0
    assert before - sys.getrefcount(None) <= 100_000
