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
    """What one aid item is; the first three are physical things with a condition."""

    MOULD = "mould"
    MACHINE = "machine"
    TOOLS = "tools"
    MATERIAL = "material"
    TRAINING = "training"
    EXHIBITION = "exhibition"
    CAPITAL = "capital"


class AgencyKind(StrEnum):
    REGIONAL_GOVERNMENT = "regional_government"
    MINISTRY = "ministry"
    BANK_CSR = "bank_csr"
    UNIVERSITY = "university"
    OTHER = "other"


class ProgrammeKind(StrEnum):
    EQUIPMENT_GRANT = "equipment_grant"
    TRAINING = "training"
    EXHIBITION = "exhibition"
    CAPITAL = "capital"
    RAW_MATERIAL = "raw_material"
    MENTORING = "mentoring"


class Condition(StrEnum):
    """The state of every physical item, aid and moulds alike."""

    GOOD = "good"
    NEEDS_REPAIR = "needs_repair"
    BROKEN = "broken"
    LOST = "lost"


class AidStatus(StrEnum):
    """An aid item is never deleted: it is held, or marked returned or written off with a reason."""

    HELD = "held"
    RETURNED = "returned"
    WRITTEN_OFF = "written_off"


class StockCountStatus(StrEnum):
    OPEN = "open"
    POSTED = "posted"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
