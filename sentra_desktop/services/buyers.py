"""Buyer contacts: the list searched as you type, duplicates caught, archive instead of delete.

Phone numbers are kept as typed and, beside them, in one international form (``phone_normalized``)
so that 0812…, +62812… and 62-812… are found and matched as the same number. Saving a buyer whose
number, or whose name in the same city, is already recorded raises :class:`DuplicateBuyerError`
naming the existing one; the form offers it, or saves anyway when told to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, Table, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import BuyerKind, MetVia, OrderStatus
from sentra_desktop.core.errors import ConflictError, FieldError, NotFoundError, SentraError, ValidationError
from sentra_desktop.core.phone import normalize_phone, whatsapp_link
from sentra_desktop.core.places import places
from sentra_desktop.core.text import NOTE_MAX, check_email, check_phone, check_place, check_text, clean
from sentra_desktop.db import dialect
from sentra_desktop.db.models import Buyer, DesignVariant, Order, OrderLine
from sentra_desktop.services.base import Service
from sentra_desktop.services.listing import ListQuery, count_rows, ordered
from sentra_desktop.services.orders import OWING_STATUSES, is_past_due, paid_of, subtotal_of

_B = cast(Table, Buyer.__table__)
_O = cast(Table, Order.__table__)
_OL = cast(Table, OrderLine.__table__)
_DV = cast(Table, DesignVariant.__table__)

_SORT: dict[str, Any] = {
    "name": _B.c.name,
    "organisation": _B.c.organisation,
    "kind": _B.c.kind,
    "city": _B.c.city,
    "phone": _B.c.phone_normalized,
}


@dataclass(frozen=True)
class BuyerInput:
    """What the buyer form sends."""

    name: str
    organisation: str = ""
    kind: BuyerKind = BuyerKind.OTHER
    phone: str = ""
    email: str = ""
    address: str = ""
    city: str = ""
    province: str = ""
    met_via: MetVia = MetVia.OTHER
    tags: str = ""
    notes: str = ""
    regency_code: str = ""  # the market from core.places ("16.71"); the province follows from it


@dataclass(frozen=True)
class BuyerRow:
    """One line of the buyer list."""

    id: int
    name: str
    organisation: str
    kind: BuyerKind
    phone: str
    city: str
    province: str
    archived: bool

    @property
    def whatsapp(self) -> str:
        return whatsapp_link(self.phone)


@dataclass(frozen=True)
class BuyerDetail:
    """Everything the form shows for one buyer, with the version it was read at."""

    id: int
    version: int
    name: str
    organisation: str
    kind: BuyerKind
    phone: str
    email: str
    address: str
    city: str
    province: str
    met_via: MetVia
    tags: str
    notes: str
    archived: bool
    has_orders: bool
    regency_code: str = ""

    @property
    def whatsapp(self) -> str:
        return whatsapp_link(self.phone)


@dataclass(frozen=True)
class BuyerMatch:
    """An existing buyer that a new one seems to repeat, and why ("phone" or "name_city")."""

    id: int
    name: str
    organisation: str
    city: str
    phone: str
    reason: str


class DuplicateBuyerError(SentraError):
    """The buyer seems to be recorded already; ``matches`` are the existing ones."""

    def __init__(self, matches: Sequence[BuyerMatch]) -> None:
        first = matches[0]
        code = "duplicate_phone" if first.reason == "phone" else "duplicate_name_city"
        super().__init__(code, name=first.name, city=first.city or "-", phone=first.phone)
        self.matches = list(matches)


@dataclass(frozen=True)
class BuyerOrder:
    """One of a buyer's orders on their page."""

    id: int
    number: str
    ordered_on: date
    due_on: date | None
    status: OrderStatus
    total: int
    paid: int

    @property
    def outstanding(self) -> int:
        return 0 if self.status in (OrderStatus.CANCELLED, OrderStatus.DRAFT) else self.total - self.paid

    @property
    def past_due(self) -> bool:
        return is_past_due(self.status, self.due_on)


