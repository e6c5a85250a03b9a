"""The Laporan Kinerja's "Aid received" section: the period's aid and its use, as on the page.

A section builder for :class:`reports.performance.PerformancePack`: plain data in
(:class:`core.aid_period.AidPeriodData`), flowables out, in the pack's own table style.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from sentra_desktop.core import aid_period, i18n
from sentra_desktop.core.aid_period import AidPeriodData
from sentra_desktop.reports.base import Sheet

FRACTIONS = (0.27, 0.12, 0.15, 0.16, 0.3)


def aid_section(sheet: Sheet, data: AidPeriodData | None) -> list[Flowable]:
    """The heading, a line of totals and every item received in the period with its use."""
    if data is None:
        return []
    title = sheet.heading(i18n.translate("AidPeriod", "Aid received"))
    title.keepWithNext = True
    story: list[Flowable] = [Spacer(1, 3 * mm), title]
    if not data.lines:
        story.append(sheet.notice(i18n.translate("AidPeriod", "No aid was received in this period.")))
        return story
    story.append(sheet.notice(aid_period.summary(data)))
    widths = [f / sum(FRACTIONS) * sheet.width for f in FRACTIONS]
    cells = [
        [sheet.cell(text, width) for text, width in zip(row, widths, strict=True)]
        for row in aid_period.rows(data)
    ]
    titles = [
        sheet.cell(text, width, bold=True) for text, width in zip(aid_period.headers(), widths, strict=True)
    ]
    story.append(sheet.table(titles, cells, FRACTIONS, right=(3,), long=len(cells) > 40))
    return story
