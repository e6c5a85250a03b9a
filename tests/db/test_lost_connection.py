"""A lost server: the test's PostgreSQL server is stopped mid-session, then started again.

While it is down every action fails with :class:`DatabaseUnavailable` and a plain message, and
nothing half-done is left behind; once it is back the same open :class:`Database` works again,
without reopening anything (the pool pings and replaces dead connections).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from sentra_desktop.core.enums import StockItemKind
from sentra_desktop.core.errors import DatabaseUnavailable
from sentra_desktop.core.messages import describe, technical_detail
from sentra_desktop.services.database import Database
from sentra_desktop.services.production import ProductionInput, ProductionService
from sentra_desktop.services.stock import StockService
from tests import pg
from tests.services.test_stock import make_world

TODAY = date.today()


@pytest.fixture
def stopped_later(pg_cluster: pg.Cluster) -> Iterator[pg.Cluster]:
    """The session's server; started again after the test whatever happens."""
    yield pg_cluster
    if pg_cluster.stopped:
        pg_cluster.start()


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_server_stopped_mid_session_then_back(db: Database, stopped_later: pg.Cluster) -> None:
    world = make_world(db)
    production, stock = ProductionService(db), StockService(db)
    production.create(ProductionInput(TODAY, world.keychain, world.budi, 10))
    assert stock.on_hand(StockItemKind.DESIGN, world.keychain) == 10

    stopped_later.stop()
    with pytest.raises(DatabaseUnavailable) as caught:
        production.create(ProductionInput(TODAY, world.keychain, world.sari, 5))
    message = describe(caught.value)
    assert message.startswith("The database server cannot be reached, so nothing was saved.")
    assert "Your input is kept" in message
    with pytest.raises(DatabaseUnavailable):
        stock.on_hand(StockItemKind.DESIGN, world.keychain)

    stopped_later.start()
    # The very same objects work again: the failed save can simply be repeated.
    production.create(ProductionInput(TODAY, world.keychain, world.sari, 5))
    assert stock.on_hand(StockItemKind.DESIGN, world.keychain) == 15
    assert stock.check_balances() == []


def test_no_server_at_start_is_a_plain_refusal(pg_cluster: pg.Cluster) -> None:
    from sentra_desktop.core.errors import CannotOpenDatabase

    with pytest.raises(CannotOpenDatabase) as caught:
        Database.open(f"postgresql+psycopg://postgres@127.0.0.1:{pg.free_port()}/sentra")
    assert caught.value.code == "cannot_open"
    # The reason in the program's words; the driver's own words are the technical details.
    assert "nothing answers at this address" in describe(caught.value).lower()
    assert "refused" in technical_detail(caught.value).lower()
