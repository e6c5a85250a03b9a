"""Checks of a production entry: every field at once, and for an import every row at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import DesignStatus
from sentra_desktop.core.errors import FieldError, SentraError, ValidationError
from sentra_desktop.core.formatting import format_date, format_thousands, parse_int
from sentra_desktop.core.text import NOTE_MAX, check_text
from sentra_desktop.db.models import (
    DesignVariant,
    Maker,
    ProductionEntry,
)
from sentra_desktop.services.field_checks import past_day
from sentra_desktop.services.memberships import MembershipBook, member_on
from sentra_desktop.services.production.data import MAX_PIECES, ProductionInput

_PE = cast(Table, ProductionEntry.__table__)
_DV = cast(Table, DesignVariant.__table__)
_MK = cast(Table, Maker.__table__)

# --- validation -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    """A validated entry with what posting it needs."""

    produced_on: date
    design_id: int
    design_code: str
    design_name: str
    maker_id: int
    maker_name: str
    member_business_id: int | None
    good: int
    reject: int
    note: str


def pieces(errors: list[FieldError], field: str, value: str | int, *, required: bool) -> int:
    """Whole pieces from an int or typed text; problems go to ``errors``."""
    if isinstance(value, bool):
        errors.append(FieldError(field, "not_a_number"))
        return 0
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip()
        if not text:
            if required:
                errors.append(FieldError(field, "required"))
            return 0
        try:
            number = parse_int(text, field)
        except ValidationError as exc:
            error = exc.errors[0]
            if error.code == "too_many_decimals":
                error = FieldError(field, "not_whole_number")
            errors.append(error)
            return 0
    if number < 0:
        errors.append(FieldError(field, "negative"))
        return 0
    if number > MAX_PIECES:
        errors.append(FieldError(field, "too_large", {"max": format_thousands(MAX_PIECES)}))
        return 0
    return number


def _design(
    session: Session, errors: list[FieldError], value: int | str, current_id: int | None
) -> tuple[int, str, str] | None:
    """The design named by id or typed code; a retired one only when the entry already had it."""
    if isinstance(value, bool):
        value = ""
    if isinstance(value, int):
        row = (
            session.connection()
            .execute(select(_DV.c.id, _DV.c.code, _DV.c.name, _DV.c.status).where(_DV.c.id == value))
            .first()
        )
        typed = str(value)
    else:
        typed = str(value or "").strip()
        if not typed:
            errors.append(FieldError("design", "required"))
            return None
        row = (
            session.connection()
            .execute(
                select(_DV.c.id, _DV.c.code, _DV.c.name, _DV.c.status).where(_DV.c.code == typed.upper())
            )
            .first()
        )
        if row is None:
            row = (
                session.connection()
                .execute(
                    select(_DV.c.id, _DV.c.code, _DV.c.name, _DV.c.status).where(
                        func.upper(_DV.c.code) == typed.upper()
                    )
                )
                .first()
            )
    if row is None:
        errors.append(FieldError("design", "unknown_design", {"value": typed}))
        return None
    if row.status == DesignStatus.RETIRED.value and row.id != current_id:
        errors.append(FieldError("design", "design_retired", {"value": row.code}))
        return None
    return row.id, row.code, row.name


def _maker(
    session: Session, errors: list[FieldError], maker_id: int | None, current_id: int | None
) -> tuple[int, str, int | None] | None:
    if maker_id is None or isinstance(maker_id, bool):
        errors.append(FieldError("maker_id", "required"))
        return None
    row = (
        session.connection()
        .execute(
            select(_MK.c.id, _MK.c.name, _MK.c.member_business_id, _MK.c.active).where(_MK.c.id == maker_id)
        )
        .first()
    )
    if row is None or (not row.active and row.id != current_id):
        errors.append(FieldError("maker_id", "invalid_choice"))
        return None
    return row.id, row.name, row.member_business_id


def validated(
    session: Session,
    data: ProductionInput,
    *,
    current_design: int | None = None,
    current_maker: int | None = None,
) -> Checked:
    """Every field checked at once, so the form can mark all problems in one go."""
    errors: list[FieldError] = []
    day = past_day(errors, "produced_on", data.produced_on)
    design = _design(session, errors, data.design, current_design)
    maker = _maker(session, errors, data.maker_id, current_maker)
    good = pieces(errors, "good_qty", data.good_qty, required=True)
    reject = pieces(errors, "reject_qty", data.reject_qty, required=False)
    note = check_text(errors, "note", (data.note or "").strip(), max_len=NOTE_MAX)
    if not any(e.field in ("good_qty", "reject_qty") for e in errors):
        if good + reject == 0:
            errors.append(FieldError("good_qty", "nothing_produced"))
        elif good + reject > MAX_PIECES:
            errors.append(FieldError("good_qty", "too_large", {"max": format_thousands(MAX_PIECES)}))
    if errors or day is None or design is None or maker is None:
        raise ValidationError(errors)
    maker_id, maker_name, _current = maker
    # Output belongs to the member the maker belonged to on the entry's day.
    return Checked(day, *design, maker_id, maker_name, member_on(session, maker_id, day), good, reject, note)


def is_duplicate(session: Session, checked: Checked, exclude_id: int | None = None) -> bool:
    stmt = select(_PE.c.id).where(
        _PE.c.design_id == checked.design_id,
        _PE.c.produced_on == checked.produced_on,
        _PE.c.maker_id == checked.maker_id,
        _PE.c.voided_at.is_(None),
    )
    if exclude_id is not None:
        stmt = stmt.where(_PE.c.id != exclude_id)
    return session.connection().scalar(stmt.limit(1)) is not None


class DuplicateEntryError(SentraError):
    """The same day, design and maker already has an entry: ask, then save with ``allow_duplicate``."""

    code = "duplicate_entry"


def duplicate_error(checked: Checked) -> DuplicateEntryError:
    return DuplicateEntryError(
        design=checked.design_code,
        maker=checked.maker_name,
        date=format_date(checked.produced_on),
    )


class BulkChecker:
    """Validates many inputs against designs and makers read once, not once per row."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.designs = {
            row.id: row for row in session.execute(select(_DV.c.id, _DV.c.code, _DV.c.name, _DV.c.status))
        }
        self.by_code = {row.code.upper(): row for row in self.designs.values()}
        self.makers = {
            row.id: row
            for row in session.execute(select(_MK.c.id, _MK.c.name, _MK.c.member_business_id, _MK.c.active))
        }

    def check(self, inputs: list[ProductionInput]) -> list[Checked]:
        book = MembershipBook(session=self.session, maker_ids=self.makers)
        errors: list[FieldError] = []
        result: list[Checked] = []
        for number, data in enumerate(inputs, start=1):
            row_errors: list[FieldError] = []
            day = past_day(row_errors, "produced_on", data.produced_on)
            design = self._design(row_errors, data.design)
            maker = self.makers.get(data.maker_id) if isinstance(data.maker_id, int) else None
            if data.maker_id is None:
                row_errors.append(FieldError("maker_id", "required"))
            elif maker is None or not maker.active:
                row_errors.append(FieldError("maker_id", "invalid_choice"))
            good = pieces(row_errors, "good_qty", data.good_qty, required=True)
            reject = pieces(row_errors, "reject_qty", data.reject_qty, required=False)
            note = check_text(row_errors, "note", (data.note or "").strip(), max_len=NOTE_MAX)
            if not row_errors and good + reject == 0:
                row_errors.append(FieldError("good_qty", "nothing_produced"))
            elif not row_errors and good + reject > MAX_PIECES:
                row_errors.append(FieldError("good_qty", "too_large", {"max": format_thousands(MAX_PIECES)}))
            if row_errors or day is None or design is None or maker is None:
                errors.extend(FieldError(e.field, e.code, {**e.params, "row": number}) for e in row_errors)
                continue
            result.append(
                Checked(
                    day,
                    design.id,
                    design.code,
                    design.name,
                    maker.id,
                    maker.name,
                    book.member(maker.id, day, maker.member_business_id),
                    good,
                    reject,
                    note,
                )
            )
        if errors:
            raise ValidationError(errors)
        return result

    def _design(self, errors: list[FieldError], value: int | str) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            design = self.designs.get(value)
        else:
            typed = str(value or "").strip()
            if not typed:
                errors.append(FieldError("design", "required"))
                return None
            design = self.by_code.get(typed.upper())
        if design is None:
            errors.append(FieldError("design", "unknown_design", {"value": str(value)}))
            return None
        if design.status == DesignStatus.RETIRED.value:
            errors.append(FieldError("design", "design_retired", {"value": design.code}))
            return None
        return design
