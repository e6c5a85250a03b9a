"""Display names of the sales enums (order status, payment method, buyer kind, how we met, event kind)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from sentra_desktop.core.enums import BuyerKind, MetVia, OrderStatus, PaymentMethod, SalesEventKind

PAST_DUE = QColor("#b00020")
DONE = QColor("#5f6b66")


# QCoreApplication.translate is spelled out at every call: lupdate only finds texts written so.
def status_names() -> dict[OrderStatus, str]:
    return {
        OrderStatus.DRAFT: QCoreApplication.translate("OrderStatus", "Draft"),
        OrderStatus.CONFIRMED: QCoreApplication.translate("OrderStatus", "Confirmed"),
        OrderStatus.READY: QCoreApplication.translate("OrderStatus", "Ready"),
        OrderStatus.DELIVERED: QCoreApplication.translate("OrderStatus", "Delivered"),
        OrderStatus.CANCELLED: QCoreApplication.translate("OrderStatus", "Cancelled"),
    }


def method_names() -> dict[PaymentMethod, str]:
    return {
        PaymentMethod.CASH: QCoreApplication.translate("PaymentMethod", "Cash"),
        PaymentMethod.TRANSFER: QCoreApplication.translate("PaymentMethod", "Transfer"),
    }


def kind_names() -> dict[BuyerKind, str]:
    return {
        BuyerKind.SHOP: QCoreApplication.translate("BuyerKind", "Shop"),
        BuyerKind.RESELLER: QCoreApplication.translate("BuyerKind", "Reseller"),
        BuyerKind.EVENT_COMMITTEE: QCoreApplication.translate("BuyerKind", "Event committee"),
        BuyerKind.AGENCY: QCoreApplication.translate("BuyerKind", "Agency"),
        BuyerKind.TOURIST: QCoreApplication.translate("BuyerKind", "Tourist"),
        BuyerKind.OTHER: QCoreApplication.translate("BuyerKind", "Other"),
    }


def met_via_names() -> dict[MetVia, str]:
    return {
        MetVia.EXHIBITION: QCoreApplication.translate("MetVia", "Exhibition"),
        MetVia.EVENT: QCoreApplication.translate("MetVia", "Event"),
        MetVia.REFERRAL: QCoreApplication.translate("MetVia", "Referral"),
        MetVia.WALK_IN: QCoreApplication.translate("MetVia", "Walk-in"),
        MetVia.SOCIAL_MEDIA: QCoreApplication.translate("MetVia", "Social media"),
        MetVia.OTHER: QCoreApplication.translate("MetVia", "Other"),
    }


def event_kind_names() -> dict[SalesEventKind, str]:
    return {
        SalesEventKind.EXHIBITION: QCoreApplication.translate("SalesEventKind", "Exhibition"),
        SalesEventKind.SPORTS_WEEK: QCoreApplication.translate("SalesEventKind", "Sports week"),
        SalesEventKind.FESTIVAL: QCoreApplication.translate("SalesEventKind", "Festival"),
        SalesEventKind.TOURIST_SEASON: QCoreApplication.translate("SalesEventKind", "Tourist season"),
        SalesEventKind.OTHER: QCoreApplication.translate("SalesEventKind", "Other"),
    }
