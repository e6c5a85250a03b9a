"""Daily production entries: good pieces and rejects of one design by one maker."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sentra_desktop.db.base import Base, RecordMixin, text_note
from sentra_desktop.db.dialect import partial_index
from sentra_desktop.db.models.catalogue import DesignVariant
from sentra_desktop.db.models.organisation import Maker, MemberBusiness

_LIVE = text("voided_at IS NULL")


class ProductionEntry(RecordMixin, Base):
    """One day's output of one design by one maker.

    ``month`` ("2026-11") is stored beside the date so that monthly summaries group on an
    indexed column on SQLite and PostgreSQL alike. A deleted entry is voided, never removed.
    """

    __tablename__ = "production_entry"

    produced_on: Mapped[date]
    month: Mapped[str] = mapped_column(String(7))
    design_id: Mapped[int] = mapped_column(ForeignKey("design_variant.id"))
    maker_id: Mapped[int] = mapped_column(ForeignKey("maker.id"))
    member_business_id: Mapped[int | None] = mapped_column(ForeignKey("member_business.id"))
    mould_id: Mapped[int | None] = mapped_column(ForeignKey("mould.id"))  # the mould used, when named
    good_qty: Mapped[int] = mapped_column(default=0)
    reject_qty: Mapped[int] = mapped_column(default=0)
    voided_at: Mapped[datetime | None]
    note: Mapped[text_note]

    design: Mapped[DesignVariant] = relationship()
    maker: Mapped[Maker] = relationship()
    member_business: Mapped[MemberBusiness | None] = relationship()

    __table_args__ = (
        CheckConstraint("good_qty >= 0", name="good_not_negative"),
        CheckConstraint("reject_qty >= 0", name="reject_not_negative"),
        CheckConstraint("good_qty + reject_qty > 0", name="something_produced"),
        Index("ix_production_entry_day", "produced_on", "id"),
        Index("ix_production_entry_month_design", "month", "design_id"),
        Index("ix_production_entry_design_day", "design_id", "produced_on"),
        Index("ix_production_entry_maker_day", "maker_id", "produced_on"),
        # The production list shows entries that are not voided. These partial indexes hold
        # every column the list filters, sorts and totals on, so a page of ids, a count or the
        # totals over a million entries never touch the table itself.
        partial_index(
            "ix_production_entry_live_day",
            "produced_on", "id", "design_id", "maker_id", "good_qty", "reject_qty",
            where=_LIVE,
        ),
        partial_index(
            "ix_production_entry_live_design",
            "design_id", "produced_on", "id", "maker_id", "good_qty", "reject_qty",
            where=_LIVE,
        ),
        partial_index(
            "ix_production_entry_live_maker",
            "maker_id", "produced_on", "id", "design_id", "good_qty", "reject_qty",
            where=_LIVE,
        ),
        partial_index(
            "ix_production_entry_live_good",
            "good_qty", "produced_on", "id", "design_id", "maker_id", "reject_qty",
            where=_LIVE,
        ),
        # The entries that name their mould, for each mould's output (aid use); few rows.
        partial_index(
            "ix_production_entry_mould",
            "mould_id", "design_id", "produced_on", "good_qty",
            where=text("mould_id IS NOT NULL AND voided_at IS NULL"),
        ),
        partial_index(
            "ix_production_entry_live_reject",
            "reject_qty", "produced_on", "id", "design_id", "maker_id", "good_qty",
            where=_LIVE,
        ),
        # One member business's books: its list, counts and totals, and totals per member.
        partial_index(
            "ix_production_entry_live_member",
            "member_business_id", "produced_on", "id", "design_id", "maker_id", "good_qty", "reject_qty",
            where=_LIVE,
        ),
    )  # fmt: skip
