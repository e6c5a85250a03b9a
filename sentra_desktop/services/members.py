"""Member businesses (IKM) and their makers: who produces, and for which business.

Both are set up once and then named on production entries, stock movements and orders, so a
record that is referenced is only ever deactivated; deleting is for mistakes nobody used yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from sentra_desktop.core.errors import FieldError, SentraError, ValidationError
from sentra_desktop.core.text import ADDRESS_MAX, NAME_MAX, NOTE_MAX, check_phone, check_text, clean
from sentra_desktop.db.models import (
    Assistance,
    Maker,
    MaterialReceipt,
    MemberBusiness,
    Order,
    ProductionEntry,
    StockMovement,
)
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

# --- member businesses ---------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRow:
    """One line of the member-business list."""

    id: int
    name: str
    owner: str
    phone: str
    address: str
    active: bool
    makers: int


@dataclass(frozen=True)
class MemberInput:
    """What the member-business form sends."""

    name: str
    owner: str = ""
    address: str = ""
    phone: str = ""
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class MemberDetail:
    """One member business as the form shows it, with the version it was read at."""

    id: int
    version: int
    name: str
    owner: str
    address: str
    phone: str
    active: bool
    notes: str


_MAKER_COUNT = (
    select(func.count(Maker.id))
    .where(Maker.member_business_id == MemberBusiness.id)
    .correlate(MemberBusiness)
    .scalar_subquery()
)

_MEMBER_SORT: dict[str, Any] = {
    "name": MemberBusiness.name,
    "owner": MemberBusiness.owner,
    "phone": MemberBusiness.phone,
    "address": MemberBusiness.address,
    "active": MemberBusiness.active,
    "makers": _MAKER_COUNT,
}


class MemberService:
    """Use-cases of the member-business list; every method is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _select(self, query: ListQuery) -> Select[Any]:
        stmt = select(
            MemberBusiness.id,
            MemberBusiness.name,
            MemberBusiness.owner,
            MemberBusiness.phone,
            MemberBusiness.address,
            MemberBusiness.active,
            _MAKER_COUNT,
        )
        condition = search_condition(
            query.search, MemberBusiness.name, MemberBusiness.owner, MemberBusiness.address
        )
        if condition is not None:
            stmt = stmt.where(condition)
        return with_active_filter(stmt, query, MemberBusiness.active)

    def count(self, query: ListQuery) -> int:
        with self.db.reading() as session:
            return count_rows(session, self._select(query))

    def page(self, query: ListQuery, offset: int, limit: int) -> Sequence[MemberRow]:
        stmt = ordered(self._select(query), query, _MEMBER_SORT, "name", MemberBusiness.id)
        with self.db.reading() as session:
            rows = session.execute(stmt.offset(offset).limit(limit)).all()
        return [MemberRow(*row) for row in rows]

    def choices(self, include_id: int | None = None) -> list[Choice]:
        """Active member businesses for a drop-down, plus ``include_id`` even if inactive."""
        with self.db.reading() as session:
            stmt = select(MemberBusiness.id, MemberBusiness.name).order_by(MemberBusiness.name)
            if include_id is None:
                stmt = stmt.where(MemberBusiness.active)
            else:
                stmt = stmt.where(or_(MemberBusiness.active, MemberBusiness.id == include_id))
            return [Choice(*row) for row in session.execute(stmt)]

    def get(self, member_id: int) -> MemberDetail:
        with self.db.reading() as session:
            row = load(session, MemberBusiness, member_id)
            return MemberDetail(
                id=row.id,
                version=row.version,
                name=row.name,
                owner=row.owner,
                address=row.address,
                phone=row.phone,
                active=row.active,
                notes=row.notes,
            )

    def create(self, data: MemberInput) -> int:
        """Save a new member business; returns its id. Bad input raises ValidationError, saves nothing."""
        with self.db.transaction() as session:
            row = MemberBusiness(**_member_values(session, data, current_id=None))
            session.add(row)
            session.flush()
            return row.id

    def update(self, member_id: int, version: int, data: MemberInput) -> None:
        """Save changes to a member business read at ``version``; a stale version is refused."""
        with self.db.transaction() as session:
            row = load_for_update(session, MemberBusiness, member_id, version)
            for key, value in _member_values(session, data, current_id=member_id).items():
                setattr(row, key, value)

    def activate(self, member_id: int) -> None:
        with self.db.transaction() as session:
            set_active(session, MemberBusiness, member_id, True)

    def deactivate(self, member_id: int) -> None:
        """Hide a member business from new entries; its history stays as it was."""
        with self.db.transaction() as session:
            set_active(session, MemberBusiness, member_id, False)

    def delete(self, member_id: int) -> None:
        """Delete a member business nothing refers to; otherwise raise ``SentraError("has_history")``."""
        with self.db.transaction() as session:
            row = load(session, MemberBusiness, member_id)
            if _member_has_history(session, member_id):
                raise SentraError("has_history")
            session.delete(row)


def _member_has_history(session: Session, member_id: int) -> bool:
    return is_referenced(
        session,
        Maker.member_business_id == member_id,
        ProductionEntry.member_business_id == member_id,
        StockMovement.member_business_id == member_id,
        MaterialReceipt.member_business_id == member_id,
        Order.member_business_id == member_id,
        Assistance.member_business_id == member_id,
    )


