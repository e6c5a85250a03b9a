"""Mentoring visits (kunjungan pendampingan) and their recommendations, on the record base.

The mentor (pendamping) and the head write visits and recommendations; every other role reads
them. The Kinerja page shows the open recommendations past their due date
(:func:`overdue_recommendations`), the pack the period's visits with their follow-up
(:func:`period_visits`); both are plain reads inside the caller's session.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.formatting import format_date
from sentra_desktop.core.messages import QT_TRANSLATE_NOOP
from sentra_desktop.core.visits import FollowUpStatus, RecommendationLine, VisitSummary
from sentra_desktop.db.models import Agency, MentoringVisit, VisitRecommendation
from sentra_desktop.services.listing import Choice
from sentra_desktop.services.record_kind import Field, FieldKind, ListColumn, RecordKind, Show
from sentra_desktop.services.records import RecordDetail, RecordRow, RecordService

_WRITERS = ("ketua", "mentor")
_WRITES = ("create", "update", "delete", "activate", "deactivate")

ROLES: dict[str, tuple[str, ...]] = {
    **{f"{domain}.{m}": _WRITERS for domain in ("visit", "recommendation") for m in _WRITES},
}

MENTORS_MAX = 200
TEXT_MAX = 300

# --- visits ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class VisitRow(RecordRow):
    visited_on: date
    mentors: str
    agency: str | None
    findings: str
    recommendations: int
    open: int
    active: bool = True  # visits are never deactivated: the list shows every one as it is


@dataclass(frozen=True)
class VisitInput:
    visited_on: date | None
    mentors: str
    agency_id: int | None = None
    findings: str = ""


@dataclass(frozen=True)
class VisitDetail(RecordDetail):
    visited_on: date
    mentors: str
    agency_id: int | None
    findings: str


def _count(done: bool | None) -> Any:
    stmt = select(func.count(VisitRecommendation.id)).where(VisitRecommendation.visit_id == MentoringVisit.id)
    if done is False:
        stmt = stmt.where(VisitRecommendation.status != FollowUpStatus.DONE.value)
    return stmt.correlate(MentoringVisit).scalar_subquery()


VISITS: RecordKind[VisitRow, VisitDetail] = RecordKind(
    model=MentoringVisit,
    title=QT_TRANSLATE_NOOP("Records", "Mentoring visit"),
    new_title=QT_TRANSLATE_NOOP("Records", "New mentoring visit"),
    plural=QT_TRANSLATE_NOOP("Records", "Mentoring visits"),
    fields=(
        Field("visited_on", QT_TRANSLATE_NOOP("Records", "&Date:"), FieldKind.DATE, required=True),
        Field(
            "mentors",
            QT_TRANSLATE_NOOP("Records", "&Mentors:"),
            required=True,
            max_len=MENTORS_MAX,
            hint=QT_TRANSLATE_NOOP("Records", "names, separated by commas"),
        ),
        Field(
            "agency_id",
            QT_TRANSLATE_NOOP("Records", "&Agency:"),
            FieldKind.REFERENCE,
            reference=Agency,
            hint=QT_TRANSLATE_NOOP("Records", "(none)"),
        ),
        Field("findings", QT_TRANSLATE_NOOP("Records", "&Findings:"), FieldKind.NOTE),
    ),
    input=VisitInput,
    row=VisitRow,
    detail=VisitDetail,
    values={
        "visited_on": MentoringVisit.visited_on,
        "mentors": MentoringVisit.mentors,
        "agency": Agency.name,
        "findings": MentoringVisit.findings,
        "recommendations": _count(None),
        "open": _count(False),
    },
    columns=(
        ListColumn("visited_on", QT_TRANSLATE_NOOP("Records", "Date"), Show.DATE, 11),
        ListColumn("mentors", QT_TRANSLATE_NOOP("Records", "Mentors"), width=26),
        ListColumn("agency", QT_TRANSLATE_NOOP("Records", "Agency"), width=22),
        ListColumn("recommendations", QT_TRANSLATE_NOOP("Records", "Recommendations"), Show.COUNT, 10),
        ListColumn("open", QT_TRANSLATE_NOOP("Records", "Open"), Show.COUNT, 7),
        ListColumn("findings", QT_TRANSLATE_NOOP("Records", "Findings"), Show.FIRST_LINE, 30),
    ),
    search=(MentoringVisit.mentors, MentoringVisit.findings, Agency.name, Agency.short_name),
    default_sort="visited_on",
    joins=((Agency, MentoringVisit.agency_id == Agency.id),),
    referenced_by=(VisitRecommendation.visit_id,),
    label_key="visited_on",
    stretch="findings",
)


class VisitService(RecordService[MentoringVisit, VisitRow, VisitInput, VisitDetail], domain="visit"):
    """Use-cases of the visit log; a visit with recommendations is not deleted (delete them first)."""

    kind = VISITS

    def _set_active(self, record_id: int, active: bool) -> None:
        """Visits have no active flag: there is nothing to switch."""


# --- recommendations -------------------------------------------------------------------------


@dataclass(frozen=True)
class RecommendationRow(RecordRow):
    visited_on: date
    text: str
    owner: str
    due_on: date | None
    status: FollowUpStatus
    note: str
    active: bool = True


@dataclass(frozen=True)
class RecommendationInput:
    visit_id: int | None
    text: str
    owner: str = ""
    due_on: date | None = None
    status: FollowUpStatus | str = FollowUpStatus.NOT_STARTED
    note: str = ""


@dataclass(frozen=True)
class RecommendationDetail(RecordDetail):
    visit_id: int
    text: str
    owner: str
    due_on: date | None
    status: FollowUpStatus
    note: str


RECOMMENDATIONS: RecordKind[RecommendationRow, RecommendationDetail] = RecordKind(
    model=VisitRecommendation,
    title=QT_TRANSLATE_NOOP("Records", "Recommendation"),
    new_title=QT_TRANSLATE_NOOP("Records", "New recommendation"),
    plural=QT_TRANSLATE_NOOP("Records", "Recommendations"),
    fields=(
        Field(
            "visit_id",
            QT_TRANSLATE_NOOP("Records", "&Visit:"),
            FieldKind.REFERENCE,
            required=True,
            reference=MentoringVisit,
            hint=QT_TRANSLATE_NOOP("Records", "(choose)"),
        ),
        Field("text", QT_TRANSLATE_NOOP("Records", "&Recommendation:"), required=True, max_len=TEXT_MAX),
        Field(
            "owner",
            QT_TRANSLATE_NOOP("Records", "&Owner:"),
            hint=QT_TRANSLATE_NOOP("Records", "who follows it up"),
        ),
        Field("due_on", QT_TRANSLATE_NOOP("Records", "D&ue date:"), FieldKind.DATE),
        Field(
            "status",
            QT_TRANSLATE_NOOP("Records", "Follow-up &status:"),
            FieldKind.CHOICE,
            required=True,
            choices=FollowUpStatus,
            default=FollowUpStatus.NOT_STARTED,
        ),
        Field("note", QT_TRANSLATE_NOOP("Records", "Follow-up &note:"), FieldKind.NOTE),
    ),
    input=RecommendationInput,
    row=RecommendationRow,
    detail=RecommendationDetail,
    values={
        "visited_on": MentoringVisit.visited_on,
        "text": VisitRecommendation.text,
        "owner": VisitRecommendation.owner,
        "due_on": VisitRecommendation.due_on,
        "status": VisitRecommendation.status,
        "note": VisitRecommendation.note,
    },
    columns=(
        ListColumn("visited_on", QT_TRANSLATE_NOOP("Records", "Visit"), Show.DATE, 11),
        ListColumn("text", QT_TRANSLATE_NOOP("Records", "Recommendation"), width=34),
        ListColumn("owner", QT_TRANSLATE_NOOP("Records", "Owner"), width=16),
        ListColumn("due_on", QT_TRANSLATE_NOOP("Records", "Due"), Show.DATE, 11),
        ListColumn("status", QT_TRANSLATE_NOOP("Records", "Follow-up"), Show.CHOICE, 11),
        ListColumn("note", QT_TRANSLATE_NOOP("Records", "Note"), Show.FIRST_LINE, 24),
    ),
    search=(VisitRecommendation.text, VisitRecommendation.owner, VisitRecommendation.note),
    default_sort="due_on",
    joins=((MentoringVisit, MentoringVisit.id == VisitRecommendation.visit_id),),
    filters={"visit_id": VisitRecommendation.visit_id, "status": VisitRecommendation.status},
    label_key="text",
    stretch="text",
)


class RecommendationService(
    RecordService[VisitRecommendation, RecommendationRow, RecommendationInput, RecommendationDetail],
    domain="recommendation",
):
    """Use-cases of the recommendations; the follow-up is changed in the recommendation's form."""

    kind = RECOMMENDATIONS

    def _row(self, values: Any) -> RecommendationRow:
        return RecommendationRow(**{**values, "status": FollowUpStatus(values["status"])})

    def _set_active(self, record_id: int, active: bool) -> None:
        """Recommendations have no active flag: their follow-up status says whether they are open."""

    def reference_choices(self, field_name: str, include_id: int | None = None) -> list[Choice]:
        """The visits a recommendation may belong to, newest first: "dd/mm/yyyy — mentors"."""
        with self.db.reading() as session:
            return visit_choices(session)


