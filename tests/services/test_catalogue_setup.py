"""Product types and moulds: validation, cavities parsing, duplicates, stale edits, history."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.db.models import AuditEntry
from sentra_desktop.services.catalogue_setup import (
    MouldInput,
    MouldService,
    ProductTypeInput,
    ProductTypeService,
)
from sentra_desktop.services.database import Database
from sentra_desktop.services.designs import DesignInput, DesignService
from sentra_desktop.services.listing import ListQuery


def codes(exc: ValidationError) -> dict[str | None, str]:
    return {e.field: e.code for e in exc.errors}


@pytest.fixture
def types(db: Database) -> ProductTypeService:
    return ProductTypeService(db)


@pytest.fixture
def moulds(db: Database) -> MouldService:
    return MouldService(db)


# --- product types -------------------------------------------------------------------------


def test_product_type_create_update_list_search(types: ProductTypeService) -> None:
    keychain = types.create(ProductTypeInput(name=" Gantungan  kunci ", notes="Souvenir karet"))
    types.create(ProductTypeInput(name="Keset sabutret"))
    assert types.get(keychain).name == "Gantungan kunci"
    assert types.count(ListQuery()) == 2
    assert [r.name for r in types.page(ListQuery(search="keset"), 0, 10)] == ["Keset sabutret"]
    assert [r.name for r in types.page(ListQuery(search="souvenir"), 0, 10)] == ["Gantungan kunci"]

    types.update(keychain, 1, ProductTypeInput(name="Gantungan kunci karet", active=False))
    detail = types.get(keychain)
    assert (detail.name, detail.active, detail.version) == ("Gantungan kunci karet", False, 2)
    assert [c.name for c in types.choices()] == ["Keset sabutret"]
    assert [c.name for c in types.choices(include_id=keychain)] == ["Gantungan kunci karet", "Keset sabutret"]


def test_product_type_refusals_write_nothing(types: ProductTypeService) -> None:
    types.create(ProductTypeInput(name="Gantungan kunci"))
    with pytest.raises(ValidationError) as caught:
        types.create(ProductTypeInput(name="GANTUNGAN KUNCI"))
    assert codes(caught.value) == {"name": "duplicate"}
    assert caught.value.errors[0].params == {"value": "GANTUNGAN KUNCI"}
    with pytest.raises(ValidationError) as caught:
        types.create(ProductTypeInput(name="", notes="x" * 2001))
    assert codes(caught.value) == {"name": "required", "notes": "too_long"}
    with pytest.raises(ValidationError) as caught:
        types.create(ProductTypeInput(name="k" * 121))
    assert caught.value.errors[0].params == {"max": 120}
    assert types.count(ListQuery()) == 1


def test_product_type_stale_edit_refused(types: ProductTypeService) -> None:
    type_id = types.create(ProductTypeInput(name="Tatakan gelas"))
    types.update(type_id, 1, ProductTypeInput(name="Tatakan gelas karet"))
    with pytest.raises(SentraError) as caught:
        types.update(type_id, 1, ProductTypeInput(name="Tatakan"))
    assert caught.value.code == "stale"


def test_product_type_used_by_a_design_is_deactivated_not_deleted(
    db: Database, types: ProductTypeService
) -> None:
    type_id = types.create(ProductTypeInput(name="Gantungan kunci"))
    DesignService(db).create(DesignInput(code="GK-01", name="Ikan belida", product_type_id=type_id))
    with pytest.raises(SentraError) as caught:
        types.delete(type_id)
    assert caught.value.code == "has_history"
    assert types.page(ListQuery(), 0, 10)[0].designs == 1
    types.deactivate(type_id)
    assert types.count(ListQuery().with_filter("active", True)) == 0
    assert types.count(ListQuery().with_filter("active", False)) == 1


def test_product_type_named_by_a_mould_cannot_be_deleted(
    types: ProductTypeService, moulds: MouldService
) -> None:
    type_id = types.create(ProductTypeInput(name="Keset"))
    moulds.create(MouldInput(code="K-1", name="Keset 40x60", product_type_id=type_id))
    with pytest.raises(SentraError):
        types.delete(type_id)
    spare = types.create(ProductTypeInput(name="Salah"))
    types.delete(spare)
    assert types.count(ListQuery()) == 1


# --- moulds --------------------------------------------------------------------------------


def test_mould_create_update_and_list(types: ProductTypeService, moulds: MouldService) -> None:
    type_id = types.create(ProductTypeInput(name="Gantungan kunci"))
    mould_id = moulds.create(
        MouldInput(
            code=" ctk-001 ",
            name="Ikan belida",
            product_type_id=type_id,
            cavities=" 12 ",
            acquired_on=date(2011, 10, 1),
        )
    )
    moulds.create(MouldInput(code="CTK-002", name="Jembatan Ampera", cavities=4))
    detail = moulds.get(mould_id)
    assert (detail.code, detail.cavities, detail.acquired_on) == ("CTK-001", 12, date(2011, 10, 1))

    rows = moulds.page(ListQuery(), 0, 10)
    assert [(r.code, r.product_type, r.cavities) for r in rows] == [
        ("CTK-001", "Gantungan kunci", 12),
        ("CTK-002", "", 4),
    ]
    assert [r.code for r in moulds.page(ListQuery(search="gantungan"), 0, 10)] == ["CTK-001"]
    assert [r.code for r in moulds.page(ListQuery(sort="cavities"), 0, 10)] == ["CTK-002", "CTK-001"]

    moulds.update(mould_id, 1, MouldInput(code="CTK-001", name="Ikan belida", cavities="8"))
    detail = moulds.get(mould_id)
    assert (detail.cavities, detail.product_type_id, detail.acquired_on, detail.version) == (8, None, None, 2)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("abc", "not_a_number"),
        ("", "required"),
        ("0", "not_positive"),
        ("-2", "not_positive"),
        ("1,5", "not_whole_number"),
        ("2.000", "too_large"),
    ],
)
def test_cavities_must_be_a_whole_number_of_at_least_one(moulds: MouldService, typed: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        moulds.create(MouldInput(code="CTK-1", name="Uji", cavities=typed))
    assert codes(caught.value) == {"cavities": code}
    assert moulds.count(ListQuery()) == 0


def test_mould_problems_are_collected(moulds: MouldService) -> None:
    moulds.create(MouldInput(code="CTK-1", name="Ada"))
    with pytest.raises(ValidationError) as caught:
        moulds.create(MouldInput(code="ctk-1", name="", cavities=0, product_type_id=999))
    assert codes(caught.value) == {
        "code": "duplicate",
        "name": "required",
        "cavities": "not_positive",
        "product_type_id": "invalid_choice",
    }
    with pytest.raises(ValidationError) as caught:
        moulds.create(MouldInput(code="CTK 2", name="Spasi"))
    assert codes(caught.value) == {"code": "invalid_code"}
    assert moulds.count(ListQuery()) == 1


def test_mould_stale_edit_refused(moulds: MouldService) -> None:
    mould_id = moulds.create(MouldInput(code="CTK-1", name="Ikan"))
    moulds.update(mould_id, 1, MouldInput(code="CTK-1", name="Ikan belida"))
    with pytest.raises(SentraError) as caught:
        moulds.update(mould_id, 1, MouldInput(code="CTK-1", name="Lama"))
    assert caught.value.code == "stale"


def test_mould_used_by_a_design_is_deactivated_not_deleted(
    db: Database, types: ProductTypeService, moulds: MouldService
) -> None:
    type_id = types.create(ProductTypeInput(name="Gantungan kunci"))
    mould_id = moulds.create(MouldInput(code="CTK-1", name="Ikan"))
    DesignService(db).create(
        DesignInput(code="GK-01", name="Ikan belida", product_type_id=type_id, mould_ids=(mould_id,))
    )
    with pytest.raises(SentraError) as caught:
        moulds.delete(mould_id)
    assert caught.value.code == "has_history"
    moulds.deactivate(mould_id)
    assert moulds.get(mould_id).active is False
    assert moulds.page(ListQuery(), 0, 10)[0].designs == 1

    spare = moulds.create(MouldInput(code="CTK-2", name="Belum dipakai"))
    moulds.delete(spare)
    assert moulds.count(ListQuery()) == 1


def test_catalogue_writes_are_audited(db: Database, types: ProductTypeService, moulds: MouldService) -> None:
    type_id = types.create(ProductTypeInput(name="Keset"))
    mould_id = moulds.create(MouldInput(code="K-1", name="Keset", product_type_id=type_id))
    moulds.deactivate(mould_id)
    with db.reading() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name.in_(["product_type", "mould"]))
            .order_by(AuditEntry.id)
        ).all()
        assert [(e.table_name, e.action.value) for e in entries] == [
            ("product_type", "insert"),
            ("mould", "insert"),
            ("mould", "update"),
        ]
        assert {e.actor for e in entries} == {"Penguji"}
