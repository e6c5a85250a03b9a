"""Pengaturan (settings): the sentra profile and the lists a sentra sets up once."""

from sentra_desktop.ui.pages.settings.page import SettingsPage

__all__ = ["SettingsPage"]
