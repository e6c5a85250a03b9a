"""Importing real packets into an agency: registering, merging, refusing, and the replica's figures."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.messages import render
from sentra_desktop.core.paths import DataDir
from sentra_desktop.core.performance import Period
from sentra_desktop.services.agency import merge
from sentra_desktop.services.agency.service import AgencyService
from sentra_desktop.services.agency.store import Agency
from sentra_desktop.services.buyers import BuyerInput, BuyerService
from sentra_desktop.services.database import Database
from sentra_desktop.services.health import full_check
from sentra_desktop.services.performance import PerformanceService

from .support import Sentra, counts, demo_sentra


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


def figures(db: Database) -> object:
    """The Kinerja figures of the last two months, as the sentra's own page shows them."""
    found = PerformanceService(db).figures(Period(date(2026, 10, 1), date(2026, 11, 30)))
    return _rounded(dataclasses.asdict(found))


def edit_sentra(db: Database, gone: int) -> None:
    """A new entry, a voided one and a hard-deleted buyer at the sentra."""
    from sentra_desktop.db.models import DesignVariant, Maker, ProductionEntry
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
    assert BuyerService(db).remove(gone)
    with db.transaction() as session:  # a sold order's discount changes its buyer's monthly sales
        from sentra_desktop.core.enums import OrderStatus
        from sentra_desktop.db.models import Order

        order = session.scalars(
            select(Order).where(Order.status == OrderStatus.DELIVERED).order_by(Order.id.desc())
        ).first()
        assert order is not None
        order.discount = order.discount + 1000


def test_first_full_packet_registers_and_the_replica_matches(
    sentra: Sentra, agency: Agency, tmp_path: Path
) -> None:
    packet = sentra.export(tmp_path, full=True)
    service = AgencyService(agency)
    result = service.import_packet(packet)
    assert result.result == "registered"
    assert result.facts.new_sentra and result.inserted > 1000
    (replica,) = service.replicas()
    try:
        assert replica.sentra_uuid == sentra.uuid and replica.last_seq == result.facts.seq_to > 0
        assert replica.key_fingerprint == result.facts.key_fingerprint
        assert replica.province_code == "16"  # the demo sentra is in South Sumatra
        with replica.database.engine.connect() as conn:
            assert merge.replica_seq(conn) == replica.last_seq
        report = full_check(replica.database)
        assert report.sound, report
        assert figures(replica.database) == figures(sentra.db)
    finally:
        replica.database.dispose()
    again = service.import_packet(packet)
    assert again.result == "already" and again.inserted == 0


def test_later_packets_merge_edits_voids_and_deletes(tmp_path: Path) -> None:
    db = demo_sentra(tmp_path / "own.sqlite3", seed=7)
    agency = Agency.at(DataDir(tmp_path / "agency"))
    try:
        sentra = Sentra(db)
        service = AgencyService(agency)
        gone = BuyerService(db).create(BuyerInput(name="Toko Sementara", city="Palembang"))
        service.import_packet(sentra.export(tmp_path, full=True))
        edit_sentra(db, gone)
        later = sentra.export(tmp_path)
        result = service.import_packet(later)
        assert result.result == "merged" and result.inserted >= 2 and result.deleted == 1
        assert 0 < result.replaced < 100  # only what changed travelled
        (replica,) = service.replicas()
        try:
            assert counts(replica.database) == counts(db)
            assert full_check(replica.database).sound
            assert figures(replica.database) == figures(db)
        finally:
            replica.database.dispose()
        assert service.import_packet(later).result == "already"  # the same packet again adds nothing
        assert [row.packets for row in service.registry()] == [2]
    finally:
        agency.dispose()
        db.dispose()


def _refused(service: AgencyService, packet: Path, code: str, **kwargs: bool) -> SentraError:
    def state() -> object:
        return [(r.sentra.last_seq, r.packets) for r in service.registry()]

    before = state()
    with pytest.raises(SentraError) as caught:
        service.import_packet(packet, **kwargs)
    assert caught.value.code == code
    assert state() == before
    return caught.value


