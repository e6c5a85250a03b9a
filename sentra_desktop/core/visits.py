"""Mentoring visits (kunjungan pendampingan): the follow-up of a recommendation, and what the
Kinerja page and the pack show of the visits.

Plain data, no database and no Qt: the services fill it, the page and the pack print it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP


class FollowUpStatus(StrEnum):
    """How far a recommendation has been followed up: belum, sedang, selesai."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


FOLLOW_UP_STATUS = {
    FollowUpStatus.NOT_STARTED: QT_TRANSLATE_NOOP("FollowUpStatus", "Not started"),
    FollowUpStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("FollowUpStatus", "In progress"),
    FollowUpStatus.DONE: QT_TRANSLATE_NOOP("FollowUpStatus", "Done"),
}


@dataclass(frozen=True)
class RecommendationLine:
    """One recommendation of a visit as the page and the pack list it."""

    visit_on: date
    text: str
    owner: str
    due_on: date | None
    status: FollowUpStatus
    note: str

    def overdue(self, today: date) -> bool:
        """Open (not done) and past its due date."""
        return self.status is not FollowUpStatus.DONE and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class VisitSummary:
    """One visit of the period with its recommendations."""

    visited_on: date
    mentors: str
    agency: str
    findings: str
    recommendations: tuple[RecommendationLine, ...] = ()


__all__ = ["FOLLOW_UP_STATUS", "FollowUpStatus", "RecommendationLine", "VisitSummary"]
