"""Pengaturan (settings): the sentra profile and the lists a sentra sets up once.

The page is imported on first use: other pages import this package's record list and dialogs,
and should not pay for the whole settings page with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sentra_desktop.ui.pages.settings.page import SettingsPage

__all__ = ["SettingsPage"]


def __getattr__(name: str) -> Any:
    if name == "SettingsPage":
        from sentra_desktop.ui.pages.settings.page import SettingsPage

        return SettingsPage
    raise AttributeError(name)
