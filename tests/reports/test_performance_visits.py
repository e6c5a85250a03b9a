"""The pack's value added and mentoring visits: on paper, with the same rows as the screen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from sentra_desktop import printing
from sentra_desktop.core.performance import Period
from sentra_desktop.core.value_added import MaterialCategory
from sentra_desktop.core.value_added_rows import value_added_rows
from sentra_desktop.core.visits import FollowUpStatus
from sentra_desktop.db.models import Material, RecipeLine
from sentra_desktop.services.database import Database
from sentra_desktop.services.performance import PerformanceService
from sentra_desktop.services.visits import (
    RecommendationInput,
    RecommendationService,
    VisitInput,
    VisitService,
)
from tests.reports.conftest import build_known, pdf_pages


def with_visits_and_recipe(db: Database) -> dict[str, Any]:
    """The known sentra, its latex weighed and priced, in a recipe, and one visit in November 2026."""
    ids = build_known(db)
    with db.transaction() as session:
        latex = session.scalars(select(Material).where(Material.code == "LTX")).one()
        latex.category = MaterialCategory.RUBBER
        latex.kg_per_litre = Decimal("0.96")
        latex.set_price = 20_000
        session.add(
            RecipeLine(design_id=ids["ampera"], material_id=latex.id, quantity_per_piece=Decimal("0.05"))
        )
    visit = VisitService(db).create(
        VisitInput(visited_on=date(2026, 11, 10), mentors="Pak Hendra Gunawan", findings="Stok menumpuk")
    )
    recommendations = RecommendationService(db)
    for text, due, status in (
        ("Buka pasar di Jambi", date(2026, 11, 20), FollowUpStatus.IN_PROGRESS),
        ("Katalog foto", date(2026, 11, 25), FollowUpStatus.DONE),
    ):
        recommendations.create(
            RecommendationInput(visit_id=visit, text=text, owner="Ketua", due_on=due, status=status)
        )
    return ids


def test_pack_prints_value_added_and_visits_as_on_screen(db: Database) -> None:
    with_visits_and_recipe(db)
    params = {"date_from": date(2026, 11, 1), "date_to": date(2026, 11, 30)}
    text = " ".join(" ".join(pdf_pages(printing.make(db, "performance", params))).split())
    for title in ("Nilai tambah", "Kunjungan pendampingan", "Buka pasar di Jambi", "Stok menumpuk", "Sedang"):
        assert title in text, title
    data = PerformanceService(db).pack(Period.month(date(2026, 11, 1)))
    # 155 pieces of GK-AMP in November (good and reject) at 0,05 l each, at the set Rp 20.000 a litre
    # (the latex's only stock came without a receipt).
    assert data.current.value_added.material_cost == 155 * 1_000
    assert data.current.value_added.rubber_kg == Decimal("7.44")
    for row in value_added_rows(data.current.value_added, data.previous.value_added):
        for cell in row:
            assert cell in text, (row[0], cell)
