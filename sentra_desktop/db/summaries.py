"""Keeping the monthly summaries (:mod:`sentra_desktop.db.models.summaries`) equal to their records.

One set of SQL statements sums the records: run over everything it fills the tables (migration
``0010_monthly_summaries``, :func:`rebuild` after rows were written around the audit writer),
narrowed to a few months it recomputes them after a write, and compared with the tables it is
``check``'s proof. :func:`after_audit` is a listener on the one audit writer
(:func:`sentra_desktop.db.audit.write_audit`), so every path that saves production entries,
orders, their lines, deliveries or delivery lines (unit of work, Core inserts, bulk imports)
recomputes the summary rows it touched in the same transaction; never a database trigger.

A write recomputes whole groups instead of adding differences: a production entry its month and
design (and that month's days of the design), anything on an order or its payments the months of
that buyer it counts in (the order's month and its deliveries' months, before and after the
change) and that buyer's first month, since the discount spread over an order's lines moves
with any of them. Each group is a few hundred records at most, read by index. On a
PostgreSQL server each group is locked until commit first, so two PCs never recompute one group
from two different views of it.
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, inspect, text

from sentra_desktop.core.enums import AuditAction, OrderStatus
from sentra_desktop.db import audit
from sentra_desktop.db.inserts import expand_ranges

SOLD = ", ".join(f"'{s.value}'" for s in (OrderStatus.CONFIRMED, OrderStatus.READY, OrderStatus.DELIVERED))
OUTPUT_COLUMNS = "month, design_id, maker_id, member_business_id, good, reject, entries"
SALES_KEY = "month, design_id, buyer_id, sales_event_id, member_business_id"
SALES_COLUMNS = f"{SALES_KEY}, ordered_value, ordered_pieces, delivered_value, delivered_pieces"
DAY_COLUMNS = "month, day, design_id, member_business_id, good, reject"
BUYER_KEY = "month, buyer_id, sales_event_id"
BUYER_COLUMNS = f"{BUYER_KEY}, orders, pieces, ordered_value, delivered_value"
PAID_KEY = "month, ordered_month, buyer_id, sold"
PAID_COLUMNS = f"{PAID_KEY}, amount"
FIRST_COLUMNS = "buyer_id, first_month"
MONTHLY = ("output_month", "sales_month")
COUNTS = ("output_day", "buyer_month", "paid_month", "buyer_first")  # migration 0013_summary_counts
TOLERANCE = 0.5  # rupiah: summed fractions of a discount differ from a fresh sum by far less
_ORDER_TABLES = frozenset({"sales_order", "order_line", "delivery", "delivery_line", "payment"})
_present: weakref.WeakKeyDictionary[Engine, tuple[bool, bool]] = weakref.WeakKeyDictionary()


def _tables(connection: Connection) -> tuple[bool, bool]:
    """(the monthly summaries, the counts of 0013) are in this database, looked up once per engine:
    a file still at an older revision, opened to be migrated, has none or some to keep."""
    engine = connection.engine
    known = _present.get(engine)
    if known is None:
        found = inspect(connection)
        known = _present[engine] = (found.has_table("sales_month"), found.has_table("buyer_first"))
    return known


def present(connection: Connection) -> bool:
    """Whether this database has the monthly summaries."""
    return _tables(connection)[0]


def forget(engine: Engine) -> None:
    """Look the tables up again on the next write (after a migration made or dropped them)."""
    _present.pop(engine, None)


def _month(connection: Connection, column: str) -> str:
    """SQL for a date column's month as "2026-11" (SQLite keeps dates as ISO text)."""
    if connection.dialect.name == "postgresql":
        return f"to_char({column}, 'YYYY-MM')"
    return f"substr({column}, 1, 7)"


def _real(connection: Connection) -> str:
    return "DOUBLE PRECISION" if connection.dialect.name == "postgresql" else "REAL"


def output_select(narrowed: bool = False) -> str:
    """The output summary rows from the live entries (of ``:month`` and ``:design`` if narrowed)."""
    where = " AND month = :month AND design_id = :design" if narrowed else ""
    return (
        "SELECT month, design_id, maker_id, member_business_id, SUM(good_qty) AS good,"
        " SUM(reject_qty) AS reject, COUNT(*) AS entries FROM production_entry"
        f" WHERE voided_at IS NULL{where} GROUP BY month, design_id, maker_id, member_business_id"
    )


