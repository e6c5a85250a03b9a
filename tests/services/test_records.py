"""The record base: every declared kind is consistent, and a new kind takes a few lines."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from sentra_desktop.core.errors import ConflictError, ValidationError
from sentra_desktop.db.models import DesignVariant, Mould, ProductType
from sentra_desktop.services.catalogue_setup import MOULDS, PRODUCT_TYPES, MouldInput, ProductTypeInput
from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database
from sentra_desktop.services.designs import DesignInput
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.materials import MATERIALS
from sentra_desktop.services.members import MAKERS, MEMBERS
from sentra_desktop.services.operators import OPERATORS
from sentra_desktop.services.record_kind import Field, FieldKind, ListColumn, RecordKind
from sentra_desktop.services.records import InUseError, RecordDetail, RecordRow, RecordService

KINDS = [MEMBERS, MAKERS, PRODUCT_TYPES, MOULDS, OPERATORS, MATERIALS]


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.model.__name__)
def test_every_declaration_is_consistent(kind: RecordKind[Any, Any]) -> None:
    """Fields are the model's and the input's; columns and rows are the list's values."""
    input_fields = {f.name for f in dataclasses.fields(kind.input)}
    row_fields = {f.name for f in dataclasses.fields(kind.row)} - {"id"}
    detail_fields = {f.name for f in dataclasses.fields(kind.detail)} - {"id", "version"}
    for spec in kind.fields:
        assert hasattr(kind.model, spec.name), spec.name
        assert spec.name in input_fields and spec.name in detail_fields, spec.name
        assert (spec.kind is FieldKind.REFERENCE) == (spec.reference is not None), spec.name
    assert set(kind.values) == row_fields
    assert {c.key for c in kind.columns} <= set(kind.values)
    assert kind.default_sort in kind.values and kind.label_key in kind.values
    assert kind.stretch is None or kind.stretch in {c.key for c in kind.columns}
    assert "active" in kind.values


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.model.__name__)
def test_every_list_value_sorts_both_ways(services: Services, kind: RecordKind[Any, Any]) -> None:
    service = next(s for s in services.every().values() if getattr(s, "kind", None) is kind)
    for key in kind.values:
        for descending in (False, True):
            assert service.page(ListQuery(sort=key, descending=descending), 0, 10) == []


def test_stale_edits_and_records_in_use_are_typed(services: Services) -> None:
    type_id = services.product_types.create(ProductTypeInput(name="Keset"))
    services.product_types.update(type_id, 1, ProductTypeInput(name="Keset sabut"))
    with pytest.raises(ConflictError):
        services.product_types.update(type_id, 1, ProductTypeInput(name="Keset karet"))
    services.designs.create(DesignInput(code="KS-01", name="Keset", product_type_id=type_id))
    with pytest.raises(InUseError) as caught:
        services.product_types.delete(type_id)
    assert caught.value.code == "has_history"  # the message the forms already show


def test_a_reference_offers_active_records_and_the_one_already_chosen(services: Services) -> None:
    kept = services.product_types.create(ProductTypeInput(name="Keset"))
    old = services.product_types.create(ProductTypeInput(name="Sandal", active=False))
    moulds = services.moulds
    assert [c.name for c in moulds.reference_choices("product_type_id")] == ["Keset"]
    assert [c.id for c in moulds.reference_choices("product_type_id", include_id=old)] == [kept, old]
    with pytest.raises(ValidationError) as caught:
        moulds.create(MouldInput(code="K-1", name="Keset", product_type_id=old + 100))
    assert [(e.field, e.code) for e in caught.value.errors] == [("product_type_id", "invalid_choice")]


# --- a new kind is a declaration ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class ShapeRow(RecordRow):
    name: str
    active: bool


@dataclasses.dataclass(frozen=True)
class ShapeInput:
    name: str
    active: bool = True


@dataclasses.dataclass(frozen=True)
class ShapeDetail(RecordDetail):
    name: str
    active: bool


SHAPES: RecordKind[ShapeRow, ShapeDetail] = RecordKind(
    model=ProductType,
    title="Shape",
    new_title="New shape",
    plural="Shapes",
    fields=(Field("name", "&Name:", required=True, max_len=20, unique=True), Field.status("In use")),
    input=ShapeInput,
    row=ShapeRow,
    detail=ShapeDetail,
    values={"name": ProductType.name, "active": ProductType.active},
    columns=(ListColumn("name", "Name"), ListColumn.status()),
    search=(ProductType.name,),
    referenced_by=(DesignVariant.product_type_id, Mould.product_type_id),
)


class ShapeService(RecordService[ProductType, ShapeRow, ShapeInput, ShapeDetail]):
    kind = SHAPES


def test_a_new_kind_gets_every_use_case_from_its_declaration(db: Database) -> None:
    shapes = ShapeService(db)
    round_id = shapes.create(ShapeInput(" Bulat "))
    square_id = shapes.create(ShapeInput("Kotak"))
    with pytest.raises(ValidationError) as caught:
        shapes.create(ShapeInput("BULAT"))
    assert caught.value.errors[0].code == "duplicate"
    with pytest.raises(ValidationError) as caught:
        shapes.create(ShapeInput("x" * 21))
    assert caught.value.errors[0].code == "too_long"
    assert shapes.get(round_id) == ShapeDetail(id=round_id, version=1, name="Bulat", active=True)
    shapes.update(round_id, 1, ShapeInput("Bulat besar"))
    shapes.deactivate(square_id)
    assert shapes.page(ListQuery(sort="name", descending=True), 0, 10) == [
        ShapeRow(id=square_id, name="Kotak", active=False),
        ShapeRow(id=round_id, name="Bulat besar", active=True),
    ]
    assert shapes.count(ListQuery().with_filter("active", True)) == 1
    assert [c.name for c in shapes.choices()] == ["Bulat besar"]
    shapes.delete(square_id)
    assert shapes.count(ListQuery(search="kotak")) == 0
