"""Stok: the stock overview, one item's stock card, the ledger, materials, receipts and counts."""

from sentra_desktop.ui.pages.stock.page import StockPage

__all__ = ["StockPage"]
