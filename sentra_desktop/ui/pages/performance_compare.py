"""The Kinerja page's compared period: the equal period before unless the mentor chooses another.

A mentor comparing this year with the year before the sports week picks the dates here; the same
checks as the command line's --compare-from/--compare-to refuse a period that runs backwards or
overlaps the chosen one, said at the dates.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from sentra_desktop.core.errors import ValidationError
from sentra_desktop.core.performance import Period
from sentra_desktop.ui.pages.common import buddy_label
from sentra_desktop.ui.widgets import DateEdit


class ComparePeriod(QWidget):
    """A box "compare with" and two dates; ``changed`` when any of them changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self.tr("Compare &with another period"))
        self.enabled.setObjectName("compare")
        self.start = DateEdit()
        self.start.setObjectName("compare_from")
        self.end = DateEdit()
        self.end.setObjectName("compare_to")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(buddy_label(self.tr("Fr&om:"), self.start))
        row.addWidget(self.start)
        row.addWidget(buddy_label(self.tr("U&ntil:"), self.end))
        row.addWidget(self.end)
        row.addStretch(1)
        self._enable(False)
        self.enabled.toggled.connect(self._enable)
        self.enabled.toggled.connect(self.changed)
        self.start.dateChanged.connect(self.changed)
        self.end.dateChanged.connect(self.changed)

    def _enable(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def show_default(self, start: date, end: date) -> None:
        """Unless another period is chosen, show the one the figures were compared with."""
        if self.enabled.isChecked():
            return
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.set_value(day)
            edit.blockSignals(False)

    def set_period(self, start: date, end: date) -> None:
        """Compare with ``start``–``end`` (tests, a mentor's visit); changed is emitted once."""
        for widget in (self.enabled, self.start, self.end):
            widget.blockSignals(True)
        self.start.set_value(start)
        self.end.set_value(end)
        self.enabled.setChecked(True)
        self._enable(True)
        for widget in (self.enabled, self.start, self.end):
            widget.blockSignals(False)
        self.changed.emit()

    def period(self, chosen: Period) -> Period | None:
        """The compared period, or None for the equal period before ``chosen``.

        Raises:
            ValidationError: ``date_order`` or ``periods_overlap`` at "compare_from"/"compare_to".
        """
        if not self.enabled.isChecked():
            return None
        start = self.start.value() or chosen.previous().start
        end = self.end.value() or chosen.previous().end
        if end < start:
            raise ValidationError.single("compare_to", "date_order")
        compare = Period(start, end)
        if compare.overlaps(chosen):
            raise ValidationError.single("compare_from", "periods_overlap")
        return compare


__all__ = ["ComparePeriod"]
