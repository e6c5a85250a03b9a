"""Product types and moulds: the catalogue's fixed vocabulary, set up before any design.

Designs name a product type and may name a mould, so both are deactivated rather than deleted
once a design uses them. A mould's cavity count (pieces per casting) is a whole number of at
least one; it is typed as text in the form and parsed here, the Indonesian way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from sentra_desktop.core.errors import FieldError, SentraError, ValidationError
from sentra_desktop.core.formatting import parse_int
from sentra_desktop.core.text import NOTE_MAX, check_code, check_text, clean
from sentra_desktop.db.models import DesignVariant, Mould, ProductType
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import Choice, ListQuery, count_rows, ordered, search_condition
from sentra_desktop.services.records import (
    check_unique,
    is_referenced,
    load,
    load_for_update,
    set_active,
    with_active_filter,
)

MAX_CAVITIES = 1000

# --- product types -------------------------------------------------------------------------


@dataclass(frozen=True)
class ProductTypeRow:
    """One line of the product-type list, with how many designs and moulds use it."""

    id: int
    name: str
    active: bool
    designs: int
    moulds: int
    notes: str


@dataclass(frozen=True)
class ProductTypeInput:
    """What the product-type form sends."""

    name: str
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class ProductTypeDetail:
    """One product type as the form shows it, with the version it was read at."""

    id: int
    version: int
    name: str
    active: bool
    notes: str


_TYPE_DESIGNS = (
    select(func.count(DesignVariant.id))
    .where(DesignVariant.product_type_id == ProductType.id)
    .correlate(ProductType)
    .scalar_subquery()
)
_TYPE_MOULDS = (
    select(func.count(Mould.id))
    .where(Mould.product_type_id == ProductType.id)
    .correlate(ProductType)
    .scalar_subquery()
)

_TYPE_SORT: dict[str, Any] = {
    "name": ProductType.name,
    "active": ProductType.active,
    "designs": _TYPE_DESIGNS,
    "moulds": _TYPE_MOULDS,
}


class ProductTypeService:
    """Use-cases of the product-type list; every method is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _select(self, query: ListQuery) -> Select[Any]:
        stmt = select(
            ProductType.id,
            ProductType.name,
            ProductType.active,
            _TYPE_DESIGNS,
            _TYPE_MOULDS,
            ProductType.notes,
        )
        condition = search_condition(query.search, ProductType.name, ProductType.notes)
        if condition is not None:
            stmt = stmt.where(condition)
        return with_active_filter(stmt, query, ProductType.active)

    def count(self, query: ListQuery) -> int:
        with self.db.reading() as session:
            return count_rows(session, self._select(query))

    def page(self, query: ListQuery, offset: int, limit: int) -> Sequence[ProductTypeRow]:
        stmt = ordered(self._select(query), query, _TYPE_SORT, "name", ProductType.id)
        with self.db.reading() as session:
            rows = session.execute(stmt.offset(offset).limit(limit)).all()
        return [ProductTypeRow(*row) for row in rows]

    def choices(self, include_id: int | None = None) -> list[Choice]:
        """Active product types for a drop-down, plus ``include_id`` even if inactive."""
        with self.db.reading() as session:
            stmt = select(ProductType.id, ProductType.name).order_by(ProductType.name)
            if include_id is None:
                stmt = stmt.where(ProductType.active)
            else:
                stmt = stmt.where(or_(ProductType.active, ProductType.id == include_id))
            return [Choice(*row) for row in session.execute(stmt)]

    def get(self, type_id: int) -> ProductTypeDetail:
        with self.db.reading() as session:
            row = load(session, ProductType, type_id)
            return ProductTypeDetail(row.id, row.version, row.name, row.active, row.notes)

    def create(self, data: ProductTypeInput) -> int:
        """Save a new product type; returns its id. Bad input raises ValidationError, saves nothing."""
        with self.db.transaction() as session:
            row = ProductType(**_type_values(session, data, current_id=None))
            session.add(row)
            session.flush()
            return row.id

    def update(self, type_id: int, version: int, data: ProductTypeInput) -> None:
        """Save changes to a product type read at ``version``; a stale version is refused."""
        with self.db.transaction() as session:
            row = load_for_update(session, ProductType, type_id, version)
            for key, value in _type_values(session, data, current_id=type_id).items():
                setattr(row, key, value)

    def activate(self, type_id: int) -> None:
        with self.db.transaction() as session:
            set_active(session, ProductType, type_id, True)

    def deactivate(self, type_id: int) -> None:
        """Hide a product type from new designs; existing designs keep it."""
        with self.db.transaction() as session:
            set_active(session, ProductType, type_id, False)

    def delete(self, type_id: int) -> None:
        """Delete a product type no design or mould uses; else raise ``SentraError("has_history")``."""
        with self.db.transaction() as session:
            row = load(session, ProductType, type_id)
            if is_referenced(
                session, DesignVariant.product_type_id == type_id, Mould.product_type_id == type_id
            ):
                raise SentraError("has_history")
            session.delete(row)


