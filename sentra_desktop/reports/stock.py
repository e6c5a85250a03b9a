"""The stock sheet (daftar stok, with an empty "Dihitung" column) and the stock card (kartu stok)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from sentra_desktop.core import i18n
from sentra_desktop.core.formatting import format_date
from sentra_desktop.core.names import MOVEMENT_KIND
from sentra_desktop.core.sheets import StockCardData, StockSheetData, StockSheetItem
from sentra_desktop.reports.base import Sheet, p
from sentra_desktop.reports.fonts import BOLD
from sentra_desktop.reports.labels import label, places, quantity, unit_label

ROWS_PER_PAGE = 42


class StockSheet(Sheet):
    """Finished goods and materials on hand, low stock marked, a blank column to write counts in."""

    def __init__(self, data: StockSheetData, **kwargs: Any) -> None:
        super().__init__(data.sentra, **kwargs)
        self.data = data

    def subtitle(self) -> str:
        return i18n.translate("Sheet", "As of {date}", None, date=format_date(self.data.as_of))

    def estimated_pages(self) -> int:
        return 1 + (len(self.data.designs) + len(self.data.materials)) // ROWS_PER_PAGE

    def story(self) -> list[Flowable]:
        d = self.data
        low = sum(item.is_low for item in (*d.designs, *d.materials))
        story: list[Flowable] = [
            self.fields(
                [
                    (i18n.translate("StockSheet", "As of"), format_date(d.as_of)),
                    (
                        i18n.translate("StockSheet", "Product type"),
                        d.product_type or i18n.translate("StockSheet", "All product types"),
                    ),
                    (
                        i18n.translate("StockSheet", "Finished goods"),
                        i18n.translate("StockSheet", "{count} designs", None, count=len(d.designs)),
                    ),
                    (
                        i18n.translate("StockSheet", "Materials"),
                        i18n.translate("StockSheet", "{count} materials", None, count=len(d.materials)),
                    ),
                ]
            ),
            p(
                i18n.translate(
                    "StockSheet",
                    "{count} items below their low-stock level (marked LOW, in bold). "
                    "Fill in the Counted column during a stock count.",
                    None,
                    count=low,
                ),
                self.styles["small"],
            ),
        ]
        if not d.designs and not d.materials:
            story.append(self.notice(i18n.translate("StockSheet", "There are no items to show.")))
            return story
        if d.designs:
            story += [
                self.heading(i18n.translate("StockSheet", "Finished goods")),
                *self._items(d.designs, with_type=True),
            ]
        if d.materials:
            story += [
                self.heading(i18n.translate("StockSheet", "Materials")),
                *self._items(d.materials, with_type=False),
            ]
        story += [
            Spacer(1, 8 * mm),
            p(
                i18n.translate(
                    "StockSheet",
                    "Counted by: ______________________    Date: ____________    Initials: __________",
                ),
                self.styles["body"],
            ),
        ]
        return story

    def _items(self, items: list[StockSheetItem], *, with_type: bool) -> list[Flowable]:
        """Tables of items: finished goods one table per product type, under its name.

        One table per group, not one table with spanning group rows: a table with spans works out
        its span ranges again on every page it is split over, which made 5,000 rows five times slower.
        """
        groups: list[tuple[str, list[StockSheetItem]]] = []
        for item in items:
            key = item.product_type if with_type else ""
            if not groups or groups[-1][0] != key:
                groups.append((key, []))
            groups[-1][1].append(item)
        flowables: list[Flowable] = []
        number = 0
        for name, members in groups:
            if with_type:  # a name never stands alone at the foot of a page
                flowables += [CondPageBreak(25 * mm), p(name or "–", self.styles["group"])]
            flowables.append(self._table(members, number))
            number += len(members)
        return flowables

    def _table(self, items: list[StockSheetItem], start: int) -> Flowable:
        header = [
            i18n.translate("Sheet", "No"),
            i18n.translate("Sheet", "Code"),
            i18n.translate("StockSheet", "Name"),
            i18n.translate("Sheet", "Unit"),
            i18n.translate("StockSheet", "Stock"),
            i18n.translate("StockSheet", "Low level"),
            i18n.translate("StockSheet", "Mark"),
            i18n.translate("StockSheet", "Counted"),
        ]
        fractions = (0.055, 0.14, 0.4, 0.07, 0.08, 0.075, 0.08, 0.1)
        scale = self.width / sum(fractions)
        code_w, name_w = fractions[1] * scale, fractions[2] * scale
        rows: list[list[Any]] = []
        bold: list[int] = []
        for number, item in enumerate(items, start=start + 1):
            mark = (
                i18n.translate("StockSheet", "MINUS")
                if item.on_hand < 0
                else (i18n.translate("StockSheet", "LOW") if item.is_low else "")
            )
            if mark:
                bold.append(len(rows))
            rows.append(
                [
                    str(number),
                    self.cell(item.code, code_w, bold=bool(mark)),
                    self.cell(item.name, name_w, bold=bool(mark)),
                    unit_label(item.unit),
                    quantity(item.on_hand, places(item.unit)),
                    quantity(item.low_stock_level, places(item.unit)) if item.low_stock_level else "",
                    mark,
                    "",
                ]
            )
        table = self.table(header, rows, fractions, right=(0, 4, 5), bold_rows=bold, long=len(rows) > 100)
        table.setStyle([("GRID", (-1, 0), (-1, -1), 0.5, "black"), ("FONT", (6, 1), (6, -1), BOLD, 8)])
        return table


class StockCard(Sheet):
    """Kartu stok of one item: opening balance, every movement with date, reference and who, closing."""

    def __init__(self, data: StockCardData, **kwargs: Any) -> None:
        super().__init__(data.sentra, **kwargs)
        self.data = data

    def subtitle(self) -> str:
        return f"{self.data.code} — {self.data.name}"

    def estimated_pages(self) -> int:
        return 1 + len(self.data.rows) // 45

    def _period(self) -> str:
        d = self.data
        if d.date_from is None and d.date_to is None:
            return i18n.translate("StockCard", "The whole history")
        start = format_date(d.date_from) if d.date_from else i18n.translate("StockCard", "the start")
        end = format_date(d.date_to) if d.date_to else i18n.translate("StockCard", "now")
        return f"{start} – {end}"

    def story(self) -> list[Flowable]:
        d = self.data
        unit = unit_label(d.unit)
        story: list[Flowable] = [
            self.fields(
                [
                    (i18n.translate("Sheet", "Code"), d.code),
                    (i18n.translate("StockCard", "Item name"), d.name),
                    (i18n.translate("Sheet", "Unit"), unit),
                    (i18n.translate("Sheet", "Period"), self._period()),
                ]
            ),
            Spacer(1, 4 * mm),
        ]
        fractions = (0.115, 0.19, 0.27, 0.1, 0.105, 0.105, 0.115)
        decimals = places(d.unit)
        scale = self.width / sum(fractions)
        rows: list[list[Any]] = [
            [
                "",
                i18n.translate("StockCard", "Opening balance"),
                "",
                "",
                "",
                "",
                quantity(d.opening, decimals),
            ]
        ]
        total_in = total_out = 0 * d.opening
        for row in d.rows:
            incoming = row.quantity if row.quantity > 0 else None
            outgoing = -row.quantity if row.quantity < 0 else None
            total_in += incoming or 0
            total_out += outgoing or 0
            reference = row.reference + (f" ({row.note})" if row.note else "")
            rows.append(
                [
                    format_date(row.moved_on),
                    self.cell(label(MOVEMENT_KIND, row.kind), fractions[1] * scale),
                    self.cell(reference, fractions[2] * scale),
                    self.cell(row.created_by, fractions[3] * scale),
                    quantity(incoming, decimals) if incoming is not None else "",
                    quantity(outgoing, decimals) if outgoing is not None else "",
                    quantity(row.balance, decimals),
                ]
            )
        story.append(
            self.table(
                [
                    i18n.translate("StockCard", "Date"),
                    i18n.translate("StockCard", "Movement"),
                    i18n.translate("StockCard", "Reference"),
                    i18n.translate("StockCard", "By"),
                    i18n.translate("StockCard", "In"),
                    i18n.translate("StockCard", "Out"),
                    i18n.translate("StockCard", "Balance"),
                ],
                rows,
                fractions,
                right=(4, 5, 6),
                bold_rows=(0,),
                totals=[
                    "",
                    i18n.translate("StockCard", "Closing balance"),
                    "",
                    "",
                    quantity(total_in),
                    quantity(total_out),
                    quantity(d.closing),
                ],
                long=len(rows) > 100,
            )
        )
        if not d.rows:
            story.append(self.notice(i18n.translate("StockCard", "No stock moved in this period.")))
        return story
