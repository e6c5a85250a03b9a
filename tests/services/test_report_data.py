"""The data behind each printed sheet, read from a known database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from sentra_desktop.core.enums import StockItemKind
from sentra_desktop.core.errors import NotFoundError, ValidationError
from sentra_desktop.core.messages import describe
from sentra_desktop.services.database import Database
from sentra_desktop.services.report_data import ReportDataService
from tests.reports.conftest import ARABIC, CHINESE, EMOJI, TRICKY, build_known

pytestmark = pytest.mark.usefixtures("known")


@pytest.fixture
def known(db: Database) -> dict[str, Any]:
    return build_known(db)


@pytest.fixture
def reports(db: Database) -> ReportDataService:
    return ReportDataService(db)


def test_order_sheet_has_lines_payments_and_what_is_owed(reports: ReportDataService) -> None:
    order = reports.order_sheet(" psn-2026-0007 ")
    assert order.number == "PSN-2026-0007"
    assert order.buyer.name == ARABIC and order.buyer.organisation == TRICKY
    assert [(line.code, line.quantity, line.delivered) for line in order.lines] == [
        ("GK-AMP", 120, 100),
        ("KS-01", 3, 0),
    ]
    assert order.subtotal == 1_365_000 and order.total == 1_340_000
    assert order.paid == 600_000 and order.outstanding == 740_000
    assert order.payments[0].is_down_payment and order.notes.startswith("Kirim")
    assert order.sentra.name == "Sentra Karet & Sabut <Uji>"


def test_unknown_order_number_is_a_clear_error(reports: ReportDataService) -> None:
    with pytest.raises(NotFoundError) as exc:
        reports.order_sheet("PSN-1999-0001")
    assert describe(exc.value) == "No order has the number “PSN-1999-0001”."


def test_delivery_note_by_its_number_or_by_the_order(reports: ReportDataService) -> None:
    note = reports.delivery_note("SJ-2026-0003")
    assert note.order_number == "PSN-2026-0007" and note.total_pieces == 100
    assert [(line.code, line.quantity, line.ordered) for line in note.lines] == [("GK-AMP", 100, 120)]
    assert reports.delivery_note("PSN-2026-0007").number == "SJ-2026-0003"
    with pytest.raises(NotFoundError, match="unknown_delivery"):
        reports.delivery_note("PSN-2026-0008")  # cancelled, never delivered


def test_stock_sheet_lists_designs_and_materials_with_low_stock(reports: ReportDataService) -> None:
    sheet = reports.stock_sheet()
    on_hand = {item.code: (item.on_hand, item.is_low) for item in sheet.designs + sheet.materials}
    # 100 + 50 + 7 made; the delivery record in the fixture posts no stock movement itself
    assert on_hand["GK-AMP"] == (Decimal(157), True)
    assert on_hand["KS-01"] == (Decimal(30), False)
    assert on_hand["LTX"] == (Decimal("12.500"), False)
    assert sheet.product_type == ""


def test_stock_sheet_filtered_by_product_type(reports: ReportDataService) -> None:
    sheet = reports.stock_sheet("keset")
    assert [item.code for item in sheet.designs] == ["KS-01"]
    assert sheet.materials == [] and sheet.product_type == "Keset"
    with pytest.raises(NotFoundError, match="unknown_product_type"):
        reports.stock_sheet("Sepatu")


def test_stock_card_of_a_material(reports: ReportDataService, known: dict[str, Any]) -> None:
    kind, item_id = reports.find_item("ltx")
    assert (kind, item_id) == (StockItemKind.MATERIAL, known["latex"])
    card = reports.stock_card(kind, item_id, date(2026, 10, 1), date(2026, 10, 31))
    assert card.opening == 0 and card.rows[0].quantity == Decimal("12.500")
    assert card.rows[0].created_by == "Penguji" and card.closing == card.rows[-1].balance
    with pytest.raises(NotFoundError, match="unknown_item"):
        reports.find_item("NOPE")


def test_production_summary_of_a_month(reports: ReportDataService) -> None:
    summary = reports.production_summary(date(2026, 11, 1), date(2026, 11, 30))
    assert (summary.good, summary.reject, summary.entries) == (180, 8, 4)
    by_design = {line.code: (line.good, line.reject, line.group) for line in summary.by_design}
    assert by_design == {"GK-AMP": (150, 5, "Gantungan kunci"), "KS-01": (30, 3, "Keset")}
    by_maker = {line.name: (line.good, line.entries) for line in summary.by_maker}
    assert by_maker == {"Rusmini": (120, 2), CHINESE: (60, 2)}
    assert len(summary.daily) == 30 and summary.daily[1].good == 150 and summary.daily[0].good == 0


def test_production_summary_of_one_member_and_of_an_empty_day(
    reports: ReportDataService, known: dict[str, Any]
) -> None:
    assert reports.production_summary(date(2026, 11, 1), date(2026, 11, 30), known["member"]).good == 180
    empty = reports.production_summary(date(2026, 11, 4), date(2026, 11, 4))
    assert empty.by_design == [] and empty.good == 0
    with pytest.raises(ValidationError):
        reports.production_summary(date(2026, 11, 5), date(2026, 11, 4))


def test_production_summary_of_a_long_range_is_monthly(reports: ReportDataService) -> None:
    summary = reports.production_summary(date(2026, 1, 1), date(2026, 12, 31))
    assert summary.daily_is_monthly
    assert [(d.day, d.good) for d in summary.daily] == [(date(2026, 10, 1), 7), (date(2026, 11, 1), 180)]


def test_buyer_list_counts_orders_that_are_not_cancelled(reports: ReportDataService) -> None:
    rows = {row.name: (row.orders, row.ordered_value) for row in reports.buyer_list().rows}
    assert rows[ARABIC] == (1, 1_340_000)
    assert rows[EMOJI] == (0, 0)
