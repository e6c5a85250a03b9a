"""The ledger: the only way stock changes, and the balances kept beside it.

Stock is never a number typed over. :func:`post_movement` adds one ledger row and moves the
item's balance by the same quantity in the caller's transaction, so on-hand is one indexed read
however long the ledger grows. Ledger rows are never changed or deleted; a correction is a new
reversing row (:func:`reverse_movements`). Quantities are ``Decimal``: whole pieces for designs,
up to three places for materials; in SQL they are integer thousandths.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import (
    Integer,
    Table,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import MovementKind, StockItemKind
from sentra_desktop.core.quantities import from_thousandths
from sentra_desktop.db import dialect
from sentra_desktop.db.audit import actor_of
from sentra_desktop.db.inserts import insert_audited_rows
from sentra_desktop.db.models import (
    Material,
    StockBalance,
    StockMovement,
)
from sentra_desktop.db.types import utcnow

REFERENCE_MAX = 60

_SM = cast(Table, StockMovement.__table__)
_SB = cast(Table, StockBalance.__table__)
_MT = cast(Table, Material.__table__)

# --- posting: the only way stock changes ------------------------------------------------------


def post_movement(
    session: Session,
    *,
    design_id: int | None = None,
    material_id: int | None = None,
    kind: MovementKind,
    quantity: Decimal | int,
    moved_on: date,
    reference: str = "",
    note: str = "",
    member_business_id: int | None = None,
    production_entry_id: int | None = None,
    material_receipt_id: int | None = None,
    delivery_id: int | None = None,
    stock_count_id: int | None = None,
    reverses_id: int | None = None,
) -> StockMovement:
    """Add one ledger row and move the item's balance by ``quantity``, in ``session``'s transaction.

    Args:
        session: the caller's unit of work; nothing is committed here.
        design_id: the design moved (finished goods, whole pieces), or
        material_id: the material moved; exactly one of the two.
        kind: why stock moved.
        quantity: positive in, negative out; never zero.
        moved_on: the day the goods moved (ledger order is by this date, then by id).
        reference: a short text shown in the ledger (cut to 60 characters).

    Returns:
        The new movement, flushed, so its ``id`` is set.

    Raises:
        ValueError: a programming error (both or no item, zero quantity, part of a piece).
    """
    movement = StockMovement(
        moved_on=moved_on,
        kind=MovementKind(kind),
        design_id=design_id,
        material_id=material_id,
        quantity=Decimal(quantity),
        reference=(reference or "")[:REFERENCE_MAX],
        note=note or "",
        member_business_id=member_business_id,
        production_entry_id=production_entry_id,
        material_receipt_id=material_receipt_id,
        delivery_id=delivery_id,
        stock_count_id=stock_count_id,
        reverses_id=reverses_id,
    )
    post_movements(session, [movement])
    return movement


def post_movements(session: Session, movements: Sequence[StockMovement]) -> None:
    """Add several ledger rows at once and move each item's balance by their sum.

    One flush and one balance statement per item kind, however many rows: a production entry
    with a five-material recipe costs the same round trips as one with a single material.
    """
    if not movements:
        return
    deltas: dict[tuple[int | None, int | None], Decimal] = defaultdict(Decimal)
    for movement in movements:
        _check_movement(movement)
        movement.reference = (movement.reference or "")[:REFERENCE_MAX]
        movement.note = movement.note or ""
        deltas[(movement.design_id, movement.material_id)] += movement.quantity
    session.add_all(movements)
    session.flush()
    apply_balances(session, deltas)


def _check_movement(movement: StockMovement) -> None:
    movement.quantity = _checked_quantity(movement.design_id, movement.material_id, movement.quantity)


def _checked_quantity(design_id: int | None, material_id: int | None, quantity: Decimal | int) -> Decimal:
    if (design_id is None) == (material_id is None):
        raise ValueError("a stock movement names exactly one design or one material")
    value = Decimal(quantity)
    if value == 0:
        raise ValueError("a stock movement never moves zero")
    if design_id is not None and value != value.to_integral_value():
        raise ValueError("designs move in whole pieces")
    return value


_ROW_DEFAULTS: dict[str, Any] = {
    "design_id": None,
    "material_id": None,
    "reference": "",
    "note": "",
    "member_business_id": None,
    "production_entry_id": None,
    "material_receipt_id": None,
    "delivery_id": None,
    "stock_count_id": None,
    "reverses_id": None,
}


def post_rows(session: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Post ledger rows given as plain values, with their audit rows and balances; returns their ids.

    The same effect as :func:`post_movements` without building ORM objects: a save that posts
    five movements spends its time in the database, not in the unit of work. Each row names
    ``kind``, ``quantity``, ``moved_on``, one of ``design_id`` / ``material_id``, and optionally
    ``reference``, ``note``, ``member_business_id`` and the source columns. The audit rows are
    written by the same writer as the session's audit hook (:mod:`sentra_desktop.db.audit`).
    """
    if not rows:
        return []
    actor = actor_of(session)
    now = utcnow()
    full: list[dict[str, Any]] = []
    deltas: dict[tuple[int | None, int | None], Decimal] = defaultdict(Decimal)
    for row in rows:
        values = {**_ROW_DEFAULTS, **row}
        values["quantity"] = _checked_quantity(values["design_id"], values["material_id"], values["quantity"])
        values["kind"] = MovementKind(values["kind"])
        values["reference"] = (values["reference"] or "")[:REFERENCE_MAX]
        values["note"] = values["note"] or ""
        values.update(uuid=uuid.uuid4(), created_at=now, created_by=actor)
        deltas[(values["design_id"], values["material_id"])] += values["quantity"]
        full.append(values)
    ids = insert_audited_rows(session, _SM, full)
    apply_balances(session, deltas)
    return ids


