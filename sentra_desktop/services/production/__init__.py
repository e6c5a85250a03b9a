"""Daily production: entries of good and rejected pieces, their stock postings, and the list.

:mod:`.service` saves and reads entries, :mod:`.checks` validates them, :mod:`.list_queries`
keeps the list fast at a million entries; the names other packages use are imported from here.
"""

from __future__ import annotations

from sentra_desktop.services.production.checks import DuplicateEntryError
from sentra_desktop.services.production.data import ProductionInput, ProductionRow, ProductionSaved
from sentra_desktop.services.production.service import ProductionService

__all__ = [
    "DuplicateEntryError",
    "ProductionInput",
    "ProductionRow",
    "ProductionSaved",
    "ProductionService",
]
