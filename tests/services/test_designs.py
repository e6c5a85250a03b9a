"""The design catalogue service: create, list, search, sort, edit, retire, delete, refuse."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from PIL import Image
from sqlalchemy import func, select

from sentra_desktop.core.actor import Actor
from sentra_desktop.core.enums import DesignStatus, MovementKind
from sentra_desktop.core.errors import ConflictError, SentraError, ValidationError
from sentra_desktop.db.models import AuditEntry, DesignPhoto, DesignVariant, ProductType, StockMovement
from sentra_desktop.services.database import Database
from sentra_desktop.services.designs import DesignInput, DesignService
from sentra_desktop.services.listing import ListQuery


def png(width: int = 1600, height: int = 1200, colour: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def service(db: Database) -> DesignService:
    return DesignService(db)


@pytest.fixture
def type_id(db: Database) -> int:
    with db.transaction() as session:
        kind = ProductType(name="Gantungan kunci")
        session.add(kind)
        session.flush()
        return kind.id


def sample(type_id: int, **changes: object) -> DesignInput:
    values: dict[str, object] = {
        "code": "gk-amp-01",
        "name": "Gantungan Kunci  Jembatan Ampera",
        "product_type_id": type_id,
        "colour": "Merah",
        "size": "5 cm",
        "price": "15.000",
        "cost": "6000",
        "introduced_on": date(2026, 3, 1),
    }
    values.update(changes)
    return DesignInput(**values)  # type: ignore[arg-type]


def design_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(DesignVariant)) or 0)


def test_create_cleans_and_stores(service: DesignService, type_id: int) -> None:
    design_id = service.create(sample(type_id, photo=png()))
    detail = service.get(design_id)
    assert detail.code == "GK-AMP-01"
    assert detail.name == "Gantungan Kunci Jembatan Ampera"
    assert (detail.price, detail.cost) == (15000, 6000)
    assert detail.status == DesignStatus.ACTIVE
    with Image.open(io.BytesIO(detail.photo or b"")) as img:
        assert max(img.size) == 800 and img.format == "JPEG"
    assert detail.version == 1 and not detail.has_history


def test_list_search_filter_sort(service: DesignService, type_id: int, db: Database) -> None:
    with db.transaction() as session:
        mat = ProductType(name="Keset")
        session.add(mat)
        session.flush()
        mat_id = mat.id
    service.create(sample(type_id, code="GK-01", name="Ampera", price=5000, photo=png()))
    service.create(sample(type_id, code="GK-02", name="Songket biru", price=9000, colour="Biru"))
    service.create(
        sample(mat_id, code="KS-01", name="Keset sabut", price=75000, status=DesignStatus.PROTOTYPE)
    )
    everything = ListQuery(sort="code")
    assert service.count(everything) == 3
    rows = service.page(everything, 0, 10)
    assert [r.code for r in rows] == ["GK-01", "GK-02", "KS-01"]
    assert rows[0].thumbnail is not None and rows[1].thumbnail is None
    assert [r.code for r in service.page(everything.with_sort("price", True), 0, 10)] == [
        "KS-01",
        "GK-02",
        "GK-01",
    ]
    assert [r.code for r in service.page(everything.with_search("biru"), 0, 10)] == ["GK-02"]
    assert [r.code for r in service.page(everything.with_search("keset"), 0, 10)] == ["KS-01"]
    assert service.count(everything.with_search("100%_")) == 0
    assert service.count(everything.with_filter("status", "prototype")) == 1
    assert service.count(everything.with_filter("product_type_id", type_id)) == 2
    assert [r.code for r in service.page(everything, 1, 1)] == ["GK-02"]


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"name": "  "}, "name", "required"),
        ({"code": ""}, "code", "required"),
        ({"code": "GK 01"}, "code", "invalid_code"),
        ({"price": "-5.000"}, "price", "negative"),
        ({"price": "lima ribu"}, "price", "not_a_number"),
        ({"price": "15.000,50"}, "price", "not_whole_rupiah"),
        ({"cost": -1}, "cost", "negative"),
        ({"name": "x" * 121}, "name", "too_long"),
        ({"notes": "x" * 2001}, "notes", "too_long"),
        ({"product_type_id": None}, "product_type_id", "required"),
        ({"photo": b"%PDF-1.4 not a picture"}, "photo", "not_an_image"),
    ],
)
def test_bad_input_saves_nothing(
    service: DesignService, type_id: int, db: Database, changes: dict, field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        service.create(sample(type_id, **changes))
    assert (field, code) in [(e.field, e.code) for e in exc.value.errors]
    assert design_count(db) == 0


def test_all_problems_reported_at_once(service: DesignService, type_id: int) -> None:
    with pytest.raises(ValidationError) as exc:
        service.create(sample(type_id, code="", name="", price="abc"))
    assert {e.field for e in exc.value.errors} == {"code", "name", "price"}


def test_duplicate_code_case_insensitive(service: DesignService, type_id: int, db: Database) -> None:
    first = service.create(sample(type_id))
    with pytest.raises(ValidationError) as exc:
        service.create(sample(type_id, code="GK-amp-01", name="Lain"))
    assert exc.value.errors[0].code == "duplicate"
    assert design_count(db) == 1
    detail = service.get(first)
    service.update(first, detail.version, sample(type_id, name="Nama baru"))  # own code is no clash


def test_update_and_stale_edit_refused(service: DesignService, type_id: int) -> None:
    design_id = service.create(sample(type_id, photo=png()))
    seen = service.get(design_id)
    service.update(design_id, seen.version, sample(type_id, price="20.000"))
    with pytest.raises(ConflictError) as exc:
        service.update(design_id, seen.version, sample(type_id, price="1"))
    assert exc.value.code == "stale"
    now = service.get(design_id)
    assert now.price == 20000 and now.version == seen.version + 1
    assert now.photo is not None  # an edit without a new photo keeps the old one
    service.update(design_id, now.version, sample(type_id, remove_photo=True))
    assert service.get(design_id).photo is None


def test_delete_without_history_and_retire_with_history(
    service: DesignService, type_id: int, db: Database
) -> None:
    loose = service.create(sample(type_id, code="X-1", photo=png()))
    service.delete(loose)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(DesignPhoto)) == 0
    used = service.create(sample(type_id, code="X-2"))
    with db.transaction() as session:
        session.add(
            StockMovement(
                moved_on=date(2026, 11, 1), kind=MovementKind.PRODUCTION_IN, design_id=used, quantity=5
            )
        )
    assert service.get(used).has_history
    with pytest.raises(SentraError) as exc:
        service.delete(used)
    assert exc.value.code == "has_history"
    service.retire(used)
    assert service.get(used).status == DesignStatus.RETIRED
    assert design_count(db) == 1


def test_every_write_is_audited_with_the_operator(service: DesignService, type_id: int, db: Database) -> None:
    db.actor = Actor("Siti Aminah")
    design_id = service.create(sample(type_id, photo=png()))
    service.update(design_id, 1, sample(type_id, price="17.500"))
    with db.reading() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "design_variant").order_by(AuditEntry.id)
        ).all()
        assert [(r.action.value, r.actor) for r in rows] == [
            ("insert", "Siti Aminah"),
            ("update", "Siti Aminah"),
        ]
        assert json.loads(rows[1].changes) == {"price": [15000, 17500]}
        photo_rows = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "design_photo")).all()
        assert len(photo_rows) == 1 and "bytes" in photo_rows[0].changes
        assert session.get(DesignVariant, design_id).updated_by == "Siti Aminah"  # type: ignore[union-attr]
