"""Field checks that several forms share, each adding its problems to the form's error list."""

from __future__ import annotations

from datetime import date, datetime

from sentra_desktop.core.errors import FieldError, ValidationError
from sentra_desktop.core.formatting import format_date, parse_date, parse_rupiah


def rupiah(errors: list[FieldError], name: str, value: str | int) -> int | None:
    """Whole Rupiah from an int or typed text ("15.000"); empty is 0, None when refused."""
    if isinstance(value, bool):
        errors.append(FieldError(name, "not_whole_rupiah"))
        return None
    if isinstance(value, int):
        if value < 0:
            errors.append(FieldError(name, "negative"))
            return None
        return value
    text = str(value or "").strip()
    if not text:
        return 0
    try:
        return parse_rupiah(text, name)
    except ValidationError as exc:
        errors.extend(exc.errors)
        return None


def optional_rupiah(errors: list[FieldError], name: str, value: str | int | None) -> int | None:
    """Whole Rupiah as :func:`rupiah`, but nothing typed is None: a price not known, not a price of 0."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return rupiah(errors, name, value)


def past_day(errors: list[FieldError], field: str, value: date | str) -> date | None:
    """The day typed or chosen in ``field``: today or earlier (goods made or counted, not planned).

    Args:
        errors: the form's problems; a bad or future day adds one here.
        field: the field's name, as the form marks it.
        value: a date, or text in the program's date formats.

    Returns:
        The day, or None when it was refused.
    """
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        day = value
    else:
        try:
            day = parse_date(str(value or ""), field)
        except ValidationError as exc:
            errors.extend(exc.errors)
            return None
    if day > date.today():
        errors.append(FieldError(field, "future_date", {"value": format_date(day)}))
        return None
    return day
