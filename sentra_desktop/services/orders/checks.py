"""Checks of what the order forms send: every field and line at once, so a form marks all problems."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import DesignStatus
from sentra_desktop.core.errors import FieldError, ValidationError
from sentra_desktop.core.formatting import (
    format_rupiah,
    format_thousands,
    parse_date,
    parse_int,
)
from sentra_desktop.core.text import NOTE_MAX, check_text
from sentra_desktop.db.models import Order
from sentra_desktop.services.field_checks import rupiah
from sentra_desktop.services.orders.common import BUYER, DESIGN, EVENT, delivered_by_line
from sentra_desktop.services.orders.data import MAX_PIECES, CheckedLine, LineInput, OrderInput


def whole(errors: list[FieldError], name: str, value: str | int, *, zero_ok: bool = False) -> int | None:
    """A whole, positive number of pieces from an int or typed text."""
    if isinstance(value, bool):
        errors.append(FieldError(name, "not_a_number"))
        return None
    if isinstance(value, int):
        number = value
    else:
        text = str(value or "").strip()
        if not text:
            if zero_ok:
                return 0
            errors.append(FieldError(name, "required"))
            return None
        try:
            number = parse_int(text, name, allow_negative=True)
        except ValidationError as exc:
            error = exc.errors[0]
            if error.code in ("too_many_decimals", "ambiguous_decimal"):
                error = FieldError(name, "not_whole_number")
            errors.append(error)
            return None
    if number < 0 or (number == 0 and not zero_ok):
        errors.append(FieldError(name, "not_positive"))
        return None
    if number > MAX_PIECES:
        errors.append(FieldError(name, "too_large", {"max": format_thousands(MAX_PIECES)}))
        return None
    return number


def day_of(errors: list[FieldError], name: str, value: date | str | None, *, required: bool) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    if not text:
        if required:
            errors.append(FieldError(name, "required"))
        return None
    try:
        return parse_date(text, name)
    except ValidationError as exc:
        errors.extend(exc.errors)
        return None


def find_design(session: Session, value: int | str) -> Any:
    columns = (DESIGN.c.id, DESIGN.c.code, DESIGN.c.name, DESIGN.c.status, DESIGN.c.price)
    if isinstance(value, int) and not isinstance(value, bool):
        return session.connection().execute(select(*columns).where(DESIGN.c.id == value)).first()
    typed = str(value or "").strip().upper()
    return session.connection().execute(select(*columns).where(func.upper(DESIGN.c.code) == typed)).first()


def check_line(
    session: Session,
    errors: list[FieldError],
    data: LineInput,
    prefix: str = "",
    current_design: int | None = None,
) -> CheckedLine | None:
    """One line's checks; field names are ``prefix`` + design / quantity / unit_price."""
    design = None
    typed = data.design if not isinstance(data.design, str) else data.design.strip()
    if typed == "" or typed is None:
        errors.append(FieldError(prefix + "design", "required"))
    else:
        design = find_design(session, typed)
        if design is None:
            errors.append(FieldError(prefix + "design", "unknown_design", {"value": str(typed)}))
        elif design.status == DesignStatus.RETIRED.value and design.id != current_design:
            errors.append(FieldError(prefix + "design", "design_retired", {"value": design.code}))
            design = None
    quantity = whole(errors, prefix + "quantity", data.quantity)
    price: int | None
    if data.unit_price is None or (isinstance(data.unit_price, str) and not data.unit_price.strip()):
        price = design.price if design is not None else 0
    else:
        price = rupiah(errors, prefix + "unit_price", data.unit_price)
    if design is None or quantity is None or price is None:
        return None
    return CheckedLine(design.id, design.code, design.name, quantity, price)


@dataclass(frozen=True)
class Checked:
    buyer_id: int
    ordered_on: date
    due_on: date | None
    discount: int
    sales_event_id: int | None
    notes: str
    member_business_id: int | None
    lines: list[tuple[int | None, CheckedLine]]


def validated(session: Session, data: OrderInput, current: Order | None) -> Checked:
    """Every field and line checked at once, so the form can mark all problems in one go."""
    errors: list[FieldError] = []
    buyer_id = data.buyer_id
    if buyer_id is None or isinstance(buyer_id, bool):
        errors.append(FieldError("buyer_id", "required"))
    else:
        archived = session.connection().scalar(select(BUYER.c.archived).where(BUYER.c.id == buyer_id))
        if archived is None or (archived and (current is None or current.buyer_id != buyer_id)):
            errors.append(FieldError("buyer_id", "invalid_choice"))
    ordered_on = day_of(errors, "ordered_on", data.ordered_on, required=True)
    due_on = day_of(errors, "due_on", data.due_on, required=False)
    if ordered_on is not None and due_on is not None and due_on < ordered_on:
        errors.append(FieldError("due_on", "due_before_order"))
    discount = rupiah(errors, "discount", data.discount)
    event_id = data.sales_event_id
    if (
        event_id is not None
        and session.connection().scalar(select(EVENT.c.id).where(EVENT.c.id == event_id)) is None
    ):
        errors.append(FieldError("sales_event_id", "invalid_choice"))
    notes = check_text(errors, "notes", (data.notes or "").strip(), max_len=NOTE_MAX)
    existing: dict[int, Any] = {}
    delivered: dict[int, int] = {}
    if current is not None:
        existing = {line.id: line for line in current.lines}
        delivered = delivered_by_line(session, list(existing))
    lines: list[tuple[int | None, CheckedLine]] = []
    if not data.lines:
        errors.append(FieldError("lines", "no_lines"))
    for index, line in enumerate(data.lines):
        prefix = f"lines.{index}."
        old = existing.get(line.line_id) if line.line_id is not None else None
        if line.line_id is not None and old is None:
            errors.append(FieldError(prefix + "design", "invalid_choice", {"row": index + 1}))
            continue
        line_errors: list[FieldError] = []
        checked = check_line(session, line_errors, line, prefix, old.design_id if old is not None else None)
        if checked is not None and old is not None and delivered.get(old.id, 0):
            if checked.design_id != old.design_id:
                line_errors.append(FieldError(prefix + "design", "line_delivered"))
            elif checked.quantity < delivered[old.id]:
                line_errors.append(
                    FieldError(prefix + "quantity", "below_delivered", {"delivered": delivered[old.id]})
                )
        errors.extend(FieldError(e.field, e.code, {**e.params, "row": index + 1}) for e in line_errors)
        if checked is not None and not line_errors:
            lines.append((line.line_id, checked))
    kept = {line.line_id for line in data.lines if line.line_id is not None}
    for line_id, pieces in delivered.items():
        if pieces and line_id not in kept:
            errors.append(FieldError("lines", "line_delivered"))
            break
    if discount is not None and not any(e.field and e.field.startswith("lines") for e in errors):
        subtotal = sum(line.total for _, line in lines)
        if discount > subtotal:
            errors.append(FieldError("discount", "discount_too_large", {"max": format_rupiah(subtotal)}))
    if errors or ordered_on is None or discount is None or buyer_id is None:
        raise ValidationError(errors)
    return Checked(buyer_id, ordered_on, due_on, discount, event_id, notes, data.member_business_id, lines)
