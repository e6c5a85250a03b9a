"""Bantuan: agencies, their programmes, and the aid items received, with the overlap warning.

Each is a declaration on the record base (:mod:`sentra_desktop.services.record_kind`). An aid
item is never deleted: it is held, or marked returned or written off with a reason (its
``active`` flag follows). Before an item is saved the program looks for items of the same kind
the same recipient already holds from another programme within the overlap window (a sentra
setting, 24 months by default), still in condition good or needing repair; for moulds only
those that cast one of the same designs. Any found are named at the overlap-reason field and
the item is saved only once a reason is typed, so the coordination meeting sees why.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import AidStatus, AssistanceKind, Condition
from sentra_desktop.core.errors import FieldError, SentraError
from sentra_desktop.core.formatting import format_date, format_rupiah
from sentra_desktop.core.messages import QT_TRANSLATE_NOOP
from sentra_desktop.core.text import SHORT_MAX
from sentra_desktop.db.models import Agency, Assistance, MemberBusiness, Mould, MouldDesign, Programme
from sentra_desktop.services.aid_sources import (
    AGENCIES as AGENCIES,
)
from sentra_desktop.services.aid_sources import (
    PROGRAMMES as PROGRAMMES,
)
from sentra_desktop.services.aid_sources import (
    AgencyDetail as AgencyDetail,
)
from sentra_desktop.services.aid_sources import (
    AgencyInput as AgencyInput,
)
from sentra_desktop.services.aid_sources import (
    AgencyRow as AgencyRow,
)
from sentra_desktop.services.aid_sources import (
    AgencyService as AgencyService,
)
from sentra_desktop.services.aid_sources import (
    ProgrammeDetail as ProgrammeDetail,
)
from sentra_desktop.services.aid_sources import (
    ProgrammeInput as ProgrammeInput,
)
from sentra_desktop.services.aid_sources import (
    ProgrammeRow as ProgrammeRow,
)
from sentra_desktop.services.aid_sources import (
    ProgrammeService as ProgrammeService,
)
from sentra_desktop.services.aid_sources import (
    parse_year as parse_year,
)
from sentra_desktop.services.aid_sources import (
    programme_choices as programme_choices,
)
from sentra_desktop.services.catalogue_setup import parse_cavities
from sentra_desktop.services.field_checks import optional_rupiah
from sentra_desktop.services.listing import Choice
from sentra_desktop.services.photos import prepare_photo
from sentra_desktop.services.record_kind import Field, FieldKind, ListColumn, RecordKind, Show
from sentra_desktop.services.records import RecordDetail, RecordRow, RecordService
from sentra_desktop.services.sentra_settings import SentraSettingService, whole_number

# Items of the same kind received this many months apart or closer overlap.
OVERLAP_WINDOW_MONTHS = whole_number("aid.overlap_window_months", 24, maximum=120)

PHYSICAL = (AssistanceKind.MOULD, AssistanceKind.MACHINE, AssistanceKind.TOOLS)
WORKING = (Condition.GOOD, Condition.NEEDS_REPAIR)
MAX_QUANTITY = 1_000_000


_SENTRA = QT_TRANSLATE_NOOP("Records", "(sentra)")


def months_before(day: date, months: int) -> date:
    """``day`` moved back ``months`` calendar months (31 March less one month is 28/29 February)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def months_after(day: date, months: int) -> date:
    """``day`` moved forward ``months`` calendar months."""
    return months_before(day, -months)


def _past_date(errors: list[FieldError], field: str, day: date | None) -> None:
    if day is not None and day > date.today():
        errors.append(FieldError(field, "future_date", {"value": format_date(day)}))


# --- aid items -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AidFacts:
    """What the aid list and the use list both say of an item (rows are built by keyword)."""

    received_on: date
    description: str
    kind: AssistanceKind
    agency: str
    programme: str
    recipient: str
    quantity: int
    value: int
    condition: Condition | None
    status: AidStatus


@dataclass(frozen=True)
class AssistanceRow(AidFacts, RecordRow):
    bast_number: str
    active: bool


@dataclass(frozen=True)
class AssistanceInput:
    """What the aid form (or an imported row) sends; value and quantity may be typed text."""

    programme_id: int | None
    received_on: date | None
    kind: AssistanceKind | str | None
    description: str
    member_business_id: int | None = None
    quantity: str | int = 1
    value: str | int = 0
    bast_number: str = ""
    serial: str = ""
    condition: Condition | str | None = None
    last_checked_on: date | None = None
    status: AidStatus | str = AidStatus.HELD
    status_reason: str = ""
    overlap_reason: str = ""
    notes: str = ""
    photo: bytes | None = None  # a picture as picked (resized when saved); None keeps the stored one
    remove_photo: bool = False


