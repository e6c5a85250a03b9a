"""The Kinerja pack: every section and the warnings on paper, the same numbers as on screen."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from sentra_desktop import printing
from sentra_desktop.core import performance_rows as rows
from sentra_desktop.core.performance import Period
from sentra_desktop.services.database import Database
from sentra_desktop.services.performance import PerformanceService
from tests.reports.conftest import build_known, pdf_pages


def test_pack_prints_every_section_warning_and_the_screens_numbers(db: Database) -> None:
    build_known(db)
    params = {"date_from": date(2026, 11, 1), "date_to": date(2026, 11, 30)}
    text = " ".join(" ".join(pdf_pages(printing.make(db, "performance", params))).split())
    for title in (
        "Ringkasan",
        "Produksi",
        "Penjualan dan pasar",
        "Diversifikasi desain",
        "Ketergantungan pada acara",
        "Grafik",
    ):
        assert title in text, title
    data = PerformanceService(db).pack(Period.month(date(2026, 11, 1)))
    assert data.warnings  # one buyer holds the whole month
    assert "penjualan periode ini" in text and "100,0 %" in text
    # Screen and paper lay out the same rows: every cell of them is on the paper.
    for table in (
        rows.output_summary(data),
        rows.sales_summary(data),
        rows.design_summary(data),
        rows.top_design_rows(data),
        rows.output_rows(data.current.by_maker, data.previous.by_maker),
    ):
        for row in table:
            for cell in row[1:]:
                assert cell in text, (row[0], cell)


def test_pack_prints_the_pages_figures_without_reading_them_again(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_known(db)
    period = Period.month(date(2026, 11, 1))
    data = PerformanceService(db).pack(period)
    params = {"date_from": period.start, "date_to": period.end, "period_kind": period.kind.value}
    printed_at = datetime(2026, 12, 1, 9, 0)
    read = printing.make(db, "performance", params, printed_at=printed_at)
    calls: list[Period] = []
    original = PerformanceService.pack

    def counted(self: PerformanceService, asked: Period, *args: Any, **kwargs: Any) -> Any:
        calls.append(asked)
        return original(self, asked, *args, **kwargs)

    monkeypatch.setattr(PerformanceService, "pack", counted)
    reused = printing.make(db, "performance", {**params, "figures": data}, printed_at=printed_at)
    assert calls == []
    assert pdf_pages(reused) == pdf_pages(read)
    # Figures of another period are not printed for this one: they are read again.
    other = {**params, "figures": PerformanceService(db).pack(Period.month(date(2026, 10, 1)))}
    calls.clear()
    assert pdf_pages(printing.make(db, "performance", other, printed_at=printed_at)) == pdf_pages(read)
    assert calls == [period]
