"""The printed sheets, registered once: name, title, where the data comes from, what lays it out.

The Laporan page, the print preview and the command line's ``report`` all make a sheet through
:func:`make`; adding a sheet is one :class:`SheetKind` here (plus its data in ``services`` and its
layout in ``reports``). This module sits above both, which may not import each other, imports
no Qt, and loads the database layer and ReportLab only when a sheet is made (the command line's
help and the window's start need neither).

Parameters by sheet: order and delivery ``number``; stock ``product_type`` (id or name,
optional); stock_card ``item_kind`` and ``item_id`` or ``item`` (a code), ``date_from``,
``date_to``; production ``date_from``, ``date_to``, ``member_business_id`` (optional); buyers none;
performance ``date_from``, ``date_to``, ``compare_from``, ``compare_to``, ``period_kind``,
``member_business_id`` (all optional).
assistance ``date_from``, ``date_to`` (either may be None: open) and ``agency`` (a name, optional).
ikm_year ``year``.
pay ``date_from``, ``date_to`` (the pay period) and ``member`` (a member business's name or id, optional).
agency_comparison and agency_aid (agency mode) ``replicas`` (the registry's SentraReplica list),
``date_from``, ``date_to``, ``province``, ``regency`` (codes, optional).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sentra_desktop.core import i18n
from sentra_desktop.core.enums import StockItemKind
from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sentra_desktop.reports.base import Progress, Sheet
    from sentra_desktop.services.database import Database
    from sentra_desktop.services.report_data import ReportDataService

Params = Mapping[str, Any]


@dataclass(frozen=True)
class SheetKind:
    """One printed sheet: key, title, the file name a PDF is offered under, its data and its layout.

    ``layout`` names the :class:`~sentra_desktop.reports.base.Sheet` subclass as ``module.Class``
    under ``sentra_desktop.reports``: ReportLab loads only once a sheet is made, never at start;
    ``data_type`` names its data's class the same way, so the data modules load then too.
    """

    key: str
    title_source: str  # English, in the "Sheets" context of the catalogue
    file_name: str
    data_type: str  # the class of its data as ``module.Class`` under ``sentra_desktop.core``
    gather: Callable[[ReportDataService, Params], Any]
    layout: str
    needs: tuple[str, ...] = ()  # what the command line must be given (--number, --item)

    @property
    def command(self) -> str:
        """The name the command line gives the sheet (``stock-card``)."""
        return self.key.replace("_", "-")

    def title(self) -> str:
        """The title in the current language of :mod:`core.i18n`."""
        return i18n.translate("Sheets", self.title_source)

    def data_class(self) -> type:
        """The class of the data the sheet prints (imported now: the command line's parser, built at
        every start, needs only the names)."""
        module, name = self.data_type.rsplit(".", 1)
        found: type = getattr(importlib.import_module(f"sentra_desktop.core.{module}"), name)
        return found

    def sheet(self) -> type[Sheet]:
        """The class that lays the sheet out."""
        module, name = self.layout.rsplit(".", 1)
        found: type[Sheet] = getattr(importlib.import_module(f"sentra_desktop.reports.{module}"), name)
        return found


def _stock_card(reports: ReportDataService, params: Params) -> Any:
    if params.get("item"):
        kind, item_id = reports.find_item(str(params["item"]))
    else:
        kind, item_id = StockItemKind(params["item_kind"]), int(params["item_id"])
    return reports.stock_card(kind, item_id, params.get("date_from"), params.get("date_to"))


def _performance(reports: ReportDataService, params: Params) -> Any:
    """The Kinerja pack: ``date_from``/``date_to`` (default the last 12 months) against
    ``compare_from``/``compare_to`` (default the equal period before), ``member_business_id``;
    ``figures``: the page's :class:`PerformanceData` of those very periods and member, printed
    instead of reading them again."""
    from datetime import date

    from sentra_desktop.core.performance import PerformancePackData, Period, PeriodKind
    from sentra_desktop.services.performance import PerformanceService

    end = params.get("date_to") or date.today()
    start = params.get("date_from") or Period.last_twelve_months(end).start
    kind = params.get("period_kind")
    period = Period(start, end, PeriodKind(kind)) if kind else Period.infer(start, end)
    compare = None
    if params.get("compare_from") and params.get("compare_to"):
        compare = Period(params["compare_from"], params["compare_to"])
    data = params.get("figures")
    if data is None or (data.current.start, data.current.end) != (period.start, period.end):
        data = PerformanceService(reports.db).pack(period, compare, params.get("member_business_id"))
    from sentra_desktop.services.aid_period import AidPeriodService

    aid = AidPeriodService(reports.db).received(period.start, period.end, params.get("member_business_id"))
    return PerformancePackData(reports.sentra(), data, aid)


def _assistance(reports: ReportDataService, params: Params) -> Any:
    from sentra_desktop.services.aid_report import AidReportService

    return AidReportService(reports.db).assistance_sheet(
        params.get("date_from"), params.get("date_to"), params.get("agency")
    )


def _ikm_year(reports: ReportDataService, params: Params) -> Any:
    """The yearly IKM data sheet of ``year``."""
    from sentra_desktop.services.ikm_year import IkmYearService

    return IkmYearService(reports.db).sheet(int(params["year"]), reports.sentra())


def _pay(reports: ReportDataService, params: Params) -> Any:
    """The slips of the pay period ``date_from``..``date_to``, of one member business when asked."""
    from sentra_desktop.core.pay import PaySlipsData, member_matches
    from sentra_desktop.services.pay import PayService

    pay = PayService(reports.db)
    figures = pay.compute(params["date_from"], params["date_to"])
    member = pay.member_name(str(params["member"])) if params.get("member") else ""
    if member:
        figures.makers = [m for m in figures.makers if member_matches(m, member)]
    return PaySlipsData(reports.sentra(), figures, member)


def _agency_comparison(reports: ReportDataService, params: Params) -> Any:
    """Every sentra's Kinerja of ``date_from``..``date_to`` side by side (agency mode)."""
    from sentra_desktop.core.performance import Period
    from sentra_desktop.services.agency.view import AgencyViewService

    view = AgencyViewService(reports.db, lambda: params["replicas"])
    period = Period.infer(params["date_from"], params["date_to"])
    return view.comparison_sheet(period, params.get("province") or "", params.get("regency") or "")


