"""Every table of Sentra Desktop; importing this package registers them all on ``Base``."""

from sentra_desktop.db.models.assistance import Agency, Assistance, Programme
from sentra_desktop.db.models.audit import AuditEntry
from sentra_desktop.db.models.catalogue import (
    DesignPhoto,
    DesignVariant,
    Material,
    Mould,
    MouldDesign,
    ProductType,
    RecipeLine,
)
from sentra_desktop.db.models.mentoring import MentoringVisit, VisitRecommendation
from sentra_desktop.db.models.organisation import (
    Maker,
    MakerMembership,
    MemberBusiness,
    SentraProfile,
    SentraSetting,
    User,
)
from sentra_desktop.db.models.pay import (
    PayAdjustment,
    PayAdvance,
    PayEntryChange,
    PayLine,
    PayPeriod,
    PaySlip,
    PieceRate,
)
from sentra_desktop.db.models.production import ProductionEntry
from sentra_desktop.db.models.sales import (
    Buyer,
    Delivery,
    DeliveryLine,
    Order,
    OrderCounter,
    OrderLine,
    Payment,
    SalesEvent,
)
from sentra_desktop.db.models.stock import (
    MaterialReceipt,
    StockBalance,
    StockCount,
    StockCountLine,
    StockMovement,
)
from sentra_desktop.db.models.summaries import OutputMonth, SalesMonth
from sentra_desktop.db.models.tracking import ChangeCounter, ChangeTombstone, SentraIdentity

__all__ = [
    "Agency",
    "Assistance",
    "AuditEntry",
    "Buyer",
    "ChangeCounter",
    "ChangeTombstone",
    "Delivery",
    "DeliveryLine",
    "DesignPhoto",
    "DesignVariant",
    "Maker",
    "MakerMembership",
    "Material",
    "MaterialReceipt",
    "MemberBusiness",
    "MentoringVisit",
    "Mould",
    "MouldDesign",
    "Order",
    "OrderCounter",
    "OrderLine",
    "OutputMonth",
    "PayAdjustment",
    "PayAdvance",
    "PayEntryChange",
    "PayLine",
    "PayPeriod",
    "PaySlip",
    "Payment",
    "PieceRate",
    "ProductType",
    "ProductionEntry",
    "Programme",
    "RecipeLine",
    "SalesEvent",
    "SalesMonth",
    "SentraIdentity",
    "SentraProfile",
    "SentraSetting",
    "StockBalance",
    "StockCount",
    "StockCountLine",
    "StockMovement",
    "User",
    "VisitRecommendation",
]
