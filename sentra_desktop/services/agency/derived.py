"""The replica's derived tables after a merge: only the groups the merged rows touch.

A full packet fills an empty replica, whose stock balances and monthly summaries are summed once
over everything. A later packet carries a month's changes into ten years of records: summing
everything again would cost more than the merge itself, so the groups a changed row counts in,
before and after the change, are recomputed with the summaries' own narrowed statements: stock
balances per item, output per (month, design) and its days, sales, orders, money and first month
per buyer over all their months.

The pay watch (``pay_entry_change``, :mod:`sentra_desktop.db.pay_watch`) does not travel either:
the agency's own views never read it, but a replica is a whole sentra database, so its pay
corrections (the one reader, ``pay_compute.corrections``) must come out as the sentra's. It is
rebuilt from what did travel: an entry changed after a payment covered it is one whose version is
past the version its stored lines were paid on, or one added or moved into a paid period that
has no stored line (a payment lines every rated entry of its period). That can name fewer
entries than the sentra's watch (one changed, then corrected and paid again), never one whose
live figures differ from its stored lines, so the corrections are the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select, text

from sentra_desktop.db import audit_search, summaries
from sentra_desktop.db.types import UTCDateTime, utcnow

_ORDERS = ("sales_order", "order_line", "delivery", "delivery_line", "payment")
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
    entries: set[int] = field(default_factory=set)  # production entries, for the pay watch

    def note_rows(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        """Rows as they are now (Python values, or the replica's rows about to change)."""
        for row in rows:
            if table == "stock_movement":
                _add(self.designs, row.get("design_id"))
                _add(self.materials, row.get("material_id"))
            elif table in ("production_entry", "pay_line"):
                _add(self.entries, row.get("id" if table == "production_entry" else "entry_id"))
                if (
                    table == "production_entry"
                    and row.get("month") is not None
                    and row.get("design_id") is not None
                ):
                    self.outputs.add((str(row["month"]), int(row["design_id"])))
            elif table == "sales_order":
                _add(self.orders, row.get("id"))
                _add(self.buyers, row.get("buyer_id"))
            elif table in ("order_line", "delivery", "payment"):
                _add(self.orders, row.get("order_id"))
            elif table == "delivery_line":
                _add(self.deliveries, row.get("delivery_id"))

    def note_existing(self, conn: Connection, table: Table, where: Any) -> None:
        """The replica's rows matching ``where``, as they are before the merge changes them."""
        if table.name not in ("stock_movement", "production_entry", "pay_line", *_ORDERS):
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
    conn.execute(text("DELETE FROM pay_entry_change"))
    rebuild_pay_watch(conn, None)


def rebuild_pay_watch(conn: Connection, entries: set[int] | None) -> None:
    """Watch the entries (all when None) changed after a payment covered them; a watched entry
    stays watched, as at the sentra."""
    if entries is not None and not entries:
        return
    only = "" if entries is None else " AND e.id IN :ids"
    changed = (
        "SELECT l.entry_id FROM pay_line l JOIN production_entry e ON e.id = l.entry_id"
        f" WHERE 1 = 1{only} GROUP BY l.entry_id, e.version HAVING e.version > MAX(l.entry_version)"
    )
    unlined = (
        "SELECT e.id FROM production_entry e JOIN pay_period p"
        " ON e.produced_on >= p.starts_on AND e.produced_on <= p.ends_on"
        f" WHERE e.voided_at IS NULL{only}"
        " AND NOT EXISTS (SELECT 1 FROM pay_line l WHERE l.entry_id = e.id)"
    )
    statement = text(
        f"INSERT INTO pay_entry_change (entry_id) SELECT entry_id FROM ({changed} UNION {unlined}) AS w"
        " WHERE entry_id NOT IN (SELECT entry_id FROM pay_entry_change)"
    )
    if entries is None:
        conn.execute(statement)
        return
    statement = statement.bindparams(bindparam("ids", expanding=True))
    ordered = sorted(entries)
    for start in range(0, len(ordered), 500):
        conn.execute(statement, {"ids": ordered[start : start + 500]})


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
        conn.execute(text("DELETE FROM output_day WHERE month = :month AND design_id = :design"), params)
        columns, rows = summaries.DAY_COLUMNS, summaries.day_select(narrowed=True)
        conn.execute(text(f"INSERT INTO output_day ({columns}) {rows}"), params)
    buyers = set(touched.buyers) | _buyers_of(conn, touched)
    if buyers:
        params = [{"buyer": b, **_EVER} for b in sorted(buyers)]
        conn.execute(text("DELETE FROM sales_month WHERE buyer_id = :buyer"), params)
        columns, rows = summaries.SALES_COLUMNS, summaries.sales_select(conn, narrowed=True)
        conn.execute(text(f"INSERT INTO sales_month ({columns}) {rows}"), params)
        _rebuild_buyer_counts(conn, params)
    rebuild_pay_watch(conn, touched.entries)
    audit_search.rebuild(conn)


def _rebuild_buyer_counts(conn: Connection, params: list[dict[str, Any]]) -> None:
    """Each touched buyer's orders, money and first month (migration 0013's tables), over all time."""
    for table, columns, rows in (
        ("buyer_month", summaries.BUYER_COLUMNS, summaries.buyer_select(conn, narrowed=True)),
        ("paid_month", summaries.PAID_COLUMNS, summaries.paid_select(conn, narrowed=True)),
    ):
        conn.execute(text(f"DELETE FROM {table} WHERE buyer_id = :buyer"), params)
        conn.execute(text(f"INSERT INTO {table} ({columns}) {rows}"), params)
    firsts = [{"buyer": p["buyer"]} for p in params]
    conn.execute(text("DELETE FROM buyer_first WHERE buyer_id = :buyer"), firsts)
    columns, rows = summaries.FIRST_COLUMNS, summaries.first_select(narrowed=True)
    conn.execute(text(f"INSERT INTO buyer_first ({columns}) {rows}"), firsts)


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