def _type_values(session: Session, data: ProductTypeInput, current_id: int | None) -> dict[str, Any]:
    """Every field checked at once, so the form can mark all problems in one go."""
    errors: list[FieldError] = []
    name = check_text(errors, "name", clean(data.name), required=True)
    notes = check_text(errors, "notes", (data.notes or "").strip(), max_len=NOTE_MAX)
    check_unique(
        session, errors, "name", ProductType.name, name, id_column=ProductType.id, current_id=current_id
    )
    if errors:
        raise ValidationError(errors)
    return {"name": name, "active": bool(data.active), "notes": notes}


# --- moulds --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MouldRow:
    """One line of the mould list; ``product_type`` is "" when the mould serves any type."""

    id: int
    code: str
    name: str
    product_type: str
    cavities: int
    acquired_on: date | None
    active: bool
    designs: int


@dataclass(frozen=True)
class MouldInput:
    """What the mould form sends; ``cavities`` may be the typed text ("4") or an int."""

    code: str
    name: str
    product_type_id: int | None = None
    cavities: str | int = 1
    acquired_on: date | None = None
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class MouldDetail:
    """One mould as the form shows it, with the version it was read at."""

    id: int
    version: int
    code: str
    name: str
    product_type_id: int | None
    cavities: int
    acquired_on: date | None
    active: bool
    notes: str


_MOULD_DESIGNS = (
    select(func.count(DesignVariant.id))
    .where(DesignVariant.mould_id == Mould.id)
    .correlate(Mould)
    .scalar_subquery()
)

_MOULD_SORT: dict[str, Any] = {
    "code": Mould.code,
    "name": Mould.name,
    "product_type": func.coalesce(ProductType.name, ""),
    "cavities": Mould.cavities,
    "acquired_on": Mould.acquired_on,
    "active": Mould.active,
    "designs": _MOULD_DESIGNS,
}


