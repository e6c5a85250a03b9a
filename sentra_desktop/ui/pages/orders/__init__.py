"""The Pesanan area: the order book, deliveries, payments, what to produce, sales events."""

from sentra_desktop.ui.pages.orders.page import OrdersPage

__all__ = ["OrdersPage"]
