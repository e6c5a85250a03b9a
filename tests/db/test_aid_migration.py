"""Migration 0006: existing aid rows get programmes and new kinds; each design's mould becomes a link."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text

from sentra_desktop.db.engine import make_engine
from sentra_desktop.db.migrate import alembic_config

BEFORE = "0005_users_and_roles"
RECORD = "uuid, created_at, updated_at, created_by, updated_by, version"


def _record(n: int) -> str:
    return f"'{n:032x}', '2025-01-01 00:00:00', '2025-01-01 00:00:00', 'lama', 'lama', 1"


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Engine:
    if request.param == "postgresql":
        url = str(request.getfixturevalue("empty_pg_url"))
    else:
        url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    made = make_engine(url)
    yield made  # type: ignore[misc]
    made.dispose()


def _old_data(engine: Engine) -> None:
    command.upgrade(alembic_config(engine), BEFORE)
    rows = [
        f"INSERT INTO agency (id, name, short_name, contact, notes, {RECORD}) VALUES "
        f"(1, 'Balitbangnovda', 'BLN', '', '', {_record(1)}), (2, 'Disperin', '', '', '', {_record(2)})",
        f"INSERT INTO assistance (id, agency_id, received_on, kind, item, quantity, value, notes, {RECORD})"
        f" VALUES (1, 1, '2025-02-01', 'equipment', 'Cetakan gantungan kunci', 10, 7500000, '',"
        f" {_record(3)}),"
        f" (2, 1, '2025-06-01', 'equipment', 'Mesin press', 1, 25000000, '', {_record(4)}),"
        f" (3, 2, '2025-05-01', 'money', 'Modal usaha', 1, 10000000, '', {_record(5)}),"
        f" (4, 2, '2026-01-10', 'other', 'Gunting', 2, 50000, '', {_record(6)}),"
        f" (5, 2, '2026-02-10', 'training', 'Pelatihan', 12, 0, '', {_record(7)})",
        f"INSERT INTO product_type (id, name, active, notes, {RECORD})"
        f" VALUES (1, 'GK', true, '', {_record(8)})",
        f"INSERT INTO mould (id, code, name, cavities, active, notes, {RECORD}) VALUES "
        f"(1, 'CTK-01', 'Ampera', 6, true, '', {_record(9)})",
        "INSERT INTO design_variant (id, code, name, product_type_id, mould_id, colour, size, price, cost,"
        f" status, low_stock_level, notes, {RECORD}) VALUES"
        f" (1, 'GK-01', 'Ampera', 1, 1, '', '', 8000, 3000, 'active', 0, '', {_record(10)}),"
        f" (2, 'GK-02', 'Tanpa', 1, NULL, '', '', 8000, 3000, 'active', 0, '', {_record(11)})",
    ]
    with engine.begin() as conn:
        for row in rows:
            conn.execute(text(row))


def test_existing_aid_gets_programmes_and_new_kinds(engine: Engine) -> None:
    _old_data(engine)
    command.upgrade(alembic_config(engine), "head")
    with engine.connect() as conn:
        items = conn.execute(
            text(
                "SELECT a.id, a.kind, a.description, a.condition, a.status, a.active, p.name, p.year, p.kind,"
                " p.agency_id FROM assistance a JOIN programme p ON p.id = a.programme_id ORDER BY a.id"
            )
        ).all()
        links = conn.execute(text("SELECT mould_id, design_id FROM mould_design")).all()
        programmes = conn.execute(text("SELECT count(*) FROM programme")).scalar()
        mould = conn.execute(text("SELECT casts_per_day, condition FROM mould")).one()
    assert [tuple(row[:6]) for row in items] == [
        (1, "mould", "Cetakan gantungan kunci", "good", "held", True),
        (2, "machine", "Mesin press", "good", "held", True),
        (3, "capital", "Modal usaha", None, "held", True),
        (4, "tools", "Gunting", "good", "held", True),
        (5, "training", "Pelatihan", None, "held", True),
    ]
    # One programme per agency, year and old kind: items 1 and 2 share one.
    assert programmes == 4 and items[0][6:] == items[1][6:] == (
        "Bantuan peralatan 2025",
        2025,
        "equipment_grant",
        1,
    )
    assert items[2][6:] == ("Bantuan modal 2025", 2025, "capital", 2)
    assert items[3][6:] == ("Pendampingan 2026", 2026, "mentoring", 2)
    assert [tuple(link) for link in links] == [(1, 1)]
    assert tuple(mould) == (1, "good")


def test_downgrade_gives_the_old_rows_back(engine: Engine) -> None:
    _old_data(engine)
    config = alembic_config(engine)
    command.upgrade(config, "head")
    command.downgrade(config, BEFORE)
    with engine.connect() as conn:
        kinds = conn.execute(text("SELECT id, agency_id, kind, item FROM assistance ORDER BY id")).all()
        moulds = conn.execute(text("SELECT id, mould_id FROM design_variant ORDER BY id")).all()
    assert [tuple(row) for row in kinds] == [
        (1, 1, "equipment", "Cetakan gantungan kunci"),
        (2, 1, "equipment", "Mesin press"),
        (3, 2, "money", "Modal usaha"),
        (4, 2, "equipment", "Gunting"),
        (5, 2, "training", "Pelatihan"),
    ]
    assert [tuple(row) for row in moulds] == [(1, 1), (2, None)]
