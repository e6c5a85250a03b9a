"""Buyers, sales events, orders with their lines, deliveries and payments."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sentra_desktop.core.enums import BuyerKind, MetVia, OrderStatus, PaymentMethod, SalesEventKind
from sentra_desktop.db.base import Base, RecordMixin, rupiah, str_name, str_short, text_note
from sentra_desktop.db.models.catalogue import DesignVariant


class Buyer(RecordMixin, Base):
    """A shop, reseller, event committee, agency or tourist who buys from the sentra."""

    __tablename__ = "buyer"

    name: Mapped[str_name] = mapped_column(index=True)
    organisation: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[BuyerKind] = mapped_column(Base.enum_column(BuyerKind), default=BuyerKind.OTHER)
    phone: Mapped[str_short]
    phone_normalized: Mapped[str] = mapped_column(String(30), default="", index=True)
    email: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str_short]
    province: Mapped[str_short]
    # The market: Kemendagri codes from core.places ("16.71", "16"); city/province stay as typed.
    regency_code: Mapped[str | None] = mapped_column(String(5), index=True)
    province_code: Mapped[str | None] = mapped_column(String(2), index=True)
    met_via: Mapped[MetVia] = mapped_column(Base.enum_column(MetVia), default=MetVia.OTHER)
    tags: Mapped[str] = mapped_column(String(300), default="")
    archived: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[text_note]


class SalesEvent(RecordMixin, Base):
    """An exhibition, sports week, festival or tourist season that orders can belong to."""

    __tablename__ = "sales_event"

    name: Mapped[str_name] = mapped_column(unique=True)
    kind: Mapped[SalesEventKind] = mapped_column(
        Base.enum_column(SalesEventKind), default=SalesEventKind.OTHER
    )
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    location: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[text_note]


class OrderCounter(Base):
    """The last order number used in a year, bumped in the order's own transaction."""

    __tablename__ = "order_counter"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(default=0)


class Order(RecordMixin, Base):
    """A buyer's order: lines, due date, discount, status, payments and deliveries."""

    __tablename__ = "sales_order"

    number: Mapped[str] = mapped_column(String(20), unique=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyer.id"), index=True)
    ordered_on: Mapped[date] = mapped_column(index=True)
    due_on: Mapped[date | None] = mapped_column(index=True)
    status: Mapped[OrderStatus] = mapped_column(
        Base.enum_column(OrderStatus), default=OrderStatus.DRAFT, index=True
    )
    discount: Mapped[rupiah]
    sales_event_id: Mapped[int | None] = mapped_column(ForeignKey("sales_event.id"), index=True)
    member_business_id: Mapped[int | None] = mapped_column(ForeignKey("member_business.id"))
    confirmed_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    notes: Mapped[text_note]

    buyer: Mapped[Buyer] = relationship()
    sales_event: Mapped[SalesEvent | None] = relationship()
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.position"
    )
    payments: Mapped[list[Payment]] = relationship(back_populates="order", order_by="Payment.paid_on")
    deliveries: Mapped[list[Delivery]] = relationship(back_populates="order")

    __table_args__ = (
        CheckConstraint("discount >= 0", name="discount_not_negative"),
        CheckConstraint("due_on IS NULL OR due_on >= ordered_on", name="due_after_order"),
    )


class OrderLine(RecordMixin, Base):
    """A design, a quantity and its unit price on an order."""

    __tablename__ = "order_line"

    order_id: Mapped[int] = mapped_column(ForeignKey("sales_order.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    design_id: Mapped[int] = mapped_column(ForeignKey("design_variant.id"), index=True)
    quantity: Mapped[int]
    unit_price: Mapped[rupiah]

    order: Mapped[Order] = relationship(back_populates="lines")
    design: Mapped[DesignVariant] = relationship()

    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price >= 0", name="price_not_negative"),
    )


class Delivery(RecordMixin, Base):
    """Goods handed over for an order, with its delivery-note (surat jalan) number."""

    __tablename__ = "delivery"

    order_id: Mapped[int] = mapped_column(ForeignKey("sales_order.id"), index=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    delivered_on: Mapped[date]
    voided_at: Mapped[datetime | None]
    note: Mapped[text_note]

    order: Mapped[Order] = relationship(back_populates="deliveries")
    lines: Mapped[list[DeliveryLine]] = relationship(back_populates="delivery", cascade="all, delete-orphan")


class DeliveryLine(RecordMixin, Base):
    """How many pieces of one order line went out with one delivery."""

    __tablename__ = "delivery_line"

    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id"), index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_line.id"), index=True)
    quantity: Mapped[int]

    delivery: Mapped[Delivery] = relationship(back_populates="lines")
    order_line: Mapped[OrderLine] = relationship()

    __table_args__ = (
        UniqueConstraint("delivery_id", "order_line_id", name="uq_delivery_line_delivery_line"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )


class Payment(RecordMixin, Base):
    """Money received against an order: a down payment or a later payment."""

    __tablename__ = "payment"

    order_id: Mapped[int] = mapped_column(ForeignKey("sales_order.id"), index=True)
    paid_on: Mapped[date]
    amount: Mapped[rupiah]
    method: Mapped[PaymentMethod] = mapped_column(Base.enum_column(PaymentMethod), default=PaymentMethod.CASH)
    is_down_payment: Mapped[bool] = mapped_column(default=False)
    voided_at: Mapped[datetime | None]
    note: Mapped[text_note]

    order: Mapped[Order] = relationship(back_populates="payments")

    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        Index("ix_payment_paid_on", "paid_on"),
    )


__all__ = [
    "Buyer",
    "Delivery",
    "DeliveryLine",
    "Order",
    "OrderCounter",
    "OrderLine",
    "Payment",
    "SalesEvent",
]
