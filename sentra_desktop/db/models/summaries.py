"""Monthly summaries of production and sales, kept beside the records they sum.

Derived data, like the stock balances: written only by :mod:`sentra_desktop.db.summaries` in
the transaction of each audited write, filled by migration ``0010_monthly_summaries``, and
checked against their records by ``sentra-desktop check``. They let the Kinerja figures of a
year read a few thousand rows instead of a million entries and a hundred thousand orders.
Migration ``0013_summary_counts`` added what the figures still read from the records: orders
and money per buyer and month, each buyer's first month, and production per day.
No foreign keys: a summary row names its design, maker or buyer only to group by it.
"""

from __future__ import annotations

from datetime import date

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


class OutputDay(Base):
    """Live production entries of one day, design and member business: the value added (priced
    by the day) and the days at the ends of the event windows read these."""

    __tablename__ = "output_day"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))  # the entries' month, the group a write recomputes
    day: Mapped[date]
    design_id: Mapped[int]
    member_business_id: Mapped[int | None]
    good: Mapped[int] = mapped_column(BigInteger, default=0)
    reject: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (
        Index("ix_output_day_day", "day"),
        Index("ix_output_day_month_design", "month", "design_id"),
    )


class BuyerMonth(Base):
    """Sold orders of one month, buyer and sales event: how many, their pieces and value.

    ``orders``, ``pieces`` and ``ordered_value`` count the orders ordered in the month (an
    order's value is its lines less its discount, a whole number of rupiah; an order without
    lines counts with no value); ``delivered_value`` the pieces delivered in it, as in
    :class:`SalesMonth`.
    """

    __tablename__ = "buyer_month"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))
    buyer_id: Mapped[int]
    sales_event_id: Mapped[int | None]
    orders: Mapped[int] = mapped_column(default=0)
    pieces: Mapped[int] = mapped_column(BigInteger, default=0)
    ordered_value: Mapped[int] = mapped_column(BigInteger, default=0)
    delivered_value: Mapped[float] = mapped_column(Float, default=0)

    __table_args__ = (
        Index("ix_buyer_month_month", "month"),
        Index("ix_buyer_month_buyer_month", "buyer_id", "month"),
    )


class PaidMonth(Base):
    """Live payments on orders not cancelled, by the month paid, the order's month and buyer.

    ``sold``: the order is sold (not a draft), so its payments count as paid on the period's
    orders; money received counts every row.
    """

    __tablename__ = "paid_month"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))
    ordered_month: Mapped[str] = mapped_column(String(7))
    buyer_id: Mapped[int]
    sold: Mapped[bool]
    amount: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (
        Index("ix_paid_month_month", "month"),
        Index("ix_paid_month_ordered_month", "ordered_month"),
        Index("ix_paid_month_buyer_ordered", "buyer_id", "ordered_month"),
    )


class BuyerFirst(Base):
    """Each buyer's first month with a sold order that has pieces: new and repeat buyers and the
    markets sold to before a period are read from these few thousand rows."""

    __tablename__ = "buyer_first"

    buyer_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    first_month: Mapped[str] = mapped_column(String(7), index=True)