def visit_choices(session: Session) -> list[Choice]:
    rows = session.execute(
        select(MentoringVisit.id, MentoringVisit.visited_on, MentoringVisit.mentors).order_by(
            MentoringVisit.visited_on.desc(), MentoringVisit.id.desc()
        )
    )
    return [Choice(id_, f"{format_date(day)} — {mentors}") for id_, day, mentors in rows]


# --- what the Kinerja page and the pack show -------------------------------------------------------


def _lines(session: Session, *conditions: Any) -> list[tuple[int, RecommendationLine]]:
    rec, visit = VisitRecommendation, MentoringVisit
    rows = session.execute(
        select(rec.visit_id, visit.visited_on, rec.text, rec.owner, rec.due_on, rec.status, rec.note)
        .join(visit, visit.id == rec.visit_id)
        .where(*conditions)
        .order_by(rec.due_on.is_(None), rec.due_on, rec.id)
    )
    return [
        (
            r.visit_id,
            RecommendationLine(r.visited_on, r.text, r.owner, r.due_on, FollowUpStatus(r.status), r.note),
        )
        for r in rows
    ]


def overdue_recommendations(session: Session, today: date) -> tuple[RecommendationLine, ...]:
    """Recommendations not done whose due date has passed, the longest overdue first."""
    rec = VisitRecommendation
    found = _lines(session, rec.status != FollowUpStatus.DONE.value, rec.due_on < today)
    return tuple(line for _visit, line in found)


