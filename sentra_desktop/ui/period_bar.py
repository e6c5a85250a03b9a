"""The period choice of the Kinerja page and the agency's Perbandingan: a month, quarter, year or
dates from … to ….

One widget for both, so a period is chosen with the same keys and words in the sentra's program
and at the agency. For a month, quarter or year the dates follow the kind and the start date (the
end date is then locked); ``changed`` is emitted once the dates are set.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from sentra_desktop.core.performance import Period, PeriodKind
from sentra_desktop.ui.pages.common import buddy_label
from sentra_desktop.ui.widgets import DateEdit


class PeriodBar(QWidget):
    """ "Period", "From" and "To" in one row; ``period()`` reads the choice."""

    changed = Signal()

    def __init__(self, kind: PeriodKind = PeriodKind.MONTH, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setObjectName("period_kind")
        for text, choice in (
            (self.tr("Month"), PeriodKind.MONTH),
            (self.tr("Quarter"), PeriodKind.QUARTER),
            (self.tr("Year"), PeriodKind.YEAR),
            (self.tr("From … to …"), PeriodKind.RANGE),
        ):
            self.kind.addItem(text, choice)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.start = DateEdit()
        self.start.setObjectName("period_from")
        self.end = DateEdit()
        self.end.setObjectName("period_to")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(buddy_label(self.tr("P&eriod:"), self.kind))
        row.addWidget(self.kind)
        row.addWidget(buddy_label(self.tr("&From:"), self.start))
        row.addWidget(self.start)
        row.addWidget(buddy_label(self.tr("&To:"), self.end))
        row.addWidget(self.end)

        self._follow_kind()
        self.kind.currentIndexChanged.connect(self._dates_changed)
        self.start.dateChanged.connect(self._dates_changed)
        self.end.dateChanged.connect(self.changed)

    def _dates_changed(self) -> None:
        self._follow_kind()
        self.changed.emit()

    def _follow_kind(self) -> None:
        """A month, quarter or year around the start date; the end date is free only for a range."""
        kind = PeriodKind(self.kind.currentData())
        self.end.setEnabled(kind is PeriodKind.RANGE)
        if kind is not PeriodKind.RANGE:
            period = Period.of(kind, self.start.value() or date.today())
            for edit, day in ((self.start, period.start), (self.end, period.end)):
                edit.blockSignals(True)
                edit.set_value(day)
                edit.blockSignals(False)

    def period(self) -> Period:
        """The chosen period.

        Raises:
            ValidationError: ``date_order`` at "date_to" when a range ends before it starts.
        """
        return Period.of(
            PeriodKind(self.kind.currentData()), self.start.value() or date.today(), self.end.value()
        )

    def set_period(self, kind: PeriodKind, start: date, end: date | None = None) -> None:
        """Choose a period from code (tests, a mentor's visit) without ``changed``: the page reloads once."""
        for widget in (self.kind, self.start, self.end):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.start.set_value(start)
        self.end.set_value(end or start)
        for widget in (self.kind, self.start, self.end):
            widget.blockSignals(False)
        self._follow_kind()


__all__ = ["PeriodBar"]
