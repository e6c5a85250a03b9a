"""Which tables travel to the agency in packets, and which columns of them stay at the sentra.

The one declaration the packet writer (export) and the agency's merge (import) both read. Every
table of the schema is in exactly one of :data:`TRAVELLED` and :data:`STAYS` (a test fails on a
new table that is in neither), so a new kind of record is never silently left behind or sent.
"""

from __future__ import annotations

from types import MappingProxyType

# Travelled table -> columns withheld from packets (the agency's replica keeps their defaults).
TRAVELLED: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {
        "agency": frozenset(),
        # Users travel for the names on every record; PIN hashes and lockouts are secrets of the sentra.
        "app_user": frozenset({"pin_hash", "failed_pins", "locked_until"}),
        "assistance": frozenset(),
        # Append-only (triggers refuse changes), so its rows need no uuid, version or tombstone.
        "audit_log": frozenset(),
        "buyer": frozenset(),
        "delivery": frozenset(),
        "delivery_line": frozenset(),
        "design_photo": frozenset(),
        "design_variant": frozenset(),
        "maker": frozenset(),
        "maker_membership": frozenset(),
        "material": frozenset(),
        "material_receipt": frozenset(),
        "member_business": frozenset(),
        "mentoring_visit": frozenset(),
        "mould": frozenset(),
        "mould_design": frozenset(),
        "order_line": frozenset(),
        "pay_adjustment": frozenset(),
        "pay_advance": frozenset(),
        "pay_line": frozenset(),
        "pay_period": frozenset(),
        "pay_slip": frozenset(),
        "payment": frozenset(),
        "piece_rate": frozenset(),
        "product_type": frozenset(),
        "production_entry": frozenset(),
        "programme": frozenset(),
        "recipe_line": frozenset(),
        "sales_event": frozenset(),
        "sales_order": frozenset(),
        "sentra_profile": frozenset(),
        "sentra_setting": frozenset(),
        "stock_count": frozenset(),
        "stock_count_line": frozenset(),
        "stock_movement": frozenset(),
        "visit_recommendation": frozenset(),
    }
)

# Tables that never travel, and why.
STAYS: MappingProxyType[str, str] = MappingProxyType(
    {
        "stock_balance": "derived from stock_movement; the replica rebuilds it",
        "output_month": "monthly summary; the replica rebuilds it",
        "sales_month": "monthly summary; the replica rebuilds it",
        "output_day": "daily production summary; the replica rebuilds it",
        "buyer_month": "monthly orders per buyer; the replica rebuilds it",
        "paid_month": "monthly money per buyer; the replica rebuilds it",
        "buyer_first": "each buyer's first month; the replica rebuilds it",
        # No agency view reads it, but a replica's pay corrections must be the sentra's.
        "pay_entry_change": "pay watch rows; the replica rebuilds them (services/agency/derived.py)",
        "order_counter": "this database's own order numbering; the agency never numbers orders",
        "change_counter": "the change sequence of this database itself",
        "change_tombstone": "deletions travel as the packet's tombstones, not as records",
        "sentra_identity": "the signing key: a secret of the sentra",
    }
)

# Columns holding full-size pictures: blanked in a packet made without photos (thumbnails and
# the small logo stay, so the agency still sees which design is which).
PHOTO_COLUMNS: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {"design_photo": ("image",), "assistance": ("photo",)}
)


def travels(table_name: str) -> bool:
    """Whether rows of ``table_name`` go to the agency."""
    return table_name in TRAVELLED
