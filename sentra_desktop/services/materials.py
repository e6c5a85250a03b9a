"""Materials (bahan baku), design recipes, and receipts of material purchases.

Quantities are decimals typed the Indonesian way ("1,5" kg) with at most three places. A
material that is named in a recipe or has moved in stock is deactivated, not deleted, and its unit
is fixed once it has moved: the ledger's quantities mean kilograms or litres for ever. A receipt
posts a RECEIPT movement; voiding it posts a reversal, never removes the row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Integer, Select, Table, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import MaterialUnit, MovementKind
from sentra_desktop.core.errors import FieldError, NotFoundError, SentraError, ValidationError
from sentra_desktop.core.formatting import format_date, parse_date, parse_decimal, parse_rupiah
from sentra_desktop.core.quantities import from_thousandths, round_rupiah
from sentra_desktop.core.text import NOTE_MAX, check_code, check_text, clean
from sentra_desktop.db.models import (
    DesignVariant,
    Material,
    MaterialReceipt,
    RecipeLine,
    StockBalance,
    StockCountLine,
    StockMovement,
)
from sentra_desktop.db.types import utcnow
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import Choice, ListQuery, count_rows, search_condition
from sentra_desktop.services.records import (
    check_unique,
    is_referenced,
    load,
    load_for_update,
    set_active,
    with_active_filter,
)
from sentra_desktop.services.stock import post_movement, reverse_movements

MAX_QUANTITY = Decimal(1_000_000)
SUPPLIER_MAX = 120

_MT = cast(Table, Material.__table__)
_SB = cast(Table, StockBalance.__table__)
_MR = cast(Table, MaterialReceipt.__table__)
_RL = cast(Table, RecipeLine.__table__)

# --- data to and from the user interface -----------------------------------------------------


@dataclass(frozen=True)
class MaterialRow:
    """One line of the material list, with what is on hand."""

    id: int
    code: str
    name: str
    unit: MaterialUnit
    low_stock_level: Decimal
    supplier: str
    active: bool
    on_hand: Decimal


@dataclass(frozen=True)
class MaterialInput:
    """What the material form sends; the low-stock level as typed ("1,5") or as a number."""

    code: str
    name: str
    unit: MaterialUnit | str | None
    low_stock_level: str | Decimal | int = "0"
    supplier: str = ""
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class MaterialDetail:
    """One material as the form shows it, with the version it was read at."""

    id: int
    version: int
    code: str
    name: str
    unit: MaterialUnit
    low_stock_level: Decimal
    supplier: str
    active: bool
    notes: str
    has_history: bool
    unit_locked: bool


@dataclass(frozen=True)
class RecipeItem:
    """One line of a design's recipe: how much of a material one piece takes."""

    material_id: int
    code: str
    name: str
    unit: MaterialUnit
    quantity_per_piece: Decimal


@dataclass(frozen=True)
class ReceiptInput:
    """What the receipt form sends; quantity and price as typed. An empty supplier takes the material's."""

    received_on: date | str
    material_id: int | None
    supplier: str
    quantity: str | Decimal | int
    total_price: str | int
    note: str = ""


@dataclass(frozen=True)
class ReceiptRow:
    """One line of the receipt list; ``unit_price`` is the total over the quantity, rounded."""

    id: int
    received_on: date
    material_id: int
    material_code: str
    material_name: str
    unit: MaterialUnit
    supplier: str
    quantity: Decimal
    total_price: int
    unit_price: int
    note: str
    voided: bool


# --- parsing ----------------------------------------------------------------------------------


