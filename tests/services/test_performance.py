"""Every Kinerja figure equals a plain Python computation over random records, on both engines."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert

from sentra_desktop.core.enums import BuyerKind, DesignStatus, OrderStatus
from sentra_desktop.core.errors import NotFoundError, ValidationError
from sentra_desktop.core.performance import Period, PeriodKind, add_months, change_text
from sentra_desktop.core.places import places
from sentra_desktop.db import summaries
from sentra_desktop.db.models import (
    Buyer,
    Delivery,
    DeliveryLine,
    DesignVariant,
    Maker,
    MemberBusiness,
    Order,
    OrderLine,
    Payment,
    ProductionEntry,
    ProductType,
    SalesEvent,
)
from sentra_desktop.services.database import Database
from sentra_desktop.services.performance import PerformanceService

FIRST = date(2025, 1, 1)
LAST = date(2026, 12, 31)
TODAY = date(2026, 9, 15)
SOLD = {OrderStatus.CONFIRMED, OrderStatus.READY, OrderStatus.DELIVERED}
CITIES = ["Palembang", "palembang ", "Kota Palembang", "Jambi", ""]
PROVINCES = ["Sumatera Selatan", "Jambi", ""]
CITY_CODES = ["16.71", "16.71", "16.71", "15.71", None]  # the market each typed city was matched to
PROVINCE_CODES = ["16", "15", None]
DESIGNS = 5  # ids 1..5; product types 1..2; makers 1..3; members 1..2; buyers 1..5; events 1..2

days = st.integers(0, (LAST - FIRST).days).map(lambda n: FIRST + timedelta(days=n))


@dataclass
class World:
    introduced: list[date | None]
    status: list[DesignStatus]
    buyer_places: list[tuple[int, int, BuyerKind]]
    events: list[tuple[date, int] | None]
    entries: list[tuple[date, int, int, int | None, int, int, bool]]
    orders: list[dict[str, Any]]
    owners: list[int | None] = field(
        default_factory=lambda: [None] * DESIGNS
    )  # each design's owning member: its order lines count for that member


entry = st.tuples(
    days,
    st.integers(1, DESIGNS),
    st.integers(1, 3),
    st.sampled_from([None, 1, 2]),
    st.integers(0, 50),
    st.integers(0, 9),
    st.booleans(),
).filter(lambda e: e[4] + e[5] > 0)


@st.composite
def an_order(draw: st.DrawFn) -> dict[str, Any]:
    lines = draw(
        st.lists(
            st.tuples(st.integers(1, DESIGNS), st.integers(1, 20), st.integers(0, 9).map(lambda n: n * 1000)),
            min_size=1,
            max_size=3,
        )
    )
    gross = sum(q * p for _, q, p in lines)
    ordered_on = draw(days)
    return {
        "buyer": draw(st.integers(1, 5)),
        "ordered_on": ordered_on,
        "status": draw(st.sampled_from(list(OrderStatus))),
        "discount": draw(st.integers(0, gross)),
        "event": draw(st.sampled_from([None, 1, 2])),
        "member": draw(st.sampled_from([None, 1, 2])),
        "lines": lines,
        "payments": draw(st.lists(st.tuples(days, st.integers(1, 50_000), st.booleans()), max_size=2)),
        "deliveries": draw(st.lists(st.tuples(days, st.booleans(), st.integers(1, 5)), max_size=2)),
    }


worlds = st.builds(
    World,
    introduced=st.lists(st.one_of(st.none(), days), min_size=DESIGNS, max_size=DESIGNS),
    status=st.lists(st.sampled_from(list(DesignStatus)), min_size=DESIGNS, max_size=DESIGNS),
    buyer_places=st.lists(
        st.tuples(
            st.integers(0, len(CITIES) - 1),
            st.integers(0, len(PROVINCES) - 1),
            st.sampled_from(list(BuyerKind)),
        ),
        min_size=5,
        max_size=5,
    ),
    events=st.lists(st.one_of(st.none(), st.tuples(days, st.integers(0, 20))), min_size=2, max_size=2),
    entries=st.lists(entry, max_size=25),
    orders=st.lists(an_order(), max_size=12),
    owners=st.lists(st.sampled_from([None, 1, 2]), min_size=DESIGNS, max_size=DESIGNS),
)

periods = st.one_of(
    st.tuples(st.sampled_from([PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR]), days).map(
        lambda t: Period.of(t[0], t[1])
    ),
    st.tuples(days, st.integers(0, 200)).map(lambda t: Period(t[0], t[0] + timedelta(days=t[1]))),
)

_TABLES = (
    DeliveryLine,
    Delivery,
    Payment,
    OrderLine,
    Order,
    ProductionEntry,
    Buyer,
    SalesEvent,
    DesignVariant,
    Maker,
    MemberBusiness,
    ProductType,
)


def store(db: Database, w: World) -> None:
    """The world's records, written with plain inserts (ids fixed, so the expectations can name them),
    then summed into the monthly summaries as after any bulk write."""
    now = datetime.now(UTC)
    with db.transaction() as s:
        for model in _TABLES:
            s.execute(delete(model))
        s.execute(insert(ProductType), [{"id": i, "name": f"Jenis {i}"} for i in (1, 2)])
        s.execute(insert(MemberBusiness), [{"id": i, "name": f"IKM {i}"} for i in (1, 2)])
        s.execute(
            insert(Maker), [{"id": i, "name": f"Pengrajin {i}", "member_business_id": 1} for i in (1, 2, 3)]
        )
        s.execute(
            insert(DesignVariant),
            [
                {
                    "id": i,
                    "code": f"D{i}",
                    "name": f"Desain {i}",
                    "product_type_id": 1 + i % 2,
                    "introduced_on": w.introduced[i - 1],
                    "status": w.status[i - 1],
                    "member_business_id": w.owners[i - 1],
                }
                for i in range(1, DESIGNS + 1)
            ],
        )
        s.execute(
            insert(Buyer),
            [
                {
                    "id": i,
                    "name": f"Pembeli {i}",
                    "kind": kind,
                    "city": CITIES[c],
                    "province": PROVINCES[p],
                    "regency_code": CITY_CODES[c],
                    "province_code": PROVINCE_CODES[p],
                }
                for i, (c, p, kind) in enumerate(w.buyer_places, start=1)
            ],
        )
        s.execute(
            insert(SalesEvent),
            [
                {
                    "id": i,
                    "name": f"Acara {i}",
                    "starts_on": e[0] if e else None,
                    "ends_on": e[0] + timedelta(days=e[1]) if e else None,
                }
                for i, e in enumerate(w.events, start=1)
            ],
        )
        if w.entries:
            s.execute(
                insert(ProductionEntry),
                [
                    {
                        "produced_on": d,
                        "month": f"{d:%Y-%m}",
                        "design_id": dz,
                        "maker_id": mk,
                        "member_business_id": mb,
                        "good_qty": g,
                        "reject_qty": r,
                        "voided_at": now if v else None,
                    }
                    for d, dz, mk, mb, g, r, v in w.entries
                ],
            )
        line_id = delivery_id = 0
        for n, o in enumerate(w.orders, start=1):
            s.execute(
                insert(Order),
                [
                    {
                        "id": n,
                        "number": f"T-{n}",
                        "buyer_id": o["buyer"],
                        "ordered_on": o["ordered_on"],
                        "status": o["status"],
                        "discount": o["discount"],
                        "sales_event_id": o["event"],
                        "member_business_id": o["member"],
                    }
                ],
            )
            ids = []
            for position, (design, quantity, price) in enumerate(o["lines"]):
                line_id += 1
                ids.append(line_id)
                s.execute(
                    insert(OrderLine),
                    [
                        {
                            "id": line_id,
                            "order_id": n,
                            "position": position,
                            "design_id": design,
                            "quantity": quantity,
                            "unit_price": price,
                        }
                    ],
                )
            for paid_on, amount, voided in o["payments"]:
                s.execute(
                    insert(Payment),
                    [
                        {
                            "order_id": n,
                            "paid_on": paid_on,
                            "amount": amount,
                            "voided_at": now if voided else None,
                        }
                    ],
                )
            for delivered_on, voided, quantity in o["deliveries"]:
                delivery_id += 1
                s.execute(
                    insert(Delivery),
                    [
                        {
                            "id": delivery_id,
                            "order_id": n,
                            "number": f"SJ-{delivery_id}",
                            "delivered_on": delivered_on,
                            "voided_at": now if voided else None,
                        }
                    ],
                )
                s.execute(
                    insert(DeliveryLine),
                    [{"delivery_id": delivery_id, "order_line_id": i, "quantity": quantity} for i in ids],
                )
        summaries.rebuild(s.connection())  # the rows went in around the audit writer


# --- the plain computation ------------------------------------------------------------------------


def _owned(w: World, design: int, member: int | None) -> bool:
    """Sales belong to a member through the design (the order's own member field is ignored)."""
    return member is None or w.owners[design - 1] == member


def _ours(w: World, o: dict[str, Any], member: int | None) -> bool:
    return any(_owned(w, design, member) for design, _, _ in o["lines"])


def _part(w: World, o: dict[str, Any], member: int | None) -> float:
    """The fraction of the order's value that the member's lines make."""
    gross = _gross(o)
    owned = sum(q * p for design, q, p in o["lines"] if _owned(w, design, member))
    return 1.0 if member is None else (owned / gross if gross else 0.0)


def _sold(w: World, start: date | None, end: date | None, member: int | None) -> list[dict[str, Any]]:
    return [
        o
        for o in w.orders
        if o["status"] in SOLD
        and _ours(w, o, member)
        and (start is None or o["ordered_on"] >= start)
        and (end is None or o["ordered_on"] <= end)
    ]


def _gross(o: dict[str, Any]) -> int:
    return sum(q * p for _, q, p in o["lines"])


def _net(o: dict[str, Any]) -> int:
    return _gross(o) - o["discount"]


def _line_value(o: dict[str, Any], quantity: int, price: int) -> float:
    gross = _gross(o)
    return quantity * price * _net(o) / gross if gross else 0.0


def expected(w: World, period: Period, member: int | None) -> dict[str, Any]:
    start, end = period.start, period.end
    live = [e for e in w.entries if not e[6] and start <= e[0] <= end and (member is None or e[3] == member)]
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_maker: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_member: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _d, design, maker, mb, good, reject, _v in live:
        for groups, key in (
            (by_type, f"Jenis {1 + design % 2}"),
            (by_maker, f"Pengrajin {maker}"),
            (by_member, f"IKM {mb}" if mb else None),
        ):
            groups[key][0] += good
            groups[key][1] += reject
    sold = _sold(w, start, end, member)
    per_group: dict[tuple[int, int | None], float] = defaultdict(float)
    for o in sold:  # the member's lines' share of each order, summed per buyer and event
        per_group[(o["buyer"], o["event"])] += _net(o) * _part(w, o, member)
    per_buyer: dict[int, int] = defaultdict(int)
    for (buyer, _event), value in per_group.items():
        per_buyer[buyer] += round(value)
    total = sum(per_buyer.values())
    earlier = {o["buyer"] for o in _sold(w, None, start - timedelta(days=1), member)}
    place = {
        i: (CITY_CODES[c] or "", PROVINCE_CODES[p] or "", k)
        for i, (c, p, k) in enumerate(w.buyer_places, start=1)
    }
    old_cities = {place[b][0] for b in earlier}
    old_provinces = {place[b][1] for b in earlier}
    by_city: dict[str, int] = defaultdict(int)
    by_province: dict[str, int] = defaultdict(int)
    by_kind: dict[str, int] = defaultdict(int)
    for b, v in per_buyer.items():
        by_city[place[b][0]] += v
        by_province[place[b][1]] += v
        by_kind[place[b][2].value] += v
    delivered = 0.0
    for o in w.orders:
        if o["status"] in SOLD:
            for day, voided, quantity in o["deliveries"]:
                if not voided and start <= day <= end:
                    delivered += sum(
                        _line_value(o, quantity, p)
                        for design, _, p in o["lines"]
                        if _owned(w, design, member)
                    )
    paid = round(
        sum(
            a * _part(w, o, member)
            for o in w.orders
            if o["status"] != OrderStatus.CANCELLED and _ours(w, o, member)
            for d, a, v in o["payments"]
            if not v and start <= d <= end
        )
    )
    paid_on_sold = round(
        sum(a * _part(w, o, member) for o in sold for d, a, v in o["payments"] if not v and d <= end)
    )
    design_value: dict[int, float] = defaultdict(float)
    design_pieces: dict[int, int] = defaultdict(int)
    for o in sold:
        for design, quantity, price in o["lines"]:
            if not _owned(w, design, member):
                continue
            design_value[design] += _line_value(o, quantity, price)
            design_pieces[design] += quantity
    recent_from = add_months(end, -12)
    recent = sum(
        v
        for d, v in design_value.items()
        if w.introduced[d - 1] is not None and recent_from < w.introduced[d - 1] <= end
    )
    return {
        "good": sum(e[4] for e in live),
        "reject": sum(e[5] for e in live),
        "active_makers": len({e[2] for e in live}),
        "by_type": {k: tuple(v) for k, v in by_type.items()},
        "by_maker": {k: tuple(v) for k, v in by_maker.items()},
        "by_member": {k: tuple(v) for k, v in by_member.items()},
        "orders": len(sold),
        "ordered_value": total,
        "delivered_value": delivered,
        "paid": paid,
        "outstanding": total - paid_on_sold,
        "buyers": len(per_buyer),
        "new_buyers": len(set(per_buyer) - earlier),
        "repeat_buyers": len(set(per_buyer) & earlier),
        "repeat_value": sum(v for b, v in per_buyer.items() if b in earlier),
        "by_city": dict(by_city),
        "by_province": dict(by_province),
        "by_kind": dict(by_kind),
        "new_cities": {c for c in by_city if c and c not in old_cities},
        "new_provinces": {p for p in by_province if p and p not in old_provinces},
        "largest": max(per_buyer.values(), default=None),
        "herfindahl": sum((v / total * 100) ** 2 for v in per_buyer.values()) if total > 0 else 0.0,
        "active_designs": len({e[1] for e in live} | set(design_value)),
        "introduced": sum(1 for d in w.introduced if d is not None and start <= d <= end),
        "recent": recent,
        "design_value": design_value,
        "design_pieces": design_pieces,
    }


def check_figures(got: Any, want: dict[str, Any]) -> None:
    for name in (
        "good",
        "reject",
        "active_makers",
        "orders",
        "ordered_value",
        "paid",
        "outstanding",
        "buyers",
        "new_buyers",
        "repeat_buyers",
        "repeat_value",
    ):
        assert getattr(got, name) == want[name], name
    assert got.delivered_value == pytest.approx(want["delivered_value"], abs=1)
    assert {o.name: (o.good, o.reject) for o in got.by_type} == want["by_type"]
    assert {o.name: (o.good, o.reject) for o in got.by_maker} == want["by_maker"]
    members = {(None if o.key == "" else o.name): (o.good, o.reject) for o in got.by_member}
    assert members == want["by_member"]
    assert {a.key: a.value for a in got.by_city} == want["by_city"]
    assert {a.key: a.value for a in got.by_province} == want["by_province"]
    assert {a.key: a.value for a in got.by_buyer_kind} == want["by_kind"]
    assert set(got.new_cities) == {places().regencies[c].name for c in want["new_cities"]}
    assert set(got.new_provinces) == {places().provinces[p].name for p in want["new_provinces"]}
    assert (got.largest_buyer.value if got.largest_buyer else None) == want["largest"]
    assert got.herfindahl == pytest.approx(want["herfindahl"])
    assert got.active_designs == want["active_designs"]
    assert got.introduced_designs == want["introduced"]
    assert got.recent_design_value == pytest.approx(want["recent"], abs=1)
    best = sorted(want["design_value"].values(), reverse=True)[:10]
    assert [s.value for s in got.top_designs] == pytest.approx([round(v) for v in best], abs=1)
    assert {int(sale.key) for sale in got.design_sales} == set(want["design_value"])
    for sale in got.design_sales:
        assert sale.pieces == want["design_pieces"][int(sale.key)]
        assert sale.value == pytest.approx(want["design_value"][int(sale.key)], abs=1)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(world=worlds, period=periods, member=st.sampled_from([None, 1, 2]))
def test_every_figure_equals_a_plain_computation(
    db: Database, world: World, period: Period, member: int | None
) -> None:
    store(db, world)
    service = PerformanceService(db)
    check_figures(service.figures(period, member), expected(world, period, member))
    pack = service.pack(period, member=member, today=TODAY)
    check_figures(pack.previous, expected(world, period.compared(TODAY), member))

    # Event shares of the 12 months to the period's end, and the warnings over the threshold.
    year = Period(add_months(period.end, -12) + timedelta(days=1), period.end)
    per_event: dict[str, float] = defaultdict(float)
    for o in _sold(world, year.start, year.end, member):
        per_event[str(o["event"]) if o["event"] else ""] += _net(o) * _part(world, o, member)
    shares = {a.key: a.value for a in pack.event_shares}
    assert shares.keys() == per_event.keys()  # values rounded per buyer and event, or per event
    assert list(shares.values()) == pytest.approx(
        [per_event[k] for k in shares], abs=0 if member is None else len(world.orders)
    )
    total = sum(per_event.values())
    heavy = {f"Acara {k}" for k, v in per_event.items() if k and total > 0 and v / total * 100 > 40}
    assert {x.name for x in pack.warnings if x.kind == "event"} == heavy

    # Before/after windows: output and sales of the 3 months either side of each event that ended
    # within the charts' 24 months.
    for n, event in enumerate(world.events, start=1):
        window = next((x for x in pack.event_windows if x.name == f"Acara {n}"), None)
        chart_start = add_months(period.end.replace(day=1), -23)
        if event is None or not chart_start <= event[0] + timedelta(days=event[1]) <= period.end:
            assert window is None
            continue
        assert window is not None
        starts, ends = event[0], event[0] + timedelta(days=event[1])
        before = Period(add_months(starts, -3), starts - timedelta(days=1))
        after = Period(ends + timedelta(days=1), add_months(ends, 3))
        for span, good, sales in (
            (before, window.output_before, window.sales_before),
            (after, window.output_after, window.sales_after),
        ):
            assert good == sum(
                e[4]
                for e in world.entries
                if not e[6] and span.contains(e[0]) and (member is None or e[3] == member)
            )
            want = sum(_net(o) * _part(world, o, member) for o in _sold(world, span.start, span.end, member))
            assert sales == pytest.approx(
                want, abs=0 if member is None else len(world.orders)
            )  # rounded per day
        assert window.complete == (after.end < TODAY)

    # A slump warning for each event whose 3 months after (all passed) fell in output and sales
    # against the 3 before, one of them by over 30 %.
    slumped = {
        w.name
        for w in pack.event_windows
        if w.complete
        and w.output_after <= w.output_before
        and w.sales_after <= w.sales_before
        and any(
            b > 0 and (b - a) * 100 > 30 * b
            for b, a in ((w.output_before, w.output_after), (w.sales_before, w.sales_after))
        )
    }
    assert {x.name for x in pack.warnings if x.kind == "slump"} == slumped

    # Upcoming events carry every sold order tagged to them, whatever its date.
    for item in pack.upcoming:
        n = int(item.name.split()[-1])
        tagged = [o for o in _sold(world, None, None, member) if o["event"] == n]
        assert item.orders == len(tagged)
        value = sum(_net(o) * _part(world, o, member) for o in tagged)
        assert item.value == pytest.approx(value, abs=0 if member is None else 1)
        assert item.starts_on > TODAY

    # Candidates to retire: not retired, older than 6 months, no sale in the 6 months to the end.
    since = add_months(period.end, -6) + timedelta(days=1)
    sold_recently = {
        d
        for o in _sold(world, since, period.end, member)
        for d, _, _ in o["lines"]
        if _owned(world, d, member)
    }
    want = {
        f"D{i}"
        for i in range(1, DESIGNS + 1)
        if world.status[i - 1] != DesignStatus.RETIRED
        and i not in sold_recently
        and (world.introduced[i - 1] is None or world.introduced[i - 1] < since)
    }
    assert {c.code for c in pack.retire_candidates} == want

    # The 24 months of the charts.
    assert len(pack.monthly) == 24 and pack.monthly[-1].month == period.end.replace(day=1)
    for point in pack.monthly:
        month = Period.month(point.month)
        assert point.good == sum(
            e[4]
            for e in world.entries
            if not e[6] and month.contains(e[0]) and (member is None or e[3] == member)
        )
        want = sum(_net(o) * _part(world, o, member) for o in _sold(world, month.start, month.end, member))
        assert point.sales == pytest.approx(want, abs=0 if member is None else len(world.orders))


def test_event_windows_at_the_edges_of_the_data(db: Database) -> None:
    """An event on the data's first day has an empty before (no slump, no division); the 3 months
    after count their first and last day and are complete only once their last day has passed."""
    starts = date(2026, 6, 10)  # ends 14 June: the 3 months after end 14 September, the day before TODAY
    good = [
        (date(2026, 3, 9), 1000),  # the day before the before-window
        (date(2026, 3, 10), 100),
        (date(2026, 6, 9), 50),
        (date(2026, 6, 15), 5),
        (date(2026, 9, 14), 10),
        (date(2026, 9, 15), 1000),  # the day after the after-window
        (FIRST, 7),
    ]
    world = World(
        introduced=[None] * DESIGNS,
        status=[DesignStatus.ACTIVE] * DESIGNS,
        buyer_places=[(0, 0, BuyerKind.SHOP)] * 5,
        events=[(FIRST, 2), (starts, 4)],
        entries=[(day, 1, 1, None, n, 0, False) for day, n in good],
        orders=[],
    )
    store(db, world)
    month = Period.month(date(2026, 9, 1))
    pack = PerformanceService(db).pack(month, today=TODAY)
    first, last = pack.event_windows
    assert (first.name, first.output_before, first.output_after, first.complete) == ("Acara 1", 0, 0, True)
    assert (last.output_before, last.output_after, last.sales_before, last.complete) == (150, 15, 0, True)
    slump = next(w for w in pack.warnings if w.kind == "slump")
    assert slump.name == "Acara 2" and slump.share == pytest.approx(90.0)
    assert "−90,0 %" in slump.text() and "Acara 2" in slump.text()
    # The day before, the 3 months after have not all passed: no slump is told yet.
    early = PerformanceService(db).pack(month, today=TODAY - timedelta(days=1))
    assert not early.event_windows[-1].complete and not any(w.kind == "slump" for w in early.warnings)


# --- periods and their words ----------------------------------------------------------------------


def test_previous_periods_are_equal_and_adjacent() -> None:
    assert Period.month(date(2026, 3, 31)).previous() == Period(
        date(2026, 2, 1), date(2026, 2, 28), PeriodKind.MONTH
    )
    assert Period.quarter(date(2026, 2, 5)).previous().start == date(2025, 10, 1)
    assert Period.year(date(2026, 7, 1)).previous() == Period(
        date(2025, 1, 1), date(2025, 12, 31), PeriodKind.YEAR
    )
    span = Period(date(2026, 3, 10), date(2026, 3, 19))
    assert span.previous() == Period(date(2026, 2, 28), date(2026, 3, 9))
    # A period still running is compared with as many days of the one before.
    running = Period.month(date(2026, 12, 1))
    assert running.compared(date(2026, 12, 3)) == Period(date(2026, 11, 1), date(2026, 11, 3))
    assert running.compared(date(2026, 12, 31)) == running.previous()  # run to its end
    assert running.compared(date(2027, 1, 5)) == running.previous()
    assert Period.month(date(2026, 3, 1)).compared(date(2026, 3, 30)).end == date(2026, 2, 28)
    assert Period.year(date(2026, 1, 1)).compared(date(2026, 12, 3)) == Period(
        date(2025, 1, 1), date(2025, 12, 3)
    )
    twelve = Period.last_twelve_months(date(2028, 3, 31))
    assert twelve == Period.infer(date(2027, 4, 1), date(2028, 3, 31))
    assert twelve.previous() == Period(date(2026, 4, 1), date(2027, 3, 31), PeriodKind.YEAR)


def test_a_period_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        Period(date(2026, 3, 10), date(2026, 3, 9))
    assert exc.value.errors[0].code == "date_order"


def test_change_against_an_empty_period_is_new_never_a_division() -> None:
    assert change_text(5, 0) == "baru"
    assert change_text(0, 0) == "–"
    assert change_text(150, 100) == "+50,0 %"
    assert change_text(50, 100) == "−50,0 %"
    assert change_text(12.5, None, points=True) == "baru"
    assert change_text(12.5, 10.0, points=True) == "+2,5 poin"


def test_overlapping_compare_and_unknown_member_are_refused(db: Database) -> None:
    service = PerformanceService(db)
    with pytest.raises(ValidationError) as exc:
        service.pack(Period.year(date(2026, 1, 1)), Period(date(2025, 6, 1), date(2026, 1, 31)))
    assert exc.value.errors[0].code == "periods_overlap"
    with pytest.raises(NotFoundError):
        service.pack(Period.month(date(2026, 1, 1)), member=999)


def test_an_empty_sentra_has_empty_figures(db: Database) -> None:
    data = PerformanceService(db).pack(Period.month(date(2026, 1, 1)))
    assert data.is_empty and data.warnings == () and data.current.reject_rate is None