def sales_select(connection: Connection, narrowed: bool = False) -> str:
    """The sales summary rows from the sold orders (of ``:buyer`` in ``[:start, :stop)`` if narrowed).

    A line's value is its quantity times its price times (gross - discount) / gross of its
    order; a delivered piece is valued the same way. An order whose lines are all free is worth 0.
    """
    real = _real(connection)
    if narrowed:
        gross = "(SELECT SUM(x.quantity * x.unit_price) FROM order_line x WHERE x.order_id = o.id)"
        orders = f"SELECT o.*, {gross} AS gross FROM sales_order o WHERE o.buyer_id = :buyer"
        ordered_dates = " AND o.ordered_on >= :start AND o.ordered_on < :stop"
        delivered_dates = " AND d.delivered_on >= :start AND d.delivered_on < :stop"
    else:
        orders = (
            "SELECT o.*, g.gross FROM sales_order o JOIN (SELECT order_id,"
            " SUM(quantity * unit_price) AS gross FROM order_line GROUP BY order_id) g ON g.order_id = o.id"
        )
        ordered_dates = delivered_dates = ""

    def share(quantity: str) -> str:
        return (
            f"SUM(CASE WHEN o.gross = 0 THEN 0 ELSE CAST({quantity} * l.unit_price AS {real})"
            " * (o.gross - o.discount) / o.gross END)"
        )

    group = "o.buyer_id, o.sales_event_id, o.member_business_id"
    ordered = (
        f"SELECT {_month(connection, 'o.ordered_on')} AS month, l.design_id, {group},"
        f" {share('l.quantity')} AS ov, SUM(l.quantity) AS op, 0 AS dv, 0 AS dp"
        f" FROM ({orders}) o JOIN order_line l ON l.order_id = o.id"
        f" WHERE o.status IN ({SOLD}){ordered_dates}"
        f" GROUP BY {_month(connection, 'o.ordered_on')}, l.design_id, {group}"
    )
    delivered = (
        f"SELECT {_month(connection, 'd.delivered_on')} AS month, l.design_id, {group},"
        f" 0, 0, {share('dl.quantity')}, SUM(dl.quantity)"
        f" FROM ({orders}) o JOIN delivery d ON d.order_id = o.id"
        " JOIN delivery_line dl ON dl.delivery_id = d.id JOIN order_line l ON l.id = dl.order_line_id"
        f" WHERE d.voided_at IS NULL AND o.status IN ({SOLD}){delivered_dates}"
        f" GROUP BY {_month(connection, 'd.delivered_on')}, l.design_id, {group}"
    )
    return (
        f"SELECT {SALES_KEY}, SUM(ov) AS ordered_value, SUM(op) AS ordered_pieces,"
        f" SUM(dv) AS delivered_value, SUM(dp) AS delivered_pieces"
        f" FROM ({ordered} UNION ALL {delivered}) AS parts GROUP BY {SALES_KEY}"
    )


def day_select(narrowed: bool = False) -> str:
    """The output-by-day rows from the live entries (of ``:month`` and ``:design`` if narrowed)."""
    where = " AND month = :month AND design_id = :design" if narrowed else ""
    return (
        "SELECT month, produced_on AS day, design_id, member_business_id, SUM(good_qty) AS good,"
        f" SUM(reject_qty) AS reject FROM production_entry WHERE voided_at IS NULL{where}"
        " GROUP BY month, produced_on, design_id, member_business_id"
    )


def _orders(narrowed: bool) -> str:
    """Every order (of ``:buyer`` if narrowed) with its lines' ``gross`` and ``pieces`` (NULL without
    lines)."""
    if narrowed:
        line = "(SELECT SUM(x.{}) FROM order_line x WHERE x.order_id = o.id)"
        gross, pieces = line.format("quantity * x.unit_price"), line.format("quantity")
        return (
            f"SELECT o.*, {gross} AS gross, {pieces} AS pieces FROM sales_order o WHERE o.buyer_id = :buyer"
        )
    return (
        "SELECT o.*, g.gross, g.pieces FROM sales_order o LEFT JOIN (SELECT order_id,"
        " SUM(quantity * unit_price) AS gross, SUM(quantity) AS pieces FROM order_line GROUP BY order_id) g"
        " ON g.order_id = o.id"
    )


