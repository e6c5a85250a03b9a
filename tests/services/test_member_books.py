"""Each member's own books: a maker's moves keep history, entries keep the member of their day,
and the figures per member match an independent computation."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from sentra_desktop.core.enums import OrderStatus
from sentra_desktop.core.errors import ConflictError, ValidationError
from sentra_desktop.db.models import AuditEntry, DesignVariant, ProductionEntry
from sentra_desktop.services.buyers import BuyerInput, BuyerService
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.member_books import SENTRA_ITSELF, MemberBookService
from sentra_desktop.services.member_filter import MEMBER_FILTER
from sentra_desktop.services.members import MakerInput, MakerService, MemberInput, MemberService
from sentra_desktop.services.orders import LineInput, OrderInput, OrderService
from sentra_desktop.services.production import ProductionInput, ProductionService
from tests.services.test_stock import World, make_world

TODAY = date.today()


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)


def stored_member(db: Database, entry_id: int) -> int | None:
    with db.reading() as session:
        return session.scalar(
            select(ProductionEntry.member_business_id).where(ProductionEntry.id == entry_id)
        )


def save(db: Database, maker: int, day: date, good: int = 10, design: str = "GK-01") -> int:
    saved = ProductionService(db).create(
        ProductionInput(produced_on=day, design=design, maker_id=maker, good_qty=good), allow_duplicate=True
    )
    return saved.entry_id


def move(db: Database, maker: int, member: int | None, since: date) -> None:
    makers = MakerService(db)
    detail = makers.get(maker)
    makers.update(
        maker,
        detail.version,
        MakerInput(name=detail.name, member_business_id=member, member_since=since, phone=detail.phone),
    )


def test_a_move_keeps_history_and_an_old_entry_edited_after_it_keeps_its_member(
    db: Database, world: World
) -> None:
    other = MemberService(db).create(MemberInput(name="IKM Sumber Rejeki"))
    makers = MakerService(db)
    yani = makers.create(
        MakerInput(name="Yani", member_business_id=world.member, member_since=TODAY - timedelta(days=60))
    )
    old = save(db, yani, TODAY - timedelta(days=20))
    move(db, yani, other, TODAY - timedelta(days=10))

    assert [(m.from_date, m.member_business_id) for m in makers.history(yani)] == [
        (TODAY - timedelta(days=60), world.member),
        (TODAY - timedelta(days=10), other),
    ]
    assert makers.get(yani).member_business_id == other
    assert makers.get(yani).member_since == TODAY - timedelta(days=10)
    assert stored_member(db, old) == world.member  # before the move: stays with the old member
    new = save(db, yani, TODAY - timedelta(days=5))
    assert stored_member(db, new) == other
    before_move = save(db, yani, TODAY - timedelta(days=15))  # keyed late, for a day before the move
    assert stored_member(db, before_move) == world.member

    # Editing the old entry's pieces after the move keeps its member (the bug this fixes).
    production = ProductionService(db)
    detail = production.get(old)
    production.update(old, detail.version, ProductionInput(detail.produced_on, "GK-01", yani, 25, 1))
    assert stored_member(db, old) == world.member
    assert production.get(old).good_qty == 25

    # Changing the day across the move books it to the member of the new day, and back.
    detail = production.get(old)
    production.update(old, detail.version, ProductionInput(TODAY - timedelta(days=3), "GK-01", yani, 25, 1))
    assert stored_member(db, old) == other
    detail = production.get(old)
    production.update(old, detail.version, ProductionInput(TODAY - timedelta(days=30), "GK-01", yani, 25, 1))
    assert stored_member(db, old) == world.member

    # Changing the maker books it to the other maker's member of that day (Sari: the sentra).
    detail = production.get(old)
    production.update(old, detail.version, ProductionInput(detail.produced_on, "GK-01", world.sari, 25, 1))
    assert stored_member(db, old) is None


def test_a_backdated_move_books_later_entries_again_and_audits_them(db: Database, world: World) -> None:
    other = MemberService(db).create(MemberInput(name="IKM Sumber Rejeki"))
    yani = MakerService(db).create(
        MakerInput(name="Yani", member_business_id=world.member, member_since=TODAY - timedelta(days=60))
    )
    early = save(db, yani, TODAY - timedelta(days=40))
    late = [save(db, yani, TODAY - timedelta(days=d)) for d in (9, 5, 1)]
    version = ProductionService(db).get(late[0]).version
    move(db, yani, other, TODAY - timedelta(days=10))  # recorded after the entries were keyed

    assert stored_member(db, early) == world.member
    assert [stored_member(db, e) for e in late] == [other, other, other]
    # A form that read an entry before the move is refused, not silently saved back.
    with pytest.raises(ConflictError):
        ProductionService(db).update(
            late[0], version, ProductionInput(TODAY - timedelta(days=9), "GK-01", yani, 11)
        )
    with db.reading() as session:
        changes = session.scalars(
            select(AuditEntry.changes)
            .where(AuditEntry.table_name == "production_entry")
            .order_by(AuditEntry.id.desc())
        ).first()
    assert changes is not None and f"{min(late)}-{max(late)}" in str(changes)

    # Correcting the move's day moves the boundary: the entry of day -9 goes back.
    move(db, yani, other, TODAY - timedelta(days=7))
    assert [stored_member(db, e) for e in late] == [world.member, other, other]


def test_a_move_before_the_previous_one_is_refused_and_changes_nothing(db: Database, world: World) -> None:
    other = MemberService(db).create(MemberInput(name="IKM Sumber Rejeki"))
    makers = MakerService(db)
    yani = makers.create(
        MakerInput(name="Yani", member_business_id=world.member, member_since=TODAY - timedelta(days=60))
    )
    move(db, yani, other, TODAY - timedelta(days=10))
    with pytest.raises(ValidationError) as caught:
        move(db, yani, world.member, TODAY - timedelta(days=70))
    assert [e.code for e in caught.value.errors] == ["before_last_move"]
    with pytest.raises(ValidationError) as caught:
        move(db, yani, world.member, TODAY + timedelta(days=1))
    assert [e.code for e in caught.value.errors] == ["future_date"]
    assert len(makers.history(yani)) == 2
    assert makers.get(yani).member_business_id == other


def test_an_import_books_each_row_to_the_member_of_its_day(db: Database, world: World) -> None:
    other = MemberService(db).create(MemberInput(name="IKM Sumber Rejeki"))
    yani = MakerService(db).create(
        MakerInput(name="Yani", member_business_id=world.member, member_since=TODAY - timedelta(days=60))
    )
    move(db, yani, other, TODAY - timedelta(days=10))
    ProductionService(db).bulk_create(
        [ProductionInput(TODAY - timedelta(days=d), "GK-01", yani, 5) for d in (20, 10, 2)]
    )
    with db.reading() as session:
        rows = session.execute(
            select(ProductionEntry.produced_on, ProductionEntry.member_business_id)
            .where(ProductionEntry.maker_id == yani)
            .order_by(ProductionEntry.produced_on)
        ).all()
    assert [member for _day, member in rows] == [world.member, other, other]


def test_output_per_member_matches_an_independent_sum_and_the_filter(db: Database, world: World) -> None:
    other = MemberService(db).create(MemberInput(name="IKM Sumber Rejeki"))
    makers = MakerService(db)
    yani = makers.create(
        MakerInput(name="Yani", member_business_id=world.member, member_since=TODAY - timedelta(days=90))
    )
    move(db, yani, other, TODAY - timedelta(days=30))
    rng = random.Random(15)
    production = ProductionService(db)
    expected: dict[int | None, list[int]] = {}
    for _ in range(60):
        maker = rng.choice([yani, world.budi, world.sari])
        day = TODAY - timedelta(days=rng.randrange(0, 80))
        good, reject = rng.randrange(0, 50), rng.randrange(0, 5)
        if good + reject == 0:
            continue
        design = rng.choice(["GK-01", "TG-01"])
        saved = production.create(ProductionInput(day, design, maker, good, reject), allow_duplicate=True)
        member = {world.budi: world.member, world.sari: None}.get(maker, world.member)
        if maker == yani and day >= TODAY - timedelta(days=30):
            member = other
        if rng.random() < 0.1:
            production.delete(saved.entry_id)
            continue
        if day >= TODAY - timedelta(days=45):
            totals = expected.setdefault(member, [0, 0, 0])
            totals[0] += 1
            totals[1] += good
            totals[2] += reject
    query = ListQuery(filters={"date_from": TODAY - timedelta(days=45)})
    books = MemberBookService(db)
    found = {m.member_id: [m.entries, m.good, m.reject] for m in books.production(query)}
    assert found == expected
    whole = production.totals(query)
    assert [whole.entries, whole.good, whole.reject] == [
        sum(v[i] for v in expected.values()) for i in range(3)
    ]
    names = [m.member for m in books.production(query)]
    assert names[-1] == ""  # the sentra's own output comes last
    for member, (entries, good, reject) in expected.items():
        value = SENTRA_ITSELF if member is None else member
        narrowed = ListQuery(filters={"date_from": TODAY - timedelta(days=45), MEMBER_FILTER: value})
        totals = production.totals(narrowed)
        assert (totals.entries, totals.good, totals.reject) == (entries, good, reject)
        assert production.count(narrowed) == entries
        assert len(production.page(narrowed, 0, 1000)) == entries


def test_sales_count_for_the_designs_owning_member(db: Database, world: World) -> None:
    with db.transaction() as session:
        session.execute(update(DesignVariant).values(price=1_000))
        session.execute(
            update(DesignVariant)
            .where(DesignVariant.id == world.keychain)
            .values(member_business_id=world.member)
        )
    buyer = BuyerService(db).create(BuyerInput(name="Rina Marlina"))
    orders = OrderService(db)
    rng = random.Random(7)
    expected: dict[int | None, list[int]] = {}
    with_member: set[int] = set()
    for number in range(12):
        lines = [
            (code, rng.randrange(1, 40), rng.randrange(1, 9) * 500)
            for code in rng.sample(["GK-01", "TG-01"], rng.randrange(1, 3))
        ]
        saved = orders.create(
            OrderInput(buyer, TODAY - timedelta(days=number), [LineInput(c, q, p) for c, q, p in lines])
        )
        if "GK-01" in (code for code, _q, _p in lines):
            with_member.add(saved.id)
        if number % 4 == 3:
            continue  # a draft sells nothing
        orders.confirm(saved.id)
        for code, quantity, price in lines:
            owner = world.member if code == "GK-01" else None
            sums = expected.setdefault(owner, [0, 0, 0])
            sums[0] += 1
            sums[1] += quantity
            sums[2] += quantity * price
    found = {m.member_id: [m.lines, m.pieces, m.value] for m in MemberBookService(db).sales(ListQuery())}
    assert found == expected
    listed = orders.page(ListQuery(filters={MEMBER_FILTER: world.member}), 0, 100)
    assert {row.id for row in listed} == with_member
    assert orders.count(ListQuery(filters={MEMBER_FILTER: world.member})) == len(with_member)
    confirmed = ListQuery(filters={"status": OrderStatus.CONFIRMED.value})
    assert sum(m.value for m in MemberBookService(db).sales(confirmed)) == sum(
        v[2] for v in expected.values()
    )


def test_the_production_sheet_books_a_moved_makers_output_to_each_member(db: Database, world: World) -> None:
    from sentra_desktop.services.report_data import ReportDataService

    other = MemberService(db).create(MemberInput(name="IKM Sumber Rejeki"))
    yani = MakerService(db).create(
        MakerInput(name="Yani", member_business_id=world.member, member_since=TODAY - timedelta(days=60))
    )
    save(db, yani, TODAY - timedelta(days=20), good=30)
    move(db, yani, other, TODAY - timedelta(days=10))
    save(db, yani, TODAY - timedelta(days=5), good=12)
    save(db, world.sari, TODAY - timedelta(days=5), good=4)
    sheet = ReportDataService(db).production_summary(TODAY - timedelta(days=30), TODAY)
    assert sorted((line.name, line.group, line.good) for line in sheet.by_maker) == [
        ("Sari", "", 4),
        ("Yani", "IKM Karya Karet", 30),
        ("Yani", "IKM Sumber Rejeki", 12),
    ]
    assert [(line.name, line.good, line.entries) for line in sheet.by_member] == [
        ("IKM Karya Karet", 30, 1),
        ("IKM Sumber Rejeki", 12, 1),
        ("", 4, 1),
    ]
    one = ReportDataService(db).production_summary(TODAY - timedelta(days=30), TODAY, other)
    assert (one.good, one.by_member) == (12, [])


def test_a_member_in_a_makers_history_or_owning_a_design_is_only_deactivated(
    db: Database, world: World
) -> None:
    from sentra_desktop.core.errors import SentraError

    members = MemberService(db)
    earlier = members.create(MemberInput(name="IKM Lama"))
    owner = members.create(MemberInput(name="IKM Pemilik Desain"))
    yani = MakerService(db).create(
        MakerInput(name="Yani", member_business_id=earlier, member_since=TODAY - timedelta(days=60))
    )
    move(db, yani, world.member, TODAY - timedelta(days=10))
    with db.transaction() as session:
        session.execute(
            update(DesignVariant).where(DesignVariant.id == world.coaster).values(member_business_id=owner)
        )
    for member in (earlier, owner):
        with pytest.raises(SentraError) as caught:
            members.delete(member)
        assert caught.value.code == "has_history"


def test_the_member_figures_are_reads_every_role_and_the_command_line_may_do() -> None:
    from sentra_desktop.services.roles import EVERY_ROLE, allowed

    for action in ("member_books.choices", "member_books.production", "member_books.sales", "maker.history"):
        assert allowed(None, action)
        assert all(allowed(role, action) for role in EVERY_ROLE)
