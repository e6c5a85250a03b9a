"""What stock shows: the overview, low-stock alerts, the ledger list, one item's history, the check.

:meth:`StockService.check_balances` proves every stored balance equals the sum of its ledger.
List queries read the raw integer thousandths and convert once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Table,
    func,
    or_,
    select,
    tuple_,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import DesignStatus, MovementKind, StockItemKind
from sentra_desktop.core.errors import NotFoundError
from sentra_desktop.core.names import DESIGN_UNIT
from sentra_desktop.core.quantities import SCALE, from_thousandths
from sentra_desktop.core.sheets import StockSheetItem
from sentra_desktop.db import dialect
from sentra_desktop.db.models import (
    DesignVariant,
    Material,
    ProductType,
    StockBalance,
    StockMovement,
)
from sentra_desktop.services import paging
from sentra_desktop.services.base import Service
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery, as_date, search_condition
from sentra_desktop.services.stock.posting import current_on_hand, item_column

_SM = cast(Table, StockMovement.__table__)
_SB = cast(Table, StockBalance.__table__)
_DV = cast(Table, DesignVariant.__table__)
_MT = cast(Table, Material.__table__)
_PT = cast(Table, ProductType.__table__)

# --- data handed to the user interface ------------------------------------------------------


@dataclass(frozen=True)
class StockRow(StockSheetItem):
    """One item of the stock overview: a design (finished goods) or a material, as the sheet shows it."""

    kind: StockItemKind
    id: int

    @property
    def is_negative(self) -> bool:
        return self.on_hand < 0


@dataclass(frozen=True)
class LedgerRow:
    """One stock movement with the item's balance right after it (ledger order: date, then id)."""

    id: int
    moved_on: date
    kind: MovementKind
    item_kind: StockItemKind
    item_id: int
    item_code: str
    item_name: str
    quantity: Decimal
    balance_after: Decimal
    reference: str
    created_by: str
    note: str


@dataclass(frozen=True)
class ItemHistory:
    """One item's movements over a period, with the balance before and after it."""

    opening: Decimal
    rows: list[LedgerRow]
    closing: Decimal


@dataclass(frozen=True)
class BalanceMismatch:
    """An item whose stored balance differs from the sum of its ledger."""

    item_kind: StockItemKind
    item_id: int
    code: str
    balance: Decimal
    ledger_sum: Decimal


# --- reading ------------------------------------------------------------------------------------

_RAW_ON_HAND = func.coalesce(type_coerce(_SB.c.on_hand, Integer), dialect.constant(0))
_ZERO = dialect.constant(0)
_OVERVIEW_SORT = ("code", "name", "on_hand", "kind")


