"""Payments: money received against an order, never more than is outstanding."""

from __future__ import annotations

from datetime import date

from sentra_desktop.core.enums import OrderStatus, PaymentMethod
from sentra_desktop.core.errors import FieldError, NotFoundError, SentraError, ValidationError
from sentra_desktop.core.formatting import format_rupiah
from sentra_desktop.core.text import NOTE_MAX, check_text
from sentra_desktop.db.models import Payment
from sentra_desktop.db.types import utcnow
from sentra_desktop.services.field_checks import rupiah
from sentra_desktop.services.orders.checks import day_of
from sentra_desktop.services.orders.common import (
    PAYMENT,
    OrderBase,
    lock_order,
    lock_order_of,
    order_total,
    touch,
)
from sentra_desktop.services.orders.data import PaymentInput


class Payments(OrderBase, domain="order"):
    """Recording a payment and cancelling one entered by mistake."""

    def add_payment(self, order_id: int, data: PaymentInput) -> int:
        """Record money received; more than is outstanding is refused (the amount field)."""
        with self.db.transaction() as session:
            order = lock_order(session, order_id)
            if order.status == OrderStatus.CANCELLED:
                raise SentraError("payment_on_cancelled")
            errors: list[FieldError] = []
            day = day_of(errors, "paid_on", data.paid_on, required=True)
            if day is not None and day > date.today():
                errors.append(FieldError("paid_on", "future_date", {"value": day.strftime("%d/%m/%Y")}))
            amount = rupiah(errors, "amount", data.amount)
            if amount == 0 and not any(e.field == "amount" for e in errors):
                errors.append(FieldError("amount", "not_positive"))
            try:
                method = PaymentMethod(data.method)
            except ValueError:
                errors.append(FieldError("method", "invalid_choice"))
                method = PaymentMethod.CASH
            note = check_text(errors, "note", (data.note or "").strip(), max_len=NOTE_MAX)
            total, paid = order_total(session, order_id)
            if amount and amount > total - paid:
                errors.append(
                    FieldError("amount", "overpayment", {"max": format_rupiah(max(total - paid, 0))})
                )
            if errors or day is None or amount is None:
                raise ValidationError(errors)
            payment = Payment(
                order_id=order_id,
                paid_on=day,
                amount=amount,
                method=method,
                is_down_payment=bool(data.is_down_payment),
                note=note,
            )
            session.add(payment)
            touch(order)
            session.flush()
            return payment.id

    def void_payment(self, payment_id: int) -> None:
        """Cancel a payment entered by mistake; it stays in the history, crossed out."""
        with self.db.transaction() as session:
            order_id = lock_order_of(session, PAYMENT, payment_id)
            if order_id is None:
                raise NotFoundError()
            order = lock_order(session, order_id)
            payment = session.get(Payment, payment_id)
            assert payment is not None
            if payment.voided_at is not None:
                raise SentraError("already_voided")
            payment.voided_at = utcnow()
            touch(order)
