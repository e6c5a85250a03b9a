"""Daily production: entries of good and rejected pieces, their stock postings, and the list.

Saving an entry adds its good pieces to the design's stock and takes the recipe's materials for
good *and* reject pieces out of material stock, in the same transaction, by the recipe as it is
at that moment: the movements hold the amounts, so a later recipe change never rewrites history.
Editing or deleting an entry posts reversing movements; ledger rows are never changed.

The list must stay smooth at a million entries, so it never offsets through a join: it picks
one page of ids from a covering index (only entries that are not voided are indexed), then
reads the details of just those rows. Counting and totals read the same index.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import ColumnElement, Integer, Select, Table, func, select, type_coerce
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import DesignStatus, MovementKind
from sentra_desktop.core.errors import ConflictError, FieldError, NotFoundError, SentraError, ValidationError
from sentra_desktop.core.formatting import format_date, format_thousands, parse_date, parse_int
from sentra_desktop.core.quantities import SCALE, from_thousandths, reject_rate
from sentra_desktop.core.text import NOTE_MAX, check_text
from sentra_desktop.db import dialect
from sentra_desktop.db.dialect import constant
from sentra_desktop.db.inserts import audit_bulk, bulk_insert_returning_ids, insert_audited, ordered_uuids
from sentra_desktop.db.models import (
    DesignVariant,
    Maker,
    Material,
    ProductionEntry,
    ProductType,
    RecipeLine,
    StockMovement,
)
from sentra_desktop.db.types import utcnow
from sentra_desktop.services import paging
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import Choice, ListQuery
from sentra_desktop.services.stock import apply_balances, material_shortages, post_rows, reverse_movements

MAX_PIECES = 1_000_000

_PE = cast(Table, ProductionEntry.__table__)
_SM = cast(Table, StockMovement.__table__)
_DV = cast(Table, DesignVariant.__table__)
_PT = cast(Table, ProductType.__table__)
_MK = cast(Table, Maker.__table__)
_MT = cast(Table, Material.__table__)
_RL = cast(Table, RecipeLine.__table__)

# --- data to and from the user interface -----------------------------------------------------


@dataclass(frozen=True)
class ProductionInput:
    """What the entry row sends: numbers and the date as typed, the design as an id or its code."""

    produced_on: date | str
    design: int | str
    maker_id: int | None
    good_qty: str | int
    reject_qty: str | int = 0
    note: str = ""


@dataclass(frozen=True)
class ProductionSaved:
    """What was saved, for the confirmation bar; ``short_materials`` went below zero (a warning)."""

    entry_id: int
    design_code: str
    design_name: str
    good_qty: int
    reject_qty: int
    short_materials: list[str]


@dataclass(frozen=True)
class ProductionRow:
    """One line of the production list."""

    id: int
    produced_on: date
    design_code: str
    design_name: str
    product_type: str
    maker: str
    good_qty: int
    reject_qty: int
    note: str
    version: int


@dataclass(frozen=True)
class ProductionTotals:
    """Totals of what the list shows; ``reject_rate`` is rejects per hundred pieces made."""

    entries: int
    good: int
    reject: int
    reject_rate: Decimal


@dataclass(frozen=True)
class DesignChoice:
    """A design the entry row offers: its code is what operators type."""

    id: int
    code: str
    name: str


@dataclass(frozen=True)
class MaterialUse:
    """How much of one material an entry took out of stock (net of any reversals)."""

    code: str
    name: str
    unit: str
    quantity: Decimal


@dataclass(frozen=True)
class ProductionDetail:
    """One entry as the edit form shows it, with the version it was read at."""

    id: int
    version: int
    produced_on: date
    design_id: int
    design_code: str
    design_name: str
    maker_id: int
    maker: str
    good_qty: int
    reject_qty: int
    note: str
    voided: bool
    created_by: str
    created_at: datetime
    materials: list[MaterialUse]


# --- validation -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Checked:
    """A validated entry with what posting it needs."""

    produced_on: date
    design_id: int
    design_code: str
    design_name: str
    maker_id: int
    maker_name: str
    member_business_id: int | None
    good: int
    reject: int
    note: str


def _pieces(errors: list[FieldError], field: str, value: str | int, *, required: bool) -> int:
    """Whole pieces from an int or typed text; problems go to ``errors``."""
    if isinstance(value, bool):
        errors.append(FieldError(field, "not_a_number"))
        return 0
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip()
        if not text:
            if required:
                errors.append(FieldError(field, "required"))
            return 0
        try:
            number = parse_int(text, field)
        except ValidationError as exc:
            error = exc.errors[0]
            if error.code == "too_many_decimals":
                error = FieldError(field, "not_whole_number")
            errors.append(error)
            return 0
    if number < 0:
        errors.append(FieldError(field, "negative"))
        return 0
    if number > MAX_PIECES:
        errors.append(FieldError(field, "too_large", {"max": format_thousands(MAX_PIECES)}))
        return 0
    return number


def _day(errors: list[FieldError], value: date | str) -> date | None:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        day = value
    else:
        try:
            day = parse_date(str(value or ""), "produced_on")
        except ValidationError as exc:
            errors.extend(exc.errors)
            return None
    if day > date.today():
        errors.append(FieldError("produced_on", "future_date", {"value": format_date(day)}))
        return None
    return day


def _design(
    session: Session, errors: list[FieldError], value: int | str, current_id: int | None
) -> tuple[int, str, str] | None:
    """The design named by id or typed code; a retired one only when the entry already had it."""
    if isinstance(value, bool):
        value = ""
    if isinstance(value, int):
        row = (
            session.connection()
            .execute(select(_DV.c.id, _DV.c.code, _DV.c.name, _DV.c.status).where(_DV.c.id == value))
            .first()
        )
        typed = str(value)
    else:
        typed = str(value or "").strip()
        if not typed:
            errors.append(FieldError("design", "required"))
            return None
        row = (
            session.connection()
            .execute(
                select(_DV.c.id, _DV.c.code, _DV.c.name, _DV.c.status).where(_DV.c.code == typed.upper())
            )
            .first()
        )
        if row is None:
            row = (
                session.connection()
                .execute(
                    select(_DV.c.id, _DV.c.code, _DV.c.name, _DV.c.status).where(
                        func.upper(_DV.c.code) == typed.upper()
                    )
                )
                .first()
            )
    if row is None:
        errors.append(FieldError("design", "unknown_design", {"value": typed}))
        return None
    if row.status == DesignStatus.RETIRED.value and row.id != current_id:
        errors.append(FieldError("design", "design_retired", {"value": row.code}))
        return None
    return row.id, row.code, row.name


def _maker(
    session: Session, errors: list[FieldError], maker_id: int | None, current_id: int | None
) -> tuple[int, str, int | None] | None:
    if maker_id is None or isinstance(maker_id, bool):
        errors.append(FieldError("maker_id", "required"))
        return None
    row = (
        session.connection()
        .execute(
            select(_MK.c.id, _MK.c.name, _MK.c.member_business_id, _MK.c.active).where(_MK.c.id == maker_id)
        )
        .first()
    )
    if row is None or (not row.active and row.id != current_id):
        errors.append(FieldError("maker_id", "invalid_choice"))
        return None
    return row.id, row.name, row.member_business_id


def _validated(
    session: Session,
    data: ProductionInput,
    *,
    current_design: int | None = None,
    current_maker: int | None = None,
) -> _Checked:
    """Every field checked at once, so the form can mark all problems in one go."""
    errors: list[FieldError] = []
    day = _day(errors, data.produced_on)
    design = _design(session, errors, data.design, current_design)
    maker = _maker(session, errors, data.maker_id, current_maker)
    good = _pieces(errors, "good_qty", data.good_qty, required=True)
    reject = _pieces(errors, "reject_qty", data.reject_qty, required=False)
    note = check_text(errors, "note", (data.note or "").strip(), max_len=NOTE_MAX)
    if not any(e.field in ("good_qty", "reject_qty") for e in errors):
        if good + reject == 0:
            errors.append(FieldError("good_qty", "nothing_produced"))
        elif good + reject > MAX_PIECES:
            errors.append(FieldError("good_qty", "too_large", {"max": format_thousands(MAX_PIECES)}))
    if errors or day is None or design is None or maker is None:
        raise ValidationError(errors)
    return _Checked(day, *design, *maker, good, reject, note)


def _is_duplicate(session: Session, checked: _Checked, exclude_id: int | None = None) -> bool:
    stmt = select(_PE.c.id).where(
        _PE.c.design_id == checked.design_id,
        _PE.c.produced_on == checked.produced_on,
        _PE.c.maker_id == checked.maker_id,
        _PE.c.voided_at.is_(None),
    )
    if exclude_id is not None:
        stmt = stmt.where(_PE.c.id != exclude_id)
    return session.connection().scalar(stmt.limit(1)) is not None


def _duplicate_error(checked: _Checked) -> SentraError:
    return SentraError(
        "duplicate_entry",
        design=checked.design_code,
        maker=checked.maker_name,
        date=format_date(checked.produced_on),
    )


def _recipe(session: Session, design_id: int) -> list[tuple[int, Decimal]]:
    """(material id, quantity per piece) of a design's recipe as it stands now."""
    rows = (
        session.connection()
        .execute(
            select(_RL.c.material_id, type_coerce(_RL.c.quantity_per_piece, Integer))
            .where(_RL.c.design_id == design_id)
            .order_by(_RL.c.id)
        )
        .all()
    )
    return [(material_id, from_thousandths(raw)) for material_id, raw in rows]