def buyer_select(connection: Connection, narrowed: bool = False) -> str:
    """The buyer-month rows from the sold orders (of ``:buyer`` in ``[:start, :stop)`` if narrowed).

    An order counts in its month with its pieces and its whole value (lines less discount; 0 when
    its lines are free); delivered pieces are valued as in :func:`sales_select`.
    """
    real, orders = _real(connection), _orders(narrowed)
    ordered_dates = " AND o.ordered_on >= :start AND o.ordered_on < :stop" if narrowed else ""
    delivered_dates = " AND d.delivered_on >= :start AND d.delivered_on < :stop" if narrowed else ""
    group = "o.buyer_id, o.sales_event_id"
    ordered = (
        f"SELECT {_month(connection, 'o.ordered_on')} AS month, {group}, COUNT(*) AS n,"
        " SUM(COALESCE(o.pieces, 0)) AS p, SUM(CASE WHEN o.gross > 0 THEN o.gross - o.discount ELSE 0 END)"
        f" AS ov, 0 AS dv FROM ({orders}) o WHERE o.status IN ({SOLD}){ordered_dates}"
        f" GROUP BY {_month(connection, 'o.ordered_on')}, {group}"
    )
    delivered = (
        f"SELECT {_month(connection, 'd.delivered_on')} AS month, {group}, 0, 0, 0,"
        f" SUM(CASE WHEN o.gross = 0 THEN 0 ELSE CAST(dl.quantity * l.unit_price AS {real})"
        " * (o.gross - o.discount) / o.gross END)"
        f" FROM ({orders}) o JOIN delivery d ON d.order_id = o.id"
        " JOIN delivery_line dl ON dl.delivery_id = d.id JOIN order_line l ON l.id = dl.order_line_id"
        f" WHERE d.voided_at IS NULL AND o.status IN ({SOLD}){delivered_dates}"
        f" GROUP BY {_month(connection, 'd.delivered_on')}, {group}"
    )
    return (
        f"SELECT {BUYER_KEY}, SUM(n) AS orders, SUM(p) AS pieces, SUM(ov) AS ordered_value,"
        f" SUM(dv) AS delivered_value FROM ({ordered} UNION ALL {delivered}) AS parts GROUP BY {BUYER_KEY}"
    )


def paid_select(connection: Connection, narrowed: bool = False) -> str:
    """The paid-month rows: live payments on orders not cancelled (of ``:buyer``'s orders ordered
    in ``[:start, :stop)`` if narrowed)."""
    where = " AND o.buyer_id = :buyer AND o.ordered_on >= :start AND o.ordered_on < :stop" if narrowed else ""
    paid, ordered = _month(connection, "p.paid_on"), _month(connection, "o.ordered_on")
    sold = f"(o.status IN ({SOLD}))"
    return (
        f"SELECT {paid} AS month, {ordered} AS ordered_month, o.buyer_id, {sold} AS sold,"
        " SUM(p.amount) AS amount FROM payment p JOIN sales_order o ON o.id = p.order_id"
        f" WHERE p.voided_at IS NULL AND o.status <> '{OrderStatus.CANCELLED.value}'{where}"
        f" GROUP BY {paid}, {ordered}, o.buyer_id, {sold}"
    )


def first_select(source: str = "buyer_month", narrowed: bool = False) -> str:
    """Each buyer's first month with pieces ordered (``:buyer``'s if narrowed), from ``source``."""
    where = " AND buyer_id = :buyer" if narrowed else ""
    return (
        f"SELECT buyer_id, MIN(month) AS first_month FROM {source} AS months"
        f" WHERE pieces > 0{where} GROUP BY buyer_id"
    )


