"""Product types and moulds: the catalogue's fixed vocabulary, set up before any design.

Designs name a product type and may be cast by moulds, so both are deactivated rather than
deleted once a design uses them. A mould has a daily capacity (cavities times casts per day),
a condition, a holder and an origin (an aid item or the sentra's own purchase). Counts are
whole numbers of at least one, typed as text in the form and parsed here, the Indonesian way.
Each is a declaration (:mod:`sentra_desktop.services.record_kind`) on the record base.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import AssistanceKind, Condition, DesignStatus
from sentra_desktop.core.errors import FieldError, ValidationError
from sentra_desktop.core.formatting import format_date, parse_int
from sentra_desktop.core.messages import QT_TRANSLATE_NOOP
from sentra_desktop.core.text import SHORT_MAX
from sentra_desktop.db.models import (
    Assistance,
    DesignVariant,
    MemberBusiness,
    Mould,
    MouldDesign,
    ProductionEntry,
    ProductType,
)
from sentra_desktop.services.field_checks import optional_rupiah
from sentra_desktop.services.listing import Choice
from sentra_desktop.services.record_kind import Field, FieldKind, ListColumn, RecordKind, Show
from sentra_desktop.services.records import RecordDetail, RecordRow, RecordService

MAX_CAVITIES = 1000

# Every role that reads the mould list may see which designs a mould can be linked to.
ROLES: dict[str, tuple[str, ...]] = {
    "mould.design_choices": ("ketua", "operator", "bendahara", "mentor"),
}


def _designs_using(column: Any, model: Any) -> Any:
    """How many designs name the record of ``model`` in ``column`` (a list value)."""
    return select(func.count(DesignVariant.id)).where(column == model.id).correlate(model).scalar_subquery()


_DESIGNS = QT_TRANSLATE_NOOP("Records", "Designs")
_SENTRA = QT_TRANSLATE_NOOP("Records", "(sentra)")
_OWN = QT_TRANSLATE_NOOP("Records", "(own purchase)")

# --- product types -------------------------------------------------------------------------


@dataclass(frozen=True)
class ProductTypeRow(RecordRow):
    """One line of the product-type list, with how many designs and moulds use it."""

    name: str
    active: bool
    designs: int
    moulds: int
    notes: str


@dataclass(frozen=True)
class ProductTypeInput:
    """What the product-type form sends."""

    name: str
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class ProductTypeDetail(RecordDetail):
    """One product type as the form shows it, with the version it was read at."""

    name: str
    active: bool
    notes: str


PRODUCT_TYPES: RecordKind[ProductTypeRow, ProductTypeDetail] = RecordKind(
    model=ProductType,
    title=QT_TRANSLATE_NOOP("Records", "Product type"),
    new_title=QT_TRANSLATE_NOOP("Records", "New product type"),
    plural=QT_TRANSLATE_NOOP("Records", "Product types"),
    fields=(
        Field("name", QT_TRANSLATE_NOOP("Records", "&Name:"), required=True, unique=True),
        Field.status(QT_TRANSLATE_NOOP("Records", "Offered for new designs")),
        Field.notes(),
    ),
    input=ProductTypeInput,
    row=ProductTypeRow,
    detail=ProductTypeDetail,
    values={
        "name": ProductType.name,
        "active": ProductType.active,
        "designs": _designs_using(DesignVariant.product_type_id, ProductType),
        "moulds": select(func.count(Mould.id))
        .where(Mould.product_type_id == ProductType.id)
        .correlate(ProductType)
        .scalar_subquery(),
        "notes": ProductType.notes,
    },
    columns=(
        ListColumn("name", QT_TRANSLATE_NOOP("Records", "Name"), width=28),
        ListColumn("designs", _DESIGNS, Show.COUNT, 9),
        ListColumn("moulds", QT_TRANSLATE_NOOP("Records", "Moulds"), Show.COUNT, 9),
        ListColumn.status(),
        ListColumn("notes", QT_TRANSLATE_NOOP("Records", "Notes"), Show.FIRST_LINE, 30, sortable=False),
    ),
    search=(ProductType.name, ProductType.notes),
    referenced_by=(DesignVariant.product_type_id, Mould.product_type_id),
)


class ProductTypeService(RecordService[ProductType, ProductTypeRow, ProductTypeInput, ProductTypeDetail]):
    """Use-cases of the product-type list; every method is one transaction."""

    kind = PRODUCT_TYPES


# --- moulds --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MouldRow(RecordRow):
    """One line of the mould list; ``product_type`` is "" when the mould serves any type."""

    code: str
    name: str
    product_type: str
    designs: int
    cavities: int
    capacity: int  # pieces per working day: cavities times casts per day
    condition: Condition
    holder: str  # the member business holding it, "" for the sentra
    source: str  # the aid item it came from, "" for the sentra's own purchase
    acquired_on: date | None
    active: bool


@dataclass(frozen=True)
class MouldInput:
    """What the mould form sends; counts and the price may be typed text ("4", "1.500.000")."""

    code: str
    name: str
    product_type_id: int | None = None
    cavities: str | int = 1
    casts_per_day: str | int = 1
    material: str = ""
    condition: Condition | str = Condition.GOOD
    member_business_id: int | None = None
    assistance_id: int | None = None
    acquired_on: date | None = None
    purchase_price: str | int | None = None
    retired_on: date | None = None
    active: bool = True
    notes: str = ""
    design_ids: tuple[int, ...] | None = None  # the designs it casts; None keeps them as they are


@dataclass(frozen=True)
class MouldDetail(RecordDetail):
    """One mould as the form shows it, with the version it was read at."""

    code: str
    name: str
    product_type_id: int | None
    cavities: int
    casts_per_day: int
    material: str
    condition: Condition
    member_business_id: int | None
    assistance_id: int | None
    acquired_on: date | None
    purchase_price: int | None
    retired_on: date | None
    active: bool
    notes: str
    design_ids: tuple[int, ...] = ()


def parse_cavities(errors: list[FieldError], field: str, value: str | int) -> int:
    """A whole number of at least one; "abc" is not_a_number, "0" or "-2" not_positive."""
    if isinstance(value, bool):
        errors.append(FieldError(field, "not_a_number"))
        return 1
    if isinstance(value, int):
        number = value
    else:
        try:
            number = parse_int(str(value), field, allow_negative=True)
        except ValidationError as exc:
            code = exc.errors[0].code
            if code in ("too_many_decimals", "ambiguous_decimal"):
                errors.append(FieldError(field, "not_whole_number"))
            else:
                errors.extend(exc.errors)
            return 1
    if number < 1:
        errors.append(FieldError(field, "not_positive"))
    elif number > MAX_CAVITIES:
        errors.append(FieldError(field, "too_large", {"max": MAX_CAVITIES}))
    return number


_WORKING = (Condition.GOOD, Condition.NEEDS_REPAIR)
# Table aliases, not ORM aliased(): made at import, they must not configure every mapper.
_HOLDER = cast(Table, MemberBusiness.__table__).alias()
_SOURCE = cast(Table, Assistance.__table__).alias()

MOULDS: RecordKind[MouldRow, MouldDetail] = RecordKind(
    model=Mould,
    title=QT_TRANSLATE_NOOP("Records", "Mould"),
    new_title=QT_TRANSLATE_NOOP("Records", "New mould"),
    plural=QT_TRANSLATE_NOOP("Records", "Moulds"),
    fields=(
        Field("code", QT_TRANSLATE_NOOP("Records", "&Code:"), FieldKind.CODE, required=True, unique=True),
        Field("name", QT_TRANSLATE_NOOP("Records", "&Name:"), required=True),
        Field(
            "product_type_id",
            QT_TRANSLATE_NOOP("Records", "&Product type:"),
            FieldKind.REFERENCE,
            reference=ProductType,
            hint=QT_TRANSLATE_NOOP("Records", "(any product type)"),
        ),
        Field(
            "cavities",
            QT_TRANSLATE_NOOP("Records", "Ca&vities:"),
            FieldKind.NUMBER,
            parse=parse_cavities,
            default=1,
            tooltip=QT_TRANSLATE_NOOP("Records", "How many pieces one casting gives"),
        ),
        Field(
            "casts_per_day",
            QT_TRANSLATE_NOOP("Records", "Casts per &day:"),
            FieldKind.NUMBER,
            parse=parse_cavities,
            default=1,
            tooltip=QT_TRANSLATE_NOOP("Records", "How many castings one working day allows"),
        ),
        Field("material", QT_TRANSLATE_NOOP("Records", "&Material:"), max_len=SHORT_MAX),
        Field(
            "condition",
            QT_TRANSLATE_NOOP("Records", "Con&dition:"),
            FieldKind.CHOICE,
            required=True,
            choices=Condition,
            default=Condition.GOOD,
        ),
        Field(
            "member_business_id",
            QT_TRANSLATE_NOOP("Records", "&Held by:"),
            FieldKind.REFERENCE,
            reference=MemberBusiness,
            hint=QT_TRANSLATE_NOOP("Records", "(the sentra)"),
        ),
        Field(
            "assistance_id",
            QT_TRANSLATE_NOOP("Records", "From &aid:"),
            FieldKind.REFERENCE,
            reference=Assistance,
            hint=QT_TRANSLATE_NOOP("Records", "(own purchase)"),
        ),
        Field(
            "acquired_on",
            QT_TRANSLATE_NOOP("Records", "Ac&quired on:"),
            FieldKind.DATE,
            tooltip=QT_TRANSLATE_NOOP("Records", "Leave empty when not known"),
        ),
        Field(
            "purchase_price",
            QT_TRANSLATE_NOOP("Records", "P&urchase price (Rp):"),
            FieldKind.NUMBER,
            parse=optional_rupiah,
            tooltip=QT_TRANSLATE_NOOP("Records", "Only for the sentra's own purchase"),
        ),
        Field("retired_on", QT_TRANSLATE_NOOP("Records", "&Retired on:"), FieldKind.DATE),
        Field.status(QT_TRANSLATE_NOOP("Records", "In use (offered for new designs)")),
        Field.notes(),
    ),
    input=MouldInput,
    row=MouldRow,
    detail=MouldDetail,
    values={
        "code": Mould.code,
        "name": Mould.name,
        "product_type": func.coalesce(ProductType.name, ""),
        "designs": select(func.count(MouldDesign.design_id))
        .where(MouldDesign.mould_id == Mould.id)
        .correlate(Mould)
        .scalar_subquery(),
        "cavities": Mould.cavities,
        "capacity": Mould.cavities * Mould.casts_per_day,
        "condition": Mould.condition,
        "holder": func.coalesce(_HOLDER.c.name, ""),
        "source": func.coalesce(_SOURCE.c.description, ""),
        "acquired_on": Mould.acquired_on,
        "active": Mould.active,
    },
    columns=(
        ListColumn("code", QT_TRANSLATE_NOOP("Records", "Code"), width=10),
        ListColumn("name", QT_TRANSLATE_NOOP("Records", "Name"), width=24),
        ListColumn("product_type", QT_TRANSLATE_NOOP("Records", "Product type"), width=14),
        ListColumn("cavities", QT_TRANSLATE_NOOP("Records", "Cavities"), Show.COUNT, 7),
        ListColumn("capacity", QT_TRANSLATE_NOOP("Records", "Pieces/day"), Show.COUNT, 8),
        ListColumn("designs", _DESIGNS, Show.COUNT, 7),
        ListColumn("condition", QT_TRANSLATE_NOOP("Records", "Condition"), Show.CHOICE, 12),
        ListColumn("holder", QT_TRANSLATE_NOOP("Records", "Held by"), width=16, empty=_SENTRA),
        ListColumn("source", QT_TRANSLATE_NOOP("Records", "From aid"), width=18, empty=_OWN),
        ListColumn("acquired_on", QT_TRANSLATE_NOOP("Records", "Acquired on"), Show.DATE, 11),
        ListColumn.status(),
    ),
    search=(Mould.code, Mould.name, ProductType.name, Mould.material),
    default_sort="code",
    joins=(
        (ProductType, Mould.product_type_id == ProductType.id),
        (_HOLDER, Mould.member_business_id == _HOLDER.c.id),
        (_SOURCE, Mould.assistance_id == _SOURCE.c.id),
    ),
    filters={"product_type_id": Mould.product_type_id, "assistance_id": Mould.assistance_id},
    referenced_by=(MouldDesign.mould_id, ProductionEntry.mould_id),
    label_key="code",
    stretch="name",
)


class MouldService(RecordService[Mould, MouldRow, MouldInput, MouldDetail]):
    """Use-cases of the mould (cetakan) register; every method is one transaction.

    The designs a mould casts are linked here (the mould form) or from the design form; a link
    is a fact of both, not a record of either, so it carries no version of its own.
    """

    kind = MOULDS

    def _more(self, session: Session, row: Mould) -> dict[str, Any]:
        designs = select(MouldDesign.design_id).where(MouldDesign.mould_id == row.id)
        return {"design_ids": tuple(session.scalars(designs.order_by(MouldDesign.design_id)))}

    def design_choices(self, include: tuple[int, ...] = ()) -> list[Choice]:
        """Designs a mould may cast (all but retired ones, plus ``include``), "code — name" by code."""
        condition = DesignVariant.status != DesignStatus.RETIRED
        if include:
            condition = condition | DesignVariant.id.in_(include)
        stmt = select(DesignVariant.id, DesignVariant.code, DesignVariant.name).where(condition)
        with self.db.reading() as session:
            rows = session.execute(stmt.order_by(DesignVariant.code)).all()
        return [Choice(id_, f"{code} — {name}") for id_, code, name in rows]

    def _insert(self, session: Session, data: MouldInput) -> Mould:
        row = super()._insert(session, data)
        _link_designs(session, row.id, data.design_ids)
        return row

    def update(self, record_id: int, version: int, data: MouldInput) -> None:
        """Save changes to a mould read at ``version``, its designs included."""
        with self.db.transaction() as session:
            super().update(record_id, version, data)
            _link_designs(session, record_id, data.design_ids)

    def reference_choices(self, field_name: str, include_id: int | None = None) -> list[Choice]:
        """Aid items are named by what they are and when they came; the rest by name."""
        if field_name != "assistance_id":
            return super().reference_choices(field_name, include_id)
        stmt = select(Assistance.id, Assistance.description, Assistance.received_on).order_by(
            Assistance.received_on.desc(), Assistance.id
        )
        condition = Assistance.kind == AssistanceKind.MOULD
        if include_id is not None:
            condition = condition | (Assistance.id == include_id)
        with self.db.reading() as session:
            rows = session.execute(stmt.where(condition)).all()
        return [Choice(id_, f"{text} ({format_date(day)})") for id_, text, day in rows]

    def _check(
        self, session: Session, values: dict[str, Any], current: Mould | None, errors: list[FieldError]
    ) -> None:
        """A retired mould is out of use; a mould from aid was not bought."""
        if values.get("retired_on") is not None:
            values["active"] = False
        if values.get("assistance_id") is not None and values.get("purchase_price") is not None:
            errors.append(FieldError("purchase_price", "aid_not_bought"))
        if (day := values.get("acquired_on")) is not None and day > date.today():
            errors.append(FieldError("acquired_on", "future_date"))


def _link_designs(session: Session, mould_id: int, design_ids: tuple[int, ...] | None) -> None:
    """Make the mould cast exactly ``design_ids`` (None: leave its designs as they are)."""
    if design_ids is None:
        return
    wanted = set(design_ids)
    known = set(session.scalars(select(DesignVariant.id).where(DesignVariant.id.in_(wanted))))
    if known != wanted:
        raise ValidationError([FieldError("design_ids", "invalid_choice")])
    links = session.scalars(select(MouldDesign).where(MouldDesign.mould_id == mould_id)).all()
    current = {link.design_id for link in links}
    for link in links:
        if link.design_id not in wanted:
            session.delete(link)
    for design_id in sorted(wanted - current):
        session.add(MouldDesign(mould_id=mould_id, design_id=design_id))
    session.flush()


def working_condition(condition: str) -> bool:
    """True for a mould or item that still works (good, or needing repair)."""
    return condition in _WORKING