def _overview(query: ListQuery) -> Select[Any]:
    """Designs and materials as one list of raw rows (quantities in thousandths).

    Its fixed values are constants in the SQL (:func:`dialect.constant`): without a search it
    has no parameters, so a server plans it once per connection instead of on every refresh.

    Retired designs and inactive materials appear only while they still hold stock, so an old
    item with pieces left on the shelf is not forgotten; filter "active_only" leaves them (and
    prototypes) out, in the same query rather than in a second and third one.
    """
    kind = query.filters.get("kind")
    active_only = bool(query.filters.get("active_only"))
    parts: list[Select[Any]] = []
    if kind in (None, "", StockItemKind.DESIGN):
        designs = (
            select(
                dialect.constant(StockItemKind.DESIGN.value).label("kind"),
                _DV.c.id.label("id"),
                _DV.c.code.label("code"),
                _DV.c.name.label("name"),
                _PT.c.name.label("product_type"),
                dialect.constant(DESIGN_UNIT).label("unit"),
                _RAW_ON_HAND.label("on_hand"),
                (_DV.c.low_stock_level * dialect.constant(SCALE)).label("low"),
            )
            .select_from(_DV)
            .join(_PT, _PT.c.id == _DV.c.product_type_id)
            .outerjoin(_SB, _SB.c.design_id == _DV.c.id)
            .where(or_(_DV.c.status != dialect.constant(DesignStatus.RETIRED.value), _RAW_ON_HAND != _ZERO))
        )
        if active_only:
            designs = designs.where(_DV.c.status == dialect.constant(DesignStatus.ACTIVE.value))
        parts.append(_searched(designs, query, _DV))
    if kind in (None, "", StockItemKind.MATERIAL):
        materials = (
            select(
                dialect.constant(StockItemKind.MATERIAL.value).label("kind"),
                _MT.c.id.label("id"),
                _MT.c.code.label("code"),
                _MT.c.name.label("name"),
                dialect.constant("").label("product_type"),
                _MT.c.unit.label("unit"),
                _RAW_ON_HAND.label("on_hand"),
                type_coerce(_MT.c.low_stock_level, Integer).label("low"),
            )
            .select_from(_MT)
            .outerjoin(_SB, _SB.c.material_id == _MT.c.id)
            .where(or_(_MT.c.active.is_(True), _RAW_ON_HAND != _ZERO))
        )
        if active_only:
            materials = materials.where(_MT.c.active.is_(True))
        parts.append(_searched(materials, query, _MT))
    combined = (union_all(*parts) if len(parts) > 1 else parts[0]).subquery("stock")
    stmt = select(combined)
    if query.filters.get("low_only"):
        stmt = stmt.where(combined.c.low > _ZERO, combined.c.on_hand < combined.c.low)
    return stmt


def _searched(stmt: Select[Any], query: ListQuery, table: Table) -> Select[Any]:
    condition = search_condition(query.search, table.c.code, table.c.name)
    return stmt if condition is None else stmt.where(condition)


def _stock_row(row: Any) -> StockRow:
    on_hand, low = from_thousandths(row.on_hand), from_thousandths(row.low)
    unit = str(row.unit)
    return StockRow(
        kind=StockItemKind(row.kind),
        id=row.id,
        code=row.code,
        name=row.name,
        product_type=row.product_type or "",
        unit=unit,
        on_hand=on_hand if unit != DESIGN_UNIT else on_hand.quantize(Decimal(1)),
        low_stock_level=low if unit != DESIGN_UNIT else low.quantize(Decimal(1)),
    )


