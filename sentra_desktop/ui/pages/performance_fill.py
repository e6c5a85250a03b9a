"""Putting one :class:`core.performance.PerformanceData` into the Kinerja page's tables and charts.

Kept apart from the page's layout so each stays short; runs on the GUI thread on a few hundred
rows at most (the figures arrive summed), so it takes milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

from sentra_desktop.core import performance_rows as rows
from sentra_desktop.core.performance import PerformanceData
from sentra_desktop.ui.tables import configure_table

if TYPE_CHECKING:
    from sentra_desktop.ui.pages.performance import PerformancePage

MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
ROLE_DRILL = Qt.ItemDataRole.UserRole + 1
MAX_ROWS = 15  # per table on screen; the printed pack lists every row


class FigureTable(QTableWidget):
    """Rows of text in fixed columns; a row may carry (area, search text) for a drill-down."""

    drill = Signal(str, str)

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        configure_table(self)
        self.setHorizontalHeaderLabels(list(headers))
        # Fixed number columns and a stretching first one: measuring every cell's text
        # (resizeColumnsToContents) would cost the GUI thread more than filling the table.
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            number = self.fontMetrics().horizontalAdvance("Rp 999.999.999.999") + 12
            title = header.fontMetrics().horizontalAdvance(headers[column]) + 28
            header.resizeSection(column, max(number, title))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.itemDoubleClicked.connect(self._drilled)
        self.itemActivated.connect(self._drilled)

    def fill(self, rows: Sequence[Sequence[str]], drills: Sequence[tuple[str, str] | None] = ()) -> None:
        """Show ``rows`` (at most :data:`MAX_ROWS`, then a line saying how many more the pack lists)."""
        rest = len(rows) - MAX_ROWS
        if rest > 0:
            more = QCoreApplication.translate(
                "PerformancePage", "… and %n more in the printed pack", "", rest
            )
            rows = [*rows[:MAX_ROWS], [more] + [""] * (self.columnCount() - 1)]
        self.setUpdatesEnabled(False)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r < len(drills) and drills[r] is not None:
                    item.setData(ROLE_DRILL, drills[r])
                self.setItem(r, c, item)
        self.setUpdatesEnabled(True)
        self.updateGeometry()

    def _height(self) -> int:
        rows = (
            sum(self.rowHeight(r) for r in range(self.rowCount()))
            or self.verticalHeader().defaultSectionSize()
        )
        return self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())

    def _drilled(self, item: QTableWidgetItem) -> None:
        target = item.data(ROLE_DRILL)
        if target:
            self.drill.emit(*target)


def month_label(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year % 100:02d}"


def fill_steps(page: PerformancePage, data: PerformanceData) -> list[Callable[[], None]]:
    """Filling ``page`` from ``data``, one section a step: the page runs one step per turn of the
    event loop, so laying out and first painting the tables never holds the GUI thread long."""
    c, p = data.current, data.previous

    def output() -> None:
        page.warnings.setVisible(bool(data.warnings))
        page.warnings.setText("\n".join("⚠ " + w.text() for w in data.warnings))
        page.output_table.fill(rows.output_summary(data))
        page.by_type.fill(rows.output_rows(c.by_type, p.by_type))
        page.by_member.fill(rows.output_rows(c.by_member, p.by_member))
        page.by_maker.fill(rows.output_rows(c.by_maker, p.by_maker))

    def sales() -> None:
        largest = c.largest_buyer
        page.sales_table.fill(
            rows.sales_summary(data), [None] * 9 + [("buyers", largest.name) if largest else None]
        )
        page.by_kind.fill(rows.amount_rows(c.by_buyer_kind, p.by_buyer_kind))
        cities = rows.amount_rows(c.by_city, p.by_city)
        new = set(c.new_cities)
        for row in cities:
            if row[0] in new:
                row[0] += " ★ " + QCoreApplication.translate("PerformancePage", "new market")
        # The buyers placed in the regency/city by its code, whatever city they typed ("Plg").
        drills = [("buyers/regency", a.key) if a.key else None for a in c.by_city]
        page.by_city.fill(cities, drills)
        provinces = rows.amount_rows(c.by_province, p.by_province)
        for row in provinces:
            if row[0] in c.new_provinces:
                row[0] += " ★ " + QCoreApplication.translate("PerformancePage", "new market")
        page.by_province.fill(provinces)
        page.new_markets.setText(
            QCoreApplication.translate(
                "PerformancePage", "New markets: regencies/cities {cities}; provinces {provinces}"
            )
            .replace("{cities}", ", ".join(c.new_cities) or "–")
            .replace("{provinces}", ", ".join(c.new_provinces) or "–")
        )

    def designs() -> None:
        page.design_table.fill(rows.design_summary(data))
        page.top_designs.fill(rows.top_design_rows(data), [("designs", s.code) for s in c.top_designs])
        page.retire.fill(rows.retire_rows(data), [("designs", r.code) for r in data.retire_candidates])

    def events() -> None:
        page.threshold.show_value(data.threshold)
        page.events.fill(rows.event_share_rows(data))
        page.windows.fill(rows.window_rows(data))
        page.upcoming.fill(rows.upcoming_rows(data))

    def charts() -> None:
        months = [month_label(m.month) for m in data.monthly]
        page.output_chart.set_data(months, [m.good for m in data.monthly], [m.reject for m in data.monthly])
        page.sales_chart.set_data(months, [m.sales for m in data.monthly])
        no_event = QCoreApplication.translate("PerformancePage", "(no event)")
        page.event_chart.set_data(
            [a.name or no_event for a in data.event_shares], [a.value for a in data.event_shares]
        )
        page.kind_chart.set_data([a.name for a in c.by_buyer_kind], [a.value for a in c.by_buyer_kind])

    def visits_and_value_added() -> None:
        page.overdue.fill(data)
        page.value_added.fill(data)

    return [output, sales, designs, events, visits_and_value_added, charts]


def fill_page(page: PerformancePage, data: PerformanceData) -> None:
    """Every table and chart of ``page`` from ``data`` at once."""
    for step in fill_steps(page, data):
        step()


__all__ = ["FigureTable", "fill_page", "fill_steps", "month_label"]
