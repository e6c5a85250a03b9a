"""Tabs built the first time they are shown: the one way pages put a built tab in place.

Stok and Pengaturan start with cheap placeholders and build a tab only when it is first shown
(measured on the large demo: Pengaturan's first build fell from 209–392 ms to 44–124 ms, Stok's
from 0.59–1.12 s to 50–60 ms). A tab built after the main window applied the role's permissions
to the page gets them here, as the page's own widgets did.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from sentra_desktop.services.database import Database
from sentra_desktop.ui.permissions import apply_permissions


def put_in_place(tabs: QTabWidget, index: int, tab: QWidget, db: Database) -> None:
    """Replace the placeholder at ``index`` with ``tab`` (title, tooltip and current tab kept)."""
    blocked = tabs.blockSignals(True)
    current = tabs.currentIndex()
    placeholder = tabs.widget(index)
    title, tip = tabs.tabText(index), tabs.tabToolTip(index)
    tabs.removeTab(index)
    tabs.insertTab(index, tab, title)
    tabs.setTabToolTip(index, tip)
    tabs.setCurrentIndex(current)
    tabs.blockSignals(blocked)
    if placeholder is not None:
        placeholder.deleteLater()
    # As the main window does for the page it shows (a page is only shown to someone logged in).
    if db.actor.role is not None and not getattr(db.policy, "open", False):
        apply_permissions(tab, db.actor.role)