class MouldService:
    """Use-cases of the mould (cetakan) list; every method is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _select(self, query: ListQuery) -> Select[Any]:
        stmt = select(
            Mould.id,
            Mould.code,
            Mould.name,
            func.coalesce(ProductType.name, ""),
            Mould.cavities,
            Mould.acquired_on,
            Mould.active,
            _MOULD_DESIGNS,
        ).outerjoin(ProductType, Mould.product_type_id == ProductType.id)
        condition = search_condition(query.search, Mould.code, Mould.name, ProductType.name)
        if condition is not None:
            stmt = stmt.where(condition)
        if (type_id := query.filters.get("product_type_id")) is not None:
            stmt = stmt.where(Mould.product_type_id == type_id)
        return with_active_filter(stmt, query, Mould.active)

    def count(self, query: ListQuery) -> int:
        with self.db.reading() as session:
            return count_rows(session, self._select(query))

    def page(self, query: ListQuery, offset: int, limit: int) -> Sequence[MouldRow]:
        stmt = ordered(self._select(query), query, _MOULD_SORT, "code", Mould.id)
        with self.db.reading() as session:
            rows = session.execute(stmt.offset(offset).limit(limit)).all()
        return [MouldRow(*row) for row in rows]

    def get(self, mould_id: int) -> MouldDetail:
        with self.db.reading() as session:
            row = load(session, Mould, mould_id)
            return MouldDetail(
                id=row.id,
                version=row.version,
                code=row.code,
                name=row.name,
                product_type_id=row.product_type_id,
                cavities=row.cavities,
                acquired_on=row.acquired_on,
                active=row.active,
                notes=row.notes,
            )

    def create(self, data: MouldInput) -> int:
        """Save a new mould; returns its id. Bad input raises ValidationError and saves nothing."""
        with self.db.transaction() as session:
            row = Mould(**_mould_values(session, data, current_id=None))
            session.add(row)
            session.flush()
            return row.id

    def update(self, mould_id: int, version: int, data: MouldInput) -> None:
        """Save changes to a mould read at ``version``; a stale version is refused."""
        with self.db.transaction() as session:
            row = load_for_update(session, Mould, mould_id, version)
            for key, value in _mould_values(session, data, current_id=mould_id).items():
                setattr(row, key, value)

    def activate(self, mould_id: int) -> None:
        with self.db.transaction() as session:
            set_active(session, Mould, mould_id, True)

    def deactivate(self, mould_id: int) -> None:
        """Mark a mould out of use (worn out, lent away); designs that name it keep it."""
        with self.db.transaction() as session:
            set_active(session, Mould, mould_id, False)

    def delete(self, mould_id: int) -> None:
        """Delete a mould no design names; otherwise raise ``SentraError("has_history")``."""
        with self.db.transaction() as session:
            row = load(session, Mould, mould_id)
            if is_referenced(session, DesignVariant.mould_id == mould_id):
                raise SentraError("has_history")
            session.delete(row)


def _cavities(errors: list[FieldError], value: str | int) -> int:
    """A whole number of at least one; "abc" is not_a_number, "0" or "-2" not_positive."""
    if isinstance(value, bool):
        errors.append(FieldError("cavities", "not_a_number"))
        return 1
    if isinstance(value, int):
        number = value
    else:
        try:
            number = parse_int(str(value), "cavities", allow_negative=True)
        except ValidationError as exc:
            code = exc.errors[0].code
            if code in ("too_many_decimals", "ambiguous_decimal"):
                errors.append(FieldError("cavities", "not_whole_number"))
            else:
                errors.extend(exc.errors)
            return 1
    if number < 1:
        errors.append(FieldError("cavities", "not_positive"))
    elif number > MAX_CAVITIES:
        errors.append(FieldError("cavities", "too_large", {"max": MAX_CAVITIES}))
    return number


def _mould_values(session: Session, data: MouldInput, current_id: int | None) -> dict[str, Any]:
    """Every field checked at once, so the form can mark all problems in one go."""
    errors: list[FieldError] = []
    code = check_code(errors, "code", data.code)
    name = check_text(errors, "name", clean(data.name), required=True)
    cavities = _cavities(errors, data.cavities)
    notes = check_text(errors, "notes", (data.notes or "").strip(), max_len=NOTE_MAX)
    type_id = data.product_type_id
    if type_id is not None and session.get(ProductType, type_id) is None:
        errors.append(FieldError("product_type_id", "invalid_choice"))
    check_unique(session, errors, "code", Mould.code, code, id_column=Mould.id, current_id=current_id)
    if errors:
        raise ValidationError(errors)
    return {
        "code": code,
        "name": name,
        "product_type_id": type_id,
        "cavities": cavities,
        "acquired_on": data.acquired_on,
        "active": bool(data.active),
        "notes": notes,
    }
