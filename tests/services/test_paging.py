"""The paging engine: which end a page is read from, and that every page is the list's own rows."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import Column, Date, Integer, MetaData, Select, Table, create_engine, insert, select
from sqlalchemy.engine import Connection

from sentra_desktop.services import paging
from sentra_desktop.services.paging import FLIP_FROM, Slice, plan

ROWS = 3 * FLIP_FROM + 777
_meta = MetaData()
_entry = Table("entry", _meta, Column("id", Integer, primary_key=True), Column("day", Date, index=True))


def _never() -> int:
    raise AssertionError("a near page must not count the list")


def test_a_near_page_is_read_as_it_is_without_counting() -> None:
    assert plan(0, 50, _never) == Slice(0, 50)
    assert plan(FLIP_FROM, 50, _never) == Slice(FLIP_FROM, 50)
    assert plan(10, 0, _never).empty and plan(FLIP_FROM + 5, -1, _never).empty
    assert paging.is_near(FLIP_FROM) and not paging.is_near(FLIP_FROM + 1)


def test_a_far_page_is_read_from_the_nearer_end() -> None:
    total = 1_000_000
    assert plan(FLIP_FROM + 1, 100, total) == Slice(FLIP_FROM + 1, 100, deep=True)
    assert plan(total // 2 - 100, 100, total) == Slice(total // 2 - 100, 100, deep=True)
    assert plan(total // 2 - 99, 100, total) == Slice(total // 2 - 1, 100, from_end=True)
    assert plan(total - 100, 100, total) == Slice(0, 100, from_end=True)
    assert plan(total - 30, 100, lambda: total) == Slice(0, 30, from_end=True)  # the last, short page
    assert plan(total, 100, total).empty and plan(total + 5, 100, total).empty


@pytest.fixture(scope="module")
def listing() -> Iterator[tuple[Connection, list[tuple[int, date]]]]:
    """A list of rows sharing days (so the id breaks ties), in a throwaway SQLite database."""
    engine = create_engine("sqlite://")
    _meta.create_all(engine)
    rng = random.Random(7)
    start = date(2020, 1, 1)
    rows = [{"id": i, "day": start + timedelta(days=rng.randrange(400))} for i in range(1, ROWS + 1)]
    with engine.begin() as connection:
        connection.execute(insert(_entry), rows)
    with engine.connect() as connection:
        yield connection, sorted((r["id"], r["day"]) for r in rows)
    engine.dispose()


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(
    "offset", [0, 17, FLIP_FROM, FLIP_FROM + 1, ROWS // 2 - 60, ROWS // 2 - 10, ROWS - 100, ROWS - 7, ROWS]
)
def test_every_page_holds_the_rows_of_the_whole_list(
    listing: tuple[Connection, list[tuple[int, date]]], offset: int, descending: bool
) -> None:
    connection, rows = listing
    whole = sorted(rows, key=lambda r: (r[1], r[0]), reverse=descending)
    statements: list[Select[Any]] = []

    def ordered(where: Slice) -> Select[Any]:
        return select(_entry.c.id, _entry.c.day).order_by(
            *paging.order_by((_entry.c.day, _entry.c.id), descending, where)
        )

    def fetch(stmt: Select[Any]) -> Sequence[Any]:
        statements.append(stmt)
        return [tuple(row) for row in connection.execute(stmt)]

    page = paging.read(ordered, fetch, offset, 50, lambda: len(rows))
    assert page == [(i, d) for i, d in whole[offset : offset + 50]]
    if offset >= ROWS:
        assert statements == []
        return
    [sql] = [str(stmt.compile(connection, compile_kwargs={"literal_binds": True})) for stmt in statements]
    found = re.search(r"OFFSET (\d+)", sql)
    walked = int(found.group(1)) if found else 0
    assert walked <= ROWS // 2  # never more than half the list is skipped
    reversed_order = ("DESC" in sql) != descending
    assert reversed_order == (offset + 50 > ROWS // 2 and offset > FLIP_FROM)
