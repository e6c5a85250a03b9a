"""Importing packets into an agency: registering, merging, refusing, and the replica's figures."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.paths import DataDir
from sentra_desktop.core.performance import Period
from sentra_desktop.services.agency.service import AgencyService
from sentra_desktop.services.agency.store import Agency
from sentra_desktop.services.buyers import BuyerInput, BuyerService
from sentra_desktop.services.database import Database
from sentra_desktop.services.health import full_check
from sentra_desktop.services.performance import PerformanceService

from .support import Sentra, demo_sentra


@pytest.fixture(scope="module")
def sentra(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sentra]:
    db = demo_sentra(tmp_path_factory.mktemp("sentra") / "sentra.sqlite3")
    yield Sentra(db)
    db.dispose()


@pytest.fixture
def agency(tmp_path: Path) -> Iterator[Agency]:
    opened = Agency.at(DataDir(tmp_path / "agency"))
    yield opened
    opened.dispose()


def _rounded(value: object) -> object:
    """Floats to 9 places: SQLite and PostgreSQL sum them in a different order."""
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return value


def _figures(db: Database) -> object:
    """The Kinerja figures of the last two months, as the sentra's own page shows them."""
    figures = PerformanceService(db).figures(Period(date(2026, 10, 1), date(2026, 11, 30)))
    return _rounded(dataclasses.asdict(figures))


def test_first_full_packet_registers_and_the_replica_matches(
    sentra: Sentra, agency: Agency, tmp_path: Path
) -> None:
    packet = sentra.packet(tmp_path, 0, 100, full=True)
    service = AgencyService(agency)
    result = service.import_packet(packet)
    assert result.result == "registered"
    assert result.facts.new_sentra and result.inserted > 1000
    (replica,) = service.replicas()
    try:
        assert replica.sentra_uuid == sentra.uuid and replica.last_seq == 100
        assert replica.key_fingerprint == result.facts.key_fingerprint
        assert replica.regency_code == "16.71"  # Palembang
        report = full_check(replica.database)
        assert report.sound, report
        assert _figures(replica.database) == _figures(sentra.db)
    finally:
        replica.database.dispose()
    again = service.import_packet(packet)
    assert again.result == "already" and again.inserted == 0


def _counts(db: Database) -> dict[str, int]:
    from sqlalchemy import func, select

    from sentra_desktop.services.agency.merge import DERIVED, tables

    with db.engine.connect() as conn:
        return {
            name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
            for name, t in tables().items()
            if name not in DERIVED
        }


def _edit_sentra(db: Database, gone: int) -> list[dict[str, object]]:
    """Edits, a void and a hard delete at the sentra; returns the tombstones of what was deleted."""
    from sqlalchemy import select

    from sentra_desktop.db.models import Buyer, DesignVariant, Maker, ProductionEntry
    from sentra_desktop.services.production.data import ProductionInput
    from sentra_desktop.services.production.service import ProductionService

    with db.reading() as session:
        design = session.scalars(select(DesignVariant.id).order_by(DesignVariant.id)).first()
        maker = session.scalars(select(Maker.id).order_by(Maker.id)).first()
        voided = session.scalars(
            select(ProductionEntry.id)
            .where(ProductionEntry.voided_at.is_(None))
            .order_by(ProductionEntry.id.desc())
        ).first()
    assert design and maker and voided
    production = ProductionService(db)
    production.create(ProductionInput(date(2026, 11, 20), design, maker, 37), allow_duplicate=True)
    production.delete(voided)
    buyers = BuyerService(db)
    with db.reading() as session:
        gone_uuid = session.get(Buyer, gone).uuid  # type: ignore[union-attr]
    assert buyers.remove(gone)
    return [{"uuid": str(gone_uuid), "table": "buyer", "change_seq": 150}]


