"""Writes the simulated year with bulk inserts, parents before the ledger rows that cite them.

Tens of thousands of rows through the ORM's unit of work (and its audit hook, which adds one
audit row per object) would take minutes on an old PC; a bulk ``insert`` with a list of rows
takes about a second. Ids come back from ``RETURNING`` in the order the rows were given, so the
ledger can cite its production entries, receipts and deliveries on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import OrderStatus, StockCountStatus
from sentra_desktop.db.models import (
    Delivery,
    DeliveryLine,
    MaterialReceipt,
    Order,
    OrderCounter,
    OrderLine,
    Payment,
    ProductionEntry,
    StockBalance,
    StockCount,
    StockCountLine,
    StockMovement,
)
from sentra_desktop.demo import records as rec
from sentra_desktop.demo.masters import Stamper
from sentra_desktop.demo.timeline import Timeline


@dataclass(frozen=True)
class Written:
    """How many rows of each kind the writer inserted."""

    production_entries: int
    stock_movements: int
    material_receipts: int
    orders: int
    delivered_orders: int
    open_orders: int
    deliveries: int
    payments: int


def _insert_returning_ids(session: Session, model: type[Any], rows: Sequence[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, list(rows)))


def _insert(session: Session, model: type[Any], rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(model), list(rows))


class BulkWriter:
    """Inserts one simulated :class:`~sentra_desktop.demo.records.Outcome`."""

    def __init__(self, session: Session, tl: Timeline, stamper: Stamper) -> None:
        self.session = session
        self.tl = tl
        self.st = stamper

    def production(self, out: rec.Outcome) -> None:
        """Material receipts and production entries; their ids land on the records."""
        receipts = [
            {
                **self.st.record(self.tl.stamp(r.day, 8, 30)),
                "received_on": r.day,
                "material_id": r.material_id,
                "supplier": r.supplier,
                "quantity": r.quantity,
                "total_price": r.total_price,
                "member_business_id": r.business_id,
                "voided_at": None,
                "note": "",
            }
            for r in out.receipts
        ]
        new_ids = _insert_returning_ids(self.session, MaterialReceipt, receipts)
        for receipt, new_id in zip(out.receipts, new_ids, strict=True):
            receipt.db_id = new_id
        entries = [
            {
                **self.st.record(self.tl.stamp(e.day, 16, 10 + i % 45)),
                "produced_on": e.day,
                "month": f"{e.day.year:04d}-{e.day.month:02d}",
                "design_id": e.design_id,
                "maker_id": e.maker_id,
                "member_business_id": e.business_id,
                "good_qty": e.good,
                "reject_qty": e.reject,
                "voided_at": None,
                "note": e.note,
            }
            for i, e in enumerate(out.entries)
        ]
        new_ids = _insert_returning_ids(self.session, ProductionEntry, entries)
        for entry, new_id in zip(out.entries, new_ids, strict=True):
            entry.db_id = new_id

    def sales(self, out: rec.Outcome) -> None:
        """Orders with their lines, deliveries, payments, and each year's last order number."""
        orders = [self._order_row(o) for o in out.orders]
        for order, new_id in zip(out.orders, _insert_returning_ids(self.session, Order, orders), strict=True):
            order.db_id = new_id
        lines: list[rec.Line] = []
        line_rows: list[dict[str, Any]] = []
        for order in out.orders:
            at = self.tl.stamp(order.ordered_on, 10)
            for position, line in enumerate(order.lines, start=1):
                lines.append(line)
                line_rows.append(
                    {
                        **self.st.record(at),
                        "order_id": order.db_id,
                        "position": position,
                        "design_id": line.design_id,
                        "quantity": line.quantity,
                        "unit_price": line.unit_price,
                    }
                )
        for line, new_id in zip(
            lines, _insert_returning_ids(self.session, OrderLine, line_rows), strict=True
        ):
            line.db_id = new_id
        deliveries = [
            {
                **self.st.record(self.tl.stamp(d.day, 14)),
                "order_id": o.db_id,
                "number": d.number,
                "delivered_on": d.day,
                "voided_at": None,
                "note": "",
            }
            for d, o in out.deliveries
        ]
        delivered = [d for d, _ in out.deliveries]
        new_ids = _insert_returning_ids(self.session, Delivery, deliveries)
        for delivery, new_id in zip(delivered, new_ids, strict=True):
            delivery.db_id = new_id
        _insert(
            self.session,
            DeliveryLine,
            [
                {
                    **self.st.record(self.tl.stamp(d.day, 14)),
                    "delivery_id": d.db_id,
                    "order_line_id": line.db_id,
                    "quantity": line.quantity,
                }
                for d, o in out.deliveries
                for line in o.lines
            ],
        )
        _insert(
            self.session,
            Payment,
            [
                {
                    **self.st.record(self.tl.stamp(p.day, 15)),
                    "order_id": o.db_id,
                    "paid_on": p.day,
                    "amount": p.amount,
                    "method": p.method,
                    "is_down_payment": p.is_down_payment,
                    "voided_at": None,
                    "note": p.note,
                }
                for o in out.orders
                for p in o.payments
            ],
        )
        self._counters(out.orders)

    def _order_row(self, order: rec.Order) -> dict[str, Any]:
        placed = self.tl.stamp(order.ordered_on, 10)
        confirmed = None if order.status == OrderStatus.DRAFT else placed
        cancelled = self.tl.stamp(order.cancelled_on, 11) if order.cancelled_on else None
        delivered = self.tl.stamp(order.delivery.day, 14) if order.delivery else None
        return {
            **self.st.record(placed),
            "updated_at": cancelled or delivered or placed,
            "number": order.number,
            "buyer_id": order.buyer.id,
            "ordered_on": order.ordered_on,
            "due_on": order.due_on,
            "status": order.status,
            "discount": order.discount,
            "sales_event_id": order.event_id,
            "member_business_id": order.business_id,
            "confirmed_at": confirmed,
            "cancelled_at": cancelled,
            "notes": order.notes,
        }

    def _counters(self, orders: Sequence[rec.Order]) -> None:
        last: dict[int, int] = defaultdict(int)
        for order in orders:
            year_text, number_text = order.number.split("-")[1:]
            last[int(year_text)] = max(last[int(year_text)], int(number_text))
        for year, number in sorted(last.items()):
            counter = self.session.get(OrderCounter, year)
            if counter is None:
                self.session.add(OrderCounter(year=year, last_number=number))
            else:
                counter.last_number = max(int(counter.last_number), number)

    def ledger(self, out: rec.Outcome) -> None:
        """The opening count, every stock movement in the order it happened, one balance per item."""
        self._opening(out.opening)
        rows = []
        for i, m in enumerate(out.movements):
            source = m.source
            rows.append(
                {
                    **self.st.ledger(
                        self.tl.stamp(m.day, 8 if isinstance(source, rec.Receipt) else 16, i % 60)
                    ),
                    "moved_on": m.day,
                    "kind": m.kind,
                    "design_id": m.design_id,
                    "material_id": m.material_id,
                    "quantity": m.quantity,
                    "reference": m.reference,
                    "member_business_id": m.business_id,
                    "production_entry_id": source.db_id if isinstance(source, rec.Entry) else None,
                    "material_receipt_id": source.db_id if isinstance(source, rec.Receipt) else None,
                    "delivery_id": source.db_id if isinstance(source, rec.Delivery) else None,
                    "stock_count_id": source.db_id if isinstance(source, rec.OpeningCount) else None,
                    "reverses_id": None,
                    "note": "",
                }
            )
        _insert(self.session, StockMovement, rows)
        self._balances(out)

    def _opening(self, count: rec.OpeningCount | None) -> None:
        if count is None:
            return
        at = self.tl.stamp(count.day, 7, 30)
        row = {
            **self.st.record(at),
            "counted_on": count.day,
            "status": StockCountStatus.POSTED,
            "note": "Stok awal saat sentra mulai memakai Sentra Desktop",
        }
        [count.db_id] = _insert_returning_ids(self.session, StockCount, [row])
        lines = [
            {
                **self.st.record(at),
                "stock_count_id": count.db_id,
                "design_id": k,
                "material_id": None,
                "expected": Decimal(0),
                "counted": Decimal(v),
            }
            for k, v in count.designs.items()
        ] + [
            {
                **self.st.record(at),
                "stock_count_id": count.db_id,
                "design_id": None,
                "material_id": k,
                "expected": Decimal(0),
                "counted": v,
            }
            for k, v in count.materials.items()
        ]
        _insert(self.session, StockCountLine, lines)

    def _balances(self, out: rec.Outcome) -> None:
        """One balance per item that has movements, equal to the sum of its ledger."""
        designs: dict[int, Decimal] = defaultdict(Decimal)
        materials: dict[int, Decimal] = defaultdict(Decimal)
        for m in out.movements:
            if m.design_id is not None:
                designs[m.design_id] += m.quantity
            elif m.material_id is not None:
                materials[m.material_id] += m.quantity
        at = self.tl.now
        balances = [
            {"design_id": k, "material_id": None, "on_hand": v, "updated_at": at}
            for k, v in sorted(designs.items())
        ]
        balances += [
            {"design_id": None, "material_id": k, "on_hand": v, "updated_at": at}
            for k, v in sorted(materials.items())
        ]
        _insert(self.session, StockBalance, balances)

    def counts(self, out: rec.Outcome) -> Written:
        delivered = sum(1 for o in out.orders if o.status == OrderStatus.DELIVERED)
        open_orders = sum(1 for o in out.orders if o.status in (OrderStatus.CONFIRMED, OrderStatus.READY))
        return Written(
            production_entries=len(out.entries),
            stock_movements=len(out.movements),
            material_receipts=len(out.receipts),
            orders=len(out.orders),
            delivered_orders=delivered,
            open_orders=open_orders,
            deliveries=len(out.deliveries),
            payments=sum(len(o.payments) for o in out.orders),
        )
