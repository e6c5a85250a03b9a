"""What the audit log shows for a stored field: its label, and its value as the rest of the program shows it.

The log records column names (``quantity_per_piece``) and stored values (``production_in``,
``2026-11-03``, ``true``); an operator reads "Jumlah per buah", "Produksi masuk", "03/11/2026",
"Ya". Labels are filed under the "AuditField" context of the catalogue, by column name; a column
whose name means different things in different tables has an entry by ``table.column`` too. Stored
choices take their names from :mod:`sentra_desktop.core.names`, as every list and sheet does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from sentra_desktop.core import names
from sentra_desktop.core.formatting import format_date, format_datetime
from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "AuditField"

LABELS = {
    "acquired_on": QT_TRANSLATE_NOOP("AuditField", "Acquired on"),
    "active": QT_TRANSLATE_NOOP("AuditField", "Active"),
    "address": QT_TRANSLATE_NOOP("AuditField", "Address"),
    "agency_id": QT_TRANSLATE_NOOP("AuditField", "Agency"),
    "amount": QT_TRANSLATE_NOOP("AuditField", "Amount"),
    "archived": QT_TRANSLATE_NOOP("AuditField", "Archived"),
    "buyer_id": QT_TRANSLATE_NOOP("AuditField", "Buyer"),
    "cancelled_at": QT_TRANSLATE_NOOP("AuditField", "Cancelled at"),
    "changes": QT_TRANSLATE_NOOP("AuditField", "Values"),
    "cavities": QT_TRANSLATE_NOOP("AuditField", "Cavities"),
    "city": QT_TRANSLATE_NOOP("AuditField", "City"),
    "code": QT_TRANSLATE_NOOP("AuditField", "Code"),
    "colour": QT_TRANSLATE_NOOP("AuditField", "Colour"),
    "confirmed_at": QT_TRANSLATE_NOOP("AuditField", "Confirmed at"),
    "contact": QT_TRANSLATE_NOOP("AuditField", "Contact"),
    "cost": QT_TRANSLATE_NOOP("AuditField", "Cost"),
    "counted": QT_TRANSLATE_NOOP("AuditField", "Counted"),
    "counted_on": QT_TRANSLATE_NOOP("AuditField", "Counted on"),
    "created_at": QT_TRANSLATE_NOOP("AuditField", "Created at"),
    "created_by": QT_TRANSLATE_NOOP("AuditField", "Created by"),
    "delivered_on": QT_TRANSLATE_NOOP("AuditField", "Delivered on"),
    "delivery_id": QT_TRANSLATE_NOOP("AuditField", "Delivery"),
    "design_id": QT_TRANSLATE_NOOP("AuditField", "Design"),
    "discount": QT_TRANSLATE_NOOP("AuditField", "Discount"),
    "due_on": QT_TRANSLATE_NOOP("AuditField", "Due on"),
    "email": QT_TRANSLATE_NOOP("AuditField", "Email"),
    "ends_on": QT_TRANSLATE_NOOP("AuditField", "Ends on"),
    "expected": QT_TRANSLATE_NOOP("AuditField", "Expected"),
    "good_qty": QT_TRANSLATE_NOOP("AuditField", "Good pieces"),
    "height": QT_TRANSLATE_NOOP("AuditField", "Height"),
    "id": QT_TRANSLATE_NOOP("AuditField", "Number (ID)"),
    "image": QT_TRANSLATE_NOOP("AuditField", "Picture"),
    "introduced_on": QT_TRANSLATE_NOOP("AuditField", "Introduced on"),
    "is_down_payment": QT_TRANSLATE_NOOP("AuditField", "Down payment"),
    "item": QT_TRANSLATE_NOOP("AuditField", "Item"),
    "key": QT_TRANSLATE_NOOP("AuditField", "Setting"),
    "kind": QT_TRANSLATE_NOOP("AuditField", "Kind"),
    "last_number": QT_TRANSLATE_NOOP("AuditField", "Last number"),
    "location": QT_TRANSLATE_NOOP("AuditField", "Location"),
    "logo": QT_TRANSLATE_NOOP("AuditField", "Logo"),
    "low_stock_level": QT_TRANSLATE_NOOP("AuditField", "Low stock level"),
    "maker_id": QT_TRANSLATE_NOOP("AuditField", "Maker"),
    "material_id": QT_TRANSLATE_NOOP("AuditField", "Material"),
    "material_receipt_id": QT_TRANSLATE_NOOP("AuditField", "Material receipt"),
    "member_business_id": QT_TRANSLATE_NOOP("AuditField", "Member business"),
    "met_via": QT_TRANSLATE_NOOP("AuditField", "Met via"),
    "method": QT_TRANSLATE_NOOP("AuditField", "Payment method"),
    "month": QT_TRANSLATE_NOOP("AuditField", "Month"),
    "mould_id": QT_TRANSLATE_NOOP("AuditField", "Mould"),
    "moved_on": QT_TRANSLATE_NOOP("AuditField", "Moved on"),
    "name": QT_TRANSLATE_NOOP("AuditField", "Name"),
    "event": QT_TRANSLATE_NOOP("AuditField", "What happened"),
    "user": QT_TRANSLATE_NOOP("AuditField", "User"),
    "database.backup": QT_TRANSLATE_NOOP("AuditField", "Backup"),
    "database.previous": QT_TRANSLATE_NOOP("AuditField", "Replaced data kept as"),
    "note": QT_TRANSLATE_NOOP("AuditField", "Note"),
    "notes": QT_TRANSLATE_NOOP("AuditField", "Notes"),
    "number": QT_TRANSLATE_NOOP("AuditField", "Number"),
    "on_hand": QT_TRANSLATE_NOOP("AuditField", "On hand"),
    "order_id": QT_TRANSLATE_NOOP("AuditField", "Order"),
    "order_line_id": QT_TRANSLATE_NOOP("AuditField", "Order line"),
    "ordered_on": QT_TRANSLATE_NOOP("AuditField", "Ordered on"),
    "organisation": QT_TRANSLATE_NOOP("AuditField", "Organisation"),
    "owner": QT_TRANSLATE_NOOP("AuditField", "Owner"),
    "paid_on": QT_TRANSLATE_NOOP("AuditField", "Paid on"),
    "phone": QT_TRANSLATE_NOOP("AuditField", "Phone"),
    "phone_normalized": QT_TRANSLATE_NOOP("AuditField", "Phone (for searching)"),
    "pin_hash": QT_TRANSLATE_NOOP("AuditField", "PIN (scrambled)"),
    "position": QT_TRANSLATE_NOOP("AuditField", "Position"),
    "price": QT_TRANSLATE_NOOP("AuditField", "Price"),
    "produced_on": QT_TRANSLATE_NOOP("AuditField", "Produced on"),
    "product_type_id": QT_TRANSLATE_NOOP("AuditField", "Product type"),
    "production_entry_id": QT_TRANSLATE_NOOP("AuditField", "Production entry"),
    "province": QT_TRANSLATE_NOOP("AuditField", "Province"),
    "quantity": QT_TRANSLATE_NOOP("AuditField", "Quantity"),
    "quantity_per_piece": QT_TRANSLATE_NOOP("AuditField", "Quantity per piece"),
    "received_on": QT_TRANSLATE_NOOP("AuditField", "Received on"),
    "reference": QT_TRANSLATE_NOOP("AuditField", "Reference"),
    "reject_qty": QT_TRANSLATE_NOOP("AuditField", "Rejects"),
    "reverses_id": QT_TRANSLATE_NOOP("AuditField", "Reverses"),
    "role": QT_TRANSLATE_NOOP("AuditField", "Role"),
    "sales_event_id": QT_TRANSLATE_NOOP("AuditField", "Sales event"),
    "short_name": QT_TRANSLATE_NOOP("AuditField", "Short name"),
    "size": QT_TRANSLATE_NOOP("AuditField", "Size"),
    "starts_on": QT_TRANSLATE_NOOP("AuditField", "Starts on"),
    "status": QT_TRANSLATE_NOOP("AuditField", "Status"),
    "stock_count_id": QT_TRANSLATE_NOOP("AuditField", "Stock count"),
    "supplier": QT_TRANSLATE_NOOP("AuditField", "Supplier"),
    "tags": QT_TRANSLATE_NOOP("AuditField", "Labels"),
    "thumbnail": QT_TRANSLATE_NOOP("AuditField", "Small picture"),
    "total_price": QT_TRANSLATE_NOOP("AuditField", "Total price"),
    "unit": QT_TRANSLATE_NOOP("AuditField", "Unit"),
    "unit_price": QT_TRANSLATE_NOOP("AuditField", "Unit price"),
    "updated_at": QT_TRANSLATE_NOOP("AuditField", "Changed at"),
    "updated_by": QT_TRANSLATE_NOOP("AuditField", "Changed by"),
    "uuid": QT_TRANSLATE_NOOP("AuditField", "Record code (UUID)"),
    "value": QT_TRANSLATE_NOOP("AuditField", "Value"),
    "version": QT_TRANSLATE_NOOP("AuditField", "Version"),
    "voided_at": QT_TRANSLATE_NOOP("AuditField", "Voided at"),
    "width": QT_TRANSLATE_NOOP("AuditField", "Width"),
    "year": QT_TRANSLATE_NOOP("AuditField", "Year"),
    # Names that mean something else in one table.
    "assistance.value": QT_TRANSLATE_NOOP("AuditField", "Value (Rp)"),
    "stock_balance.design_id": QT_TRANSLATE_NOOP("AuditField", "Design"),
}

YES = QT_TRANSLATE_NOOP("AuditField", "Yes")
NO = QT_TRANSLATE_NOOP("AuditField", "No")

# Stored choices: the names table of a column, by "table.column".
CHOICES: dict[str, Mapping[Any, str]] = {
    "design_variant.status": names.DESIGN_STATUS,
    "app_user.role": names.ROLE,
    "app_user.event": names.AUDIT_EVENT,
    "database.event": names.AUDIT_EVENT,
    "sales_order.status": names.ORDER_STATUS,
    "stock_count.status": names.STOCK_COUNT_STATUS,
    "buyer.kind": names.BUYER_KIND,
    "buyer.met_via": names.MET_VIA,
    "sales_event.kind": names.SALES_EVENT_KIND,
    "stock_movement.kind": names.MOVEMENT_KIND,
    "assistance.kind": names.ASSISTANCE_KIND,
    "payment.method": names.PAYMENT_METHOD,
    "material.unit": names.UNIT,
}

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def field_label(table: str, column: str) -> str:
    """The label of ``table.column`` in the current language (the column name when it has none)."""
    source = LABELS.get(f"{table}.{column}") or LABELS.get(column)
    return _translate(CONTEXT, source) if source else column


def display_value(table: str, column: str, value: Any) -> str:
    """``value`` of ``table.column`` as lists and sheets show it: names of choices, dates, yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _translate(CONTEXT, YES if value else NO)
    choices = CHOICES.get(f"{table}.{column}")
    if choices is not None:
        return names.name(choices, str(value), _translate)
    if isinstance(value, str) and _DATE.match(value):
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, str) and _DATETIME.match(value):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        return format_datetime(moment.astimezone() if moment.tzinfo else moment)
    return str(value)
