"""Agencies and their programmes: who gives the sentra aid, and under which programme.

Each is a declaration on the record base; the aid items themselves are in :mod:`aid`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import AgencyKind, ProgrammeKind
from sentra_desktop.core.errors import FieldError
from sentra_desktop.core.messages import QT_TRANSLATE_NOOP
from sentra_desktop.db.models import Agency, Assistance, Programme
from sentra_desktop.services.catalogue_setup import parse_cavities
from sentra_desktop.services.listing import Choice
from sentra_desktop.services.record_kind import Field, FieldKind, ListColumn, RecordKind, Show
from sentra_desktop.services.records import RecordDetail, RecordRow, RecordService

# --- agencies ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgencyRow(RecordRow):
    name: str
    short_name: str
    kind: AgencyKind
    contact: str
    programmes: int
    value: int
    active: bool


@dataclass(frozen=True)
class AgencyInput:
    name: str
    short_name: str = ""
    kind: AgencyKind | str = AgencyKind.OTHER
    contact: str = ""
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class AgencyDetail(RecordDetail):
    name: str
    short_name: str
    kind: AgencyKind
    contact: str
    active: bool
    notes: str


AGENCIES: RecordKind[AgencyRow, AgencyDetail] = RecordKind(
    model=Agency,
    title=QT_TRANSLATE_NOOP("Records", "Agency"),
    new_title=QT_TRANSLATE_NOOP("Records", "New agency"),
    plural=QT_TRANSLATE_NOOP("Records", "Agencies"),
    fields=(
        Field("name", QT_TRANSLATE_NOOP("Records", "&Name:"), required=True, unique=True),
        Field("short_name", QT_TRANSLATE_NOOP("Records", "S&hort name:"), max_len=30),
        Field(
            "kind",
            QT_TRANSLATE_NOOP("Records", "&Kind:"),
            FieldKind.CHOICE,
            required=True,
            choices=AgencyKind,
            default=AgencyKind.REGIONAL_GOVERNMENT,
        ),
        Field("contact", QT_TRANSLATE_NOOP("Records", "C&ontact:")),
        Field.status(QT_TRANSLATE_NOOP("Records", "Offered for new programmes")),
        Field.notes(),
    ),
    input=AgencyInput,
    row=AgencyRow,
    detail=AgencyDetail,
    values={
        "name": Agency.name,
        "short_name": Agency.short_name,
        "kind": Agency.kind,
        "contact": Agency.contact,
        "programmes": select(func.count(Programme.id))
        .where(Programme.agency_id == Agency.id)
        .correlate(Agency)
        .scalar_subquery(),
        "value": select(func.coalesce(func.sum(Assistance.value), 0))
        .join(Programme, Programme.id == Assistance.programme_id)
        .where(Programme.agency_id == Agency.id)
        .correlate(Agency)
        .scalar_subquery(),
        "active": Agency.active,
    },
    columns=(
        ListColumn("name", QT_TRANSLATE_NOOP("Records", "Name"), width=30),
        ListColumn("short_name", QT_TRANSLATE_NOOP("Records", "Short name"), width=14),
        ListColumn("kind", QT_TRANSLATE_NOOP("Records", "Kind"), Show.CHOICE, 16),
        ListColumn("programmes", QT_TRANSLATE_NOOP("Records", "Programmes"), Show.COUNT, 9),
        ListColumn("value", QT_TRANSLATE_NOOP("Records", "Value (Rp)"), Show.COUNT, 14),
        ListColumn("contact", QT_TRANSLATE_NOOP("Records", "Contact"), width=20),
        ListColumn.status(),
    ),
    search=(Agency.name, Agency.short_name, Agency.contact),
    referenced_by=(Programme.agency_id,),
    stretch="name",
)


class AgencyService(RecordService[Agency, AgencyRow, AgencyInput, AgencyDetail], domain="agency"):
    """Use-cases of the agency list; every method is one transaction."""

    kind = AGENCIES


# --- programmes ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgrammeRow(RecordRow):
    name: str
    agency: str
    year: int
    kind: ProgrammeKind
    items: int
    value: int
    active: bool


@dataclass(frozen=True)
class ProgrammeInput:
    name: str
    agency_id: int | None = None
    year: str | int = ""
    kind: ProgrammeKind | str = ProgrammeKind.EQUIPMENT_GRANT
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class ProgrammeDetail(RecordDetail):
    name: str
    agency_id: int
    year: int
    kind: ProgrammeKind
    active: bool
    notes: str


def parse_year(errors: list[FieldError], field: str, value: str | int) -> int:
    """A year from 1900 up to next year ("2025")."""
    if value is None or value == "":
        errors.append(FieldError(field, "required"))
        return 0
    found: list[FieldError] = []
    year = parse_cavities(found, field, value)
    if any(e.code != "too_large" for e in found) or not 1900 <= year <= date.today().year + 1:
        errors.append(FieldError(field, "invalid_year"))
    return year


PROGRAMMES: RecordKind[ProgrammeRow, ProgrammeDetail] = RecordKind(
    model=Programme,
    title=QT_TRANSLATE_NOOP("Records", "Programme"),
    new_title=QT_TRANSLATE_NOOP("Records", "New programme"),
    plural=QT_TRANSLATE_NOOP("Records", "Programmes"),
    fields=(
        Field("name", QT_TRANSLATE_NOOP("Records", "&Name:"), required=True),
        Field(
            "agency_id",
            QT_TRANSLATE_NOOP("Records", "&Agency:"),
            FieldKind.REFERENCE,
            required=True,
            reference=Agency,
            hint=QT_TRANSLATE_NOOP("Records", "(choose)"),
        ),
        Field("year", QT_TRANSLATE_NOOP("Records", "&Year:"), FieldKind.NUMBER, parse=parse_year),
        Field(
            "kind",
            QT_TRANSLATE_NOOP("Records", "&Kind:"),
            FieldKind.CHOICE,
            required=True,
            choices=ProgrammeKind,
            default=ProgrammeKind.EQUIPMENT_GRANT,
        ),
        Field.status(QT_TRANSLATE_NOOP("Records", "Offered for new aid items")),
        Field.notes(),
    ),
    input=ProgrammeInput,
    row=ProgrammeRow,
    detail=ProgrammeDetail,
    values={
        "name": Programme.name,
        "agency": Agency.name,
        "year": Programme.year,
        "kind": Programme.kind,
        "items": select(func.count(Assistance.id))
        .where(Assistance.programme_id == Programme.id)
        .correlate(Programme)
        .scalar_subquery(),
        "value": select(func.coalesce(func.sum(Assistance.value), 0))
        .where(Assistance.programme_id == Programme.id)
        .correlate(Programme)
        .scalar_subquery(),
        "active": Programme.active,
    },
    columns=(
        ListColumn("name", QT_TRANSLATE_NOOP("Records", "Name"), width=30),
        ListColumn("agency", QT_TRANSLATE_NOOP("Records", "Agency"), width=24),
        ListColumn("year", QT_TRANSLATE_NOOP("Records", "Year"), width=6),
        ListColumn("kind", QT_TRANSLATE_NOOP("Records", "Kind"), Show.CHOICE, 16),
        ListColumn("items", QT_TRANSLATE_NOOP("Records", "Items"), Show.COUNT, 7),
        ListColumn("value", QT_TRANSLATE_NOOP("Records", "Value (Rp)"), Show.COUNT, 14),
        ListColumn.status(),
    ),
    search=(Programme.name, Agency.name, Agency.short_name),
    default_sort="year",
    joins=((Agency, Programme.agency_id == Agency.id),),
    filters={"agency_id": Programme.agency_id},
    referenced_by=(Assistance.programme_id,),
    stretch="name",
)


class ProgrammeService(
    RecordService[Programme, ProgrammeRow, ProgrammeInput, ProgrammeDetail], domain="programme"
):
    """Use-cases of the programme list; every method is one transaction."""

    kind = PROGRAMMES


def programme_choices(session: Session, include_id: int | None) -> list[Choice]:
    """Programmes for a drop-down, "Name — Agency (year)", newest first."""
    stmt = select(Programme.id, Programme.name, Agency.short_name, Agency.name, Programme.year).join(
        Agency, Agency.id == Programme.agency_id
    )
    condition: ColumnElement[bool] = Programme.active.is_(True)
    if include_id is not None:
        condition = condition | (Programme.id == include_id)
    rows = session.execute(stmt.where(condition).order_by(Programme.year.desc(), Programme.name))
    return [Choice(id_, f"{name} — {short or agency} ({year})") for id_, name, short, agency, year in rows]
