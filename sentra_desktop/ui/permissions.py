"""What the logged-in user's role cannot do is disabled on screen, with a tooltip saying who can.

The services refuse such a call anyway (:mod:`services.roles`); this is so that nobody is offered
a button that can only fail. One map from a widget class and its button attribute to the action
the button starts, so the pages need not know about roles; a page that later enables the button
again (a row was selected) is overruled by the filter each refused button carries.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QWidget

from sentra_desktop.core.names import role_name
from sentra_desktop.services.roles import allowed, who_can

# Widget class name -> {button attribute -> action}; "{domain}" is the widget's service's domain.
BUTTONS: dict[str, dict[str, str]] = {
    "DesignsPage": {
        "new_button": "design.create",
        "edit_button": "design.update",
        "retire_button": "design.retire",
        "delete_button": "design.delete",
    },
    "BuyersPage": {
        "new_button": "buyer.create",
        "edit_button": "buyer.update",
        "remove_button": "buyer.remove",
        "restore_button": "buyer.set_archived",
        "order_button": "order.create",
    },
    "OrdersPage": {
        "new_button": "order.create",
        "edit_button": "order.update",
        "confirm_button": "order.confirm",
        "ready_button": "order.mark_ready",
        "deliver_button": "order.deliver",
        "payment_button": "order.add_payment",
        "cancel_button": "order.cancel",
    },
    "EventsView": {"add_button": "order.create_event"},
    "OrderPanel": {
        "void_delivery_button": "order.void_delivery",
        "void_payment_button": "order.void_payment",
    },
    "ProductionPage": {
        "save_button": "production.create",
        "undo_button": "production.undo",
        "edit_button": "production.update",
        "delete_button": "production.delete",
    },
    "PayPage": {"mark_button": "pay.mark_paid"},
    "RateForm": {"save_button": "pay.set_rate"},
    "AdvanceForm": {"save_button": "pay.add_advance"},
    "AdjustmentForm": {"save_button": "pay.add_adjustment"},
    "ReceiptsTab": {"receive_button": "material.create_receipt", "void_button": "material.void_receipt"},
    "CountTab": {
        "start_button": "stock_count.start",
        "post_button": "stock_count.post",
        "cancel_button": "stock_count.cancel",
    },
    "RecordListTab": {
        "new_button": "{domain}.create",
        "edit_button": "{domain}.update",
        "active_button": "{domain}.deactivate",
        "delete_button": "{domain}.delete",
    },
    "ProfileTab": {
        "save_button": "profile.save",
        "choose_logo_button": "profile.save",
        "remove_logo_button": "profile.save",
    },
    "IdleLockSetting": {"save_button": "sentra_setting.set"},
    "BackupTab": {"restore_button": "backup.restore", "backup_now_button": "backup.backup_now"},
    "DatabaseTab": {
        "test_button": "database.test_connection",
        "save_button": "database.change",
        "copy_button": "database.copy_records",
    },
    "TransferTab": {"import_button": "transfer.import_file"},
    "PacketBox": {"export_button": "packet.export"},
}

_REFUSED = "sentra_refused_action"


def who_can_text(action: str) -> str:
    """ "Only Head can do this." / "Only Head, Operator can do this." in the screen's language."""
    names = ", ".join(
        role_name(role, lambda context, text: QCoreApplication.translate(context, text))
        for role in who_can(action)
    )
    return QCoreApplication.translate("Permissions", "Only %1 can do this.").replace("%1", names)


class _KeepDisabled(QObject):
    """Disables the button again when its page enables it (a row was selected)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.property(_REFUSED)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


def apply_permissions(root: QWidget, role: str | None) -> int:
    """Disable, under ``root``, every mapped button ``role`` may not use; returns how many."""
    refused = 0
    for widget in [root, *root.findChildren(QWidget)]:
        mapping = _mapping_of(widget)
        for attribute, action in mapping.items():
            button = getattr(widget, attribute, None)
            if not isinstance(button, QAbstractButton):
                continue
            if "{domain}" in action:
                service = getattr(widget, "service", None)
                action = action.replace("{domain}", getattr(service, "domain", ""))
            if allowed(role, action) or button.property(_REFUSED):
                continue
            button.setProperty(_REFUSED, action)
            button.setToolTip(who_can_text(action))
            keeper = _KeepDisabled(button)
            button.installEventFilter(keeper)
            button.setEnabled(False)
            refused += 1
    return refused


def _mapping_of(widget: QWidget) -> dict[str, str]:
    for cls in type(widget).__mro__:
        mapping = BUTTONS.get(cls.__name__)
        if mapping is not None:
            return mapping
    return {}
