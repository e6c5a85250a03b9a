"""Indonesian formats on screen and paper, and parsing what operators type."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sentra_desktop.core.errors import ValidationError
from sentra_desktop.core.formatting import (
    MAX_RUPIAH,
    format_date,
    format_decimal,
    format_rupiah,
    format_thousands,
    parse_date,
    parse_decimal,
    parse_int,
    parse_rupiah,
)


def code_of(exc: pytest.ExceptionInfo[ValidationError]) -> str:
    return exc.value.errors[0].code


def test_money_and_dates_look_indonesian() -> None:
    assert format_rupiah(15000) == "Rp 15.000"
    assert format_rupiah(1250000) == "Rp 1.250.000"
    assert format_rupiah(0) == "Rp 0"
    assert format_rupiah(-5000) == "-Rp 5.000"
    assert format_date(date(2026, 11, 28)) == "28/11/2026"
    assert format_date(date(205, 1, 2)) == "02/01/0205"
    assert format_decimal(Decimal("1500.250")) == "1.500,25"
    assert format_decimal(Decimal("2.000")) == "2"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15000", 15000),
        ("15.000", 15000),
        ("Rp 15.000", 15000),
        ("Rp15.000", 15000),
        ("15.000,00", 15000),
        (" 1.250.000 ", 1250000),
        ("0", 0),
    ],
)
def test_rupiah_accepts_habits(text: str, expected: int) -> None:
    assert parse_rupiah(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("15.000,50", "not_whole_rupiah"),
        ("abc", "not_a_number"),
        ("-5.000", "negative"),
        ("", "required"),
        ("1.5", "not_whole_rupiah"),
        ("15,000.00", "not_a_number"),
        ("99999999999999", "too_large"),
    ],
)
def test_rupiah_refusals(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_rupiah(text, "price")
    assert code_of(exc) == code
    assert exc.value.errors[0].field == "price"


def test_decimals() -> None:
    assert parse_decimal("1,5") == Decimal("1.5")
    assert parse_decimal("1.500") == Decimal("1500")
    assert parse_decimal("1.500,25") == Decimal("1500.25")
    assert parse_decimal(",5") == Decimal("0.5")
    assert parse_int("1.200") == 1200


def test_ambiguous_dot_is_refused_with_hint() -> None:
    with pytest.raises(ValidationError) as exc:
        parse_decimal("1.5")
    assert code_of(exc) == "ambiguous_decimal"
    assert exc.value.errors[0].params["hint"] == "1,5"


@pytest.mark.parametrize(("text", "hint"), [("0.015", "0,015"), ("0.150", "0,150"), ("00.500", "00,500")])
def test_leading_zero_group_is_a_decimal_typed_with_a_dot(text: str, hint: str) -> None:
    """'0.015' is never fifteen: it is refused with the comma form as the hint."""
    with pytest.raises(ValidationError) as exc:
        parse_decimal(text)
    assert code_of(exc) == "ambiguous_decimal"
    assert exc.value.errors[0].params["hint"] == hint


def test_too_many_places() -> None:
    with pytest.raises(ValidationError) as exc:
        parse_decimal("0,0005")
    assert code_of(exc) == "too_many_decimals"


def test_dates_both_ways() -> None:
    assert parse_date("28/11/2026") == date(2026, 11, 28)
    assert parse_date("2026-11-28") == date(2026, 11, 28)
    for bad in ("31/02/2026", "tomorrow", "11/28/2026"):
        with pytest.raises(ValidationError):
            parse_date(bad)


@given(st.integers(min_value=0, max_value=MAX_RUPIAH))
def test_rupiah_round_trip(amount: int) -> None:
    assert parse_rupiah(format_rupiah(amount)) == amount
    assert parse_rupiah(format_thousands(amount)) == amount


@given(st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_decimal_round_trip(value: Decimal) -> None:
    assert parse_decimal(format_decimal(value)) == value


@given(st.dates(min_value=date(1900, 1, 1)))
def test_date_round_trip(value: date) -> None:
    assert parse_date(format_date(value)) == value
