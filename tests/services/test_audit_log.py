"""The audit log read back: who changed which record, when, old and new values, filterable."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sentra_desktop.core.enums import AuditAction
from sentra_desktop.core.errors import NotFoundError
from sentra_desktop.db.audit import AuditRecord, write_audit
from sentra_desktop.db.models import ProductType
from sentra_desktop.services.audit_log import (
    ACTION_FILTER,
    ACTOR_FILTER,
    FROM_FILTER,
    KIND_FILTER,
    TO_FILTER,
    AuditLogService,
)
from sentra_desktop.services.database import Database
from sentra_desktop.services.designs import DesignInput, DesignService
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.paging import FLIP_FROM


@pytest.fixture
def history(db: Database) -> int:
    """A design made by Sari, its price changed by Budi; returns the design id."""
    with db.transaction() as session:
        kind = ProductType(name="Gantungan kunci")
        session.add(kind)
        session.flush()
        type_id = kind.id
    db.actor = "Sari"
    designs = DesignService(db)
    design_id = designs.create(DesignInput(code="GK-01", name="Ampera", product_type_id=type_id, price=15000))
    db.actor = "Budi"
    detail = designs.get(design_id)
    changed = DesignInput(code="GK-01", name="Ampera", product_type_id=type_id, price=17500)
    designs.update(design_id, detail.version, changed)
    return design_id


def test_list_is_newest_first_with_who_what_and_label(db: Database, history: int) -> None:
    service = AuditLogService(db)
    rows = service.page(ListQuery(), 0, 50)
    assert service.count(ListQuery()) == len(rows) == 3
    newest = rows[0]
    assert (newest.actor, newest.action, newest.table_name, newest.record_id) == (
        "Budi",
        AuditAction.UPDATE,
        "design_variant",
        history,
    )
    assert newest.fields == ("price",)
    assert rows[1].label == "GK-01" and rows[1].actor == "Sari"
    assert rows[2].label == "Gantungan kunci"


def test_detail_shows_old_and_new_values(db: Database, history: int) -> None:
    service = AuditLogService(db)
    update = service.page(ListQuery(), 0, 1)[0]
    detail = service.get(update.id)
    assert [(c.field, c.old, c.new) for c in detail.changes] == [("price", 15000, 17500)]
    insert = service.get(service.page(ListQuery(), 1, 1)[0].id)
    values = {c.field: (c.old, c.new) for c in insert.changes}
    assert values["code"] == (None, "GK-01") and values["price"] == (None, 15000)
    assert insert.record_uuid
    with pytest.raises(NotFoundError):
        service.get(999_999)


def test_filters_kind_actor_action_dates_and_text(db: Database, history: int) -> None:
    service = AuditLogService(db)
    q = ListQuery()
    assert service.count(q.with_filter(KIND_FILTER, "design_variant")) == 2
    assert service.count(q.with_filter(KIND_FILTER, "product_type")) == 1
    assert service.count(q.with_filter(ACTOR_FILTER, "Budi")) == 1
    assert service.count(q.with_filter(ACTION_FILTER, "update")) == 1
    today = date.today()
    assert service.count(q.with_filter(FROM_FILTER, today).with_filter(TO_FILTER, today)) == 3
    assert service.count(q.with_filter(FROM_FILTER, today + timedelta(days=1))) == 0
    assert service.count(q.with_filter(TO_FILTER, today - timedelta(days=1))) == 0
    assert service.count(q.with_search("17500")) == 1
    assert service.count(q.with_search("ampera gk-01")) == 1
    assert service.kinds() == ["design_variant", "product_type"]
    assert service.actors() == ["Budi", "Penguji", "Sari"]


def test_sorting_and_paging_are_sql(db: Database, history: int) -> None:
    service = AuditLogService(db)
    oldest_first = service.page(ListQuery().with_sort("at"), 0, 2)
    assert [r.action for r in oldest_first] == [AuditAction.INSERT, AuditAction.INSERT]
    by_actor = service.page(ListQuery().with_sort("actor"), 0, 3)
    assert [r.actor for r in by_actor] == ["Budi", "Penguji", "Sari"]
    assert len(service.page(ListQuery(), 2, 10)) == 1


def test_deep_pages_read_from_either_end_hold_the_whole_list_in_order(db: Database) -> None:
    """Pages past the paging engine's flip point (:mod:`sentra_desktop.services.paging`)."""
    count = FLIP_FROM + 900
    with db.transaction() as session:
        write_audit(
            session.connection(),
            [
                AuditRecord(f"op{i % 3}", AuditAction.INSERT, "maker", i, None, {"name": f"M{i}"})
                for i in range(count)
            ],
        )
    service = AuditLogService(db)
    for query in (
        ListQuery(),
        ListQuery().with_sort("actor"),
        ListQuery().with_sort("record", descending=True),
    ):
        whole = [row.id for row in service.page(query, 0, count)]
        assert len(whole) == count == len(set(whole))
        for offset in (FLIP_FROM + 1, count // 2 - 20, count - 45, count - 5):
            assert [row.id for row in service.page(query, offset, 40)] == whole[offset : offset + 40]
        assert service.page(query, count, 40) == []
