"""Each member business's own books inside the sentra: its output and its sales, side by side.

Output belongs to the member stored on each production entry (the maker's member on the entry's
day, :mod:`~sentra_desktop.services.memberships`). Sales belong to a member through the design:
an order line's value counts for the design's owning member, and a design of no member counts
for the sentra as a whole. Both sum in the database over the lists' own conditions, so the
figures per member always add up to the totals the list shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import OrderStatus
from sentra_desktop.core.quantities import reject_rate
from sentra_desktop.db.dialect import constant
from sentra_desktop.db.models import DesignVariant, MemberBusiness, Order, OrderLine, ProductionEntry
from sentra_desktop.services.base import Service
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import Choice, ListQuery
from sentra_desktop.services.member_filter import MEMBER_FILTER, SENTRA_ITSELF
from sentra_desktop.services.orders.orders import order_conditions
from sentra_desktop.services.production.list_queries import list_conditions

_PE = cast(Table, ProductionEntry.__table__)
_DV = cast(Table, DesignVariant.__table__)
_MB = cast(Table, MemberBusiness.__table__)
_OR = cast(Table, Order.__table__)
_OL = cast(Table, OrderLine.__table__)

SOLD = (OrderStatus.CONFIRMED.value, OrderStatus.READY.value, OrderStatus.DELIVERED.value)


@dataclass(frozen=True)
class MemberOutput:
    """One member's output in a list: ``member_id`` None is the sentra as a whole."""

    member_id: int | None
    member: str
    entries: int
    good: int
    reject: int
    reject_rate: Decimal


@dataclass(frozen=True)
class MemberSales:
    """One member's sold order lines (quantity × price, before order discounts)."""

    member_id: int | None
    member: str
    lines: int
    pieces: int
    value: int


def _names(session: Session) -> dict[int, str]:
    return {member_id: name for member_id, name in session.execute(select(_MB.c.id, _MB.c.name))}


class MemberBookService(Service, domain="member_books"):
    """Figures per member business for the lists and pages that show the sentra's totals."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def choices(self) -> list[Choice]:
        """Every member business by name, for the member filters (inactive ones keep their books)."""
        with self.db.reading() as session:
            rows = session.execute(select(_MB.c.id, _MB.c.name).order_by(_MB.c.name))
            return [Choice(*row) for row in rows]

    def production(self, query: ListQuery) -> list[MemberOutput]:
        """Output per member of the entries the production list shows for ``query``, by name.

        The sentra's own entries (no member) come last; they read the member index only.
        """
        with self.db.reading() as session:
            conditions = list_conditions(session, query)
            if conditions is None:
                return []
            rows = session.execute(
                select(
                    _PE.c.member_business_id,
                    func.count(),
                    func.coalesce(func.sum(_PE.c.good_qty), constant(0)),
                    func.coalesce(func.sum(_PE.c.reject_qty), constant(0)),
                )
                .where(*conditions)
                .group_by(_PE.c.member_business_id)
            ).all()
            names = _names(session)
        result = [
            MemberOutput(member, names.get(member, ""), int(n), int(g), int(r), reject_rate(int(g), int(r)))
            for member, n, g, r in rows
        ]
        return sorted(result, key=lambda m: (m.member_id is None, m.member.lower()))

    def sales(self, query: ListQuery) -> list[MemberSales]:
        """Sold lines of the orders the order book shows for ``query``, per owning member of the design.

        Drafts and cancelled orders are left out: they sold nothing.
        """
        with self.db.reading() as session:
            rows = session.execute(
                select(
                    _DV.c.member_business_id,
                    func.count(),
                    func.coalesce(func.sum(_OL.c.quantity), 0),
                    func.coalesce(func.sum(_OL.c.quantity * _OL.c.unit_price), 0),
                )
                .select_from(_OL)
                .join(_OR, _OR.c.id == _OL.c.order_id)
                .join(_DV, _DV.c.id == _OL.c.design_id)
                .where(_OR.c.status.in_(SOLD), *order_conditions(query))
                .group_by(_DV.c.member_business_id)
            ).all()
            names = _names(session)
        result = [
            MemberSales(member, names.get(member, ""), int(n), int(q), int(v)) for member, n, q, v in rows
        ]
        return sorted(result, key=lambda m: (m.member_id is None, m.member.lower()))


__all__ = [
    "MEMBER_FILTER",
    "SENTRA_ITSELF",
    "MemberBookService",
    "MemberOutput",
    "MemberSales",
]
