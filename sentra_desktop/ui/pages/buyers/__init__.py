"""The Pembeli area: buyer contacts and each buyer's page."""

from sentra_desktop.ui.pages.buyers.page import BuyersPage

__all__ = ["BuyersPage"]