def test_later_packets_merge_edits_voids_and_deletes(tmp_path: Path) -> None:
    db = demo_sentra(tmp_path / "own.sqlite3", seed=7)
    agency = Agency.at(DataDir(tmp_path / "agency"))
    try:
        sentra = Sentra(db)
        service = AgencyService(agency)
        gone = BuyerService(db).create(BuyerInput(name="Toko Sementara", city="Palembang"))
        service.import_packet(sentra.packet(tmp_path, 0, 100, full=True))
        stones = _edit_sentra(db, gone)
        result = service.import_packet(sentra.packet(tmp_path, 100, 150, full=False, tombstones=stones))
        assert result.result == "merged" and result.inserted >= 2 and result.deleted == 1
        (replica,) = service.replicas()
        try:
            assert replica.last_seq == 150
            assert _counts(replica.database) == _counts(db)
            assert full_check(replica.database).sound
            assert _figures(replica.database) == _figures(db)
        finally:
            replica.database.dispose()
        # the same packet again adds nothing, and says so in the log
        assert (
            service.import_packet(tmp_path / f"uji-{str(sentra.uuid)[:8]}-100-150.sentra-paket").result
            == "already"
        )
        assert [row.packets for row in service.registry()] == [2]
    finally:
        agency.dispose()
        db.dispose()


def _refused(service: AgencyService, packet: Path, code: str, **kwargs: bool) -> SentraError:
    before = (service.registry()[0].sentra.last_seq if service.registry() else None, len(service.registry()))
    with pytest.raises(SentraError) as caught:
        service.import_packet(packet, **kwargs)
    assert caught.value.code == code
    assert (
        service.registry()[0].sentra.last_seq if service.registry() else None,
        len(service.registry()),
    ) == before
    return caught.value


def test_bad_packets_are_refused_and_nothing_is_imported(
    sentra: Sentra, agency: Agency, tmp_path: Path
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from sentra_desktop.core.messages import render

    service = AgencyService(agency)
    _refused(service, sentra.packet(tmp_path, 0, 10, full=False), "packet_first_not_full")
    service.import_packet(sentra.packet(tmp_path, 0, 100, full=True))
    gap = _refused(service, sentra.packet(tmp_path, 120, 130, full=False, rows={}), "packet_gap")
    assert "101 to 120" in render(gap.code, dict(gap.params))
    _refused(service, sentra.packet(tmp_path, 50, 130, full=False, rows={}), "packet_rollback")
    _refused(service, sentra.packet(tmp_path, 0, 90, full=True), "packet_replace_unconfirmed")
    forged = sentra.packet(tmp_path, 100, 110, full=False, rows={})
    other = Sentra(sentra.db)
    other.uuid, other.key = sentra.uuid, Ed25519PrivateKey.generate()
    _refused(service, other.packet(tmp_path, 100, 110, full=False, rows={}), "packet_wrong_key")
    # signed by another key than the manifest's: altered
    _refused(service, sentra.packet(tmp_path, 100, 111, full=False, rows={}, key=other.key), "packet_damaged")
    altered = tmp_path / "altered.sentra-paket"
    altered.write_bytes(forged.read_bytes().replace(b"sentra-paket", b"sentra-pakeT", 1))
    with pytest.raises(SentraError):
        service.import_packet(altered)
    cut = tmp_path / "cut.sentra-paket"
    cut.write_bytes(forged.read_bytes()[: len(forged.read_bytes()) // 2])
    _refused(service, cut, "packet_not_packet")
    newer = Sentra(sentra.db)
    newer.uuid, newer.key, newer.revision = sentra.uuid, sentra.key, "9999_future"
    _refused(service, newer.packet(tmp_path, 100, 110, full=False, rows={}), "packet_schema_newer")
    # a confirmed full packet replaces the replica; after it, the sequence may start lower
    assert service.import_packet(
        sentra.packet(tmp_path, 0, 90, full=True), confirm_full_replace=True
    ).result == ("replaced")
    assert service.registry()[0].sentra.last_seq == 90


def test_agency_and_sentra_databases_refuse_each_other(sentra: Sentra, tmp_path: Path) -> None:
    own = DataDir(tmp_path / "own")
    own.ensure()
    Database.open(own.sqlite_url()).dispose()
    with pytest.raises(SentraError) as caught:
        Agency.at(own)
    assert caught.value.code == "agency_on_sentra"
    with pytest.raises(SentraError) as caught:
        Agency.open(own.sqlite_url())
    assert caught.value.code == "agency_on_sentra"
    agency_dir = DataDir(tmp_path / "agency")
    Agency.at(agency_dir).dispose()
    with pytest.raises(SentraError) as caught:
        Database.open(agency_dir.sqlite_url())
    assert caught.value.code == "agency_without_flag"
    with pytest.raises(SentraError) as caught:
        Database.open(f"sqlite:///{agency_dir.root / 'agency.sqlite3'}")
    assert caught.value.code == "agency_without_flag"
