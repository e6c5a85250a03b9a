"""The agency's sheets: every sentra's Kinerja side by side, and the agency-wide Laporan Bantuan.

Landscape A4, one row per sentra (12 to 50 fit a page or two), in the words and numbers of the
agency window's table (:mod:`core.agency_view`). Plain data in, bytes out.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from sentra_desktop.core import i18n
from sentra_desktop.core.agency_view import (
    NUMBER_COLUMNS,
    AgencyAidData,
    ComparisonData,
    comparison_cells,
    comparison_headers,
    comparison_totals,
    silent_note,
)
from sentra_desktop.core.formatting import format_date, format_rupiah, format_thousands
from sentra_desktop.core.names import ASSISTANCE_KIND
from sentra_desktop.reports.base import Sheet
from sentra_desktop.reports.fonts import BOLD, MAIN
from sentra_desktop.reports.labels import label

COMPARISON_FRACTIONS = (0.115, 0.1, 0.06, 0.085, 0.06, 0.11, 0.05, 0.05, 0.05, 0.055, 0.13, 0.105, 0.075)
SMALL = 7.5  # a dozen columns across a landscape page


def _small(table: Table, totals: bool) -> Table:
    """The table in :data:`SMALL` type (its cells were wrapped for it), the header bold."""
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), MAIN, SMALL, SMALL * 1.2),
        ("FONT", (0, 0), (-1, 0), BOLD, SMALL, SMALL * 1.2),
    ]
    if totals:  # shaded, in plain type: a sum over 50 sentra fills its column
        commands.append(("FONT", (0, -1), (-1, -1), MAIN, SMALL, SMALL * 1.2))
    table.setStyle(TableStyle(commands))
    return table


class AgencyComparison(Sheet):
    """The side-by-side comparison of one period: a row per sentra, totals, the silent ones named."""

    landscape = True

    def __init__(self, data: ComparisonData, **kwargs: Any) -> None:
        super().__init__(data.office, **kwargs)
        self.data = data

    def subtitle(self) -> str:
        text = f"{format_date(self.data.start)} – {format_date(self.data.end)}"
        return f"{text} · {self.data.area}" if self.data.area else text

    def estimated_pages(self) -> int:
        return 1 + len(self.data.rows) // 25

    def story(self) -> list[Flowable]:
        rows = self.data.rows
        story: list[Flowable] = [
            self.fields(
                [
                    (i18n.translate("AgencyView", "Sentra"), format_thousands(len(rows))),
                    (
                        i18n.translate("AgencyView", "Area"),
                        self.data.area or i18n.translate("AgencyView", "All provinces"),
                    ),
                ]
            ),
            Spacer(1, 2 * mm),
        ]
        if not rows:
            story.append(self.notice(i18n.translate("AgencyView", "No sentra in this area.")))
            return story
        fractions = COMPARISON_FRACTIONS
        widths = [f / sum(fractions) * self.width for f in fractions]
        header = [
            self.cell(t, w, bold=True, size=SMALL) for t, w in zip(comparison_headers(), widths, strict=True)
        ]
        body = [
            [self.cell(t, w, size=SMALL) for t, w in zip(comparison_cells(row), widths, strict=True)]
            for row in rows
        ]
        # Figures unwrapped (a sum of 50 sentra may touch its column's edge), the label wrapped.
        totals: list[Any] = list(comparison_totals(rows))
        totals[0] = self.cell(totals[0], widths[0], bold=True, size=SMALL)
        table = self.table(header, body, fractions, right=NUMBER_COLUMNS, totals=totals, long=len(body) > 60)
        story.append(_small(table, totals=True))
        note = silent_note(rows)
        story.append(Spacer(1, 2 * mm))
        story.append(
            self.notice(
                i18n.translate(
                    "AgencyView",
                    "Figures of each sentra as its own Kinerja page shows them, from the packets received. "
                    "New markets: regencies/cities and provinces bought from for the first time. Largest "
                    "event's share: of the 12 months' sales to the period's end.",
                )
            )
        )
        if note:
            story.append(self.notice(note))
        return story


class AgencyAidReport(Sheet):
    """Aid received by every sentra, by agency and sentra, then the overlaps across them."""

    landscape = True

    def __init__(self, data: AgencyAidData, **kwargs: Any) -> None:
        super().__init__(data.office, **kwargs)
        self.data = data

    def subtitle(self) -> str:
        data = self.data
        start = (
            format_date(data.date_from) if data.date_from else i18n.translate("AgencyView", "the beginning")
        )
        end = format_date(data.date_to) if data.date_to else format_date(self.printed_at)
        text = i18n.translate("AgencyView", "Received {start} – {end}", None, start=start, end=end)
        return f"{text} · {data.area}" if data.area else text

    def estimated_pages(self) -> int:
        return 1 + (len(self.data.lines) + len(self.data.overlaps)) // 30

    def story(self) -> list[Flowable]:
        data = self.data
        story: list[Flowable] = [
            self.fields(
                [
                    (i18n.translate("AgencyView", "Sentra"), format_thousands(len(data.sentra))),
                    (
                        i18n.translate("AgencyView", "Aid items"),
                        format_thousands(sum(line.items for line in data.lines)),
                    ),
                    (i18n.translate("AgencyView", "Total value"), format_rupiah(data.total_value)),
                    (i18n.translate("AgencyView", "Overlaps"), format_thousands(data.overlap_count)),
                ]
            ),
            Spacer(1, 2 * mm),
        ]
        if data.silent:
            story.append(
                self.notice(
                    i18n.translate(
                        "AgencyView",
                        "Not heard from in 3 months, their latest aid may be missing: {names}.",
                        None,
                        names=", ".join(data.silent),
                    )
                )
            )
        story.append(self.heading(i18n.translate("AgencyView", "Aid by agency and sentra")))
        if data.lines:
            story.append(self._by_agency())
        else:
            story.append(self.notice(i18n.translate("AgencyView", "No aid was received in this period.")))
        story.append(Spacer(1, 3 * mm))
        story.append(
            self.heading(
                i18n.translate(
                    "AgencyView", "Overlaps (same kind of aid, same recipient of one sentra, two programmes)"
                )
            )
        )
        if data.overlaps:
            story.append(self._overlaps())
            if data.overlap_count > len(data.overlaps):
                more = format_thousands(data.overlap_count - len(data.overlaps))
                story.append(
                    self.notice(
                        i18n.translate(
                            "AgencyView",
                            "… and {count} older overlaps: see the Overlaps page of the agency window.",
                            None,
                            count=more,
                        )
                    )
                )
        else:
            story.append(self.notice(i18n.translate("AgencyView", "No overlap.")))
        return story

    def _by_agency(self) -> Any:
        fractions = (0.3, 0.3, 0.1, 0.16, 0.14)
        widths = [f / sum(fractions) * self.width for f in fractions]
        rows: list[list[Any]] = []
        groups: list[int] = []
        agency = None
        for line in self.data.lines:
            if line.agency != agency:
                agency = line.agency
                groups.append(len(rows))
                rows.append([self.cell(agency, self.width, bold=True), "", "", "", ""])
            rows.append(
                [
                    "",
                    self.cell(line.sentra, widths[1]),
                    format_thousands(line.items),
                    format_rupiah(line.value),
                    format_thousands(line.overlapping),
                ]
            )
        lines = self.data.lines
        totals = [
            i18n.translate("Sheet", "Totals"),
            "",
            format_thousands(sum(line.items for line in lines)),
            format_rupiah(sum(line.value for line in lines)),
            format_thousands(sum(line.overlapping for line in lines)),
        ]
        headers = [
            i18n.translate("AgencyView", "Agency"),
            i18n.translate("AgencyView", "Sentra"),
            i18n.translate("AgencyView", "Items"),
            i18n.translate("AgencyView", "Value"),
            i18n.translate("AgencyView", "Items in an overlap"),
        ]
        return self.table(
            [self.cell(t, w, bold=True) for t, w in zip(headers, widths, strict=True)],
            rows,
            fractions,
            right=(2, 3, 4),
            totals=totals,
            group_rows=groups,
            long=len(rows) > 60,
        )

    def _overlaps(self) -> Any:
        fractions = (0.1, 0.055, 0.09, 0.11, 0.1, 0.07, 0.085, 0.11, 0.1, 0.07, 0.085, 0.075)
        widths = [f / sum(fractions) * self.width for f in fractions]
        sentra_itself = i18n.translate("AgencyView", "The sentra")
        twice, two = (
            i18n.translate("AgencyView", "One agency twice"),
            i18n.translate("AgencyView", "Two agencies"),
        )
        rows = []
        for found in self.data.overlaps:
            o = found.line
            texts = [
                found.sentra,
                label(ASSISTANCE_KIND, o.kind),
                o.recipient or sentra_itself,
                o.first,
                o.first_agency,
                format_date(o.first_on),
                format_rupiah(o.first_value),
                o.second,
                o.second_agency,
                format_date(o.second_on),
                format_rupiah(o.second_value),
                twice if found.same_agency else two,
            ]
            rows.append([self.cell(t, w, size=SMALL) for t, w in zip(texts, widths, strict=True)])
        headers = [
            i18n.translate("AgencyView", "Sentra"),
            i18n.translate("AgencyView", "Kind"),
            i18n.translate("AgencyView", "Recipient"),
            i18n.translate("AgencyView", "First item"),
            i18n.translate("AgencyView", "Agency"),
            i18n.translate("AgencyView", "Received"),
            i18n.translate("AgencyView", "Value"),
            i18n.translate("AgencyView", "Again"),
            i18n.translate("AgencyView", "Agency"),
            i18n.translate("AgencyView", "Received"),
            i18n.translate("AgencyView", "Value"),
            i18n.translate("AgencyView", "Given by"),
        ]
        header = [self.cell(t, w, bold=True, size=SMALL) for t, w in zip(headers, widths, strict=True)]
        return _small(self.table(header, rows, fractions, right=(6, 10), long=len(rows) > 60), totals=False)
