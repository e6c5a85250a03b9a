"""Agencies and the equipment, training or money they gave the sentra."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sentra_desktop.core.enums import AssistanceKind
from sentra_desktop.db.base import Base, RecordMixin, rupiah, str_name, text_note


class Agency(RecordMixin, Base):
    """A government agency, university or company that helps the sentra."""

    __tablename__ = "agency"

    name: Mapped[str_name] = mapped_column(unique=True)
    short_name: Mapped[str] = mapped_column(String(30), default="")
    contact: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[text_note]


class Assistance(RecordMixin, Base):
    """What an agency gave and when; the same kind from two agencies close together is flagged."""

    __tablename__ = "assistance"

    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    received_on: Mapped[date] = mapped_column(index=True)
    kind: Mapped[AssistanceKind] = mapped_column(Base.enum_column(AssistanceKind))
    item: Mapped[str_name]
    quantity: Mapped[int] = mapped_column(default=1)
    value: Mapped[rupiah]
    member_business_id: Mapped[int | None] = mapped_column(ForeignKey("member_business.id"))
    notes: Mapped[text_note]

    agency: Mapped[Agency] = relationship()

    __table_args__ = (
        CheckConstraint("quantity >= 0", name="quantity_not_negative"),
        CheckConstraint("value >= 0", name="value_not_negative"),
    )
