"""Product types and moulds: the catalogue's fixed vocabulary, set up before any design.

Designs name a product type and may name a mould, so both are deactivated rather than deleted
once a design uses them. A mould's cavity count (pieces per casting) is a whole number of at
least one; it is typed as text in the form and parsed here, the Indonesian way. Each is a
declaration (:mod:`sentra_desktop.services.record_kind`) on the record base.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from sentra_desktop.core.errors import FieldError, ValidationError
from sentra_desktop.core.formatting import parse_int
from sentra_desktop.core.messages import QT_TRANSLATE_NOOP
from sentra_desktop.db.models import DesignVariant, Mould, ProductType
from sentra_desktop.services.record_kind import Field, FieldKind, ListColumn, RecordKind, Show
from sentra_desktop.services.records import RecordDetail, RecordRow, RecordService

MAX_CAVITIES = 1000


def _designs_using(column: Any, model: Any) -> Any:
    """How many designs name the record of ``model`` in ``column`` (a list value)."""
    return select(func.count(DesignVariant.id)).where(column == model.id).correlate(model).scalar_subquery()


_DESIGNS = QT_TRANSLATE_NOOP("Records", "Designs")

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
    cavities: int
    acquired_on: date | None
    active: bool
    designs: int


@dataclass(frozen=True)
class MouldInput:
    """What the mould form sends; ``cavities`` may be the typed text ("4") or an int."""

    code: str
    name: str
    product_type_id: int | None = None
    cavities: str | int = 1
    acquired_on: date | None = None
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class MouldDetail(RecordDetail):
    """One mould as the form shows it, with the version it was read at."""

    code: str
    name: str
    product_type_id: int | None
    cavities: int
    acquired_on: date | None
    active: bool
    notes: str


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
            "acquired_on",
            QT_TRANSLATE_NOOP("Records", "Ac&quired on:"),
            FieldKind.DATE,
            tooltip=QT_TRANSLATE_NOOP("Records", "Leave empty when not known"),
        ),
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
        "cavities": Mould.cavities,
        "acquired_on": Mould.acquired_on,
        "active": Mould.active,
        "designs": _designs_using(DesignVariant.mould_id, Mould),
    },
    columns=(
        ListColumn("code", QT_TRANSLATE_NOOP("Records", "Code"), width=12),
        ListColumn("name", QT_TRANSLATE_NOOP("Records", "Name"), width=26),
        ListColumn("product_type", QT_TRANSLATE_NOOP("Records", "Product type"), width=18),
        ListColumn("cavities", QT_TRANSLATE_NOOP("Records", "Cavities"), Show.COUNT, 8),
        ListColumn("acquired_on", QT_TRANSLATE_NOOP("Records", "Acquired on"), Show.DATE, 12),
        ListColumn("designs", _DESIGNS, Show.COUNT, 8),
        ListColumn.status(),
    ),
    search=(Mould.code, Mould.name, ProductType.name),
    default_sort="code",
    joins=((ProductType, Mould.product_type_id == ProductType.id),),
    filters={"product_type_id": Mould.product_type_id},
    referenced_by=(DesignVariant.mould_id,),
    label_key="code",
    stretch="name",
)


class MouldService(RecordService[Mould, MouldRow, MouldInput, MouldDetail]):
    """Use-cases of the mould (cetakan) list; every method is one transaction."""

    kind = MOULDS