def _reference(checked: _Checked) -> str:
    return f"{checked.design_code} / {checked.maker_name}"[:60]


def _post(session: Session, entry_id: int, checked: _Checked) -> list[str]:
    """Stock in for the good pieces, materials out for all pieces made; returns short material codes."""
    common = {
        "moved_on": checked.produced_on,
        "reference": _reference(checked),
        "member_business_id": checked.member_business_id,
        "production_entry_id": entry_id,
    }
    rows: list[dict[str, Any]] = []
    if checked.good:
        rows.append(
            {"kind": MovementKind.PRODUCTION_IN, "design_id": checked.design_id, "quantity": checked.good}
        )
    recipe = _recipe(session, checked.design_id)
    made = checked.good + checked.reject
    for material_id, per_piece in recipe:
        rows.append(
            {"kind": MovementKind.PRODUCTION_USE, "material_id": material_id, "quantity": -per_piece * made}
        )
    post_rows(session, [{**common, **row} for row in rows])
    return material_shortages(session, [material_id for material_id, _ in recipe])


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _stock_fields_changed(entry: ProductionEntry, checked: _Checked) -> bool:
    return (
        entry.produced_on != checked.produced_on
        or entry.design_id != checked.design_id
        or entry.maker_id != checked.maker_id
        or entry.good_qty != checked.good
        or entry.reject_qty != checked.reject
    )


