"""Display names of the sales enums (order status, payment method, buyer kind, how we met, event kind)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from sentra_desktop.core.enums import BuyerKind, MetVia, OrderStatus, PaymentMethod, SalesEventKind

PAST_DUE = QColor("#b00020")
DONE = QColor("#5f6b66")


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def status_names() -> dict[OrderStatus, str]:
    return {
        OrderStatus.DRAFT: _t("OrderStatus", "Draft"),
        OrderStatus.CONFIRMED: _t("OrderStatus", "Confirmed"),
        OrderStatus.READY: _t("OrderStatus", "Ready"),
        OrderStatus.DELIVERED: _t("OrderStatus", "Delivered"),
        OrderStatus.CANCELLED: _t("OrderStatus", "Cancelled"),
    }


def method_names() -> dict[PaymentMethod, str]:
    return {
        PaymentMethod.CASH: _t("PaymentMethod", "Cash"),
        PaymentMethod.TRANSFER: _t("PaymentMethod", "Transfer"),
    }


def kind_names() -> dict[BuyerKind, str]:
    return {
        BuyerKind.SHOP: _t("BuyerKind", "Shop"),
        BuyerKind.RESELLER: _t("BuyerKind", "Reseller"),
        BuyerKind.EVENT_COMMITTEE: _t("BuyerKind", "Event committee"),
        BuyerKind.AGENCY: _t("BuyerKind", "Agency"),
        BuyerKind.TOURIST: _t("BuyerKind", "Tourist"),
        BuyerKind.OTHER: _t("BuyerKind", "Other"),
    }


def met_via_names() -> dict[MetVia, str]:
    return {
        MetVia.EXHIBITION: _t("MetVia", "Exhibition"),
        MetVia.EVENT: _t("MetVia", "Event"),
        MetVia.REFERRAL: _t("MetVia", "Referral"),
        MetVia.WALK_IN: _t("MetVia", "Walk-in"),
        MetVia.SOCIAL_MEDIA: _t("MetVia", "Social media"),
        MetVia.OTHER: _t("MetVia", "Other"),
    }


def event_kind_names() -> dict[SalesEventKind, str]:
    return {
        SalesEventKind.EXHIBITION: _t("SalesEventKind", "Exhibition"),
        SalesEventKind.SPORTS_WEEK: _t("SalesEventKind", "Sports week"),
        SalesEventKind.FESTIVAL: _t("SalesEventKind", "Festival"),
        SalesEventKind.TOURIST_SEASON: _t("SalesEventKind", "Tourist season"),
        SalesEventKind.OTHER: _t("SalesEventKind", "Other"),
    }
