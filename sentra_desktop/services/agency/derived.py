"""The replica's derived tables after a merge: only the groups the merged rows touch.

A full packet fills an empty replica, whose stock balances and monthly summaries are summed once
over everything. A later packet carries a month's changes into ten years of records: summing
everything again would cost more than the merge itself, so the groups a changed row counts in,
before and after the change, are recomputed with the summaries' own narrowed statements: stock
balances per item, output per (month, design), sales per buyer over all their months.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select, text

from sentra_desktop.db import audit_search, summaries
from sentra_desktop.db.types import UTCDateTime, utcnow

_ORDERS = ("sales_order", "order_line", "delivery", "delivery_line")
_EVER = {"start": date(1900, 1, 1), "stop": date(9999, 12, 31)}


@dataclass
class Touched:
    """The groups changed rows count in, gathered before and after they change."""

    designs: set[int] = field(default_factory=set)
    materials: set[int] = field(default_factory=set)
    outputs: set[tuple[str, int]] = field(default_factory=set)
    orders: set[int] = field(default_factory=set)
    deliveries: set[int] = field(default_factory=set)
    buyers: set[int] = field(default_factory=set)

    def note_rows(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        """Rows as they are now (Python values, or the replica's rows about to change)."""
        for row in rows:
            if table == "stock_movement":
                _add(self.designs, row.get("design_id"))
                _add(self.materials, row.get("material_id"))
            elif table == "production_entry":
                if row.get("month") is not None and row.get("design_id") is not None:
                    self.outputs.add((str(row["month"]), int(row["design_id"])))
            elif table == "sales_order":
                _add(self.orders, row.get("id"))
                _add(self.buyers, row.get("buyer_id"))
            elif table in ("order_line", "delivery"):
                _add(self.orders, row.get("order_id"))
            elif table == "delivery_line":
                _add(self.deliveries, row.get("delivery_id"))

    def note_existing(self, conn: Connection, table: Table, where: Any) -> None:
        """The replica's rows matching ``where``, as they are before the merge changes them."""
        if table.name not in ("stock_movement", "production_entry", *_ORDERS):
            return
        self.note_rows(table.name, (dict(r._mapping) for r in conn.execute(select(table).where(where))))


def _add(found: set[int], value: Any) -> None:
    if value is not None:
        found.add(int(value))


def rebuild_all(conn: Connection) -> None:
    """Stock balances from the ledger, the monthly summaries and the audit search index, all again."""
    conn.execute(text("DELETE FROM stock_balance"))
    for column in ("design_id", "material_id"):
        conn.execute(_balances(column, ""))
    summaries.rebuild(conn)
    audit_search.rebuild(conn)


def rebuild_touched(conn: Connection, touched: Touched) -> None:
    """Only the groups ``touched`` names, from the replica's records after the merge."""
    for column, items in (("design_id", touched.designs), ("material_id", touched.materials)):
        if items:
            ids = sorted(items)
            conn.execute(
                text(f"DELETE FROM stock_balance WHERE {column} IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": ids},
            )
            conn.execute(_balances(column, f" AND {column} IN :ids"), {"ids": ids})
    if touched.outputs:
        params = [{"month": m, "design": d} for m, d in sorted(touched.outputs)]
        conn.execute(text("DELETE FROM output_month WHERE month = :month AND design_id = :design"), params)
        columns, rows = summaries.OUTPUT_COLUMNS, summaries.output_select(narrowed=True)
        conn.execute(text(f"INSERT INTO output_month ({columns}) {rows}"), params)
    buyers = set(touched.buyers) | _buyers_of(conn, touched)
    if buyers:
        params = [{"buyer": b, **_EVER} for b in sorted(buyers)]
        conn.execute(text("DELETE FROM sales_month WHERE buyer_id = :buyer"), params)
        columns, rows = summaries.SALES_COLUMNS, summaries.sales_select(conn, narrowed=True)
        conn.execute(text(f"INSERT INTO sales_month ({columns}) {rows}"), params)
    audit_search.rebuild(conn)


def _buyers_of(conn: Connection, touched: Touched) -> set[int]:
    orders = set(touched.orders)
    if touched.deliveries:
        found = conn.execute(
            text("SELECT order_id FROM delivery WHERE id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": sorted(touched.deliveries)},
        )
        orders |= {int(r[0]) for r in found}
    if not orders:
        return set()
    found = conn.execute(
        text("SELECT buyer_id FROM sales_order WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": sorted(orders)},
    )
    return {int(r[0]) for r in found}


def _balances(column: str, where: str) -> Any:
    statement = text(
        f"INSERT INTO stock_balance ({column}, on_hand, updated_at)"
        f" SELECT {column}, SUM(quantity), :now FROM stock_movement"
        f" WHERE {column} IS NOT NULL{where} GROUP BY {column}"
    ).bindparams(bindparam("now", utcnow(), type_=UTCDateTime()))
    if where:
        statement = statement.bindparams(bindparam("ids", expanding=True))
    return statement
