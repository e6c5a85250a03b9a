"""Display names of the fixed choices (statuses, kinds, units): one word for each, on screen and paper.

Values are stored in English (``production_in``, ``litre``); these tables hold the English source
of each name, marked for the catalogue. The user interface asks for a name with Qt's translate
(``QCoreApplication.translate``), the sheets and the command line with :func:`i18n.translate`:
both read the same entry of ``sentra_id.ts``, so the screen and the paper cannot disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, TypeVar

from sentra_desktop.core import i18n
from sentra_desktop.core.enums import (
    AgencyKind,
    AidStatus,
    AssistanceKind,
    BuyerKind,
    Condition,
    DesignStatus,
    MaterialUnit,
    MetVia,
    MovementKind,
    OrderStatus,
    PaymentMethod,
    ProgrammeKind,
    SalesEventKind,
    StockCountStatus,
    StockItemKind,
)
from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate
from sentra_desktop.core.roles import Role, UserEvent, parse_role

E = TypeVar("E", bound=StrEnum)

# The unit the stock service gives finished goods: a piece, named like a material counted in pieces.
DESIGN_UNIT = "pcs"

ORDER_STATUS = {
    OrderStatus.DRAFT: QT_TRANSLATE_NOOP("OrderStatus", "Draft"),
    OrderStatus.CONFIRMED: QT_TRANSLATE_NOOP("OrderStatus", "Confirmed"),
    OrderStatus.READY: QT_TRANSLATE_NOOP("OrderStatus", "Ready"),
    OrderStatus.DELIVERED: QT_TRANSLATE_NOOP("OrderStatus", "Delivered"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("OrderStatus", "Cancelled"),
}
PAYMENT_METHOD = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("PaymentMethod", "Cash"),
    PaymentMethod.TRANSFER: QT_TRANSLATE_NOOP("PaymentMethod", "Transfer"),
}
BUYER_KIND = {
    BuyerKind.SHOP: QT_TRANSLATE_NOOP("BuyerKind", "Shop"),
    BuyerKind.RESELLER: QT_TRANSLATE_NOOP("BuyerKind", "Reseller"),
    BuyerKind.EVENT_COMMITTEE: QT_TRANSLATE_NOOP("BuyerKind", "Event committee"),
    BuyerKind.AGENCY: QT_TRANSLATE_NOOP("BuyerKind", "Agency"),
    BuyerKind.TOURIST: QT_TRANSLATE_NOOP("BuyerKind", "Tourist"),
    BuyerKind.OTHER: QT_TRANSLATE_NOOP("BuyerKind", "Other"),
}
MET_VIA = {
    MetVia.EXHIBITION: QT_TRANSLATE_NOOP("MetVia", "Exhibition"),
    MetVia.EVENT: QT_TRANSLATE_NOOP("MetVia", "Event"),
    MetVia.REFERRAL: QT_TRANSLATE_NOOP("MetVia", "Referral"),
    MetVia.WALK_IN: QT_TRANSLATE_NOOP("MetVia", "Walk-in"),
    MetVia.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("MetVia", "Social media"),
    MetVia.OTHER: QT_TRANSLATE_NOOP("MetVia", "Other"),
}
SALES_EVENT_KIND = {
    SalesEventKind.EXHIBITION: QT_TRANSLATE_NOOP("SalesEventKind", "Exhibition"),
    SalesEventKind.SPORTS_WEEK: QT_TRANSLATE_NOOP("SalesEventKind", "Sports week"),
    SalesEventKind.FESTIVAL: QT_TRANSLATE_NOOP("SalesEventKind", "Festival"),
    SalesEventKind.TOURIST_SEASON: QT_TRANSLATE_NOOP("SalesEventKind", "Tourist season"),
    SalesEventKind.OTHER: QT_TRANSLATE_NOOP("SalesEventKind", "Other"),
}
MOVEMENT_KIND = {
    MovementKind.RECEIPT: QT_TRANSLATE_NOOP("MovementKind", "Receipt"),
    MovementKind.PRODUCTION_IN: QT_TRANSLATE_NOOP("MovementKind", "Production in"),
    MovementKind.PRODUCTION_USE: QT_TRANSLATE_NOOP("MovementKind", "Production use"),
    MovementKind.DELIVERY: QT_TRANSLATE_NOOP("MovementKind", "Delivery"),
    MovementKind.ADJUSTMENT: QT_TRANSLATE_NOOP("MovementKind", "Count adjustment"),
    MovementKind.RETURN: QT_TRANSLATE_NOOP("MovementKind", "Return"),
    MovementKind.REVERSAL: QT_TRANSLATE_NOOP("MovementKind", "Reversal"),
}
STOCK_ITEM_KIND = {
    StockItemKind.DESIGN: QT_TRANSLATE_NOOP("StockItemKind", "Finished goods"),
    StockItemKind.MATERIAL: QT_TRANSLATE_NOOP("StockItemKind", "Material"),
}
DESIGN_STATUS = {
    DesignStatus.PROTOTYPE: QT_TRANSLATE_NOOP("DesignStatus", "Prototype"),
    DesignStatus.ACTIVE: QT_TRANSLATE_NOOP("DesignStatus", "Active"),
    DesignStatus.RETIRED: QT_TRANSLATE_NOOP("DesignStatus", "Retired"),
}
STOCK_COUNT_STATUS = {
    StockCountStatus.OPEN: QT_TRANSLATE_NOOP("StockCountStatus", "Open"),
    StockCountStatus.POSTED: QT_TRANSLATE_NOOP("StockCountStatus", "Posted"),
}
UNIT = {
    MaterialUnit.KG: QT_TRANSLATE_NOOP("MaterialUnit", "kg"),
    MaterialUnit.LITRE: QT_TRANSLATE_NOOP("MaterialUnit", "litre"),
    MaterialUnit.METRE: QT_TRANSLATE_NOOP("MaterialUnit", "metre"),
    MaterialUnit.PIECE: QT_TRANSLATE_NOOP("MaterialUnit", "piece"),
}
ASSISTANCE_KIND = {
    AssistanceKind.MOULD: QT_TRANSLATE_NOOP("AssistanceKind", "Mould"),
    AssistanceKind.MACHINE: QT_TRANSLATE_NOOP("AssistanceKind", "Machine"),
    AssistanceKind.TOOLS: QT_TRANSLATE_NOOP("AssistanceKind", "Tools"),
    AssistanceKind.MATERIAL: QT_TRANSLATE_NOOP("AssistanceKind", "Raw material"),
    AssistanceKind.TRAINING: QT_TRANSLATE_NOOP("AssistanceKind", "Training"),
    AssistanceKind.EXHIBITION: QT_TRANSLATE_NOOP("AssistanceKind", "Exhibition"),
    AssistanceKind.CAPITAL: QT_TRANSLATE_NOOP("AssistanceKind", "Capital"),
}
AGENCY_KIND = {
    AgencyKind.REGIONAL_GOVERNMENT: QT_TRANSLATE_NOOP("AgencyKind", "Regional government"),
    AgencyKind.MINISTRY: QT_TRANSLATE_NOOP("AgencyKind", "Ministry"),
    AgencyKind.BANK_CSR: QT_TRANSLATE_NOOP("AgencyKind", "State bank CSR"),
    AgencyKind.UNIVERSITY: QT_TRANSLATE_NOOP("AgencyKind", "University"),
    AgencyKind.OTHER: QT_TRANSLATE_NOOP("AgencyKind", "Other"),
}
PROGRAMME_KIND = {
    ProgrammeKind.EQUIPMENT_GRANT: QT_TRANSLATE_NOOP("ProgrammeKind", "Equipment grant"),
    ProgrammeKind.TRAINING: QT_TRANSLATE_NOOP("ProgrammeKind", "Training"),
    ProgrammeKind.EXHIBITION: QT_TRANSLATE_NOOP("ProgrammeKind", "Exhibition"),
    ProgrammeKind.CAPITAL: QT_TRANSLATE_NOOP("ProgrammeKind", "Capital"),
    ProgrammeKind.RAW_MATERIAL: QT_TRANSLATE_NOOP("ProgrammeKind", "Raw material"),
    ProgrammeKind.MENTORING: QT_TRANSLATE_NOOP("ProgrammeKind", "Mentoring"),
}
CONDITION = {
    Condition.GOOD: QT_TRANSLATE_NOOP("Condition", "Good"),
    Condition.NEEDS_REPAIR: QT_TRANSLATE_NOOP("Condition", "Needs repair"),
    Condition.BROKEN: QT_TRANSLATE_NOOP("Condition", "Broken"),
    Condition.LOST: QT_TRANSLATE_NOOP("Condition", "Lost"),
}
AID_STATUS = {
    AidStatus.HELD: QT_TRANSLATE_NOOP("AidStatus", "Held"),
    AidStatus.RETURNED: QT_TRANSLATE_NOOP("AidStatus", "Returned"),
    AidStatus.WRITTEN_OFF: QT_TRANSLATE_NOOP("AidStatus", "Written off"),
}
ROLE = {
    Role.KETUA: QT_TRANSLATE_NOOP("Role", "Head"),
    Role.OPERATOR: QT_TRANSLATE_NOOP("Role", "Operator"),
    Role.BENDAHARA: QT_TRANSLATE_NOOP("Role", "Treasurer"),
    Role.MENTOR: QT_TRANSLATE_NOOP("Role", "Mentor"),
}
# What a user's audit row or a restore's says happened (``changes["event"]``, see services.users).
AUDIT_EVENT = {
    UserEvent.FIRST_HEAD: QT_TRANSLATE_NOOP("AuditEvent", "First head made, PIN set"),
    UserEvent.HEAD_CHOSEN: QT_TRANSLATE_NOOP("AuditEvent", "Chosen as head at the upgrade, PIN set"),
    UserEvent.PIN_SET: QT_TRANSLATE_NOOP("AuditEvent", "PIN set"),
    UserEvent.PIN_RESET: QT_TRANSLATE_NOOP("AuditEvent", "PIN reset by the head"),
    UserEvent.PIN_RESET_ON_PC: QT_TRANSLATE_NOOP("AuditEvent", "PIN reset on this PC"),
    UserEvent.LOGIN: QT_TRANSLATE_NOOP("AuditEvent", "Logged in"),
    UserEvent.FAILED_LOGIN: QT_TRANSLATE_NOOP("AuditEvent", "Wrong PIN at login"),
    UserEvent.LOCKED: QT_TRANSLATE_NOOP("AuditEvent", "Locked out after wrong PINs"),
    UserEvent.SCREEN_LOCKED: QT_TRANSLATE_NOOP("AuditEvent", "Screen locked after a while without use"),
    UserEvent.UNLOCK: QT_TRANSLATE_NOOP("AuditEvent", "Screen unlocked"),
    UserEvent.FAILED_UNLOCK: QT_TRANSLATE_NOOP("AuditEvent", "Wrong PIN at the locked screen"),
    UserEvent.RESTORED: QT_TRANSLATE_NOOP("AuditEvent", "Backup restored"),
}

# Every table by the context its names are filed under, for the checks that compare screen and paper.
TABLES: dict[str, Mapping[Any, str]] = {
    "OrderStatus": ORDER_STATUS,
    "PaymentMethod": PAYMENT_METHOD,
    "BuyerKind": BUYER_KIND,
    "MetVia": MET_VIA,
    "SalesEventKind": SALES_EVENT_KIND,
    "MovementKind": MOVEMENT_KIND,
    "StockItemKind": STOCK_ITEM_KIND,
    "DesignStatus": DESIGN_STATUS,
    "StockCountStatus": STOCK_COUNT_STATUS,
    "MaterialUnit": UNIT,
    "AssistanceKind": ASSISTANCE_KIND,
    "AgencyKind": AGENCY_KIND,
    "ProgrammeKind": PROGRAMME_KIND,
    "Condition": CONDITION,
    "AidStatus": AID_STATUS,
    "Role": ROLE,
    "AuditEvent": AUDIT_EVENT,
}

# The name of a piece, wherever a count of pieces is printed ("1.250 buah").
PIECE = MaterialUnit.PIECE


def name(table: Mapping[Any, str], value: str, translate: Translate = i18n.translate) -> str:
    """The display name of stored ``value`` from ``table`` (the value itself when it has none)."""
    for member, source in table.items():
        if member == value:
            return translate(_context(table), source)
    return str(value)


def names(table: Mapping[E, str], translate: Translate = i18n.translate) -> dict[E, str]:
    """Every display name of ``table`` by choice (a plain stored value finds it too), in order."""
    context = _context(table)
    return {member: translate(context, source) for member, source in table.items()}


def table_for(choices: type[StrEnum]) -> Mapping[Any, str] | None:
    """The table of display names of the enum ``choices`` (None when it has none)."""
    return next((table for table in TABLES.values() if isinstance(next(iter(table), None), choices)), None)


def role_name(role: str, translate: Translate = i18n.translate) -> str:
    """The display name of a stored role ("ketua" -> "Ketua", "pendamping" too); the text when unknown."""
    parsed = parse_role(role)
    return name(ROLE, parsed.value, translate) if parsed is not None else role


def unit_name(unit: str, translate: Translate = i18n.translate) -> str:
    """The name of a unit by stored value; finished goods (``pcs``) count in pieces like a material."""
    return name(UNIT, PIECE.value if unit == DESIGN_UNIT else unit, translate)


def piece_name(translate: Translate = i18n.translate) -> str:
    """The word for a piece ("buah"), printed beside counts of finished goods."""
    return name(UNIT, PIECE.value, translate)


def _context(table: Mapping[Any, str]) -> str:
    for context, candidate in TABLES.items():
        if candidate is table:
            return context
    raise ValueError("not a table of display names")
