"""A small, known sentra for the printed sheets, and helpers to read a PDF back."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from pypdf import PdfReader

from sentra_desktop.core.enums import BuyerKind, MaterialUnit, MovementKind, OrderStatus, PaymentMethod
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
    ProductType,
    SentraProfile,
)
from sentra_desktop.services.database import Database
from sentra_desktop.services.production import ProductionInput, ProductionService
from sentra_desktop.services.report_data import ReportDataService
from sentra_desktop.services.stock import post_movement

TRICKY = "PT <Maju> & \"Jaya\" 'Abadi'"
ARABIC = "محمد علي"
CHINESE = "王小明"
EMOJI = "Toko Senang 🎉😀"
LONG_WORD = "Gantungankuncikaretsabutretpalembangsumateraselatan" * 2  # one 100-letter word


def pdf_pages(data: bytes) -> list[str]:
    """The text of every page of a PDF."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def pdf_fonts(data: bytes) -> set[str]:
    """Base font names used anywhere in a PDF, with whether each is embedded."""
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            names.add(f"{font['/BaseFont']}{'' if embedded else ' (not embedded)'}")
    return names


def build_known(db: Database) -> dict[str, Any]:
    """A sentra with two designs, a material, makers, production, an order with a delivery and payments."""
    with db.transaction() as session:
        session.add(
            SentraProfile(
                name="Sentra Karet & Sabut <Uji>",
                address="Jl. Talang Kedondong 9",
                city="Palembang",
                province="Sumatera Selatan",
                phone="0711-123",
            )
        )
        keychain, mat = ProductType(name="Gantungan kunci"), ProductType(name="Keset")
        member = MemberBusiness(name="IKM Kedondong")
        session.add_all([keychain, mat, member])
        session.flush()
        ampera = DesignVariant(
            code="GK-AMP",
            name="Gantungan Ampera",
            product_type_id=keychain.id,
            price=10_000,
            low_stock_level=500,
        )
        keset = DesignVariant(
            code="KS-01", name=TRICKY, product_type_id=mat.id, price=55_000, low_stock_level=0
        )
        latex = Material(code="LTX", name="Lateks", unit=MaterialUnit.LITRE, low_stock_level=Decimal("5"))
        session.add_all([ampera, keset, latex])
        session.flush()
        rusmini = Maker(name="Rusmini", member_business_id=member.id)
        wang = Maker(name=CHINESE, member_business_id=member.id)
        session.add_all([rusmini, wang])
        session.flush()
        post_movement(session, material_id=latex.id, kind=MovementKind.RECEIPT, quantity=Decimal("12.5"),
                      moved_on=date(2026, 10, 1), reference="Beli lateks")  # fmt: skip
        arab = Buyer(name=ARABIC, organisation=TRICKY, kind=BuyerKind.SHOP, phone="0812", city="Palembang")
        happy = Buyer(name=EMOJI, organisation="", kind=BuyerKind.TOURIST, phone="0813", city="Jambi")
        long_buyer = Buyer(name=LONG_WORD, kind=BuyerKind.OTHER, phone="", city="")
        session.add_all([arab, happy, long_buyer])
        session.flush()
        ids = {
            "ampera": ampera.id,
            "keset": keset.id,
            "latex": latex.id,
            "rusmini": rusmini.id,
            "wang": wang.id,
            "member": member.id,
            "arab": arab.id,
        }
    production = ProductionService(db)
    for day, maker, design, good, reject in [
        (date(2026, 11, 2), ids["rusmini"], "GK-AMP", 100, 5),
        (date(2026, 11, 2), ids["wang"], "GK-AMP", 50, 0),
        (date(2026, 11, 3), ids["rusmini"], "KS-01", 20, 2),
        (date(2026, 11, 20), ids["wang"], "KS-01", 10, 1),
        (date(2026, 10, 31), ids["rusmini"], "GK-AMP", 7, 0),
    ]:
        production.create(ProductionInput(day, design, maker, good, reject), allow_duplicate=True)
    with db.transaction() as session:
        order = Order(number="PSN-2026-0007", buyer_id=ids["arab"], ordered_on=date(2026, 11, 5),
                      due_on=date(2026, 11, 30), status=OrderStatus.CONFIRMED, discount=25_000,
                      notes="Kirim sebelum <pameran> & bungkus rapi")  # fmt: skip
        session.add(order)
        session.flush()
        line1 = OrderLine(
            order_id=order.id, position=1, design_id=ids["ampera"], quantity=120, unit_price=10_000
        )
        line2 = OrderLine(
            order_id=order.id, position=2, design_id=ids["keset"], quantity=3, unit_price=55_000
        )
        session.add_all([line1, line2])
        session.add(Payment(order_id=order.id, paid_on=date(2026, 11, 5), amount=500_000,
                            method=PaymentMethod.CASH, is_down_payment=True))  # fmt: skip
        session.add(Payment(order_id=order.id, paid_on=date(2026, 11, 10), amount=100_000,
                            method=PaymentMethod.TRANSFER))  # fmt: skip
        session.flush()
        delivery = Delivery(order_id=order.id, number="SJ-2026-0003", delivered_on=date(2026, 11, 12),
                            note="Titip satpam")  # fmt: skip
        session.add(delivery)
        session.flush()
        session.add(DeliveryLine(delivery_id=delivery.id, order_line_id=line1.id, quantity=100))
        session.add(Order(number="PSN-2026-0008", buyer_id=ids["arab"], ordered_on=date(2026, 11, 6),
                          status=OrderStatus.CANCELLED))  # fmt: skip
    return ids


@pytest.fixture
def known(db: Database) -> dict[str, Any]:
    return build_known(db)


@pytest.fixture
def reports(db: Database) -> ReportDataService:
    return ReportDataService(db)