@dataclass(frozen=True)
class AssistanceDetail(RecordDetail):
    programme_id: int
    received_on: date
    kind: AssistanceKind
    description: str
    member_business_id: int | None
    quantity: int
    value: int
    bast_number: str
    serial: str
    condition: Condition | None
    last_checked_on: date | None
    status: AidStatus
    status_reason: str
    overlap_reason: str
    notes: str
    photo: bytes | None = None  # the stored (resized) picture


def parse_quantity(errors: list[FieldError], field: str, value: str | int) -> int:
    number = parse_cavities(errors, field, value) if value not in ("", None) else 1
    return min(number, MAX_QUANTITY)


def parse_value(errors: list[FieldError], field: str, value: str | int) -> int:
    """Whole Rupiah; empty is nothing (a training has no price)."""
    return optional_rupiah(errors, field, value) or 0


# Table aliases, not ORM aliased(): made at import, they must not configure every mapper (an ORM
# alias does), and made once, so the statements' cache keys hold.
_RECIPIENT = cast(Table, MemberBusiness.__table__).alias()

ASSISTANCE: RecordKind[AssistanceRow, AssistanceDetail] = RecordKind(
    model=Assistance,
    title=QT_TRANSLATE_NOOP("Records", "Aid item"),
    new_title=QT_TRANSLATE_NOOP("Records", "New aid item"),
    plural=QT_TRANSLATE_NOOP("Records", "Aid received"),
    fields=(
        Field(
            "programme_id",
            QT_TRANSLATE_NOOP("Records", "&Programme:"),
            FieldKind.REFERENCE,
            required=True,
            reference=Programme,
            hint=QT_TRANSLATE_NOOP("Records", "(choose)"),
        ),
        Field("received_on", QT_TRANSLATE_NOOP("Records", "&Received on:"), FieldKind.DATE, required=True),
        Field(
            "member_business_id",
            QT_TRANSLATE_NOOP("Records", "Reci&pient:"),
            FieldKind.REFERENCE,
            reference=MemberBusiness,
            hint=QT_TRANSLATE_NOOP("Records", "(the sentra)"),
        ),
        Field(
            "kind",
            QT_TRANSLATE_NOOP("Records", "&Kind:"),
            FieldKind.CHOICE,
            required=True,
            choices=AssistanceKind,
            default=AssistanceKind.MOULD,
        ),
        Field("description", QT_TRANSLATE_NOOP("Records", "&Description:"), required=True),
        Field(
            "quantity",
            QT_TRANSLATE_NOOP("Records", "&Quantity:"),
            FieldKind.NUMBER,
            parse=parse_quantity,
            default=1,
        ),
        Field(
            "value",
            QT_TRANSLATE_NOOP("Records", "&Value (Rp):"),
            FieldKind.NUMBER,
            parse=parse_value,
            default=0,
            tooltip=QT_TRANSLATE_NOOP("Records", "Whole Rupiah, as on the handover document"),
        ),
        Field("bast_number", QT_TRANSLATE_NOOP("Records", "&BAST number:"), max_len=SHORT_MAX),
        Field("serial", QT_TRANSLATE_NOOP("Records", "&Serial or label:"), max_len=SHORT_MAX),
        Field(
            "condition",
            QT_TRANSLATE_NOOP("Records", "Con&dition:"),
            FieldKind.CHOICE,
            choices=Condition,
            default=Condition.GOOD,
            hint=QT_TRANSLATE_NOOP("Records", "(not a physical item)"),
        ),
        Field(
            "last_checked_on",
            QT_TRANSLATE_NOOP("Records", "Last seen in &use:"),
            FieldKind.DATE,
            tooltip=QT_TRANSLATE_NOOP("Records", "The day the item was last checked and found in use"),
        ),
        Field(
            "status",
            QT_TRANSLATE_NOOP("Records", "S&tatus:"),
            FieldKind.CHOICE,
            required=True,
            choices=AidStatus,
            default=AidStatus.HELD,
        ),
        Field(
            "status_reason",
            QT_TRANSLATE_NOOP("Records", "Reason for the &mark:"),
            FieldKind.NOTE,
            tooltip=QT_TRANSLATE_NOOP("Records", "Why the item was returned or written off"),
        ),
        Field(
            "overlap_reason",
            QT_TRANSLATE_NOOP("Records", "Reason for the o&verlap:"),
            FieldKind.NOTE,
            tooltip=QT_TRANSLATE_NOOP(
                "Records", "Why the same kind of aid was received again (asked when it overlaps)"
            ),
        ),
        Field.notes(),
    ),
    input=AssistanceInput,
    row=AssistanceRow,
    detail=AssistanceDetail,
    values={
        "received_on": Assistance.received_on,
        "description": Assistance.description,
        "kind": Assistance.kind,
        "agency": func.coalesce(func.nullif(Agency.short_name, ""), Agency.name),
        "programme": Programme.name,
        "recipient": func.coalesce(_RECIPIENT.c.name, ""),
        "quantity": Assistance.quantity,
        "value": Assistance.value,
        "condition": Assistance.condition,
        "status": Assistance.status,
        "bast_number": Assistance.bast_number,
        "active": Assistance.active,
    },
    columns=(
        ListColumn("received_on", QT_TRANSLATE_NOOP("Records", "Received"), Show.DATE, 10),
        ListColumn("description", QT_TRANSLATE_NOOP("Records", "Description"), width=30),
        ListColumn("kind", QT_TRANSLATE_NOOP("Records", "Kind"), Show.CHOICE, 10),
        ListColumn("agency", QT_TRANSLATE_NOOP("Records", "Agency"), width=13),
        ListColumn("programme", QT_TRANSLATE_NOOP("Records", "Programme"), width=15),
        ListColumn("recipient", QT_TRANSLATE_NOOP("Records", "Recipient"), width=13, empty=_SENTRA),
        ListColumn("quantity", QT_TRANSLATE_NOOP("Records", "Qty"), Show.COUNT, 6),
        ListColumn("value", QT_TRANSLATE_NOOP("Records", "Value (Rp)"), Show.COUNT, 12),
        ListColumn("condition", QT_TRANSLATE_NOOP("Records", "Condition"), Show.CHOICE, 10),
        ListColumn("status", QT_TRANSLATE_NOOP("Records", "Status"), Show.CHOICE, 10),
    ),
    search=(Assistance.description, Assistance.bast_number, Assistance.serial, Programme.name, Agency.name),
    default_sort="received_on",
    joins=(
        (Programme, Assistance.programme_id == Programme.id),
        (Agency, Programme.agency_id == Agency.id),
        (_RECIPIENT, Assistance.member_business_id == _RECIPIENT.c.id),
    ),
    filters={
        "programme_id": Assistance.programme_id,
        "agency_id": Programme.agency_id,
        "kind": Assistance.kind,
        "member_business_id": Assistance.member_business_id,
    },
    deletable=False,
    label_key="description",
    stretch="description",
)


