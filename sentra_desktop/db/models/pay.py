"""Piece-rate pay: rates per design or product type, advances, adjustments, and paid periods.

A paid slip keeps the lines it was paid on (entry id and version, pieces, rate, amount), so what
was paid never changes when production is edited later; the difference comes out as correction
lines in the maker's next slip (``corrects_period_id``). A period once paid is closed for every
maker: whatever lands in it later is a correction too. ``pay_entry_change`` lists the entries
touched after a payment that covered them, so corrections read a handful of rows, not history.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sentra_desktop.db.base import Base, LedgerMixin, RecordMixin, rupiah, text_note


class PieceRate(RecordMixin, Base):
    """Whole Rupiah per good piece (and optionally per reject) of a design or, as the default,
    of a product type, from ``effective_from`` until the next rate of the same target."""

    __tablename__ = "piece_rate"

    design_id: Mapped[int | None] = mapped_column(ForeignKey("design_variant.id"))
    product_type_id: Mapped[int | None] = mapped_column(ForeignKey("product_type.id"))
    effective_from: Mapped[date]
    rate: Mapped[rupiah]
    reject_rate: Mapped[int | None] = mapped_column(BigInteger)
    note: Mapped[text_note]

    __table_args__ = (
        CheckConstraint("rate >= 0", name="rate_not_negative"),
        CheckConstraint("reject_rate IS NULL OR reject_rate >= 0", name="reject_rate_not_negative"),
        CheckConstraint("(design_id IS NULL) <> (product_type_id IS NULL)", name="one_target"),
        UniqueConstraint("design_id", "effective_from", name="uq_piece_rate_design_from"),
        UniqueConstraint("product_type_id", "effective_from", name="uq_piece_rate_type_from"),
    )


class PayAdvance(RecordMixin, Base):
    """An advance (kasbon) given to a maker, taken off their pay from the period of its date on."""

    __tablename__ = "pay_advance"

    maker_id: Mapped[int] = mapped_column(ForeignKey("maker.id"), index=True)
    given_on: Mapped[date]
    amount: Mapped[rupiah]
    note: Mapped[text_note]

    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)


class PayAdjustment(RecordMixin, Base):
    """A plus or minus amount with its reason, counted in the period containing ``applies_on``."""

    __tablename__ = "pay_adjustment"

    maker_id: Mapped[int] = mapped_column(ForeignKey("maker.id"), index=True)
    applies_on: Mapped[date]
    amount: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(200))

    __table_args__ = (CheckConstraint("amount <> 0", name="amount_not_zero"),)


class PayPeriod(RecordMixin, Base):
    """A paid (closed) pay period; periods never overlap."""

    __tablename__ = "pay_period"

    starts_on: Mapped[date] = mapped_column(unique=True)
    ends_on: Mapped[date]

    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="ends_after_start"),)


class PaySlip(RecordMixin, Base):
    """One maker's pay for one period, marked paid: the figures as paid, when, how and by whom."""

    __tablename__ = "pay_slip"

    period_id: Mapped[int] = mapped_column(ForeignKey("pay_period.id"))
    maker_id: Mapped[int] = mapped_column(ForeignKey("maker.id"), index=True)
    paid_on: Mapped[date]
    method: Mapped[str] = mapped_column(String(30))
    paid_by: Mapped[str] = mapped_column(String(80))
    pieces_amount: Mapped[rupiah]
    corrections_amount: Mapped[rupiah]
    adjustments_amount: Mapped[rupiah]
    advances_deducted: Mapped[rupiah]
    total: Mapped[rupiah]

    __table_args__ = (UniqueConstraint("period_id", "maker_id", name="uq_pay_slip_period_maker"),)


class PayLine(LedgerMixin, Base):
    """One entry as a slip paid it; a correction line names the (closed) period it corrects."""

    __tablename__ = "pay_line"

    slip_id: Mapped[int] = mapped_column(ForeignKey("pay_slip.id"), index=True)
    corrects_period_id: Mapped[int | None] = mapped_column(ForeignKey("pay_period.id"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("production_entry.id"), index=True)
    entry_version: Mapped[int]
    produced_on: Mapped[date]
    design_id: Mapped[int] = mapped_column(ForeignKey("design_variant.id"))
    good_qty: Mapped[int]
    reject_qty: Mapped[int]
    rate: Mapped[int] = mapped_column(BigInteger)
    reject_rate: Mapped[int] = mapped_column(BigInteger)
    amount: Mapped[int] = mapped_column(BigInteger)


class PayEntryChange(Base):
    """An entry changed after a slip covering it (old or new place) was paid: it may need a correction."""

    __tablename__ = "pay_entry_change"

    entry_id: Mapped[int] = mapped_column(ForeignKey("production_entry.id"), primary_key=True)
