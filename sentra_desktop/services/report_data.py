"""The data of every printed sheet, read from the database with SQL doing the adding up.

Each method is one read-only session and returns the plain dataclasses of
:mod:`sentra_desktop.core.sheets`; the reports package never sees the database. Production
totals are grouped in SQL over the covering index of live entries (migration 0002), so a month's
summary over a million entries reads only that month's slice of the index.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Integer, Table, func, literal, or_, select, type_coerce
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import DesignStatus, OrderStatus, StockItemKind
from sentra_desktop.core.errors import NotFoundError, ValidationError
from sentra_desktop.core.quantities import from_thousandths
from sentra_desktop.core.sheets import (
    BuyerInfo,
    BuyerListData,
    BuyerRow,
    DailyOutput,
    DeliveryLineData,
    DeliveryNoteData,
    OrderLineData,
    OrderSheetData,
    PaymentData,
    ProductionLine,
    ProductionSummaryData,
    SentraInfo,
    StockCardData,
    StockCardRow,
    StockSheetData,
    StockSheetItem,
)
from sentra_desktop.db.models import (
    Buyer,
    Delivery,
    DeliveryLine,
    DesignVariant,
    Maker,
    Material,
    MemberBusiness,
    Order,
    OrderLine,
    Payment,
    ProductionEntry,
    ProductType,
    SalesEvent,
    StockBalance,
)
from sentra_desktop.services.base import Service
from sentra_desktop.services.database import Database
from sentra_desktop.services.profile import ProfileService
from sentra_desktop.services.stock import DESIGN_UNIT, StockService

MONTHLY_CHART_AFTER_DAYS = 62  # a longer range charts its output per month, not per day

_PE = cast(Table, ProductionEntry.__table__)
_DV = cast(Table, DesignVariant.__table__)
_PT = cast(Table, ProductType.__table__)
_MK = cast(Table, Maker.__table__)
_MB = cast(Table, MemberBusiness.__table__)
_MT = cast(Table, Material.__table__)
_SB = cast(Table, StockBalance.__table__)
_OR = cast(Table, Order.__table__)
_OL = cast(Table, OrderLine.__table__)
_BY = cast(Table, Buyer.__table__)
_PY = cast(Table, Payment.__table__)
_DL = cast(Table, Delivery.__table__)
_DLL = cast(Table, DeliveryLine.__table__)
_SE = cast(Table, SalesEvent.__table__)


def _number(text: str) -> str:
    return " ".join(str(text).split()).upper()


class ReportDataService(Service, domain="report"):
    """Gathers what each sheet prints."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def sentra(self) -> SentraInfo:
        """The name, address and logo of the sentra (Pengaturan → profile)."""
        profile = ProfileService(self.db).get()
        return SentraInfo(
            name=profile.name or "Sentra",
            address=profile.address,
            city=profile.city,
            province=profile.province,
            phone=profile.phone,
            email=profile.email,
            logo=profile.logo,
        )

    # --- orders ----------------------------------------------------------------------------
    def order_sheet(self, number: str) -> OrderSheetData:
        """The order with this number (e.g. PSN-2026-0012).

        Raises:
            NotFoundError: ``unknown_order`` when no order has the number.
        """
        wanted = _number(number)
        with self.db.reading() as session:
            order = session.execute(
                select(_OR, _SE.c.name.label("event_name"))
                .outerjoin(_SE, _SE.c.id == _OR.c.sales_event_id)
                .where(func.upper(_OR.c.number) == wanted)
            ).first()
            if order is None:
                raise NotFoundError("unknown_order", value=number.strip())
            buyer = self._buyer(session, order.buyer_id)
            delivered = dict(
                session.execute(
                    select(_DLL.c.order_line_id, func.sum(_DLL.c.quantity))
                    .join(_DL, _DL.c.id == _DLL.c.delivery_id)
                    .join(_OL, _OL.c.id == _DLL.c.order_line_id)
                    .where(_OL.c.order_id == order.id, _DL.c.voided_at.is_(None))
                    .group_by(_DLL.c.order_line_id)
                ).all()
            )
            lines = [
                OrderLineData(
                    row.code, row.name, row.quantity, row.unit_price, int(delivered.get(row.id) or 0)
                )
                for row in session.execute(
                    select(_OL.c.id, _DV.c.code, _DV.c.name, _OL.c.quantity, _OL.c.unit_price)
                    .join(_DV, _DV.c.id == _OL.c.design_id)
                    .where(_OL.c.order_id == order.id)
                    .order_by(_OL.c.position, _OL.c.id)
                )
            ]
            payments = [
                PaymentData(row.paid_on, row.amount, str(row.method), bool(row.is_down_payment), row.note)
                for row in session.execute(
                    select(_PY.c.paid_on, _PY.c.amount, _PY.c.method, _PY.c.is_down_payment, _PY.c.note)
                    .where(_PY.c.order_id == order.id, _PY.c.voided_at.is_(None))
                    .order_by(_PY.c.paid_on, _PY.c.id)
                )
            ]
        return OrderSheetData(
            sentra=self.sentra(),
            number=order.number,
            ordered_on=order.ordered_on,
            due_on=order.due_on,
            status=str(order.status),
            buyer=buyer,
            lines=lines,
            discount=order.discount,
            payments=payments,
            sales_event=order.event_name or "",
            notes=order.notes,
            cancelled_on=_local_day(order.cancelled_at),
        )

    def delivery_note(self, number: str) -> DeliveryNoteData:
        """The delivery note with this number (SJ-…), or the latest delivery of an order (PSN-…).

        Raises:
            NotFoundError: ``unknown_delivery`` when neither a delivery nor an order with a
                delivery has the number.
        """
        wanted = _number(number)
        with self.db.reading() as session:
            delivery = session.execute(select(_DL).where(func.upper(_DL.c.number) == wanted)).first()
            if delivery is None:
                delivery = session.execute(
                    select(_DL)
                    .join(_OR, _OR.c.id == _DL.c.order_id)
                    .where(func.upper(_OR.c.number) == wanted, _DL.c.voided_at.is_(None))
                    .order_by(_DL.c.delivered_on.desc(), _DL.c.id.desc())
                    .limit(1)
                ).first()
            if delivery is None:
                raise NotFoundError("unknown_delivery", value=number.strip())
            order = session.execute(
                select(_OR.c.number, _OR.c.buyer_id).where(_OR.c.id == delivery.order_id)
            ).one()
            lines = [
                DeliveryLineData(row.code, row.name, row.quantity, row.ordered)
                for row in session.execute(
                    select(_DV.c.code, _DV.c.name, _DLL.c.quantity, _OL.c.quantity.label("ordered"))
                    .select_from(_DLL)
                    .join(_OL, _OL.c.id == _DLL.c.order_line_id)
                    .join(_DV, _DV.c.id == _OL.c.design_id)
                    .where(_DLL.c.delivery_id == delivery.id)
                    .order_by(_OL.c.position, _OL.c.id)
                )
            ]
            buyer = self._buyer(session, order.buyer_id)
        return DeliveryNoteData(
            sentra=self.sentra(),
            number=delivery.number,
            delivered_on=delivery.delivered_on,
            order_number=order.number,
            buyer=buyer,
            lines=lines,
            note=delivery.note,
            voided_on=_local_day(delivery.voided_at),
        )

    @staticmethod
    def _buyer(session: Session, buyer_id: int) -> BuyerInfo:
        row = session.execute(
            select(_BY.c.name, _BY.c.organisation, _BY.c.phone, _BY.c.address, _BY.c.city).where(
                _BY.c.id == buyer_id
            )
        ).one()
        return BuyerInfo(row.name, row.organisation, row.phone, row.address, row.city)

    def order_numbers(self, limit: int = 200) -> list[str]:
        """The newest order numbers, for the Laporan page's chooser."""
        with self.db.reading() as session:
            stmt = select(_OR.c.number).order_by(_OR.c.ordered_on.desc(), _OR.c.id.desc()).limit(limit)
            return list(session.scalars(stmt))

    def delivery_numbers(self, limit: int = 200) -> list[str]:
        """The newest delivery-note numbers (voided ones left out).

        Sorted by day among the last ``10 × limit`` notes written (by id, the primary key): the
        delivery day has no index, and sorting 200,000 notes by it took 150 ms per page visit.
        """
        with self.db.reading() as session:
            recent = select(_DL.c.id).order_by(_DL.c.id.desc()).limit(limit * 10).scalar_subquery()
            stmt = (
                select(_DL.c.number)
                .where(_DL.c.id.in_(recent), _DL.c.voided_at.is_(None))
                .order_by(_DL.c.delivered_on.desc(), _DL.c.id.desc())
                .limit(limit)
            )
            return list(session.scalars(stmt))

    # --- stock -----------------------------------------------------------------------------
    def product_type_names(self) -> list[str]:
        with self.db.reading() as session:
            return list(session.scalars(select(_PT.c.name).order_by(_PT.c.name)))

    def _product_type(self, session: Session, product_type: int | str) -> tuple[int, str]:
        column = _PT.c.id if isinstance(product_type, int) else func.lower(_PT.c.name)
        value = product_type if isinstance(product_type, int) else str(product_type).strip().lower()
        row = session.execute(select(_PT.c.id, _PT.c.name).where(column == value)).first()
        if row is None:
            raise NotFoundError("unknown_product_type", value=str(product_type))
        return row.id, row.name

    def stock_sheet(self, product_type: int | str | None = None, as_of: date | None = None) -> StockSheetData:
        """Every design and material on hand today; with a product type, only its designs.

        Retired designs and inactive materials appear only while they still hold stock.

        Raises:
            NotFoundError: ``unknown_product_type`` for a product type that does not exist.
        """
        on_hand = func.coalesce(type_coerce(_SB.c.on_hand, Integer), 0)
        with self.db.reading() as session:
            type_name = ""
            designs = (
                select(
                    _DV.c.code,
                    _DV.c.name,
                    _PT.c.name.label("type_name"),
                    on_hand.label("raw"),
                    _DV.c.low_stock_level,
                )
                .join(_PT, _PT.c.id == _DV.c.product_type_id)
                .outerjoin(_SB, _SB.c.design_id == _DV.c.id)
                .where(or_(_DV.c.status != DesignStatus.RETIRED.value, on_hand != 0))
                .order_by(_PT.c.name, _DV.c.code)
            )
            if product_type not in (None, ""):
                type_id, type_name = self._product_type(session, product_type)
                designs = designs.where(_DV.c.product_type_id == type_id)
            design_items = [
                StockSheetItem(
                    row.code,
                    row.name,
                    row.type_name,
                    DESIGN_UNIT,
                    from_thousandths(row.raw).quantize(Decimal(1)),
                    Decimal(row.low_stock_level),
                )
                for row in session.execute(designs)
            ]
            material_items: list[StockSheetItem] = []
            if not type_name:
                materials = (
                    select(
                        _MT.c.code,
                        _MT.c.name,
                        _MT.c.unit,
                        on_hand.label("raw"),
                        type_coerce(_MT.c.low_stock_level, Integer).label("low"),
                    )
                    .outerjoin(_SB, _SB.c.material_id == _MT.c.id)
                    .where(or_(_MT.c.active.is_(True), on_hand != 0))
                    .order_by(_MT.c.code)
                )
                material_items = [
                    StockSheetItem(
                        row.code,
                        row.name,
                        "",
                        str(row.unit),
                        from_thousandths(row.raw),
                        from_thousandths(row.low),
                    )
                    for row in session.execute(materials)
                ]
        return StockSheetData(
            sentra=self.sentra(),
            as_of=as_of or date.today(),
            designs=design_items,
            materials=material_items,
            product_type=type_name,
        )

    def find_item(self, code: str) -> tuple[StockItemKind, int]:
        """The design or material with this code (designs first).

        Raises:
            NotFoundError: ``unknown_item`` when neither has the code.
        """
        wanted = _number(code)
        with self.db.reading() as session:
            for kind, table in ((StockItemKind.DESIGN, _DV), (StockItemKind.MATERIAL, _MT)):
                found = session.scalar(select(table.c.id).where(func.upper(table.c.code) == wanted))
                if found is not None:
                    return kind, int(found)
        raise NotFoundError("unknown_item", value=code.strip())

    def stock_card(
        self, kind: StockItemKind, item_id: int, date_from: date | None = None, date_to: date | None = None
    ) -> StockCardData:
        """Kartu stok of one item between two days (inclusive), from the stock ledger."""
        _check_order(date_from, date_to)
        kind = StockItemKind(kind)
        history = StockService(self.db).item_history(kind, item_id, date_from, date_to)
        table = _DV if kind == StockItemKind.DESIGN else _MT
        unit_column = literal(DESIGN_UNIT) if kind == StockItemKind.DESIGN else _MT.c.unit
        with self.db.reading() as session:
            row = session.execute(
                select(table.c.code, table.c.name, unit_column.label("unit")).where(table.c.id == item_id)
            ).first()
        if row is None:
            raise NotFoundError()
        return StockCardData(
            sentra=self.sentra(),
            code=row.code,
            name=row.name,
            unit=str(row.unit),
            date_from=date_from,
            date_to=date_to,
            opening=history.opening,
            rows=[
                StockCardRow(
                    r.moved_on, r.kind.value, r.reference, r.created_by, r.quantity, r.balance_after, r.note
                )
                for r in history.rows
            ],
            closing=history.closing,
        )

    # --- production --------------------------------------------------------------------------
    def member_business_names(self) -> list[tuple[int, str]]:
        with self.db.reading() as session:
            return [
                (int(r.id), str(r.name))
                for r in session.execute(select(_MB.c.id, _MB.c.name).order_by(_MB.c.name))
            ]

    def production_summary(
        self, date_from: date, date_to: date, member_business_id: int | None = None
    ) -> ProductionSummaryData:
        """Good pieces and rejects per design, per maker and per day (per month over a long range).

        Raises:
            ValidationError: ``date_order`` when the range ends before it starts.
        """
        _check_order(date_from, date_to)
        conditions = [_PE.c.voided_at.is_(None), _PE.c.produced_on >= date_from, _PE.c.produced_on <= date_to]
        member = ""
        good, reject, count = func.sum(_PE.c.good_qty), func.sum(_PE.c.reject_qty), func.count()
        monthly = (date_to - date_from).days > MONTHLY_CHART_AFTER_DAYS
        with self.db.reading() as session:
            if member_business_id is not None:
                conditions.append(_PE.c.member_business_id == member_business_id)
                member = session.scalar(select(_MB.c.name).where(_MB.c.id == member_business_id)) or ""
            per_design = session.execute(
                select(_PE.c.design_id, count, good, reject).where(*conditions).group_by(_PE.c.design_id)
            ).all()
            # A maker who moved is listed once per member: output stays with the member of its day.
            per_maker = session.execute(
                select(_PE.c.maker_id, _PE.c.member_business_id, count, good, reject)
                .where(*conditions)
                .group_by(_PE.c.maker_id, _PE.c.member_business_id)
            ).all()
            day_key = _PE.c.month if monthly else _PE.c.produced_on
            per_day = session.execute(
                select(day_key, good, reject).where(*conditions).group_by(day_key).order_by(day_key)
            ).all()
            designs = {
                row.id: row
                for row in session.execute(
                    select(_DV.c.id, _DV.c.code, _DV.c.name, _PT.c.name.label("type_name"))
                    .join(_PT, _PT.c.id == _DV.c.product_type_id)
                    .where(_DV.c.id.in_([r[0] for r in per_design]))
                )
            }
            makers = {
                row.id: row.name
                for row in session.execute(
                    select(_MK.c.id, _MK.c.name).where(_MK.c.id.in_([r[0] for r in per_maker]))
                )
            }
            members = {row.id: row.name for row in session.execute(select(_MB.c.id, _MB.c.name))}
        by_design = sorted(
            (
                ProductionLine(
                    designs[d].name,
                    int(g or 0),
                    int(r or 0),
                    int(n),
                    code=designs[d].code,
                    group=designs[d].type_name,
                )
                for d, n, g, r in per_design
            ),
            key=lambda line: (line.group.lower(), line.code),
        )
        by_maker = sorted(
            (
                ProductionLine(makers[m], int(g or 0), int(r or 0), int(n), group=members.get(b, ""))
                for m, b, n, g, r in per_maker
            ),
            key=lambda line: (-line.good, line.name.lower()),
        )
        totals: dict[int | None, list[int]] = {}
        for _maker, b, n, g, r in per_maker:
            sums = totals.setdefault(b, [0, 0, 0])
            sums[0], sums[1], sums[2] = sums[0] + int(n), sums[1] + int(g or 0), sums[2] + int(r or 0)
        by_member = sorted(
            (ProductionLine(members.get(b, ""), g, r, n) for b, (n, g, r) in totals.items()),
            key=lambda line: (not line.name, line.name.lower()),
        )
        daily = [DailyOutput(_day(key), int(g or 0), int(r or 0)) for key, g, r in per_day]
        return ProductionSummaryData(
            sentra=self.sentra(),
            date_from=date_from,
            date_to=date_to,
            by_design=by_design,
            by_maker=by_maker,
            daily=_fill_days(daily, date_from, date_to) if not monthly else daily,
            member_business=member,
            daily_is_monthly=monthly,
            by_member=by_member if member_business_id is None else [],
        )

    # --- buyers ------------------------------------------------------------------------------
    def buyer_list(self) -> BuyerListData:
        """Buyers who are not archived, with how many orders (not cancelled) and their value."""
        value = func.sum(_OL.c.quantity * _OL.c.unit_price)
        per_order = (
            select(_OR.c.id, _OR.c.buyer_id, (func.coalesce(value, 0) - _OR.c.discount).label("total"))
            .outerjoin(_OL, _OL.c.order_id == _OR.c.id)
            .where(_OR.c.status != OrderStatus.CANCELLED.value)
            .group_by(_OR.c.id, _OR.c.buyer_id, _OR.c.discount)
            .subquery()
        )
        per_buyer = (
            select(
                per_order.c.buyer_id,
                func.count().label("orders"),
                func.sum(per_order.c.total).label("total"),
            )
            .group_by(per_order.c.buyer_id)
            .subquery()
        )
        stmt = (
            select(
                _BY.c.name,
                _BY.c.organisation,
                _BY.c.kind,
                _BY.c.phone,
                _BY.c.city,
                _BY.c.address,
                func.coalesce(per_buyer.c.orders, 0).label("orders"),
                func.coalesce(per_buyer.c.total, 0).label("total"),
            )
            .outerjoin(per_buyer, per_buyer.c.buyer_id == _BY.c.id)
            .where(_BY.c.archived.is_(False))
            .order_by(func.lower(_BY.c.name), _BY.c.id)
        )
        with self.db.reading() as session:
            rows = [
                BuyerRow(
                    r.name,
                    r.organisation,
                    str(r.kind),
                    r.phone,
                    r.city,
                    r.address,
                    int(r.orders),
                    int(r.total),
                )
                for r in session.execute(stmt)
            ]
        return BuyerListData(sentra=self.sentra(), rows=rows)


def _local_day(moment: datetime | None) -> date | None:
    """The day on this PC's calendar of a stored (UTC) moment, e.g. when a delivery was voided."""
    return None if moment is None else moment.astimezone().date()


def _check_order(date_from: date | None, date_to: date | None) -> None:
    if date_from is not None and date_to is not None and date_to < date_from:
        raise ValidationError.single("date_to", "date_order")


def _day(key: Any) -> date:
    if isinstance(key, date):
        return key
    year, month = str(key).split("-")[:2]
    return date(int(year), int(month), 1)


def _fill_days(daily: list[DailyOutput], start: date, end: date) -> list[DailyOutput]:
    """Every day of the range, zero where nothing was made, so the chart's bars fall on their days."""
    known = {d.day: d for d in daily}
    days = (end - start).days + 1
    return [known.get(start + timedelta(n), DailyOutput(start + timedelta(n), 0, 0)) for n in range(days)]