def parse_quantity(
    errors: list[FieldError],
    field: str,
    value: str | Decimal | int,
    *,
    required: bool = True,
    positive: bool = True,
    row: int | None = None,
) -> Decimal:
    """A material quantity from typed text or a number: at most three places, not absurd."""
    params: dict[str, Any] = {} if row is None else {"row": row}
    if isinstance(value, bool):
        errors.append(FieldError(field, "not_a_number", params))
        return Decimal(0)
    if isinstance(value, int | Decimal):
        quantity = Decimal(value)
        if quantity != quantity.quantize(Decimal("0.001")):
            errors.append(FieldError(field, "too_many_decimals", {"places": 3, **params}))
            return Decimal(0)
    else:
        text = str(value or "").strip()
        if not text:
            if required:
                errors.append(FieldError(field, "required", params))
            return Decimal(0)
        try:
            quantity = parse_decimal(text, field, max_places=3)
        except ValidationError as exc:
            errors.extend(FieldError(e.field, e.code, {**e.params, **params}) for e in exc.errors)
            return Decimal(0)
    if quantity < 0:
        errors.append(FieldError(field, "negative", params))
    elif positive and quantity == 0 and (required or str(value).strip()):
        errors.append(FieldError(field, "not_positive", params))
    elif quantity > MAX_QUANTITY:
        errors.append(FieldError(field, "too_large", {"max": "1.000.000", **params}))
    else:
        return quantity.quantize(Decimal("0.001"))
    return Decimal(0)


def _past_day(errors: list[FieldError], field: str, value: date | str) -> date | None:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        day = value
    else:
        try:
            day = parse_date(str(value or ""), field)
        except ValidationError as exc:
            errors.extend(exc.errors)
            return None
    if day > date.today():
        errors.append(FieldError(field, "future_date", {"value": format_date(day)}))
        return None
    return day


# --- materials --------------------------------------------------------------------------------

_ON_HAND = func.coalesce(type_coerce(_SB.c.on_hand, Integer), 0)
_SORT: dict[str, Any] = {
    "code": _MT.c.code,
    "name": _MT.c.name,
    "unit": _MT.c.unit,
    "supplier": _MT.c.supplier,
    "low_stock_level": type_coerce(_MT.c.low_stock_level, Integer),
    "on_hand": _ON_HAND,
    "active": _MT.c.active,
}


def _has_history(session: Session, material_id: int) -> bool:
    return is_referenced(
        session,
        RecipeLine.material_id == material_id,
        StockMovement.material_id == material_id,
        MaterialReceipt.material_id == material_id,
        StockCountLine.material_id == material_id,
    )


def _has_moved(session: Session, material_id: int) -> bool:
    return is_referenced(session, StockMovement.material_id == material_id)


