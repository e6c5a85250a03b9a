"""Member businesses (IKM) and their makers: who produces, and for which business.

Both are set up once and then named on production entries, stock movements and orders, so a
record that is referenced is only ever deactivated; deleting is for mistakes nobody used yet.
Each is a declaration (:mod:`sentra_desktop.services.record_kind`) on the record base.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.errors import FieldError
from sentra_desktop.core.messages import QT_TRANSLATE_NOOP
from sentra_desktop.core.short_code import unique_code
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
    code: str
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
    code: str = ""  # empty: made from the name


@dataclass(frozen=True)
class MemberDetail(RecordDetail):
    """One member business as the form shows it, with the version it was read at."""

    name: str
    code: str
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
        Field(
            "code",
            QT_TRANSLATE_NOOP("Records", "Short &code:"),
            FieldKind.CODE,
            unique=True,
            hint=QT_TRANSLATE_NOOP("Records", "empty: made from the name"),
            tooltip=QT_TRANSLATE_NOOP(
                "Records", "What the command line names it by, e.g. --member KARYA-KARET"
            ),
        ),
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
        "code": MemberBusiness.code,
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
        ListColumn("code", QT_TRANSLATE_NOOP("Records", "Code"), width=12),
        ListColumn("owner", QT_TRANSLATE_NOOP("Records", "Owner"), width=22),
        _PHONE_COLUMN,
        ListColumn("makers", QT_TRANSLATE_NOOP("Records", "Makers"), Show.COUNT, 8),
        ListColumn.status(),
        ListColumn("address", QT_TRANSLATE_NOOP("Records", "Address"), Show.FIRST_LINE, 30),
    ),
    search=(MemberBusiness.name, MemberBusiness.code, MemberBusiness.owner, MemberBusiness.address),
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

    def _check(
        self,
        session: Session,
        values: dict[str, Any],
        current: MemberBusiness | None,
        errors: list[FieldError],
    ) -> None:
        """An empty code is made from the name, unique among the other businesses."""
        if values.get("code") or not values.get("name"):
            return
        others = select(MemberBusiness.code)
        if current is not None:
            others = others.where(MemberBusiness.id != current.id)
        values["code"] = unique_code(values["name"], {c.upper() for c in session.scalars(others)})


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
