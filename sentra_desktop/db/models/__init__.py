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
from sentra_desktop.db.models.organisation import (
    Maker,
    MakerMembership,
    MemberBusiness,
    SentraProfile,
    SentraSetting,
    User,
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

__all__ = [
    "Agency",
    "Assistance",
    "AuditEntry",
    "Buyer",
    "Delivery",
    "DeliveryLine",
    "DesignPhoto",
    "DesignVariant",
    "Maker",
    "MakerMembership",
    "Material",
    "MaterialReceipt",
    "MemberBusiness",
    "Mould",
    "MouldDesign",
    "Order",
    "OrderCounter",
    "OrderLine",
    "Payment",
    "ProductType",
    "ProductionEntry",
    "Programme",
    "RecipeLine",
    "SalesEvent",
    "SentraProfile",
    "SentraSetting",
    "StockBalance",
    "StockCount",
    "StockCountLine",
    "StockMovement",
    "User",
]
