"""A large demo for benchmarks: years of a busy sentra with about a million production entries.

The ordinary demo tells a story in detail (orders, deliveries, payments) and writes through
SQLAlchemy; that is too slow for a million entries and their three or four million ledger rows.
This path keeps the same sentra, makers, catalogue and recipes (written like any save, with
audit rows), adds more makers so the volume is plausible, and then generates production, material
receipts, a few voided entries with their reversals, and the balances, written with the database
driver's ``executemany`` in the same transaction. It has no orders or deliveries: it exists to
measure lists, totals and postings at volume.

Balances are the sums of the generated ledger, so ``check`` passes on the result.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import DesignStatus, MovementKind
from sentra_desktop.core.errors import ValidationError
from sentra_desktop.core.quantities import to_thousandths
from sentra_desktop.db import dialect
from sentra_desktop.db.models import Maker, MaterialReceipt, ProductionEntry, StockBalance, StockMovement
from sentra_desktop.services.database import Database
from sentra_desktop.demo import MAX_DAYS, DemoOptions, DemoSummary, _ensure_empty
from sentra_desktop.demo.masters import ACTOR, MasterWriter, Stamper
from sentra_desktop.demo.records import Cast, DesignInfo, MakerInfo
from sentra_desktop.demo.timeline import Timeline

LARGE_ENTRIES_PER_TEN_YEARS = 1_000_000
EXTRA_MAKERS = 110
VOID_RATE = 0.003

Progress = Callable[[int, int, str], None]

_FIRST = (
    "Ahmad", "Budi", "Citra", "Dian", "Endang", "Fajar", "Gita", "Hendra", "Indah", "Joko", "Kartini",
    "Lina", "Maya", "Nanda", "Oki", "Putri", "Rina", "Sari", "Tono", "Umi", "Wati", "Yanto",
)  # fmt: skip
_LAST = (
    "Saputra", "Lestari", "Hidayat", "Wulandari", "Pratama", "Rahmawati", "Santoso", "Anggraini",
    "Kusuma", "Permata", "Syahputra",
)  # fmt: skip
_STEPS = (
    "Checking that the database is empty",
    "Creating the sentra, its makers, materials and designs",
    "Generating production",
    "Writing production entries and receipts",
    "Writing the stock ledger and balances",
)


@dataclass
class _Ledger:
    """Rows as tuples in column order, ready for ``executemany``, and the running balances."""

    entries: list[tuple[Any, ...]] = field(default_factory=list)
    receipts: list[tuple[Any, ...]] = field(default_factory=list)
    movements: list[tuple[Any, ...]] = field(default_factory=list)
    balances: dict[tuple[int | None, int | None], int] = field(default_factory=dict)
    voided: int = 0


_ENTRY_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "created_by", "updated_by", "version", "produced_on", "month",
    "design_id", "maker_id", "member_business_id", "good_qty", "reject_qty", "voided_at", "note",
)  # fmt: skip
_RECEIPT_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "created_by", "updated_by", "version", "received_on",
    "material_id", "supplier", "quantity", "total_price", "member_business_id", "voided_at", "note",
)  # fmt: skip
_MOVEMENT_COLUMNS = (
    "id", "uuid", "created_at", "created_by", "moved_on", "kind", "design_id", "material_id", "quantity",
    "reference", "member_business_id", "production_entry_id", "material_receipt_id", "delivery_id",
    "stock_count_id", "reverses_id", "note",
)  # fmt: skip


def _stamp(moment: datetime) -> str:
    """A moment as SQLAlchemy stores a naive UTC DATETIME on SQLite."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class _Uuids:
    """Version-4 UUIDs as SQLite stores them (32 hex digits), from a seeded generator."""

    _MASK = ~(0xF000 << 64) & ~(0xC000 << 48) & ((1 << 128) - 1)
    _BITS = (0x4000 << 64) | (0x8000 << 48)

    def __init__(self, rng: random.Random) -> None:
        self.bits = rng.getrandbits

    def __call__(self) -> str:
        return "%032x" % ((self.bits(128) & self._MASK) | self._BITS)


