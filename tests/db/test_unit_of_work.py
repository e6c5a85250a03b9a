"""The unit of work: nested transactions share one, and a transaction lost to a deadlock runs again.

PostgreSQL breaks off one of two transactions that wait for each other (a deadlock, SQLSTATE
40P01) or that cannot both be serialized (40001). Nothing of the broken one was saved, so the unit
of work runs it again instead of telling the operator that someone else changed the record. The
forced deadlock below is real: two connections lock two buyers in opposite order.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from sentra_desktop.core.errors import BusyError, ConflictError
from sentra_desktop.db.models import Buyer
from sentra_desktop.services.base import Service
from sentra_desktop.services.buyers import BuyerInput, BuyerService
from sentra_desktop.services.database import ATTEMPTS, Database


class _DriverError(Exception):
    """What psycopg raises for a deadlock: an error carrying its SQLSTATE."""

    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"simulated {sqlstate}")
        self.sqlstate = sqlstate


def lost_race(sqlstate: str = "40P01") -> OperationalError:
    return OperationalError("UPDATE buyer SET ...", None, _DriverError(sqlstate))


def buyer_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Buyer)) or 0)


def add_buyer(session: Session, name: str) -> None:
    session.add(Buyer(name=name))
    session.flush()


def failing(times: int, sqlstate: str = "40P01") -> tuple[Callable[[Session], str], Counter[str]]:
    """A unit of work that saves a buyer and loses its race ``times`` times before it succeeds."""
    calls: Counter[str] = Counter()

    def work(session: Session) -> str:
        calls["runs"] += 1
        add_buyer(session, f"Pembeli {calls['runs']}")
        if calls["runs"] <= times:
            raise lost_race(sqlstate)
        return "saved"

    return work, calls


# --- retry ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("sqlstate", ["40P01", "40001"])
def test_a_lost_race_is_run_again_and_only_the_last_run_is_saved(db: Database, sqlstate: str) -> None:
    work, calls = failing(ATTEMPTS - 1, sqlstate)
    assert db.run(work) == "saved"
    assert calls["runs"] == ATTEMPTS
    with db.reading() as session:
        assert session.scalars(select(Buyer.name)).all() == [f"Pembeli {ATTEMPTS}"]


def test_the_third_lost_race_surfaces_and_nothing_is_saved(db: Database) -> None:
    work, calls = failing(ATTEMPTS)
    with pytest.raises(BusyError) as caught:
        db.run(work)
    assert calls["runs"] == ATTEMPTS == 3
    assert caught.value.code == "busy" and isinstance(caught.value, ConflictError)
    assert buyer_count(db) == 0


def test_a_stale_version_is_a_conflict_and_is_not_run_again(db: Database) -> None:
    calls: Counter[str] = Counter()

    def work(session: Session) -> None:
        calls["runs"] += 1
        add_buyer(session, "Budi")
        raise StaleDataError("UPDATE statement on table 'buyer' expected to update 1 row(s); 0 were matched.")

    with pytest.raises(ConflictError) as caught:
        db.run(work)
    assert type(caught.value) is ConflictError and caught.value.code == "stale"
    assert calls["runs"] == 1 and buyer_count(db) == 0


class _TwoSteps(Service):
    """A service method that commits one transaction and then loses the race in a second one."""

    runs = 0

    def save_twice(self) -> None:
        type(self).runs += 1
        with self.db.transaction() as session:
            add_buyer(session, "Pertama")
        with self.db.transaction():
            raise lost_race()

    def save_once(self, losses: int) -> None:
        type(self).runs += 1
        with self.db.transaction() as session:
            add_buyer(session, f"Percobaan {type(self).runs}")
            if type(self).runs <= losses:
                raise lost_race()


def test_a_service_method_is_one_retryable_unit(db: Database) -> None:
    _TwoSteps.runs = 0
    _TwoSteps(db).save_once(losses=2)
    assert _TwoSteps.runs == 3
    with db.reading() as session:
        assert session.scalars(select(Buyer.name)).all() == ["Percobaan 3"]


def test_a_method_that_already_committed_is_not_run_twice(db: Database) -> None:
    _TwoSteps.runs = 0
    with pytest.raises(ConflictError):
        _TwoSteps(db).save_twice()
    assert _TwoSteps.runs == 1
    with db.reading() as session:
        assert session.scalars(select(Buyer.name)).all() == ["Pertama"]


# --- sharing one transaction ----------------------------------------------------------------------


def test_nested_service_calls_share_the_outer_transaction(db: Database) -> None:
    buyers = BuyerService(db)
    with pytest.raises(RuntimeError), db.transaction():
        first = buyers.create(BuyerInput(name="Ani", city="Palembang"))
        assert buyers.get(first).name == "Ani"  # the inner read sees the unsaved buyer
        buyers.create(BuyerInput(name="Budi", city="Palembang"))
        assert buyer_count(db) == 2
        raise RuntimeError("the operator's action fails after both saves")
    assert buyer_count(db) == 0  # neither inner save was committed on its own

    def both(_session: Session) -> list[int]:
        return [buyers.create(BuyerInput(name=name, city="Palembang")) for name in ("Ani", "Budi")]

    assert len(db.run(both)) == 2
    assert buyer_count(db) == 2


def test_a_core_read_joins_the_open_transaction_and_reads_committed_rows_outside_it(db: Database) -> None:
    """``reading_core`` (the login screen's reads, without the ORM) behaves as ``reading``."""

    def core_count() -> int:
        with db.reading_core() as conn:
            return int(conn.scalar(select(func.count()).select_from(Buyer.__table__)) or 0)

    with pytest.raises(RuntimeError), db.transaction() as session:
        add_buyer(session, "Ani")
        assert core_count() == 1  # the open transaction's unsaved buyer
        raise RuntimeError("rolled back")
    assert core_count() == 0
    with db.transaction() as session:
        add_buyer(session, "Budi")
    assert core_count() == 1


# --- a real deadlock on the server ----------------------------------------------------------------


@pytest.fixture
def two_pcs(db_url: str, db: Database) -> Iterator[tuple[Database, Database]]:
    first, second = (
        Database.open(db_url, migrate=False, actor="Ani"),
        Database.open(db_url, migrate=False, actor="Budi"),
    )
    yield first, second
    first.dispose()
    second.dispose()


@pytest.mark.timeout(60)
@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_a_forced_deadlock_between_two_saves_is_retried_and_both_succeed(
    db: Database, two_pcs: tuple[Database, Database]
) -> None:
    """Each PC edits buyer A and buyer B in one unit of work, in opposite order, both at once.

    Both hold their first row when they ask for the other's: PostgreSQL finds the deadlock and
    breaks one off; the unit of work runs that one again, after the other committed.
    """
    buyers = BuyerService(db)
    a = buyers.create(BuyerInput(name="Toko A", city="Palembang"))
    b = buyers.create(BuyerInput(name="Toko B", city="Palembang"))
    both_hold_one = threading.Barrier(2)
    runs: Counter[str] = Counter()
    errors: list[BaseException] = []

    def edit(database: Database, order: tuple[int, int]) -> None:
        service = BuyerService(database)
        who = database.actor.name

        def unit(_session: Session) -> None:
            runs[who] += 1
            for step, buyer_id in enumerate(order):
                detail = service.get(buyer_id)
                note = f"{detail.notes} {who}".strip()
                service.update(
                    buyer_id, detail.version, BuyerInput(name=detail.name, city=detail.city, notes=note)
                )
                if step == 0 and runs[who] == 1:
                    both_hold_one.wait(timeout=20)

        try:
            database.run(unit)
        except BaseException as exc:  # reported below
            errors.append(exc)

    first, second = two_pcs
    threads = [
        threading.Thread(target=edit, args=(first, (a, b))),
        threading.Thread(target=edit, args=(second, (b, a))),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=50)
    assert not errors, errors
    assert sorted(runs.values()) == [1, 2]  # exactly one of the two ran again
    for buyer_id in (a, b):
        detail = buyers.get(buyer_id)
        assert detail.version == 3  # created, then one edit by each PC
        assert sorted(detail.notes.split()) == ["Ani", "Budi"]
