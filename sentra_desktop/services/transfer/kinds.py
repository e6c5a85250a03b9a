"""What each kind exports, and how each kind's import writes through the existing services.

Natural keys, so that importing the same file twice adds nothing the second time:

- designs: the code (case-insensitive). An existing design is updated through
  :meth:`DesignService.update` when a value differs, else left alone. Product type is named by
  its name and mould by its code; both must already exist (Pengaturan).
- materials: the code (case-insensitive), updated through :meth:`MaterialService.update` when a
  value differs. The unit cannot change once the material has moved (the service refuses).
- buyers: the phone number in its international form (:func:`core.phone.normalize_phone`:
  "0812-7310-4471" and "+62 812 7310 4471" are the same buyer); without a phone, name and city
  (case-insensitive). Written through :class:`BuyerService` (its checks, its normalisation);
  an existing buyer is updated, and counted as updated only when a value really changed.
- production entries: day, design, maker, good and rejects together. Two entries with all five
  equal are possible (a morning and an afternoon batch), so matching counts: a file with a row
  three times against two such entries in the database adds one. New entries go through
  :meth:`ProductionService.bulk_create`, which posts the stock and the recipe's materials.
  Existing entries are never edited by an import (an edit reverses stock; do it in Produksi).
- stock counts: the count date plus the item (kind and code). Rows fill the counted quantity of
  the open count of that date (one is started through :meth:`StockCountService.start` when the
  date has none); posting stays a deliberate step in Stok opname. A row for a count already
  posted is accepted when it says what was posted, and refused otherwise. Empty counted cells
  are skipped (the printed sheet's uncounted items).

A key that appears twice in one file (other than production) is a bad row: which of the two
should win is the operator's call.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Integer, Table, func, select, type_coerce
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import BuyerKind, DesignStatus, MaterialUnit, MetVia, StockCountStatus
from sentra_desktop.core.errors import FieldError, SentraError, ValidationError
from sentra_desktop.core.phone import normalize_phone
from sentra_desktop.core.quantities import from_thousandths
from sentra_desktop.core.text import (
    clean,
)
from sentra_desktop.db.models import (
    Buyer,
    DesignVariant,
    Maker,
    Material,
    Mould,
    MouldDesign,
    ProductionEntry,
    ProductType,
    StockCount,
    StockCountLine,
)
from sentra_desktop.services.buyers import BuyerInput, BuyerService
from sentra_desktop.services.designs import DesignInput, DesignService
from sentra_desktop.services.materials import MaterialInput, MaterialService
from sentra_desktop.services.production import ProductionInput, ProductionService
from sentra_desktop.services.stock import DESIGN_UNIT
from sentra_desktop.services.stock_counts import StockCountService
from sentra_desktop.services.transfer.joined import JoinedDatabase

_DV = cast(Table, DesignVariant.__table__)
_PT = cast(Table, ProductType.__table__)
_MO = cast(Table, Mould.__table__)
_MD = cast(Table, MouldDesign.__table__)
_MT = cast(Table, Material.__table__)
_BU = cast(Table, Buyer.__table__)
_PE = cast(Table, ProductionEntry.__table__)
_MK = cast(Table, Maker.__table__)
_SC = cast(Table, StockCount.__table__)
_SL = cast(Table, StockCountLine.__table__)

Row = tuple[int, dict[str, Any]]
Progress = Callable[[int], None]


@dataclass
class Outcome:
    """What an import did (or would have done): counts and every bad row's problems."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[tuple[int, FieldError]] = field(default_factory=list)

    def refuse(self, row: int, error: SentraError) -> None:
        if isinstance(error, ValidationError):
            self.problems.extend((row, e) for e in error.errors)
        else:
            self.problems.append((row, FieldError(None, error.code, dict(error.params))))

    def bad(self, number: int, field_name: str | None, code: str, **params: Any) -> None:
        self.problems.append((number, FieldError(field_name, code, params)))

    def save(self, number: int, session: Session, write: Callable[[], bool | None]) -> None:
        """Write one row and count it: ``write`` returns None for a new record, else whether it changed.

        A refusal (any SentraError) becomes the row's problem instead of ending the import.
        """
        try:
            changed = write()
            session.flush()
        except SentraError as exc:
            self.refuse(number, exc)
            return
        if changed is None:
            self.created += 1
        elif changed:
            self.updated += 1
        else:
            self.unchanged += 1


