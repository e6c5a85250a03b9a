"""The order sheet (lembar pesanan) and the delivery note (surat jalan)."""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, TypeVar

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, Spacer, Table, TableStyle

from sentra_desktop.core import i18n
from sentra_desktop.core.enums import OrderStatus
from sentra_desktop.core.formatting import format_date, format_rupiah, format_thousands
from sentra_desktop.core.names import ORDER_STATUS, PAYMENT_METHOD, piece_name
from sentra_desktop.core.sheets import BuyerInfo, DeliveryNoteData, OrderSheetData
from sentra_desktop.reports.base import BODY_SIZE, LIGHT, Sheet, p
from sentra_desktop.reports.fonts import BOLD, MAIN
from sentra_desktop.reports.labels import label


def _buyer_text(buyer: BuyerInfo) -> str:
    return f"{buyer.name} ({buyer.organisation})" if buyer.organisation else buyer.name


def _address(buyer: BuyerInfo) -> str:
    return ", ".join(part for part in (buyer.address, buyer.city) if part)


def signatures(sheet: Sheet, captions: list[str]) -> Flowable:
    """Places to sign: a caption, room for the signature, a line, and "(nama jelas)" under it."""
    width = sheet.width / len(captions)
    count = len(captions)
    cells = [
        [p(c, sheet.styles["sign"]) for c in captions],
        [""] * count,
        ["_" * 28] * count,
        [i18n.translate("Sheet", "(full name)")] * count,
    ]
    table = Table(cells, colWidths=[width] * count, rowHeights=[None, 18 * mm, None, None])
    table.setStyle(
        TableStyle(
            [
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("FONT", (0, 0), (-1, -1), MAIN, BODY_SIZE),
                ("FONT", (0, 3), (-1, 3), MAIN, 7.5),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return KeepTogether([Spacer(1, 10 * mm), table])


VOID_RED = colors.HexColor("#b00020")


def void_notice(sheet: Sheet, text: str) -> Flowable:
    """A red line at the top of a voided document, saying so in words that extract as text."""
    style = ParagraphStyle("void", parent=sheet.styles["head"], fontSize=BODY_SIZE + 2, textColor=VOID_RED)
    return p(text, style)


def draw_void_mark(canvas: Canvas, pagesize: tuple[float, float], when: date | None) -> None:
    """A large slanted "BATAL" and the void date across the page, so no one takes it as valid."""
    width, height = pagesize
    canvas.saveState()
    canvas.setFillColor(colors.Color(VOID_RED.red, VOID_RED.green, VOID_RED.blue, alpha=0.3))
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    canvas.setFont(BOLD, 120)
    canvas.drawCentredString(0, 0, i18n.translate("Sheet", "VOID"))
    if when is not None:
        canvas.setFont(BOLD, 22)
        canvas.drawCentredString(0, -30, format_date(when))
    canvas.restoreState()


DataT = TypeVar("DataT", OrderSheetData, DeliveryNoteData)


class _NumberedSheet(Sheet, Generic[DataT]):
    """A sheet about one numbered paper (an order, a delivery), its number under the title."""

    def __init__(self, data: DataT, **kwargs: Any) -> None:
        super().__init__(data.sentra, **kwargs)
        self.data: DataT = data

    def subtitle(self) -> str:
        return i18n.translate("Sheet", "No. {number}", None, number=self.data.number)


class OrderSheet(_NumberedSheet[OrderSheetData]):
    """An order: buyer, lines, totals, payments, what is still owed, due date, signatures."""

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        super()._decorate(canvas, doc)
        if self.data.status == OrderStatus.CANCELLED.value:
            draw_void_mark(canvas, self.pagesize, self.data.cancelled_on)

    def story(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = []
        if d.status == OrderStatus.CANCELLED.value:
            text = i18n.translate("OrderSheet", "CANCELLED: this order is not valid.")
            if d.cancelled_on is not None:
                when = format_date(d.cancelled_on)
                text = i18n.translate(
                    "OrderSheet", "CANCELLED on {date}: this order is not valid.", None, date=when
                )
            story += [void_notice(self, text), Spacer(1, 2 * mm)]
        story += [
            self.fields(
                [
                    (i18n.translate("OrderSheet", "Order number"), d.number),
                    (i18n.translate("OrderSheet", "Buyer"), _buyer_text(d.buyer)),
                    (i18n.translate("OrderSheet", "Order date"), format_date(d.ordered_on)),
                    (i18n.translate("Sheet", "Phone / WhatsApp"), d.buyer.phone),
                    (i18n.translate("OrderSheet", "Due date"), format_date(d.due_on)),
                    (i18n.translate("Sheet", "Address"), _address(d.buyer)),
                    (i18n.translate("OrderSheet", "Status"), label(ORDER_STATUS, d.status)),
                    (i18n.translate("OrderSheet", "Sales event"), d.sales_event),
                ]
            ),
            Spacer(1, 5 * mm),
        ]
        w = self.width
        fractions = (0.05, 0.13, 0.38, 0.1, 0.16, 0.18)
        name_width = w * fractions[2]
        rows = [
            [
                str(number),
                self.cell(line.code, w * fractions[1]),
                self.cell(line.name, name_width),
                format_thousands(line.quantity),
                format_rupiah(line.unit_price),
                format_rupiah(line.amount),
            ]
            for number, line in enumerate(d.lines, start=1)
        ]
        pieces = sum(line.quantity for line in d.lines)
        story.append(
            self.table(
                [
                    i18n.translate("Sheet", "No"),
                    i18n.translate("Sheet", "Code"),
                    i18n.translate("OrderSheet", "Design"),
                    i18n.translate("OrderSheet", "Quantity"),
                    i18n.translate("OrderSheet", "Unit price"),
                    i18n.translate("OrderSheet", "Amount"),
                ],
                rows,
                fractions,
                right=(0, 3, 4, 5),
                totals=[
                    "",
                    "",
                    i18n.translate("OrderSheet", "Pieces"),
                    format_thousands(pieces),
                    i18n.translate("OrderSheet", "Subtotal"),
                    format_rupiah(d.subtotal),
                ],
            )
        )
        sums: list[tuple[str, str, bool]] = []
        if d.discount:
            sums.append((i18n.translate("OrderSheet", "Discount"), "-" + format_rupiah(d.discount), False))
        sums.append((i18n.translate("OrderSheet", "Total"), format_rupiah(d.total), True))
        for payment in d.payments:
            kind = (
                i18n.translate("OrderSheet", "Down payment (DP)")
                if payment.is_down_payment
                else i18n.translate("OrderSheet", "Payment")
            )
            method = label(PAYMENT_METHOD, payment.method)
            sums.append(
                (
                    f"{kind} {format_date(payment.paid_on)}, {method}",
                    "-" + format_rupiah(payment.amount),
                    False,
                )
            )
        sums.append((i18n.translate("OrderSheet", "Outstanding"), format_rupiah(d.outstanding), True))
        story.append(Spacer(1, 2 * mm))
        story.append(self._sums(sums))
        if d.notes:
            story += [self.heading(i18n.translate("Sheet", "Notes")), p(d.notes, self.styles["body"])]
        story.append(
            signatures(
                self,
                [
                    i18n.translate("OrderSheet", "Buyer"),
                    i18n.translate("Sheet", "Sincerely,\n{sentra}", None, sentra=d.sentra.name),
                ],
            )
        )
        return story

    def _sums(self, sums: list[tuple[str, str, bool]]) -> Table:
        rows: list[list[Any]] = [[p(text, self.styles["body"]), value] for text, value, _ in sums]
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), MAIN, BODY_SIZE),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for index, (_, _, strong) in enumerate(sums):
            if strong:
                rows[index][0] = p(sums[index][0], self.styles["head"])
                commands += [
                    ("FONT", (1, index), (1, index), BOLD, BODY_SIZE + 1),
                    ("BACKGROUND", (0, index), (-1, index), LIGHT),
                    ("LINEABOVE", (0, index), (-1, index), 0.6, "black"),
                ]
        table = Table(rows, colWidths=[self.width * 0.34, self.width * 0.18], hAlign="RIGHT")
        table.setStyle(TableStyle(commands))
        return table


class DeliveryNote(_NumberedSheet[DeliveryNoteData]):
    """A surat jalan: what went out with one delivery, signed by whoever took and received it."""

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        super()._decorate(canvas, doc)
        if self.data.voided_on is not None:
            draw_void_mark(canvas, self.pagesize, self.data.voided_on)

    def story(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = []
        if d.voided_on is not None:
            when = format_date(d.voided_on)
            text = i18n.translate(
                "DeliveryNote", "VOIDED on {date}: this delivery note is not valid.", None, date=when
            )
            story += [void_notice(self, text), Spacer(1, 2 * mm)]
        story += [
            self.fields(
                [
                    (i18n.translate("DeliveryNote", "Delivery note number"), d.number),
                    (i18n.translate("DeliveryNote", "To"), _buyer_text(d.buyer)),
                    (i18n.translate("DeliveryNote", "Delivery date"), format_date(d.delivered_on)),
                    (i18n.translate("Sheet", "Phone / WhatsApp"), d.buyer.phone),
                    (i18n.translate("DeliveryNote", "Order number"), d.order_number),
                    (i18n.translate("Sheet", "Address"), _address(d.buyer)),
                ]
            ),
            Spacer(1, 4 * mm),
            p(
                i18n.translate("DeliveryNote", "Please find the following goods delivered herewith:"),
                self.styles["body"],
            ),
            Spacer(1, 2 * mm),
        ]
        fractions = (0.06, 0.16, 0.5, 0.14, 0.14)
        rows = [
            [
                str(number),
                self.cell(line.code, self.width * fractions[1]),
                self.cell(line.name, self.width * fractions[2]),
                format_thousands(line.ordered),
                format_thousands(line.quantity),
            ]
            for number, line in enumerate(d.lines, start=1)
        ]
        story.append(
            self.table(
                [
                    i18n.translate("Sheet", "No"),
                    i18n.translate("Sheet", "Code"),
                    i18n.translate("DeliveryNote", "Item name"),
                    i18n.translate("DeliveryNote", "Ordered"),
                    i18n.translate("DeliveryNote", "Delivered ({unit})", None, unit=piece_name()),
                ],
                rows,
                fractions,
                right=(0, 3, 4),
                totals=[
                    "",
                    "",
                    i18n.translate("DeliveryNote", "Total delivered"),
                    "",
                    format_thousands(d.total_pieces),
                ],
            )
        )
        if d.note:
            story += [self.heading(i18n.translate("Sheet", "Notes")), p(d.note, self.styles["body"])]
        story += [
            Spacer(1, 3 * mm),
            p(
                i18n.translate(
                    "DeliveryNote", "The goods were received in good condition and in the right quantity."
                ),
                self.styles["body"],
            ),
        ]
        story.append(
            signatures(
                self,
                [
                    i18n.translate("DeliveryNote", "Received by"),
                    i18n.translate("DeliveryNote", "Delivered by"),
                    i18n.translate("Sheet", "Sincerely,\n{sentra}", None, sentra=d.sentra.name),
                ],
            )
        )
        return story