# --- the list -------------------------------------------------------------------------------

_SORTS = ("produced_on", "design", "maker", "good_qty", "reject_qty")


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_date(str(value))


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _list_conditions(
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
    if (date_from := _as_date(filters.get("date_from"))) is not None:
        conditions.append(_PE.c.produced_on >= constant(date_from))
    if (date_to := _as_date(filters.get("date_to"))) is not None:
        conditions.append(_PE.c.produced_on <= constant(date_to))
    if (design_id := filters.get("design_id")) is not None:
        conditions.append(_PE.c.design_id == constant(int(design_id)))
    if (maker_id := filters.get("maker_id")) is not None:
        conditions.append(_PE.c.maker_id == constant(int(maker_id)))
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


def _count(session: Session, conditions: list[ColumnElement[bool]]) -> int:
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

    count = total if total is not None else (lambda: _count(session, conditions))
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
    counts = dict(session.execute(select(column, func.count()).where(*conditions).group_by(column)).all())
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


def _page_ids(session: Session, query: ListQuery, offset: int, limit: int) -> list[int]:
    if limit <= 0:
        return []
    key = query.sort if query.sort in _SORTS else None
    descending = query.descending if key is not None else True  # the default: newest first
    conditions = _list_conditions(session, query)
    if conditions is None:
        return []
    if key in _GROUP_COLUMNS:
        return _ids_grouped(session, conditions, key, descending, offset, limit)
    deep = None if paging.is_near(offset) else _list_conditions(session, query, scan_by_date=True)
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


def _rows_for(session: Session, ids: list[int]) -> list[ProductionRow]:
    if not ids:
        return []
    stmt = _row_columns().select_from(_joined(_PE)).where(_PE.c.id.in_(ids))
    found = {row[0]: ProductionRow(*row) for row in session.execute(stmt)}
    return [found[i] for i in ids if i in found]


def _near_page_by_date(session: Session, query: ListQuery, offset: int, limit: int) -> list[ProductionRow]:
    """A page near the start of the list in date order (the usual case) in one statement.

    The page's ids are chosen from production_entry alone, as :func:`_ids_by_date` does, in a
    subquery; only those rows are joined to their names: one statement instead of two (on a
    server, one round trip and one plan fewer on every filter change).
    """
    conditions = _list_conditions(session, query)
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


# --- the service ------------------------------------------------------------------------------


class ProductionService:
    """Use-cases of the Produksi area; every method is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- saving -------------------------------------------------------------------------------
    def create(self, data: ProductionInput, *, allow_duplicate: bool = False) -> ProductionSaved:
        """Save one entry with its stock postings.

        Raises:
            ValidationError: bad input (fields "produced_on", "design", "maker_id", "good_qty",
                "reject_qty", "note"); nothing is saved.
            SentraError: code "duplicate_entry" when the same day, design and maker already has
                an entry and ``allow_duplicate`` is False; nothing is saved. Ask, then call again
                with ``allow_duplicate=True``.
        """
        with self.db.transaction() as session:
            checked = _validated(session, data)
            if not allow_duplicate and _is_duplicate(session, checked):
                raise _duplicate_error(checked)
            # Core with its audit row rather than the unit of work: a save must take milliseconds.
            entry_id = insert_audited(
                session,
                _PE,
                {
                    "produced_on": checked.produced_on,
                    "month": _month(checked.produced_on),
                    "design_id": checked.design_id,
                    "maker_id": checked.maker_id,
                    "member_business_id": checked.member_business_id,
                    "good_qty": checked.good,
                    "reject_qty": checked.reject,
                    "voided_at": None,
                    "note": checked.note,
                },
            )
            short = _post(session, entry_id, checked)
            return self._saved(entry_id, checked, short)

    def update(
        self, entry_id: int, version: int, data: ProductionInput, *, allow_duplicate: bool = False
    ) -> ProductionSaved:
        """Save changes to an entry read at ``version``.

        When the day, design, maker or quantities change, the entry's movements are reversed and
        new ones posted by the recipe as it stands now (an edit is a new save); a change of the
        note alone touches no stock. Refusals are as for :meth:`create`, plus ``stale`` when the
        entry was saved since ``version``.
        """
        with self.db.transaction() as session:
            entry = self._live_entry(session, entry_id)
            if entry.version != version:
                raise ConflictError()
            checked = _validated(session, data, current_design=entry.design_id, current_maker=entry.maker_id)
            if not allow_duplicate and _is_duplicate(session, checked, exclude_id=entry_id):
                raise _duplicate_error(checked)
            short: list[str] = []
            repost = _stock_fields_changed(entry, checked)
            entry.produced_on = checked.produced_on
            entry.month = _month(checked.produced_on)
            entry.design_id = checked.design_id
            entry.maker_id = checked.maker_id
            entry.member_business_id = checked.member_business_id
            entry.good_qty = checked.good
            entry.reject_qty = checked.reject
            entry.note = checked.note
            session.flush()
            if repost:
                reverse_movements(session, production_entry_id=entry_id)
                short = _post(session, entry_id, checked)
            return self._saved(entry_id, checked, short)

    def delete(self, entry_id: int) -> None:
        """Void an entry and reverse its movements; the entry and its ledger rows stay as history."""
        with self.db.transaction() as session:
            entry = self._live_entry(session, entry_id)
            entry.voided_at = utcnow()
            session.flush()
            reverse_movements(session, production_entry_id=entry_id)

    def undo(self, entry_id: int) -> None:
        """Take back the save just made (the Undo button): the same as :meth:`delete`."""
        self.delete(entry_id)

    def bulk_create(self, rows: Iterable[ProductionInput]) -> int:
        """Save many entries in one transaction, for imports; returns how many were saved.

        Every row is validated first; any problem refuses the whole import (the field errors
        carry ``row``, counted from 1, in their parameters) and nothing is saved. Duplicates are
        not asked about: an import is a whole sheet the operator already checked. Rows go in with
        Core inserts, movements and balances too, so 10,000 entries take well under two seconds;
        one audit row records the import.
        """
        inputs = list(rows)
        if not inputs:
            return 0
        with self.db.transaction() as session:
            actor = str(session.info.get("actor", ""))
            checked = _BulkChecker(session).check(inputs)
            now = utcnow()
            entry_ids = _insert_entries(session, checked, actor, now)
            recipes: dict[int, list[tuple[int, int]]] = {}
            for row in session.execute(
                select(_RL.c.design_id, _RL.c.material_id, type_coerce(_RL.c.quantity_per_piece, Integer))
                .where(_RL.c.design_id.in_({c.design_id for c in checked}))
                .order_by(_RL.c.id)
            ):
                recipes.setdefault(row[0], []).append((row[1], row[2]))
            movements: list[tuple[Any, ...]] = []
            deltas: dict[tuple[int | None, int | None], int] = {}
            for entry_id, c in zip(entry_ids, checked, strict=True):
                # (kind, design, material, thousandths, day, reference, business, entry)
                base = (c.produced_on, _reference(c), c.member_business_id, entry_id)
                if c.good:
                    movements.append((MovementKind.PRODUCTION_IN, c.design_id, None, c.good * SCALE, *base))
                    key = (c.design_id, None)
                    deltas[key] = deltas.get(key, 0) + c.good * SCALE
                made = c.good + c.reject
                for material_id, per_piece in recipes.get(c.design_id, ()):
                    used = -per_piece * made
                    movements.append((MovementKind.PRODUCTION_USE, None, material_id, used, *base))
                    key = (None, material_id)
                    deltas[key] = deltas.get(key, 0) + used
            movement_ids = _insert_movements(session, movements, actor, now)
            apply_balances(session, {k: from_thousandths(v) for k, v in deltas.items()})
            audit_bulk(session, _PE, entry_ids, also={_SM.name: movement_ids})
            return len(entry_ids)

    # --- reading ------------------------------------------------------------------------------
    def count(self, query: ListQuery) -> int:
        """How many entries the list shows (voided entries are never shown)."""
        with self.db.reading() as session:
            conditions = _list_conditions(session, query)
            return 0 if conditions is None else _count(session, conditions)

    def page(self, query: ListQuery, offset: int, limit: int) -> list[ProductionRow]:
        """One page of the list.

        Filters: "date_from", "date_to" (dates), "design_id", "product_type_id", "maker_id";
        search on design code and name and maker name; sort "produced_on" (the default, newest
        first), "design", "maker", "good_qty", "reject_qty".
        """
        with self.db.reading() as session:
            if limit > 0 and paging.is_near(offset) and query.sort in (None, "produced_on"):
                return _near_page_by_date(session, query, offset, limit)
            return _rows_for(session, _page_ids(session, query, offset, limit))

    def totals(self, query: ListQuery) -> ProductionTotals:
        """Entries, good and reject pieces and the reject rate of everything ``query`` shows."""
        with self.db.reading() as session:
            conditions = _list_conditions(session, query)
            if conditions is None:
                return ProductionTotals(0, 0, 0, Decimal("0.0"))
            entries, good, reject = session.execute(
                select(
                    func.count(),
                    func.coalesce(func.sum(_PE.c.good_qty), constant(0)),
                    func.coalesce(func.sum(_PE.c.reject_qty), constant(0)),
                ).where(*conditions)
            ).one()
        return ProductionTotals(int(entries), int(good), int(reject), reject_rate(int(good), int(reject)))

    def get(self, entry_id: int) -> ProductionDetail:
        """One entry with the materials it took out of stock (net of reversals)."""
        with self.db.reading() as session:
            row = session.execute(
                select(
                    _PE.c.id,
                    _PE.c.version,
                    _PE.c.produced_on,
                    _PE.c.design_id,
                    _DV.c.code,
                    _DV.c.name,
                    _PE.c.maker_id,
                    _MK.c.name.label("maker"),
                    _PE.c.good_qty,
                    _PE.c.reject_qty,
                    _PE.c.note,
                    _PE.c.voided_at,
                    _PE.c.created_by,
                    _PE.c.created_at,
                )
                .join(_DV, _DV.c.id == _PE.c.design_id)
                .join(_MK, _MK.c.id == _PE.c.maker_id)
                .where(_PE.c.id == entry_id)
            ).first()
            if row is None:
                raise NotFoundError()
            used = session.execute(
                select(_MT.c.code, _MT.c.name, _MT.c.unit, func.sum(type_coerce(_SM.c.quantity, Integer)))
                .join(_MT, _MT.c.id == _SM.c.material_id)
                .where(_SM.c.production_entry_id == entry_id)
                .group_by(_MT.c.id, _MT.c.code, _MT.c.name, _MT.c.unit)
                .order_by(_MT.c.code)
            ).all()
        return ProductionDetail(
            id=row.id,
            version=row.version,
            produced_on=row.produced_on,
            design_id=row.design_id,
            design_code=row.code,
            design_name=row.name,
            maker_id=row.maker_id,
            maker=row.maker,
            good_qty=row.good_qty,
            reject_qty=row.reject_qty,
            note=row.note,
            voided=row.voided_at is not None,
            created_by=row.created_by,
            created_at=row.created_at,
            materials=[
                MaterialUse(code, name, str(unit), -from_thousandths(raw))
                for code, name, unit, raw in used
                if raw
            ],
        )

    def design_choices(self) -> list[DesignChoice]:
        """Active and prototype designs by code, for the entry row's completer."""
        with self.db.reading() as session:
            rows = session.execute(
                select(_DV.c.id, _DV.c.code, _DV.c.name)
                .where(_DV.c.status != DesignStatus.RETIRED.value)
                .order_by(_DV.c.code)
            )
            return [DesignChoice(*row) for row in rows]

    def maker_choices(self) -> list[Choice]:
        """Active makers by name."""
        with self.db.reading() as session:
            rows = session.execute(
                select(_MK.c.id, _MK.c.name).where(_MK.c.active.is_(True)).order_by(_MK.c.name)
            )
            return [Choice(*row) for row in rows]

    # --- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _live_entry(session: Session, entry_id: int) -> ProductionEntry:
        entry = session.get(ProductionEntry, entry_id)
        if entry is None or entry.voided_at is not None:
            raise NotFoundError()
        return entry

    @staticmethod
    def _saved(entry_id: int, checked: _Checked, short: list[str]) -> ProductionSaved:
        return ProductionSaved(
            entry_id=entry_id,
            design_code=checked.design_code,
            design_name=checked.design_name,
            good_qty=checked.good,
            reject_qty=checked.reject,
            short_materials=short,
        )


class _BulkChecker:
    """Validates many inputs against designs and makers read once, not once per row."""

    def __init__(self, session: Session) -> None:
        self.designs = {
            row.id: row for row in session.execute(select(_DV.c.id, _DV.c.code, _DV.c.name, _DV.c.status))
        }
        self.by_code = {row.code.upper(): row for row in self.designs.values()}
        self.makers = {
            row.id: row
            for row in session.execute(select(_MK.c.id, _MK.c.name, _MK.c.member_business_id, _MK.c.active))
        }

    def check(self, inputs: list[ProductionInput]) -> list[_Checked]:
        errors: list[FieldError] = []
        result: list[_Checked] = []
        for number, data in enumerate(inputs, start=1):
            row_errors: list[FieldError] = []
            day = _day(row_errors, data.produced_on)
            design = self._design(row_errors, data.design)
            maker = self.makers.get(data.maker_id) if isinstance(data.maker_id, int) else None
            if data.maker_id is None:
                row_errors.append(FieldError("maker_id", "required"))
            elif maker is None or not maker.active:
                row_errors.append(FieldError("maker_id", "invalid_choice"))
            good = _pieces(row_errors, "good_qty", data.good_qty, required=True)
            reject = _pieces(row_errors, "reject_qty", data.reject_qty, required=False)
            note = check_text(row_errors, "note", (data.note or "").strip(), max_len=NOTE_MAX)
            if not row_errors and good + reject == 0:
                row_errors.append(FieldError("good_qty", "nothing_produced"))
            elif not row_errors and good + reject > MAX_PIECES:
                row_errors.append(FieldError("good_qty", "too_large", {"max": format_thousands(MAX_PIECES)}))
            if row_errors or day is None or design is None or maker is None:
                errors.extend(FieldError(e.field, e.code, {**e.params, "row": number}) for e in row_errors)
                continue
            result.append(
                _Checked(
                    day,
                    design.id,
                    design.code,
                    design.name,
                    maker.id,
                    maker.name,
                    maker.member_business_id,
                    good,
                    reject,
                    note,
                )
            )
        if errors:
            raise ValidationError(errors)
        return result

    def _design(self, errors: list[FieldError], value: int | str) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            design = self.designs.get(value)
        else:
            typed = str(value or "").strip()
            if not typed:
                errors.append(FieldError("design", "required"))
                return None
            design = self.by_code.get(typed.upper())
        if design is None:
            errors.append(FieldError("design", "unknown_design", {"value": str(value)}))
            return None
        if design.status == DesignStatus.RETIRED.value:
            errors.append(FieldError("design", "design_retired", {"value": design.code}))
            return None
        return design


_ENTRY_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "created_by", "updated_by", "version", "produced_on", "month",
    "design_id", "maker_id", "member_business_id", "good_qty", "reject_qty", "voided_at", "note",
)  # fmt: skip
_MOVEMENT_COLUMNS = (
    "uuid", "created_at", "created_by", "kind", "design_id", "material_id", "quantity", "moved_on",
    "reference", "member_business_id", "production_entry_id", "note",
)  # fmt: skip


