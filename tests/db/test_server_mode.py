"""Server mode: moving every record SQLite → PostgreSQL → SQLite, server backups, restore and check."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from sentra_desktop.cli import main
from sentra_desktop.core.errors import SentraError
from sentra_desktop.db.copy import tables
from sentra_desktop.db.models import ProductType
from sentra_desktop.demo import DemoOptions, load_demo_data
from sentra_desktop.services.data_copy import migrate_data, restore_to_server, snapshot_server
from sentra_desktop.services.database import Database
from sentra_desktop.services.health import full_check

SHORT = DemoOptions(seed=11, days=30, today=date(2026, 11, 28))


def everything(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table as Python values, in key order."""
    db = Database.open(url, migrate=False)
    try:
        with db.engine.connect() as conn:
            return {
                t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
                for t in tables()
            }
    finally:
        db.dispose()


@pytest.fixture
def demo_sqlite(tmp_path: Path, db_path: Path) -> str:
    """An SQLite database with a month of demo data: every table has rows."""
    db = Database.open(f"sqlite:///{db_path}")
    load_demo_data(db, SHORT)
    db.dispose()
    return f"sqlite:///{db_path}"


def test_round_trip_sqlite_postgresql_sqlite_keeps_every_record(
    demo_sqlite: str, empty_pg_url: str, tmp_path: Path
) -> None:
    back = f"sqlite:///{tmp_path / 'back.sqlite3'}"
    there = migrate_data(demo_sqlite, empty_pg_url)
    again = migrate_data(empty_pg_url, back)
    original = everything(demo_sqlite)
    assert there.totals == again.totals
    assert sum(len(rows) for rows in original.values()) == there.records > 1000
    assert everything(empty_pg_url) == original
    assert everything(back) == original
    # The server's key sequences follow the copied ids: new records get fresh keys.
    server = Database.open(empty_pg_url, actor="Penguji")
    try:
        assert full_check(server).sound
        with server.engine.connect() as conn:
            highest = conn.execute(text("SELECT max(id) FROM production_entry")).scalar()
            design_id = conn.execute(text("SELECT min(id) FROM design_variant")).scalar()
            maker_id = conn.execute(text("SELECT min(id) FROM maker")).scalar()
        entry_id = _save_entry(server, design_id, maker_id)
        assert entry_id > highest
    finally:
        server.dispose()


def _save_entry(db: Database, design_id: int, maker_id: int) -> int:
    from sentra_desktop.db.models import ProductionEntry

    with db.transaction() as session:
        entry = ProductionEntry(
            produced_on=date(2026, 11, 28),
            month="2026-11",
            design_id=design_id,
            maker_id=maker_id,
            good_qty=1,
            reject_qty=0,
        )
        session.add(entry)
        session.flush()
        return entry.id


def test_a_target_with_records_is_refused_and_left_alone(demo_sqlite: str, pg_url: str) -> None:
    server = Database.open(pg_url)
    with server.transaction() as session:
        session.add(ProductType(name="Keset"))
    server.dispose()
    with pytest.raises(SentraError) as caught:
        migrate_data(demo_sqlite, pg_url)
    assert caught.value.code == "target_not_empty"
    assert "product_type" in caught.value.params["tables"]
    assert len(everything(pg_url)["product_type"]) == 1


def test_the_same_database_is_refused(demo_sqlite: str) -> None:
    with pytest.raises(SentraError) as caught:
        migrate_data(demo_sqlite, demo_sqlite)
    assert caught.value.code == "same_database"


def test_server_backup_is_a_portable_snapshot_that_restores_onto_an_empty_server(
    demo_sqlite: str, empty_pg_url: str, pg_cluster: Any, tmp_path: Path
) -> None:
    migrate_data(demo_sqlite, empty_pg_url)
    server = Database.open(empty_pg_url)
    try:
        snapshot = snapshot_server(server, tmp_path / "backups")
    finally:
        server.dispose()
    assert snapshot.name.startswith("sentra-") and snapshot.suffix == ".sqlite3"
    assert everything(f"sqlite:///{snapshot}") == everything(demo_sqlite)
    fresh = pg_cluster.url(pg_cluster.create_database())
    result = restore_to_server(snapshot, fresh)
    assert everything(fresh) == everything(demo_sqlite)
    assert result.records == sum(len(r) for r in everything(demo_sqlite).values())
    with pytest.raises(SentraError) as caught:
        restore_to_server(snapshot, fresh)
    assert caught.value.code == "target_not_empty"


def test_command_line_on_a_server(
    demo_sqlite: str, empty_pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate-data", "--from", demo_sqlite, "--to", empty_pg_url]) == 0
    assert "jumlah catatan dan total stok cocok" in capsys.readouterr().out
    assert main(["--db-url", empty_pg_url, "check"]) == 0
    out = capsys.readouterr().out
    assert "Rujukan antartabel: baik" in out and "Hasil: sehat" in out
    assert main(["--db-url", empty_pg_url, "backup", "--out", str(tmp_path / "usb")]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == tmp_path / "usb" and written.is_file()
    assert main(["migrate-data", "--from", demo_sqlite, "--to", empty_pg_url]) == 1
    assert "sudah berisi data" in capsys.readouterr().err


def test_check_finds_a_wrong_balance_and_a_broken_reference_on_a_server(
    demo_sqlite: str, empty_pg_url: str
) -> None:
    migrate_data(demo_sqlite, empty_pg_url)
    server = Database.open(empty_pg_url)
    try:
        with server.engine.begin() as conn:
            conn.execute(text("UPDATE stock_balance SET on_hand = on_hand + 1000 WHERE id = 1"))
            conn.execute(text("ALTER TABLE recipe_line DROP CONSTRAINT fk_recipe_line_material_id_material"))
            conn.execute(text("UPDATE recipe_line SET material_id = 999999 WHERE id = 1"))
        report = full_check(server)
    finally:
        server.dispose()
    assert not report.sound
    assert report.integrity is None
    assert len(report.stock) == 1
    assert report.foreign_keys == (
        "recipe_line row 1 -> material (constraint fk_recipe_line_material_id_material)",
    )


def test_the_sqlite_path_never_loads_the_postgresql_driver(db_path: Path) -> None:
    """Importing psycopg and SQLAlchemy's PostgreSQL dialect costs start-up time; SQLite never needs them.

    (Running a migration may load the dialect: the scripts name PostgreSQL's index options.)
    """
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from sentra_desktop.services.container import Services\n"
        "from sentra_desktop.services.database import Database\n"
        "from sentra_desktop.services.production import ProductionInput\n"
        f"db = Database.open('sqlite:///{db_path.as_posix()}')\n"
        "s = Services(db)\n"
        "s.stock.check_balances()\n"
        "s.product_types.choices()\n"
        "heavy = ('psycopg', 'sqlalchemy.dialects.postgresql', 'keyring')\n"
        "loaded = [m for m in sys.modules if m.startswith(heavy)]\n"
        "print(loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]", done.stdout + done.stderr
