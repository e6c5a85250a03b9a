"""Product types, moulds, design variants with their photos, materials and recipes."""

from __future__ import annotations

import uuid as uuid_type
from datetime import date
from decimal import Decimal

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sentra_desktop.core.enums import Condition, DesignStatus, MaterialUnit
from sentra_desktop.core.value_added import MaterialCategory
from sentra_desktop.db.base import (
    Base,
    RecordMixin,
    change_seq_column,
    rupiah,
    str_code,
    str_name,
    str_short,
    text_note,
)
from sentra_desktop.db.types import Thousandths


class ProductType(RecordMixin, Base):
    """Keychain, coaster, mat, pot ...: what kind of thing a design is."""

    __tablename__ = "product_type"

    name: Mapped[str_name] = mapped_column(unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[text_note]


class Mould(RecordMixin, Base):
    """A casting tool; it casts one or more designs (``mould_design``) and has a daily capacity.

    It came from an aid item (``assistance_id``) or the sentra's own purchase (date and price),
    and is held by a member business or by the sentra (None). A retired mould is inactive.
    """

    __tablename__ = "mould"

    code: Mapped[str_code] = mapped_column(unique=True)
    name: Mapped[str_name]
    product_type_id: Mapped[int | None] = mapped_column(ForeignKey("product_type.id"), index=True)
    cavities: Mapped[int] = mapped_column(default=1)
    casts_per_day: Mapped[int] = mapped_column(default=1)
    material: Mapped[str_short]
    condition: Mapped[Condition] = mapped_column(Base.enum_column(Condition), default=Condition.GOOD)
    member_business_id: Mapped[int | None] = mapped_column(ForeignKey("member_business.id"))
    assistance_id: Mapped[int | None] = mapped_column(ForeignKey("assistance.id"), index=True)
    acquired_on: Mapped[date | None]
    purchase_price: Mapped[int | None] = mapped_column(BigInteger)
    retired_on: Mapped[date | None]
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[text_note]

    product_type: Mapped[ProductType | None] = relationship()

    __table_args__ = (
        CheckConstraint("cavities >= 1", name="cavities_positive"),
        CheckConstraint("casts_per_day >= 1", name="casts_per_day_positive"),
        CheckConstraint("purchase_price >= 0", name="purchase_price_not_negative"),
    )


class MouldDesign(Base):
    """Which designs a mould casts: a design may have several moulds, a mould several designs."""

    __tablename__ = "mould_design"

    mould_id: Mapped[int] = mapped_column(ForeignKey("mould.id", ondelete="CASCADE"), primary_key=True)
    design_id: Mapped[int] = mapped_column(
        ForeignKey("design_variant.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    # A link travels to the agency like a record (see sentra_desktop.db.travel); it is never edited.
    uuid: Mapped[uuid_type.UUID] = mapped_column(default=uuid_type.uuid4, unique=True)
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    change_seq: Mapped[int] = change_seq_column()


class DesignVariant(RecordMixin, Base):
    """One sellable design: code, product type, moulds, colour, size, price, life cycle."""

    __tablename__ = "design_variant"

    code: Mapped[str_code] = mapped_column(unique=True)
    name: Mapped[str_name] = mapped_column(index=True)
    product_type_id: Mapped[int] = mapped_column(ForeignKey("product_type.id"), index=True)
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
    # The member business whose sales the design's order lines count for; None = the whole sentra.
    member_business_id: Mapped[int | None] = mapped_column(ForeignKey("member_business.id"), index=True)

    product_type: Mapped[ProductType] = relationship()
    moulds: Mapped[list[Mould]] = relationship(secondary="mould_design", order_by="Mould.code")
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
    uuid: Mapped[uuid_type.UUID] = mapped_column(default=uuid_type.uuid4, unique=True)
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    change_seq: Mapped[int] = change_seq_column()

    design: Mapped[DesignVariant] = relationship(back_populates="photo")

    __mapper_args__ = {"version_id_col": version}


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
    # Value added: what the material is, kg per litre (latex), and its price when it has no receipts.
    category: Mapped[MaterialCategory] = mapped_column(
        Base.enum_column(MaterialCategory), default=MaterialCategory.OTHER
    )
    kg_per_litre: Mapped[Decimal | None] = mapped_column(Thousandths)
    set_price: Mapped[int | None] = mapped_column(BigInteger)


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


__all__ = ["DesignPhoto", "DesignVariant", "Material", "Mould", "MouldDesign", "ProductType", "RecipeLine"]
