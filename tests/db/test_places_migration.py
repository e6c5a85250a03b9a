"""Migration 0008: typed cities matched to regency/city codes (unmatched ones listed), member codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text

from sentra_desktop.db.engine import make_engine
from sentra_desktop.db.migrate import alembic_config

BEFORE = "0007_audit_search"
RECORD = "uuid, created_at, updated_at, created_by, updated_by, version"

# id, typed city, typed province -> expected regency code, province code
BUYERS = [
    (1, "Palembang", "Sumatera Selatan", "16.71", "16"),
    (2, "Kota Palembang", "", "16.71", "16"),
    (3, "Plg", "Sumsel", "16.71", "16"),
    (4, "  kota   PALEMBANG ", "sumatera selatan", "16.71", "16"),
    (5, "Kab. Ogan Ilir", "Sumatera Selatan", "16.10", "16"),
    (6, "Kab OKI", "", "16.02", "16"),
    (7, "Lubuklinggau", "Sumatera Selatan", "16.73", "16"),
    (8, "Bandung", "Jawa Barat", "32.73", "32"),
    (9, "Kabupaten Bandung", "Jawa Barat", "32.04", "32"),
    (10, "Jakarta Timur", "DKI Jakarta", "31.75", "31"),
    (11, "Kampung Durian", "Sumatera Selatan", None, "16"),  # not a regency: province only
    (12, "", "", None, None),
    (13, "Atlantis", "Negeri Antah", None, None),
]
MEMBERS = [
    (1, "IKM Karya Karet", "KARYA-KARET"),
    (2, "UD Karya Karet", "KARYA-KARET-2"),
    (3, "Sabut Jaya", "SABUT-JAYA"),
]


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
    with engine.begin() as conn:
        for n, city, province, _code, _province_code in BUYERS:
            conn.execute(
                text(
                    "INSERT INTO buyer (id, name, organisation, kind, phone, phone_normalized, email,"
                    f" address, city, province, met_via, tags, archived, notes, {RECORD}) VALUES (:id, :name,"
                    f" '', 'shop', '', '', '', 'Jl. Merdeka', :city, :province, 'other', '', false, '',"
                    f" {_record(n)})"
                ),
                {"id": n, "name": f"Pembeli {n}", "city": city, "province": province},
            )
        for n, name, _code in MEMBERS:
            conn.execute(
                text(
                    f"INSERT INTO member_business (id, name, owner, address, phone, active, notes, {RECORD})"
                    f" VALUES (:id, :name, '', '', '', true, '', {_record(100 + n)})"
                ),
                {"id": n, "name": name},
            )


def test_typed_places_are_matched_and_kept_and_members_get_codes(engine: Engine) -> None:
    _old_data(engine)
    command.upgrade(alembic_config(engine), "head")
    with engine.connect() as conn:
        buyers = conn.execute(
            text("SELECT id, city, province, regency_code, province_code FROM buyer ORDER BY id")
        ).all()
        members = conn.execute(text("SELECT id, name, code FROM member_business ORDER BY id")).all()
    assert [(b.id, b.city, b.province) for b in buyers] == [(n, c, p) for n, c, p, _r, _q in BUYERS]
    assert [(b.id, b.regency_code, b.province_code) for b in buyers] == [
        (n, r, q) for n, _c, _p, r, q in BUYERS
    ]
    assert [tuple(m) for m in members] == MEMBERS


def test_unmatched_buyers_are_listed_for_the_operator(engine: Engine) -> None:
    from sentra_desktop.services.buyers import BuyerService
    from sentra_desktop.services.database import Database
    from sentra_desktop.services.listing import ListQuery

    _old_data(engine)
    db = Database.open(engine.url.render_as_string(hide_password=False))  # migrates to the head
    try:
        service = BuyerService(db)
        query = ListQuery(sort="name").with_filter("no_regency", True)
        assert service.count(query) == 3
        assert sorted(r.id for r in service.page(query, 0, 10)) == [11, 12, 13]
    finally:
        db.dispose()


def test_downgrade_drops_the_codes(engine: Engine) -> None:
    _old_data(engine)
    config = alembic_config(engine)
    command.upgrade(config, "head")
    command.downgrade(config, BEFORE)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM buyer")).scalar() == len(BUYERS)
        columns = conn.execute(text("SELECT * FROM member_business")).keys()
    assert "code" not in columns
