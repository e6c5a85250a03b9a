"""Decimal material quantities, stored as whole thousandths of their unit.

SQLite's NUMERIC is a binary float underneath, so a quantity never travels as a float: it is a
``Decimal`` in Python and an integer count of thousandths in the database.
"""

from __future__ import annotations

from decimal import Decimal

SCALE = 1000
PLACES = 3
_QUANT = Decimal("0.001")


def to_thousandths(value: Decimal | int) -> int:
    """Whole thousandths for ``value``; refuses more than three decimal places."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"quantity must be Decimal or int, not {type(value).__name__}")
    scaled = Decimal(value) * SCALE
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{value} has more than {PLACES} decimal places")
    return int(scaled)


def from_thousandths(value: int) -> Decimal:
    """The ``Decimal`` quantity for a count of thousandths, always with three places."""
    return (Decimal(int(value)) / SCALE).quantize(_QUANT)


def round_rupiah(value: Decimal) -> int:
    """Round a derived Rupiah amount half-up to a whole number, once, when it is recorded."""
    from decimal import ROUND_HALF_UP

    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def reject_rate(good: int, reject: int) -> Decimal:
    """Rejects per hundred pieces made, to one decimal (0 when nothing was made)."""
    from decimal import ROUND_HALF_UP

    made = good + reject
    if made <= 0:
        return Decimal("0.0")
    return (Decimal(reject) * 100 / made).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
