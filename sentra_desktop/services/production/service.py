"""Daily production: saving entries of good and rejected pieces with their stock postings.

Saving an entry adds its good pieces to the design's stock and takes the recipe's materials for
good *and* reject pieces out of material stock, in the same transaction, by the recipe as it is
at that moment: the movements hold the amounts, so a later recipe change never rewrites history.
Editing or deleting an entry posts reversing movements; ledger rows are never changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Integer, Table, func, select, type_coerce
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import DesignStatus, MovementKind
from sentra_desktop.core.errors import ConflictError, NotFoundError
from sentra_desktop.core.quantities import SCALE, from_thousandths, reject_rate
from sentra_desktop.db.dialect import constant
from sentra_desktop.db.inserts import audit_bulk, bulk_insert_returning_ids, insert_audited, ordered_uuids
from sentra_desktop.db.models import (
    DesignVariant,
    Maker,
    Material,
    ProductionEntry,
    RecipeLine,
    StockMovement,
)
from sentra_desktop.db.types import utcnow
from sentra_desktop.services import paging
from sentra_desktop.services.base import Service
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import Choice, ListQuery
from sentra_desktop.services.production.checks import (
    BulkChecker,
    Checked,
    duplicate_error,
    is_duplicate,
    validated,
)
from sentra_desktop.services.production.data import (
    DesignChoice,
    MaterialUse,
    ProductionDetail,
    ProductionInput,
    ProductionRow,
    ProductionSaved,
    ProductionTotals,
)
from sentra_desktop.services.production.list_queries import (
    count_entries,
    list_conditions,
    near_page_by_date,
    page_ids,
    rows_for,
)
from sentra_desktop.services.production.moulds import MouldChoices, entry_mould, mould_choices
from sentra_desktop.services.stock import apply_balances, material_shortages, post_rows, reverse_movements

_PE = cast(Table, ProductionEntry.__table__)
_SM = cast(Table, StockMovement.__table__)
_DV = cast(Table, DesignVariant.__table__)
_MK = cast(Table, Maker.__table__)
_MT = cast(Table, Material.__table__)
_RL = cast(Table, RecipeLine.__table__)


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


def _reference(checked: Checked) -> str:
    return f"{checked.design_code} / {checked.maker_name}"[:60]


def _post(session: Session, entry_id: int, checked: Checked) -> list[str]:
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


def _stock_fields_changed(entry: ProductionEntry, checked: Checked) -> bool:
    return (
        entry.produced_on != checked.produced_on
        or entry.design_id != checked.design_id
        or entry.maker_id != checked.maker_id
        or entry.good_qty != checked.good
        or entry.reject_qty != checked.reject
    )


# --- the service ------------------------------------------------------------------------------


class ProductionService(Service):
    """Use-cases of the Produksi area; every method is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- saving -------------------------------------------------------------------------------
    def create(self, data: ProductionInput, *, allow_duplicate: bool = False) -> ProductionSaved:
        """Save one entry with its stock postings.

        Raises:
            ValidationError: bad input (fields "produced_on", "design", "maker_id", "good_qty",
                "reject_qty", "note"); nothing is saved.
            DuplicateEntryError: the same day, design and maker already has an entry and
                ``allow_duplicate`` is False; nothing is saved. Ask, then call again
                with ``allow_duplicate=True``.
        """
        with self.db.transaction() as session:
            checked = validated(session, data)
            mould_id = entry_mould(session, data.mould_id, checked.design_id)
            if not allow_duplicate and is_duplicate(session, checked):
                raise duplicate_error(checked)
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
                    **({"mould_id": mould_id} if mould_id is not None else {}),
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
        note alone touches no stock. The entry keeps the member business it was saved for unless
        its maker or day changes, which books it to the maker's member of that day. Refusals are
        as for :meth:`create`, plus ``stale`` when the entry was saved since ``version``.
        """
        with self.db.transaction() as session:
            entry = self._live_entry(session, entry_id)
            if entry.version != version:
                raise ConflictError()
            checked = validated(session, data, current_design=entry.design_id, current_maker=entry.maker_id)
            if checked.maker_id == entry.maker_id and checked.produced_on == entry.produced_on:
                # The member stored when the entry was saved stays: a later move never takes it.
                checked = replace(checked, member_business_id=entry.member_business_id)
            mould_id = entry_mould(session, data.mould_id, checked.design_id, entry.mould_id)
            if not allow_duplicate and is_duplicate(session, checked, exclude_id=entry_id):
                raise duplicate_error(checked)
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
            entry.mould_id = mould_id
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
            checked = BulkChecker(session).check(inputs)
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
                key: tuple[int | None, int | None]
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
            conditions = list_conditions(session, query)
            return 0 if conditions is None else count_entries(session, conditions)

    def page(self, query: ListQuery, offset: int, limit: int) -> list[ProductionRow]:
        """One page of the list.

        Filters: "date_from", "date_to" (dates), "design_id", "product_type_id", "maker_id";
        search on design code and name and maker name; sort "produced_on" (the default, newest
        first), "design", "maker", "good_qty", "reject_qty".
        """
        with self.db.reading() as session:
            if limit > 0 and paging.is_near(offset) and query.sort in (None, "produced_on"):
                return near_page_by_date(session, query, offset, limit)
            return rows_for(session, page_ids(session, query, offset, limit))

    def totals(self, query: ListQuery) -> ProductionTotals:
        """Entries, good and reject pieces and the reject rate of everything ``query`` shows."""
        with self.db.reading() as session:
            conditions = list_conditions(session, query)
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
                    _PE.c.mould_id,
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
            mould_id=row.mould_id,
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

    def mould_choices(self, design: int | str, include_id: int | None = None) -> MouldChoices:
        """The moulds that cast a design (by id or typed code) and the one last used for it."""
        with self.db.reading() as session:
            return mould_choices(session, design, include_id)

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
    def _saved(entry_id: int, checked: Checked, short: list[str]) -> ProductionSaved:
        return ProductionSaved(
            entry_id=entry_id,
            design_code=checked.design_code,
            design_name=checked.design_name,
            good_qty=checked.good,
            reject_qty=checked.reject,
            short_materials=short,
        )


_ENTRY_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "created_by", "updated_by", "version", "produced_on", "month",
    "design_id", "maker_id", "member_business_id", "good_qty", "reject_qty", "voided_at", "note",
)  # fmt: skip
_MOVEMENT_COLUMNS = (
    "uuid", "created_at", "created_by", "kind", "design_id", "material_id", "quantity", "moved_on",
    "reference", "member_business_id", "production_entry_id", "note",
)  # fmt: skip


def _insert_entries(session: Session, checked: list[Checked], actor: str, now: datetime) -> list[int]:
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
