"""Kinerja: the sentra's performance for a period against the equal period before, at a glance.

The page draws its layout and placeholders at once; every figure is computed on a worker
(:class:`ui.operation.Operation`) and arrives as one :class:`core.performance.PerformanceData`, so
the window never waits for the database. A double click on a design, a buyer or a place opens
the list behind it (``drill_requested``: area key and the text to search there).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.core.messages import describe
from sentra_desktop.core.performance import PerformanceData, Period, PeriodKind
from sentra_desktop.services.container import Services
from sentra_desktop.services.performance import PerformanceService
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.member_filter import PERFORMANCE_MEMBER, RememberedMember
from sentra_desktop.ui.operation import Operation
from sentra_desktop.ui.pages.common import buddy_label, page_title
from sentra_desktop.ui.pages.performance_aid import AidSection
from sentra_desktop.ui.pages.performance_chart import BarChart
from sentra_desktop.ui.pages.performance_compare import ComparePeriod
from sentra_desktop.ui.pages.performance_fill import FigureTable, fill_steps
from sentra_desktop.ui.pages.performance_threshold import ThresholdSetting
from sentra_desktop.ui.pages.visits import ValueAddedSection, VisitsDialog, VisitsSection
from sentra_desktop.ui.period_bar import PeriodBar
from sentra_desktop.ui.settings import AppSettings

log = logging.getLogger("sentra.ui")


class PerformancePage(QWidget):
    """Period and member business at the top; output, sales, designs, events and charts below."""

    drill_requested = Signal(str, str)
    loaded = Signal()

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, app_settings: AppSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.performance = PerformanceService(services.db)
        self.operation: Operation | None = None
        self.data: PerformanceData | None = None
        self._data_of: tuple[Any, ...] | None = None  # (period, compared, member) of ``data``
        self._generation = 0

        self.period_bar = PeriodBar(PeriodKind.MONTH)
        self.member = RememberedMember(
            PERFORMANCE_MEMBER, app_settings, empty_text=self.tr("The whole sentra")
        )
        self.member.setObjectName("member")
        self.print_button = QPushButton(self.tr("&Print the Kinerja pack"))
        self.print_button.setObjectName("print_pack")
        self.print_button.clicked.connect(self.print_pack)
        self.compare = ComparePeriod()
        self.compared: Period | None = None  # None: the equal period before
        self.field_error = QLabel()
        self.field_error.setObjectName("field_error")
        self.field_error.setStyleSheet("color: #b00020;")
        self.field_error.hide()

        bar = QHBoxLayout()
        bar.addWidget(self.period_bar)
        bar.addWidget(buddy_label(self.tr("&Member business:"), self.member))
        bar.addWidget(self.member, 1)

        self.status = QLabel(self.tr("Loading the figures…"))
        self.status.setObjectName("status")
        self.warnings = QLabel()
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("background: #fff4d6; border: 1px solid #e0b44c; padding: 4px;")
        self.warnings.hide()

        then, now, change = self.tr("Before"), self.tr("This period"), self.tr("Change")
        figure_headers = [self.tr("Figure"), now, then, change]
        self.output_table = FigureTable(figure_headers)
        self.by_type = FigureTable([self.tr("Product type"), now, then, change])
        self.by_member = FigureTable([self.tr("Member business"), now, then, change])
        self.by_maker = FigureTable([self.tr("Maker"), now, then, change])
        self.sales_table = FigureTable(figure_headers)
        self.by_kind = FigureTable([self.tr("Buyer kind"), now, then, change])
        self.by_city = FigureTable([self.tr("Regency/city"), now, then, change])
        self.by_province = FigureTable([self.tr("Province"), now, then, change])
        self.new_markets = QLabel()
        self.new_markets.setObjectName("new_markets")
        self.new_markets.setWordWrap(True)
        self.design_table = FigureTable(figure_headers)
        self.top_designs = FigureTable([self.tr("Design"), self.tr("Pieces"), now, then, change])
        self.retire = FigureTable([self.tr("No sale in 6 months"), self.tr("Introduced")])
        self.events = FigureTable([self.tr("Event"), self.tr("Sales, last 12 months"), self.tr("Share")])
        self.windows = FigureTable(
            [
                self.tr("Event"),
                self.tr("Dates"),
                self.tr("Output before"),
                self.tr("Output after"),
                self.tr("Sales before"),
                self.tr("Sales after"),
            ]
        )
        self.upcoming = FigureTable(
            [self.tr("Upcoming event"), self.tr("Starts"), self.tr("Orders"), self.tr("Value")]
        )
        self.threshold = ThresholdSetting(services.sentra_settings)
        self.threshold.saved.connect(self.reload)
        self.output_chart = BarChart(self.tr("Good pieces per month (24 months), rejects on top"))
        self.sales_chart = BarChart(self.tr("Sales per month (24 months), Rp"))
        self.event_chart = BarChart(self.tr("Sales by event, last 12 months"))
        self.kind_chart = BarChart(self.tr("Sales by buyer kind, this period"))
        self.value_added = ValueAddedSection([now, then, change])
        self.overdue = VisitsSection()
        self.visits_button = QPushButton(self.tr("&Mentoring visits…"))
        self.visits_button.setObjectName("mentoring_visits")
        self.visits_button.clicked.connect(self.open_visits)

        content = QWidget()
        sections = QVBoxLayout(content)
        sections.addWidget(self.warnings)
        sections.addWidget(self.overdue)
        sections.addWidget(
            self._section(self.tr("Output"), [self.output_table, self.by_type, self.by_member, self.by_maker])
        )
        sections.addWidget(
            self._section(
                self.tr("Sales and markets"),
                [self.sales_table, self.by_kind, self.by_city, self.by_province, self.new_markets],
            )
        )
        sections.addWidget(
            self._section(
                self.tr("Design diversification"), [self.design_table, self.top_designs, self.retire]
            )
        )
        sections.addWidget(
            self._section(
                self.tr("Event dependence"), [self.threshold, self.events, self.windows, self.upcoming]
            )
        )
        sections.addWidget(self.value_added)
        self.aid_section = AidSection(services.aid_period)
        sections.addWidget(self.aid_section)
        charts = QGroupBox(self.tr("Charts"))
        grid = QGridLayout(charts)
        grid.addWidget(self.output_chart, 0, 0)
        grid.addWidget(self.sales_chart, 0, 1)
        grid.addWidget(self.event_chart, 1, 0)
        grid.addWidget(self.kind_chart, 1, 1)
        sections.addWidget(charts)
        sections.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)

        layout = QVBoxLayout(self)
        title = QHBoxLayout()
        title.addWidget(page_title(self.tr("Performance")))
        title.addStretch(1)
        title.addWidget(self.visits_button)
        title.addWidget(self.print_button)
        layout.addLayout(title)
        layout.addLayout(bar)
        layout.addWidget(self.compare)
        layout.addWidget(self.field_error)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll_area, 1)
        # Until the first figures arrive the page is its title, choices and "loading" line: a
        # first paint of every empty table would only delay the window's start.
        self.scroll_area.hide()
        self._stretch = QWidget()
        layout.addWidget(self._stretch, 1)

        for table in self.findChildren(FigureTable):
            table.drill.connect(self.drill_requested)
        self.period_bar.changed.connect(self.reload)
        self.member.currentIndexChanged.connect(self.reload)
        self.compare.changed.connect(self.reload)
        self._started = False

    def showEvent(self, event: QShowEvent) -> None:
        """The first showing starts the first load, after the page is drawn with its placeholders
        (at start the window is drawn before any query, the ORM's set-up included)."""
        super().showEvent(event)
        if not self._started:
            self._started = True
            QTimer.singleShot(0, self, self.activated)

    @staticmethod
    def _section(title: str, widgets: Sequence[QWidget]) -> QGroupBox:
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        for widget in widgets:
            column.addWidget(widget)
        return box

    # --- choosing ------------------------------------------------------------------------------
    def reload_members(self) -> None:
        try:
            choices = self.performance.members()
        except SentraError as exc:
            show_error(self, exc)
            return
        self.member.blockSignals(True)
        self.member.set_choices(choices, self.member.value())
        self.member.blockSignals(False)

    def activated(self) -> None:
        """Shown again (the main window calls it): the member list and figures may have changed."""
        self.reload_members()
        self.reload()

    def period(self) -> Period | None:
        """The chosen period (its compared one in ``compared``); None, with the message at the dates,
        when an end is before its start or the compared period overlaps the chosen one."""
        try:
            period = self.period_bar.period()
            self.compared = self.compare.period(period)
        except ValidationError as exc:
            self.field_error.setText(
                describe(exc, lambda s: QCoreApplication.translate("Errors", s)).split(": ")[-1]
            )
            self.field_error.show()
            return None
        self.field_error.hide()
        return period

    def set_period(self, kind: PeriodKind, start: date, end: date | None = None) -> None:
        """Choose a period from code (tests, a mentor's visit): the figures reload once."""
        self.period_bar.set_period(kind, start, end)
        self.reload()

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> Operation | None:
        """Compute the figures of the chosen period on a worker; a newer request wins."""
        period = self.period()
        if period is None:
            return None
        self._generation += 1
        generation = self._generation
        member, compare = self.member.id_value(), self.compared
        self.status.setText(self.tr("Loading the figures…"))
        self.status.show()
        service = self.performance
        operation = Operation(
            lambda progress: service.pack(period, compare, member=member, progress=progress),
            parent=self,
            show_progress=False,
        )
        asked = (period, compare, member)
        operation.finished.connect(lambda data: self._loaded(generation, data, asked))
        operation.errored.connect(lambda exc: self._failed(generation, exc))
        self.operation = operation.start()
        self.aid_section.load(period, member)
        return self.operation

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(exc, SentraError):
            self.status.setText(self.tr("The figures could not be read."))
            show_error(self, exc)  # unexpected: the one error dialog and the log
            return
        # Said on the page, not in a box: a load in the background (or one overtaken by a switch of
        # user) must not put a modal dialog in front of whoever sits at the PC now.
        log.warning("Kinerja figures not read: %s", exc.code)
        self.status.setText(self.tr("The figures could not be read: %1").replace("%1", describe(exc)))
        self.status.show()

    def _loaded(self, generation: int, data: PerformanceData, asked: tuple[Any, ...] | None = None) -> None:
        if generation != self._generation:
            return
        self.data, self._data_of = data, asked
        self.compare.show_default(data.previous.start, data.previous.end)
        if data.is_empty:
            self.status.setText(
                self.tr("Nothing recorded yet for this period. Production and orders entered will show here.")
            )
        else:
            self.status.hide()
        self._stretch.hide()
        self.scroll_area.show()
        self._fill(generation, fill_steps(self, data))

    def _fill(self, generation: int, steps: list[Callable[[], None]]) -> None:
        """One section per turn of the event loop (its tables laid out and painted in between)."""
        if generation != self._generation:
            return
        steps.pop(0)()
        if steps:
            QTimer.singleShot(0, self, lambda: self._fill(generation, steps))
        else:
            # The tables' heights follow their rows; a page filled while hidden must ask again.
            for table in self.findChildren(FigureTable):
                table.updateGeometry()
            inner = self.scroll_area.widget()
            content = inner.layout() if inner is not None else None
            if content is not None:
                content.invalidate()
            self.loaded.emit()

    def open_visits(self) -> VisitsDialog:
        """The mentoring visit log; the figures reload when it closes (overdue recommendations)."""
        dialog = VisitsDialog(self.services, self)
        dialog.finished.connect(lambda _result: self.reload())
        dialog.open()
        return dialog

    # --- printing -------------------------------------------------------------------------------
    def print_pack(self) -> Operation | None:
        """Print the Kinerja pack of the chosen period against the chosen or equal period before;
        on the page's default (this month, no compared period) the pack's own default: the last
        12 months against the 12 before, what a mentoring visit looks at."""
        from sentra_desktop.ui.reports.preview import open_sheet

        period = self.period()
        if period is None:
            return None
        today = date.today()
        if period == Period.month(today) and self.compared is None:
            period = Period.last_twelve_months(today)
        member = self.member.id_value()
        # The figures on screen are those of the pack when read for the same periods and member.
        shown = self.data if self._data_of == (period, self.compared, member) else None
        return open_sheet(
            self,
            self.services,
            "performance",
            date_from=period.start,
            date_to=period.end,
            period_kind=period.kind.value,
            member_business_id=member,
            compare_from=self.compared.start if self.compared else None,
            compare_to=self.compared.end if self.compared else None,
            figures=shown,
        )


__all__ = ["FigureTable", "PerformancePage"]
