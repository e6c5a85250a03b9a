"""Exact quantities, half-up rounding, and messages for every error code."""

from __future__ import annotations

import string
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sentra_desktop.core.errors import FieldError, SentraError, ValidationError
from sentra_desktop.core.messages import MESSAGES, describe, render
from sentra_desktop.core.quantities import from_thousandths, round_rupiah, to_thousandths


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_thousandths_round_trip(count: int) -> None:
    assert to_thousandths(from_thousandths(count)) == count


def test_no_floats_and_no_fourth_place() -> None:
    with pytest.raises(TypeError):
        to_thousandths(0.1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="decimal places"):
        to_thousandths(Decimal("0.0001"))


def test_rounding_half_up_once() -> None:
    assert round_rupiah(Decimal("2.5")) == 3
    assert round_rupiah(Decimal("3.5")) == 4
    assert round_rupiah(Decimal("2.49")) == 2


def test_every_message_formats() -> None:
    """Each message's placeholders are filled: none is left showing braces to the operator."""
    for code, template in MESSAGES.items():
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        text = render(code, dict.fromkeys(names, "X"))
        assert "{" not in text and "}" not in text, code


def test_describe_lists_fields() -> None:
    exc = ValidationError([FieldError("name", "required"), FieldError("price", "negative")])
    assert describe(exc) == "name: This field must be filled in.\nprice: Must not be negative."
    assert describe(SentraError("stale")).startswith("Someone else changed")
    assert render("no-such-code") == MESSAGES["error"]