class _Generator:
    """Draws the entries day by day and posts them to an in-memory ledger."""

    def __init__(self, cast: Cast, tl: Timeline, rng: random.Random, target: int) -> None:
        self.cast = cast
        self.tl = tl
        self.rng = rng
        self.target = target
        self.uuid = _Uuids(rng)
        self.out = _Ledger()
        self.stock: dict[int, int] = {m: 0 for m in cast.materials}
        self.codes = {d.id: d.code for d in cast.designs}
        self.names = {m.id: m.name for m in cast.makers}
        self.type_batch = {d.type_key: d.batch for d in cast.designs}
        self.recipes = {d.id: [(m, to_thousandths(q)) for m, q in d.recipe] for d in cast.designs}

    def run(self) -> _Ledger:
        days = list(self.tl.each_day())
        weights = [self.tl.activity(d) if self.tl.is_working_day(d) else 0.0 for d in days]
        scale = self.target / max(sum(weights), 1e-9)
        carry = 0.0
        for day, weight in zip(days, weights, strict=True):
            wanted = weight * scale + carry
            count = int(wanted)
            carry = wanted - count
            if count:
                self._day(day, count)
        return self.out

    def _sellable(self, day: date) -> dict[tuple[str, ...], list[DesignInfo]]:
        by_keys: dict[tuple[str, ...], list[DesignInfo]] = {}
        for maker in self.cast.makers:
            if maker.type_keys not in by_keys:
                by_keys[maker.type_keys] = [
                    d
                    for d in self.cast.designs
                    if d.type_key in maker.type_keys
                    and d.status != DesignStatus.PROTOTYPE
                    and d.sellable_from <= day <= d.sellable_until
                ]
        return by_keys

    def _day(self, day: date, count: int) -> None:
        rng = self.rng
        activity = self.tl.activity(day)
        sellable = self._sellable(day)
        makers = [m for m in self.cast.makers if sellable[m.type_keys]]
        if not makers:
            return
        drawn: list[tuple[MakerInfo, DesignInfo, int, int]] = []
        seen: set[tuple[int, int]] = set()
        for _ in range(count):
            for _attempt in range(4):  # one entry per maker and design a day, as the sentra works
                maker = rng.choice(makers)
                design = rng.choice(sellable[maker.type_keys])
                if (maker.id, design.id) not in seen:
                    break
            else:
                continue
            seen.add((maker.id, design.id))
            low, high = design.batch
            made = max(1, round(rng.randint(low, high) * (0.6 + 0.4 * min(activity, 1.6))))
            reject = min(made - 1, round(made * maker.reject_rate * rng.uniform(0.4, 1.7))) if made > 1 else 0
            drawn.append((maker, design, made - reject, reject))
        self._receive(day, drawn)
        for maker, design, good, reject in drawn:
            self._entry(day, maker, design, good, reject)

    def _receive(self, day: date, drawn: list[tuple[MakerInfo, DesignInfo, int, int]]) -> None:
        """Buy material in whole lots before a day's production would run below its alert level."""
        need: dict[int, int] = {}
        for _, design, good, reject in drawn:
            for material_id, per_piece in self.recipes[design.id]:
                need[material_id] = need.get(material_id, 0) + per_piece * (good + reject)
        created = _stamp(self.tl.stamp(day, 8, 30))
        for material_id in sorted(need):
            spec = self.cast.materials[material_id]
            low, lot = to_thousandths(spec.low_stock), to_thousandths(spec.lot)
            short = low + need[material_id] - self.stock[material_id]
            if short <= 0:
                continue
            quantity = lot * math.ceil(short / lot)
            receipt_id = len(self.out.receipts) + 1
            price = int((Decimal(quantity) / 1000 * spec.unit_price).to_integral_value())
            self.out.receipts.append(
                (receipt_id, self.uuid(), created, created, ACTOR, ACTOR, 1, day.isoformat(), material_id,
                 spec.supplier, quantity, price, None, None, "")
            )  # fmt: skip
            self._move(day, created, MovementKind.RECEIPT, (None, material_id), quantity, spec.supplier[:60],
                       None, (None, receipt_id, None))  # fmt: skip

    def _entry(self, day: date, maker: MakerInfo, design: DesignInfo, good: int, reject: int) -> None:
        out = self.out
        entry_id = len(out.entries) + 1
        created_at = self.tl.stamp(day, 16, entry_id % 60)
        created = _stamp(created_at)
        voided = self.rng.random() < VOID_RATE
        voided_at = _stamp(created_at + timedelta(minutes=20)) if voided else None
        out.entries.append(
            (entry_id, self.uuid(), created, voided_at or created, ACTOR, ACTOR, 2 if voided else 1,
             day.isoformat(), f"{day.year:04d}-{day.month:02d}", design.id, maker.id, maker.business_id,
             good, reject, voided_at, "")
        )  # fmt: skip
        reference = f"{self.codes[design.id]} / {self.names[maker.id]}"[:60]
        first = len(out.movements)
        business, source = maker.business_id, (entry_id, None, None)
        if good:
            self._move(day, created, MovementKind.PRODUCTION_IN, (design.id, None), good * 1000, reference,
                       business, source)  # fmt: skip
        made = good + reject
        for material_id, per_piece in self.recipes[design.id]:
            self._move(day, created, MovementKind.PRODUCTION_USE, (None, material_id), -per_piece * made,
                       reference, business, source)  # fmt: skip
        if voided:
            out.voided += 1
            assert voided_at is not None
            for row in out.movements[first:]:
                self._move(day, voided_at, MovementKind.REVERSAL, (row[6], row[7]), -row[8], reference,
                           business, (entry_id, None, row[0]))  # fmt: skip

    def _move(
        self,
        day: date,
        created: str,
        kind: MovementKind,
        item: tuple[int | None, int | None],
        quantity: int,
        reference: str,
        business_id: int | None,
        source: tuple[int | None, int | None, int | None],
    ) -> None:
        """One ledger row; ``item`` is (design, material), ``source`` (entry, receipt, reversed row)."""
        design_id, material_id = item
        entry_id, receipt_id, reverses_id = source
        out = self.out
        out.movements.append(
            (len(out.movements) + 1, self.uuid(), created, ACTOR, day.isoformat(), kind.value, design_id,
             material_id, quantity, reference, business_id, entry_id, receipt_id, None, None, reverses_id, "")
        )  # fmt: skip
        key = (design_id, material_id)
        out.balances[key] = out.balances.get(key, 0) + quantity
        if material_id is not None:
            self.stock[material_id] += quantity


