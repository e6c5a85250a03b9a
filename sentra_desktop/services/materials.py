"""Materials (bahan baku), design recipes, and receipts of material purchases.

Quantities are decimals typed the Indonesian way ("1,5" kg) with at most three places. A
material that is named in a recipe or has moved in stock is deactivated, not deleted, and its unit
is fixed once it has moved: the ledger's quantities mean kilograms or litres for ever. A receipt
posts a RECEIPT movement; voiding it posts a reversal, never removes the row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Integer, Select, Table, func, select, type_coerce
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import MaterialUnit, MovementKind
from sentra_desktop.core.errors import FieldError, NotFoundError, SentraError, ValidationError
from sentra_desktop.core.formatting import parse_decimal, parse_rupiah
from sentra_desktop.core.messages import QT_TRANSLATE_NOOP
from sentra_desktop.core.quantities import from_thousandths, round_rupiah
from sentra_desktop.core.text import NOTE_MAX, check_text, clean
from sentra_desktop.core.value_added import MaterialCategory
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
from sentra_desktop.services.field_checks import past_day
from sentra_desktop.services.listing import ListQuery, count_rows, search_condition
from sentra_desktop.services.record_kind import Field, FieldKind, ListColumn, RecordKind, Show
from sentra_desktop.services.records import RecordDetail, RecordRow, RecordService, is_referenced, load
from sentra_desktop.services.stock import post_movement, reverse_movements
from sentra_desktop.services.value_added import MATERIAL_FIELDS

MAX_QUANTITY = Decimal(1_000_000)
SUPPLIER_MAX = 120

_MT = cast(Table, Material.__table__)
_SB = cast(Table, StockBalance.__table__)
_MR = cast(Table, MaterialReceipt.__table__)
_RL = cast(Table, RecipeLine.__table__)

# --- data to and from the user interface -----------------------------------------------------


@dataclass(frozen=True)
class MaterialRow(RecordRow):
    """One line of the material list, with what is on hand."""

    code: str
    name: str
    unit: MaterialUnit
    on_hand: Decimal
    low_stock_level: Decimal
    supplier: str
    active: bool


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
    category: MaterialCategory | str = MaterialCategory.OTHER
    kg_per_litre: str | Decimal | None = None
    set_price: str | int | None = None


@dataclass(frozen=True)
class MaterialDetail(RecordDetail):
    """One material as the form shows it, with the version it was read at."""

    code: str
    name: str
    unit: MaterialUnit
    low_stock_level: Decimal
    supplier: str
    active: bool
    notes: str
    has_history: bool
    unit_locked: bool
    category: MaterialCategory = MaterialCategory.OTHER
    kg_per_litre: Decimal | None = None
    set_price: int | None = None


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


# --- materials --------------------------------------------------------------------------------


def _low_stock_level(errors: list[FieldError], field: str, value: str | Decimal | int) -> Decimal:
    """A level below which stock is low; empty or zero means no alert."""
    return parse_quantity(errors, field, value, required=False, positive=False)


MATERIALS: RecordKind[MaterialRow, MaterialDetail] = RecordKind(
    model=Material,
    title=QT_TRANSLATE_NOOP("Records", "Material"),
    new_title=QT_TRANSLATE_NOOP("Records", "New material"),
    plural=QT_TRANSLATE_NOOP("Records", "Materials"),
    fields=(
        Field(
            "code",
            QT_TRANSLATE_NOOP("Records", "&Code:"),
            FieldKind.CODE,
            required=True,
            unique=True,
            hint=QT_TRANSLATE_NOOP("Records", "for example LTX or PGM-MRH"),
        ),
        Field("name", QT_TRANSLATE_NOOP("Records", "&Name:"), required=True, unique=True),
        Field(
            "unit",
            QT_TRANSLATE_NOOP("Records", "&Unit:"),
            FieldKind.CHOICE,
            required=True,
            choices=MaterialUnit,
            hint=QT_TRANSLATE_NOOP("Records", "(choose a unit)"),
        ),
        Field(
            "low_stock_level",
            QT_TRANSLATE_NOOP("Records", "&Low-stock level:"),
            FieldKind.NUMBER,
            parse=_low_stock_level,
            default=Decimal(0),
            hint="0",
            tooltip=QT_TRANSLATE_NOOP(
                "Records", "Type decimals with a comma: 1,5. Zero means no low-stock alert."
            ),
        ),
        Field("supplier", QT_TRANSLATE_NOOP("Records", "Usual &supplier:"), max_len=SUPPLIER_MAX),
        *MATERIAL_FIELDS,
        Field.status(QT_TRANSLATE_NOOP("Records", "In use (offered in recipes and receipts)")),
        Field.notes(),
    ),
    input=MaterialInput,
    row=MaterialRow,
    detail=MaterialDetail,
    values={
        "code": Material.code,
        "name": Material.name,
        "unit": Material.unit,
        "low_stock_level": type_coerce(Material.low_stock_level, Integer),
        "supplier": Material.supplier,
        "active": Material.active,
        "on_hand": func.coalesce(type_coerce(StockBalance.on_hand, Integer), 0),
    },
    columns=(
        ListColumn("code", QT_TRANSLATE_NOOP("Records", "Code"), width=10),
        ListColumn("name", QT_TRANSLATE_NOOP("Records", "Name"), width=28),
        ListColumn("unit", QT_TRANSLATE_NOOP("Records", "Unit"), Show.CHOICE, 7),
        ListColumn("on_hand", QT_TRANSLATE_NOOP("Records", "On hand"), Show.QUANTITY, 12),
        ListColumn("low_stock_level", QT_TRANSLATE_NOOP("Records", "Low-stock level"), Show.THRESHOLD, 12),
        ListColumn("supplier", QT_TRANSLATE_NOOP("Records", "Usual supplier"), width=30),
        ListColumn.status(),
    ),
    search=(Material.code, Material.name, Material.supplier),
    default_sort="code",
    joins=((StockBalance, StockBalance.material_id == Material.id),),
    referenced_by=(
        RecipeLine.material_id,
        StockMovement.material_id,
        MaterialReceipt.material_id,
        StockCountLine.material_id,
    ),
    label_key="code",
    stretch="supplier",
)


def _has_moved(session: Session, material_id: int) -> bool:
    return is_referenced(session, StockMovement.material_id == material_id)


class MaterialService(RecordService[Material, MaterialRow, MaterialInput, MaterialDetail]):
    """Use-cases of the Bahan baku area: materials, recipes and receipts; each one transaction.

    The material list is the record base's; the unit is fixed once the material has moved in
    stock (field "unit", code "unit_locked"), so the ledger's quantities keep their meaning.
    """

    kind = MATERIALS

    # --- what is a material's own in the record base ----------------------------------------------
    def _row(self, values: Mapping[str, Any]) -> MaterialRow:
        stored = dict(values)
        stored["unit"] = MaterialUnit(stored["unit"])
        stored["low_stock_level"] = from_thousandths(stored["low_stock_level"])
        stored["on_hand"] = from_thousandths(stored["on_hand"])
        return MaterialRow(**stored)

    def _choice_values(self) -> tuple[Any, ...]:
        return (Material.code, Material.name, Material.unit)

    def _choice_name(self, values: Sequence[Any]) -> str:
        """ "CODE — name (unit)"."""
        code, name, unit = values
        return f"{code} — {name} ({MaterialUnit(unit).value})"

    def _more(self, session: Session, row: Material) -> dict[str, Any]:
        return {"has_history": self._has_history(session, row.id), "unit_locked": _has_moved(session, row.id)}

    def _check(
        self, session: Session, values: dict[str, Any], current: Material | None, errors: list[FieldError]
    ) -> None:
        unit = values["unit"]
        if (
            current is not None
            and unit is not None
            and unit != current.unit
            and _has_moved(session, current.id)
        ):
            errors.append(FieldError("unit", "unit_locked"))

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
                if (
                    material is not None
                    and isinstance(material_id, int)
                    and material_id not in wanted
                    and quantity > 0
                ):
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
            day = past_day(errors, "received_on", data.received_on)
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
