"""SQLite opens with the durability pragmas, and quantities stay exact decimals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from sentra_desktop.core.enums import MaterialUnit, MovementKind
from sentra_desktop.db.models import Material, ProductType, StockMovement
from sentra_desktop.services.database import Database


@pytest.mark.parametrize("db_engine", ["sqlite"], indirect=True)
def test_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_thousandths_sum_exactly(db: Database) -> None:
    """0.1 + 0.1 + 0.1 is 0.3 here, which a float column would get wrong."""
    with db.transaction() as session:
        material = Material(code="LTK", name="Lateks", unit=MaterialUnit.LITRE)
        session.add(material)
        session.flush()
        for _ in range(3):
            session.add(
                StockMovement(
                    moved_on=date(2026, 11, 28),
                    kind=MovementKind.RECEIPT,
                    material_id=material.id,
                    quantity=Decimal("0.1"),
                )
            )
    with db.reading() as session:
        raw = session.scalar(text("SELECT SUM(quantity) FROM stock_movement"))
        assert raw == 300
        stored = session.scalars(select(StockMovement.quantity)).all()
        assert stored == [Decimal("0.100")] * 3
        assert sum(stored) == Decimal("0.3")


def test_more_than_three_places_refused(db: Database) -> None:
    with pytest.raises(Exception, match="decimal places"), db.transaction() as session:
        session.add(Material(code="X", name="X", unit=MaterialUnit.KG, low_stock_level=Decimal("0.0001")))


def test_foreign_keys_enforced(db: Database) -> None:
    from sentra_desktop.db.models import DesignVariant

    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(DesignVariant(code="A", name="A", product_type_id=999))
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(DesignVariant)) == 0


def test_every_business_record_has_uuid_and_version(db: Database) -> None:
    with db.transaction() as session:
        session.add(ProductType(name="Keset"))
    with db.transaction() as session:
        row = session.scalars(select(ProductType)).one()
        row.notes = "dari sabut"
    with db.reading() as session:
        row = session.scalars(select(ProductType)).one()
        assert row.uuid is not None and row.version == 2
        assert row.created_by == "Penguji" and row.updated_by == "Penguji"
        assert row.created_at.tzinfo is not None
