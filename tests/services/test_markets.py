"""Markets by regency/city and province, and new markets, against a plain computation; member codes."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert

from sentra_desktop.core.enums import OrderStatus
from sentra_desktop.core.errors import NotFoundError, ValidationError
from sentra_desktop.core.performance import Period
from sentra_desktop.core.places import places
from sentra_desktop.db import summaries
from sentra_desktop.db.models import Buyer, DesignVariant, MemberBusiness, Order, OrderLine, ProductType
from sentra_desktop.services.buyers import BuyerInput, BuyerService
from sentra_desktop.services.database import Database
from sentra_desktop.services.markets import MarketService
from sentra_desktop.services.members import MemberInput, MemberService
from sentra_desktop.services.performance import PerformanceService

FIRST = date(2025, 1, 1)
LAST = date(2026, 12, 31)
SOLD = {OrderStatus.CONFIRMED, OrderStatus.READY, OrderStatus.DELIVERED}
# Regencies in two provinces, and a buyer whose city matched nothing.
REGENCIES = ["16.71", "16.10", "16.02", "15.71", "31.75", None]
OWNERS = {1: None, 2: 1, 3: 2}  # design -> the member business that owns it: its sales count there

days = st.integers(0, (LAST - FIRST).days).map(lambda n: FIRST + timedelta(days=n))
orders = st.lists(
    st.fixed_dictionaries(
        {
            "buyer": st.integers(1, 6),
            "ordered_on": days,
            "status": st.sampled_from(list(OrderStatus)),
            "member": st.sampled_from([None, 1, 2]),  # the order's own member: not what sales go by
            "design": st.integers(1, 3),
            "value": st.integers(1, 50).map(lambda n: n * 1000),
        }
    ),
    max_size=20,
)
buyer_places = st.lists(st.sampled_from(REGENCIES), min_size=6, max_size=6)
periods = st.tuples(days, st.integers(0, 250)).map(lambda t: Period(t[0], t[0] + timedelta(days=t[1])))


def _store(db: Database, where: list[str | None], rows: list[dict[str, Any]]) -> None:
    now = datetime.now(UTC)
    with db.transaction() as s:
        for model in (OrderLine, Order, Buyer, DesignVariant, MemberBusiness, ProductType):
            s.execute(delete(model))
        s.execute(insert(ProductType), [{"id": 1, "name": "Jenis"}])
        s.execute(insert(MemberBusiness), [{"id": i, "name": f"IKM {i}", "code": f"M{i}"} for i in (1, 2)])
        s.execute(
            insert(DesignVariant),
            [
                {"id": d, "code": f"D{d}", "name": "Desain", "product_type_id": 1, "member_business_id": m}
                for d, m in OWNERS.items()
            ],
        )
        s.execute(
            insert(Buyer),
            [
                {
                    "id": i,
                    "name": f"Pembeli {i}",
                    "city": "ditulis bebas",
                    "regency_code": code,
                    "province_code": code.split(".")[0] if code else None,
                }
                for i, code in enumerate(where, start=1)
            ],
        )
        for n, o in enumerate(rows, start=1):
            s.execute(
                insert(Order).values(
                    id=n,
                    number=f"PSN-{n}",
                    buyer_id=o["buyer"],
                    ordered_on=o["ordered_on"],
                    status=o["status"],
                    member_business_id=o["member"],
                    discount=0,
                    created_at=now,
                    updated_at=now,
                )
            )
            s.execute(
                insert(OrderLine).values(
                    order_id=n, design_id=o.get("design", 1), quantity=1, unit_price=o["value"]
                )
            )
        summaries.rebuild(s.connection())  # the rows went in around the audit writer


def _expected(
    where: list[str | None], rows: list[dict[str, Any]], period: Period, member: int | None
) -> dict:
    """Plain Python: sales of the period by place; places sold to in it and in no earlier sold order."""

    def sold(o: dict[str, Any]) -> bool:
        return o["status"] in SOLD and (member is None or OWNERS[o.get("design", 1)] == member)

    city: dict[str, int] = defaultdict(int)
    province: dict[str, int] = defaultdict(int)
    before_cities, before_provinces = set(), set()
    for o in filter(sold, rows):
        code = where[o["buyer"] - 1]
        if period.start <= o["ordered_on"] <= period.end:
            city[code or ""] += o["value"]
            province[code.split(".")[0] if code else ""] += o["value"]
        elif o["ordered_on"] < period.start and code:
            before_cities.add(code)
            before_provinces.add(code.split(".")[0])
    return {
        "by_city": dict(city),
        "by_province": dict(province),
        "new_cities": {places().regencies[c].name for c in city if c and c not in before_cities},
        "new_provinces": {places().provinces[p].name for p in province if p and p not in before_provinces},
    }


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=buyer_places, rows=orders, period=periods, member=st.sampled_from([None, 1, 2]))
def test_markets_and_new_markets_equal_a_plain_computation(
    db: Database, where: list[str | None], rows: list[dict[str, Any]], period: Period, member: int | None
) -> None:
    _store(db, where, rows)
    got = PerformanceService(db).figures(period, member)
    want = _expected(where, rows, period, member)
    assert {a.key: a.value for a in got.by_city} == want["by_city"]
    assert {a.key: a.value for a in got.by_province} == want["by_province"]
    assert set(got.new_cities) == want["new_cities"]
    assert set(got.new_provinces) == want["new_provinces"]


def test_a_market_sold_to_the_day_before_is_not_new_and_the_first_day_counts(db: Database) -> None:
    day = date(2026, 3, 1)
    rows = [
        {
            "buyer": 1,
            "ordered_on": day - timedelta(days=1),
            "status": OrderStatus.DELIVERED,
            "member": None,
            "value": 5000,
        },
        {"buyer": 2, "ordered_on": day, "status": OrderStatus.CONFIRMED, "member": None, "value": 7000},
        {"buyer": 3, "ordered_on": day, "status": OrderStatus.CONFIRMED, "member": None, "value": 1000},
        # A cancelled order before the period opened no market.
        {
            "buyer": 4,
            "ordered_on": day - timedelta(days=30),
            "status": OrderStatus.CANCELLED,
            "member": None,
            "value": 1,
        },
        {
            "buyer": 4,
            "ordered_on": day + timedelta(days=30),
            "status": OrderStatus.READY,
            "member": None,
            "value": 2000,
        },
    ]
    # Buyers 1 and 2 are both in Palembang (typed differently once; one code now); 3 in Ogan Ilir.
    _store(db, ["16.71", "16.71", "16.10", "15.71", None, None], rows)
    got = PerformanceService(db).figures(Period(day, day + timedelta(days=30)))
    assert {a.key: a.value for a in got.by_city} == {"16.71": 7000, "16.10": 1000, "15.71": 2000}
    assert got.new_cities == ("Kabupaten Ogan Ilir", "Kota Jambi")
    assert got.new_provinces == ("Jambi",)
    assert [a.name for a in got.by_province] == ["Sumatera Selatan", "Jambi"]


def test_buyers_choose_a_regency_and_get_its_province(db: Database) -> None:
    service = BuyerService(db)
    chosen = service.create(BuyerInput(name="Toko A", city="Kota Palembang", regency_code="16.10"))
    typed = service.create(BuyerInput(name="Toko B", city="Plg", province="Sumsel"))
    unknown = service.create(BuyerInput(name="Toko C", city="Kampung Baru", province="Jambi"))
    with db.reading() as s:
        codes = {b.id: (b.regency_code, b.province_code) for b in s.query(Buyer)}
    assert codes == {chosen: ("16.10", "16"), typed: ("16.71", "16"), unknown: (None, "15")}
    assert service.get(chosen).regency_code == "16.10"
    with pytest.raises(ValidationError) as exc:
        service.create(BuyerInput(name="Toko D", regency_code="99.99"))
    assert exc.value.errors[0].field == "city"


def test_member_codes_are_made_unique_and_found_by_code(db: Database) -> None:
    members = MemberService(db)
    first = members.create(MemberInput(name="IKM Karya Karet"))
    second = members.create(MemberInput(name="UD Karya Karet"))
    own = members.create(MemberInput(name="Sabut Jaya", code="sj-01"))
    assert [members.get(i).code for i in (first, second, own)] == ["KARYA-KARET", "KARYA-KARET-2", "SJ-01"]
    with pytest.raises(ValidationError) as exc:
        members.create(MemberInput(name="Lain", code="karya-karet"))
    assert exc.value.errors[0].code == "duplicate"
    assert MarketService(db).member_id("karya-karet-2") == second
    with pytest.raises(NotFoundError) as missing:
        MarketService(db).member_id("TIDAK-ADA")
    assert missing.value.code == "unknown_member_code"


def test_an_update_without_a_choice_keeps_the_regency_chosen_for_an_unreadable_city(db: Database) -> None:
    service = BuyerService(db)
    buyer = service.create(BuyerInput(name="Toko E", city="Simpang Tiga", regency_code="16.02"))
    detail = service.get(buyer)
    service.update(buyer, detail.version, BuyerInput(name="Toko E", city="Simpang Tiga", phone="0812 1"))
    assert service.get(buyer).regency_code == "16.02"
    detail = service.get(buyer)
    service.update(buyer, detail.version, BuyerInput(name="Toko E", city="Plg"))
    assert service.get(buyer).regency_code == "16.71"
