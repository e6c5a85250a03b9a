"""One audit writer: the ORM hook, Core inserts and bulk imports write the same audit rows.

The same record is saved through each path and the audit rows compared field by field; a bulk
import's summary row names every id it wrote; listeners of the writer run inside the save's
transaction, whatever path saved.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, cast

import pytest
from sqlalchemy import Connection, Table, func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import AuditAction, MovementKind
from sentra_desktop.db.audit import AuditRow, listening
from sentra_desktop.db.inserts import (
    audit_bulk,
    bulk_insert_returning_ids,
    expand_ranges,
    id_ranges,
    insert_audited,
    ordered_uuids,
)
from sentra_desktop.db.models import AuditEntry, ProductionEntry, StockMovement
from sentra_desktop.services.catalogue_setup import ProductTypeInput, ProductTypeService
from sentra_desktop.services.database import Database
from sentra_desktop.services.production import ProductionInput, ProductionService
from sentra_desktop.services.stock import post_movement, post_rows
from tests.services.test_stock import World, make_world

TODAY = date.today()
_PE = cast(Table, ProductionEntry.__table__)


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)


def _audit_of(session: Session, table: str, record_id: int) -> AuditEntry:
    return session.scalars(
        select(AuditEntry).where(AuditEntry.table_name == table, AuditEntry.record_id == record_id)
    ).one()


def _same_audit(session: Session, table: str, model: Any, first_id: int, second_id: int) -> None:
    """The two records' audit rows agree in every field but the record's own key and UUID."""
    rows = [_audit_of(session, table, i) for i in (first_id, second_id)]
    records = [session.get(model, i) for i in (first_id, second_id)]
    changes = [json.loads(row.changes) for row in rows]
    for row, record, values in zip(rows, records, changes, strict=True):
        assert record is not None
        assert (row.record_id, row.record_uuid) == (record.id, record.uuid)
        assert (values.pop("id"), values.pop("uuid")) == (record.id, str(record.uuid))
        assert row.at is not None
    assert changes[0] == changes[1]
    fields = ("actor", "action", "table_name")
    assert [getattr(rows[0], f) for f in fields] == [getattr(rows[1], f) for f in fields]
    assert (rows[0].actor, rows[0].action) == ("Penguji", AuditAction.INSERT)


def test_an_entry_saved_by_the_orm_by_core_and_in_bulk_is_audited_alike(db: Database, world: World) -> None:
    values = {
        "produced_on": TODAY,
        "month": TODAY.strftime("%Y-%m"),
        "design_id": world.keychain,
        "maker_id": world.budi,
        "member_business_id": world.member,
        "good_qty": 12,
        "reject_qty": 1,
        "voided_at": None,
        "note": "cetakan ñ baru",
    }
    with db.transaction() as session:
        entry = ProductionEntry(**values)
        session.add(entry)
        session.flush()
        orm_id = entry.id
        core_id = insert_audited(session, _PE, values)
        columns = ("uuid", "created_at", "updated_at", "created_by", "updated_by", "version", *values)
        [key] = ordered_uuids(1)
        now = datetime.now(UTC)
        bulk_ids = bulk_insert_returning_ids(
            session, _PE, columns, [(key, now, now, "Penguji", "Penguji", 1, *values.values())]
        )
        summary = audit_bulk(session, _PE, bulk_ids)
    with db.reading() as session:
        _same_audit(session, "production_entry", ProductionEntry, orm_id, core_id)
        changes = json.loads(_audit_of(session, "production_entry", core_id).changes)
        core = _audit_of(session, "production_entry", core_id)
        bulk = session.get(AuditEntry, summary.id)
        assert bulk is not None and bulk.changes == summary.changes
        head = [(row.actor, row.action, row.table_name, row.at is not None) for row in (core, bulk)]
        bulk_entry = session.get(ProductionEntry, bulk_ids[0])
        assert bulk_entry is not None and bulk_entry.note == values["note"]
    assert head[0] == head[1]
    assert expand_ranges(json.loads(summary.changes)["ids"]) == bulk_ids
    assert changes["produced_on"] == TODAY.isoformat() and changes["note"] == "cetakan ñ baru"
    assert "created_by" not in changes and "version" not in changes


def test_a_movement_posted_by_the_orm_and_by_core_is_audited_alike(db: Database, world: World) -> None:
    values: dict[str, Any] = {
        "material_id": world.latex,
        "kind": MovementKind.RECEIPT,
        "quantity": Decimal("1.250"),
        "moved_on": TODAY,
        "reference": "nota 7",
        "note": "x",
        "member_business_id": world.member,
    }
    with db.transaction() as session:
        orm_id = post_movement(session, **values).id
        [core_id] = post_rows(session, [values])
    with db.reading() as session:
        _same_audit(session, "stock_movement", StockMovement, orm_id, core_id)


def test_id_ranges_name_every_id() -> None:
    assert id_ranges([9, 1, 2, 3, 7, 10, 2]) == "1-3,7,9-10"
    assert id_ranges([]) == "" and expand_ranges("") == []
    assert expand_ranges("1-3,7,9-10") == [1, 2, 3, 7, 9, 10]
    ids = [4, 5, 6, 100, 102, 103]
    assert expand_ranges(id_ranges(ids)) == ids


def test_a_bulk_import_writes_one_row_naming_every_record(db: Database, world: World) -> None:
    rows = [ProductionInput(TODAY, "GK-01", world.budi, str(5 + i)) for i in range(30)]
    ProductionService(db).create(ProductionInput(TODAY, "TG-01", world.sari, "3"))
    assert ProductionService(db).bulk_create(rows) == 30
    with db.reading() as session:
        [summary] = session.scalars(select(AuditEntry).where(AuditEntry.record_id.is_(None))).all()
        head = (summary.table_name, summary.action, summary.actor)
        changes = json.loads(summary.changes)
        entries = sorted(
            session.scalars(select(ProductionEntry.id).where(ProductionEntry.maker_id == world.budi))
        )
        movements = sorted(
            session.scalars(select(StockMovement.id).where(StockMovement.production_entry_id.in_(entries)))
        )
        per_record = session.scalar(
            select(func.count()).where(
                AuditEntry.record_id.in_(entries), AuditEntry.table_name == "production_entry"
            )
        )
    assert head == (
        "production_entry",
        AuditAction.INSERT,
        "Penguji",
    )
    assert changes["bulk_import"] == 30 and len(entries) == 30 and len(movements) == 90
    assert expand_ranges(changes["ids"]) == entries
    assert expand_ranges(changes["stock_movement_ids"]) == movements
    assert per_record == 0


# --- listeners -------------------------------------------------------------------------------------


class _Recorder:
    """A listener that keeps what it was given and what its connection saw at that moment."""

    def __init__(self) -> None:
        self.rows: list[AuditRow] = []
        self.visible: list[bool] = []

    def __call__(self, connection: Connection, rows: Sequence[AuditRow]) -> None:
        self.rows.extend(rows)
        ids = [row.id for row in rows]
        found = connection.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.id.in_(ids)))
        self.visible.append(found == len(ids))


def test_listeners_follow_every_path_inside_its_transaction(db: Database, world: World) -> None:
    recorder = _Recorder()
    with listening(recorder):
        type_id = ProductTypeService(db).create(ProductTypeInput(name="Gelang"))  # ORM flush
        saved = ProductionService(db).create(ProductionInput(TODAY, "GK-01", world.sari, "4"))  # Core
        ProductionService(db).bulk_create([ProductionInput(TODAY, "TG-01", world.sari, "2")])  # bulk
    ProductTypeService(db).create(ProductTypeInput(name="Tidak didengar"))
    assert recorder.visible and all(recorder.visible)
    kinds = [(row.record.table_name, row.record.record_id) for row in recorder.rows]
    assert ("product_type", type_id) in kinds and ("production_entry", saved.entry_id) in kinds
    assert ("production_entry", None) in kinds
    assert ("stock_movement", None) not in kinds and len({row.id for row in recorder.rows}) == len(kinds)
    with db.reading() as session:
        stored = {
            row.id: (row.table_name, row.record_id, row.changes, row.actor)
            for row in session.scalars(
                select(AuditEntry).where(AuditEntry.id.in_([r.id for r in recorder.rows]))
            )
        }
        assert session.scalar(select(func.count()).select_from(AuditEntry)) > len(stored)
    written = {
        r.id: (r.record.table_name, r.record.record_id, r.changes, r.record.actor) for r in recorder.rows
    }
    assert stored == written


def test_a_failing_listener_rolls_the_save_back(db: Database, world: World) -> None:
    def refuse(_connection: Connection, _rows: Sequence[AuditRow]) -> None:
        raise RuntimeError("index unavailable")

    with db.reading() as session:
        before = session.scalar(select(func.count()).select_from(AuditEntry))
    with listening(refuse), pytest.raises(RuntimeError):
        ProductionService(db).create(ProductionInput(TODAY, "GK-01", world.sari, "4"))
    with listening(refuse), pytest.raises(RuntimeError), db.transaction() as session:
        audit_bulk(session, _PE, [1, 2])
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == before
        assert session.scalar(select(func.count()).select_from(ProductionEntry)) == 0
