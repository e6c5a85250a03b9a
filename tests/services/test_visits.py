"""Mentoring visits and their recommendations: checks at the field, roles, audit, and what the
Kinerja page and the pack read of them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from sentra_desktop.core.actor import Actor
from sentra_desktop.core.errors import PermissionDenied, ValidationError
from sentra_desktop.core.performance import Period
from sentra_desktop.core.visits import FollowUpStatus
from sentra_desktop.db.models import AuditEntry
from sentra_desktop.services.aid_sources import AgencyInput, AgencyService
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.performance import PerformanceService
from sentra_desktop.services.records import InUseError
from sentra_desktop.services.users import enforce_roles
from sentra_desktop.services.visits import (
    RecommendationInput,
    RecommendationService,
    VisitInput,
    VisitService,
    follow_up_counts,
)

TODAY = date(2026, 6, 15)


def test_a_visit_without_a_date_or_mentor_is_refused_at_the_fields(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        VisitService(db).create(VisitInput(visited_on=None, mentors="   "))
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("visited_on", "required"),
        ("mentors", "required"),
    }
    with pytest.raises(ValidationError) as caught:
        RecommendationService(db).create(RecommendationInput(visit_id=None, text="", status="maybe"))
    assert {e.field for e in caught.value.errors} == {"visit_id", "text", "status"}


def _visit(db: Database, day: date, *recommendations: tuple[str, date | None, FollowUpStatus]) -> int:
    agency = AgencyService(db).create(AgencyInput(name=f"Dinas Perindustrian {day.year}{day.month}"))
    visit = VisitService(db).create(
        VisitInput(
            visited_on=day, mentors="Pak Hendra Gunawan, Bu Rina", agency_id=agency, findings="Produksi turun"
        )
    )
    for text, due, status in recommendations:
        RecommendationService(db).create(
            RecommendationInput(visit_id=visit, text=text, owner="Ketua", due_on=due, status=status, note="")
        )
    return visit


def test_overdue_recommendations_and_the_periods_visits_reach_the_pack(db: Database) -> None:
    first = _visit(
        db,
        date(2026, 2, 10),
        ("Buka pasar di Jambi", date(2026, 4, 1), FollowUpStatus.IN_PROGRESS),
        ("Desain baru gantungan kunci", date(2026, 3, 1), FollowUpStatus.DONE),
        ("Catat reject per cetakan", date(2026, 5, 1), FollowUpStatus.NOT_STARTED),
        ("Ikut pameran", None, FollowUpStatus.NOT_STARTED),
        ("Hitung nilai tambah", date(2026, 7, 1), FollowUpStatus.NOT_STARTED),
    )
    _visit(db, date(2025, 11, 3), ("Laporan bulanan", date(2025, 12, 1), FollowUpStatus.DONE))
    data = PerformanceService(db).pack(Period.quarter(date(2026, 2, 1)), today=TODAY)
    assert [line.text for line in data.overdue] == ["Buka pasar di Jambi", "Catat reject per cetakan"]
    assert len(data.visits) == 1 and data.visits[0].agency == "Dinas Perindustrian 20262"
    assert [line.due_on for line in data.visits[0].recommendations] == [
        date(2026, 3, 1),
        date(2026, 4, 1),
        date(2026, 5, 1),
        date(2026, 7, 1),
        None,
    ]
    assert follow_up_counts(data.visits) == {
        FollowUpStatus.NOT_STARTED: 3,
        FollowUpStatus.IN_PROGRESS: 1,
        FollowUpStatus.DONE: 1,
    }
    visits = VisitService(db)
    [row] = [r for r in visits.page(ListQuery(), 0, 10) if r.id == first]
    assert (row.recommendations, row.open) == (5, 4)
    with pytest.raises(InUseError):
        visits.delete(first)


def test_the_mentor_and_the_head_write_visits_others_only_read(db: Database) -> None:
    enforce_roles(db).open = False
    visits, recommendations = VisitService(db), RecommendationService(db)
    db.actor = Actor("Pak Hendra Gunawan", 1, "mentor")
    visit = visits.create(VisitInput(visited_on=date(2026, 1, 5), mentors="Pak Hendra Gunawan"))
    recommendation = recommendations.create(RecommendationInput(visit_id=visit, text="Buat katalog"))
    for role in ("operator", "bendahara"):
        db.actor = Actor("Siti Aminah", 2, role)
        assert visits.count(ListQuery()) == 1
        assert recommendations.get(recommendation).text == "Buat katalog"
        with pytest.raises(PermissionDenied):
            visits.create(VisitInput(visited_on=date(2026, 1, 6), mentors="Siapa"))
        with pytest.raises(PermissionDenied):
            recommendations.update(
                recommendation, 1, RecommendationInput(visit_id=visit, text="Buat katalog", status="done")
            )
    db.actor = Actor("Hj. Nurhayati", 3, "ketua")
    recommendations.update(
        recommendation, 1, RecommendationInput(visit_id=visit, text="Buat katalog", status="done")
    )
    assert recommendations.get(recommendation).status is FollowUpStatus.DONE
    with db.reading() as session:
        written = session.execute(
            select(AuditEntry.table_name, AuditEntry.actor).where(
                AuditEntry.table_name.in_(["mentoring_visit", "visit_recommendation"])
            )
        ).all()
    assert ("mentoring_visit", "Pak Hendra Gunawan") in written
    assert ("visit_recommendation", "Hj. Nurhayati") in written
