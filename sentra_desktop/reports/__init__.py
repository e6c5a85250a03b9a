"""Printed sheets: ReportLab PDFs built from plain data (:mod:`sentra_desktop.core.sheets`), bytes out.

This package imports neither Qt nor the database: the services layer gathers the data, the user
interface or the command line hands it to :func:`render`.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

from sentra_desktop.reports.base import Progress

SHEET_KINDS = ("order", "delivery", "stock", "stock_card", "production", "buyers")

# ReportLab keeps some state in module globals (fonts, graphics defaults): one sheet at a time, so
# two sheets asked for at once from worker threads never lay out over each other.
_RENDER_LOCK = threading.Lock()


def render(data: Any, *, progress: Progress | None = None, printed_at: datetime | None = None) -> bytes:
    """The PDF for one sheet's data (the sheet is chosen by the data's type)."""
    from sentra_desktop.core import sheets as d
    from sentra_desktop.reports.base import Sheet
    from sentra_desktop.reports.buyers import BuyerList
    from sentra_desktop.reports.order import DeliveryNote, OrderSheet
    from sentra_desktop.reports.production import ProductionSummary
    from sentra_desktop.reports.stock import StockCard, StockSheet

    sheets: dict[type, type[Sheet]] = {
        d.OrderSheetData: OrderSheet,
        d.DeliveryNoteData: DeliveryNote,
        d.StockSheetData: StockSheet,
        d.StockCardData: StockCard,
        d.ProductionSummaryData: ProductionSummary,
        d.BuyerListData: BuyerList,
    }
    sheet = sheets.get(type(data))
    if sheet is None:
        raise TypeError(f"no sheet prints {type(data).__name__}")
    with _RENDER_LOCK:
        return sheet(data, printed_at=printed_at).render(progress)  # type: ignore[call-arg]
