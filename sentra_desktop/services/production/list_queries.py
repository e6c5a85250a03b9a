"""The production list: counting, totals and pages at a million entries.

The list never offsets through a join: it picks one page of ids from a covering index (only
entries that are not voided are indexed), then reads the details of just those rows; deep pages
are read from the nearer end of the list (:mod:`sentra_desktop.services.paging`). Counting and
totals read the same index.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import ColumnElement, Select, Table, func, select
from sqlalchemy.orm import Session

from sentra_desktop.db import dialect
from sentra_desktop.db.dialect import constant
from sentra_desktop.db.models import (
    DesignVariant,
    Maker,
    ProductionEntry,
    ProductType,
)
from sentra_desktop.services import paging
from sentra_desktop.services.listing import ListQuery, as_date
from sentra_desktop.services.member_filter import MEMBER_FILTER, member_condition
from sentra_desktop.services.production.data import ProductionRow

_PE = cast(Table, ProductionEntry.__table__)
_DV = cast(Table, DesignVariant.__table__)
_PT = cast(Table, ProductType.__table__)
_MK = cast(Table, Maker.__table__)

# --- the list -------------------------------------------------------------------------------

_SORTS = ("produced_on", "design", "maker", "good_qty", "reject_qty")


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_conditions(
    session: Session, query: ListQuery, *, scan_by_date: bool = False
) -> list[ColumnElement[bool]] | None:
    """Conditions on production_entry alone for ``query``; None when nothing can match.

    Design, product-type, maker and search filters are turned into id lists first (those tables
    are small), so the big table is filtered on its own indexed columns and never joined.

    With ``scan_by_date`` an id list is written so that no index can serve it (``design_id + 0
    IN (...)``): deep in a list sorted by date, walking the date index and skipping the other
    designs beats gathering every matching entry from the design index and sorting them all.

    The filter's values (ids and dates chosen in the app, never typed text) are constants in the
    SQL (:func:`dialect.constant`): a server plans a list statement once with its real values and
    reuses that plan when the list is shown again (after every save), instead of planning each
    of the first five runs and then perhaps keeping a generic plan for all values.
    """

    def among(column: Any, ids: list[int]) -> ColumnElement[bool]:
        return (column + 0).in_(ids) if scan_by_date else column.in_([constant(i) for i in ids])

    conditions: list[ColumnElement[bool]] = [_PE.c.voided_at.is_(None)]
    filters = query.filters
    if (date_from := as_date(filters.get("date_from"))) is not None:
        conditions.append(_PE.c.produced_on >= constant(date_from))
    if (date_to := as_date(filters.get("date_to"))) is not None:
        conditions.append(_PE.c.produced_on <= constant(date_to))
    if (design_id := filters.get("design_id")) is not None:
        conditions.append(_PE.c.design_id == constant(int(design_id)))
    if (maker_id := filters.get("maker_id")) is not None:
        conditions.append(_PE.c.maker_id == constant(int(maker_id)))
    if (member_id := filters.get(MEMBER_FILTER)) is not None:
        conditions.append(member_condition(_PE.c.member_business_id, int(member_id)))
    if (type_id := filters.get("product_type_id")) is not None:
        ids = list(session.scalars(select(_DV.c.id).where(_DV.c.product_type_id == constant(int(type_id)))))
        if not ids:
            return None
        conditions.append(among(_PE.c.design_id, ids))
    for word in query.search.split():
        pattern = _like(word)
        designs = list(
            session.scalars(
                select(_DV.c.id).where(
                    _DV.c.code.ilike(pattern, escape="\\") | _DV.c.name.ilike(pattern, escape="\\")
                )
            )
        )
        makers = list(session.scalars(select(_MK.c.id).where(_MK.c.name.ilike(pattern, escape="\\"))))
        if not designs and not makers:
            return None
        if designs and makers:
            conditions.append(among(_PE.c.design_id, designs) | among(_PE.c.maker_id, makers))
        elif designs:
            conditions.append(among(_PE.c.design_id, designs))
        else:
            conditions.append(among(_PE.c.maker_id, makers))
    return conditions


def count_entries(session: Session, conditions: list[ColumnElement[bool]]) -> int:
    return int(session.scalar(select(func.count()).select_from(_PE).where(*conditions)) or 0)


def _ids_by_date(
    session: Session,
    conditions: list[ColumnElement[bool]],
    descending: bool,
    offset: int,
    limit: int,
    total: int | None,
    deep: list[ColumnElement[bool]] | None = None,
) -> list[int]:
    """One page of ids in date order, read from the nearer end of the list (:mod:`.paging`).

    ``deep`` are the same conditions for pages far from both ends (see ``scan_by_date``).
    """

    def ordered(where: paging.Slice) -> Select[Any]:
        chosen = deep if where.deep and deep is not None else conditions
        order = paging.order_by((_PE.c.produced_on, _PE.c.id), descending, where)
        return select(_PE.c.id).where(*chosen).order_by(*order)

    count = total if total is not None else (lambda: count_entries(session, conditions))
    return paging.read(ordered, lambda stmt: session.scalars(stmt).all(), offset, limit, count)


def _ids_grouped(
    session: Session,
    conditions: list[ColumnElement[bool]],
    key: str,
    descending: bool,
    offset: int,
    limit: int,
) -> list[int]:
    """One page of ids sorted by design code, maker name or a quantity, newest first within each.

    Sorting a million rows by a joined name is slow, so the entries are counted per group
    (design, maker, or quantity) from that column's index, the groups put in order in Python,
    and only the group(s) holding the page are read, each from the same index by date.
    """
    column = _PE.c[_GROUP_COLUMNS[key]]
    counts: dict[Any, int] = dict(
        session.execute(select(column, func.count()).where(*conditions).group_by(column)).all()
    )
    if not counts:
        return []
    if key in ("design", "maker"):
        table, name = (_DV, _DV.c.code) if key == "design" else (_MK, _MK.c.name)
        names = dict(session.execute(select(table.c.id, name).where(table.c.id.in_(list(counts)))).all())
        groups = sorted(counts, key=lambda g: (str(names.get(g, "")).lower(), g), reverse=descending)
    else:
        groups = sorted(counts, reverse=descending)
    ids: list[int] = []
    start = 0
    for group in groups:
        size = counts[group]
        if start + size > offset:
            skip = max(0, offset - start)
            take = min(size - skip, limit - len(ids))
            ids.extend(_ids_by_date(session, [*conditions, column == group], True, skip, take, size))
            if len(ids) >= limit:
                break
        start += size
    return ids


_GROUP_COLUMNS = {
    "design": "design_id",
    "maker": "maker_id",
    "good_qty": "good_qty",
    "reject_qty": "reject_qty",
}


def page_ids(session: Session, query: ListQuery, offset: int, limit: int) -> list[int]:
    if limit <= 0:
        return []
    key = query.sort if query.sort in _SORTS else None
    descending = query.descending if key is not None else True  # the default: newest first
    conditions = list_conditions(session, query)
    if conditions is None:
        return []
    if key in _GROUP_COLUMNS:
        return _ids_grouped(session, conditions, key, descending, offset, limit)
    deep = None if paging.is_near(offset) else list_conditions(session, query, scan_by_date=True)
    return _ids_by_date(session, conditions, descending, offset, limit, None, deep)


def _row_columns() -> Select[Any]:
    """The columns of a list row, joined from production_entry to its design, type and maker."""
    return select(
        _PE.c.id,
        _PE.c.produced_on,
        _DV.c.code,
        _DV.c.name,
        _PT.c.name,
        _MK.c.name,
        _PE.c.good_qty,
        _PE.c.reject_qty,
        _PE.c.note,
        _PE.c.version,
    )


def _joined(start: Any) -> Any:
    return (
        start.join(_DV, _DV.c.id == _PE.c.design_id)
        .join(_PT, _PT.c.id == _DV.c.product_type_id)
        .join(_MK, _MK.c.id == _PE.c.maker_id)
    )


def rows_for(session: Session, ids: list[int]) -> list[ProductionRow]:
    if not ids:
        return []
    stmt = _row_columns().select_from(_joined(_PE)).where(_PE.c.id.in_(ids))
    found = {row[0]: ProductionRow(*row) for row in session.execute(stmt)}
    return [found[i] for i in ids if i in found]


def near_page_by_date(session: Session, query: ListQuery, offset: int, limit: int) -> list[ProductionRow]:
    """A page near the start of the list in date order (the usual case) in one statement.

    The page's ids are chosen from production_entry alone, as :func:`_ids_by_date` does, in a
    subquery; only those rows are joined to their names: one statement instead of two (on a
    server, one round trip and one plan fewer on every filter change).
    """
    conditions = list_conditions(session, query)
    if conditions is None:
        return []
    descending = query.descending if query.sort == "produced_on" else True
    order = [_PE.c.produced_on, _PE.c.id]
    ids_stmt = (
        select(_PE.c.id.label("id"))
        .where(*conditions)
        .order_by(*(c.desc() if descending else c for c in order))
    )
    ids = dialect.paged(ids_stmt, offset, limit).subquery("page")
    outer = _PE.join(ids, ids.c.id == _PE.c.id)
    stmt = _row_columns().select_from(_joined(outer))
    stmt = stmt.order_by(*(c.desc() if descending else c for c in order))
    return [ProductionRow(*row) for row in session.execute(stmt)]
