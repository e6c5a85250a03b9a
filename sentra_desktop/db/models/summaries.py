"""Monthly summaries of production and sales, kept beside the records they sum.

Derived data, like the stock balances: written only by :mod:`sentra_desktop.db.summaries` in
the transaction of each audited write, filled by migration ``0010_monthly_summaries``, and
checked against their records by ``sentra-desktop check``. They let the Kinerja figures of a
year read a few thousand rows instead of a million entries and a hundred thousand orders.
No foreign keys: a summary row names its design, maker or buyer only to group by it.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Float, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from sentra_desktop.db.base import Base


class OutputMonth(Base):
    """Live production entries of one month, design, maker and member business."""

    __tablename__ = "output_month"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))  # "2026-11", as production_entry.month
    design_id: Mapped[int]
    maker_id: Mapped[int]
    member_business_id: Mapped[int | None]
    good: Mapped[int] = mapped_column(BigInteger, default=0)
    reject: Mapped[int] = mapped_column(BigInteger, default=0)
    entries: Mapped[int] = mapped_column(default=0)

    __table_args__ = (Index("ix_output_month_month_design", "month", "design_id"),)


class SalesMonth(Base):
    """Sold orders' lines of one month, design, buyer, sales event and member business.

    ``ordered_*`` counts lines of orders ordered in the month, ``delivered_*`` pieces delivered
    in it (deliveries not voided); values carry the order's discount spread over its lines in
    proportion to their value, so they are fractions of a rupiah summed as floats.
    """

    __tablename__ = "sales_month"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))
    design_id: Mapped[int]
    buyer_id: Mapped[int]
    sales_event_id: Mapped[int | None]
    member_business_id: Mapped[int | None]
    ordered_value: Mapped[float] = mapped_column(Float, default=0)
    ordered_pieces: Mapped[int] = mapped_column(BigInteger, default=0)
    delivered_value: Mapped[float] = mapped_column(Float, default=0)
    delivered_pieces: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (
        Index("ix_sales_month_month", "month"),
        Index("ix_sales_month_buyer_month", "buyer_id", "month"),
    )