def test_bad_packets_are_refused_and_nothing_is_imported(tmp_path: Path) -> None:
    db = demo_sentra(tmp_path / "own.sqlite3", seed=9, days=20)
    agency = Agency.at(DataDir(tmp_path / "agency"))
    try:
        sentra = Sentra(db)
        service = AgencyService(agency)
        buyers = BuyerService(db)
        twin = sentra.copy_to(tmp_path / "twin.sqlite3")  # the same identity, no key yet
        _refused(service, sentra.export(tmp_path), "packet_first_not_full")
        service.import_packet(sentra.export(tmp_path, full=True))
        buyers.create(BuyerInput(name="Toko A", city="Palembang"))
        first = sentra.export(tmp_path)
        backup = sentra.copy_to(tmp_path / "backup.sqlite3")  # the sentra's backup after this packet
        buyers.create(BuyerInput(name="Toko B", city="Palembang"))
        second = sentra.export(tmp_path)
        gap = _refused(service, second, "packet_gap")
        seq = service.registry()[0].sentra.last_seq
        assert f"{seq + 1} sampai {seq + 1}" in render(gap.code, dict(gap.params), lambda t: _id(t))
        service.import_packet(first)
        service.import_packet(second)
        # the sentra restored its backup: its sequence went back
        restored = Sentra(backup)
        BuyerService(backup).create(BuyerInput(name="Toko C", city="Palembang"))
        _refused(service, restored.export(tmp_path), "packet_rollback")
        _refused(service, Sentra(twin).export(tmp_path, full=True), "packet_wrong_key")
        newer = sentra.resigned(second, tmp_path / "newer.sentra-paket", schema_revision="9999_future")
        _refused(service, newer, "packet_schema_newer")
        _refused(service, _altered(second, tmp_path / "altered.sentra-paket"), "packet_altered")
        middle = bytearray(second.read_bytes())
        middle[len(middle) // 3] ^= 0xFF  # one flipped byte on the stick
        flipped = tmp_path / "flipped.sentra-paket"
        flipped.write_bytes(bytes(middle))
        with pytest.raises(SentraError) as caught:
            service.import_packet(flipped)
        assert caught.value.code.startswith("packet_")
        cut = tmp_path / "cut.sentra-paket"
        cut.write_bytes(second.read_bytes()[: len(second.read_bytes()) // 2])
        _refused(service, cut, "packet_truncated")
        # a full packet after the restore replaces the replica, once confirmed
        full = restored.export(tmp_path, full=True)
        _refused(service, full, "packet_replace_unconfirmed")
        replaced = service.import_packet(full, confirm_full_replace=True)
        assert replaced.result == "replaced"
        (replica,) = service.replicas()
        try:
            assert counts(replica.database) == counts(backup)
            assert replica.last_seq == replaced.facts.seq_to
        finally:
            replica.database.dispose()
        twin.dispose()
        backup.dispose()
    finally:
        agency.dispose()
        db.dispose()


def _altered(packet: Path, out: Path) -> Path:
    """The packet with one record changed in transit, manifest and signature left as they were."""
    import zipfile

    with zipfile.ZipFile(packet) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["records/buyer.jsonl"] = members["records/buyer.jsonl"].replace(b"Toko B", b"Toko X")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out


def _id(text: str) -> str:
    from sentra_desktop.core import i18n

    previous = i18n.language()
    i18n.set_language("id")
    try:
        return i18n.translate("Errors", text)
    finally:
        i18n.set_language(previous)


def test_an_older_revisions_packet_maps_onto_the_current_columns(
    sentra: Sentra, agency: Agency, tmp_path: Path
) -> None:
    """Rows of an older schema lack later columns: the replica gives them their defaults."""
    import json
    import zipfile

    packet = sentra.export(tmp_path, full=True)
    with zipfile.ZipFile(packet) as archive:
        rows = [json.loads(line) for line in archive.read("records/buyer.jsonl").splitlines() if line]
    assert rows and "change_seq" in rows[0]
    older = sentra.resigned(
        packet, tmp_path / "older.sentra-paket", without="change_seq", schema_revision="0012_piece_pay"
    )
    service = AgencyService(agency)
    result = service.import_packet(older)
    assert result.result == "registered" and result.inserted > 1000
    (replica,) = service.replicas()
    try:
        with replica.database.reading() as session:
            from sentra_desktop.db.models import Buyer

            assert set(session.scalars(select(Buyer.change_seq))) == {0}  # the column's default
        assert full_check(replica.database).sound
    finally:
        replica.database.dispose()


def test_agency_and_sentra_databases_refuse_each_other(tmp_path: Path) -> None:
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
