"""Operators: added, listed, renamed and deactivated; their names go on every write."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.db.models import AuditEntry
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.operators import OperatorInput, OperatorService


@pytest.fixture
def operators(db: Database) -> OperatorService:
    return OperatorService(db)


def test_add_and_list_names(operators: OperatorService) -> None:
    assert operators.add("  Siti   Aminah ") == "Siti Aminah"
    operators.add("Budi")
    assert operators.names() == ["Budi", "Siti Aminah"]


def test_add_refuses_empty_long_and_duplicate_names(operators: OperatorService) -> None:
    operators.add("Budi")
    for name, code in (("", "required"), ("x" * 81, "too_long"), ("BUDI", "duplicate")):
        with pytest.raises(ValidationError) as caught:
            operators.add(name)
        assert [(e.field, e.code) for e in caught.value.errors] == [("name", code)]
    assert operators.count(ListQuery()) == 1


def test_list_with_ids_search_and_active_filter(operators: OperatorService) -> None:
    budi = operators.create(OperatorInput("Budi"))
    siti = operators.create(OperatorInput("Siti"))
    rows = operators.page(ListQuery(), 0, 10)
    assert [(r.id, r.name, r.active) for r in rows] == [(budi, "Budi", True), (siti, "Siti", True)]
    assert [r.name for r in operators.page(ListQuery(search="sit"), 0, 10)] == ["Siti"]
    operators.deactivate(budi)
    assert operators.count(ListQuery().with_filter("active", True)) == 1
    assert operators.names() == ["Siti"]


def test_rename_and_deactivate(operators: OperatorService, db: Database) -> None:
    budi = operators.create(OperatorInput("Budi"))
    operators.use("Budi")
    assert operators.rename(budi, 1, " Budi  Santoso ") == "Budi Santoso"
    detail = operators.get(budi)
    assert (detail.name, detail.active, detail.version) == ("Budi Santoso", True, 2)
    assert db.actor.name == "Budi Santoso"  # later writes carry the new name

    operators.update(budi, 2, OperatorInput("Budi Santoso", active=False))
    assert operators.get(budi).active is False
    assert operators.names() == []
    operators.activate(budi)
    assert operators.names() == ["Budi Santoso"]


def test_rename_refuses_duplicates_and_stale_versions(operators: OperatorService) -> None:
    operators.create(OperatorInput("Budi"))
    siti = operators.create(OperatorInput("Siti"))
    with pytest.raises(ValidationError) as caught:
        operators.rename(siti, 1, "budi")
    assert [(e.field, e.code) for e in caught.value.errors] == [("name", "duplicate")]
    operators.rename(siti, 1, "Siti Aminah")
    with pytest.raises(SentraError) as stale:
        operators.rename(siti, 1, "Siti Lama")
    assert stale.value.code == "stale"
    assert operators.get(siti).name == "Siti Aminah"


def test_adding_a_deactivated_name_brings_the_operator_back(operators: OperatorService) -> None:
    budi = operators.create(OperatorInput("Budi"))
    operators.deactivate(budi)
    assert operators.create(OperatorInput("budi")) == budi
    assert operators.names() == ["Budi"]
    assert operators.count(ListQuery()) == 1


def test_operator_changes_are_audited(db: Database, operators: OperatorService) -> None:
    budi = operators.create(OperatorInput("Budi"))
    operators.rename(budi, 1, "Budi Santoso")
    with db.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "app_user").order_by(AuditEntry.id)
        ).all()
        assert [e.action.value for e in entries] == ["insert", "update"]
        assert {e.actor for e in entries} == {"Penguji"}
