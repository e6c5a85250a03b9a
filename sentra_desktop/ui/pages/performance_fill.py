"""Putting one :class:`core.performance.PerformanceData` into the Kinerja page's tables and charts.

Kept apart from the page's layout so each stays short; runs on the GUI thread on a few hundred
rows at most (the figures arrive summed), so it takes milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from sentra_desktop.core import performance_rows as rows
from sentra_desktop.core.performance import PerformanceData
from sentra_desktop.ui.tables import configure_table

if TYPE_CHECKING:
    from sentra_desktop.ui.pages.performance import PerformancePage

MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
ROLE_DRILL = Qt.ItemDataRole.UserRole + 1


class FigureTable(QTableWidget):
    """Rows of text in fixed columns; a row may carry (area, search text) for a drill-down."""

    drill = Signal(str, str)

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        configure_table(self)
        self.setHorizontalHeaderLabels(list(headers))
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setMinimumSectionSize(70)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemDoubleClicked.connect(self._drilled)
        self.itemActivated.connect(self._drilled)

    def fill(self, rows: Sequence[Sequence[str]], drills: Sequence[tuple[str, str] | None] = ()) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r < len(drills) and drills[r] is not None:
                    item.setData(ROLE_DRILL, drills[r])
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header = self.horizontalHeader().height()
        self.setFixedHeight(header + self.verticalHeader().defaultSectionSize() * max(len(rows), 1) + 4)

    def _drilled(self, item: QTableWidgetItem) -> None:
        target = item.data(ROLE_DRILL)
        if target:
            self.drill.emit(*target)


def month_label(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year % 100:02d}"


def fill_page(page: PerformancePage, data: PerformanceData) -> None:
    """Every table and chart of ``page`` from ``data``."""
    c, p = data.current, data.previous
    page.warnings.setVisible(bool(data.warnings))
    page.warnings.setText("\n".join("⚠ " + w.text() for w in data.warnings))

    page.output_table.fill(rows.output_summary(data))
    page.by_type.fill(rows.output_rows(c.by_type, p.by_type))
    page.by_member.fill(rows.output_rows(c.by_member, p.by_member))
    page.by_maker.fill(rows.output_rows(c.by_maker, p.by_maker))
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
    page.by_city.fill(cities, [("buyers", a.name) if a.name else None for a in c.by_city])
    page.by_province.fill(rows.amount_rows(c.by_province, p.by_province))
    page.design_table.fill(rows.design_summary(data))
    page.top_designs.fill(rows.top_design_rows(data), [("designs", s.code) for s in c.top_designs])
    page.retire.fill(rows.retire_rows(data), [("designs", r.code) for r in data.retire_candidates])
    page.events.fill(rows.event_share_rows(data))
    page.windows.fill(rows.window_rows(data))
    page.upcoming.fill(rows.upcoming_rows(data))

    months = [month_label(m.month) for m in data.monthly]
    page.output_chart.set_data(months, [m.good for m in data.monthly], [m.reject for m in data.monthly])
    page.sales_chart.set_data(months, [m.sales for m in data.monthly])
    no_event = QCoreApplication.translate("PerformancePage", "(no event)")
    page.event_chart.set_data(
        [a.name or no_event for a in data.event_shares], [a.value for a in data.event_shares]
    )
    page.kind_chart.set_data([a.name for a in c.by_buyer_kind], [a.value for a in c.by_buyer_kind])


__all__ = ["FigureTable", "fill_page", "month_label"]