def _once(
    rows: list[Row], key: Callable[[dict[str, Any]], Any], outcome: Outcome, field_name: str
) -> list[Row]:
    """Rows whose key appears for the first time; later repeats become bad rows."""
    seen: dict[Any, int] = {}
    result = []
    for number, values in rows:
        k = key(values)
        if k in seen:
            outcome.bad(number, field_name, "duplicate_in_file", first_row=seen[k])
            continue
        seen[k] = number
        result.append((number, values))
    return result


# --- designs -------------------------------------------------------------------------------


def _mould_codes(session: Session) -> dict[int, list[str]]:
    """Each design's mould codes in code order; the file lists them as "CTK-01, CTK-04"."""
    codes: dict[int, list[str]] = {}
    stmt = select(_MD.c.design_id, _MO.c.code).join(_MO, _MO.c.id == _MD.c.mould_id).order_by(_MO.c.code)
    for design_id, code in session.execute(stmt):
        codes.setdefault(design_id, []).append(code)
    return codes


def export_designs(session: Session) -> Iterator[list[Any]]:
    moulds = _mould_codes(session)
    stmt = (
        select(
            _DV.c.code,
            _DV.c.name,
            _PT.c.name,
            _DV.c.id,
            _DV.c.colour,
            _DV.c.size,
            _DV.c.price,
            _DV.c.cost,
            _DV.c.status,
            _DV.c.introduced_on,
            _DV.c.low_stock_level,
            _DV.c.notes,
        )
        .join(_PT, _PT.c.id == _DV.c.product_type_id)
        .order_by(_DV.c.code)
    )
    for row in session.execute(stmt):
        values = list(row)
        values[3] = ", ".join(moulds.get(values[3], []))
        values[8] = DesignStatus(values[8]).value
        yield values


def import_designs(db: JoinedDatabase, rows: list[Row], outcome: Outcome, progress: Progress) -> None:
    session = db.session
    rows = _once(rows, lambda v: str(v["code"]).strip().upper(), outcome, "code")
    types = {name.lower(): id_ for id_, name in session.execute(select(_PT.c.id, _PT.c.name))}
    moulds = {code.upper(): id_ for id_, code in session.execute(select(_MO.c.id, _MO.c.code))}
    service = DesignService(db)
    for done, (number, v) in enumerate(rows, start=1):
        progress(done)
        errors: list[FieldError] = []
        type_id = types.get(clean(v["product_type"]).lower())
        if type_id is None:
            errors.append(FieldError("product_type", "unknown_product_type", {"value": v["product_type"]}))
        mould_ids: list[int] = []
        for code in filter(None, (part.strip().upper() for part in v["mould"].split(","))):
            if (mould_id := moulds.get(code)) is None:
                errors.append(FieldError("mould", "unknown_mould", {"value": code}))
            else:
                mould_ids.append(mould_id)
        status = DesignStatus.ACTIVE
        if v["status"].strip():
            try:
                status = DesignStatus(v["status"].strip().lower())
            except ValueError:
                errors.append(FieldError("status", "invalid_choice"))
        if errors:
            outcome.refuse(number, ValidationError(errors))
            continue
        data = DesignInput(
            code=v["code"],
            name=v["name"],
            product_type_id=type_id,
            mould_ids=tuple(sorted(set(mould_ids))),
            colour=v["colour"],
            size=v["size"],
            price=v["price"] or 0,
            cost=v["cost"] or 0,
            status=status,
            introduced_on=v["introduced_on"],
            low_stock_level=v["low_stock_level"] or 0,
            notes=v["notes"],
        )
        existing = session.execute(
            select(_DV).where(func.upper(_DV.c.code) == data.code.strip().upper())
        ).first()

        def write(data: DesignInput = data, existing: Any = existing) -> bool | None:
            if existing is None:
                service.create(data)
                return None
            if not _design_differs(existing, data, _linked(session, existing.id)):
                return False
            service.update(existing.id, existing.version, data)
            return True

        outcome.save(number, session, write)


