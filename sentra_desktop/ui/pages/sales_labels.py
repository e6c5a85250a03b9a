"""Display names of the sales enums (order status, payment method, buyer kind, how we met, event kind).

The names and their catalogue entries live once in :mod:`sentra_desktop.core.names`; the screen
reads them through Qt's translator, the sheets without Qt, so both show the same word.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from sentra_desktop.core import names
from sentra_desktop.core.enums import BuyerKind, MetVia, OrderStatus, PaymentMethod, SalesEventKind

PAST_DUE = QColor("#b00020")
DONE = QColor("#5f6b66")


def status_names() -> dict[OrderStatus, str]:
    return names.names(names.ORDER_STATUS, QCoreApplication.translate)


def method_names() -> dict[PaymentMethod, str]:
    return names.names(names.PAYMENT_METHOD, QCoreApplication.translate)


def kind_names() -> dict[BuyerKind, str]:
    return names.names(names.BUYER_KIND, QCoreApplication.translate)


def met_via_names() -> dict[MetVia, str]:
    return names.names(names.MET_VIA, QCoreApplication.translate)


def event_kind_names() -> dict[SalesEventKind, str]:
    return names.names(names.SALES_EVENT_KIND, QCoreApplication.translate)
