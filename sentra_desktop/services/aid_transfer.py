"""Aid items to and from a spreadsheet, because agencies keep their lists in one.

One row is one aid item, named by agency, programme (and its year), recipient and the rest of the
form. An import is all or nothing like the other kinds: an unknown agency or programme is a bad
row with its line, and nothing is written. A row is the same item as one already recorded when
it carries that item's record id (the export writes it), or else the same handover document
(BAST) number and description; such a row updates the item, or leaves it as it is, so importing
a file twice adds nothing. Each row is saved through :class:`AssistanceService`, so the overlap
check asks for the file's overlap reason like the form does. Importing this module adds the
kind to the transfer registry (the transfer package does not know it: no import cycle), after
agencies, programmes and moulds (:mod:`aid_records_transfer`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from sentra_desktop.core import names
from sentra_desktop.core.enums import AidStatus, AssistanceKind, Condition
from sentra_desktop.core.errors import FieldError, ValidationError
from sentra_desktop.db.models import Agency, Assistance, MemberBusiness, Programme
from sentra_desktop.services.aid import AssistanceInput, AssistanceService
from sentra_desktop.services.aid_records_transfer import choice  # agencies and programmes first
from sentra_desktop.services.transfer.columns import DATE, INT, KINDS, RUPIAH, Field, KindSpec
from sentra_desktop.services.transfer.joined import JoinedDatabase
from sentra_desktop.services.transfer.kinds import EXPORTERS, IMPORTERS, Outcome, Row

Progress = Callable[[int], None]

ASSISTANCE = KindSpec(
    "assistance",
    "Bantuan",
    (
        Field("id", "No. catatan", "Record id", INT),
        Field("agency", "Instansi", "Agency", required=True),
        Field("programme", "Program", "Programme", required=True),
        Field("year", "Tahun program", "Programme year", INT),
        Field("received_on", "Tanggal terima", "Received on", DATE, required=True),
        Field("recipient", "Penerima", "Recipient"),
        Field("kind", "Jenis", "Kind", required=True),
        Field("description", "Uraian", "Description", required=True),
        Field("quantity", "Jumlah", "Quantity", INT),
        Field("value", "Nilai", "Value", RUPIAH),
        Field("bast_number", "Nomor BAST", "BAST number"),
        Field("serial", "Nomor seri", "Serial"),
        Field("condition", "Kondisi", "Condition"),
        Field("last_checked_on", "Terakhir dipakai", "Last seen in use", DATE),
        Field("status", "Status", "Status"),
        Field("status_reason", "Alasan status", "Status reason"),
        Field("overlap_reason", "Alasan tumpang tindih", "Overlap reason"),
        Field("notes", "Catatan", "Notes"),
    ),
)


def export_assistance(session: Session) -> Iterator[list[Any]]:
    """Every aid item, oldest first, with stored values for kind, condition and status."""
    recipient = aliased(MemberBusiness)
    stmt = (
        select(
            Assistance.id,
            Agency.name,
            Programme.name,
            Programme.year,
            Assistance.received_on,
            func.coalesce(recipient.name, ""),
            Assistance.kind,
            Assistance.description,
            Assistance.quantity,
            Assistance.value,
            Assistance.bast_number,
            Assistance.serial,
            Assistance.condition,
            Assistance.last_checked_on,
            Assistance.status,
            Assistance.status_reason,
            Assistance.overlap_reason,
            Assistance.notes,
        )
        .join(Programme, Programme.id == Assistance.programme_id)
        .join(Agency, Agency.id == Programme.agency_id)
        .outerjoin(recipient, recipient.id == Assistance.member_business_id)
        .order_by(Assistance.received_on, Assistance.id)
    )
    for row in session.execute(stmt):
        values = list(row)
        for index in (6, 12, 14):
            values[index] = (
                "" if values[index] is None else str(getattr(values[index], "value", values[index]))
            )
        yield values


def import_assistance(db: JoinedDatabase, rows: list[Row], outcome: Outcome, progress: Progress) -> None:
    """Write each row through the aid service inside the import's one transaction."""
    session = db.session
    service = AssistanceService(db)
    agencies: dict[str, int] = {}
    for id_, name, short in session.execute(select(Agency.id, Agency.name, Agency.short_name)):
        agencies[name.lower()] = id_
        if short:
            agencies.setdefault(short.lower(), id_)
    programmes: dict[tuple[int, str], list[tuple[int, int]]] = {}
    for id_, agency_id, name, year in session.execute(
        select(Programme.id, Programme.agency_id, Programme.name, Programme.year)
    ):
        programmes.setdefault((agency_id, name.lower()), []).append((id_, year))
    members = {
        name.lower(): id_ for id_, name in session.execute(select(MemberBusiness.id, MemberBusiness.name))
    }
    for done, (number, v) in enumerate(rows, start=1):
        progress(done)
        errors: list[FieldError] = []
        data = _row_input(v, agencies, programmes, members, errors)
        if errors or data is None:
            outcome.refuse(number, ValidationError(errors))
            continue
        existing = _existing(session, v.get("id"), data)

        def write(data: AssistanceInput = data, existing: Assistance | None = existing) -> bool | None:
            if existing is None:
                service.create(data)
                return None
            if not _differs(service, existing, data):
                return False
            service.update(existing.id, existing.version, data)
            return True

        outcome.save(number, session, write)


