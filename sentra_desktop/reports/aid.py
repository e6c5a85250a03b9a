"""Laporan Bantuan: aid by agency and programme, by recipient, overlaps and idle items, for the
coordination meeting (rapat koordinasi SIDa)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from sentra_desktop.core import i18n
from sentra_desktop.core.aid_sheet import AidLine, AssistanceSheetData
from sentra_desktop.core.formatting import format_date, format_rupiah, format_thousands
from sentra_desktop.core.names import AID_STATUS, ASSISTANCE_KIND, CONDITION
from sentra_desktop.reports.base import Sheet
from sentra_desktop.reports.labels import label
from sentra_desktop.reports.row_table import Row, RowTable, group_row, make_row


class AssistanceSheet(Sheet):
    """Landscape: one table of items grouped by agency and programme, then the summaries."""

    landscape = True

    def __init__(self, data: AssistanceSheetData, **kwargs: Any) -> None:
        super().__init__(data.sentra, **kwargs)
        self.data = data

    def subtitle(self) -> str:
        data = self.data
        start = (
            format_date(data.date_from)
            if data.date_from
            else i18n.translate("AssistanceSheet", "the beginning")
        )
        end = format_date(data.date_to) if data.date_to else format_date(self.printed_at)
        text = i18n.translate("AssistanceSheet", "Received {start} – {end}", None, start=start, end=end)
        return f"{text} · {data.agency}" if data.agency else text

    def estimated_pages(self) -> int:
        return 1 + (len(self.data.items) + len(self.data.overlaps)) // 30

    def _recipient(self, name: str) -> str:
        return name or i18n.translate("AssistanceSheet", "The sentra")

    def story(self) -> list[Flowable]:
        data = self.data
        story: list[Flowable] = [
            self.fields(
                [
                    (i18n.translate("AssistanceSheet", "Aid items"), format_thousands(len(data.items))),
                    (i18n.translate("AssistanceSheet", "Total value"), format_rupiah(data.total_value)),
                    (i18n.translate("AssistanceSheet", "Overlaps"), format_thousands(data.overlap_count)),
                    (i18n.translate("AssistanceSheet", "Idle items"), format_thousands(len(data.idle))),
                ]
            ),
            Spacer(1, 2 * mm),
        ]
        if not data.items:
            story.append(
                self.notice(i18n.translate("AssistanceSheet", "No aid was received in this period."))
            )
            return story
        story.append(self.heading(i18n.translate("AssistanceSheet", "Aid by agency and programme")))
        story.extend(self._items_tables(data.items))
        story.append(Spacer(1, 3 * mm))
        story.append(self.heading(i18n.translate("AssistanceSheet", "By recipient")))
        story.append(self._recipients())
        story.append(Spacer(1, 3 * mm))
        story.append(
            self.heading(
                i18n.translate(
                    "AssistanceSheet", "Overlaps (same kind of aid, same recipient, two programmes)"
                )
            )
        )
        if data.overlaps:
            story.append(self._overlaps())
            if data.overlap_count > len(data.overlaps):
                more = data.overlap_count - len(data.overlaps)
                story.append(
                    self.notice(
                        i18n.translate(
                            "AssistanceSheet",
                            "… and {count} older overlaps: see the Overlaps list on the Bantuan page.",
                            None,
                            count=format_thousands(more),
                        )
                    )
                )
        else:
            story.append(self.notice(i18n.translate("AssistanceSheet", "No overlap.")))
        story.append(Spacer(1, 3 * mm))
        story.append(
            self.heading(i18n.translate("AssistanceSheet", "Idle aid (no recorded use for 6 months)"))
        )
        if data.idle:
            story.extend(self._items_tables(data.idle, grouped=False))
        else:
            story.append(self.notice(i18n.translate("AssistanceSheet", "No idle item.")))
        return story

    def _items_tables(self, items: list[AidLine], *, grouped: bool = True) -> list[Flowable]:
        """One table per agency and programme (a group row within a small table: ReportLab splits
        a long table with spanning rows slowly), or one table of every item."""
        if not grouped:
            return [self._items_table(items, None)]
        groups: dict[tuple[str, str], list[AidLine]] = defaultdict(list)
        for item in items:
            groups[(item.agency, item.programme)].append(item)
        return [
            self._items_table(group, f"{agency} — {programme}")
            for (agency, programme), group in groups.items()
        ]

    def _items_table(self, items: list[AidLine], title: str | None) -> Flowable:
        """Every item as a row drawn straight onto the page (:mod:`reports.row_table`): thousands
        of items print in about a second, where ReportLab's own tables take seconds per thousand."""
        fractions = (0.09, 0.18, 0.08, 0.12, 0.04, 0.115, 0.08, 0.07, 0.11, 0.115)  # bold words fit
        widths = [self.width * f / sum(fractions) for f in fractions]
        rows: list[Row] = []
        if title is not None:
            rows.append(group_row(title, self.width))
        for item in items:
            mark = " ⚠" if item.overlapping else ""
            use = format_thousands(item.pieces) if item.kind == "mould" else ""
            status = label(AID_STATUS, item.status)
            if item.idle:
                status += " · " + i18n.translate("AssistanceSheet", "idle")
            texts = [
                format_date(item.received_on),
                item.description + mark,
                label(ASSISTANCE_KIND, item.kind),
                self._recipient(item.recipient),
                format_thousands(item.quantity),
                format_rupiah(item.value),
                label(CONDITION, item.condition) if item.condition else "–",
                use,
                format_date(item.last_used) if item.last_used else "–",
                status,
            ]
            rows.append(make_row(texts, widths, bold=item.overlapping))
        total = format_rupiah(sum(i.value for i in items))
        totals = ["", i18n.translate("AssistanceSheet", "Total"), "", "", "", total, "", "", "", ""]
        rows.append(make_row(totals, widths, totals=True))
        header = [
            i18n.translate("AssistanceSheet", "Received"),
            i18n.translate("AssistanceSheet", "Item"),
            i18n.translate("AssistanceSheet", "Kind"),
            i18n.translate("AssistanceSheet", "Recipient"),
            i18n.translate("AssistanceSheet", "Qty"),
            i18n.translate("AssistanceSheet", "Value"),
            i18n.translate("AssistanceSheet", "Condition"),
            i18n.translate("AssistanceSheet", "Pieces made"),
            i18n.translate("AssistanceSheet", "Last use"),
            i18n.translate("AssistanceSheet", "Status"),
        ]
        return RowTable(header, rows, widths, right=(4, 5, 7))

    def _recipients(self) -> Any:
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for item in self.data.items:
            entry = counts[self._recipient(item.recipient)]
            entry[0] += 1
            entry[1] += item.value
        fractions = (0.5, 0.2, 0.3)
        rows = [[name, format_thousands(n), format_rupiah(v)] for name, (n, v) in sorted(counts.items())]
        return self.table(
            [
                i18n.translate("AssistanceSheet", "Recipient"),
                i18n.translate("AssistanceSheet", "Items"),
                i18n.translate("AssistanceSheet", "Value"),
            ],
            rows,
            fractions,
            right=(1, 2),
            width=self.width * 0.6,
        )

    def _overlaps(self) -> Any:
        fractions = (0.07, 0.1, 0.15, 0.12, 0.08, 0.09, 0.15, 0.12, 0.08, 0.09)
        scale = self.width / sum(fractions)
        rows = [
            [
                label(ASSISTANCE_KIND, pair.kind),
                self.cell(self._recipient(pair.recipient), fractions[1] * scale),
                self.cell(pair.first, fractions[2] * scale, bold=True),
                self.cell(pair.first_agency, fractions[3] * scale),
                format_date(pair.first_on),
                format_rupiah(pair.first_value),
                self.cell(pair.second, fractions[6] * scale, bold=True),
                self.cell(pair.second_agency, fractions[7] * scale),
                format_date(pair.second_on),
                format_rupiah(pair.second_value),
            ]
            for pair in self.data.overlaps
        ]
        return self.table(
            [
                i18n.translate("AssistanceSheet", "Kind"),
                i18n.translate("AssistanceSheet", "Recipient"),
                i18n.translate("AssistanceSheet", "First item"),
                i18n.translate("AssistanceSheet", "Agency"),
                i18n.translate("AssistanceSheet", "Received"),
                i18n.translate("AssistanceSheet", "Value"),
                i18n.translate("AssistanceSheet", "Again"),
                i18n.translate("AssistanceSheet", "Agency"),
                i18n.translate("AssistanceSheet", "Received"),
                i18n.translate("AssistanceSheet", "Value"),
            ],
            rows,
            fractions,
            right=(5, 9),
        )
