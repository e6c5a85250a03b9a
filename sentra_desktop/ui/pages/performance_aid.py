"""The Kinerja page's "Aid received" section: the period's aid and its use, read on a worker.

Kept apart from the page so the page needs only to place it and tell it the period; it reads its
own figures (:class:`services.aid_period.AidPeriodService`) off the GUI thread, a newer period
winning over a read still running, and shows the rows the printed pack prints.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from sentra_desktop.core import aid_period
from sentra_desktop.core.aid_period import AidPeriodData
from sentra_desktop.core.performance import Period
from sentra_desktop.services.aid_period import AidPeriodService
from sentra_desktop.ui.operation import Operation
from sentra_desktop.ui.pages.performance_fill import FigureTable


class AidSection(QGroupBox):
    """Aid received in the period: each item, its value and use, idle items marked."""

    def __init__(self, service: AidPeriodService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Aid received"), parent)
        self.setObjectName("aid_section")
        self.service = service
        self.summary = QLabel(self.tr("Loading the figures…"))
        self.summary.setObjectName("aid_summary")
        self.table = FigureTable(aid_period.headers())
        # The use ("5.064 pieces · Rp 50.640.000", "checked … (30 days ago) · idle") is as wide as it says.
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.hide()
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.table)
        self.data: AidPeriodData | None = None
        self.operation: Operation | None = None
        self._generation = 0

    def load(self, period: Period, member: int | None) -> Operation:
        """Read the aid of ``period`` (of one member business) in the background."""
        self._generation += 1
        generation = self._generation
        service = self.service
        operation = Operation(
            lambda _progress: service.received(period.start, period.end, member),
            parent=self,
            show_progress=False,
        )
        operation.finished.connect(lambda data: self._loaded(generation, data))
        operation.errored.connect(lambda _exc: self._failed(generation))
        self.operation = operation.start()
        return self.operation

    def _failed(self, generation: int) -> None:
        if generation == self._generation:
            self.summary.setText(self.tr("The aid figures could not be read."))

    def _loaded(self, generation: int, data: AidPeriodData) -> None:
        if generation != self._generation:
            return
        self.data = data
        if not data.lines:
            self.summary.setText(self.tr("No aid was received in this period."))
            self.table.hide()
            return
        self.summary.setText(aid_period.summary(data))
        self.table.fill(aid_period.rows(data))
        self.table.show()