def _agency_aid(reports: ReportDataService, params: Params) -> Any:
    """The agency-wide Laporan Bantuan (agency mode)."""
    from sentra_desktop.services.agency.view import AgencyViewService

    view = AgencyViewService(reports.db, lambda: params["replicas"])
    return view.aid_sheet(
        params.get("date_from"),
        params.get("date_to"),
        params.get("province") or "",
        params.get("regency") or "",
    )


SHEETS: tuple[SheetKind, ...] = (
    SheetKind(
        "production",
        QT_TRANSLATE_NOOP("Sheets", "Production summary"),
        "laporan-produksi",
        "sheets.ProductionSummaryData",
        lambda r, p: r.production_summary(p["date_from"], p["date_to"], p.get("member_business_id")),
        "production.ProductionSummary",
    ),
    SheetKind(
        "stock",
        QT_TRANSLATE_NOOP("Sheets", "Stock sheet"),
        "daftar-stok",
        "sheets.StockSheetData",
        lambda r, p: r.stock_sheet(p.get("product_type")),
        "stock.StockSheet",
    ),
    SheetKind(
        "stock_card",
        QT_TRANSLATE_NOOP("Sheets", "Stock card"),
        "kartu-stok",
        "sheets.StockCardData",
        _stock_card,
        "stock.StockCard",
        needs=("item",),
    ),
    SheetKind(
        "order",
        QT_TRANSLATE_NOOP("Sheets", "Order sheet"),
        "pesanan",
        "sheets.OrderSheetData",
        lambda r, p: r.order_sheet(str(p["number"])),
        "order.OrderSheet",
        needs=("number",),
    ),
    SheetKind(
        "delivery",
        QT_TRANSLATE_NOOP("Sheets", "Delivery note"),
        "surat-jalan",
        "sheets.DeliveryNoteData",
        lambda r, p: r.delivery_note(str(p["number"])),
        "order.DeliveryNote",
        needs=("number",),
    ),
    SheetKind(
        "buyers",
        QT_TRANSLATE_NOOP("Sheets", "Buyer list"),
        "daftar-pembeli",
        "sheets.BuyerListData",
        lambda r, p: r.buyer_list(),
        "buyers.BuyerList",
    ),
    SheetKind(
        "performance",
        QT_TRANSLATE_NOOP("Sheets", "Performance pack"),
        "laporan-kinerja",
        "performance.PerformancePackData",
        _performance,
        "performance.PerformancePack",
    ),
    SheetKind(
        "assistance",
        QT_TRANSLATE_NOOP("Sheets", "Aid report"),
        "laporan-bantuan",
        "aid_sheet.AssistanceSheetData",
        _assistance,
        "aid.AssistanceSheet",
    ),
    SheetKind(
        "ikm_year",
        QT_TRANSLATE_NOOP("Sheets", "Yearly IKM data"),
        "data-ikm-tahunan",
        "ikm_year.IkmYearData",
        _ikm_year,
        "ikm_year.IkmYearSheet",
        needs=("year",),
    ),
    SheetKind(
        "pay",
        QT_TRANSLATE_NOOP("Sheets", "Pay slips"),
        "slip-upah",
        "pay.PaySlipsData",
        _pay,
        "pay.PaySlips",
    ),
)