def fill_monthly(connection: Connection) -> None:
    """Sum every record into the empty monthly summaries (migration ``0010_monthly_summaries``)."""
    connection.execute(text(f"INSERT INTO output_month ({OUTPUT_COLUMNS}) {output_select()}"))
    connection.execute(text(f"INSERT INTO sales_month ({SALES_COLUMNS}) {sales_select(connection)}"))


def fill_counts(connection: Connection) -> None:
    """Sum every record into the empty tables of migration ``0013_summary_counts``."""
    connection.execute(text(f"INSERT INTO output_day ({DAY_COLUMNS}) {day_select()}"))
    connection.execute(text(f"INSERT INTO buyer_month ({BUYER_COLUMNS}) {buyer_select(connection)}"))
    connection.execute(text(f"INSERT INTO paid_month ({PAID_COLUMNS}) {paid_select(connection)}"))
    connection.execute(text(f"INSERT INTO buyer_first ({FIRST_COLUMNS}) {first_select()}"))


# The records the summaries are summed from (their FROM and JOIN tables).
SOURCES = ("production_entry", "sales_order", "order_line", "delivery", "delivery_line", "payment")


def rebuild(connection: Connection) -> None:
    """Sum every record again into empty tables: after rows were written in bulk around the audit
    writer (the demo data, an agency's replica)."""
    if connection.dialect.name == "postgresql":
        # Rows written in bulk in this transaction are unknown to the planner until analysed: with
        # an empty table's statistics the sums once took over 120 s (a test's timeout) instead of
        # about a second. ANALYZE sees this transaction's own rows.
        connection.exec_driver_sql(f"ANALYZE {', '.join(SOURCES)}")
    for table in (*MONTHLY, *COUNTS):
        connection.execute(text(f"DELETE FROM {table}"))
    fill_monthly(connection)
    fill_counts(connection)


# --- after every audited write --------------------------------------------------------------------


def _month_of(value: Any) -> str | None:
    """ "2026-11" of a date, or of its ISO text; None when absent."""
    if value is None:
        return None
    return value.strftime("%Y-%m") if isinstance(value, date) else str(value)[:7]


def _values(row: audit.AuditRow, key: str) -> list[Any]:
    """Every value ``key`` had in the change: the old and new one of an update, or the one value."""
    if key not in row.record.changes:
        return []
    value = row.record.changes[key]
    if row.record.action == AuditAction.UPDATE and isinstance(value, list | tuple):
        return [v for v in value if v is not None]
    return [] if value is None else [value]


def _ids(row: audit.AuditRow) -> list[int]:
    """The records an audit row names: its own, or every id of a bulk import."""
    if row.record.record_id is not None:
        return [int(row.record.record_id)]
    ids = row.record.changes.get("ids")
    return expand_ranges(ids) if isinstance(ids, str) else []


def _lookup(connection: Connection, sql: str, ids: Iterable[int]) -> list[Any]:
    wanted = sorted(set(ids))
    found: list[Any] = []
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        marks = ", ".join(str(int(i)) for i in part)
        found += list(connection.execute(text(sql.format(ids=marks))))
    return found


def after_audit(connection: Connection, rows: Sequence[audit.AuditRow]) -> None:
    """The audit writer's listener: recompute the summary rows the audited records count in."""
    if not present(connection):
        return
    entries = [r for r in rows if r.record.table_name == "production_entry"]
    if entries:
        _recompute_output(connection, entries)
    sales = [r for r in rows if r.record.table_name in _ORDER_TABLES]
    if sales:
        _recompute_sales(connection, sales)


