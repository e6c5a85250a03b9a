"""The stock ledger, per-item balances, material receipts and stock counts.

Ledger rows are written once and never changed or deleted; a correction is a new reversing
row. Each movement names either a design (finished goods) or a material, never both.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sentra_desktop.core.enums import MovementKind, StockCountStatus
from sentra_desktop.db.base import Base, LedgerMixin, RecordMixin, rupiah, text_note
from sentra_desktop.db.models.catalogue import DesignVariant, Material
from sentra_desktop.db.types import Thousandths, utcnow

_ONE_ITEM = "(design_id IS NULL) <> (material_id IS NULL)"


class StockMovement(LedgerMixin, Base):
    """One quantity in (positive) or out (negative) of one item, with its reason."""

    __tablename__ = "stock_movement"

    moved_on: Mapped[date]
    kind: Mapped[MovementKind] = mapped_column(Base.enum_column(MovementKind))
    design_id: Mapped[int | None] = mapped_column(ForeignKey("design_variant.id"))
    material_id: Mapped[int | None] = mapped_column(ForeignKey("material.id"))
    quantity: Mapped[Decimal] = mapped_column(Thousandths)
    reference: Mapped[str] = mapped_column(String(60), default="")
    member_business_id: Mapped[int | None] = mapped_column(ForeignKey("member_business.id"))
    production_entry_id: Mapped[int | None] = mapped_column(ForeignKey("production_entry.id"), index=True)
    material_receipt_id: Mapped[int | None] = mapped_column(ForeignKey("material_receipt.id"), index=True)
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("delivery.id"), index=True)
    stock_count_id: Mapped[int | None] = mapped_column(ForeignKey("stock_count.id"), index=True)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("stock_movement.id"))
    note: Mapped[text_note]

    design: Mapped[DesignVariant | None] = relationship()
    material: Mapped[Material | None] = relationship()

    __table_args__ = (
        CheckConstraint(_ONE_ITEM, name="one_item"),
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        # An item's ledger in order, with the quantity, so its balance at any point is summed
        # from the index alone (opening balances, running balances, the balance check).
        Index("ix_stock_movement_design_day", "design_id", "moved_on", "id", "quantity"),
        Index("ix_stock_movement_material_day", "material_id", "moved_on", "id", "quantity"),
        # The whole ledger in order, for the ledger list.
        Index("ix_stock_movement_day", "moved_on", "id"),
    )


class StockBalance(Base):
    """On-hand quantity of one item, kept in the same transaction as each movement."""

    __tablename__ = "stock_balance"

    id: Mapped[int] = mapped_column(primary_key=True)
    design_id: Mapped[int | None] = mapped_column(ForeignKey("design_variant.id"), unique=True)
    material_id: Mapped[int | None] = mapped_column(ForeignKey("material.id"), unique=True)
    on_hand: Mapped[Decimal] = mapped_column(Thousandths, default=Decimal(0))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __table_args__ = (CheckConstraint(_ONE_ITEM, name="one_item"),)


class MaterialReceipt(RecordMixin, Base):
    """A purchase of material: what came in, from whom, for how much."""

    __tablename__ = "material_receipt"

    received_on: Mapped[date] = mapped_column(index=True)
    material_id: Mapped[int] = mapped_column(ForeignKey("material.id"), index=True)
    supplier: Mapped[str] = mapped_column(String(120), default="")
    quantity: Mapped[Decimal] = mapped_column(Thousandths)
    total_price: Mapped[rupiah]
    member_business_id: Mapped[int | None] = mapped_column(ForeignKey("member_business.id"))
    voided_at: Mapped[datetime | None]
    note: Mapped[text_note]

    material: Mapped[Material] = relationship()

    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("total_price >= 0", name="price_not_negative"),
    )


class StockCount(RecordMixin, Base):
    """A physical count (stok opname); posting it turns differences into adjustments."""

    __tablename__ = "stock_count"

    counted_on: Mapped[date] = mapped_column(index=True)
    status: Mapped[StockCountStatus] = mapped_column(
        Base.enum_column(StockCountStatus), default=StockCountStatus.OPEN
    )
    note: Mapped[text_note]

    lines: Mapped[list[StockCountLine]] = relationship(
        back_populates="stock_count", cascade="all, delete-orphan"
    )


class StockCountLine(RecordMixin, Base):
    """What the books said and what was counted for one item."""

    __tablename__ = "stock_count_line"

    stock_count_id: Mapped[int] = mapped_column(ForeignKey("stock_count.id"), index=True)
    design_id: Mapped[int | None] = mapped_column(ForeignKey("design_variant.id"))
    material_id: Mapped[int | None] = mapped_column(ForeignKey("material.id"))
    expected: Mapped[Decimal] = mapped_column(Thousandths)
    counted: Mapped[Decimal | None] = mapped_column(Thousandths)

    stock_count: Mapped[StockCount] = relationship(back_populates="lines")

    __table_args__ = (CheckConstraint(_ONE_ITEM, name="one_item"),)
