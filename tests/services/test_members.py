"""Member businesses and makers: validation, duplicates, stale edits, history, audit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from sentra_desktop.core.errors import NotFoundError, SentraError, ValidationError
from sentra_desktop.db.models import AuditEntry, ProductionEntry
from sentra_desktop.services.catalogue_setup import ProductTypeInput, ProductTypeService
from sentra_desktop.services.database import Database
from sentra_desktop.services.designs import DesignInput, DesignService
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.members import MakerInput, MakerService, MemberInput, MemberService


def codes(exc: ValidationError) -> dict[str | None, str]:
    return {e.field: e.code for e in exc.errors}


@pytest.fixture
def members(db: Database) -> MemberService:
    return MemberService(db)


@pytest.fixture
def makers(db: Database) -> MakerService:
    return MakerService(db)


def add_production(db: Database, maker_id: int, member_id: int | None = None) -> None:
    """One production entry by ``maker_id``, written straight to the tables."""
    type_id = ProductTypeService(db).create(ProductTypeInput(name="Gantungan kunci"))
    design_id = DesignService(db).create(
        DesignInput(code="GK-01", name="Ikan belida", product_type_id=type_id)
    )
    with db.transaction() as session:
        session.add(
            ProductionEntry(
                produced_on=date(2026, 11, 28),
                month="2026-11",
                design_id=design_id,
                maker_id=maker_id,
                member_business_id=member_id,
                good_qty=10,
            )
        )


# --- member businesses ---------------------------------------------------------------------


def test_create_get_list_and_search(members: MemberService) -> None:
    member_id = members.create(
        MemberInput(
            name="  IKM   Karet Jaya ",
            owner="Pak Budi",
            address="Kebun Bunga",
            phone="0812-7777 1234",
            notes="Cetak gantungan kunci",
        )
    )
    members.create(MemberInput(name="IKM Sabutret Talang Jambe", owner="Bu Sari"))

    detail = members.get(member_id)
    assert detail.name == "IKM Karet Jaya"
    assert detail.owner == "Pak Budi"
    assert detail.phone == "0812-7777 1234"
    assert detail.active is True
    assert detail.version == 1

    assert members.count(ListQuery()) == 2
    rows = members.page(ListQuery(), 0, 50)
    assert [r.name for r in rows] == ["IKM Karet Jaya", "IKM Sabutret Talang Jambe"]
    assert members.count(ListQuery(search="sari")) == 1
    assert [r.name for r in members.page(ListQuery(search="kebun"), 0, 50)] == ["IKM Karet Jaya"]


def test_duplicate_name_refused_ignoring_case_and_nothing_written(members: MemberService) -> None:
    members.create(MemberInput(name="IKM Karet Jaya"))
    with pytest.raises(ValidationError) as caught:
        members.create(MemberInput(name="ikm KARET jaya"))
    error = caught.value.for_field("name")[0]
    assert error.code == "duplicate"
    assert error.params["value"] == "ikm KARET jaya"
    assert members.count(ListQuery()) == 1


def test_every_problem_is_reported_at_once(members: MemberService) -> None:
    with pytest.raises(ValidationError) as caught:
        members.create(MemberInput(name="   ", owner="x" * 121, phone="call me", notes="n" * 2001))
    assert codes(caught.value) == {
        "name": "required",
        "owner": "too_long",
        "phone": "invalid_phone",
        "notes": "too_long",
    }
    assert caught.value.for_field("owner")[0].params == {"max": 120}
    assert members.count(ListQuery()) == 0


def test_update_takes_the_version_read_and_refuses_a_stale_one(members: MemberService) -> None:
    member_id = members.create(MemberInput(name="IKM Karet Jaya"))
    members.update(member_id, 1, MemberInput(name="IKM KARET JAYA", owner="Pak Budi"))
    detail = members.get(member_id)
    assert (detail.name, detail.owner, detail.version) == ("IKM KARET JAYA", "Pak Budi", 2)

    with pytest.raises(SentraError) as caught:
        members.update(member_id, 1, MemberInput(name="Ditimpa"))
    assert caught.value.code == "stale"
    assert members.get(member_id).name == "IKM KARET JAYA"


def test_update_refuses_another_records_name(members: MemberService) -> None:
    members.create(MemberInput(name="IKM Karet Jaya"))
    other = members.create(MemberInput(name="IKM Lain"))
    with pytest.raises(ValidationError) as caught:
        members.update(other, 1, MemberInput(name="ikm karet jaya"))
    assert codes(caught.value) == {"name": "duplicate"}
    assert members.get(other).name == "IKM Lain"


def test_member_with_makers_is_deactivated_not_deleted(members: MemberService, makers: MakerService) -> None:
    member_id = members.create(MemberInput(name="IKM Karet Jaya"))
    makers.create(MakerInput(name="Rina", member_business_id=member_id))
    with pytest.raises(SentraError) as caught:
        members.delete(member_id)
    assert caught.value.code == "has_history"

    members.deactivate(member_id)
    assert members.get(member_id).active is False
    assert members.count(ListQuery().with_filter("active", True)) == 0
    assert members.count(ListQuery()) == 1
    assert members.page(ListQuery(), 0, 10)[0].makers == 1
    assert members.choices() == []
    assert [c.id for c in members.choices(include_id=member_id)] == [member_id]

    members.activate(member_id)
    assert members.get(member_id).active is True


def test_member_named_on_production_cannot_be_deleted(
    db: Database, members: MemberService, makers: MakerService
) -> None:
    member_id = members.create(MemberInput(name="IKM Karet Jaya"))
    maker_id = makers.create(MakerInput(name="Wati"))
    add_production(db, maker_id, member_id)
    with pytest.raises(SentraError) as caught:
        members.delete(member_id)
    assert caught.value.code == "has_history"


def test_unused_member_is_deleted(members: MemberService) -> None:
    member_id = members.create(MemberInput(name="Salah ketik"))
    members.delete(member_id)
    assert members.count(ListQuery()) == 0
    with pytest.raises(NotFoundError):
        members.get(member_id)


def test_writes_are_audited_with_the_operator(db: Database, members: MemberService) -> None:
    member_id = members.create(MemberInput(name="IKM Karet Jaya"))
    members.update(member_id, 1, MemberInput(name="IKM Karet Jaya", owner="Pak Budi"))
    members.deactivate(member_id)
    with db.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "member_business").order_by(AuditEntry.id)
        ).all()
        assert [e.action.value for e in entries] == ["insert", "update", "update"]
        assert {e.actor for e in entries} == {"Penguji"}
        assert all(e.record_id == member_id for e in entries)


# --- makers --------------------------------------------------------------------------------


def test_maker_create_list_search_and_member_name(members: MemberService, makers: MakerService) -> None:
    member_id = members.create(MemberInput(name="IKM Karet Jaya"))
    rina = makers.create(MakerInput(name="Rina", member_business_id=member_id, phone="0812 1"))
    makers.create(MakerInput(name="Wati"))

    detail = makers.get(rina)
    assert (detail.name, detail.member_business_id, detail.phone) == ("Rina", member_id, "0812 1")
    rows = makers.page(ListQuery(), 0, 10)
    assert [(r.name, r.member_business) for r in rows] == [("Rina", "IKM Karet Jaya"), ("Wati", "")]
    assert [r.name for r in makers.page(ListQuery(search="karet"), 0, 10)] == ["Rina"]
    assert makers.count(ListQuery().with_filter("member_business_id", member_id)) == 1
    sorted_rows = makers.page(ListQuery(sort="member_business", descending=True), 0, 10)
    assert [r.name for r in sorted_rows] == ["Rina", "Wati"]


def test_maker_validation(makers: MakerService) -> None:
    makers.create(MakerInput(name="Rina"))
    with pytest.raises(ValidationError) as caught:
        makers.create(MakerInput(name="RINA", member_business_id=999, phone="abc"))
    assert codes(caught.value) == {
        "name": "duplicate",
        "member_business_id": "invalid_choice",
        "phone": "invalid_phone",
    }
    with pytest.raises(ValidationError) as caught:
        makers.create(MakerInput(name="R" * 121))
    assert codes(caught.value) == {"name": "too_long"}
    assert makers.count(ListQuery()) == 1


def test_maker_stale_edit_refused(makers: MakerService) -> None:
    maker_id = makers.create(MakerInput(name="Rina"))
    makers.update(maker_id, 1, MakerInput(name="Rina Wati"))
    with pytest.raises(SentraError) as caught:
        makers.update(maker_id, 1, MakerInput(name="Rina Lama"))
    assert caught.value.code == "stale"
    assert makers.get(maker_id).name == "Rina Wati"


def test_maker_with_production_is_deactivated_not_deleted(db: Database, makers: MakerService) -> None:
    maker_id = makers.create(MakerInput(name="Rina"))
    add_production(db, maker_id)
    with pytest.raises(SentraError) as caught:
        makers.delete(maker_id)
    assert caught.value.code == "has_history"
    makers.deactivate(maker_id)
    assert makers.get(maker_id).active is False
    assert makers.count(ListQuery().with_filter("active", True)) == 0

    spare = makers.create(MakerInput(name="Belum kerja"))
    makers.delete(spare)
    assert makers.count(ListQuery()) == 1


def test_maker_audit(db: Database, makers: MakerService) -> None:
    maker_id = makers.create(MakerInput(name="Rina"))
    makers.delete(maker_id)
    with db.reading() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "maker")).all()
        assert sorted(e.action.value for e in entries) == ["delete", "insert"]
        assert {e.actor for e in entries} == {"Penguji"}