def _recompute_output(connection: Connection, rows: Sequence[audit.AuditRow]) -> None:
    """Recompute each (month, design) an entry counts in, now and before the change."""
    months: dict[int, set[str]] = defaultdict(set)
    designs: dict[int, set[int]] = defaultdict(set)
    for row in rows:
        for entry_id in _ids(row):
            months[entry_id] |= {
                m for v in _values(row, "month") + _values(row, "produced_on") if (m := _month_of(v))
            }
            designs[entry_id] |= {int(v) for v in _values(row, "design_id")}
    sql = "SELECT id, month, design_id FROM production_entry WHERE id IN ({ids})"
    for current in _lookup(connection, sql, months):
        months[int(current.id)].add(str(current.month))
        designs[int(current.id)].add(int(current.design_id))
    groups = {(m, d) for entry_id in months for m in months[entry_id] for d in designs[entry_id]}
    params = [{"month": m, "design": d} for m, d in sorted(groups)]
    if not params:
        return
    _lock(connection, 1, [(m, d) for m, d in sorted(groups)])
    connection.execute(text("DELETE FROM output_month WHERE month = :month AND design_id = :design"), params)
    connection.execute(
        text(f"INSERT INTO output_month ({OUTPUT_COLUMNS}) {output_select(narrowed=True)}"), params
    )
    if _tables(connection)[1]:
        connection.execute(
            text("DELETE FROM output_day WHERE month = :month AND design_id = :design"), params
        )
        connection.execute(
            text(f"INSERT INTO output_day ({DAY_COLUMNS}) {day_select(narrowed=True)}"), params
        )


def _recompute_sales(connection: Connection, rows: Sequence[audit.AuditRow]) -> None:
    """Find the orders the audited records belong to, and the months they counted in before."""
    orders: set[int] = set()
    buyers: dict[int, set[int]] = defaultdict(set)  # order -> buyers named in the changes
    months: dict[int, set[str]] = defaultdict(set)  # order -> months named in the changes
    deliveries: dict[int, set[str]] = defaultdict(set)  # delivery -> dates named in the changes
    lines: set[int] = set()
    payments: set[int] = set()
    delivery_lines: set[int] = set()
    for row in rows:
        table, ids = row.record.table_name, _ids(row)
        owners = {int(v) for v in _values(row, "order_id")}
        orders |= owners
        if table == "sales_order":
            for order_id in ids:
                orders.add(order_id)
                buyers[order_id] |= {int(v) for v in _values(row, "buyer_id")}
                months[order_id] |= {m for v in _values(row, "ordered_on") if (m := _month_of(v))}
        elif table == "order_line":
            lines.update(ids)
        elif table == "payment":
            payments.update(ids)
        elif table == "delivery":
            dated = {m for v in _values(row, "delivered_on") if (m := _month_of(v))}
            for delivery_id in ids:
                deliveries[delivery_id] |= dated
            for owner in owners:
                months[owner] |= dated
        else:
            delivery_lines.update(ids)
            for delivery_id in _values(row, "delivery_id"):
                deliveries[int(delivery_id)] |= set()
    for line in _lookup(connection, "SELECT order_id FROM order_line WHERE id IN ({ids})", lines):
        orders.add(int(line.order_id))
    for payment in _lookup(connection, "SELECT order_id FROM payment WHERE id IN ({ids})", payments):
        orders.add(int(payment.order_id))
    sql = "SELECT delivery_id FROM delivery_line WHERE id IN ({ids})"
    for line in _lookup(connection, sql, delivery_lines):
        deliveries[int(line.delivery_id)] |= set()
    for found in _lookup(connection, "SELECT id, order_id FROM delivery WHERE id IN ({ids})", deliveries):
        orders.add(int(found.order_id))
        months[int(found.order_id)] |= deliveries[int(found.id)]
    _recompute_orders(connection, orders, buyers, months)