class StockService(Service):
    """Use-cases of the Stok area: overview, low-stock alerts, ledger, item history, check."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- overview -----------------------------------------------------------------------------
    def count(self, query: ListQuery) -> int:
        """How many items the overview shows for ``query``."""
        stmt = _overview(query).subquery()
        with self.db.reading() as session:
            return int(session.scalar(select(func.count()).select_from(stmt)) or 0)

    def page(self, query: ListQuery, offset: int, limit: int) -> list[StockRow]:
        """One page of the overview; filters "kind" and "low_only", sort "code", "name", "on_hand", "kind"."""
        stmt = _overview(query)
        columns = stmt.selected_columns
        key = query.sort if query.sort in _OVERVIEW_SORT else "kind"
        order = [columns[key], columns.code, columns.id] if key != "code" else [columns.code, columns.id]
        if key == "kind":
            order = [columns.kind, columns.code, columns.id]
        stmt = stmt.order_by(*(c.desc() if query.descending else c.asc() for c in order))
        with self.db.reading() as session:
            rows = session.execute(dialect.paged(stmt, offset, limit)).all()
        return [_stock_row(row) for row in rows]

    def low_stock_items(self) -> list[StockRow]:
        """Active designs and materials below their low-stock level (a level of 0 means no alert).

        Read from the balances only, so it is instant on opening the program whatever the size
        of the ledger.
        """
        stmt = _overview(ListQuery(filters={"low_only": True, "active_only": True}))
        columns = stmt.selected_columns
        with self.db.reading() as session:
            rows = session.execute(stmt.order_by(columns.kind, columns.code)).all()
        return [_stock_row(row) for row in rows]

    def on_hand(self, kind: StockItemKind, item_id: int) -> Decimal:
        """The item's quantity on hand, from its balance."""
        with self.db.reading() as session:
            value = current_on_hand(session, kind, item_id)
        return value.quantize(Decimal(1)) if StockItemKind(kind) == StockItemKind.DESIGN else value

    # --- ledger -------------------------------------------------------------------------------
    def _ledger_conditions(self, query: ListQuery) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        item_kind, item_id = query.filters.get("item_kind"), query.filters.get("item_id")
        if item_kind:
            column = item_column(StockItemKind(item_kind))
            conditions.append(column == item_id if item_id is not None else column.is_not(None))
        if (date_from := as_date(query.filters.get("date_from"))) is not None:
            conditions.append(_SM.c.moved_on >= date_from)
        if (date_to := as_date(query.filters.get("date_to"))) is not None:
            conditions.append(_SM.c.moved_on <= date_to)
        if kind := query.filters.get("kind"):
            conditions.append(_SM.c.kind == MovementKind(kind).value)
        return conditions

    def ledger_count(self, query: ListQuery) -> int:
        """How many movements the ledger shows.

        Filters: "item_kind" with "item_id", "date_from", "date_to", "kind" (a MovementKind).
        """
        stmt = select(func.count()).select_from(_SM).where(*self._ledger_conditions(query))
        with self.db.reading() as session:
            return int(session.scalar(stmt) or 0)

    def ledger_page(self, query: ListQuery, offset: int, limit: int) -> list[LedgerRow]:
        """One page of the ledger in ledger order (``query.descending`` for newest first).

        Pages past the middle are read from the other end (SQLite walks an index to skip OFFSET
        rows). The running balance is computed per item for just the rows on the page.
        """
        conditions = self._ledger_conditions(query)
        columns = (
            _SM.c.id,
            _SM.c.moved_on,
            _SM.c.kind,
            _SM.c.design_id,
            _SM.c.material_id,
            type_coerce(_SM.c.quantity, Integer).label("raw"),
            _SM.c.reference,
            _SM.c.created_by,
            _SM.c.note,
        )

        def ordered(where: paging.Slice) -> Select[Any]:
            order = paging.order_by((_SM.c.moved_on, _SM.c.id), query.descending, where)
            return select(*columns).where(*conditions).order_by(*order)

        with self.db.reading() as session:
            rows = paging.read(
                ordered,
                lambda stmt: session.execute(stmt).all(),
                offset,
                limit,
                lambda: int(session.scalar(select(func.count()).select_from(_SM).where(*conditions)) or 0),
            )
            return _ledger_rows(session, rows)

    def item_history(
        self, kind: StockItemKind, item_id: int, date_from: date | None = None, date_to: date | None = None
    ) -> ItemHistory:
        """Every movement of one item between two days (inclusive), with opening and closing balance."""
        kind = StockItemKind(kind)
        column = item_column(kind)
        conditions: list[ColumnElement[bool]] = [column == item_id]
        with self.db.reading() as session:
            code, name = _item_names(session, kind, [item_id]).get(item_id) or _missing_item()
            opening_raw = 0
            if date_from is not None:
                opening_raw = _balance_before(session, kind, item_id, (date_from, 0))
                conditions.append(_SM.c.moved_on >= date_from)
            if date_to is not None:
                conditions.append(_SM.c.moved_on <= date_to)
            rows = session.execute(
                select(
                    _SM.c.id,
                    _SM.c.moved_on,
                    _SM.c.kind,
                    type_coerce(_SM.c.quantity, Integer).label("raw"),
                    _SM.c.reference,
                    _SM.c.created_by,
                    _SM.c.note,
                )
                .where(*conditions)
                .order_by(_SM.c.moved_on, _SM.c.id)
            ).all()
        running = opening_raw
        result = []
        for row in rows:
            running += row.raw
            result.append(_ledger_row(row, kind, item_id, (code, name), running))
        return ItemHistory(_quantity(kind, opening_raw), result, _quantity(kind, running))

    # --- check --------------------------------------------------------------------------------
    def check_balances(self) -> list[BalanceMismatch]:
        """Every item whose stored balance is not the sum of its ledger (an empty list is good)."""
        mismatches = []
        # One snapshot: a save between the ledger sums and the balances is no mismatch.
        with self.db.reading(snapshot=True) as session:
            for kind in (StockItemKind.DESIGN, StockItemKind.MATERIAL):
                ledger_column = item_column(kind)
                balance_column = _SB.c.design_id if kind == StockItemKind.DESIGN else _SB.c.material_id
                sums: dict[int, Any] = dict(
                    session.execute(
                        select(ledger_column, func.sum(type_coerce(_SM.c.quantity, Integer)))
                        .where(ledger_column.is_not(None))
                        .group_by(ledger_column)
                    ).all()
                )
                stored: dict[int, Any] = dict(
                    session.execute(
                        select(balance_column, type_coerce(_SB.c.on_hand, Integer)).where(
                            balance_column.is_not(None)
                        )
                    ).all()
                )
                wrong = sorted(
                    item_id
                    for item_id in set(sums) | set(stored)
                    if int(sums.get(item_id) or 0) != int(stored.get(item_id) or 0)
                )
                names = _item_names(session, kind, wrong)
                for item_id in wrong:
                    mismatches.append(
                        BalanceMismatch(
                            item_kind=kind,
                            item_id=item_id,
                            code=names.get(item_id, ("?", ""))[0],
                            balance=from_thousandths(int(stored.get(item_id) or 0)),
                            ledger_sum=from_thousandths(int(sums.get(item_id) or 0)),
                        )
                    )
        return mismatches


