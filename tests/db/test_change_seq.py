"""The change sequence: every row a service inserts, updates or deletes in a travelled table gets
a change_seq above the counter before the operation (deletions a tombstone), on every write path;
and the travel declaration names every table of the schema."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, cast

import pytest
from PIL import Image
from sqlalchemy import Table, select

from sentra_desktop.core.enums import DesignStatus
from sentra_desktop.core.roles import Role
from sentra_desktop.db import change_seq, travel
from sentra_desktop.db.base import Base
from sentra_desktop.db.models import (
    Buyer,
    DesignVariant,
    Maker,
    Material,
    MemberBusiness,
    Mould,
    ProductionEntry,
)
from sentra_desktop.demo import DemoOptions, load_demo_data
from sentra_desktop.services.buyers import BuyerInput
from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database
from sentra_desktop.services.designs import DesignInput
from sentra_desktop.services.materials import ReceiptInput
from sentra_desktop.services.members import MakerInput
from sentra_desktop.services.orders.data import DeliveryInput, LineInput, OrderInput, PaymentInput
from sentra_desktop.services.production.data import ProductionInput
from sentra_desktop.services.sentra_settings import IDLE_LOCK_MINUTES

Snapshot = dict[tuple[str, tuple[Any, ...]], tuple[int, tuple[Any, ...], Any]]


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name in travel.TRAVELLED]


def _snapshot(db: Database) -> Snapshot:
    """Every travelled row: (table, key) -> (change_seq, the other values, uuid)."""
    found: Snapshot = {}
    with db.reading() as session:
        for table in _tables():
            others = [c for c in table.c if c.name != "change_seq"]
            for row in session.execute(select(table.c.change_seq, *others)):
                values = tuple(row[1:])
                key = tuple(row._mapping[c.name] for c in table.primary_key.columns)
                uuid = row._mapping["uuid"] if "uuid" in table.c else None
                found[(table.name, key)] = (int(row[0]), values, uuid)
    return found


def _counter(db: Database) -> int:
    with db.reading() as session:
        return change_seq.current(session.connection())


def _tombstones(db: Database, above: int) -> set[tuple[str, str]]:
    from sentra_desktop.db.models import ChangeTombstone

    with db.reading() as session:
        rows = session.execute(
            select(ChangeTombstone.table_name, ChangeTombstone.uuid).where(ChangeTombstone.change_seq > above)
        )
        return {(name, str(uuid)) for name, uuid in rows}


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 200), "blue").save(out, "PNG")
    return out.getvalue()


def _operations(db: Database) -> list[tuple[str, Callable[[], Any]]]:
    """A broad set of what operators and the head do: saves, edits, voids, hard deletes, bulk writes."""
    s = Services(db)
    today = date.today()
    with db.reading() as session:
        designs = list(
            session.scalars(
                select(DesignVariant.id)
                .where(DesignVariant.status == DesignStatus.ACTIVE)
                .order_by(DesignVariant.id)
            )
        )
        maker = session.scalars(select(Maker).where(Maker.active.is_(True)).order_by(Maker.id)).first()
        assert maker is not None
        maker_id, maker_name, maker_version = maker.id, maker.name, maker.version
        member = maker.member_business_id
        other_member = session.scalar(
            select(MemberBusiness.id).where(MemberBusiness.id != member).order_by(MemberBusiness.id)
        )
        buyer = session.scalar(select(Buyer.id).order_by(Buyer.id))
        material = session.scalar(select(Material.id).order_by(Material.id))
        entry = session.scalar(
            select(ProductionEntry.id)
            .where(ProductionEntry.voided_at.is_(None))
            .order_by(ProductionEntry.id.desc())
        )
        type_id = session.scalar(select(DesignVariant.product_type_id).where(DesignVariant.id == designs[0]))
        moulds = list(session.scalars(select(Mould.id).order_by(Mould.id).limit(2)))
    state: dict[str, Any] = {}
    day = today - timedelta(days=1)

    def production() -> None:
        saved = s.production.create(ProductionInput(day, designs[0], maker_id, 7, 1))
        s.production.update(saved.entry_id, 1, ProductionInput(day, designs[0], maker_id, 9, 0))
        s.production.delete(entry)  # void: the entry and its ledger stay, reversed
        undone = s.production.create(ProductionInput(day, designs[1], maker_id, 3))
        s.production.undo(undone.entry_id)  # hard delete of a fresh entry
        s.production.bulk_create(
            [ProductionInput(day, designs[2], maker_id, 4), ProductionInput(day, designs[3], maker_id, 5)]
        )

    def buyers() -> None:
        kept = s.buyers.create(BuyerInput(name="Penjaga Urutan", city="Palembang"))
        s.buyers.update(kept, 1, BuyerInput(name="Penjaga Urutan Baru", city="Palembang"))
        s.buyers.set_archived(kept, True)
        assert s.buyers.remove(s.buyers.create(BuyerInput(name="Dihapus Segera")))

    def orders() -> None:
        saved = s.orders.create(
            OrderInput(
                buyer, day, [LineInput(designs[0], 5), LineInput(designs[1], 2), LineInput(designs[2], 1)]
            )
        )
        detail = s.orders.get(saved.id)
        first, second = detail.lines[0], detail.lines[1]
        s.orders.update(
            saved.id,
            detail.version,
            OrderInput(
                buyer,
                day,
                [LineInput(designs[0], 6, line_id=first.id), LineInput(designs[1], 2, line_id=second.id)],
            ),
        )
        s.orders.confirm(saved.id)
        delivery = s.orders.deliver(saved.id, DeliveryInput(day, {first.id: 1}), allow_short=True)
        payment = s.orders.add_payment(saved.id, PaymentInput(day, 10000))
        s.orders.void_payment(payment)
        s.orders.void_delivery(delivery.id)
        s.orders.cancel(saved.id)

    def catalogue() -> None:
        new_design = s.designs.create(
            DesignInput(
                code="guard-1",
                name="Penjaga",
                product_type_id=type_id,
                price="1000",
                cost="500",
                photo=_png(),
                mould_ids=tuple(moulds),
            )
        )
        s.designs.update(
            new_design,
            1,
            DesignInput(
                code="guard-1",
                name="Penjaga 2",
                product_type_id=type_id,
                price="1000",
                cost="500",
                photo=_png(),
                mould_ids=tuple(moulds[:1]),
            ),
        )
        state["design"] = new_design

    def delete_design() -> None:
        s.designs.delete(state["design"])  # its photo, its mould link (a database cascade) go too

    def makers() -> None:
        s.makers.update(
            maker_id, maker_version, MakerInput(maker_name, other_member, day - timedelta(days=10))
        )

    def stock() -> None:
        receipt = s.materials.create_receipt(ReceiptInput(day, material, "Toko Uji", "2", "30000"))
        s.materials.void_receipt(receipt)
        count = s.stock_counts.start(day)
        line = s.stock_counts.lines(count)[0]
        s.stock_counts.set_counted(line.id, line.expected + 1)
        s.stock_counts.post(count, "selisih hitung")

    def people_and_settings() -> None:
        s.users.add("Penjaga Kunci", Role.OPERATOR)
        s.sentra_settings.set(IDLE_LOCK_MINUTES, 20)
        version = next(v.version for v in s.sentra_settings.values() if v.key == IDLE_LOCK_MINUTES.key)
        s.sentra_settings.set(IDLE_LOCK_MINUTES, 25, version)

    return [
        ("production", production),
        ("buyers", buyers),
        ("orders", orders),
        ("catalogue", catalogue),
        ("delete_design", delete_design),
        ("makers", makers),
        ("stock", stock),
        ("people_and_settings", people_and_settings),
    ]


def test_every_travelled_change_gets_a_change_seq_above_the_counter(db: Database) -> None:
    load_demo_data(db, DemoOptions(seed=7, days=30))
    for name, operation in _operations(db):
        before, pre = _snapshot(db), _counter(db)
        operation()
        after, post = _snapshot(db), _counter(db)
        assert post > pre, name
        changed = [
            key for key, (_, values, _) in after.items() if key not in before or before[key][1] != values
        ]
        assert changed, name
        stale = [key for key in changed if not pre < after[key][0] <= post]
        assert not stale, (name, stale[:5])
        gone = [(key[0], str(before[key][2])) for key in before if key not in after]
        assert set(gone) <= _tombstones(db, pre), (name, set(gone) - _tombstones(db, pre))
        assert all(key[0] != "audit_log" for key, _ in zip(gone, gone, strict=True))
        # What an operation did not touch keeps its number.
        untouched = [
            key for key in after if key in before and key not in changed and after[key][0] != before[key][0]
        ]
        assert not untouched, (name, untouched[:5])


def test_every_table_is_declared_travelling_or_staying() -> None:
    names = set(Base.metadata.tables)
    assert not set(travel.TRAVELLED) & set(travel.STAYS)
    assert names == set(travel.TRAVELLED) | set(travel.STAYS), names ^ (
        set(travel.TRAVELLED) | set(travel.STAYS)
    )
    for name in travel.TRAVELLED:
        table = cast(Table, Base.metadata.tables[name])
        assert "change_seq" in table.c and any(i.columns.keys() == ["change_seq"] for i in table.indexes), (
            name
        )
        if name != "audit_log":  # append-only: never updated or deleted
            assert {"uuid", "version"} <= set(table.c.keys()), name
        assert travel.TRAVELLED[name] <= set(table.c.keys()), name
    for name, columns in travel.PHOTO_COLUMNS.items():
        assert set(columns) <= set(cast(Table, Base.metadata.tables[name]).c.keys())


@pytest.mark.parametrize("db_engine", ["sqlite"], indirect=True)
def test_one_transaction_bumps_the_counter_once(db: Database) -> None:
    services = Services(db)
    pre = _counter(db)
    with db.transaction():
        services.buyers.create(BuyerInput(name="Satu"))
        services.buyers.create(BuyerInput(name="Dua"))
    assert _counter(db) == pre + 1
    with db.reading() as session:
        assert set(session.scalars(select(Buyer.change_seq))) == {pre + 1}


@pytest.mark.parametrize("db_engine", ["sqlite"], indirect=True)
def test_a_copy_to_another_database_stays_the_same_sentra(db: Database, tmp_path: Any) -> None:
    from sentra_desktop.db.copy import copy_records
    from sentra_desktop.services.packet.export import PacketService

    Services(db).buyers.create(BuyerInput(name="Rina"))
    PacketService(db).export(tmp_path)
    source = PacketService(db).identity()
    target = Database.open(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    try:
        assert PacketService(target).identity().sentra_uuid != source.sentra_uuid  # made with it
        copy_records(db.engine, target.engine)
        assert PacketService(target).identity() == source
        assert _counter(target) == _counter(db)
    finally:
        target.dispose()