def _recompute_orders(
    connection: Connection, orders: set[int], buyers: Mapping[int, set[int]], months: Mapping[int, set[str]]
) -> None:
    """Recompute every (buyer, month) the ``orders`` count in, now and before the change."""
    if not orders:
        return
    every_buyer: dict[int, set[int]] = {o: set(buyers.get(o, ())) for o in orders}
    every_month: dict[int, set[str]] = {o: set(months.get(o, ())) for o in orders}
    for order in _lookup(
        connection, "SELECT id, buyer_id, ordered_on FROM sales_order WHERE id IN ({ids})", orders
    ):
        every_buyer[int(order.id)].add(int(order.buyer_id))
        month = _month_of(order.ordered_on)
        if month:
            every_month[int(order.id)].add(month)
    for found in _lookup(
        connection, "SELECT order_id, delivered_on FROM delivery WHERE order_id IN ({ids})", orders
    ):
        month = _month_of(found.delivered_on)
        if month:
            every_month[int(found.order_id)].add(month)
    groups = {(b, m) for o in orders for b in every_buyer[o] for m in every_month[o]}
    params = [{"buyer": b, "month": m, **_bounds(m)} for b, m in sorted(groups)]
    if not params:
        return
    counted = _tables(connection)[1]
    _lock(connection, 2, [(m, b) for b, m in sorted(groups)], buyers=counted)
    connection.execute(text("DELETE FROM sales_month WHERE buyer_id = :buyer AND month = :month"), params)
    connection.execute(
        text(f"INSERT INTO sales_month ({SALES_COLUMNS}) {sales_select(connection, narrowed=True)}"), params
    )
    if not counted:
        return
    connection.execute(text("DELETE FROM buyer_month WHERE buyer_id = :buyer AND month = :month"), params)
    connection.execute(
        text(f"INSERT INTO buyer_month ({BUYER_COLUMNS}) {buyer_select(connection, narrowed=True)}"), params
    )
    connection.execute(
        text("DELETE FROM paid_month WHERE buyer_id = :buyer AND ordered_month = :month"), params
    )
    connection.execute(
        text(f"INSERT INTO paid_month ({PAID_COLUMNS}) {paid_select(connection, narrowed=True)}"), params
    )
    firsts = [{"buyer": b} for b in sorted({b for b, _m in groups})]
    connection.execute(text("DELETE FROM buyer_first WHERE buyer_id = :buyer"), firsts)
    connection.execute(
        text(f"INSERT INTO buyer_first ({FIRST_COLUMNS}) {first_select(narrowed=True)}"), firsts
    )


def _lock(connection: Connection, kind: int, groups: Sequence[tuple[str, int]], buyers: bool = False) -> None:
    """On a server, hold each group (and with ``buyers`` each buyer's first month) until commit
    before recomputing it.

    At READ COMMITTED two PCs recomputing one group at once would each delete the rows they
    see and insert their own sums: the second waits here for the first to commit, then sees
    its rows and its records. The keys are taken in one order, so two writers cannot deadlock
    on them within one statement. SQLite lets one writer in at a time anyway.
    """
    if connection.dialect.name != "postgresql":
        return
    keys = sorted({(kind * 1_000_000 + int(m[:4]) * 12 + int(m[5:7]), int(n)) for m, n in groups})
    if buyers:  # after every month's key, in one order too
        keys += sorted({(3 * 1_000_000, int(n)) for _m, n in groups})
    connection.execute(
        text("SELECT pg_advisory_xact_lock(CAST(:a AS integer), CAST(:b AS integer))"),
        [{"a": a, "b": b} for a, b in keys],
    )


def _bounds(month: str) -> dict[str, date]:
    year, number = int(month[:4]), int(month[5:7])
    following = date(year + 1, 1, 1) if number == 12 else date(year, number + 1, 1)
    return {"start": date(year, number, 1), "stop": following}


# --- the proof ------------------------------------------------------------------------------------


def mismatches(connection: Connection) -> list[str]:
    """Every summary row that differs from the sum of its records (or is missing), described."""
    out: list[str] = []
    output = (
        f"SELECT month, design_id, maker_id, member_business_id, SUM(good) AS good, SUM(reject) AS reject,"
        f" SUM(entries) AS entries FROM (SELECT {OUTPUT_COLUMNS} FROM output_month UNION ALL"
        f" SELECT month, design_id, maker_id, member_business_id, -good, -reject, -entries"
        f" FROM ({output_select()}) AS fresh) AS compared"
        " GROUP BY month, design_id, maker_id, member_business_id"
        " HAVING SUM(good) <> 0 OR SUM(reject) <> 0 OR SUM(entries) <> 0"
        " ORDER BY month, design_id, maker_id, member_business_id"
    )
    for r in connection.execute(text(output)):
        out.append(
            f"output {r.month} design {r.design_id} maker {r.maker_id} member {r.member_business_id}:"
            f" summary differs from the entries by good {r.good}, reject {r.reject}, entries {r.entries}"
        )
    sales = (
        f"SELECT {SALES_KEY}, SUM(ordered_value) AS ov, SUM(ordered_pieces) AS op,"
        f" SUM(delivered_value) AS dv, SUM(delivered_pieces) AS dp"
        f" FROM (SELECT {SALES_COLUMNS} FROM sales_month UNION ALL SELECT {SALES_KEY}, -ordered_value,"
        f" -ordered_pieces, -delivered_value, -delivered_pieces FROM ({sales_select(connection)}) AS fresh)"
        f" AS compared GROUP BY {SALES_KEY}"
        f" HAVING ABS(SUM(ordered_value)) > {TOLERANCE} OR SUM(ordered_pieces) <> 0"
        f" OR ABS(SUM(delivered_value)) > {TOLERANCE} OR SUM(delivered_pieces) <> 0"
        f" ORDER BY {SALES_KEY}"
    )
    for r in connection.execute(text(sales)):
        out.append(
            f"sales {r.month} design {r.design_id} buyer {r.buyer_id} event {r.sales_event_id}"
            f" member {r.member_business_id}: summary differs from the orders by value {r.ov:.0f},"
            f" pieces {r.op}, delivered value {r.dv:.0f}, delivered pieces {r.dp}"
        )
    if _tables(connection)[1]:
        out += _count_mismatches(connection)
    return out


