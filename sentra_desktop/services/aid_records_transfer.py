"""Agencies, programmes and moulds to and from a spreadsheet, the records aid items name.

Agencies keep their lists in spreadsheets, and a sentra setting up the program types in its
moulds once: these kinds travel like the others (all or nothing, every bad row listed with its
line, nothing written). A row is the record already there when it carries that record's id (the
export writes it in "No. catatan"), or else the same natural key, so importing a file twice adds
nothing:

- agencies: the name, ignoring case;
- programmes: agency (by name or short name), programme name and year;
- moulds: the code, ignoring case. Designs are named by their codes ("BR-01, BR-02"), the holder
  by the member business's name, the aid item it came from by that item's record id (the aid
  export's "No. catatan"). An empty designs cell leaves an existing mould's designs as they are
  (a hand-typed list without that column unlinks nothing); unlink in the mould form.

Each row is saved through the kind's record service, so its checks and audit apply. Choices
(kind, condition) are read by stored value or display name in either language. Importing this
module adds the kinds to the transfer registry; :mod:`aid_transfer` imports it, so agencies and
programmes come before the aid items that name them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from sentra_desktop.core import names
from sentra_desktop.core.enums import AgencyKind, Condition, ProgrammeKind
from sentra_desktop.core.errors import FieldError, ValidationError
from sentra_desktop.core.text import clean
from sentra_desktop.db.models import (
    Agency,
    Assistance,
    DesignVariant,
    MemberBusiness,
    Mould,
    MouldDesign,
    ProductType,
    Programme,
)
from sentra_desktop.services.aid_sources import AgencyInput, AgencyService, ProgrammeInput, ProgrammeService
from sentra_desktop.services.catalogue_setup import MouldInput, MouldService
from sentra_desktop.services.records import RecordService
from sentra_desktop.services.transfer.columns import DATE, FLAG, INT, KINDS, RUPIAH, Field, KindSpec
from sentra_desktop.services.transfer.joined import JoinedDatabase
from sentra_desktop.services.transfer.kinds import EXPORTERS, IMPORTERS, Outcome, Row, _once

Progress = Callable[[int], None]

_ID = Field("id", "No. catatan", "Record id", INT)
_ACTIVE = Field("active", "Aktif", "Active", FLAG)
_NOTES = Field("notes", "Catatan", "Notes")

AGENCIES = KindSpec(
    "agencies",
    "Instansi",
    (
        _ID,
        Field("name", "Nama", "Name", required=True),
        Field("short_name", "Nama singkat", "Short name"),
        Field("kind", "Jenis", "Kind"),
        Field("contact", "Kontak", "Contact"),
        _ACTIVE,
        _NOTES,
    ),
)
PROGRAMMES = KindSpec(
    "programmes",
    "Program bantuan",
    (
        _ID,
        Field("agency", "Instansi", "Agency", required=True),
        Field("name", "Nama program", "Programme", required=True),
        Field("year", "Tahun", "Year", INT, required=True),
        Field("kind", "Jenis", "Kind"),
        _ACTIVE,
        _NOTES,
    ),
)
MOULDS = KindSpec(
    "moulds",
    "Cetakan",
    (
        _ID,
        Field("code", "Kode", "Code", required=True),
        Field("name", "Nama", "Name", required=True),
        Field("product_type", "Jenis produk", "Product type"),
        Field("designs", "Desain", "Designs"),
        Field("cavities", "Jumlah rongga", "Cavities", INT),
        Field("casts_per_day", "Cetak per hari", "Casts per day", INT),
        Field("material", "Bahan", "Material"),
        Field("condition", "Kondisi", "Condition"),
        Field("holder", "Dipegang oleh", "Held by"),
        Field("aid", "No. catatan bantuan", "Aid record id", INT),
        Field("aid_description", "Uraian bantuan", "Aid description", imported=False),
        Field("acquired_on", "Tanggal diperoleh", "Acquired on", DATE),
        Field("purchase_price", "Harga beli", "Purchase price", RUPIAH),
        Field("retired_on", "Tanggal pensiun", "Retired on", DATE),
        _ACTIVE,
        _NOTES,
    ),
)


def choice(enum: Any, table: Any, text: str) -> Any:
    """A stored value from its value or its display name in either language ("cetakan", "mould")."""
    wanted = text.strip().lower()
    for member in enum:
        if wanted in (member.value, names.name(table, member.value).lower()):
            return member
        if wanted == names.name(table, member.value, lambda _c, source, *_a, **_k: source).lower():
            return member
    return None


def _flag(value: bool) -> str:
    return "ya" if value else "tidak"


# --- exports -------------------------------------------------------------------------------


def export_agencies(session: Session) -> Iterator[list[Any]]:
    stmt = select(
        Agency.id, Agency.name, Agency.short_name, Agency.kind, Agency.contact, Agency.active, Agency.notes
    ).order_by(Agency.name, Agency.id)
    for id_, name, short, kind, contact, active, notes in session.execute(stmt):
        yield [id_, name, short, AgencyKind(kind).value, contact, _flag(active), notes]


def export_programmes(session: Session) -> Iterator[list[Any]]:
    stmt = (
        select(
            Programme.id,
            Agency.name,
            Programme.name,
            Programme.year,
            Programme.kind,
            Programme.active,
            Programme.notes,
        )
        .join(Agency, Agency.id == Programme.agency_id)
        .order_by(Agency.name, Programme.year, Programme.name, Programme.id)
    )
    for id_, agency, name, year, kind, active, notes in session.execute(stmt):
        yield [id_, agency, name, year, ProgrammeKind(kind).value, _flag(active), notes]


def export_moulds(session: Session) -> Iterator[list[Any]]:
    designs: dict[int, list[str]] = {}
    linked = (
        select(MouldDesign.mould_id, DesignVariant.code)
        .join(DesignVariant, DesignVariant.id == MouldDesign.design_id)
        .order_by(DesignVariant.code)
    )
    for mould_id, code in session.execute(linked):
        designs.setdefault(mould_id, []).append(code)
    holder, source = aliased(MemberBusiness), aliased(Assistance)
    stmt = (
        select(
            Mould.id,
            Mould.code,
            Mould.name,
            func.coalesce(ProductType.name, ""),
            Mould.cavities,
            Mould.casts_per_day,
            Mould.material,
            Mould.condition,
            func.coalesce(holder.name, ""),
            Mould.assistance_id,
            func.coalesce(source.description, ""),
            Mould.acquired_on,
            Mould.purchase_price,
            Mould.retired_on,
            Mould.active,
            Mould.notes,
        )
        .outerjoin(ProductType, ProductType.id == Mould.product_type_id)
        .outerjoin(holder, holder.id == Mould.member_business_id)
        .outerjoin(source, source.id == Mould.assistance_id)
        .order_by(Mould.code)
    )
    for row in session.execute(stmt):
        values = list(row)
        values[7] = Condition(values[7]).value
        values[14] = _flag(values[14])
        values.insert(4, ", ".join(designs.get(values[0], [])))
        yield values


# --- imports -------------------------------------------------------------------------------


def _write(
    service: RecordService[Any, Any, Any, Any],
    session: Session,
    existing: Any,
    data: Any,
    renamed: dict[str, str],
    same: Callable[[Any], bool] = lambda _row: True,
) -> Callable[[], bool | None]:
    """One row's write: a new record, or an update only when a stored value would change.

    The comparison runs the service's own checks (``_values``), so "disperin" against
    "Disperin" or "1.500.000" against 1500000 is no change. Errors on reference fields are
    named by the file's column (``renamed``: service field -> column key).
    """

    def write() -> bool | None:
        try:
            if existing is None:
                service.create(data)
                return None
            values = service._values(session, data, existing)
            if all(getattr(existing, k) == v for k, v in values.items()) and same(existing):
                return False
            service.update(existing.id, existing.version, data)
            return True
        except ValidationError as exc:
            raise ValidationError(
                [FieldError(renamed.get(e.field or "", e.field), e.code, e.params) for e in exc.errors]
            ) from None

    return write


def _refuse(
    outcome: Outcome,
    number: int,
    errors: list[FieldError],
    check: Callable[[], object],
    renamed: dict[str, str],
) -> None:
    """Refuse a row naming something unknown with every problem at once: the service's own
    checks of the rest of the row too (a zero cavity count beside an unknown design)."""
    try:
        check()
    except ValidationError as exc:
        named = {e.field for e in errors}
        for e in exc.errors:
            field = renamed.get(e.field or "", e.field)
            if field not in named:
                errors.append(FieldError(field, e.code, e.params))
    outcome.refuse(number, ValidationError(errors))


def _by_id(session: Session, model: Any, record_id: int | None) -> Any:
    return session.get(model, record_id) if record_id else None


def _agency_lookup(session: Session) -> dict[str, int]:
    found: dict[str, int] = {}
    for id_, name, short in session.execute(select(Agency.id, Agency.name, Agency.short_name)):
        found[name.lower()] = id_
        if short:
            found.setdefault(short.lower(), id_)
    return found


def import_agencies(db: JoinedDatabase, rows: list[Row], outcome: Outcome, progress: Progress) -> None:
    session = db.session
    rows = _once(rows, lambda v: clean(v["name"]).lower(), outcome, "name")
    service = AgencyService(db)
    for done, (number, v) in enumerate(rows, start=1):
        progress(done)
        kind = AgencyKind.OTHER
        if str(v["kind"]).strip():
            kind = choice(AgencyKind, names.AGENCY_KIND, v["kind"])
            if kind is None:
                outcome.bad(number, "kind", "invalid_choice")
                continue
        data = AgencyInput(
            name=v["name"],
            short_name=v["short_name"],
            kind=kind,
            contact=v["contact"],
            active=True if v["active"] is None else v["active"],
            notes=v["notes"],
        )
        existing = (
            _by_id(session, Agency, v["id"])
            or session.scalars(
                select(Agency).where(func.lower(Agency.name) == clean(data.name).lower()).limit(1)
            ).first()
        )
        outcome.save(number, session, _write(service, session, existing, data, {}))


def import_programmes(db: JoinedDatabase, rows: list[Row], outcome: Outcome, progress: Progress) -> None:
    session = db.session
    rows = _once(
        rows,
        lambda v: (clean(v["agency"]).lower(), clean(v["name"]).lower(), v["year"]),
        outcome,
        "name",
    )
    agencies = _agency_lookup(session)
    service = ProgrammeService(db)
    for done, (number, v) in enumerate(rows, start=1):
        progress(done)
        errors: list[FieldError] = []
        agency_id = agencies.get(clean(v["agency"]).lower())
        if agency_id is None:
            errors.append(FieldError("agency", "unknown_agency", {"value": v["agency"]}))
        kind = ProgrammeKind.EQUIPMENT_GRANT
        if str(v["kind"]).strip():
            kind = choice(ProgrammeKind, names.PROGRAMME_KIND, v["kind"])
            if kind is None:
                errors.append(FieldError("kind", "invalid_choice"))
        data = ProgrammeInput(
            name=v["name"],
            agency_id=agency_id,
            year=v["year"],
            kind=kind or ProgrammeKind.EQUIPMENT_GRANT,
            active=True if v["active"] is None else v["active"],
            notes=v["notes"],
        )
        if errors:
            check = partial(service._values, session, data, None)
            _refuse(outcome, number, errors, check, {"agency_id": "agency"})
            continue
        existing = (
            _by_id(session, Programme, v["id"])
            or session.scalars(
                select(Programme)
                .where(
                    Programme.agency_id == agency_id,
                    func.lower(Programme.name) == clean(data.name).lower(),
                    Programme.year == v["year"],
                )
                .limit(1)
            ).first()
        )
        outcome.save(number, session, _write(service, session, existing, data, {"agency_id": "agency"}))


_MOULD_COLUMNS = {
    "product_type_id": "product_type",
    "member_business_id": "holder",
    "assistance_id": "aid",
    "design_ids": "designs",
}


def import_moulds(db: JoinedDatabase, rows: list[Row], outcome: Outcome, progress: Progress) -> None:
    session = db.session
    rows = _once(rows, lambda v: str(v["code"]).strip().upper(), outcome, "code")
    types = {name.lower(): id_ for id_, name in session.execute(select(ProductType.id, ProductType.name))}
    designs = {
        code.upper(): id_ for id_, code in session.execute(select(DesignVariant.id, DesignVariant.code))
    }
    members = {
        name.lower(): id_ for id_, name in session.execute(select(MemberBusiness.id, MemberBusiness.name))
    }
    service = MouldService(db)
    for done, (number, v) in enumerate(rows, start=1):
        progress(done)
        errors: list[FieldError] = []
        data = _mould_input(session, v, types, designs, members, errors)
        if errors:
            _refuse(outcome, number, errors, partial(service._values, session, data, None), _MOULD_COLUMNS)
            continue
        existing = (
            _by_id(session, Mould, v["id"])
            or session.scalars(
                select(Mould).where(func.upper(Mould.code) == data.code.strip().upper()).limit(1)
            ).first()
        )
        if existing is not None and data.design_ids == ():
            data = replace(data, design_ids=None)

        def same(row: Mould, wanted: tuple[int, ...] | None = data.design_ids) -> bool:
            linked = session.scalars(select(MouldDesign.design_id).where(MouldDesign.mould_id == row.id))
            return wanted is None or set(linked) == set(wanted)

        outcome.save(number, session, _write(service, session, existing, data, _MOULD_COLUMNS, same))


def _mould_input(
    session: Session,
    v: dict[str, Any],
    types: dict[str, int],
    designs: dict[str, int],
    members: dict[str, int],
    errors: list[FieldError],
) -> MouldInput:
    """The form input a row stands for; what it names but is unknown goes to ``errors`` (left empty)."""
    type_id = None
    if clean(v["product_type"]):
        type_id = types.get(clean(v["product_type"]).lower())
        if type_id is None:
            errors.append(FieldError("product_type", "unknown_product_type", {"value": v["product_type"]}))
    design_ids: list[int] = []
    for code in filter(None, (part.strip().upper() for part in str(v["designs"]).split(","))):
        if (design_id := designs.get(code)) is None:
            errors.append(FieldError("designs", "unknown_design", {"value": code}))
        else:
            design_ids.append(design_id)
    holder = None
    if clean(v["holder"]):
        holder = members.get(clean(v["holder"]).lower())
        if holder is None:
            errors.append(FieldError("holder", "unknown_member", {"value": v["holder"]}))
    aid = v["aid"]
    if aid is not None and session.get(Assistance, aid) is None:
        errors.append(FieldError("aid", "unknown_aid", {"value": aid}))
        aid = None
    condition = Condition.GOOD
    if str(v["condition"]).strip():
        condition = choice(Condition, names.CONDITION, v["condition"])
        if condition is None:
            errors.append(FieldError("condition", "invalid_choice"))
            condition = Condition.GOOD
    return MouldInput(
        code=v["code"],
        name=v["name"],
        product_type_id=type_id,
        cavities=1 if v["cavities"] is None else v["cavities"],
        casts_per_day=1 if v["casts_per_day"] is None else v["casts_per_day"],
        material=v["material"],
        condition=condition,
        member_business_id=holder,
        assistance_id=aid,
        acquired_on=v["acquired_on"],
        purchase_price=v["purchase_price"],
        retired_on=v["retired_on"],
        active=True if v["active"] is None else v["active"],
        notes=v["notes"],
        design_ids=tuple(sorted(set(design_ids))),
    )


for _spec, _export, _import in (
    (AGENCIES, export_agencies, import_agencies),
    (PROGRAMMES, export_programmes, import_programmes),
    (MOULDS, export_moulds, import_moulds),
):
    KINDS[_spec.key] = _spec
    EXPORTERS[_spec.key] = _export
    IMPORTERS[_spec.key] = _import
