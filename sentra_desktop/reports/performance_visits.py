"""The pack's value added and mentoring-visit sections, kept beside :mod:`reports.performance`.

Same rows as the Kinerja page (:mod:`core.value_added_rows`); the visits of the period are
listed with each recommendation's owner, due date and follow-up, then a count per status.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from sentra_desktop.core import i18n
from sentra_desktop.core.formatting import format_date
from sentra_desktop.core.value_added_rows import value_added_notes, value_added_rows
from sentra_desktop.core.visits import FOLLOW_UP_STATUS, FollowUpStatus
from sentra_desktop.reports.base import p

if TYPE_CHECKING:
    from sentra_desktop.reports.performance import PerformancePack


def follow_up_text(status: FollowUpStatus) -> str:
    return i18n.translate("FollowUpStatus", FOLLOW_UP_STATUS[status])


def value_added_story(pack: PerformancePack) -> list[Flowable]:
    """Sales less materials used, both periods, with what the figures lack."""
    data = pack.data
    now, before = data.current.value_added, data.previous.value_added
    story: list[Flowable] = [
        pack.heading(i18n.translate("ValueAdded", "Value added")),
        pack._compared(i18n.translate("Performance", "Figure"), value_added_rows(now, before)),
        Spacer(1, 2 * mm),
        p(
            i18n.translate(
                "ValueAdded",
                "Materials used are the recipe quantities of the period's production, each priced at "
                "the weighted average cost of its receipts up to that day, or at its set price.",
            ),
            pack.styles["small"],
        ),
    ]
    story += [p(note, pack.styles["small"]) for note in value_added_notes(now)]
    return story


def visits_story(pack: PerformancePack) -> list[Flowable]:
    """The period's visits, each with its findings and recommendations."""
    data = pack.data
    story: list[Flowable] = [pack.heading(i18n.translate("Visits", "Mentoring visits"))]
    if not data.visits:
        story.append(pack.notice(i18n.translate("Visits", "No mentoring visit was recorded in this period.")))
    counts = dict.fromkeys(FollowUpStatus, 0)
    header = [
        i18n.translate("Visits", "Recommendation"),
        i18n.translate("Visits", "Owner"),
        i18n.translate("Visits", "Due"),
        i18n.translate("Visits", "Follow-up"),
        i18n.translate("Visits", "Note"),
    ]
    for visit in data.visits:
        title = f"{format_date(visit.visited_on)} — {visit.mentors}"
        if visit.agency:
            title += f" ({visit.agency})"
        block: list[Flowable] = [p(title, pack.styles["group"])]
        if visit.findings:
            block.append(
                p(
                    i18n.translate("Visits", "Findings: {text}", None, text=visit.findings),
                    pack.styles["body"],
                )
            )
            block.append(Spacer(1, 2 * mm))
        rows = []
        for line in visit.recommendations:
            counts[line.status] += 1
            rows.append(
                [
                    line.text,
                    line.owner,
                    format_date(line.due_on) or "–",
                    follow_up_text(line.status),
                    line.note,
                ]
            )
        if rows:
            block.append(_left_table(pack, header, rows, (0.36, 0.16, 0.12, 0.12, 0.24)))
        block.append(Spacer(1, 3 * mm))
        story.append(KeepTogether(block))
    if data.visits:
        summary = ", ".join(f"{follow_up_text(s)}: {n}" for s, n in counts.items())
        story.append(
            pack.notice(
                i18n.translate("Visits", "Follow-up of the recommendations: {counts}", None, counts=summary)
            )
        )
    if data.overdue:
        story.append(
            pack.notice(
                i18n.translate(
                    "Visits", "Open recommendations past their due date today: {n}", None, n=len(data.overdue)
                )
            )
        )
    return story


def _left_table(
    pack: PerformancePack, header: list[str], rows: list[list[str]], fractions: tuple[float, ...]
) -> Flowable:
    """A table of words: every column left-aligned, each cell wrapped to its width."""
    widths = [f * pack.width for f in fractions]
    cells = [[pack.cell(text, width) for text, width in zip(row, widths, strict=True)] for row in rows]
    titles = [pack.cell(text, width, bold=True) for text, width in zip(header, widths, strict=True)]
    return pack.table(titles, cells, fractions)


__all__ = ["value_added_story", "visits_story"]
