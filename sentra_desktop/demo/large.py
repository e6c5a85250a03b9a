"""A large demo for benchmarks: ten years of a busy sentra, the database every benchmark assumes.

The ordinary demo tells one year's story in detail and writes through SQLAlchemy; that is too
slow for a decade. This path keeps the same sentra, makers, catalogue and recipes (written like
any save, with audit rows), adds makers, buyers and yearly events so the volume is plausible, and
then generates, per ten years: about a million production entries with their material receipts
and a few voided entries with reversals; about 5,000 buyers over the cities and regencies of
several provinces; 200,000 orders with their lines, deliveries (posting stock out) and payments;
5,000 aid items and 2,000 moulds; and an audit row for every record and change (more than 2
million). Everything scales with the number of days, so a test can run a few days of it.

Rows are written with the database driver (``executemany`` on SQLite, COPY on PostgreSQL) in one
transaction, with explicit ids; the key sequences follow them afterwards. Balances are the sums
of the generated ledger, so ``check`` passes on the result, and the order counters hold each
year's last number, so the program's next order gets the next one.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import OrderStatus
from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP
from sentra_desktop.db import dialect, summaries, watchdog
from sentra_desktop.db.models import (
    AuditEntry,
    Buyer,
    Delivery,
    DeliveryLine,
    Maker,
    MaterialReceipt,
    Order,
    OrderCounter,
    OrderLine,
    Payment,
    ProductionEntry,
    SalesEvent,
    StockBalance,
    StockMovement,
)
from sentra_desktop.demo import MAX_DAYS, DemoOptions, DemoSummary, _ensure_empty, begin, bulk
from sentra_desktop.demo.bulk import Uuids, stamp, table_of
from sentra_desktop.demo.large_aid import WRITTEN as AID_WRITTEN
from sentra_desktop.demo.large_aid import write_large_aid
from sentra_desktop.demo.large_audit import AuditTrail
from sentra_desktop.demo.large_buyers import (
    BUYER_COLUMNS,
    BUYERS_PER_TEN_YEARS,
    MIN_BUYERS,
    BuyerMaker,
    EventDays,
    yearly_events,
)
from sentra_desktop.demo.large_ledger import (
    ENTRY_COLUMNS,
    MOVEMENT_COLUMNS,
    RECEIPT_COLUMNS,
    Ledger,
    LedgerGenerator,
)
from sentra_desktop.demo.large_orders import (
    DELIVERY_COLUMNS,
    DELIVERY_LINE_COLUMNS,
    LINE_COLUMNS,
    ORDER_COLUMNS,
    PAYMENT_COLUMNS,
    OrderBook,
)
from sentra_desktop.demo.large_pay import write_large_pay
from sentra_desktop.demo.masters import ACTOR, MasterWriter
from sentra_desktop.demo.timeline import Timeline
from sentra_desktop.services.database import Database

LARGE_ENTRIES_PER_TEN_YEARS = 1_000_000
EXTRA_MAKERS = 110

Progress = Callable[[int, int, str], None]

_FIRST = (
    "Ahmad", "Budi", "Citra", "Dian", "Endang", "Fajar", "Gita", "Hendra", "Indah", "Joko", "Kartini",
    "Lina", "Maya", "Nanda", "Oki", "Putri", "Rina", "Sari", "Tono", "Umi", "Wati", "Yanto",
)  # fmt: skip
_LAST = (
    "Saputra", "Lestari", "Hidayat", "Wulandari", "Pratama", "Rahmawati", "Santoso", "Anggraini",
    "Kusuma", "Permata", "Syahputra",
)  # fmt: skip
# Step labels, said in the language of the screen or the command line as they are reported.
_STEPS = (
    QT_TRANSLATE_NOOP("DemoData", "Checking that the database is empty"),
    QT_TRANSLATE_NOOP("DemoData", "Creating the sentra, its makers, materials and designs"),
    QT_TRANSLATE_NOOP("DemoData", "Generating production, orders, deliveries and payments"),
    QT_TRANSLATE_NOOP("DemoData", "Writing buyers, production entries and receipts"),
    QT_TRANSLATE_NOOP("DemoData", "Writing orders, deliveries and payments"),
    QT_TRANSLATE_NOOP("DemoData", "Writing the stock ledger and balances"),
    QT_TRANSLATE_NOOP("DemoData", "Writing the audit log"),
)
# Tables written here with explicit ids: their key sequences must follow on PostgreSQL.
_WRITTEN = (
    MaterialReceipt, ProductionEntry, StockMovement, StockBalance, Buyer, Order, OrderLine, Delivery,
    DeliveryLine, Payment, AuditEntry,
)  # fmt: skip


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
    masters.memberships([maker for maker, _key in makers])
    return makers


def _events(session: Session, masters: MasterWriter, tl: Timeline) -> list[EventDays]:
    """The recurring fairs and seasons of every year besides the story's, then all events' days."""
    taken = set(session.scalars(select(SalesEvent.name)))
    for name, kind, starts, ends, location in yearly_events(tl, taken):
        session.add(
            SalesEvent(
                **masters.st.record(masters.start),
                name=name,
                kind=kind,
                starts_on=starts,
                ends_on=ends,
                location=location,
            )
        )
    session.flush()
    rows = session.execute(select(SalesEvent.id, SalesEvent.starts_on, SalesEvent.ends_on)).all()
    return [EventDays(i, s or tl.first, e or s or tl.first) for i, s, e in rows]


def _scaled(per_ten_years: int, days: int, floor: int = 1) -> int:
    return max(floor, round(per_ten_years * days / MAX_DAYS))


def _audit_production(audit: AuditTrail, ledger: Ledger, buyers: BuyerMaker) -> None:
    """Insert rows for receipts, entries and buyers, and an update for each voided entry."""
    audit.table(MaterialReceipt, RECEIPT_COLUMNS, ledger.receipts)
    audit.table(ProductionEntry, ENTRY_COLUMNS, ledger.entries)
    audit.table(Buyer, BUYER_COLUMNS, buyers.rows)
    for position, at in enumerate(buyers.created):
        audit.inserted(at, "buyer", position)
    for position, row in enumerate(ledger.receipts):
        audit.inserted(row[2], "material_receipt", position)
    for position, row in enumerate(ledger.entries):
        audit.inserted(row[2], "production_entry", position)
        if row[14] is not None:
            audit.updated(row[14], "production_entry", position, {"voided_at": [None, bulk.iso(row[14])]})


@watchdog.unbounded()  # a long job with progress: no deadline on a server's statements
def load_large_demo(db: Database, options: DemoOptions, progress: Progress | None = None) -> DemoSummary:
    """Fill an empty database with a busy sentra's ``options.days`` (ten years: the benchmarks' one).

    Per ten years: about 1,000,000 production entries, 5,000 buyers, 200,000 orders with their
    deliveries and payments, and over 2,000,000 audit rows; fewer days, proportionally fewer. One
    transaction; a failure leaves the database empty. On SQLite the load runs with a large page
    cache and builds each filled table's indexes once at the end; the commit is as durable as any.

    Raises:
        SentraError: ``demo_not_empty`` when the database already holds data.
        ValidationError: ``days`` is below 1 or above ten years.
    """
    tl, rng, stamper, step = begin(options, _STEPS, progress)
    uuids = Uuids(random.Random(f"sentra-large-uuid-{options.seed}"))
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
        known_buyers = masters.buyers()
        story_events = masters.events()
        agencies, aid = masters.assistance(businesses, moulds)
        session.flush()
        designs = masters.designs(types, moulds, materials)
        events = _events(session, masters, tl)
        cast = masters.cast(businesses, makers, materials, designs, known_buyers, story_events)
        connection = session.connection()
        step(2)
        buyers = BuyerMaker(tl, random.Random(f"sentra-large-buyers-{options.seed}"), uuids)
        buyers.known(cast.buyers)
        count = _scaled(BUYERS_PER_TEN_YEARS, options.days, MIN_BUYERS) - len(known_buyers)
        buyers.make(max(count, 0), bulk.next_id(connection, table_of(Buyer)))
        target = _scaled(LARGE_ENTRIES_PER_TEN_YEARS, options.days)
        generator = LedgerGenerator(cast, tl, rng, target, uuids)
        audit = AuditTrail()
        book = OrderBook(
            generator,
            buyers.customers,
            events,
            cast.business_by_type,
            random.Random(f"sentra-large-orders-{options.seed}"),
            uuids,
            audit,
        )
        ledger = generator.run(book.day)
        book.finish()
        _audit_production(audit, ledger, buyers)
        dialect.large_load(connection, on=True)
        step(3)
        bulk.write(connection, table_of(Buyer), BUYER_COLUMNS, buyers.rows)
        bulk.write_fresh(connection, table_of(MaterialReceipt), RECEIPT_COLUMNS, ledger.receipts)
        bulk.write_fresh(connection, table_of(ProductionEntry), ENTRY_COLUMNS, ledger.entries)
        step(4)
        for model, columns, rows in (
            (Order, ORDER_COLUMNS, book.order_rows),
            (OrderLine, LINE_COLUMNS, book.lines),
            (Delivery, DELIVERY_COLUMNS, book.deliveries),
            (DeliveryLine, DELIVERY_LINE_COLUMNS, book.delivery_lines),
            (Payment, PAYMENT_COLUMNS, book.payments),
        ):
            bulk.write_fresh(connection, table_of(model), columns, rows)
            audit.table(model, columns, rows)
        counters = sorted(book.counters.items())
        bulk.write(connection, table_of(OrderCounter), ("year", "last_number"), counters)
        aid_rng = random.Random(f"sentra-large-aid-{options.seed}")
        more_aid, _ = write_large_aid(connection, tl, aid_rng, uuids, lambda n: _scaled(n, options.days))
        step(5)
        bulk.write_fresh(connection, table_of(StockMovement), MOVEMENT_COLUMNS, ledger.movements)
        at = stamp(tl.now)
        items = sorted(ledger.balances.items(), key=lambda kv: (kv[0][0] or 0, kv[0][1] or 0))
        balances = [(design_id, material_id, quantity, at) for (design_id, material_id), quantity in items]
        balance_columns = ("design_id", "material_id", "on_hand", "updated_at")
        bulk.write_fresh(connection, table_of(StockBalance), balance_columns, balances)
        step(6)
        audit_rows = audit.write(connection)
        summaries.rebuild(connection)  # the records went in around the audit writer
        dialect.large_load(connection, on=False)
        dialect.reset_sequences(connection, [table_of(m) for m in (*_WRITTEN, *AID_WRITTEN)])
        write_large_pay(session, tl.first, tl.last)
    step(len(_STEPS))
    statuses = book.counts()
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
        buyers=len(known_buyers) + len(buyers.rows),
        sales_events=len(events),
        orders=len(book.order_rows),
        delivered_orders=statuses.get(OrderStatus.DELIVERED.value, 0),
        open_orders=statuses.get(OrderStatus.CONFIRMED.value, 0) + statuses.get(OrderStatus.READY.value, 0),
        deliveries=len(book.deliveries),
        payments=len(book.payments),
        agencies=agencies,
        assistance=aid + more_aid,
        audit_rows=audit_rows,
    )


__all__ = ["load_large_demo"]