def _missing_item() -> tuple[str, str]:
    raise NotFoundError()


def _quantity(kind: StockItemKind, raw: int) -> Decimal:
    value = from_thousandths(raw)
    return value.quantize(Decimal(1)) if kind == StockItemKind.DESIGN else value


def _item_names(session: Session, kind: StockItemKind, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    table = _DV if kind == StockItemKind.DESIGN else _MT
    rows = session.execute(select(table.c.id, table.c.code, table.c.name).where(table.c.id.in_(wanted)))
    return {row.id: (row.code, row.name) for row in rows}


def _ledger_rows(session: Session, rows: Sequence[Any]) -> list[LedgerRow]:
    """LedgerRows for raw movement rows, each with the item's running balance after it."""
    by_item: dict[tuple[StockItemKind, int], list[Any]] = defaultdict(list)
    for row in rows:
        if row.design_id is not None:
            by_item[(StockItemKind.DESIGN, row.design_id)].append(row)
        else:
            by_item[(StockItemKind.MATERIAL, row.material_id)].append(row)
    balance_after: dict[int, int] = {}
    if rows:
        keys = sorted((row.moved_on, row.id) for row in rows)
        from_start = _nearer_the_start(session, keys[0][0], keys[-1][0])
        for kind in StockItemKind:
            item_ids = sorted(item_id for k, item_id in by_item if k == kind)
            if item_ids:
                balance_after.update(_running(session, kind, item_ids, keys[0], keys[-1], from_start))
    names = {
        kind: _item_names(session, kind, [item_id for k, item_id in by_item if k == kind])
        for kind in StockItemKind
    }
    result = []
    for row in rows:
        kind = StockItemKind.DESIGN if row.design_id is not None else StockItemKind.MATERIAL
        item_id = row.design_id if row.design_id is not None else row.material_id
        result.append(
            _ledger_row(row, kind, item_id, names[kind].get(item_id, ("", "")), balance_after[row.id])
        )
    return result


def _ledger_row(
    row: Any, kind: StockItemKind, item_id: int, names: tuple[str, str], balance_raw: int
) -> LedgerRow:
    """A LedgerRow for one raw movement row of an item, with the item's raw balance after it."""
    return LedgerRow(
        id=row.id,
        moved_on=row.moved_on,
        kind=MovementKind(row.kind),
        item_kind=kind,
        item_id=item_id,
        item_code=names[0],
        item_name=names[1],
        quantity=_quantity(kind, row.raw),
        balance_after=_quantity(kind, balance_raw),
        reference=row.reference,
        created_by=row.created_by,
        note=row.note,
    )


def _balance_before(session: Session, kind: StockItemKind, item_id: int, key: tuple[date, int]) -> int:
    """The item's raw balance just before ledger position ``key`` = (day, movement id).

    Summed from the nearer end of the item's ledger: from its start, or back from the stored
    balance (which ``check_balances`` proves equal to the ledger). A recent date on a material
    used for ten years then sums a month of rows, not ten years of them.
    """
    column = item_column(kind)
    first_day = session.scalar(select(func.min(_SM.c.moved_on)).where(column == item_id))
    last_day = session.scalar(select(func.max(_SM.c.moved_on)).where(column == item_id))
    if first_day is None or last_day is None:
        return 0
    raw = func.coalesce(func.sum(type_coerce(_SM.c.quantity, Integer)), 0)
    position = tuple_(_SM.c.moved_on, _SM.c.id)
    if (key[0] - first_day) <= (last_day - key[0]):
        return int(session.scalar(select(raw).where(column == item_id, position < key)) or 0)
    after = int(session.scalar(select(raw).where(column == item_id, position >= key)) or 0)
    return int(current_on_hand(session, kind, item_id) * SCALE) - after


def _nearer_the_start(session: Session, first_day: date, last_day: date) -> bool:
    """True when days ``first_day``..``last_day`` lie nearer the ledger's first day than its last
    (two index look-ups), so that running balances sum the fewer rows."""
    earliest = select(func.min(_SM.c.moved_on)).scalar_subquery()
    latest = select(func.max(_SM.c.moved_on)).scalar_subquery()
    start, end = session.execute(select(earliest, latest)).one()
    if start is None or end is None:
        return True
    return (first_day - as_date(start)) <= (as_date(end) - last_day)  # type: ignore[operator]


def _running(
    session: Session,
    kind: StockItemKind,
    item_ids: list[int],
    first: tuple[date, int],
    last: tuple[date, int],
    from_start: bool,
) -> dict[int, int]:
    """Raw balance after each movement of items ``item_ids`` between ledger positions ``first``
    and ``last`` (a page's), by movement id, in one query for all the items.

    A window function sums each item's ledger from its start up to ``last``, or back from its
    stored balance (which ``check_balances`` proves equal to the ledger) down to ``first``: a
    page of this month on a material used for ten years then sums a month of rows.
    """
    column = item_column(kind)
    raw = type_coerce(_SM.c.quantity, Integer)
    position = tuple_(_SM.c.moved_on, _SM.c.id)
    if from_start:
        running = func.sum(raw).over(partition_by=column, order_by=(_SM.c.moved_on, _SM.c.id))
        span = (
            select(_SM.c.id.label("id"), _SM.c.moved_on.label("moved_on"), running.label("value"))
            .where(column.in_(item_ids), _SM.c.moved_on <= last[0], position <= last)
            .subquery()
        )
        found = session.execute(
            select(span.c.id, span.c.value).where(tuple_(span.c.moved_on, span.c.id) >= first)
        ).all()
        return {movement_id: int(value) for movement_id, value in found}
    later = func.sum(raw).over(partition_by=column, order_by=(_SM.c.moved_on.desc(), _SM.c.id.desc())) - raw
    balance_column = _SB.c.design_id if kind == StockItemKind.DESIGN else _SB.c.material_id
    on_hand = select(type_coerce(_SB.c.on_hand, Integer)).where(balance_column == column).scalar_subquery()
    span = (
        select(
            _SM.c.id.label("id"),
            _SM.c.moved_on.label("moved_on"),
            (func.coalesce(on_hand, 0) - later).label("value"),
        )
        .where(column.in_(item_ids), _SM.c.moved_on >= first[0], position >= first)
        .subquery()
    )
    found = session.execute(
        select(span.c.id, span.c.value).where(tuple_(span.c.moved_on, span.c.id) <= last)
    ).all()
    return {movement_id: int(value) for movement_id, value in found}
