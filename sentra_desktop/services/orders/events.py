"""Sales events (an exhibition, a sports week, a festival) and the share of sales each brought."""

from __future__ import annotations

from datetime import date

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import SalesEventKind
from sentra_desktop.core.errors import FieldError, ValidationError
from sentra_desktop.core.text import NOTE_MAX, check_text, clean
from sentra_desktop.db.models import SalesEvent
from sentra_desktop.services.orders.common import EVENT, LINE, ORDER, OrderBase, subtotal_of
from sentra_desktop.services.orders.data import OWING_STATUSES, EventInput, EventRow


class SalesEvents(OrderBase, domain="order"):
    """Listing and adding sales events."""

    def events(self) -> list[EventRow]:
        """Sales events, newest first, with how many orders and how much income each brought."""
        live = ORDER.c.status.in_([s.value for s in OWING_STATUSES])
        per_order = (
            select(
                ORDER.c.sales_event_id.label("event_id"),
                (subtotal_of(ORDER.c.id) - ORDER.c.discount).label("income"),
            )
            .where(ORDER.c.sales_event_id.is_not(None), live)
            .subquery("per_order")
        )
        stmt = (
            select(
                EVENT.c.id,
                EVENT.c.name,
                EVENT.c.kind,
                EVENT.c.starts_on,
                EVENT.c.ends_on,
                EVENT.c.location,
                func.count(per_order.c.event_id),
                func.coalesce(func.sum(per_order.c.income), 0),
            )
            .outerjoin(per_order, per_order.c.event_id == EVENT.c.id)
            .group_by(
                EVENT.c.id, EVENT.c.name, EVENT.c.kind, EVENT.c.starts_on, EVENT.c.ends_on, EVENT.c.location
            )
            .order_by(EVENT.c.starts_on.desc(), EVENT.c.name)
        )
        with self.db.reading() as session:
            rows = session.execute(stmt).all()
            years = {r[3].year for r in rows if r[3] is not None}
            sales = self._sales_by_year(session, years)
        return [
            EventRow(
                r[0], r[1], SalesEventKind(r[2]), r[3], r[4], r[5], int(r[6]), int(r[7]),
                sales.get(r[3].year, 0) if r[3] is not None else 0,
            )
            for r in rows
        ]  # fmt: skip

    def event_choices(self) -> list[tuple[int, str]]:
        """(id, name) of every sales event, newest first: for a choice list, without the sums.

        :meth:`events` adds each event's orders and income and its year's sales, which reads
        every order (two seconds at 200,000 orders); a filter or a form only needs the names.
        """
        stmt = select(EVENT.c.id, EVENT.c.name).order_by(EVENT.c.starts_on.desc(), EVENT.c.name)
        with self.db.reading() as session:
            return [(int(row[0]), str(row[1])) for row in session.execute(stmt)]

    @staticmethod
    def _sales_by_year(session: Session, years: set[int]) -> dict[int, int]:
        """Sales of each of ``years``: confirmed, ready and delivered orders placed in it, after discount.

        Two grouped sums over the orders of those years, not two per year.
        """
        if not years:
            return {}
        live = ORDER.c.status.in_([s.value for s in OWING_STATUSES])
        span = (ORDER.c.ordered_on >= date(min(years), 1, 1), ORDER.c.ordered_on <= date(max(years), 12, 31))
        year = extract("year", ORDER.c.ordered_on)
        lines = session.execute(
            select(year, func.coalesce(func.sum(LINE.c.quantity * LINE.c.unit_price), 0))
            .select_from(LINE)
            .join(ORDER, ORDER.c.id == LINE.c.order_id)
            .where(live, *span)
            .group_by(year)
        ).all()
        discounts: dict[int, int] = {
            int(y): int(total or 0)
            for y, total in session.execute(
                select(year, func.coalesce(func.sum(ORDER.c.discount), 0)).where(live, *span).group_by(year)
            )
        }
        return {int(y): int(total or 0) - discounts.get(int(y), 0) for y, total in lines if int(y) in years}

    def create_event(self, data: EventInput) -> int:
        """Add a sales event (an exhibition, a sports week, a festival) that orders can name."""
        with self.db.transaction() as session:
            errors: list[FieldError] = []
            name = check_text(errors, "name", clean(data.name), required=True)
            location = check_text(errors, "location", clean(data.location))
            notes = check_text(errors, "notes", (data.notes or "").strip(), max_len=NOTE_MAX)
            if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
                errors.append(FieldError("ends_on", "date_order"))
            if name and session.scalar(select(EVENT.c.id).where(func.lower(EVENT.c.name) == name.lower())):
                errors.append(FieldError("name", "duplicate", {"value": name}))
            try:
                kind = SalesEventKind(data.kind)
            except ValueError:
                errors.append(FieldError("kind", "invalid_choice"))
                kind = SalesEventKind.OTHER
            if errors:
                raise ValidationError(errors)
            event = SalesEvent(
                name=name,
                kind=kind,
                starts_on=data.starts_on,
                ends_on=data.ends_on,
                location=location,
                notes=notes,
            )
            session.add(event)
            session.flush()
            return event.id
