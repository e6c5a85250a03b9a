"""The helpers of sentra_desktop.db.dialect and the read path, each branch on its own engine."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any, cast

import pytest
from sqlalchemy import Table, func, select, text
from sqlalchemy.dialects import postgresql, sqlite

from sentra_desktop.db import dialect
from sentra_desktop.db.models import Buyer, OrderCounter, ProductType
from sentra_desktop.services.buyers import BuyerInput, BuyerService
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery

BOTH = pytest.mark.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)
_OC = cast(Table, OrderCounter.__table__)
_B = cast(Table, Buyer.__table__)


@BOTH
def test_next_in_counter_starts_at_one_and_counts_per_key(db: Database) -> None:
    with db.transaction() as session:
        conn = session.connection()
        numbers = [dialect.next_in_counter(conn, _OC, "year", 2026, "last_number") for _ in range(3)]
        other = dialect.next_in_counter(conn, _OC, "year", 2027, "last_number")
    assert numbers == [1, 2, 3]
    assert other == 1
    with db.reading() as session:
        stored = {y: n for y, n in session.execute(select(_OC.c.year, _OC.c.last_number))}
    assert stored == {2026: 3, 2027: 1}


def test_like_ignoring_case_is_plain_like_on_sqlite_and_ilike_on_postgresql() -> None:
    stmt = select(_B.c.id).where(dialect.like_ignoring_case(_B.c.name, "%a\\_%", escape="\\"))
    assert "buyer.name LIKE ? ESCAPE" in str(stmt.compile(dialect=sqlite.dialect()))
    assert "lower(" not in str(stmt.compile(dialect=sqlite.dialect()))
    assert "buyer.name ILIKE %(" in str(stmt.compile(dialect=postgresql.dialect()))


@BOTH
def test_like_ignoring_case_matches_any_case_and_its_statement_is_cached_per_value(db: Database) -> None:
    buyers = BuyerService(db)
    buyers.create(BuyerInput(name="Rina Marlina", city="Palembang"))
    buyers.create(BuyerInput(name="BUDI santoso", city="Jambi"))
    # The same statement shape with other words: a cached statement must take the new values.
    assert [r.name for r in buyers.page(ListQuery(search="marlina"), 0, 10)] == ["Rina Marlina"]
    assert [r.name for r in buyers.page(ListQuery(search="SANTOSO"), 0, 10)] == ["BUDI santoso"]
    assert [r.name for r in buyers.page(ListQuery(search="jAmBi"), 0, 10)] == ["BUDI santoso"]
    assert buyers.count(ListQuery(search="100%_")) == 0


@BOTH
def test_reading_refuses_to_save_changes(db: Database) -> None:
    with pytest.raises(RuntimeError, match="reading session"), db.reading() as session:
        session.add(ProductType(name="Gantungan"))
        session.flush()
    with db.reading() as session:
        assert session.scalar(select(ProductType.id)) is None


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_reads_on_a_server_run_outside_a_transaction_and_writes_inside_one(db: Database) -> None:
    """Autocommit for reads only: the connection goes back to the pool in its normal state."""
    for _ in range(2):
        with db.reading() as session:
            session.execute(text("SELECT 1"))
            assert session.connection().connection.driver_connection.autocommit is True
        with db.transaction() as session:
            session.execute(text("SELECT 1"))
            assert session.connection().connection.driver_connection.autocommit is False
            assert session.scalar(text("SELECT pg_current_xact_id_if_assigned() IS NULL")) is True


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_a_pooled_connection_the_server_closed_is_replaced_without_an_error(db: Database) -> None:
    """No ping before each use, yet a connection the server ended is never handed out."""
    first, second = db.engine.connect(), db.engine.connect()
    pid = first.scalar(text("SELECT pg_backend_pid()"))
    first.rollback()
    first.close()  # back in the pool, idle
    assert second.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}) is True
    for _ in range(100):  # the backend ends a moment after the signal
        gone = "SELECT NOT EXISTS (SELECT FROM pg_stat_activity WHERE pid = :pid)"
        if second.scalar(text(gone), {"pid": pid}):
            break
        time.sleep(0.02)
    second.rollback()
    second.close()
    for _ in range(2):
        with db.reading() as session:
            assert session.scalar(text("SELECT pg_backend_pid()")) != pid


@BOTH
def test_rows_in_sqlite_stored_forms_arrive_as_the_same_values(db: Database, db_engine: str) -> None:
    converted: list[object] = []

    def to_python(row: Sequence[Any]) -> tuple[int, int]:
        converted.append(row)
        return int(row[0]), int(row[1])

    rows = [(2024, "7"), (2025, "12")]  # an INTEGER column stores "7" as 7 on SQLite
    with db.transaction() as session:
        dialect.write_stored_forms_fresh(session.connection(), _OC, ("year", "last_number"), rows, to_python)
    with db.reading() as session:
        stored = {y: n for y, n in session.execute(select(_OC.c.year, _OC.c.last_number))}
    assert stored == {2024: 7, 2025: 12}
    assert converted == ([] if db_engine == "sqlite" else rows)


@BOTH
def test_the_quick_check_is_sqlites_own(db: Database, db_engine: str) -> None:
    assert dialect.has_quick_check(db.engine) is (db_engine == "sqlite")
    with db.engine.connect() as conn:
        assert dialect.quick_problems(conn) == []


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_a_snapshot_read_on_a_server_does_not_see_a_save_made_meanwhile(db: Database) -> None:
    def add(name: str) -> None:
        with db.transaction() as session:
            session.add(ProductType(name=name))

    count = select(func.count()).select_from(ProductType)
    with db.reading(snapshot=True) as session:
        assert session.scalar(count) == 0
        add("Gantungan")
        assert session.scalar(count) == 0
    with db.reading() as session:
        assert session.scalar(count) == 1
        add("Keset")
        assert session.scalar(count) == 2


@BOTH
def test_plain_indexes_are_dropped_while_a_table_fills_and_built_again_after(db: Database) -> None:
    from sqlalchemy import inspect

    from sentra_desktop.db.models import StockMovement

    table = cast(Table, StockMovement.__table__)
    with db.transaction() as session:
        conn = session.connection()
        before = {i["name"] for i in inspect(conn).get_indexes(table.name)}
        with dialect.indexes_built_after(conn, table):
            during = {i["name"] for i in inspect(conn).get_indexes(table.name)}
        after = {i["name"] for i in inspect(conn).get_indexes(table.name)}
    assert "ix_stock_movement_design_day" in before
    assert "ix_stock_movement_design_day" not in during
    assert after == before


@BOTH
def test_constants_and_page_bounds_written_into_the_sql_select_the_same_rows(db: Database) -> None:
    with db.transaction() as session:
        for year in range(2020, 2025):
            dialect.next_in_counter(session.connection(), _OC, "year", year, "last_number")
    years = select(_OC.c.year).order_by(_OC.c.year)
    with db.reading() as session:
        paged = list(session.scalars(dialect.paged(years, 1, 2)))
        among = _OC.c.year.in_([dialect.constant(y) for y in (2021, 2024)])
        chosen = list(session.scalars(years.where(among)))
        none = list(session.scalars(years.where(_OC.c.year > dialect.constant(2030))))
    assert paged == [2021, 2022]
    assert chosen == [2021, 2024]
    assert none == []