@dataclass(frozen=True)
class Overlap:
    """An item that the one being saved repeats: same kind, same recipient, inside the window."""

    id: int
    received_on: date
    description: str
    agency: str
    programme: str
    value: int


class MarkWithReasonError(SentraError):
    """Aid is never simply hidden: it is marked returned or written off, with a reason, in its form."""

    code = "aid_mark_with_reason"


class AssistanceService(
    RecordService[Assistance, AssistanceRow, AssistanceInput, AssistanceDetail], domain="assistance"
):
    """Use-cases of the aid list; every method is one transaction. Items are never deleted."""

    kind = ASSISTANCE

    def reference_choices(self, field_name: str, include_id: int | None = None) -> list[Choice]:
        if field_name != "programme_id":
            return super().reference_choices(field_name, include_id)
        with self.db.reading() as session:
            return programme_choices(session, include_id)

    def _set_active(self, record_id: int, active: bool) -> None:
        raise MarkWithReasonError()

    def _more(self, session: Session, row: Assistance) -> dict[str, Any]:
        return {"photo": row.photo}

    def _values(self, session: Session, data: AssistanceInput, current: Assistance | None) -> dict[str, Any]:
        """The fields, plus the photo: a picked one resized as design photos are, or removed."""
        values = super()._values(session, data, current)
        if data.remove_photo:
            values["photo"] = None
        elif data.photo is not None:
            values["photo"] = prepare_photo(data.photo).image
        return values

    def overlaps_for(self, data: AssistanceInput, record_id: int | None = None) -> list[Overlap]:
        """The items ``data`` would overlap (what the form shows before asking for a reason)."""
        with self.db.reading() as session:
            kind = AssistanceKind(data.kind) if data.kind else None
            if kind is None or data.received_on is None:
                return []
            return find_overlaps(
                session,
                kind=kind,
                recipient_id=data.member_business_id,
                received_on=data.received_on,
                programme_id=data.programme_id,
                exclude_id=record_id,
                window_months=self._window(),
            )

    def _window(self) -> int:
        return SentraSettingService(self.db).get(OVERLAP_WINDOW_MONTHS)

    def _check(
        self,
        session: Session,
        values: dict[str, Any],
        current: Assistance | None,
        errors: list[FieldError],
    ) -> None:
        """Past dates, a condition only for physical items, a reason for a mark and for an overlap."""
        _past_date(errors, "received_on", values["received_on"])
        _past_date(errors, "last_checked_on", values["last_checked_on"])
        kind = values["kind"]
        if kind in PHYSICAL:
            if values["condition"] is None:
                errors.append(FieldError("condition", "required"))
        else:
            values["condition"] = None
        status = values["status"]
        if status is not None and status != AidStatus.HELD and not values["status_reason"]:
            errors.append(FieldError("status_reason", "reason_required"))
        values["active"] = status == AidStatus.HELD
        if errors or kind is None or status != AidStatus.HELD or values["overlap_reason"]:
            return
        if values["condition"] is not None and values["condition"] not in WORKING:
            return
        found = find_overlaps(
            session,
            kind=kind,
            recipient_id=values["member_business_id"],
            received_on=values["received_on"],
            programme_id=values["programme_id"],
            exclude_id=None if current is None else current.id,
            window_months=SentraSettingService(self.db).get(OVERLAP_WINDOW_MONTHS),
        )
        if found:
            errors.append(FieldError("overlap_reason", "aid_overlap", {"items": describe(found)}))


