"""What to produce: per design, the open quantities of confirmed and ready orders against stock."""

from __future__ import annotations

from sqlalchemy import Integer, case, func, select, type_coerce

from sentra_desktop.services.listing import as_date
from sentra_desktop.services.orders.common import (
    BALANCE,
    DESIGN,
    LINE,
    ORDER,
    OrderBase,
    delivered_of,
)
from sentra_desktop.services.orders.data import OPEN_STATUSES, NeedRow


class ProductionNeeds(OrderBase, domain="order"):
    """The "what to produce" list of the Pesanan area."""

    def production_needs(self, *, shortfall_only: bool = False) -> list[NeedRow]:
        """Per design: confirmed and ready quantities not yet delivered, against stock on hand.

        Summed in SQL from the lines and deliveries of open orders (available is computed, never
        stored); designs with the earliest due date first.
        """
        open_orders = select(ORDER.c.id).where(ORDER.c.status.in_([s.value for s in OPEN_STATUSES]))
        open_lines = (
            select(
                LINE.c.design_id.label("design_id"),
                LINE.c.order_id.label("order_id"),
                (LINE.c.quantity - delivered_of(LINE.c.id)).label("open"),
                ORDER.c.due_on.label("due_on"),
            )
            .select_from(LINE)
            .join(ORDER, ORDER.c.id == LINE.c.order_id)
            # Driven by the few open orders (status index), never by a scan of every line.
            .where(LINE.c.order_id.in_(open_orders))
            .subquery("open_lines")
        )
        per_design = (
            select(
                open_lines.c.design_id,
                func.sum(open_lines.c.open).label("open"),
                func.count(func.distinct(case((open_lines.c.open > 0, open_lines.c.order_id)))).label(
                    "orders"
                ),
                func.min(case((open_lines.c.open > 0, open_lines.c.due_on))).label("earliest_due"),
            )
            .group_by(open_lines.c.design_id)
            .having(func.sum(open_lines.c.open) > 0)
            .subquery("per_design")
        )
        on_hand = func.coalesce(type_coerce(BALANCE.c.on_hand, Integer), 0)  # thousandths
        stmt = (
            select(
                DESIGN.c.id,
                DESIGN.c.code,
                DESIGN.c.name,
                per_design.c.open,
                on_hand.label("on_hand"),
                per_design.c.orders,
                per_design.c.earliest_due,
            )
            .join(per_design, per_design.c.design_id == DESIGN.c.id)
            .outerjoin(BALANCE, BALANCE.c.design_id == DESIGN.c.id)
            .order_by(per_design.c.earliest_due.is_(None), per_design.c.earliest_due, DESIGN.c.code)
        )
        if shortfall_only:
            stmt = stmt.where(per_design.c.open * 1000 > on_hand)
        with self.db.reading() as session:
            rows = session.execute(stmt).all()
        return [
            NeedRow(
                design_id=row.id,
                code=row.code,
                name=row.name,
                open_quantity=int(row.open),
                on_hand=int(row.on_hand) // 1000,
                orders=int(row.orders),
                earliest_due=as_date(row.earliest_due),
            )
            for row in rows
        ]

    def open_quantity(self, design_id: int) -> int:
        """Pieces of one design on confirmed or ready orders not yet delivered."""
        return next((n.open_quantity for n in self.production_needs() if n.design_id == design_id), 0)
