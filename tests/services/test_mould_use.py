"""Mould use read from the monthly summary equals a plain computation from the entries themselves."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from sentra_desktop.db.models import DesignVariant, Mould, MouldDesign, ProductionEntry
from sentra_desktop.services.aid_use import AidUseService, MouldUse, working_days
from sentra_desktop.services.database import Database
from tests.services.test_stock import make_world

TODAY = date.today()


def expected_use(db: Database, today: date = TODAY) -> list[MouldUse]:
    """The rule written out on every live entry: a mould's named pieces, plus its even share of the
    pieces of its designs' entries that name no mould, made on or after it arrived."""
    with db.reading() as session:
        moulds = session.execute(
            select(Mould.id, Mould.code, Mould.name, Mould.assistance_id, Mould.cavities, Mould.casts_per_day,
                   Mould.acquired_on).order_by(Mould.code)
        ).all()  # fmt: skip
        links = session.execute(select(MouldDesign.mould_id, MouldDesign.design_id)).all()
        prices = dict(session.execute(select(DesignVariant.id, DesignVariant.price)).all())
        entries = session.execute(
            select(ProductionEntry.design_id, ProductionEntry.mould_id, ProductionEntry.produced_on,
                   ProductionEntry.good_qty).where(ProductionEntry.voided_at.is_(None))
        ).all()  # fmt: skip
    designs_of: dict[int, list[int]] = defaultdict(list)
    moulds_of: dict[int, int] = defaultdict(int)
    for mould_id, design_id in links:
        designs_of[mould_id].append(design_id)
        moulds_of[design_id] += 1
    result = []
    for mould_id, code, name, aid, cavities, casts, arrived in moulds:
        mine = [e for e in entries if e.mould_id == mould_id]
        pieces = sum(e.good_qty for e in mine)
        value = sum(e.good_qty * prices[e.design_id] for e in mine)
        last = max((e.produced_on for e in mine), default=None)
        for design_id in designs_of[mould_id]:
            unnamed = [e for e in entries if e.design_id == design_id and e.mould_id is None]
            made = sum(e.good_qty for e in unnamed if arrived is None or e.produced_on >= arrived)
            if made <= 0:
                continue
            share = made // moulds_of[design_id]
            pieces += share
            value += share * prices[design_id]
            design_last = max(e.produced_on for e in unnamed if e.good_qty > 0)
            last = max(last, design_last) if last else design_last
        capacity = cavities * casts
        utilisation = None
        if arrived is not None and arrived <= today:
            possible = capacity * working_days(arrived, today)
            utilisation = pieces / possible if possible else None
        result.append(MouldUse(mould_id, code, name, aid, capacity, pieces, value, last, utilisation))
    return result


entry = st.fixed_dictionaries(
    {
        "ago": st.integers(0, 90),
        "design": st.sampled_from(["keychain", "coaster"]),
        "mould": st.sampled_from([None, None, 0, 1, 2]),
        "good": st.integers(0, 60),
        "voided": st.sampled_from([False, False, False, True]),
    }
)
mould = st.fixed_dictionaries(
    {
        "designs": st.sampled_from([("keychain",), ("coaster",), ("keychain", "coaster")]),
        "arrived": st.none() | st.integers(-5, 95),  # days ago; negative: announced, not yet here
    }
)


def _store(db: Database, world: Any, moulds: list[dict[str, Any]], rows: list[dict[str, Any]]) -> None:
    design = {"keychain": world.keychain, "coaster": world.coaster}
    with db.transaction() as session:
        for old in session.scalars(select(ProductionEntry)):
            session.delete(old)  # one by one: audited, so the monthly summary follows
        session.execute(delete(MouldDesign))
        session.execute(delete(Mould))
        ids = []
        for n, spec in enumerate(moulds):
            arrived = None if spec["arrived"] is None else TODAY - timedelta(days=spec["arrived"])
            row = Mould(
                code=f"CTK-{n}", name=f"Cetakan {n}", cavities=n + 2, casts_per_day=3, acquired_on=arrived
            )
            session.add(row)
            session.flush()
            session.add_all(MouldDesign(mould_id=row.id, design_id=design[d]) for d in spec["designs"])
            ids.append((row.id, {design[d] for d in spec["designs"]}))
        session.flush()
        for spec in rows:
            design_id = design[spec["design"]]
            mould_id = None
            if spec["mould"] is not None and design_id in ids[spec["mould"]][1]:
                mould_id = ids[spec["mould"]][0]
            day = TODAY - timedelta(days=spec["ago"])
            session.add(
                ProductionEntry(
                    produced_on=day, month=day.strftime("%Y-%m"), design_id=design_id, maker_id=world.budi,
                    good_qty=spec["good"], reject_qty=0 if spec["good"] else 1, mould_id=mould_id,
                    voided_at=func.now() if spec["voided"] else None,
                )
            )  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moulds=st.lists(mould, min_size=3, max_size=3), rows=st.lists(entry, max_size=40))
