"""Laporan produksi: output of a day, a month or a range, per design and per maker, with a chart."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from sentra_desktop.core import i18n
from sentra_desktop.core.formatting import format_date, format_thousands
from sentra_desktop.core.names import piece_name
from sentra_desktop.core.sheets import ProductionLine, ProductionSummaryData
from sentra_desktop.reports.base import Sheet
from sentra_desktop.reports.fonts import MAIN
from sentra_desktop.reports.labels import month_name, rate


def period_text(start: date, end: date) -> str:
    """ "28/11/2026", "November 2026" or "01/11/2026 – 15/11/2026"."""
    if start == end:
        return format_date(start)
    next_month = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    if start.day == 1 and (next_month - end).days == 1:
        return f"{month_name(start.month)} {start.year}"
    return f"{format_date(start)} – {format_date(end)}"


class ProductionSummary(Sheet):
    """Good pieces, rejects and reject rate per design and per maker, totals, and daily output."""

    def __init__(self, data: ProductionSummaryData, **kwargs: Any) -> None:
        super().__init__(data.sentra, **kwargs)
        self.data = data

    def subtitle(self) -> str:
        return period_text(self.data.date_from, self.data.date_to)

    def estimated_pages(self) -> int:
        return 1 + (len(self.data.by_design) + len(self.data.by_maker)) // 40

    def story(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = [
            self.fields(
                [
                    (i18n.translate("Sheet", "Period"), period_text(d.date_from, d.date_to)),
                    (
                        i18n.translate("ProductionSummary", "Good pieces"),
                        f"{format_thousands(d.good)} {piece_name()}",
                    ),
                    (
                        i18n.translate("ProductionSummary", "Member business (IKM)"),
                        d.member_business or i18n.translate("ProductionSummary", "The whole sentra"),
                    ),
                    (
                        i18n.translate("ProductionSummary", "Rejects"),
                        f"{format_thousands(d.reject)} {piece_name()} ({rate(d.good, d.reject)})",
                    ),
                    (i18n.translate("ProductionSummary", "Production entries"), format_thousands(d.entries)),
                    (i18n.translate("ProductionSummary", "Designs made"), format_thousands(len(d.by_design))),
                    (i18n.translate("ProductionSummary", "Makers"), format_thousands(len(d.by_maker))),
                ],
                bold_values=True,
            )
        ]
        if not d.by_design:
            story.append(
                self.notice(i18n.translate("ProductionSummary", "No production was entered in this period."))
            )
            return story
        if len(d.daily) > 1:
            story.append(Spacer(1, 3 * mm))
            story.append(self.chart())
        w = self.width
        fractions = (0.05, 0.13, 0.34, 0.17, 0.1, 0.1, 0.11)
        scale = w / sum(fractions)
        design_rows = [
            [
                str(n),
                self.cell(line.code, fractions[1] * scale),
                self.cell(line.name, fractions[2] * scale),
                self.cell(line.group, fractions[3] * scale),
                *self._numbers(line),
            ]
            for n, line in enumerate(d.by_design, start=1)
        ]
        story += [
            self.heading(i18n.translate("ProductionSummary", "By design")),
            self.table(
                [
                    i18n.translate("Sheet", "No"),
                    i18n.translate("Sheet", "Code"),
                    i18n.translate("ProductionSummary", "Design"),
                    i18n.translate("ProductionSummary", "Product type"),
                    i18n.translate("ProductionSummary", "Good"),
                    i18n.translate("ProductionSummary", "Reject"),
                    i18n.translate("ProductionSummary", "% reject"),
                ],
                design_rows,
                fractions,
                right=(0, 4, 5, 6),
                totals=["", "", i18n.translate("Sheet", "Totals"), "", *self._totals()],
                long=len(design_rows) > 100,
            ),
        ]
        if d.by_member:
            story += self._by_member()
        fractions = (0.05, 0.27, 0.29, 0.08, 0.1, 0.1, 0.11)
        scale = w / sum(fractions)
        maker_rows = [
            [
                str(n),
                self.cell(line.name, fractions[1] * scale),
                self.cell(line.group, fractions[2] * scale),
                format_thousands(line.entries),
                *self._numbers(line),
            ]
            for n, line in enumerate(d.by_maker, start=1)
        ]
        story += [
            self.heading(i18n.translate("ProductionSummary", "By maker")),
            self.table(
                [
                    i18n.translate("Sheet", "No"),
                    i18n.translate("ProductionSummary", "Maker"),
                    i18n.translate("ProductionSummary", "Member business (IKM)"),
                    i18n.translate("ProductionSummary", "Entries"),
                    i18n.translate("ProductionSummary", "Good"),
                    i18n.translate("ProductionSummary", "Reject"),
                    i18n.translate("ProductionSummary", "% reject"),
                ],
                maker_rows,
                fractions,
                right=(0, 3, 4, 5, 6),
                totals=[
                    "",
                    i18n.translate("Sheet", "Totals"),
                    "",
                    format_thousands(d.entries),
                    *self._totals(),
                ],
                long=len(maker_rows) > 100,
            ),
        ]
        return story

    def _by_member(self) -> list[Flowable]:
        """Each member business's output (the books of each member), with the sentra's own last."""
        d = self.data
        fractions = (0.05, 0.48, 0.12, 0.12, 0.12, 0.11)
        sentra = i18n.translate("ProductionSummary", "The sentra itself")
        rows = [
            [str(n), self.cell(line.name or sentra, fractions[1] * self.width / sum(fractions)),
             format_thousands(line.entries), *self._numbers(line)]
            for n, line in enumerate(d.by_member, start=1)
        ]  # fmt: skip
        headings = [
            i18n.translate("Sheet", "No"),
            i18n.translate("ProductionSummary", "Member business (IKM)"),
            i18n.translate("ProductionSummary", "Entries"),
            i18n.translate("ProductionSummary", "Good"),
            i18n.translate("ProductionSummary", "Reject"),
            i18n.translate("ProductionSummary", "% reject"),
        ]
        totals = ["", i18n.translate("Sheet", "Totals"), format_thousands(d.entries), *self._totals()]
        return [
            self.heading(i18n.translate("ProductionSummary", "By member business")),
            self.table(headings, rows, fractions, right=(0, 2, 3, 4, 5), totals=totals),
        ]

    @staticmethod
    def _numbers(line: ProductionLine) -> list[str]:
        return [format_thousands(line.good), format_thousands(line.reject), rate(line.good, line.reject)]

    def _totals(self) -> list[str]:
        d = self.data
        return [format_thousands(d.good), format_thousands(d.reject), rate(d.good, d.reject)]

    def chart(self) -> Flowable:
        """Bars of good pieces per day (per month on a long range), in greys that copy well."""
        d = self.data
        height = 48 * mm
        drawing = Drawing(self.width, height)
        chart = VerticalBarChart()
        chart.x, chart.y = 14 * mm, 10 * mm
        chart.width, chart.height = self.width - 18 * mm, height - 18 * mm
        chart.data = [[day.good for day in d.daily], [day.reject for day in d.daily]]
        chart.categoryAxis.style = "stacked"
        chart.bars.strokeWidth = 0.2
        chart.bars.strokeColor = colors.black
        chart.bars[0].fillColor = colors.Color(0.35, 0.35, 0.35)
        chart.bars[1].fillColor = colors.white
        chart.barSpacing = 0.5
        chart.groupSpacing = 1.5
        if d.daily_is_monthly:
            names = [f"{month_name(day.day.month)[:3]} {day.day.year % 100:02d}" for day in d.daily]
        else:
            step = max(1, len(d.daily) // 16)
            names = [str(day.day.day) if i % step == 0 else "" for i, day in enumerate(d.daily)]
        chart.categoryAxis.categoryNames = names
        for axis in (chart.categoryAxis, chart.valueAxis):
            axis.labels.fontName = MAIN
            axis.labels.fontSize = 7
            axis.strokeWidth = 0.5
        chart.barLabels.fontName = MAIN
        chart.valueAxis.valueMin = 0
        chart.valueAxis.gridStrokeWidth = 0.25
        chart.valueAxis.gridStrokeColor = colors.Color(0.75, 0.75, 0.75)
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.labelTextFormat = lambda v: format_thousands(int(v))
        drawing.add(chart)
        drawing.add(
            String(
                0,
                height - 5,
                (
                    i18n.translate(
                        "ProductionSummary",
                        "Output per month ({unit}): grey = good, white = reject",
                        None,
                        unit=piece_name(),
                    )
                    if d.daily_is_monthly
                    else i18n.translate(
                        "ProductionSummary",
                        "Output per day ({unit}): grey = good, white = reject",
                        None,
                        unit=piece_name(),
                    )
                ),
                fontName=MAIN,
                fontSize=8,
            )
        )
        return KeepTogether([drawing])
