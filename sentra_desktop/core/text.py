"""Checks shared by every form: required names, length limits, codes, phone numbers."""

from __future__ import annotations

import re

from sentra_desktop.core.errors import FieldError

NAME_MAX = 120
CODE_MAX = 30
SHORT_MAX = 60
NOTE_MAX = 2000
ADDRESS_MAX = 300

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]*$")
_PHONE = re.compile(r"^\+?[0-9][0-9 \-().]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def clean(value: str | None) -> str:
    """Trimmed text with inner runs of white space folded; None becomes ""."""
    return " ".join((value or "").split())


def check_text(
    errors: list[FieldError], field: str, value: str, *, required: bool = False, max_len: int = NAME_MAX
) -> str:
    """Append problems with a text field to ``errors`` and return the cleaned text."""
    if required and not value:
        errors.append(FieldError(field, "required"))
    elif len(value) > max_len:
        errors.append(FieldError(field, "too_long", {"max": max_len}))
    return value


def check_code(errors: list[FieldError], field: str, value: str, *, required: bool = True) -> str:
    """A record code: letters, digits, '-' and '_', stored upper case."""
    value = value.strip().upper()
    if not value:
        if required:
            errors.append(FieldError(field, "required"))
    elif len(value) > CODE_MAX:
        errors.append(FieldError(field, "too_long", {"max": CODE_MAX}))
    elif not _CODE.match(value):
        errors.append(FieldError(field, "invalid_code"))
    return value


def check_phone(errors: list[FieldError], field: str, value: str) -> str:
    """An optional phone number; letters are refused."""
    value = value.strip()
    if value and not _PHONE.match(value):
        errors.append(FieldError(field, "invalid_phone"))
    elif len(value) > SHORT_MAX:
        errors.append(FieldError(field, "too_long", {"max": SHORT_MAX}))
    return value


def check_email(errors: list[FieldError], field: str, value: str) -> str:
    """An optional e-mail address."""
    value = value.strip()
    if value and not _EMAIL.match(value):
        errors.append(FieldError(field, "invalid_email"))
    elif len(value) > NAME_MAX:
        errors.append(FieldError(field, "too_long", {"max": NAME_MAX}))
    return value


def check_place(errors: list[FieldError], address: str, city: str, province: str) -> dict[str, str]:
    """Where a buyer or the sentra is: the address (lines kept as typed), the city and the province."""
    return {
        "address": check_text(errors, "address", (address or "").strip(), max_len=ADDRESS_MAX),
        "city": check_text(errors, "city", clean(city), max_len=SHORT_MAX),
        "province": check_text(errors, "province", clean(province), max_len=SHORT_MAX),
    }


def check_amount(errors: list[FieldError], field: str, value: int | None, *, required: bool = False) -> None:
    """A Rupiah amount must be a non-negative whole number."""
    if value is None:
        if required:
            errors.append(FieldError(field, "required"))
        return
    if isinstance(value, bool) or not isinstance(value, int):
        errors.append(FieldError(field, "not_whole_rupiah"))
    elif value < 0:
        errors.append(FieldError(field, "negative"))
