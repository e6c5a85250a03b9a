"""Stock: the ledger of movements, the per-item balances kept beside it, and what they show.

:mod:`.posting` is the only way stock changes; :mod:`.service` reads it for the Stok area. The
names other packages use are imported from here.
"""

from __future__ import annotations

from sentra_desktop.services.stock.posting import (
    REFERENCE_MAX,
    apply_balances,
    balances,
    current_on_hand,
    item_column,
    material_shortages,
    post_movement,
    post_movements,
    post_rows,
    reverse_movements,
)
from sentra_desktop.services.stock.service import (
    DESIGN_UNIT,
    BalanceMismatch,
    ItemHistory,
    LedgerRow,
    StockRow,
    StockService,
)

__all__ = [
    "DESIGN_UNIT",
    "REFERENCE_MAX",
    "BalanceMismatch",
    "ItemHistory",
    "LedgerRow",
    "StockRow",
    "StockService",
    "apply_balances",
    "balances",
    "current_on_hand",
    "item_column",
    "material_shortages",
    "post_movement",
    "post_movements",
    "post_rows",
    "reverse_movements",
]
