"""A small sentra with some of everything, and a strict fingerprint of every table."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from sentra_desktop.db.base import Base
from sentra_desktop.db.models import Buyer
from sentra_desktop.services.database import Database
from sentra_desktop.services.production import ProductionInput, ProductionService
from sentra_desktop.services.stock_counts import StockCountService
from sentra_desktop.services.transfer import TransferService
from tests.services.test_stock import World, make_world

YESTERDAY = date.today() - timedelta(days=1)


def fingerprint(db: Database) -> dict[str, str]:
    """A hash of every row of every table: equal fingerprints, not one value changed."""
    result = {}
    with db.reading() as session:
        for name, table in Base.metadata.tables.items():
            rows = sorted(repr(tuple(row)) for row in session.execute(select(table)))
            result[name] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    return result


def add_buyers(db: Database) -> None:
    with db.transaction() as session:
        session.add_all(
            [
                Buyer(name="Toko Ampera", phone="+62 812-7310-4471", phone_normalized="6281273104471",
                      city="Palembang", kind="shop", met_via="exhibition", notes="=HYPERLINK(\"x\")",
                      regency_code="16.71", province_code="16"),
                Buyer(name="Dinas Perindustrian", organisation="@pemprov", city="Palembang", kind="agency",
                      regency_code="16.71", province_code="16"),
            ]
        )  # fmt: skip


@pytest.fixture
def world(db: Database) -> World:
    world = make_world(db)
    add_buyers(db)
    production = ProductionService(db)
    production.create(ProductionInput(YESTERDAY, "GK-01", world.budi, "1.500", "12", note="-pagi"))
    production.create(ProductionInput(YESTERDAY, "TG-01", world.sari, "40", "0"))
    counts = StockCountService(db)
    count_id = counts.start(YESTERDAY)
    lines = counts.lines(count_id)
    counts.set_counted(next(ln.id for ln in lines if ln.code == "LTX"), "12,5")
    counts.set_counted(next(ln.id for ln in lines if ln.code == "GK-01"), "1.490")
    return world


@pytest.fixture
def transfer(db: Database) -> TransferService:
    return TransferService(db)


def rows_of(transfer: TransferService, kind: str, tmp_path: Any, name: str = "out.csv") -> list[list[Any]]:
    path = tmp_path / name
    transfer.export(kind, path)
    return transfer.preview(kind, path, limit=10_000).rows
