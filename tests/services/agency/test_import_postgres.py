"""The agency on a PostgreSQL server: schema ``agency`` and one schema per sentra, round trip included."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from sentra_desktop.core.errors import SentraError
from sentra_desktop.services.agency.service import AgencyService
from sentra_desktop.services.agency.store import Agency
from sentra_desktop.services.database import Database
from sentra_desktop.services.health import full_check

from .support import Sentra, counts, demo_sentra
from .test_import import edit_sentra, figures


def test_round_trip_on_a_server(empty_pg_url: str, tmp_path: Path) -> None:
    from sentra_desktop.services.buyers import BuyerInput, BuyerService

    own = demo_sentra(tmp_path / "own.sqlite3", seed=5)
    second = demo_sentra(tmp_path / "second.sqlite3", seed=6, days=10)
    agency = Agency.open(empty_pg_url)
    try:
        sentra, other = Sentra(own), Sentra(second)
        service = AgencyService(agency)
        gone = BuyerService(own).create(BuyerInput(name="Toko Sementara", city="Palembang"))
        assert service.import_packet(sentra.export(tmp_path, full=True)).result == "registered"
        assert service.import_packet(other.export(tmp_path, full=True)).result == "registered"
        edit_sentra(own, gone)
        merged = service.import_packet(sentra.export(tmp_path))
        assert merged.deleted == 1
        replicas = {r.sentra_uuid: r for r in service.replicas()}
        try:
            replica = replicas[sentra.uuid]
            assert counts(replica.database) == counts(own)
            report = full_check(replica.database)
            assert report.sound, report
            assert figures(replica.database) == figures(own)
            assert counts(replicas[other.uuid].database) == counts(second)
        finally:
            for r in replicas.values():
                r.database.dispose()
        engine = create_engine(empty_pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.connect() as conn:
            schemas = set(conn.execute(text("SELECT nspname FROM pg_namespace")).scalars())
        engine.dispose()
        assert {"agency", f"sentra_{sentra.uuid.hex}", f"sentra_{other.uuid.hex}"} <= schemas
        # the server's agency database is not a sentra's, and a sentra's server database not an agency's
        with pytest.raises(SentraError) as caught:
            Database.open(empty_pg_url)
        assert caught.value.code == "agency_without_flag"
    finally:
        agency.dispose()
        own.dispose()
        second.dispose()


def test_a_sentra_server_database_is_no_agency(pg_url: str) -> None:
    with pytest.raises(SentraError) as caught:
        Agency.open(pg_url)
    assert caught.value.code == "agency_on_sentra"


def test_two_pcs_opening_a_new_agency_server_at_once_both_open_it(empty_pg_url: str) -> None:
    """Without the opening lock both saw an empty database and ran the migrations; one failed."""
    import threading

    from sentra_desktop.db.migrate import HEAD_REVISION
    from sentra_desktop.services.agency.template import TEMPLATE

    start = threading.Barrier(2)
    opened: list[Agency] = []
    failed: list[BaseException] = []

    def open_it() -> None:
        start.wait()
        try:
            opened.append(Agency.open(empty_pg_url))
        except BaseException as exc:  # the test reports every failure
            failed.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert not failed, failed
        assert len(opened) == 2
        engine = create_engine(empty_pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.connect() as conn:
            version = conn.execute(text(f"SELECT version_num FROM {TEMPLATE}.alembic_version")).scalar()
        engine.dispose()
        assert version == HEAD_REVISION
    finally:
        for agency in opened:
            agency.dispose()