@dataclass(frozen=True)
class BoughtItem:
    code: str
    name: str
    quantity: int
    amount: int


@dataclass(frozen=True)
class BuyerSummary:
    """A buyer's page: their orders, what they bought most, what they bought and still owe."""

    orders: list[BuyerOrder]
    most_bought: list[BoughtItem]
    bought: int
    owed: int


def _validated(data: BuyerInput) -> dict[str, Any]:
    errors: list[FieldError] = []
    values: dict[str, Any] = {
        "name": check_text(errors, "name", clean(data.name), required=True),
        "organisation": check_text(errors, "organisation", clean(data.organisation)),
        "phone": check_phone(errors, "phone", clean(data.phone)),
        "email": check_email(errors, "email", data.email or ""),
        **check_place(errors, data.address, data.city, data.province),
        "tags": check_text(errors, "tags", clean(data.tags), max_len=300),
        "notes": check_text(errors, "notes", (data.notes or "").strip(), max_len=NOTE_MAX),
    }
    for name, enum_type, value in (("kind", BuyerKind, data.kind), ("met_via", MetVia, data.met_via)):
        try:
            values[name] = enum_type(value)
        except ValueError:
            errors.append(FieldError(name, "invalid_choice"))
    values.update(_market(errors, data.regency_code, values.get("city", ""), values.get("province", "")))
    if errors:
        raise ValidationError(errors)
    values["phone_normalized"] = normalize_phone(values["phone"])
    return values


def _market(errors: list[FieldError], code: str, city: str, province: str) -> dict[str, Any]:
    """The chosen regency/city's code and its province's. Without a choice (an import, an older
    caller) the typed city is matched to the list; one that matches nothing keeps the text only."""
    code = (code or "").strip()
    known = places()
    if not code:
        region = known.match_regency(city or "", province or "")
        province_code = region.province_code if region else known.match_province(province or "")
        return {"regency_code": region.code if region else None, "province_code": province_code}
    region = known.regencies.get(code)
    if region is None:
        errors.append(FieldError("city", "invalid_choice"))
        return {}
    return {"regency_code": region.code, "province_code": region.province_code}


def _matches(session: Session, values: dict[str, Any], exclude_id: int | None) -> list[BuyerMatch]:
    """Buyers with the same normalised phone, or the same name in the same city."""
    conditions: list[ColumnElement[bool]] = []
    phone = values["phone_normalized"]
    if phone:
        conditions.append(_B.c.phone_normalized == phone)
    if values["city"]:
        conditions.append(
            and_(
                func.lower(_B.c.name) == values["name"].lower(),
                func.lower(_B.c.city) == values["city"].lower(),
            )
        )
    if not conditions:
        return []
    stmt = select(_B.c.id, _B.c.name, _B.c.organisation, _B.c.city, _B.c.phone, _B.c.phone_normalized).where(
        or_(*conditions)
    )
    if exclude_id is not None:
        stmt = stmt.where(_B.c.id != exclude_id)
    rows = session.execute(stmt.order_by(_B.c.archived, _B.c.id).limit(5)).all()
    return [
        BuyerMatch(
            row.id,
            row.name,
            row.organisation,
            row.city,
            row.phone,
            "phone" if phone and row.phone_normalized == phone else "name_city",
        )
        for row in rows
    ]


def _phone_like(text: str) -> ColumnElement[bool]:
    """A typed number in any form, matched against the international form of stored numbers."""
    digits = "".join(ch for ch in text if ch.isdigit())
    normal = normalize_phone(text)
    options = [_B.c.phone_normalized.like(f"%{normal}%")]
    if normal != digits:
        options.append(_B.c.phone_normalized.like(f"%{digits}%"))
    return or_(*options)


