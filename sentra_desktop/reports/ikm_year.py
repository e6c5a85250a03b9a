"""Data IKM tahunan: one block per member business with the figures of the yearly survey."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from sentra_desktop.core import i18n
from sentra_desktop.core.ikm_year import IkmYearData, ikm_rows
from sentra_desktop.reports.base import Sheet, p

FRACTIONS = (0.42, 0.58)


class IkmYearSheet(Sheet):
    """Portrait: each member business's figures as a two-column table, then the year's visits."""

    def __init__(self, data: IkmYearData, **kwargs: Any) -> None:
        super().__init__(data.sentra, **kwargs)
        self.data = data

    def subtitle(self) -> str:
        return i18n.translate("IkmYear", "Year {year}", None, year=self.data.year)

    def estimated_pages(self) -> int:
        return max(1, len(self.data.members) // 2 + 1)

    def story(self) -> list[Flowable]:
        data = self.data
        story: list[Flowable] = []
        if not data.members:
            story.append(self.notice(i18n.translate("IkmYear", "No member business is recorded yet.")))
        widths = [f * self.width for f in FRACTIONS]
        header = [i18n.translate("IkmYear", "Figure"), i18n.translate("IkmYear", "Value")]
        for member in data.members:
            cells = [
                [self.cell(label, widths[0]), self.cell(value, widths[1])]
                for label, value in ikm_rows(member)
            ]
            titles = [self.cell(text, width, bold=True) for text, width in zip(header, widths, strict=True)]
            story.append(
                KeepTogether(
                    [self.heading(member.name), self.table(titles, cells, FRACTIONS), Spacer(1, 4 * mm)]
                )
            )
        story.append(self.heading(i18n.translate("IkmYear", "Mentoring visits to the sentra in the year")))
        if data.visits:
            story += [p("• " + visit, self.styles["body"]) for visit in data.visits]
        else:
            story.append(p("–", self.styles["body"]))
        story.append(Spacer(1, 3 * mm))
        story.append(
            p(
                i18n.translate(
                    "IkmYear",
                    "Filled from the records: sold orders (less discounts), production entries not voided, "
                    "materials at the weighted average cost of their receipts, aid items received.",
                ),
                self.styles["small"],
            )
        )
        return story


__all__ = ["IkmYearSheet"]
