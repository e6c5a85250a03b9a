"""The order book: orders and their lines, deliveries, payments, what to produce, sales events.

One service for the Pesanan area, :class:`OrderService`, gathered from a module per part:
:mod:`.orders` (saving, status changes, the list), :mod:`.deliveries` (stock out),
:mod:`.payments`, :mod:`.production_needs` (what to produce) and :mod:`.events`, over the shared
:mod:`.common` SQL and :mod:`.checks` of the forms. The names the user interface and other
services use are imported from here.
"""

from __future__ import annotations

from sentra_desktop.services.orders.common import delivered_of, paid_of, subtotal_of
from sentra_desktop.services.orders.data import (
    EDITABLE_STATUSES,
    MAX_PIECES,
    OPEN_STATUSES,
    OWING_STATUSES,
    CheckedLine,
    DeliveryDetail,
    DeliveryInput,
    DeliverySaved,
    DeliveryShortError,
    DesignPrice,
    EventInput,
    EventRow,
    LineDetail,
    LineInput,
    MoreThanOrderedError,
    NeedRow,
    OrderDetail,
    OrderInput,
    OrderRow,
    OrderSaved,
    PaymentDetail,
    PaymentInput,
    is_past_due,
)
from sentra_desktop.services.orders.orders import OrderService, buyer_label

__all__ = [
    "EDITABLE_STATUSES",
    "MAX_PIECES",
    "OPEN_STATUSES",
    "OWING_STATUSES",
    "CheckedLine",
    "DeliveryDetail",
    "DeliveryInput",
    "DeliverySaved",
    "DeliveryShortError",
    "DesignPrice",
    "EventInput",
    "EventRow",
    "LineDetail",
    "LineInput",
    "MoreThanOrderedError",
    "NeedRow",
    "OrderDetail",
    "OrderInput",
    "OrderRow",
    "OrderSaved",
    "OrderService",
    "PaymentDetail",
    "PaymentInput",
    "buyer_label",
    "delivered_of",
    "is_past_due",
    "paid_of",
    "subtotal_of",
]
