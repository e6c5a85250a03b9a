"""The fixed choices of the domain, stored by their string value."""

from __future__ import annotations

from enum import StrEnum


class DesignStatus(StrEnum):
    PROTOTYPE = "prototype"
    ACTIVE = "active"
    RETIRED = "retired"


class MaterialUnit(StrEnum):
    KG = "kg"
    LITRE = "litre"
    METRE = "m"
    PIECE = "piece"


class StockItemKind(StrEnum):
    DESIGN = "design"
    MATERIAL = "material"


class MovementKind(StrEnum):
    RECEIPT = "receipt"
    PRODUCTION_IN = "production_in"
    PRODUCTION_USE = "production_use"
    DELIVERY = "delivery"
    ADJUSTMENT = "adjustment"
    RETURN = "return"
    REVERSAL = "reversal"


class BuyerKind(StrEnum):
    SHOP = "shop"
    RESELLER = "reseller"
    EVENT_COMMITTEE = "event_committee"
    AGENCY = "agency"
    TOURIST = "tourist"
    OTHER = "other"


class MetVia(StrEnum):
    EXHIBITION = "exhibition"
    EVENT = "event"
    REFERRAL = "referral"
    WALK_IN = "walk_in"
    SOCIAL_MEDIA = "social_media"
    OTHER = "other"


class SalesEventKind(StrEnum):
    EXHIBITION = "exhibition"
    SPORTS_WEEK = "sports_week"
    FESTIVAL = "festival"
    TOURIST_SEASON = "tourist_season"
    OTHER = "other"


class OrderStatus(StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    READY = "ready"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class PaymentMethod(StrEnum):
    CASH = "cash"
    TRANSFER = "transfer"


class AssistanceKind(StrEnum):
    EQUIPMENT = "equipment"
    TRAINING = "training"
    MONEY = "money"
    MATERIAL = "material"
    OTHER = "other"


class StockCountStatus(StrEnum):
    OPEN = "open"
    POSTED = "posted"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