def period_visits(session: Session, start: date, end: date) -> tuple[VisitSummary, ...]:
    """The visits from ``start`` to ``end`` with their recommendations, in date order."""
    visits = list(
        session.execute(
            select(
                MentoringVisit.id,
                MentoringVisit.visited_on,
                MentoringVisit.mentors,
                Agency.name,
                MentoringVisit.findings,
            )
            .outerjoin(Agency, Agency.id == MentoringVisit.agency_id)
            .where(MentoringVisit.visited_on.between(start, end))
            .order_by(MentoringVisit.visited_on, MentoringVisit.id)
        )
    )
    if not visits:
        return ()
    by_visit: dict[int, list[RecommendationLine]] = defaultdict(list)
    for visit_id, line in _lines(session, VisitRecommendation.visit_id.in_([v.id for v in visits])):
        by_visit[visit_id].append(line)
    return tuple(
        VisitSummary(v.visited_on, v.mentors, v.name or "", v.findings, tuple(by_visit[v.id])) for v in visits
    )


def follow_up_counts(visits: Sequence[VisitSummary]) -> dict[FollowUpStatus, int]:
    """How many of the visits' recommendations are in each follow-up status."""
    counts = dict.fromkeys(FollowUpStatus, 0)
    for visit in visits:
        for line in visit.recommendations:
            counts[line.status] += 1
    return counts
