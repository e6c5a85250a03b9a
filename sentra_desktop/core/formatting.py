"""Indonesian formats for screen and paper, and parsing of what operators type.

One module, free of Qt, so the user interface and the printed sheets agree: dates are always
28/11/2026 (four-digit year), money is "Rp 15.000", a dot groups thousands and a comma marks
decimals. Parsers raise :class:`~sentra_desktop.core.errors.ValidationError` with a field code.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sentra_desktop.core.errors import ValidationError

MAX_RUPIAH = 10**13  # ten trillion Rupiah: beyond any sentra order, well inside 64-bit integers

_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+$")
_PLAIN = re.compile(r"^\d+$")


def format_thousands(value: int) -> str:
    """A whole number with dots grouping thousands: 1250000 -> "1.250.000"."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(int(value)):,}".replace(",", ".")


def format_rupiah(value: int | None) -> str:
    """Whole Rupiah as "Rp 15.000" ("-Rp 15.000" when negative, "" for None)."""
    if value is None:
        return ""
    sign = "-" if value < 0 else ""
    return f"{sign}Rp {format_thousands(abs(value))}"


def format_decimal(value: Decimal | None, max_places: int = 3) -> str:
    """A decimal the Indonesian way, trailing zeros dropped: Decimal("1500.250") -> "1.500,25"."""
    if value is None:
        return ""
    quantised = value.quantize(Decimal(1).scaleb(-max_places))
    sign = "-" if quantised < 0 else ""
    whole, _, frac = f"{abs(quantised):f}".partition(".")
    frac = frac.rstrip("0")
    text = format_thousands(int(whole))
    return f"{sign}{text},{frac}" if frac else f"{sign}{text}"


def format_date(value: date | datetime | None) -> str:
    """A date as 28/11/2026 ("" for None)."""
    if value is None:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def format_datetime(value: datetime | None) -> str:
    """A moment as 28/11/2026 14:05."""
    if value is None:
        return ""
    return f"{format_date(value)} {value.hour:02d}:{value.minute:02d}"


def _clean(text: str) -> str:
    return text.strip().replace(" ", "").replace("\u00a0", "")


def _whole_part(text: str, field: str, original: str) -> int:
    if _PLAIN.match(text):
        return int(text)
    if _GROUPED.match(text) and not text.startswith("0"):
        return int(text.replace(".", ""))
    if _GROUPED.match(text):  # "0.015": a leading zero group is a decimal typed with a dot
        hint = text.replace(".", ",")
        raise ValidationError.single(field, "ambiguous_decimal", value=original, hint=hint)
    if re.match(r"^\d+\.\d{1,2}$", text) or re.match(r"^\d+\.\d{4,}$", text):
        hint = text.replace(".", ",")
        raise ValidationError.single(field, "ambiguous_decimal", value=original, hint=hint)
    raise ValidationError.single(field, "not_a_number")


def _split_number(cleaned: str, field: str) -> tuple[bool, str, str]:
    """The sign, the whole part and the digits after the decimal comma of a cleaned number."""
    negative = cleaned.startswith("-")
    if negative:
        cleaned = cleaned[1:]
    if not cleaned:
        raise ValidationError.single(field, "required")
    whole_text, comma, frac = cleaned.partition(",")
    if comma and not frac.isdigit():
        raise ValidationError.single(field, "not_a_number")
    return negative, whole_text, frac


def parse_rupiah(text: str, field: str = "amount", *, allow_negative: bool = False) -> int:
    """Whole Rupiah from "15000", "15.000", "Rp 15.000" or "15.000,00"; refuses cents."""
    cleaned = _clean(text)
    if cleaned.lower().startswith("rp"):
        cleaned = cleaned[2:]
    negative, whole_text, frac = _split_number(cleaned, field)
    if frac.strip("0"):
        raise ValidationError.single(field, "not_whole_rupiah")
    try:
        amount = _whole_part(whole_text, field, text.strip())
    except ValidationError as exc:
        if exc.errors[0].code == "ambiguous_decimal":
            raise ValidationError.single(field, "not_whole_rupiah") from None
        raise
    if negative:
        if not allow_negative:
            raise ValidationError.single(field, "negative")
        amount = -amount
    if abs(amount) > MAX_RUPIAH:
        raise ValidationError.single(field, "too_large", max=format_rupiah(MAX_RUPIAH))
    return amount


def parse_decimal(
    text: str, field: str = "quantity", *, max_places: int = 3, allow_negative: bool = False
) -> Decimal:
    """A decimal from "1,5", "1.500", "1.500,25" or "15"; "1.5" is refused as ambiguous."""
    cleaned = _clean(text)
    negative, whole_text, frac = _split_number(cleaned, field)
    whole = _whole_part(whole_text or "0", field, text.strip())
    if len(frac) > max_places and frac[max_places:].strip("0"):
        raise ValidationError.single(field, "too_many_decimals", places=max_places)
    try:
        value = Decimal(f"{whole}.{frac or '0'}")
    except InvalidOperation:
        raise ValidationError.single(field, "not_a_number") from None
    if negative:
        if not allow_negative:
            raise ValidationError.single(field, "negative")
        value = -value
    return value.quantize(Decimal(1).scaleb(-max_places)) if max_places else value


def parse_int(text: str, field: str = "quantity", *, allow_negative: bool = False) -> int:
    """A whole number such as a count of pieces: "1500" or "1.500"."""
    value = parse_decimal(text, field, max_places=0, allow_negative=allow_negative)
    return int(value)


_DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")


def parse_date(text: str, field: str = "date") -> date:
    """A date typed as 28/11/2026 or 2026-11-28 (also 28-11-2026 and 28.11.2026)."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError.single(field, "required")
    for fmt in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
        if parsed.year >= 1900:
            return parsed
    raise ValidationError.single(field, "not_a_date")
