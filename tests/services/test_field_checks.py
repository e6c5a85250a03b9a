"""The shared field checks: an optional Rupiah amount (a mould's purchase price, an aid item's value)."""

from __future__ import annotations

import pytest

from sentra_desktop.core.errors import FieldError
from sentra_desktop.services.field_checks import optional_rupiah, rupiah


@pytest.mark.parametrize(
    ("typed", "value", "codes"),
    [
        (None, None, []),
        ("", None, []),
        ("   ", None, []),
        ("0", 0, []),
        ("15.000", 15000, []),
        (" Rp 15.000 ", 15000, []),
        (12500, 12500, []),
        ("1.500,50", None, ["not_whole_rupiah"]),
        ("-5", None, ["negative"]),
        (-3, None, ["negative"]),
        (True, None, ["not_whole_rupiah"]),
    ],
)
def test_an_optional_amount_is_none_when_nothing_is_typed(
    typed: object, value: int | None, codes: list[str]
) -> None:
    errors: list[FieldError] = []
    assert optional_rupiah(errors, "price", typed) == value  # type: ignore[arg-type]
    assert [(e.field, e.code) for e in errors] == [("price", code) for code in codes]


def test_a_required_amount_is_zero_when_nothing_is_typed() -> None:
    errors: list[FieldError] = []
    assert rupiah(errors, "price", "") == 0 and optional_rupiah(errors, "price", "") is None and not errors
