"""The Pesanan area: the order book, deliveries, payments, what to produce, sales events.

The page is imported when first asked for, so the order form alone (a new order from Pembeli)
does not load the page's modules with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sentra_desktop.ui.pages.orders.page import OrdersPage

__all__ = ["OrdersPage"]


def __getattr__(name: str) -> Any:
    if name == "OrdersPage":
        from sentra_desktop.ui.pages.orders.page import OrdersPage

        return OrdersPage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