def test_mould_use_equals_a_plain_computation(
    db: Database, moulds: list[dict[str, Any]], rows: list[dict[str, Any]]
) -> None:
    world = _world(db)
    _store(db, world, moulds, rows)
    assert AidUseService(db).mould_use() == expected_use(db)


_WORLDS: dict[str, Any] = {}


def _world(db: Database) -> Any:
    """One small sentra per database (the examples of a run share the test's database)."""
    key = db.engine.url.render_as_string()
    with db.reading() as session:
        made = session.scalar(select(DesignVariant.id).where(DesignVariant.code == "GK-01"))
    if made is None:
        world = make_world(db)
        with db.transaction() as session:
            session.get(DesignVariant, world.keychain).price = 15_000  # type: ignore[union-attr]
            session.get(DesignVariant, world.coaster).price = 8_000  # type: ignore[union-attr]
        _WORLDS[key] = world
    return _WORLDS[key]


def test_an_arrival_on_the_first_or_last_of_a_month_and_a_month_of_named_pieces_only(db: Database) -> None:
    world = _world(db)
    first = TODAY.replace(day=1) - timedelta(days=31)
    first = first.replace(day=1)
    month_end = TODAY.replace(day=1) - timedelta(days=1)
    moulds = [
        {"designs": ("keychain",), "arrived": (TODAY - first).days},
        {"designs": ("keychain", "coaster"), "arrived": (TODAY - month_end).days},
        {"designs": ("coaster",), "arrived": None},
    ]
    rows = [
        {"ago": (TODAY - first).days, "design": "keychain", "mould": None, "good": 9, "voided": False},
        {"ago": (TODAY - month_end).days, "design": "keychain", "mould": None, "good": 5, "voided": False},
        {"ago": (TODAY - month_end).days, "design": "coaster", "mould": 1, "good": 4, "voided": False},
        {"ago": 0, "design": "coaster", "mould": 2, "good": 6, "voided": False},
    ]
    _store(db, world, moulds, rows)
    got = AidUseService(db).mould_use()
    assert got == expected_use(db)
    assert [use.pieces for use in got] == [(9 + 5) // 2, 5 // 2 + 4, 6]


def test_named_pieces_inside_an_arrival_month_on_either_side_of_the_arrival(db: Database) -> None:
    world = _world(db)
    month = (TODAY.replace(day=1) - timedelta(days=1)).replace(day=1)

    def ago(day: int) -> int:
        return (TODAY - month.replace(day=day)).days

    moulds = [
        {"designs": ("keychain",), "arrived": ago(10)},  # read from the month's start: days 1 to 9
        {"designs": ("keychain",), "arrived": ago(25)},  # read from the arrival to the month's end
        {"designs": ("coaster",), "arrived": None},
    ]
    rows = [
        {"ago": ago(5), "design": "keychain", "mould": None, "good": 10, "voided": False},
        {"ago": ago(8), "design": "keychain", "mould": 1, "good": 3, "voided": False},
        {"ago": ago(12), "design": "keychain", "mould": None, "good": 20, "voided": False},
        {"ago": ago(26), "design": "keychain", "mould": 1, "good": 4, "voided": False},
        {"ago": ago(27), "design": "keychain", "mould": None, "good": 40, "voided": False},
        {"ago": ago(27), "design": "keychain", "mould": None, "good": 99, "voided": True},
    ]
    _store(db, world, moulds, rows)
    got = AidUseService(db).mould_use()
    assert got == expected_use(db)
    assert [use.pieces for use in got] == [(20 + 40) // 2, 40 // 2 + 3 + 4, 0]
    assert got[0].last_used == got[1].last_used == month.replace(day=27)
