"""Laporan Kinerja, the mentor's pack: two periods side by side, warnings first, then every section.

The rows are those of the Kinerja page (:mod:`core.performance_rows`), so paper and screen agree.
Charts are ``reportlab.graphics`` bar charts in greys that copy well.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from sentra_desktop.core import i18n
from sentra_desktop.core import performance_rows as rows
from sentra_desktop.core.formatting import format_date, format_thousands
from sentra_desktop.core.performance import PerformancePackData
from sentra_desktop.reports.aid_period import aid_section
from sentra_desktop.reports.base import Sheet
from sentra_desktop.reports.fonts import BOLD, MAIN
from sentra_desktop.reports.labels import month_name
from sentra_desktop.reports.performance_visits import value_added_story, visits_story

COMPARED = (0.46, 0.18, 0.18, 0.18)


def _period(start: Any, end: Any) -> str:
    return f"{format_date(start)} – {format_date(end)}"


class PerformancePack(Sheet):
    """Summary with warnings, output, sales and markets, designs, event dependence, value added,
    charts, mentoring visits, aid received."""

    def __init__(self, data: PerformancePackData, **kwargs: Any) -> None:
        super().__init__(data.sentra, **kwargs)
        self.pack = data
        self.data = data.data

    def subtitle(self) -> str:
        c, p = self.data.current, self.data.previous
        return i18n.translate(
            "PerformancePack",
            "{now} against {before}",
            None,
            now=_period(c.start, c.end),
            before=_period(p.start, p.end),
        )

    def estimated_pages(self) -> int:
        return 5

    def _headers(self, first: str) -> list[str]:
        return [
            first,
            i18n.translate("Performance", "This period"),
            i18n.translate("Performance", "Before"),
            i18n.translate("Performance", "Change"),
        ]

    def _compared(self, first: str, table_rows: Sequence[Sequence[str]]) -> Flowable:
        widths = [f * self.width for f in COMPARED]
        cells = [[self.cell(r[0], widths[0]), *r[1:]] for r in table_rows]
        return self.table(self._headers(first), cells, COMPARED, right=(1, 2, 3), long=len(cells) > 40)

    def _plain(
        self, header: Sequence[str], table_rows: Sequence[Sequence[str]], fractions: Sequence[float]
    ) -> Flowable:
        widths = [f / sum(fractions) * self.width for f in fractions]
        cells = [[self.cell(text, width) for text, width in zip(r, widths, strict=True)] for r in table_rows]
        titles = [self.cell(text, width, bold=True) for text, width in zip(header, widths, strict=True)]
        return self.table(titles, cells, fractions, right=tuple(range(1, len(header))), long=len(cells) > 40)

    def heading(self, text: str) -> Paragraph:
        """A section title that never ends a page alone."""
        title = super().heading(text)
        title.keepWithNext = True
        return title

    def story(self) -> list[Flowable]:
        d = self.data
        c, p = d.current, d.previous
        figure = i18n.translate("Performance", "Figure")
        story: list[Flowable] = [
            self.fields(
                [
                    (i18n.translate("PerformancePack", "Period"), _period(c.start, c.end)),
                    (i18n.translate("PerformancePack", "Compared with"), _period(p.start, p.end)),
                    (
                        i18n.translate("PerformancePack", "Member business (IKM)"),
                        d.member_business or i18n.translate("PerformancePack", "The whole sentra"),
                    ),
                    (i18n.translate("PerformancePack", "Warning threshold"), f"{d.threshold} %"),
                ],
                bold_values=True,
            ),
            self.heading(i18n.translate("PerformancePack", "Summary")),
        ]
        if d.warnings:
            story += [self.notice("⚠ " + w.text()) for w in d.warnings]
        else:
            story.append(
                self.notice(
                    i18n.translate("PerformancePack", "No event and no buyer holds more than the threshold.")
                )
            )
        if d.is_empty:
            story.append(
                self.notice(i18n.translate("PerformancePack", "Nothing was recorded in these periods."))
            )
            return story
        summary = rows.output_summary(d)[:3] + rows.sales_summary(d)[1:2] + rows.sales_summary(d)[5:7]
        summary += rows.sales_summary(d)[9:13] + rows.design_summary(d)
        story += [Spacer(1, 3 * mm), self._compared(figure, summary), PageBreak()]

        story += [
            self.heading(i18n.translate("Performance", "Output")),
            self._compared(figure, rows.output_summary(d)),
            Spacer(1, 3 * mm),
            self._compared(
                i18n.translate("Performance", "Product type"), rows.output_rows(c.by_type, p.by_type)
            ),
            Spacer(1, 3 * mm),
            self._compared(
                i18n.translate("Performance", "Member business"), rows.output_rows(c.by_member, p.by_member)
            ),
            Spacer(1, 3 * mm),
            self._compared(i18n.translate("Performance", "Maker"), rows.output_rows(c.by_maker, p.by_maker)),
            self.heading(i18n.translate("Performance", "Sales and markets")),
            self._compared(figure, rows.sales_summary(d)),
            Spacer(1, 3 * mm),
            self._compared(
                i18n.translate("Performance", "Buyer kind"),
                rows.amount_rows(c.by_buyer_kind, p.by_buyer_kind),
            ),
            Spacer(1, 3 * mm),
            self._compared(
                i18n.translate("Performance", "Regency/city"), rows.amount_rows(c.by_city, p.by_city)
            ),
            Spacer(1, 3 * mm),
            self._compared(
                i18n.translate("Performance", "Province"), rows.amount_rows(c.by_province, p.by_province)
            ),
        ]
        new_places = ", ".join(c.new_cities) or "–"
        story.append(
            self.notice(
                i18n.translate("PerformancePack", "New regencies/cities: {places}", None, places=new_places)
            )
        )
        new_provinces = ", ".join(c.new_provinces) or "–"
        story.append(
            self.notice(
                i18n.translate("PerformancePack", "New provinces: {places}", None, places=new_provinces)
            )
        )

        design = i18n.translate("Performance", "Design")
        story += [
            self.heading(i18n.translate("Performance", "Design diversification")),
            self._compared(figure, rows.design_summary(d)),
            Spacer(1, 3 * mm),
            self._plain(
                [
                    design,
                    i18n.translate("Performance", "Pieces"),
                    i18n.translate("Performance", "This period"),
                    i18n.translate("Performance", "Before"),
                    i18n.translate("Performance", "Change"),
                ],
                rows.top_design_rows(d),
                (0.4, 0.1, 0.17, 0.17, 0.16),
            ),
            Spacer(1, 3 * mm),
            self._plain(
                [
                    i18n.translate("Performance", "No sale in 6 months"),
                    i18n.translate("Performance", "Introduced"),
                ],
                rows.retire_rows(d),
                (0.75, 0.25),
            ),
            self.heading(i18n.translate("Performance", "Event dependence")),
            self._plain(
                [
                    i18n.translate("Performance", "Event"),
                    i18n.translate("Performance", "Sales, last 12 months"),
                    i18n.translate("Performance", "Share"),
                ],
                rows.event_share_rows(d),
                (0.6, 0.25, 0.15),
            ),
            Spacer(1, 3 * mm),
            self._plain(
                [
                    i18n.translate("Performance", "Event"),
                    i18n.translate("Performance", "Dates"),
                    i18n.translate("Performance", "Output before"),
                    i18n.translate("Performance", "Output after"),
                    i18n.translate("Performance", "Sales before"),
                    i18n.translate("Performance", "Sales after"),
                ],
                # The change under its figure: a column never breaks "(−59,8 %)" across two lines.
                [
                    [*r[:3], r[3].replace(" (", "\n("), r[4], r[5].replace(" (", "\n(")]
                    for r in rows.window_rows(d)
                ],
                (0.21, 0.15, 0.12, 0.14, 0.19, 0.19),
            ),
            self.notice(
                i18n.translate(
                    "PerformancePack",
                    "3 months before each event against the 3 months after; * not yet complete.",
                )
            ),
        ]
        if d.upcoming:
            story.append(
                self._plain(
                    [
                        i18n.translate("Performance", "Upcoming event"),
                        i18n.translate("Performance", "Starts"),
                        i18n.translate("Performance", "Orders"),
                        i18n.translate("Performance", "Value"),
                    ],
                    rows.upcoming_rows(d),
                    (0.45, 0.18, 0.12, 0.25),
                )
            )
        story += value_added_story(self)
        story += [PageBreak(), self.heading(i18n.translate("PerformancePack", "Charts")), *self.charts()]
        story += visits_story(self)
        story += aid_section(self, self.pack.aid)
        return story

    def charts(self) -> list[Flowable]:
        d = self.data
        months = [f"{month_name(m.month.month)[:3]} {m.month.year % 100:02d}" for m in d.monthly]
        no_event = i18n.translate("Performance", "(no event)")
        return [
            self._chart(
                i18n.translate("Performance", "Good pieces per month (24 months)"),
                months,
                [m.good for m in d.monthly],
                step=3,
            ),
            self._chart(
                i18n.translate("Performance", "Sales per month (24 months), Rp"),
                months,
                [m.sales for m in d.monthly],
                step=3,
            ),
            self._chart(
                i18n.translate("Performance", "Sales by event, last 12 months"),
                [a.name or no_event for a in d.event_shares],
                [a.value for a in d.event_shares],
            ),
            self._chart(
                i18n.translate("Performance", "Sales by buyer kind, this period"),
                [a.name for a in d.current.by_buyer_kind],
                [a.value for a in d.current.by_buyer_kind],
            ),
        ]

    def _chart(self, title: str, names: Sequence[str], values: Sequence[int], *, step: int = 1) -> Flowable:
        height = 52 * mm
        drawing = Drawing(self.width, height)
        drawing.add(String(0, height - 8, title, fontName=BOLD, fontSize=9))
        if not values or not any(values):
            drawing.add(String(20 * mm, height / 2, "–", fontName=MAIN, fontSize=9))
            return KeepTogether([drawing])
        chart = VerticalBarChart()
        chart.x, chart.y = 20 * mm, 10 * mm
        chart.width, chart.height = self.width - 24 * mm, height - 22 * mm
        chart.data = [list(values)]
        chart.bars[0].fillColor = colors.Color(0.4, 0.4, 0.4)
        chart.bars.strokeWidth = 0.2
        chart.categoryAxis.categoryNames = [n[:18] if i % step == 0 else "" for i, n in enumerate(names)]
        for axis in (chart.categoryAxis, chart.valueAxis):
            axis.labels.fontName = MAIN
            axis.labels.fontSize = 7
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labelTextFormat = lambda v: format_thousands(int(v))
        drawing.add(chart)
        return KeepTogether([drawing, Spacer(1, 4 * mm)])