def _member_values(session: Session, data: MemberInput, current_id: int | None) -> dict[str, Any]:
    """Every field checked at once, so the form can mark all problems in one go."""
    errors: list[FieldError] = []
    name = check_text(errors, "name", clean(data.name), required=True)
    owner = check_text(errors, "owner", clean(data.owner), max_len=NAME_MAX)
    address = check_text(errors, "address", (data.address or "").strip(), max_len=ADDRESS_MAX)
    phone = check_phone(errors, "phone", data.phone)
    notes = check_text(errors, "notes", (data.notes or "").strip(), max_len=NOTE_MAX)
    check_unique(
        session,
        errors,
        "name",
        MemberBusiness.name,
        name,
        id_column=MemberBusiness.id,
        current_id=current_id,
    )
    if errors:
        raise ValidationError(errors)
    return {
        "name": name,
        "owner": owner,
        "address": address,
        "phone": phone,
        "active": bool(data.active),
        "notes": notes,
    }


# --- makers --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MakerRow:
    """One line of the maker list; ``member_business`` is "" for a maker of the whole sentra."""

    id: int
    name: str
    member_business: str
    phone: str
    active: bool


@dataclass(frozen=True)
class MakerInput:
    """What the maker form sends; no member business means the maker works for the sentra."""

    name: str
    member_business_id: int | None = None
    phone: str = ""
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class MakerDetail:
    """One maker as the form shows it, with the version it was read at."""

    id: int
    version: int
    name: str
    member_business_id: int | None
    phone: str
    active: bool
    notes: str


_MAKER_SORT: dict[str, Any] = {
    "name": Maker.name,
    "member_business": func.coalesce(MemberBusiness.name, ""),
    "phone": Maker.phone,
    "active": Maker.active,
}


class MakerService:
    """Use-cases of the maker (pengrajin) list; every method is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _select(self, query: ListQuery) -> Select[Any]:
        stmt = select(
            Maker.id,
            Maker.name,
            func.coalesce(MemberBusiness.name, ""),
            Maker.phone,
            Maker.active,
        ).outerjoin(MemberBusiness, Maker.member_business_id == MemberBusiness.id)
        condition = search_condition(query.search, Maker.name, Maker.phone, MemberBusiness.name)
        if condition is not None:
            stmt = stmt.where(condition)
        if (member_id := query.filters.get("member_business_id")) is not None:
            stmt = stmt.where(Maker.member_business_id == member_id)
        return with_active_filter(stmt, query, Maker.active)

    def count(self, query: ListQuery) -> int:
        with self.db.reading() as session:
            return count_rows(session, self._select(query))

    def page(self, query: ListQuery, offset: int, limit: int) -> Sequence[MakerRow]:
        stmt = ordered(self._select(query), query, _MAKER_SORT, "name", Maker.id)
        with self.db.reading() as session:
            rows = session.execute(stmt.offset(offset).limit(limit)).all()
        return [MakerRow(*row) for row in rows]

    def get(self, maker_id: int) -> MakerDetail:
        with self.db.reading() as session:
            row = load(session, Maker, maker_id)
            return MakerDetail(
                id=row.id,
                version=row.version,
                name=row.name,
                member_business_id=row.member_business_id,
                phone=row.phone,
                active=row.active,
                notes=row.notes,
            )

    def create(self, data: MakerInput) -> int:
        """Save a new maker; returns the id. Bad input raises ValidationError and saves nothing."""
        with self.db.transaction() as session:
            row = Maker(**_maker_values(session, data, current_id=None))
            session.add(row)
            session.flush()
            return row.id

    def update(self, maker_id: int, version: int, data: MakerInput) -> None:
        """Save changes to a maker read at ``version``; a stale version is refused."""
        with self.db.transaction() as session:
            row = load_for_update(session, Maker, maker_id, version)
            for key, value in _maker_values(session, data, current_id=maker_id).items():
                setattr(row, key, value)

    def activate(self, maker_id: int) -> None:
        with self.db.transaction() as session:
            set_active(session, Maker, maker_id, True)

    def deactivate(self, maker_id: int) -> None:
        """Hide a maker from new production entries; their history stays as it was."""
        with self.db.transaction() as session:
            set_active(session, Maker, maker_id, False)

    def delete(self, maker_id: int) -> None:
        """Delete a maker without production entries; otherwise raise ``SentraError("has_history")``."""
        with self.db.transaction() as session:
            row = load(session, Maker, maker_id)
            if is_referenced(session, ProductionEntry.maker_id == maker_id):
                raise SentraError("has_history")
            session.delete(row)


def _maker_values(session: Session, data: MakerInput, current_id: int | None) -> dict[str, Any]:
    """Every field checked at once, so the form can mark all problems in one go."""
    errors: list[FieldError] = []
    name = check_text(errors, "name", clean(data.name), required=True)
    phone = check_phone(errors, "phone", data.phone)
    notes = check_text(errors, "notes", (data.notes or "").strip(), max_len=NOTE_MAX)
    member_id = data.member_business_id
    if member_id is not None and session.get(MemberBusiness, member_id) is None:
        errors.append(FieldError("member_business_id", "invalid_choice"))
    check_unique(session, errors, "name", Maker.name, name, id_column=Maker.id, current_id=current_id)
    if errors:
        raise ValidationError(errors)
    return {
        "name": name,
        "member_business_id": member_id,
        "phone": phone,
        "active": bool(data.active),
        "notes": notes,
    }
