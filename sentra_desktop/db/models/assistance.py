"""Agencies, their programmes, and the aid items (bantuan) the sentra and its members received."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sentra_desktop.core.enums import AgencyKind, AidStatus, AssistanceKind, Condition, ProgrammeKind
from sentra_desktop.db.base import Base, RecordMixin, rupiah, str_name, str_short, text_note


class Agency(RecordMixin, Base):
    """A government agency, ministry, bank or university that helps the sentra."""

    __tablename__ = "agency"

    name: Mapped[str_name] = mapped_column(unique=True)
    short_name: Mapped[str] = mapped_column(String(30), default="")
    kind: Mapped[AgencyKind] = mapped_column(Base.enum_column(AgencyKind), default=AgencyKind.OTHER)
    contact: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[text_note]


class Programme(RecordMixin, Base):
    """One programme of an agency in one year, under which aid items were handed over."""

    __tablename__ = "programme"

    name: Mapped[str_name]
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    year: Mapped[int]
    kind: Mapped[ProgrammeKind] = mapped_column(Base.enum_column(ProgrammeKind))
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[text_note]

    agency: Mapped[Agency] = relationship()

    __table_args__ = (CheckConstraint("year >= 1900 AND year <= 2200", name="year_plausible"),)


class Assistance(RecordMixin, Base):
    """One aid item received under a programme; never deleted, only marked returned or written off.

    ``member_business_id`` is the recipient, or None for the sentra itself. ``active`` is True
    while the item is held (``status`` held), so the lists can hide marked items. ``condition`` is
    None for what is not a physical thing (training, exhibition, capital).
    """

    __tablename__ = "assistance"

    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    received_on: Mapped[date] = mapped_column(index=True)
    member_business_id: Mapped[int | None] = mapped_column(ForeignKey("member_business.id"))
    kind: Mapped[AssistanceKind] = mapped_column(Base.enum_column(AssistanceKind))
    description: Mapped[str_name]
    quantity: Mapped[int] = mapped_column(default=1)
    value: Mapped[rupiah]
    bast_number: Mapped[str_short]
    serial: Mapped[str_short]
    condition: Mapped[Condition | None] = mapped_column(Base.enum_column(Condition))
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    last_checked_on: Mapped[date | None]
    status: Mapped[AidStatus] = mapped_column(Base.enum_column(AidStatus), default=AidStatus.HELD)
    status_reason: Mapped[text_note]
    overlap_reason: Mapped[text_note]
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[text_note]

    programme: Mapped[Programme] = relationship()

    __table_args__ = (
        CheckConstraint("quantity >= 0", name="quantity_not_negative"),
        CheckConstraint("value >= 0", name="value_not_negative"),
        # The overlap check looks up one kind for one recipient in a window of dates.
        Index("ix_assistance_kind_day", "kind", "received_on"),
    )
