"""Slip upah: one slip per maker (lines by day and design, advances, corrections, the total and a
signature line), then a summary page per member business."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from sentra_desktop.core import i18n
from sentra_desktop.core.formatting import format_date, format_rupiah, format_thousands
from sentra_desktop.core.pay import METHOD_NAMES, MakerPay, PayLine, PaySlipsData
from sentra_desktop.reports.base import Sheet
from sentra_desktop.reports.production import period_text

_FRACTIONS = (0.11, 0.5, 0.1, 0.14, 0.15)


def by_day_and_design(lines: list[PayLine]) -> list[PayLine]:
    """The entries of one day, design and rate as one line, as the slip lists them."""
    merged: dict[tuple[Any, ...], PayLine] = {}
    for line in lines:
        key = (line.produced_on, line.design_code, line.rate, line.reject_rate, line.member_name)
        if key in merged:
            kept = merged[key]
            kept.good, kept.reject, kept.amount = (
                kept.good + line.good,
                kept.reject + line.reject,
                kept.amount + line.amount,
            )
        else:
            merged[key] = replace(line)
    return sorted(merged.values(), key=lambda ln: (ln.produced_on, ln.design_code))


class PaySlips(Sheet):
    """Every maker's slip on a page of its own, then the members' summary."""

    def __init__(self, data: PaySlipsData, **kwargs: Any) -> None:
        super().__init__(data.sentra, **kwargs)
        self.data = data

    def subtitle(self) -> str:
        return period_text(self.data.pay.starts_on, self.data.pay.ends_on)

    def estimated_pages(self) -> int:
        return 1 + len(self.data.pay.makers) // 2

    def story(self) -> list[Flowable]:
        makers = self.data.pay.makers
        if not makers:
            return [self.notice(i18n.translate("PaySlips", "Nobody has pay in this period."))]
        story: list[Flowable] = []
        for pay in makers:  # a page each: slips are cut apart and handed out
            story += self._slip(pay)
            story.append(PageBreak())
        story += self._summary()
        return story

    def _line(self, line: PayLine, note: str = "") -> list[Any]:
        w = self.width / sum(_FRACTIONS)
        design = f"{line.design_code} {line.design_name}" + (f" ({note})" if note else "")
        pieces = format_thousands(line.good)
        rate = "–" if line.rate is None else format_rupiah(line.rate)
        if line.reject:  # rejects in brackets, and their own rate when they are paid
            pieces += f" ({format_thousands(line.reject)})"
            if line.reject_rate:
                rate += f" ({format_thousands(line.reject_rate)})"
        return [format_date(line.produced_on), self.cell(design, _FRACTIONS[1] * w), pieces, rate,
                format_rupiah(line.amount)]  # fmt: skip

    def _other(self, day: str, what: str, amount: int) -> list[Any]:
        return [
            day,
            self.cell(what, _FRACTIONS[1] * self.width / sum(_FRACTIONS)),
            "",
            "",
            format_rupiah(amount),
        ]

    def _slip(self, pay: MakerPay) -> list[Flowable]:
        d = self.data.pay
        paid = i18n.translate("PaySlips", "Not paid yet")
        if pay.paid is not None:
            method = i18n.translate("PaySlips", METHOD_NAMES.get(pay.paid.method, pay.paid.method))
            when = format_date(pay.paid.paid_on)
            paid = i18n.translate(
                "PaySlips",
                "Paid {date} ({method}) by {who}",
                None,
                date=when,
                method=method,
                who=pay.paid.paid_by,
            )
        whole = i18n.translate("PaySlips", "The sentra")
        members = _members(pay)
        moved = len(members) > 1  # a maker who moved: each line names the member of its day

        def member(line: PayLine) -> str:
            return (line.member_name or whole) if moved else ""

        rows = [self._line(line, member(line)) for line in by_day_and_design(pay.lines)]
        for line in pay.corrections:
            assert line.corrects is not None
            note = i18n.translate(
                "PaySlips", "correction of {period}", None, period=period_text(*line.corrects)
            )
            rows.append(self._line(line, ", ".join(filter(None, (note, member(line))))))
        for advance in pay.advances:
            rows.append(
                self._other(
                    format_date(advance.given_on),
                    i18n.translate("PaySlips", "Advance (kasbon) {note}", None, note=advance.note),
                    -advance.amount,
                )
            )
        for adjustment in pay.adjustments:
            rows.append(self._other(format_date(adjustment.applies_on), adjustment.reason, adjustment.amount))
        deducted = i18n.translate("PaySlips", "Advances taken off")
        if pay.advances_deducted < 0:  # corrections above the pay: nil now, the rest carried as an advance
            deducted = i18n.translate("PaySlips", "Shortfall carried to the next period as an advance")
        if pay.carried:
            deducted += " " + i18n.translate(
                "PaySlips", "({amount} carried to the next period)", None, amount=format_rupiah(pay.carried)
            )
        rows.append(self._other("", deducted, -pay.advances_deducted))
        table = self.table(
            [
                i18n.translate("PaySlips", "Day"),
                i18n.translate("PaySlips", "Design"),
                i18n.translate("PaySlips", "Good (reject)"),
                i18n.translate("PaySlips", "Rate"),
                i18n.translate("PaySlips", "Amount"),
            ],
            rows,
            _FRACTIONS,
            right=(2, 3, 4),
            totals=["", i18n.translate("PaySlips", "Total pay"), "", "", format_rupiah(pay.total)],
        )
        signature = self.table(
            [i18n.translate("PaySlips", "Received by"), i18n.translate("PaySlips", "Paid by")],
            [["\n\n\n" + pay.maker_name, "\n\n\n" + (pay.paid.paid_by if pay.paid else "")]],
            (0.5, 0.5),
        )
        return [
            self.heading(i18n.translate("PaySlips", "Pay slip: {maker}", None, maker=pay.maker_name)),
            self.fields(
                [
                    (i18n.translate("PaySlips", "Maker"), pay.maker_name),
                    (i18n.translate("PaySlips", "Period"), period_text(d.starts_on, d.ends_on)),
                    (
                        i18n.translate("PaySlips", "Member business"),
                        " → ".join(name or whole for name in members),
                    ),
                    (i18n.translate("PaySlips", "Status"), paid),
                ]
            ),
            Spacer(1, 2 * mm),
            table,
            Spacer(1, 3 * mm),
            signature,
        ]

    def _summary(self) -> list[Flowable]:
        groups: dict[str, list[MakerPay]] = defaultdict(list)
        for pay in self.data.pay.makers:
            for name, part in member_parts(pay).items():
                if not self.data.member or name.strip().lower() == self.data.member.strip().lower():
                    groups[name].append(part)
        story: list[Flowable] = []
        fractions = (0.34, 0.16, 0.16, 0.16, 0.18)
        whole = i18n.translate("PaySlips", "The sentra")
        for index, (member, pays) in enumerate(sorted(groups.items())):
            if index:
                story.append(PageBreak())
            rows = [
                [
                    self.cell(p.maker_name, self.width * 0.34),
                    format_rupiah(p.pieces_amount),
                    format_rupiah(p.corrections_amount + p.adjustments_amount),
                    format_rupiah(p.advances_deducted),
                    format_rupiah(p.total),
                ]
                for p in pays
            ]
            story += [
                self.heading(i18n.translate("PaySlips", "Summary: {member}", None, member=member or whole)),
                self.fields(
                    [
                        (i18n.translate("PaySlips", "Makers paid"), format_thousands(len(pays))),
                        (i18n.translate("PaySlips", "Total pay"), format_rupiah(sum(p.total for p in pays))),
                    ],
                    bold_values=True,
                ),
                Spacer(1, 2 * mm),
                self.table(
                    [
                        i18n.translate("PaySlips", "Maker"),
                        i18n.translate("PaySlips", "Pieces"),
                        i18n.translate("PaySlips", "Corrections and adjustments"),
                        i18n.translate("PaySlips", "Advances taken off"),
                        i18n.translate("PaySlips", "Total pay"),
                    ],
                    rows,
                    fractions,
                    right=(1, 2, 3, 4),
                    totals=[
                        i18n.translate("PaySlips", "Totals"),
                        format_rupiah(sum(p.pieces_amount for p in pays)),
                        format_rupiah(sum(p.corrections_amount + p.adjustments_amount for p in pays)),
                        format_rupiah(sum(p.advances_deducted for p in pays)),
                        format_rupiah(sum(p.total for p in pays)),
                    ],
                    long=len(rows) > 60,
                ),
            ]
        return story


def _members(pay: MakerPay) -> list[str]:
    """The member businesses of the slip's lines in day order, then the maker's own at the end."""
    names: list[str] = []
    for line in sorted(pay.lines, key=lambda ln: ln.produced_on):
        if line.member_name not in names:
            names.append(line.member_name)
    if not names:
        names.append(pay.member_name)
    return names


def member_parts(pay: MakerPay) -> dict[str, MakerPay]:
    """A maker's pay split by member business for the summary pages: each line counts for the
    member of its entry's day; adjustments, advances and a paid slip's standing go with the
    maker's member at the period's end. The parts' totals add up to the maker's total."""
    parts: dict[str, MakerPay] = {}

    def part(name: str) -> MakerPay:
        if name not in parts:
            parts[name] = MakerPay(pay.maker_id, pay.maker_name, name, paid=pay.paid)
        return parts[name]

    own = part(pay.member_name)
    own.adjustments = list(pay.adjustments)
    own.advances = list(pay.advances)
    own.advances_due, own.advances_deducted = pay.advances_due, pay.advances_deducted
    for line in pay.lines:
        part(line.member_name).lines.append(line)
    for line in pay.corrections:
        part(line.member_name).corrections.append(line)
    return parts
