"""The pay watch on a replica: rebuilt from what travelled, so the replica's pay corrections are the
sentra's own, after a full packet and after a later one, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from sentra_desktop.core.paths import DataDir
from sentra_desktop.db.models import DesignVariant, Maker, PayEntryChange, PayLine, PayPeriod, ProductionEntry
from sentra_desktop.services.agency.service import AgencyService
from sentra_desktop.services.agency.store import Agency
from sentra_desktop.services.database import Database
from sentra_desktop.services.pay import PayService
from sentra_desktop.services.production.data import ProductionInput
from sentra_desktop.services.production.service import ProductionService

from .support import Sentra, demo_sentra


@pytest.fixture(params=["sqlite", "postgresql"])
def agency(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Agency]:
    if request.param == "sqlite":
        opened = Agency.at(DataDir(tmp_path / "agency"))
    else:
        opened = Agency.open(request.getfixturevalue("empty_pg_url"))
    yield opened
    opened.dispose()


def pay_figures(db: Database) -> list[tuple[object, ...]]:
    """Every maker's corrections and total in the period paid next, as the pay page shows them."""
    pay = PayService(db)
    start, end = pay.first_open_period(date(2026, 11, 30))
    return [
        (m.maker_id, m.total, sorted((c.entry_id, c.good, c.reject, c.amount) for c in m.corrections))
        for m in pay.compute(start, end).makers
    ]


def watched(db: Database) -> set[int]:
    with db.reading() as session:
        return set(session.scalars(select(PayEntryChange.entry_id)))


def change_paid_entries(db: Database) -> None:
    """After payment: a paid entry's quantity changed, one voided, and a new entry on a paid day."""
    with db.reading() as session:
        last = session.scalars(select(PayPeriod).order_by(PayPeriod.starts_on.desc())).first()
        assert last is not None
        paid = session.execute(
            select(ProductionEntry.id, ProductionEntry.version)
            .join(PayLine, PayLine.entry_id == ProductionEntry.id)
            .where(ProductionEntry.voided_at.is_(None), ProductionEntry.produced_on >= last.starts_on)
            .order_by(ProductionEntry.id)
            .limit(2)
        ).all()
        entry = session.get(ProductionEntry, paid[0].id)
        assert entry is not None
        edited = ProductionInput(entry.produced_on, entry.design_id, entry.maker_id, entry.good_qty + 7)
        design = session.scalars(select(DesignVariant.id).order_by(DesignVariant.id)).first()
        maker = session.scalars(select(Maker.id).order_by(Maker.id)).first()
        day = last.starts_on + timedelta(days=1)
    assert design and maker
    production = ProductionService(db)
    production.update(paid[0].id, paid[0].version, edited, allow_duplicate=True)
    production.delete(paid[1].id)
    production.create(ProductionInput(day, design, maker, 11), allow_duplicate=True)


def test_a_replicas_pay_corrections_are_the_sentras(agency: Agency, tmp_path: Path) -> None:
    db = demo_sentra(tmp_path / "own.sqlite3", seed=9, days=60)  # long enough for paid weeks
    try:
        sentra, service = Sentra(db), AgencyService(agency)
        service.import_packet(sentra.export(tmp_path, full=True))
        change_paid_entries(db)
        before = pay_figures(db)
        assert any(corrections for _, _, corrections in before)  # the edits are corrections to pay
        assert len(watched(db)) >= 3
        service.import_packet(sentra.export(tmp_path))  # a later packet: the touched entries
        (replica,) = service.replicas()
        try:
            assert pay_figures(replica.database) == before
            assert len(watched(replica.database)) >= 3 and watched(replica.database) <= watched(db)
        finally:
            replica.database.dispose()
        service.import_packet(sentra.export(tmp_path, full=True), confirm_full_replace=True)  # all again
        (replica,) = service.replicas()
        try:
            assert pay_figures(replica.database) == before
            assert len(watched(replica.database)) >= 3 and watched(replica.database) <= watched(db)
        finally:
            replica.database.dispose()
    finally:
        db.dispose()
