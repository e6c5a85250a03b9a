"""The design catalogue: variants with code, product type, moulds, price, photo and life cycle.

A design may be cast by several moulds (``mould_design``); the list shows their codes and flags
a design that no working mould casts (none held in condition good or needing repair).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, Table, case, exists, func, literal, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import DesignStatus
from sentra_desktop.core.errors import ConflictError, FieldError, NotFoundError, SentraError, ValidationError
from sentra_desktop.core.text import NOTE_MAX, SHORT_MAX, check_code, check_text, clean
from sentra_desktop.db import tables
from sentra_desktop.db.models import (
    DesignPhoto,
    DesignVariant,
    MemberBusiness,
    Mould,
    MouldDesign,
    OrderLine,
    ProductionEntry,
    ProductType,
    StockMovement,
)
from sentra_desktop.services.base import Service
from sentra_desktop.services.field_checks import rupiah
from sentra_desktop.services.listing import Choice, ListQuery, count_rows, ordered, search_condition
from sentra_desktop.services.photos import prepare_photo


@dataclass(frozen=True, kw_only=True)
class DesignTraits:
    """What the list and the form both show of a design besides its names: looks, money, status."""

    colour: str
    size: str
    price: int
    cost: int
    status: DesignStatus
    introduced_on: date | None


@dataclass(frozen=True)
class DesignRow(DesignTraits):
    """One line of the design list."""

    id: int
    code: str
    name: str
    product_type: str
    mould: str  # the codes of the moulds that cast it, "CTK-01, CTK-04"
    thumbnail: bytes | None
    working_moulds: int = 0  # moulds in use and in condition good or needing repair


@dataclass(frozen=True)
class DesignInput:
    """What the design form sends; money may come as typed text ("15.000") or as an int."""

    code: str
    name: str
    product_type_id: int | None
    mould_ids: tuple[int, ...] = ()
    colour: str = ""
    size: str = ""
    price: str | int = 0
    cost: str | int = 0
    status: DesignStatus = DesignStatus.ACTIVE
    introduced_on: date | None = None
    low_stock_level: str | int = 0
    notes: str = ""
    photo: bytes | None = None
    remove_photo: bool = False
    member_business_id: int | None = None  # the owning member, whose sales its lines are; None: the sentra


@dataclass(frozen=True)
class DesignDetail(DesignTraits):
    """Everything the form shows for one design, with the version it was read at."""

    id: int
    version: int
    code: str
    name: str
    product_type_id: int
    mould_ids: tuple[int, ...]
    low_stock_level: int
    notes: str
    photo: bytes | None
    has_history: bool = field(default=False)
    member_business_id: int | None = None


_D = tables.design_variant.c
_T = tables.product_type.c
_M = tables.mould.c
_LINKS = cast(Table, MouldDesign.__table__)
_MD = _LINKS.c
WORKING = ("good", "needs_repair")  # the conditions a mould still casts in
_CODE_SEPARATOR = "\x1f"  # joins mould codes in SQL; never typed in a code
_SORT: dict[str, Any] = {
    "code": _D.code,
    "name": _D.name,
    "product_type": _T.name,
    "mould": select(func.min(_M.code))
    .select_from(tables.mould.join(_LINKS, _MD.mould_id == _M.id))
    .where(_MD.design_id == _D.id)
    .scalar_subquery(),
    "colour": _D.colour,
    "size": _D.size,
    "price": _D.price,
    "cost": _D.cost,
    "status": _D.status,
    "introduced_on": _D.introduced_on,
}


class DesignService(Service):
    """Use-cases of the Desain area; every method is one transaction."""

    # --- lists -----------------------------------------------------------------------------
    def _select(self, query: ListQuery) -> Select[Any]:
        """The list as a Core select (no ORM: the first page must not wait for the mappers)."""
        stmt = (
            select(
                _D.id,
                _D.code,
                _D.name,
                _T.name.label("product_type"),
                literal("").label("mould"),  # filled per page from the mould links
                _D.colour,
                _D.size,
                _D.price,
                _D.cost,
                _D.status,
                _D.introduced_on,
                tables.design_photo.c.thumbnail,
            )
            .select_from(tables.design_variant)
            .join(tables.product_type, _D.product_type_id == _T.id)
            .outerjoin(tables.design_photo, tables.design_photo.c.design_id == _D.id)
        )
        condition = search_condition(query.search, _D.code, _D.name, _D.colour, _T.name)
        if condition is not None:
            stmt = stmt.where(condition)
        if (status := query.filters.get("status")) is not None:
            stmt = stmt.where(_D.status == DesignStatus(status))
        if (type_id := query.filters.get("product_type_id")) is not None:
            stmt = stmt.where(_D.product_type_id == type_id)
        return stmt

    def count(self, query: ListQuery) -> int:
        with self.db.reading() as session:
            return count_rows(session, self._select(query))

    def page(self, query: ListQuery, offset: int, limit: int) -> Sequence[DesignRow]:
        stmt = ordered(self._select(query), query, _SORT, "code", _D.id)
        with self.db.reading() as session:
            rows = session.execute(stmt.offset(offset).limit(limit)).all()
            moulds = _moulds_of(session, [row.id for row in rows])
        found = []
        for row in rows:
            codes, working = moulds.get(row.id, ([], 0))
            values = {**row._mapping, "mould": ", ".join(codes)}
            found.append(DesignRow(**values, working_moulds=working))
        return found

    def product_types(self) -> list[Choice]:
        with self.db.reading() as session:
            rows = session.execute(select(_T.id, _T.name).where(_T.active).order_by(_T.name))
            return [Choice(*row) for row in rows]

    def moulds(
        self, include: Sequence[int] = (), *, search: str = "", limit: int | None = None, only: bool = False
    ) -> list[Choice]:
        """Moulds in use, plus those in ``include`` (already linked) even if retired.

        ``only`` keeps just those in ``include``; ``search`` those in use with every word in the
        code or name, at most ``limit`` of them (the design form asks as a mould is typed).
        """
        found = search_condition(search, _M.code, _M.name)
        wanted: ColumnElement[bool]
        if only:
            wanted = _M.id.in_(include)
        elif found is not None:
            wanted = _M.active & found
        else:
            wanted = _M.active if not include else (_M.active | _M.id.in_(include))
        with self.db.reading() as session:
            rows = session.execute(
                select(_M.id, _M.code, _M.name).where(wanted).order_by(_M.code).limit(limit)
            )
            return [Choice(id_, f"{code} — {name}") for id_, code, name in rows]

    # --- one design ------------------------------------------------------------------------
    def get(self, design_id: int) -> DesignDetail:
        with self.db.reading() as session:
            design = session.get(DesignVariant, design_id)
            if design is None:
                raise NotFoundError()
            photo = session.scalar(select(DesignPhoto.image).where(DesignPhoto.design_id == design_id))
            return DesignDetail(
                id=design.id,
                version=design.version,
                code=design.code,
                name=design.name,
                product_type_id=design.product_type_id,
                mould_ids=tuple(
                    session.scalars(
                        select(MouldDesign.mould_id)
                        .where(MouldDesign.design_id == design_id)
                        .order_by(MouldDesign.mould_id)
                    )
                ),
                colour=design.colour,
                size=design.size,
                price=design.price,
                cost=design.cost,
                status=design.status,
                introduced_on=design.introduced_on,
                low_stock_level=design.low_stock_level,
                notes=design.notes,
                photo=photo,
                has_history=_has_history(session, design_id),
                member_business_id=design.member_business_id,
            )

    def create(self, data: DesignInput) -> int:
        """Save a new design; returns its id. Raises ValidationError and saves nothing on bad input."""
        with self.db.transaction() as session:
            values, photo = _validated(session, data, current_id=None)
            mould_ids = values.pop("mould_ids")
            design = DesignVariant(**values)
            session.add(design)
            session.flush()
            _link_moulds(session, design.id, mould_ids)
            if photo is not None:
                session.add(DesignPhoto(design_id=design.id, **photo))
            return design.id

    def update(self, design_id: int, version: int, data: DesignInput) -> None:
        """Save changes to a design read at ``version``; a newer save by someone else is refused."""
        with self.db.transaction() as session:
            design = session.get(DesignVariant, design_id)
            if design is None:
                raise NotFoundError()
            if design.version != version:
                raise ConflictError()
            values, photo = _validated(session, data, current_id=design_id)
            _link_moulds(session, design_id, values.pop("mould_ids"))
            for key, value in values.items():
                setattr(design, key, value)
            existing = session.get(DesignPhoto, design_id)
            if photo is not None:
                if existing is None:
                    session.add(DesignPhoto(design_id=design_id, **photo))
                else:
                    for key, value in photo.items():
                        setattr(existing, key, value)
            elif data.remove_photo and existing is not None:
                session.delete(existing)

    def retire(self, design_id: int) -> None:
        """Mark a design retired: it stays in history and reports, and leaves the active lists."""
        with self.db.transaction() as session:
            design = session.get(DesignVariant, design_id)
            if design is None:
                raise NotFoundError()
            design.status = DesignStatus.RETIRED

    def delete(self, design_id: int) -> None:
        """Delete a design that has no history; one with history must be retired instead."""
        with self.db.transaction() as session:
            design = session.get(DesignVariant, design_id)
            if design is None:
                raise NotFoundError()
            if _has_history(session, design_id):
                raise SentraError("has_history")
            session.delete(design)


def _moulds_of(session: Session, design_ids: list[int]) -> dict[int, tuple[list[str], int]]:
    """Each design's mould codes and how many of its moulds still work, for one page of the list.

    Grouped in SQL: a design may have a hundred moulds, and one row per design is far cheaper to
    bring into Python than one per link (the list's page would otherwise convert thousands).
    """
    if not design_ids:
        return {}
    working = case((_M.active & _M.condition.in_(WORKING), 1), else_=0)
    stmt = (
        select(_MD.design_id, func.aggregate_strings(_M.code, _CODE_SEPARATOR), func.sum(working))
        .select_from(_LINKS)
        .join(tables.mould, _M.id == _MD.mould_id)
        .where(_MD.design_id.in_(design_ids))
        .group_by(_MD.design_id)
    )
    return {
        design_id: (sorted(codes.split(_CODE_SEPARATOR)), int(count or 0))
        for design_id, codes, count in session.execute(stmt)
    }


def _link_moulds(session: Session, design_id: int, mould_ids: tuple[int, ...]) -> None:
    """Make the design's moulds exactly ``mould_ids`` (links are facts, not records: no version)."""
    current = set(session.scalars(select(MouldDesign.mould_id).where(MouldDesign.design_id == design_id)))
    wanted = set(mould_ids)
    for mould_id in current - wanted:
        session.delete(session.get(MouldDesign, (mould_id, design_id)))
    for mould_id in sorted(wanted - current):
        session.add(MouldDesign(mould_id=mould_id, design_id=design_id))


def _has_history(session: Session, design_id: int) -> bool:
    checks = (
        exists().where(ProductionEntry.design_id == design_id),
        exists().where(StockMovement.design_id == design_id),
        exists().where(OrderLine.design_id == design_id),
    )
    return any(session.scalar(select(check)) for check in checks)


def _validated(
    session: Session, data: DesignInput, current_id: int | None
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Every field checked at once, so the form can mark all problems in one go."""
    errors: list[FieldError] = []
    code = check_code(errors, "code", data.code)
    name = check_text(errors, "name", clean(data.name), required=True)
    colour = check_text(errors, "colour", clean(data.colour), max_len=SHORT_MAX)
    size = check_text(errors, "size", clean(data.size), max_len=SHORT_MAX)
    notes = check_text(errors, "notes", (data.notes or "").strip(), max_len=NOTE_MAX)
    price = rupiah(errors, "price", data.price)
    cost = rupiah(errors, "cost", data.cost)
    low = rupiah(errors, "low_stock_level", data.low_stock_level)
    if data.product_type_id is None or session.get(ProductType, data.product_type_id) is None:
        errors.append(FieldError("product_type_id", "required"))
    member_id = data.member_business_id
    if member_id is not None and session.get(MemberBusiness, member_id) is None:
        errors.append(FieldError("member_business_id", "invalid_choice"))
    mould_ids = tuple(sorted(set(data.mould_ids)))
    if any(session.get(Mould, mould_id) is None for mould_id in mould_ids):
        errors.append(FieldError("mould_ids", "invalid_choice"))
    try:
        status = DesignStatus(data.status)
    except ValueError:
        errors.append(FieldError("status", "invalid_choice"))
        status = DesignStatus.ACTIVE
    if code and not any(e.field == "code" for e in errors):
        clash = select(DesignVariant.id).where(func.upper(DesignVariant.code) == code)
        if current_id is not None:
            clash = clash.where(DesignVariant.id != current_id)
        if session.scalar(clash) is not None:
            errors.append(FieldError("code", "duplicate", {"value": code}))
    photo: dict[str, Any] | None = None
    if data.photo is not None and not data.remove_photo:
        try:
            stored = prepare_photo(data.photo)
            photo = {
                "image": stored.image,
                "thumbnail": stored.thumbnail,
                "width": stored.width,
                "height": stored.height,
            }
        except ValidationError as exc:
            errors.extend(exc.errors)
    if errors:
        raise ValidationError(errors)
    values = {
        "code": code,
        "name": name,
        "product_type_id": data.product_type_id,
        "mould_ids": mould_ids,
        "colour": colour,
        "size": size,
        "price": price,
        "cost": cost,
        "status": status,
        "introduced_on": data.introduced_on,
        "low_stock_level": low,
        "notes": notes,
        "member_business_id": member_id,
    }
    return values, photo
