"""Member businesses (IKM) and their makers: who produces, and for which business.

Both are set up once and then named on production entries, stock movements and orders, so a
record that is referenced is only ever deactivated; deleting is for mistakes nobody used yet.
Each is a declaration (:mod:`sentra_desktop.services.record_kind`) on the record base.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.errors import FieldError, ValidationError
from sentra_desktop.core.messages import QT_TRANSLATE_NOOP
from sentra_desktop.core.short_code import unique_code
from sentra_desktop.core.text import ADDRESS_MAX
from sentra_desktop.db.models import (
    Assistance,
    DesignVariant,
    Maker,
    MakerMembership,
    MaterialReceipt,
    MemberBusiness,
    Order,
    ProductionEntry,
    StockMovement,
)
from sentra_desktop.services import memberships
from sentra_desktop.services.field_checks import past_day
from sentra_desktop.services.record_kind import Field, FieldKind, ListColumn, RecordKind, Show
from sentra_desktop.services.records import RecordDetail, RecordRow, RecordService, load_for_update

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
        MakerMembership.member_business_id,
        DesignVariant.member_business_id,
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
    """What the maker form sends; no member business means the maker works for the sentra.

    ``member_since`` is the day the maker joined ``member_business_id`` (None: today for a new
    maker or a move, unchanged otherwise).
    """

    name: str
    member_business_id: int | None = None
    member_since: date | None = None
    phone: str = ""
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class MakerDetail(RecordDetail):
    """One maker as the form shows it, with the version it was read at."""

    name: str
    member_business_id: int | None
    member_since: date | None
    phone: str
    active: bool
    notes: str


_SINCE = "member_since"

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
        Field(
            _SINCE,
            QT_TRANSLATE_NOOP("Records", "Member &since:"),
            FieldKind.DATE,
            tooltip=QT_TRANSLATE_NOOP(
                "Records",
                "The day the maker joined this member business. To record a move, choose the new member"
                " business and the day of the move: output before that day stays with the old member.",
            ),
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
    """Use-cases of the maker (pengrajin) list; every method is one transaction.

    The member business has a history (:mod:`~sentra_desktop.services.memberships`): the form's
    member and "member since" day add a move or correct the latest one, and the maker's entries
    from that day on are booked to the member of their day again.
    """

    kind = MAKERS

    def history(self, record_id: int) -> list[memberships.Membership]:
        """The maker's member businesses over time, oldest first."""
        with self.db.reading() as session:
            return memberships.history(session, record_id)

    def _insert(self, session: Session, data: MakerInput) -> Maker:
        values, since = self._split(session, data, None)
        row = Maker(**values)
        session.add(row)
        session.flush()
        memberships.start(session, row.id, row.member_business_id, since or date.today())
        return row

    def update(self, record_id: int, version: int, data: MakerInput) -> None:
        """Save changes to a maker read at ``version``, its member business's history with them."""
        with self.db.transaction() as session:
            row = load_for_update(session, Maker, record_id, version)
            values, since = self._split(session, data, row)
            errors: list[FieldError] = []
            rebook_from = memberships.record(session, row, values["member_business_id"], since, errors)
            if errors:
                raise ValidationError(errors)
            for key, value in values.items():
                setattr(row, key, value)
            if rebook_from is not None:
                memberships.rebook(session, row.id, rebook_from)

    def delete(self, record_id: int) -> None:
        """Delete a maker nothing refers to, with its membership history (refused as for every record)."""
        with self.db.transaction() as session:
            if not self._has_history(session, record_id):
                rows = select(MakerMembership).where(MakerMembership.maker_id == record_id)
                for row in session.scalars(rows):
                    session.delete(row)
                session.flush()
            super().delete(record_id)

    def _split(
        self, session: Session, data: MakerInput, row: Maker | None
    ) -> tuple[dict[str, Any], date | None]:
        """The checked column values, and the checked "member since" day (not a column)."""
        errors: list[FieldError] = []
        since = None if data.member_since is None else past_day(errors, _SINCE, data.member_since)
        try:
            values = self._values(session, data, row)
        except ValidationError as exc:
            raise ValidationError([*exc.errors, *errors]) from None
        if errors:
            raise ValidationError(errors)
        values.pop(_SINCE, None)
        return values, since