def _linked(session: Session, design_id: int) -> tuple[int, ...]:
    return tuple(
        session.scalars(select(_MD.c.mould_id).where(_MD.c.design_id == design_id).order_by(_MD.c.mould_id))
    )


def _design_differs(row: Any, data: DesignInput, mould_ids: tuple[int, ...]) -> bool:
    mine = (
        clean(data.name),
        data.product_type_id,
        data.mould_ids,
        clean(data.colour),
        clean(data.size),
        data.price,
        data.cost,
        data.status.value,
        data.introduced_on,
        data.low_stock_level,
        (data.notes or "").strip(),
    )
    theirs = (
        row.name,
        row.product_type_id,
        mould_ids,
        row.colour,
        row.size,
        row.price,
        row.cost,
        DesignStatus(row.status).value,
        row.introduced_on,
        row.low_stock_level,
        row.notes,
    )
    return mine != theirs


# --- materials -----------------------------------------------------------------------------


# What the file holds of a material after its code, as exported and as compared on import.
_MATERIAL_FIELDS = (
    _MT.c.name,
    _MT.c.unit,
    type_coerce(_MT.c.low_stock_level, Integer),
    _MT.c.supplier,
    _MT.c.active,
    _MT.c.notes,
)


def export_materials(session: Session) -> Iterator[list[Any]]:
    stmt = select(_MT.c.code, *_MATERIAL_FIELDS).order_by(_MT.c.code)
    for code, name, unit, low, supplier, active, notes in session.execute(stmt):
        yield [
            code,
            name,
            MaterialUnit(unit).value,
            from_thousandths(low),
            supplier,
            "ya" if active else "tidak",
            notes,
        ]


def import_materials(db: JoinedDatabase, rows: list[Row], outcome: Outcome, progress: Progress) -> None:
    session = db.session
    rows = _once(rows, lambda v: str(v["code"]).strip().upper(), outcome, "code")
    service = MaterialService(db)
    for done, (number, v) in enumerate(rows, start=1):
        progress(done)
        unit = v["unit"].strip().lower()
        data = MaterialInput(
            code=v["code"],
            name=v["name"],
            unit=unit,
            low_stock_level=v["low_stock_level"] or Decimal(0),
            supplier=v["supplier"],
            active=True if v["active"] is None else v["active"],
            notes=v["notes"],
        )
        existing = session.execute(
            select(_MT.c.id, _MT.c.version, *_MATERIAL_FIELDS).where(
                func.upper(_MT.c.code) == data.code.strip().upper()
            )
        ).first()

        def write(data: MaterialInput = data, existing: Any = existing, unit: str = unit) -> bool | None:
            if existing is None:
                service.create(data)
                return None
            if (
                clean(data.name),
                unit,
                data.low_stock_level,
                clean(data.supplier),
                data.active,
                (data.notes or "").strip(),
            ) == (
                existing[2],
                MaterialUnit(existing[3]).value,
                from_thousandths(existing[4]),
                existing[5],
                bool(existing[6]),
                existing[7],
            ):
                return False
            service.update(existing[0], existing[1], data)
            return True

        outcome.save(number, session, write)


# --- buyers --------------------------------------------------------------------------------


def export_buyers(session: Session) -> Iterator[list[Any]]:
    stmt = select(
        _BU.c.name,
        _BU.c.organisation,
        _BU.c.kind,
        _BU.c.phone,
        _BU.c.email,
        _BU.c.address,
        _BU.c.city,
        _BU.c.province,
        _BU.c.met_via,
        _BU.c.tags,
        _BU.c.notes,
    ).order_by(_BU.c.name, _BU.c.id)
    for row in session.execute(stmt):
        values = list(row)
        values[2] = BuyerKind(values[2]).value
        values[8] = MetVia(values[8]).value
        yield values


def _buyer_key(v: dict[str, Any]) -> tuple[str, ...]:
    phone = normalize_phone(v["phone"])
    return ("phone", phone) if phone else ("name", clean(v["name"]).lower(), clean(v["city"]).lower())


def _enum_text(value: str, default: str) -> str:
    return value.strip().lower() or default


