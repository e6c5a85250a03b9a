"""The member-business filter the lists share: one id, or the sentra's own records.

Output is a member's by the member stored on the entry; sales by the owning member of the design.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import ColumnElement, Table, exists, select

from sentra_desktop.db.dialect import constant
from sentra_desktop.db.models import DesignVariant, OrderLine

_DV = cast(Table, DesignVariant.__table__)
_OL = cast(Table, OrderLine.__table__)

MEMBER_FILTER = "member_business_id"  # the ListQuery filter's name
SENTRA_ITSELF = 0  # the filter value of the records of no member business (the sentra as a whole)


def member_condition(column: Any, member_id: int) -> ColumnElement[bool]:
    """``column`` names member ``member_id``; :data:`SENTRA_ITSELF` asks for no member."""
    if member_id == SENTRA_ITSELF:
        return column.is_(None)
    return column == constant(member_id)


def design_member_condition(design_column: Any, member_id: int) -> ColumnElement[bool]:
    """``design_column`` names a design owned by ``member_id`` (:data:`SENTRA_ITSELF`: by no member)."""
    return design_column.in_(select(_DV.c.id).where(member_condition(_DV.c.member_business_id, member_id)))


def orders_of_member(order_id: Any, member_id: int) -> ColumnElement[bool]:
    """The order ``order_id`` has a line of a design of ``member_id``: its sales count for that member."""
    return exists().where(_OL.c.order_id == order_id, design_member_condition(_OL.c.design_id, member_id))