def _extra_makers(
    session: Session, masters: MasterWriter, businesses: dict[str, Any], rng: random.Random
) -> list[tuple[Maker, str]]:
    """More makers, spread over the member businesses, named from common Indonesian names."""
    keys = list(businesses)
    names = [f"{first} {last}" for last in _LAST for first in _FIRST]
    rng.shuffle(names)
    makers = []
    for index, name in enumerate(names[:EXTRA_MAKERS]):
        key = keys[index % len(keys)]
        maker = Maker(**masters.st.record(masters.start), name=name, member_business=businesses[key])
        session.add(maker)
        makers.append((maker, key))
    return makers


def _table(model: type[Any]) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def _write(session: Session, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """Insert ``rows`` (SQLite's stored forms) the fastest way the engine allows."""

    def to_python(row: Sequence[Any]) -> tuple[Any, ...]:
        values = _typed(table, columns, tuple(row))
        return tuple(values[c] for c in columns)

    dialect.write_stored_forms_fresh(session.connection(), table, columns, rows, to_python)


def _typed(table: Table, columns: tuple[str, ...], row: tuple[Any, ...]) -> dict[str, Any]:
    """A row for Core, turning the SQLite storage forms back into Python values."""
    import uuid

    values = dict(zip(columns, row, strict=True))
    for name, value in values.items():
        if name == "uuid":
            values[name] = uuid.UUID(hex=value)
        elif name in ("created_at", "updated_at", "voided_at") and value is not None:
            values[name] = datetime.strptime(value, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=UTC)
        elif name in ("produced_on", "received_on", "moved_on"):
            values[name] = date.fromisoformat(value)
        elif name in ("quantity", "on_hand"):
            values[name] = Decimal(value) / 1000
    return values


def load_large_demo(db: Database, options: DemoOptions, progress: Progress | None = None) -> DemoSummary:
    """Fill an empty database with about 100,000 production entries per year of ``options.days``.

    Ten years give about a million entries. One transaction; a failure leaves the database
    empty. On SQLite the load runs with a large page cache and without waiting for the disk
    between pages; the commit at the end is as durable as any other.

    Raises:
        SentraError: ``demo_not_empty`` when the database already holds data.
        ValidationError: ``days`` is below 1 or above ten years.
    """
    if options.days < 1:
        raise ValidationError.single("days", "not_positive")
    if options.days > MAX_DAYS:
        raise ValidationError.single("days", "too_large", max=MAX_DAYS)
    total = len(_STEPS)

    def step(done: int) -> None:
        if progress is not None:
            progress(done, total, _STEPS[done] if done < total else "Done")

    tl = Timeline.ending(options.today or date.today(), options.days)
    rng = random.Random(options.seed)
    stamper = Stamper(random.Random(f"sentra-demo-uuid-{options.seed}"))
    target = round(LARGE_ENTRIES_PER_TEN_YEARS * options.days / MAX_DAYS)
    step(0)
    with db.transaction() as session:
        session.info["actor"] = ACTOR
        _ensure_empty(session)
        step(1)
        masters = MasterWriter(session, tl, rng, stamper)
        businesses = masters.sentra()
        makers = masters.makers(businesses)
        makers += _extra_makers(session, masters, businesses, rng)
        types = masters.product_types()
        moulds = masters.moulds(types)
        materials = masters.materials()
        buyers = masters.buyers()
        events = masters.events()
        agencies, aid = masters.assistance(businesses)
        session.flush()
        designs = masters.designs(types, moulds, materials)
        session.flush()
        cast = masters.cast(businesses, makers, materials, designs, buyers, events)
        step(2)
        ledger = _Generator(cast, tl, rng, target).run()
        connection = session.connection()
        dialect.large_load(connection, on=True)
        step(3)
        _write(session, _table(MaterialReceipt), _RECEIPT_COLUMNS, ledger.receipts)
        _write(session, _table(ProductionEntry), _ENTRY_COLUMNS, ledger.entries)
        step(4)
        _write(session, _table(StockMovement), _MOVEMENT_COLUMNS, ledger.movements)
        at = _stamp(tl.now)
        items = sorted(ledger.balances.items(), key=lambda kv: (kv[0][0] or 0, kv[0][1] or 0))
        balances = [(design_id, material_id, quantity, at) for (design_id, material_id), quantity in items]
        _write(session, _table(StockBalance), ("design_id", "material_id", "on_hand", "updated_at"), balances)
        dialect.large_load(connection, on=False)
        # Rows were written with explicit ids: PostgreSQL's key sequences must follow them.
        dialect.reset_sequences(
            connection, [_table(m) for m in (MaterialReceipt, ProductionEntry, StockMovement, StockBalance)]
        )
    step(total)
    return DemoSummary(
        first_day=tl.first,
        last_day=tl.last,
        member_businesses=len(businesses),
        makers=len(makers),
        designs=len(designs),
        materials=len(materials),
        production_entries=len(ledger.entries),
        stock_movements=len(ledger.movements),
        material_receipts=len(ledger.receipts),
        buyers=len(buyers),
        sales_events=len(events),
        orders=0,
        delivered_orders=0,
        open_orders=0,
        deliveries=0,
        payments=0,
        agencies=agencies,
        assistance=aid,
    )


__all__ = ["load_large_demo"]