def import_buyers(db: JoinedDatabase, rows: list[Row], outcome: Outcome, progress: Progress) -> None:
    session = db.session
    rows = _once(rows, _buyer_key, outcome, "phone")
    service = BuyerService(db)
    for done, (number, v) in enumerate(rows, start=1):
        progress(done)
        data = BuyerInput(
            name=v["name"],
            organisation=v["organisation"],
            kind=_enum_text(v["kind"], BuyerKind.OTHER.value),  # type: ignore[arg-type]
            phone=v["phone"],
            email=v["email"],
            address=v["address"],
            city=v["city"],
            province=v["province"],
            met_via=_enum_text(v["met_via"], MetVia.OTHER.value),  # type: ignore[arg-type]
            tags=v["tags"],
            notes=v["notes"],
        )
        key = _buyer_key(v)
        if key[0] == "phone":
            stmt = select(_BU.c.id, _BU.c.version).where(_BU.c.phone_normalized == key[1])
        else:
            stmt = select(_BU.c.id, _BU.c.version).where(
                func.lower(_BU.c.name) == key[1], func.lower(_BU.c.city) == key[2]
            )
        existing = session.execute(stmt.order_by(_BU.c.archived, _BU.c.id).limit(1)).first()

        def write(data: BuyerInput = data, existing: Any = existing) -> bool | None:
            if existing is None:
                # The file's own key decided this is a new buyer: no duplicate question in an import.
                service.create(data, allow_duplicate=True)
                return None
            service.update(existing.id, existing.version, data, allow_duplicate=True)
            session.flush()
            return session.scalar(select(_BU.c.version).where(_BU.c.id == existing.id)) != existing.version

        outcome.save(number, session, write)


# --- production entries --------------------------------------------------------------------


def export_production(session: Session) -> Iterator[list[Any]]:
    stmt = (
        select(_PE.c.produced_on, _DV.c.code, _MK.c.name, _PE.c.good_qty, _PE.c.reject_qty, _PE.c.note)
        .join(_DV, _DV.c.id == _PE.c.design_id)
        .join(_MK, _MK.c.id == _PE.c.maker_id)
        .where(_PE.c.voided_at.is_(None))
        .order_by(_PE.c.produced_on, _PE.c.id)
        .execution_options(yield_per=5000)
    )
    for row in session.execute(stmt):
        yield list(row)


