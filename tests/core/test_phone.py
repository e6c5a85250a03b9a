"""Phone numbers written in the ways buyers say them all reach one international form."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sentra_desktop.core.phone import normalize_phone, whatsapp_link


@pytest.mark.parametrize(
    "written",
    [
        "0812-7310-4471",
        "+62 812 7310 4471",
        "62-812-7310-4471",
        "+62 (0) 812-7310-4471",
        "+62(0)81273104471",
        "0062 812 7310 4471",
        "62 0812 7310 4471",
        "812 7310 4471",
    ],
)
def test_every_written_form_is_one_number(written: str) -> None:
    assert normalize_phone(written) == "6281273104471"
    assert whatsapp_link(written) == "https://wa.me/6281273104471"


@given(st.from_regex(r"8[1-9][0-9]{7,10}", fullmatch=True))
def test_trunk_zero_and_country_code_agree(subscriber: str) -> None:
    expected = "62" + subscriber
    assert normalize_phone("0" + subscriber) == expected
    assert normalize_phone("+62 (0) " + subscriber) == expected
    assert normalize_phone("+62" + subscriber) == expected


def test_no_digits_is_empty() -> None:
    assert normalize_phone("  -  ") == ""
    assert whatsapp_link("") == ""