def _row_input(
    v: dict[str, Any],
    agencies: dict[str, int],
    programmes: dict[tuple[int, str], list[tuple[int, int]]],
    members: dict[str, int],
    errors: list[FieldError],
) -> AssistanceInput | None:
    agency_id = agencies.get(str(v["agency"]).strip().lower())
    if agency_id is None:
        errors.append(FieldError("agency", "unknown_agency", {"value": v["agency"]}))
        return None
    found = programmes.get((agency_id, str(v["programme"]).strip().lower()), [])
    if v.get("year"):
        found = [p for p in found if p[1] == v["year"]]
    if len(found) != 1:
        errors.append(FieldError("programme", "unknown_programme", {"value": v["programme"]}))
    recipient = None
    if str(v.get("recipient") or "").strip():
        recipient = members.get(str(v["recipient"]).strip().lower())
        if recipient is None:
            errors.append(FieldError("recipient", "unknown_member", {"value": v["recipient"]}))
    kind = choice(AssistanceKind, names.ASSISTANCE_KIND, str(v["kind"]))
    if kind is None:
        errors.append(FieldError("kind", "invalid_choice"))
    condition = None
    if str(v.get("condition") or "").strip():
        condition = choice(Condition, names.CONDITION, str(v["condition"]))
        if condition is None:
            errors.append(FieldError("condition", "invalid_choice"))
    elif kind is not None and kind in (AssistanceKind.MOULD, AssistanceKind.MACHINE, AssistanceKind.TOOLS):
        condition = Condition.GOOD
    status = AidStatus.HELD
    if str(v.get("status") or "").strip():
        status = choice(AidStatus, names.AID_STATUS, str(v["status"]))
        if status is None:
            errors.append(FieldError("status", "invalid_choice"))
    if errors:
        return None
    return AssistanceInput(
        programme_id=found[0][0],
        received_on=v["received_on"],
        kind=kind,
        description=v["description"],
        member_business_id=recipient,
        quantity=v.get("quantity") or 1,
        value=v.get("value") or 0,
        bast_number=v.get("bast_number") or "",
        serial=v.get("serial") or "",
        condition=condition,
        last_checked_on=v.get("last_checked_on"),
        status=status,
        status_reason=v.get("status_reason") or "",
        overlap_reason=v.get("overlap_reason") or "",
        notes=v.get("notes") or "",
    )


def _existing(session: Session, record_id: int | None, data: AssistanceInput) -> Assistance | None:
    """The item a row names: by the record id the export wrote, else by BAST number and description."""
    if record_id:
        found = session.get(Assistance, record_id)
        if found is not None:
            return found
    bast = (data.bast_number or "").strip()
    if not bast:
        return None
    stmt = select(Assistance).where(
        func.lower(Assistance.bast_number) == bast.lower(),
        func.lower(Assistance.description) == data.description.strip().lower(),
    )
    return session.scalars(stmt.limit(1)).first()


def _differs(service: AssistanceService, row: Assistance, data: AssistanceInput) -> bool:
    """True when saving ``data`` would change the item, its fields compared as they would be stored.

    The overlap check is left out: an unchanged row of an item saved long ago is not asked again.
    """
    stored = service.get(row.id)
    errors: list[FieldError] = []
    session = service.db.session  # type: ignore[attr-defined]
    for spec in service.kind.fields:
        value = spec.check(session, errors, getattr(data, spec.name, spec.default))
        if spec.name == "condition" and stored.condition is None:
            value = None  # not a physical item: the service keeps no condition
        if errors or getattr(stored, spec.name) != value:
            return True
    return False


KINDS[ASSISTANCE.key] = ASSISTANCE
EXPORTERS[ASSISTANCE.key] = export_assistance
IMPORTERS[ASSISTANCE.key] = import_assistance
