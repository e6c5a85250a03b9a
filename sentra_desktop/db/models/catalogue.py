"""Product types, moulds, design variants with their photos, materials and recipes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sentra_desktop.core.enums import DesignStatus, MaterialUnit
from sentra_desktop.db.base import Base, RecordMixin, rupiah, str_code, str_name, str_short, text_note
from sentra_desktop.db.types import Thousandths


class ProductType(RecordMixin, Base):
    """Keychain, coaster, mat, pot ...: what kind of thing a design is."""

    __tablename__ = "product_type"

    name: Mapped[str_name] = mapped_column(unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[text_note]


class Mould(RecordMixin, Base):
    """A casting tool; the sentra owns a limited number of them."""

    __tablename__ = "mould"

    code: Mapped[str_code] = mapped_column(unique=True)
    name: Mapped[str_name]
    product_type_id: Mapped[int | None] = mapped_column(ForeignKey("product_type.id"), index=True)
    cavities: Mapped[int] = mapped_column(default=1)
    acquired_on: Mapped[date | None]
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[text_note]

    product_type: Mapped[ProductType | None] = relationship()

    __table_args__ = (CheckConstraint("cavities >= 1", name="cavities_positive"),)


class DesignVariant(RecordMixin, Base):
    """One sellable design: code, product type, mould, colour, size, price, life cycle."""

    __tablename__ = "design_variant"

    code: Mapped[str_code] = mapped_column(unique=True)
    name: Mapped[str_name] = mapped_column(index=True)
    product_type_id: Mapped[int] = mapped_column(ForeignKey("product_type.id"), index=True)
    mould_id: Mapped[int | None] = mapped_column(ForeignKey("mould.id"), index=True)
    colour: Mapped[str_short]
    size: Mapped[str_short]
    price: Mapped[rupiah]
    cost: Mapped[rupiah]
    status: Mapped[DesignStatus] = mapped_column(
        Base.enum_column(DesignStatus), default=DesignStatus.ACTIVE, index=True
    )
    introduced_on: Mapped[date | None]
    low_stock_level: Mapped[int] = mapped_column(default=0)
    notes: Mapped[text_note]

    product_type: Mapped[ProductType] = relationship()
    mould: Mapped[Mould | None] = relationship()
    photo: Mapped[DesignPhoto | None] = relationship(
        back_populates="design", uselist=False, cascade="all, delete-orphan"
    )
    recipe: Mapped[list[RecipeLine]] = relationship(
        back_populates="design", cascade="all, delete-orphan", order_by="RecipeLine.id"
    )

    __table_args__ = (
        CheckConstraint("price >= 0", name="price_not_negative"),
        CheckConstraint("cost >= 0", name="cost_not_negative"),
        CheckConstraint("low_stock_level >= 0", name="low_stock_not_negative"),
    )


class DesignPhoto(Base):
    """A design's photo, resized and stored in the database so backups carry it.

    Kept apart from the design row so that lists read only the small thumbnail.
    """

    __tablename__ = "design_photo"

    design_id: Mapped[int] = mapped_column(ForeignKey("design_variant.id"), primary_key=True)
    image: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)

    design: Mapped[DesignVariant] = relationship(back_populates="photo")


class Material(RecordMixin, Base):
    """A raw material: latex, rubber compound, coconut fibre, pigment, key rings ..."""

    __tablename__ = "material"

    code: Mapped[str_code] = mapped_column(unique=True)
    name: Mapped[str_name] = mapped_column(unique=True)
    unit: Mapped[MaterialUnit] = mapped_column(Base.enum_column(MaterialUnit, 10))
    low_stock_level: Mapped[Decimal] = mapped_column(Thousandths, default=Decimal(0))
    supplier: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[text_note]


class RecipeLine(RecordMixin, Base):
    """How much of one material one piece of a design takes."""

    __tablename__ = "recipe_line"

    design_id: Mapped[int] = mapped_column(ForeignKey("design_variant.id"), index=True)
    material_id: Mapped[int] = mapped_column(ForeignKey("material.id"), index=True)
    quantity_per_piece: Mapped[Decimal] = mapped_column(Thousandths)

    design: Mapped[DesignVariant] = relationship(back_populates="recipe")
    material: Mapped[Material] = relationship()

    __table_args__ = (
        UniqueConstraint("design_id", "material_id", name="uq_recipe_line_design_material"),
        CheckConstraint("quantity_per_piece > 0", name="quantity_positive"),
    )


__all__ = ["DesignPhoto", "DesignVariant", "Material", "Mould", "ProductType", "RecipeLine"]