def apply_balances(session: Session, deltas: dict[tuple[int | None, int | None], Decimal]) -> None:
    """Move balances by ``deltas`` keyed by (design_id, material_id), creating missing ones.

    For ledger rows the caller has already written (the bulk paths insert them with Core); the
    ORM path goes through :func:`post_movements`. One upsert per item kind that adds the delta
    in the database (``on_hand = on_hand + excluded.on_hand``), in the caller's transaction.
    """
    deltas = {key: value for key, value in deltas.items() if value != 0}
    if not deltas:
        return
    now = utcnow()
    connection = session.connection()
    for column_name in ("design_id", "material_id"):
        rows = [
            {column_name: design_id if column_name == "design_id" else material_id, "on_hand": quantity,
             "updated_at": now}
            for (design_id, material_id), quantity in sorted(deltas.items(), key=_delta_order)
            if (design_id if column_name == "design_id" else material_id) is not None
        ]  # fmt: skip
        if rows:
            # Sorted keys: two transactions moving the same items lock them in the same order.
            dialect.upsert_adding(connection, _SB, column_name, "on_hand", rows)


def _delta_order(item: tuple[tuple[int | None, int | None], Decimal]) -> tuple[int, int]:
    (design_id, material_id), _ = item
    return (design_id or 0, material_id or 0)


def reverse_movements(
    session: Session,
    *,
    production_entry_id: int | None = None,
    material_receipt_id: int | None = None,
    delivery_id: int | None = None,
    stock_count_id: int | None = None,
    note: str = "",
) -> list[int]:
    """Post a REVERSAL for every movement of one source record that is not reversed yet.

    Each reversal keeps the original's date, item, reference and source, so the item's history
    reads as if the cancelled movement had never counted, and the source's movements sum to zero.
    Ledger rows themselves are never changed. Name exactly one source.

    Returns:
        The ids of the reversing movements.
    """
    sources = {
        "production_entry_id": production_entry_id,
        "material_receipt_id": material_receipt_id,
        "delivery_id": delivery_id,
        "stock_count_id": stock_count_id,
    }
    named = {key: value for key, value in sources.items() if value is not None}
    if len(named) != 1:
        raise ValueError("name exactly one source record to reverse")
    [(column_name, source_id)] = named.items()
    rows = (
        session.connection()
        .execute(
            select(
                _SM.c.id,
                _SM.c.kind,
                _SM.c.design_id,
                _SM.c.material_id,
                _SM.c.quantity,
                _SM.c.moved_on,
                _SM.c.reference,
                _SM.c.member_business_id,
                _SM.c.reverses_id,
            )
            .where(_SM.c[column_name] == source_id)
            .order_by(_SM.c.id)
        )
        .all()
    )
    reversed_ids = {row.reverses_id for row in rows if row.reverses_id is not None}
    reversals = [
        {
            "moved_on": row.moved_on,
            "kind": MovementKind.REVERSAL,
            "design_id": row.design_id,
            "material_id": row.material_id,
            "quantity": -row.quantity,
            "reference": row.reference,
            "note": note,
            "member_business_id": row.member_business_id,
            "reverses_id": row.id,
            column_name: source_id,
        }
        for row in rows
        if row.kind != MovementKind.REVERSAL and row.id not in reversed_ids
    ]
    return post_rows(session, reversals)


def item_column(kind: StockItemKind) -> Any:
    """The ledger column naming items of ``kind``."""
    return _SM.c.design_id if StockItemKind(kind) == StockItemKind.DESIGN else _SM.c.material_id


def current_on_hand(session: Session, kind: StockItemKind, item_id: int) -> Decimal:
    """The stored balance of one item (zero when it never moved), inside a caller's session."""
    column = _SB.c.design_id if StockItemKind(kind) == StockItemKind.DESIGN else _SB.c.material_id
    raw = session.connection().scalar(select(type_coerce(_SB.c.on_hand, Integer)).where(column == item_id))
    return from_thousandths(raw or 0)


def material_shortages(session: Session, material_ids: Sequence[int]) -> list[str]:
    """Codes of the given materials whose balance is now below zero (allowed, but worth a warning)."""
    if not material_ids:
        return []
    stmt = (
        select(_MT.c.code)
        .join(_SB, _SB.c.material_id == _MT.c.id)
        .where(_SB.c.material_id.in_(list(material_ids)), type_coerce(_SB.c.on_hand, Integer) < 0)
        .order_by(_MT.c.code)
    )
    return list(session.connection().scalars(stmt))


def balances(session: Session, kind: StockItemKind, item_ids: Iterable[int]) -> dict[int, Decimal]:
    """Stored balances of several items of one kind (missing ones are zero)."""
    ids = list(item_ids)
    column = _SB.c.design_id if StockItemKind(kind) == StockItemKind.DESIGN else _SB.c.material_id
    result = {item_id: Decimal("0.000") for item_id in ids}
    if ids:
        stmt = select(column, type_coerce(_SB.c.on_hand, Integer)).where(column.in_(ids))
        for item_id, raw in session.connection().execute(stmt):
            result[item_id] = from_thousandths(raw)
    return result
