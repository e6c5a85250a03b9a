"""Daftar pembeli: every buyer with contact details and what they have ordered."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from sentra_desktop.core import i18n
from sentra_desktop.core.formatting import format_date, format_rupiah, format_thousands
from sentra_desktop.core.names import BUYER_KIND
from sentra_desktop.core.sheets import BuyerListData
from sentra_desktop.reports.base import Sheet
from sentra_desktop.reports.labels import label


class BuyerList(Sheet):
    """Buyers in name order, landscape so that addresses fit."""

    landscape = True

    def __init__(self, data: BuyerListData, **kwargs: Any) -> None:
        super().__init__(data.sentra, **kwargs)
        self.data = data

    def subtitle(self) -> str:
        return i18n.translate("Sheet", "As of {date}", None, date=format_date(self.printed_at))

    def estimated_pages(self) -> int:
        return 1 + len(self.data.rows) // 30

    def story(self) -> list[Flowable]:
        rows = self.data.rows
        story: list[Flowable] = [
            self.fields(
                [
                    (i18n.translate("BuyerList", "Buyers"), format_thousands(len(rows))),
                    (
                        i18n.translate("BuyerList", "Value of orders"),
                        format_rupiah(sum(r.ordered_value for r in rows)),
                    ),
                ]
            )
        ]
        story.append(Spacer(1, 2 * mm))
        if not rows:
            story.append(self.notice(i18n.translate("BuyerList", "No buyer has been entered yet.")))
            return story
        fractions = (0.04, 0.15, 0.17, 0.08, 0.11, 0.09, 0.23, 0.05, 0.1)
        scale = self.width / sum(fractions)
        body = [
            [
                str(n),
                self.cell(r.name, fractions[1] * scale),
                self.cell(r.organisation, fractions[2] * scale),
                self.cell(label(BUYER_KIND, r.kind), fractions[3] * scale),
                self.cell(r.phone, fractions[4] * scale),
                self.cell(r.city, fractions[5] * scale),
                self.cell(r.address, fractions[6] * scale),
                format_thousands(r.orders),
                format_rupiah(r.ordered_value),
            ]
            for n, r in enumerate(rows, start=1)
        ]
        story.append(
            self.table(
                [
                    i18n.translate("Sheet", "No"),
                    i18n.translate("BuyerList", "Name"),
                    i18n.translate("BuyerList", "Organisation / shop"),
                    i18n.translate("BuyerList", "Kind"),
                    i18n.translate("Sheet", "Phone / WhatsApp"),
                    i18n.translate("BuyerList", "City"),
                    i18n.translate("Sheet", "Address"),
                    i18n.translate("BuyerList", "Orders"),
                    i18n.translate("BuyerList", "Value of orders"),
                ],
                body,
                fractions,
                right=(0, 7, 8),
                totals=[
                    "",
                    i18n.translate("Sheet", "Totals"),
                    "",
                    "",
                    "",
                    "",
                    "",
                    format_thousands(sum(r.orders for r in rows)),
                    format_rupiah(sum(r.ordered_value for r in rows)),
                ],
                long=len(body) > 100,
            )
        )
        return story