def _insert_entries(session: Session, checked: list[_Checked], actor: str, now: datetime) -> list[int]:
    """Insert validated entries; returns their ids in order (:func:`dialect.insert_rows_returning_ids`)."""
    keys = ordered_uuids(len(checked))
    rows = [
        (key, now, now, actor, actor, 1, c.produced_on, _month(c.produced_on), c.design_id, c.maker_id,
         c.member_business_id, c.good, c.reject, None, c.note)
        for key, c in zip(keys, checked, strict=True)
    ]  # fmt: skip
    return bulk_insert_returning_ids(session, _PE, _ENTRY_COLUMNS[1:], rows)


def _insert_movements(
    session: Session, movements: list[tuple[Any, ...]], actor: str, now: datetime
) -> list[int]:
    """Insert production ledger rows; their ids, which the import's one audit row names."""
    keys = ordered_uuids(len(movements))
    rows = [
        (key, now, actor, kind, design_id, material_id, from_thousandths(raw), moved_on, reference,
         business_id, entry_id, "")
        for key, (kind, design_id, material_id, raw, moved_on, reference, business_id, entry_id) in zip(
            keys, movements, strict=True
        )
    ]  # fmt: skip
    return bulk_insert_returning_ids(session, _SM, _MOVEMENT_COLUMNS, rows)