# Agency mode's sheets: registered here like the rest, but apart, since they read every sentra's
# replica (``replicas``) where the sentra's Laporan page and ``report`` read one sentra's database.
AGENCY_SHEETS: tuple[SheetKind, ...] = (
    SheetKind(
        "agency_comparison",
        QT_TRANSLATE_NOOP("Sheets", "Sentra side by side"),
        "perbandingan-sentra",
        "agency_view.ComparisonData",
        _agency_comparison,
        "agency.AgencyComparison",
        needs=("replicas",),
    ),
    SheetKind(
        "agency_aid",
        QT_TRANSLATE_NOOP("Sheets", "Agency aid report"),
        "laporan-bantuan-dinas",
        "agency_view.AgencyAidData",
        _agency_aid,
        "agency.AgencyAidReport",
        needs=("replicas",),
    ),
)


def sheet_kind(key: str) -> SheetKind:
    """The sheet called ``key`` (``stock_card`` or, as the command line writes it, ``stock-card``).

    Raises:
        KeyError: no sheet has that name.
    """
    for kind in (*SHEETS, *AGENCY_SHEETS):
        if key in (kind.key, kind.command):
            return kind
    raise KeyError(key)


def gather(reports: ReportDataService, key: str, params: Params) -> Any:
    """The data of sheet ``key`` (plain data of :mod:`core.sheets`)."""
    return sheet_kind(key).gather(reports, params)


def render(sheet_data: Any, *, progress: Progress | None = None, printed_at: datetime | None = None) -> bytes:
    """The PDF of data already gathered, laid out by the sheet that prints its type."""
    for kind in (*SHEETS, *AGENCY_SHEETS):
        if type(sheet_data) is kind.data_class():
            return _render(kind, sheet_data, progress, printed_at)
    raise TypeError(f"no sheet prints {type(sheet_data).__name__}")


def make(
    db: Database,
    key: str,
    params: Params,
    *,
    progress: Progress | None = None,
    printed_at: datetime | None = None,
) -> bytes:
    """The PDF of sheet ``key``: its data read from ``db``, then laid out.

    Raises:
        SentraError: what the data asks for does not exist (an unknown order number).
    """
    from sentra_desktop.services.report_data import ReportDataService

    kind = sheet_kind(key)
    return _render(kind, kind.gather(ReportDataService(db), params), progress, printed_at)


def _render(
    kind: SheetKind, sheet_data: Any, progress: Progress | None, printed_at: datetime | None
) -> bytes:
    from sentra_desktop.reports import render_sheet

    return render_sheet(
        kind.sheet(), sheet_data, title=kind.title_source, progress=progress, printed_at=printed_at
    )