def describe(found: Iterable[Overlap]) -> str:
    """The overlapping items in one line each: what, from whom, when, worth."""
    return "; ".join(
        f"{item.description} — {item.agency}, {item.programme}, {format_date(item.received_on)},"
        f" {format_rupiah(item.value)}"
        for item in found
    )


def find_overlaps(
    session: Session,
    *,
    kind: AssistanceKind,
    recipient_id: int | None,
    received_on: date,
    programme_id: int | None,
    exclude_id: int | None,
    window_months: int,
) -> list[Overlap]:
    """Held items of ``kind`` for the same recipient within the window, from another programme.

    Only items still in condition good or needing repair count (a lost or broken one does not).
    For moulds, when the item being saved already has moulds registered, only items whose moulds
    cast one of the same designs count; an item with no mould registered yet counts by kind.
    """
    stmt = (
        select(
            Assistance.id,
            Assistance.received_on,
            Assistance.description,
            func.coalesce(func.nullif(Agency.short_name, ""), Agency.name),
            Programme.name,
            Assistance.value,
        )
        .join(Programme, Programme.id == Assistance.programme_id)
        .join(Agency, Agency.id == Programme.agency_id)
        .where(
            Assistance.kind == kind,
            Assistance.member_business_id.is_not_distinct_from(recipient_id),
            Assistance.received_on.between(
                months_before(received_on, window_months), months_after(received_on, window_months)
            ),
            Assistance.status == AidStatus.HELD,
            Assistance.condition.is_(None) | Assistance.condition.in_(WORKING),
        )
        .order_by(Assistance.received_on, Assistance.id)
    )
    if programme_id is not None:
        stmt = stmt.where(Assistance.programme_id != programme_id)
    if exclude_id is not None:
        stmt = stmt.where(Assistance.id != exclude_id)
        if kind == AssistanceKind.MOULD:
            stmt = stmt.where(_shares_design(exclude_id))
    return [Overlap(*row) for row in session.execute(stmt)]


_MY_LINK = cast(Table, MouldDesign.__table__).alias()  # table aliases, as _RECIPIENT above
_MY_MOULD = cast(Table, Mould.__table__).alias()


def _shares_design(item_id: int) -> Any:
    """The item has no mould registered, or one of its moulds casts a design item ``item_id``'s do."""
    my_link, my_mould = _MY_LINK.c, _MY_MOULD.c
    mine = select(my_link.design_id).join(_MY_MOULD, my_mould.id == my_link.mould_id)
    mine = mine.where(my_mould.assistance_id == item_id)
    theirs = (
        select(MouldDesign.design_id)
        .join(Mould, Mould.id == MouldDesign.mould_id)
        .where(Mould.assistance_id == Assistance.id)
        .correlate(Assistance)
    )
    return ~theirs.exists() | ~mine.exists() | theirs.where(MouldDesign.design_id.in_(mine)).exists()