def _search(text: str) -> ColumnElement[bool] | None:
    """Every word must appear in the name, organisation, city or phone (in any of its forms).

    Text that is all digits and phone punctuation ("+62 812 7310") is one number, not words.
    Case is ignored the cheapest way each engine allows (:func:`dialect.like_ignoring_case`).
    """
    if _PHONE_TEXT.fullmatch(text.strip()) and sum(ch.isdigit() for ch in text) >= 3:
        return _phone_like(text)
    conditions = []
    for word in text.split():
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        columns = (_B.c.name, _B.c.organisation, _B.c.city, _B.c.phone)
        options = [dialect.like_ignoring_case(column, pattern, escape="\\") for column in columns]
        if _PHONE_TEXT.fullmatch(word) and sum(ch.isdigit() for ch in word) >= 3:
            options.append(_phone_like(word))
        conditions.append(or_(*options))
    return and_(*conditions) if conditions else None


_PHONE_TEXT = re.compile(r"[+0-9 ().\-]+")


class BuyerService(Service):
    """Use-cases of the Pembeli area; every method is one transaction."""

    # --- the list -------------------------------------------------------------------------------
    def _select(self, query: ListQuery) -> Select[Any]:
        stmt = select(
            _B.c.id,
            _B.c.name,
            _B.c.organisation,
            _B.c.kind,
            _B.c.phone,
            _B.c.city,
            _B.c.province,
            _B.c.archived,
        )
        if not query.filters.get("include_archived"):
            stmt = stmt.where(_B.c.archived.is_(False))
        if kind := query.filters.get("kind"):
            stmt = stmt.where(_B.c.kind == BuyerKind(kind).value)
        if query.filters.get("no_regency"):
            stmt = stmt.where(_B.c.regency_code.is_(None))
        if regency := query.filters.get("regency_code"):
            stmt = stmt.where(_B.c.regency_code == regency)
        condition = _search(query.search)
        if condition is not None:
            stmt = stmt.where(condition)
        return stmt

    def count(self, query: ListQuery) -> int:
        """How many buyers the list shows (archived ones only with filter "include_archived";
        filter "no_regency": those whose city matched no regency/city of the list; "regency_code":
        those placed in that regency/city, whatever city they typed)."""
        with self.db.reading() as session:
            return count_rows(session, self._select(query))

    def page(self, query: ListQuery, offset: int, limit: int) -> list[BuyerRow]:
        """One page of buyers; filters "kind", "include_archived"; sort by name, organisation, city …"""
        stmt = ordered(self._select(query), query, _SORT, "name", _B.c.id)
        with self.db.reading() as session:
            rows = session.execute(stmt.offset(offset).limit(limit)).all()
        return [BuyerRow(r[0], r[1], r[2], BuyerKind(r[3]), r[4], r[5], r[6], bool(r[7])) for r in rows]

    # --- one buyer ------------------------------------------------------------------------------
    def get(self, buyer_id: int) -> BuyerDetail:
        with self.db.reading() as session:
            buyer = session.get(Buyer, buyer_id)
            if buyer is None:
                raise NotFoundError()
            return BuyerDetail(
                id=buyer.id,
                version=buyer.version,
                name=buyer.name,
                organisation=buyer.organisation,
                kind=buyer.kind,
                phone=buyer.phone,
                email=buyer.email,
                address=buyer.address,
                city=buyer.city,
                province=buyer.province,
                met_via=buyer.met_via,
                tags=buyer.tags,
                notes=buyer.notes,
                archived=buyer.archived,
                has_orders=_has_orders(session, buyer_id),
                regency_code=buyer.regency_code or "",
            )

    def find_duplicates(self, data: BuyerInput, exclude_id: int | None = None) -> list[BuyerMatch]:
        """Existing buyers the input seems to repeat (same phone, or same name and city)."""
        values = _validated(data)
        with self.db.reading() as session:
            return _matches(session, values, exclude_id)

    def create(self, data: BuyerInput, *, allow_duplicate: bool = False) -> int:
        """Save a new buyer; returns its id. A likely duplicate raises DuplicateBuyerError."""
        with self.db.transaction() as session:
            values = _validated(data)
            if not allow_duplicate and (matches := _matches(session, values, None)):
                raise DuplicateBuyerError(matches)
            buyer = Buyer(**values)
            session.add(buyer)
            session.flush()
            return buyer.id

    def update(self, buyer_id: int, version: int, data: BuyerInput, *, allow_duplicate: bool = False) -> None:
        """Save changes to a buyer read at ``version``; a newer save by someone else is refused."""
        with self.db.transaction() as session:
            buyer = session.get(Buyer, buyer_id)
            if buyer is None:
                raise NotFoundError()
            if buyer.version != version:
                raise ConflictError()
            values = _validated(data)
            if not data.regency_code and values["regency_code"] is None and values["city"] == buyer.city:
                # The same typed city the list cannot read (an import, an older caller): the
                # regency chosen for it earlier stays.
                values["regency_code"], values["province_code"] = buyer.regency_code, buyer.province_code
            if not allow_duplicate and (matches := _matches(session, values, buyer_id)):
                raise DuplicateBuyerError(matches)
            for key, value in values.items():
                setattr(buyer, key, value)

    def remove(self, buyer_id: int) -> bool:
        """Delete a buyer without orders; one with orders is archived instead. True when deleted."""
        with self.db.transaction() as session:
            buyer = session.get(Buyer, buyer_id)
            if buyer is None:
                raise NotFoundError()
            if _has_orders(session, buyer_id):
                buyer.archived = True
                return False
            session.delete(buyer)
            return True

    def set_archived(self, buyer_id: int, archived: bool) -> None:
        """Archive a buyer (gone from the lists, kept in history) or bring one back."""
        with self.db.transaction() as session:
            buyer = session.get(Buyer, buyer_id)
            if buyer is None:
                raise NotFoundError()
            buyer.archived = archived

    def summary(self, buyer_id: int, most_bought: int = 5) -> BuyerSummary:
        """The buyer's orders (newest first), the designs they bought most, and what they owe.

        "Bought" and "owed" count confirmed, ready and delivered orders: a draft is not yet
        promised and a cancelled order is owed nothing.
        """
        with self.db.reading() as session:
            rows = session.execute(
                select(
                    _O.c.id,
                    _O.c.number,
                    _O.c.ordered_on,
                    _O.c.due_on,
                    _O.c.status,
                    subtotal_of(_O.c.id) - _O.c.discount,
                    paid_of(_O.c.id),
                )
                .where(_O.c.buyer_id == buyer_id)
                .order_by(_O.c.ordered_on.desc(), _O.c.id.desc())
            ).all()
            owing = _O.c.status.in_([s.value for s in OWING_STATUSES])
            quantity = func.sum(_OL.c.quantity)
            top = session.execute(
                select(_DV.c.code, _DV.c.name, quantity, func.sum(_OL.c.quantity * _OL.c.unit_price))
                .join(_O, _O.c.id == _OL.c.order_id)
                .join(_DV, _DV.c.id == _OL.c.design_id)
                .where(_O.c.buyer_id == buyer_id, owing)
                .group_by(_DV.c.id, _DV.c.code, _DV.c.name)
                .order_by(quantity.desc(), _DV.c.code)
                .limit(most_bought)
            ).all()
        orders = [
            BuyerOrder(r[0], r[1], r[2], r[3], OrderStatus(r[4]), int(r[5] or 0), int(r[6] or 0))
            for r in rows
        ]
        counted = [o for o in orders if o.status in OWING_STATUSES]
        return BuyerSummary(
            orders=orders,
            most_bought=[BoughtItem(code, name, int(qty), int(amount)) for code, name, qty, amount in top],
            bought=sum(o.total for o in counted),
            owed=sum(o.outstanding for o in counted),
        )


def _has_orders(session: Session, buyer_id: int) -> bool:
    return bool(session.scalar(select(exists().where(_O.c.buyer_id == buyer_id))))


__all__ = [
    "BoughtItem",
    "BuyerDetail",
    "BuyerInput",
    "BuyerMatch",
    "BuyerOrder",
    "BuyerRow",
    "BuyerService",
    "BuyerSummary",
    "DuplicateBuyerError",
]
