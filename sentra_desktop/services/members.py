"""Member businesses (IKM) and their makers: who produces, and for which business.

Both are set up once and then named on production entries, stock movements and orders, so a
record that is referenced is only ever deactivated; deleting is for mistakes nobody used yet.
Each is a declaration (:mod:`sentra_desktop.services.record_kind`) on the record base.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from sentra_desktop.core.messages import QT_TRANSLATE_NOOP
from sentra_desktop.core.text import ADDRESS_MAX
from sentra_desktop.db.models import (
    Assistance,
    Maker,
    MaterialReceipt,
    MemberBusiness,
    Order,
    ProductionEntry,
    StockMovement,
)
from sentra_desktop.services.record_kind import Field, FieldKind, ListColumn, RecordKind, Show
from sentra_desktop.services.records import RecordDetail, RecordRow, RecordService

_NAME = Field("name", QT_TRANSLATE_NOOP("Records", "&Name:"), required=True, unique=True)
_PHONE = Field("phone", QT_TRANSLATE_NOOP("Records", "&Phone / WhatsApp:"), FieldKind.PHONE)
_NAME_COLUMN = ListColumn("name", QT_TRANSLATE_NOOP("Records", "Name"), width=28)
_PHONE_COLUMN = ListColumn("phone", QT_TRANSLATE_NOOP("Records", "Phone / WhatsApp"), width=16)

# --- member businesses ---------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRow(RecordRow):
    """One line of the member-business list."""

    name: str
    owner: str
    phone: str
    address: str
    active: bool
    makers: int


@dataclass(frozen=True)
class MemberInput:
    """What the member-business form sends."""

    name: str
    owner: str = ""
    address: str = ""
    phone: str = ""
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class MemberDetail(RecordDetail):
    """One member business as the form shows it, with the version it was read at."""

    name: str
    owner: str
    address: str
    phone: str
    active: bool
    notes: str


MEMBERS: RecordKind[MemberRow, MemberDetail] = RecordKind(
    model=MemberBusiness,
    title=QT_TRANSLATE_NOOP("Records", "Member business"),
    new_title=QT_TRANSLATE_NOOP("Records", "New member business"),
    plural=QT_TRANSLATE_NOOP("Records", "Member businesses (IKM)"),
    fields=(
        _NAME,
        Field("owner", QT_TRANSLATE_NOOP("Records", "&Owner:")),
        Field("address", QT_TRANSLATE_NOOP("Records", "&Address:"), max_len=ADDRESS_MAX),
        _PHONE,
        Field.status(QT_TRANSLATE_NOOP("Records", "Still a member (shown in new entries)")),
        Field.notes(),
    ),
    input=MemberInput,
    row=MemberRow,
    detail=MemberDetail,
    values={
        "name": MemberBusiness.name,
        "owner": MemberBusiness.owner,
        "phone": MemberBusiness.phone,
        "address": MemberBusiness.address,
        "active": MemberBusiness.active,
        "makers": select(func.count(Maker.id))
        .where(Maker.member_business_id == MemberBusiness.id)
        .correlate(MemberBusiness)
        .scalar_subquery(),
    },
    columns=(
        _NAME_COLUMN,
        ListColumn("owner", QT_TRANSLATE_NOOP("Records", "Owner"), width=22),
        _PHONE_COLUMN,
        ListColumn("makers", QT_TRANSLATE_NOOP("Records", "Makers"), Show.COUNT, 8),
        ListColumn.status(),
        ListColumn("address", QT_TRANSLATE_NOOP("Records", "Address"), Show.FIRST_LINE, 30),
    ),
    search=(MemberBusiness.name, MemberBusiness.owner, MemberBusiness.address),
    referenced_by=(
        Maker.member_business_id,
        ProductionEntry.member_business_id,
        StockMovement.member_business_id,
        MaterialReceipt.member_business_id,
        Order.member_business_id,
        Assistance.member_business_id,
    ),
)


class MemberService(RecordService[MemberBusiness, MemberRow, MemberInput, MemberDetail]):
    """Use-cases of the member-business list; every method is one transaction."""

    kind = MEMBERS


# --- makers --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MakerRow(RecordRow):
    """One line of the maker list; ``member_business`` is "" for a maker of the whole sentra."""

    name: str
    member_business: str
    phone: str
    active: bool


@dataclass(frozen=True)
class MakerInput:
    """What the maker form sends; no member business means the maker works for the sentra."""

    name: str
    member_business_id: int | None = None
    phone: str = ""
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class MakerDetail(RecordDetail):
    """One maker as the form shows it, with the version it was read at."""

    name: str
    member_business_id: int | None
    phone: str
    active: bool
    notes: str


MAKERS: RecordKind[MakerRow, MakerDetail] = RecordKind(
    model=Maker,
    title=QT_TRANSLATE_NOOP("Records", "Maker"),
    new_title=QT_TRANSLATE_NOOP("Records", "New maker"),
    plural=QT_TRANSLATE_NOOP("Records", "Makers"),
    fields=(
        _NAME,
        Field(
            "member_business_id",
            QT_TRANSLATE_NOOP("Records", "&Member business:"),
            FieldKind.REFERENCE,
            reference=MemberBusiness,
            hint=QT_TRANSLATE_NOOP("Records", "(none: works for the sentra)"),
        ),
        _PHONE,
        Field.status(QT_TRANSLATE_NOOP("Records", "Still producing (shown in new entries)")),
        Field.notes(),
    ),
    input=MakerInput,
    row=MakerRow,
    detail=MakerDetail,
    values={
        "name": Maker.name,
        "member_business": func.coalesce(MemberBusiness.name, ""),
        "phone": Maker.phone,
        "active": Maker.active,
    },
    columns=(
        _NAME_COLUMN,
        ListColumn(
            "member_business",
            QT_TRANSLATE_NOOP("Records", "Member business"),
            width=28,
            empty=QT_TRANSLATE_NOOP("Records", "(sentra)"),
        ),
        ListColumn("phone", _PHONE_COLUMN.title, width=18),
        ListColumn.status(),
    ),
    search=(Maker.name, Maker.phone, MemberBusiness.name),
    joins=((MemberBusiness, Maker.member_business_id == MemberBusiness.id),),
    filters={"member_business_id": Maker.member_business_id},
    referenced_by=(ProductionEntry.maker_id,),
    stretch="member_business",
)


class MakerService(RecordService[Maker, MakerRow, MakerInput, MakerDetail]):
    """Use-cases of the maker (pengrajin) list; every method is one transaction."""

    kind = MAKERS
