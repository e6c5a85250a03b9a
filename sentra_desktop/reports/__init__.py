"""Printed sheets: ReportLab PDFs built from plain data (:mod:`sentra_desktop.core.sheets`), bytes out.

This package imports neither Qt nor the database: the services layer gathers the data, and
:mod:`sentra_desktop.printing` (the one list of sheets) hands it to :func:`render_sheet`.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

from sentra_desktop.reports.base import Progress, Sheet

# ReportLab keeps some state in module globals (fonts, graphics defaults): one sheet at a time, so
# two sheets asked for at once from worker threads never lay out over each other.
_RENDER_LOCK = threading.Lock()


def render_sheet(
    sheet: type[Sheet],
    data: Any,
    *,
    title: str = "",
    progress: Progress | None = None,
    printed_at: datetime | None = None,
) -> bytes:
    """The PDF of ``data`` laid out by ``sheet`` under ``title`` (an English source the sheet translates)."""
    make: Any = sheet  # every sheet takes its own data class first, where the base takes the sentra
    with _RENDER_LOCK:
        return bytes(make(data, title=title, printed_at=printed_at).render(progress))
