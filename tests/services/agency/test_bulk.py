"""The full packet's bulk load on PostgreSQL: JSON values written as COPY text read back unchanged."""

from __future__ import annotations

import base64
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    create_engine,
    select,
)

from sentra_desktop.db.types import Thousandths, UTCDateTime
from sentra_desktop.services.agency import bulk
from sentra_desktop.services.packet.rows import encode_row

META = MetaData()
PARENT = Table("parent", META, Column("id", Integer, primary_key=True))
ODD = Table(
    "odd",
    META,
    Column("id", Integer, primary_key=True),
    Column("parent_id", ForeignKey("parent.id"), index=True),
    Column("name", String(80)),
    Column("note", Text),
    Column("quantity", Thousandths),
    Column("photo", LargeBinary),
    Column("active", Boolean),
    Column("at", UTCDateTime),
    Column("on", Date),
    Column("uuid", Uuid),
    Column("ratio", Float),
    Column("big", BigInteger),
    Column("added", String(10), default="baru"),
)

ROWS: list[dict[str, Any]] = [
    {
        "id": 1,
        "parent_id": 1,
        "name": "tab\there, back\\slash",
        "note": "line one\nline two\r\n\\N",
        "quantity": Decimal("-12.5"),
        "photo": bytes(range(256)),
        "active": True,
        "at": datetime(2026, 11, 28, 3, 4, 5, 123456, tzinfo=UTC),
        "on": date(2026, 2, 28),
        "uuid": uuid.UUID("501bb8b9-ac87-45a0-92e6-088237730251"),
        "ratio": 0.1,
        "big": 2**40,
    },
    {
        "id": 2,
        "parent_id": None,
        "name": "",
        "note": None,
        "quantity": Decimal("0.007"),
        "photo": None,
        "active": False,
        "at": None,
        "on": None,
        "uuid": None,
        "ratio": None,
        "big": None,
    },
]


@pytest.mark.parametrize(
    ("given", "stored"),
    [("12.500", "12500"), ("-0.5", "-500"), ("7", "7000"), ("3.1200", "3120"), ("-12", "-12000")],
)
def test_thousandths_text(given: str, stored: str) -> None:
    assert bulk._thousandths(given) == stored


def test_more_than_three_places_is_refused() -> None:
    with pytest.raises(ValueError):
        bulk._thousandths("1.0005")


def test_copy_text_reads_back_unchanged(empty_pg_url: str) -> None:
    engine = create_engine(empty_pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as conn:
            META.create_all(conn)
            conn.execute(PARENT.insert(), [{"id": 1}])
            keys = bulk.foreign_keys(conn)
            indexes = bulk.secondary_indexes(conn)
            assert [name for _, name, _ in keys] == ["odd_parent_id_fkey"]
            assert [name for name, _ in indexes] == ["ix_odd_parent_id"]
            bulk.drop_foreign_keys(conn, keys)
            bulk.drop_indexes(conn, indexes)
            packet_rows = [encode_row(row) for row in ROWS]
            assert bulk.copy_rows(conn, ODD, iter(packet_rows), {"added": lambda: "baru"}) == 2
            bulk.create_indexes(conn, indexes)
            bulk.add_foreign_keys(conn, keys)
            assert bulk.foreign_keys(conn) == keys
            assert bulk.secondary_indexes(conn) == indexes
            back = [dict(r._mapping) for r in conn.execute(select(ODD).order_by(ODD.c.id))]
        assert back == [{**row, "added": "baru"} for row in ROWS]
        assert base64.b64encode(back[0]["photo"]) == base64.b64encode(bytes(range(256)))
    finally:
        engine.dispose()