class MaterialService:
    """Use-cases of the Bahan baku area: materials, recipes and receipts; each one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- the material list --------------------------------------------------------------------
    def _select(self, query: ListQuery) -> Select[Any]:
        stmt = (
            select(
                _MT.c.id,
                _MT.c.code,
                _MT.c.name,
                _MT.c.unit,
                type_coerce(_MT.c.low_stock_level, Integer).label("low"),
                _MT.c.supplier,
                _MT.c.active,
                _ON_HAND.label("on_hand"),
            )
            .select_from(_MT)
            .outerjoin(_SB, _SB.c.material_id == _MT.c.id)
        )
        condition = search_condition(query.search, _MT.c.code, _MT.c.name, _MT.c.supplier)
        if condition is not None:
            stmt = stmt.where(condition)
        return with_active_filter(stmt, query, _MT.c.active)

    def count(self, query: ListQuery) -> int:
        """How many materials the list shows; filter "active" (True/False), search code/name/supplier."""
        with self.db.reading() as session:
            return count_rows(session, self._select(query))

    def page(self, query: ListQuery, offset: int, limit: int) -> list[MaterialRow]:
        """One page of materials; sort "code" (default), "name", "unit", "supplier", "low_stock_level",
        "on_hand", "active"."""
        column = _SORT.get(query.sort or "code", _MT.c.code)
        direction = (lambda c: c.desc()) if query.descending else (lambda c: c.asc())
        stmt = self._select(query).order_by(direction(column), direction(_MT.c.id))
        with self.db.reading() as session:
            rows = session.execute(stmt.offset(offset).limit(limit)).all()
        return [
            MaterialRow(
                id=row.id,
                code=row.code,
                name=row.name,
                unit=MaterialUnit(row.unit),
                low_stock_level=from_thousandths(row.low),
                supplier=row.supplier,
                active=row.active,
                on_hand=from_thousandths(row.on_hand),
            )
            for row in rows
        ]

    def choices(self, include_id: int | None = None) -> list[Choice]:
        """Active materials as "CODE — name (unit)", plus ``include_id`` even if inactive."""
        with self.db.reading() as session:
            stmt = select(_MT.c.id, _MT.c.code, _MT.c.name, _MT.c.unit).order_by(_MT.c.code)
            if include_id is None:
                stmt = stmt.where(_MT.c.active.is_(True))
            else:
                stmt = stmt.where(or_(_MT.c.active.is_(True), _MT.c.id == include_id))
            return [
                Choice(id_, f"{code} — {name} ({unit})") for id_, code, name, unit in session.execute(stmt)
            ]

    def get(self, material_id: int) -> MaterialDetail:
        with self.db.reading() as session:
            row = load(session, Material, material_id)
            return MaterialDetail(
                id=row.id,
                version=row.version,
                code=row.code,
                name=row.name,
                unit=row.unit,
                low_stock_level=row.low_stock_level,
                supplier=row.supplier,
                active=row.active,
                notes=row.notes,
                has_history=_has_history(session, material_id),
                unit_locked=_has_moved(session, material_id),
            )

    def create(self, data: MaterialInput) -> int:
        """Save a new material; returns its id. Bad input raises ValidationError and saves nothing."""
        with self.db.transaction() as session:
            row = Material(**_material_values(session, data, current=None))
            session.add(row)
            session.flush()
            return row.id

    def update(self, material_id: int, version: int, data: MaterialInput) -> None:
        """Save changes to a material read at ``version``; a stale version is refused.

        The unit cannot change once the material has moved in stock (field "unit", "unit_locked").
        """
        with self.db.transaction() as session:
            row = load_for_update(session, Material, material_id, version)
            for key, value in _material_values(session, data, current=row).items():
                setattr(row, key, value)

    def activate(self, material_id: int) -> None:
        with self.db.transaction() as session:
            set_active(session, Material, material_id, True)

    def deactivate(self, material_id: int) -> None:
        """Hide a material from new recipes and receipts; its history and recipes stay."""
        with self.db.transaction() as session:
            set_active(session, Material, material_id, False)

    def delete(self, material_id: int) -> None:
        """Delete a material nothing refers to; otherwise raise ``SentraError("has_history")``."""
        with self.db.transaction() as session:
            row = load(session, Material, material_id)
            if _has_history(session, material_id):
                raise SentraError("has_history")
            session.delete(row)

    # --- recipes ------------------------------------------------------------------------------
    def recipe(self, design_id: int) -> list[RecipeItem]:
        """The materials one piece of a design takes, by material code."""
        with self.db.reading() as session:
            if session.get(DesignVariant, design_id) is None:
                raise NotFoundError()
            rows = session.execute(
                select(
                    _RL.c.material_id,
                    _MT.c.code,
                    _MT.c.name,
                    _MT.c.unit,
                    type_coerce(_RL.c.quantity_per_piece, Integer),
                )
                .join(_MT, _MT.c.id == _RL.c.material_id)
                .where(_RL.c.design_id == design_id)
                .order_by(_MT.c.code)
            ).all()
        return [
            RecipeItem(material_id, code, name, MaterialUnit(unit), from_thousandths(raw))
            for material_id, code, name, unit, raw in rows
        ]

    def set_recipe(
        self, design_id: int, items: Sequence[tuple[int | None, str | Decimal | int]]
    ) -> list[RecipeItem]:
        """Replace a design's recipe with ``items`` of (material id, quantity per piece as typed).

        Each line is checked (a known material, active unless already in the recipe; a quantity
        above zero with at most three places; no material twice); errors carry ``row`` (from 1)
        in their parameters and nothing is saved. Entries already saved keep the amounts they
        posted: only later saves use the new recipe.
        """
        with self.db.transaction() as session:
            design = session.get(DesignVariant, design_id)
            if design is None:
                raise NotFoundError()
            current = {line.material_id: line for line in design.recipe}
            materials = {
                row.id: row
                for row in session.execute(
                    select(_MT.c.id, _MT.c.active).where(
                        _MT.c.id.in_([m for m, _ in items if isinstance(m, int)])
                    )
                )
            }
            errors: list[FieldError] = []
            wanted: dict[int, Decimal] = {}
            for number, (material_id, text) in enumerate(items, start=1):
                material = materials.get(material_id) if isinstance(material_id, int) else None
                if material_id is None:
                    errors.append(FieldError("material_id", "required", {"row": number}))
                elif material is None or (not material.active and material_id not in current):
                    errors.append(FieldError("material_id", "invalid_choice", {"row": number}))
                elif material_id in wanted:
                    errors.append(FieldError("material_id", "recipe_duplicate", {"row": number}))
                quantity = parse_quantity(errors, "quantity", text, row=number)
                if material is not None and material_id not in wanted and quantity > 0:
                    wanted[material_id] = quantity
            if errors:
                raise ValidationError(errors)
            for material_id, line in current.items():
                if material_id not in wanted:
                    design.recipe.remove(line)
                elif line.quantity_per_piece != wanted[material_id]:
                    line.quantity_per_piece = wanted[material_id]
            for material_id, quantity in wanted.items():
                if material_id not in current:
                    design.recipe.append(RecipeLine(material_id=material_id, quantity_per_piece=quantity))
        return self.recipe(design_id)

    # --- receipts -----------------------------------------------------------------------------
    def create_receipt(self, data: ReceiptInput) -> int:
        """Record a purchase of material and post it into stock; returns the receipt's id.

        Fields: "received_on" (not in the future), "material_id", "supplier", "quantity" (above
        zero, three places at most), "total_price" (whole Rupiah), "note".
        """
        with self.db.transaction() as session:
            errors: list[FieldError] = []
            day = _past_day(errors, "received_on", data.received_on)
            material = None
            if data.material_id is None:
                errors.append(FieldError("material_id", "required"))
            else:
                material = session.get(Material, data.material_id)
                if material is None:
                    errors.append(FieldError("material_id", "invalid_choice"))
                elif not material.active:
                    errors.append(FieldError("material_id", "material_inactive"))
            supplier = check_text(errors, "supplier", clean(data.supplier), max_len=SUPPLIER_MAX)
            quantity = parse_quantity(errors, "quantity", data.quantity)
            price = _price(errors, data.total_price)
            note = check_text(errors, "note", (data.note or "").strip(), max_len=NOTE_MAX)
            if errors or day is None or material is None:
                raise ValidationError(errors)
            supplier = supplier or material.supplier
            receipt = MaterialReceipt(
                received_on=day,
                material_id=material.id,
                supplier=supplier,
                quantity=quantity,
                total_price=price,
                note=note,
            )
            session.add(receipt)
            session.flush()
            post_movement(
                session,
                material_id=material.id,
                kind=MovementKind.RECEIPT,
                quantity=quantity,
                moved_on=day,
                reference=supplier or material.name,
                material_receipt_id=receipt.id,
            )
            return receipt.id

    def _receipts_select(self, query: ListQuery) -> Select[Any]:
        stmt = select(
            _MR.c.id,
            _MR.c.received_on,
            _MR.c.material_id,
            _MT.c.code,
            _MT.c.name,
            _MT.c.unit,
            _MR.c.supplier,
            type_coerce(_MR.c.quantity, Integer).label("raw"),
            _MR.c.total_price,
            _MR.c.note,
            _MR.c.voided_at,
        ).join(_MT, _MT.c.id == _MR.c.material_id)
        filters = query.filters
        if not filters.get("include_voided"):
            stmt = stmt.where(_MR.c.voided_at.is_(None))
        if (material_id := filters.get("material_id")) is not None:
            stmt = stmt.where(_MR.c.material_id == material_id)
        if (date_from := filters.get("date_from")) is not None:
            stmt = stmt.where(_MR.c.received_on >= date_from)
        if (date_to := filters.get("date_to")) is not None:
            stmt = stmt.where(_MR.c.received_on <= date_to)
        condition = search_condition(query.search, _MT.c.code, _MT.c.name, _MR.c.supplier, _MR.c.note)
        return stmt if condition is None else stmt.where(condition)

    def receipts_count(self, query: ListQuery) -> int:
        """How many receipts the list shows.

        Filters: "material_id", "date_from", "date_to", "include_voided" (voided ones are hidden
        otherwise); search on material code and name, supplier and note.
        """
        with self.db.reading() as session:
            return count_rows(session, self._receipts_select(query))

    def receipts_page(self, query: ListQuery, offset: int, limit: int) -> list[ReceiptRow]:
        """One page of receipts; sort "received_on" (default, newest first unless asked otherwise
        with ``descending=False`` and an explicit sort), "material", "supplier", "quantity", "total_price"."""
        sorts: dict[str, Any] = {
            "received_on": _MR.c.received_on,
            "material": _MT.c.code,
            "supplier": _MR.c.supplier,
            "quantity": _MR.c.quantity,
            "total_price": _MR.c.total_price,
        }
        descending = query.descending if query.sort else True
        column = sorts.get(query.sort or "received_on", _MR.c.received_on)
        direction = (lambda c: c.desc()) if descending else (lambda c: c.asc())
        stmt = self._receipts_select(query).order_by(direction(column), direction(_MR.c.id))
        with self.db.reading() as session:
            rows = session.execute(stmt.offset(offset).limit(limit)).all()
        result = []
        for row in rows:
            quantity = from_thousandths(row.raw)
            result.append(
                ReceiptRow(
                    id=row.id,
                    received_on=row.received_on,
                    material_id=row.material_id,
                    material_code=row.code,
                    material_name=row.name,
                    unit=MaterialUnit(row.unit),
                    supplier=row.supplier,
                    quantity=quantity,
                    total_price=row.total_price,
                    unit_price=round_rupiah(Decimal(row.total_price) / quantity) if quantity else 0,
                    note=row.note,
                    voided=row.voided_at is not None,
                )
            )
        return result

    def void_receipt(self, receipt_id: int) -> None:
        """Cancel a receipt entered by mistake: it stays listed as voided, its stock is reversed."""
        with self.db.transaction() as session:
            receipt = load(session, MaterialReceipt, receipt_id)
            if receipt.voided_at is not None:
                raise SentraError("already_voided")
            receipt.voided_at = utcnow()
            session.flush()
            reverse_movements(session, material_receipt_id=receipt_id)


def _price(errors: list[FieldError], value: str | int) -> int:
    if isinstance(value, bool):
        errors.append(FieldError("total_price", "not_a_number"))
        return 0
    if isinstance(value, int):
        if value < 0:
            errors.append(FieldError("total_price", "negative"))
        return max(value, 0)
    text = str(value or "").strip()
    if not text:
        return 0
    try:
        return parse_rupiah(text, "total_price")
    except ValidationError as exc:
        errors.extend(exc.errors)
        return 0


def _material_values(session: Session, data: MaterialInput, current: Material | None) -> dict[str, Any]:
    """Every field checked at once, so the form can mark all problems in one go."""
    errors: list[FieldError] = []
    code = check_code(errors, "code", data.code)
    name = check_text(errors, "name", clean(data.name), required=True)
    supplier = check_text(errors, "supplier", clean(data.supplier), max_len=SUPPLIER_MAX)
    notes = check_text(errors, "notes", (data.notes or "").strip(), max_len=NOTE_MAX)
    low = parse_quantity(errors, "low_stock_level", data.low_stock_level, required=False, positive=False)
    unit: MaterialUnit | None = None
    try:
        unit = MaterialUnit(data.unit) if data.unit else None
    except ValueError:
        errors.append(FieldError("unit", "invalid_choice"))
    else:
        if unit is None:
            errors.append(FieldError("unit", "required"))
        elif current is not None and unit != current.unit and _has_moved(session, current.id):
            errors.append(FieldError("unit", "unit_locked"))
    current_id = None if current is None else current.id
    check_unique(session, errors, "code", _MT.c.code, code, id_column=_MT.c.id, current_id=current_id)
    check_unique(session, errors, "name", _MT.c.name, name, id_column=_MT.c.id, current_id=current_id)
    if errors:
        raise ValidationError(errors)
    return {
        "code": code,
        "name": name,
        "unit": unit,
        "low_stock_level": low,
        "supplier": supplier,
        "active": bool(data.active),
        "notes": notes,
    }
