"""Mentoring visits (kunjungan pendampingan) and the recommendations each visit left."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sentra_desktop.core.visits import FollowUpStatus
from sentra_desktop.db.base import Base, RecordMixin, text_note
from sentra_desktop.db.models.assistance import Agency


class MentoringVisit(RecordMixin, Base):
    """One visit of the mentors: when, who (names as they signed), from which agency, what they found."""

    __tablename__ = "mentoring_visit"

    visited_on: Mapped[date] = mapped_column(index=True)
    mentors: Mapped[str] = mapped_column(String(200))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"), index=True)
    findings: Mapped[text_note]

    agency: Mapped[Agency | None] = relationship()


class VisitRecommendation(RecordMixin, Base):
    """One recommendation of a visit, who follows it up, by when, and how far it is."""

    __tablename__ = "visit_recommendation"

    visit_id: Mapped[int] = mapped_column(ForeignKey("mentoring_visit.id"), index=True)
    text: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(120), default="")
    due_on: Mapped[date | None]
    status: Mapped[FollowUpStatus] = mapped_column(
        Base.enum_column(FollowUpStatus), default=FollowUpStatus.NOT_STARTED
    )
    note: Mapped[text_note]

    visit: Mapped[MentoringVisit] = relationship()

    __table_args__ = (Index("ix_visit_recommendation_open", "status", "due_on"),)


__all__ = ["MentoringVisit", "VisitRecommendation"]
