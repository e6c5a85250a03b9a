"""Two operators at once: two real connections writing the same designs and materials together.

Each operator is a thread with its own :class:`Database` (its own engine and connections) on the
same database, as two program instances on two PCs would be. They interleave production entries,
deliveries and voids of the same designs; afterwards every balance equals its ledger and each
balance equals what the operators say they did. Conflicting edits of one record are refused for
exactly one of them, with a plain message.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest

from sentra_desktop.core.enums import MovementKind, StockItemKind
from sentra_desktop.core.errors import ConflictError
from sentra_desktop.core.messages import describe
from sentra_desktop.services.database import Database
from sentra_desktop.services.production import ProductionInput, ProductionService
from sentra_desktop.services.stock import StockService, post_movement
from tests.services.test_stock import make_world

ROUNDS = 150
TODAY = date.today()


@pytest.fixture
def operators(db_url: str, db: Database) -> Iterator[tuple[Database, Database]]:
    """Two more connections to the test's database, as two program instances on two PCs."""
    first, second = Database.open(db_url, actor="Ani"), Database.open(db_url, actor="Budi")
    yield first, second
    first.dispose()
    second.dispose()


def run_together(*work: Callable[[], None]) -> None:
    """Run each callable in its own thread, started together; re-raise the first failure."""
    barrier = threading.Barrier(len(work))
    errors: list[BaseException] = []

    def runner(job: Callable[[], None]) -> None:
        try:
            barrier.wait(timeout=30)
            job()
        except BaseException as exc:  # reported to the test below
            errors.append(exc)

    threads = [threading.Thread(target=runner, args=(job,)) for job in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    if errors:
        raise errors[0]


def test_interleaved_production_and_deliveries_never_lose_stock(
    db: Database, operators: tuple[Database, Database]
) -> None:
    world = make_world(db)
    done: dict[str, dict[int, int]] = {}

    def operator(name: str, database: Database, seed: int) -> Callable[[], None]:
        def work() -> None:
            rng = random.Random(seed)
            production = ProductionService(database)
            moved = {world.keychain: 0, world.coaster: 0}
            mine: list[tuple[int, int, int]] = []
            for round_ in range(ROUNDS):
                design = rng.choice([world.keychain, world.coaster])
                action = rng.random()
                if action < 0.55:
                    good = rng.randint(1, 40)
                    saved = production.create(
                        ProductionInput(TODAY - timedelta(days=round_ % 5), design, world.budi, good, 1),
                        allow_duplicate=True,
                    )
                    mine.append((saved.entry_id, design, good))
                    moved[design] += good
                elif action < 0.85:
                    pieces = rng.randint(1, 15)
                    with database.transaction() as session:
                        post_movement(
                            session,
                            design_id=design,
                            kind=MovementKind.DELIVERY,
                            quantity=-pieces,
                            moved_on=TODAY,
                            reference=f"SJ-{name}-{round_}",
                        )
                    moved[design] -= pieces
                elif mine:
                    entry_id, entry_design, good = mine.pop(rng.randrange(len(mine)))
                    production.delete(entry_id)
                    moved[entry_design] -= good
            done[name] = moved

        return work

    first, second = operators
    run_together(operator("ani", first, 1), operator("budi", second, 2))

    stock = StockService(db)
    assert stock.check_balances() == []
    for design in (world.keychain, world.coaster):
        expected = done["ani"][design] + done["budi"][design]
        assert stock.on_hand(StockItemKind.DESIGN, design) == Decimal(expected)
    # Materials: every production entry used recipe x (good + 1 reject); all moved by both at once.
    assert stock.on_hand(StockItemKind.MATERIAL, world.ring) <= 0


def test_a_conflicting_edit_is_refused_for_the_second_operator(
    db: Database, operators: tuple[Database, Database]
) -> None:
    world = make_world(db)
    first, second = (ProductionService(o) for o in operators)
    refused = 0
    for round_ in range(10):
        saved = first.create(ProductionInput(TODAY, world.keychain, world.budi, 10), allow_duplicate=True)
        version = first.get(saved.entry_id).version
        results: list[str] = []

        def edit(
            service: ProductionService, good: int, entry_id: int, version: int, results: list[str]
        ) -> Callable[[], None]:
            def work() -> None:
                data = ProductionInput(TODAY, world.keychain, world.budi, good)
                try:
                    service.update(entry_id, version, data, allow_duplicate=True)
                    results.append("saved")
                except ConflictError as exc:
                    results.append(describe(exc))

            return work

        run_together(
            edit(first, 20 + round_, saved.entry_id, version, results),
            edit(second, 30 + round_, saved.entry_id, version, results),
        )
        assert sorted(results)[-1] == "saved" and len(results) == 2
        if results.count("saved") == 1:
            refused += 1
            (message,) = [r for r in results if r != "saved"]
            assert "changed this record" in message
        assert first.get(saved.entry_id).version == version + results.count("saved")
    # Usually both start before either commits; at the least the loser was always told.
    assert refused >= 1
    assert StockService(db).check_balances() == []


def test_an_edit_made_on_stale_data_is_refused(db: Database, operators: tuple[Database, Database]) -> None:
    world = make_world(db)
    first, second = (ProductionService(o) for o in operators)
    saved = first.create(ProductionInput(TODAY, world.keychain, world.budi, 10))
    seen_by_second = second.get(saved.entry_id).version
    first.update(saved.entry_id, seen_by_second, ProductionInput(TODAY, world.keychain, world.budi, 12))
    with pytest.raises(ConflictError) as caught:
        second.update(saved.entry_id, seen_by_second, ProductionInput(TODAY, world.keychain, world.budi, 15))
    assert "Someone else changed this record" in describe(caught.value)
    assert StockService(db).on_hand(StockItemKind.DESIGN, world.keychain) == 12