def import_production(db: JoinedDatabase, rows: list[Row], outcome: Outcome, progress: Progress) -> None:
    session = db.session
    makers = {name.lower(): id_ for id_, name in session.execute(select(_MK.c.id, _MK.c.name))}
    designs = {code.upper(): id_ for id_, code in session.execute(select(_DV.c.id, _DV.c.code))}
    wanted: list[tuple[int, tuple[Any, ...], ProductionInput]] = []
    for number, v in rows:
        maker_id = makers.get(clean(v["maker"]).lower())
        if maker_id is None:
            outcome.bad(number, "maker", "unknown_maker", value=v["maker"])
            continue
        design_id = designs.get(v["design"].strip().upper())
        key = (v["produced_on"], design_id, maker_id, v["good_qty"], v["reject_qty"] or 0)
        data = ProductionInput(
            produced_on=v["produced_on"],
            design=v["design"],
            maker_id=maker_id,
            good_qty=v["good_qty"],
            reject_qty=v["reject_qty"] or 0,
            note=v["note"],
        )
        wanted.append((number, key, data))
    # Entries already there, counted per key: only the surplus of the file is new.
    days = {key[0] for _, key, _ in wanted}
    existing: Counter[tuple[Any, ...]] = Counter()
    if days:
        stmt = select(
            _PE.c.produced_on, _PE.c.design_id, _PE.c.maker_id, _PE.c.good_qty, _PE.c.reject_qty
        ).where(_PE.c.voided_at.is_(None), _PE.c.produced_on.in_(sorted(days)))
        existing.update(tuple(row) for row in session.execute(stmt))
    new: list[tuple[int, ProductionInput]] = []
    for number, key, data in wanted:
        if existing[key] > 0:
            existing[key] -= 1
            outcome.unchanged += 1
        else:
            new.append((number, data))
    progress(len(rows) // 2)
    if not new:
        return
    try:
        outcome.created += ProductionService(db).bulk_create([data for _, data in new])
    except ValidationError as exc:
        for error in exc.errors:
            index = int(error.params.get("row", 1)) - 1
            params = {k: val for k, val in error.params.items() if k != "row"}
            outcome.bad(new[index][0], error.field, error.code, **params)
    progress(len(rows))


# --- stock counts --------------------------------------------------------------------------


def export_stock_counts(session: Session) -> Iterator[list[Any]]:
    for kind, table, unit in (("design", _DV, None), ("material", _MT, _MT.c.unit)):
        item = _SL.c.design_id if kind == "design" else _SL.c.material_id
        stmt = (
            select(
                _SC.c.counted_on,
                table.c.code,
                table.c.name,
                unit if unit is not None else table.c.code,
                type_coerce(_SL.c.expected, Integer),
                type_coerce(_SL.c.counted, Integer),
                _SC.c.status,
            )
            .join(_SC, _SC.c.id == _SL.c.stock_count_id)
            .join(table, table.c.id == item)
            .order_by(_SC.c.counted_on, _SC.c.id, table.c.code)
        )
        for day, code, name, unit_value, expected, counted, status in session.execute(stmt):
            yield [
                day,
                kind,
                code,
                name,
                DESIGN_UNIT if kind == "design" else MaterialUnit(unit_value).value,
                from_thousandths(expected),
                None if counted is None else from_thousandths(counted),
                StockCountStatus(status).value,
            ]


def import_stock_counts(db: JoinedDatabase, rows: list[Row], outcome: Outcome, progress: Progress) -> None:
    session = db.session
    items = {
        "design": {code.upper(): id_ for id_, code in session.execute(select(_DV.c.id, _DV.c.code))},
        "material": {code.upper(): id_ for id_, code in session.execute(select(_MT.c.id, _MT.c.code))},
    }
    counts = StockCountService(db)
    rows = [(n, v) for n, v in rows if v["counted"] is not None]
    rows = _once(
        rows,
        lambda v: (v["counted_on"], v["item_kind"].strip().lower(), v["code"].strip().upper()),
        outcome,
        "code",
    )
    by_day: dict[date, list[tuple[int, str, int, Decimal]]] = {}
    for number, v in rows:
        kind = v["item_kind"].strip().lower()
        if kind not in items:
            outcome.bad(number, "item_kind", "invalid_choice")
            continue
        item_id = items[kind].get(v["code"].strip().upper())
        if item_id is None:
            outcome.bad(number, "code", "unknown_item", value=v["code"])
            continue
        by_day.setdefault(v["counted_on"], []).append((number, kind, item_id, v["counted"]))
    done = 0
    for day, day_rows in sorted(by_day.items()):
        count = session.execute(
            select(_SC.c.id, _SC.c.status)
            .where(_SC.c.counted_on == day)
            .order_by((_SC.c.status == StockCountStatus.OPEN.value).desc(), _SC.c.id.desc())
        ).first()
        try:
            count_id = count.id if count is not None else counts.start(day)
        except SentraError as exc:
            for number, *_ in day_rows:
                outcome.refuse(number, exc)
            continue
        posted = count is not None and count.status == StockCountStatus.POSTED.value
        lines = {(line.item_kind.value, line.item_id): line for line in counts.lines(count_id)}
        for number, kind, item_id, counted in day_rows:
            done += 1
            progress(done)
            line = lines.get((kind, item_id))
            if line is None:
                outcome.bad(number, "code", "not_in_count")
                continue
            if line.counted is not None and line.counted == counted:
                outcome.unchanged += 1
            elif posted:
                outcome.bad(number, "counted", "count_posted", date=day.strftime("%d/%m/%Y"))
            else:
                try:
                    counts.set_counted(line.id, counted)
                except SentraError as exc:
                    outcome.refuse(number, exc)
                    continue
                if line.counted is None:
                    outcome.created += 1
                else:
                    outcome.updated += 1


EXPORTERS: dict[str, Callable[[Session], Iterator[list[Any]]]] = {
    "designs": export_designs,
    "materials": export_materials,
    "buyers": export_buyers,
    "production": export_production,
    "stock-counts": export_stock_counts,
}
IMPORTERS: dict[str, Callable[[JoinedDatabase, list[Row], Outcome, Progress], None]] = {
    "designs": import_designs,
    "materials": import_materials,
    "buyers": import_buyers,
    "production": import_production,
    "stock-counts": import_stock_counts,
}
