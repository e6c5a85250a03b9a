"""Deliveries: pieces handed over to the buyer, posted out of stock in the same transaction.

Each delivery gets a delivery-note number of its own (SJ-2026-0042-1 for the first one of
PSN-2026-0042). Voiding a delivery posts reversing movements; ledger rows are never changed.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from sentra_desktop.core.enums import MovementKind, OrderStatus, StockItemKind
from sentra_desktop.core.errors import FieldError, NotFoundError, SentraError, ValidationError
from sentra_desktop.core.formatting import format_thousands
from sentra_desktop.core.text import NOTE_MAX, check_text
from sentra_desktop.db.models import Delivery, DeliveryLine, OrderLine
from sentra_desktop.db.types import utcnow
from sentra_desktop.services.orders.checks import day_of, whole
from sentra_desktop.services.orders.common import (
    DELIVERY,
    OrderBase,
    delivered_by_line,
    design_codes,
    lock_order,
    lock_order_of,
    settle_status,
    touch,
)
from sentra_desktop.services.orders.data import (
    DELIVERY_PREFIX,
    NUMBER_PREFIX,
    OPEN_STATUSES,
    DeliveryInput,
    DeliverySaved,
    DeliveryShortError,
    MoreThanOrderedError,
)
from sentra_desktop.services.stock import balances, post_rows, reverse_movements


class Deliveries(OrderBase, domain="order"):
    """Delivering an order and taking a delivery back."""

    def deliver(self, order_id: int, data: DeliveryInput, *, allow_short: bool = False) -> DeliverySaved:
        """Hand over pieces of a confirmed or ready order, posting stock out, as one transaction.

        Each delivery gets a delivery-note number of its own (SJ-2026-0042-1 for the first one of
        PSN-2026-0042). When a design would go below zero on hand, DeliveryShortError is
        raised and nothing is saved, unless ``allow_short`` (the operator said go ahead).
        """
        with self.db.transaction() as session:
            order = lock_order(session, order_id)
            if order.status in (OrderStatus.DRAFT,):
                raise SentraError("deliver_needs_confirmed")
            if order.status not in OPEN_STATUSES:
                raise SentraError("order_closed")
            errors: list[FieldError] = []
            day = day_of(errors, "delivered_on", data.delivered_on, required=True)
            if day is not None and day < order.ordered_on:
                errors.append(FieldError("delivered_on", "delivery_before_order"))
            elif day is not None and day > date.today():
                errors.append(FieldError("delivered_on", "future_date", {"value": day.strftime("%d/%m/%Y")}))
            note = check_text(errors, "note", (data.note or "").strip(), max_len=NOTE_MAX)
            lines = {line.id: line for line in order.lines}
            delivered = delivered_by_line(session, list(lines))
            going: list[tuple[OrderLine, int]] = []
            over: list[FieldError] = []
            for line_id, typed in data.quantities.items():
                name = f"quantity.{line_id}"
                line = lines.get(line_id)
                if line is None:
                    errors.append(FieldError(name, "invalid_choice"))
                    continue
                pieces = whole(errors, name, typed, zero_ok=True)
                if pieces is None or pieces == 0:
                    continue
                done = delivered.get(line_id, 0)
                left = line.quantity - done
                if pieces > left:
                    over.append(
                        FieldError(
                            name,
                            "more_than_ordered",
                            {
                                "open": format_thousands(left),
                                "ordered": format_thousands(line.quantity),
                                "delivered": format_thousands(done),
                            },
                        )
                    )
                    continue
                going.append((line, pieces))
            if over:
                raise MoreThanOrderedError(over + errors)
            if not going and not any(e.field and e.field.startswith("quantity.") for e in errors):
                errors.append(FieldError(None, "nothing_delivered"))
            if errors or day is None:
                raise ValidationError(errors)
            out: dict[int, int] = {}
            for line, pieces in going:
                out[line.design_id] = out.get(line.design_id, 0) + pieces
            if not allow_short:
                on_hand = balances(session, StockItemKind.DESIGN, out)
                short = [
                    (code, int(on_hand[design_id]), out[design_id])
                    for design_id, code in design_codes(session, out)
                    if on_hand[design_id] < out[design_id]
                ]
                if short:
                    raise DeliveryShortError(
                        items=", ".join(
                            f"{code} ({format_thousands(have)} / {format_thousands(need)})"
                            for code, have, need in short
                        ),
                    )
            count = session.connection().scalar(
                select(func.count()).select_from(DELIVERY).where(DELIVERY.c.order_id == order_id)
            )
            number = f"{DELIVERY_PREFIX}{order.number[len(NUMBER_PREFIX) :]}-{int(count or 0) + 1}"
            delivery = Delivery(order_id=order_id, number=number, delivered_on=day, note=note)
            delivery.lines = [DeliveryLine(order_line_id=line.id, quantity=pieces) for line, pieces in going]
            session.add(delivery)
            touch(order)
            session.flush()
            reference = f"{number} / {order.number}"
            post_rows(
                session,
                [
                    {
                        "kind": MovementKind.DELIVERY,
                        "design_id": line.design_id,
                        "quantity": -pieces,
                        "moved_on": day,
                        "reference": reference,
                        "member_business_id": order.member_business_id,
                        "delivery_id": delivery.id,
                    }
                    for line, pieces in going
                ],
            )
            settle_status(session, order)
            return DeliverySaved(delivery.id, number, order.status)

    def void_delivery(self, delivery_id: int) -> None:
        """Take back a delivery entered by mistake: reversing movements, the order reopens."""
        with self.db.transaction() as session:
            order_id = lock_order_of(session, DELIVERY, delivery_id)
            if order_id is None:
                raise NotFoundError()
            order = lock_order(session, order_id)
            delivery = session.get(Delivery, delivery_id)
            assert delivery is not None
            if delivery.voided_at is not None:
                raise SentraError("already_voided")
            if order.status == OrderStatus.CANCELLED:
                raise SentraError("order_closed")
            delivery.voided_at = utcnow()
            touch(order)
            session.flush()
            reverse_movements(session, delivery_id=delivery_id)
            settle_status(session, order)