def _compared(table: str, key: str, sums: Sequence[str], fresh: str, having: str) -> str:
    """The rows where ``table`` and the fresh sums differ: the stored ones less the fresh ones."""
    stored = ", ".join(sums)
    negated = ", ".join(f"-{c}" for c in sums)
    summed = ", ".join(f"SUM({c}) AS {c}" for c in sums)
    return (
        f"SELECT {key}, {summed} FROM (SELECT {key}, {stored} FROM {table} UNION ALL"
        f" SELECT {key}, {negated} FROM ({fresh}) AS fresh) AS compared GROUP BY {key}"
        f" HAVING {having} ORDER BY {key}"
    )


def _count_mismatches(connection: Connection) -> list[str]:
    """The proof of migration ``0013_summary_counts``'s tables."""
    out: list[str] = []
    days = _compared(
        "output_day",
        "month, day, design_id, member_business_id",
        ("good", "reject"),
        day_select(),
        "SUM(good) <> 0 OR SUM(reject) <> 0",
    )
    for r in connection.execute(text(days)):
        out.append(
            f"output {r.day} design {r.design_id} member {r.member_business_id}: day summary differs"
            f" from the entries by good {r.good}, reject {r.reject}"
        )
    buyers = _compared(
        "buyer_month",
        BUYER_KEY,
        ("orders", "pieces", "ordered_value", "delivered_value"),
        buyer_select(connection),
        f"SUM(orders) <> 0 OR SUM(pieces) <> 0 OR SUM(ordered_value) <> 0"
        f" OR ABS(SUM(delivered_value)) > {TOLERANCE}",
    )
    for r in connection.execute(text(buyers)):
        out.append(
            f"sales {r.month} buyer {r.buyer_id} event {r.sales_event_id}: buyer summary differs from the"
            f" orders by orders {r.orders}, pieces {r.pieces}, value {r.ordered_value},"
            f" delivered value {r.delivered_value:.0f}"
        )
    paid = _compared("paid_month", PAID_KEY, ("amount",), paid_select(connection), "SUM(amount) <> 0")
    for r in connection.execute(text(paid)):
        out.append(
            f"paid {r.month} on orders of {r.ordered_month} buyer {r.buyer_id}: summary differs from the"
            f" payments by {r.amount}"
        )
    fresh_first = first_select(f"({buyer_select(connection)})")
    firsts = (
        "SELECT buyer_id, first_month, SUM(n) AS n FROM (SELECT buyer_id, first_month, 1 AS n"
        " FROM buyer_first UNION ALL SELECT buyer_id, first_month, -1"
        f" FROM ({fresh_first}) AS fresh) AS compared"
        " GROUP BY buyer_id, first_month HAVING SUM(n) <> 0 ORDER BY buyer_id, first_month"
    )
    for r in connection.execute(text(firsts)):
        state = "kept but not" if r.n > 0 else "missing though"
        out.append(f"buyer {r.buyer_id}: first month {r.first_month} {state} their first sold order's")
    return out


audit.add_listener(after_audit)
