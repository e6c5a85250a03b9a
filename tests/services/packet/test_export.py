"""The head's export: the first packet carries everything, the next ones only what changed since,
deletions as tombstones; secrets and (on request) photos stay behind; only the head may export."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from sqlalchemy import select

from sentra_desktop.core.actor import Actor
from sentra_desktop.core.errors import PermissionDenied, SentraError
from sentra_desktop.core.roles import Role
from sentra_desktop.db import change_seq
from sentra_desktop.db.models import Buyer, DesignPhoto, Mould, MouldDesign, ProductType, SentraIdentity, User
from sentra_desktop.services.buyers import BuyerInput, BuyerService
from sentra_desktop.services.database import Database
from sentra_desktop.services.designs import DesignService
from sentra_desktop.services.packet.export import PacketService, export_packet, slug, travelled_tables
from sentra_desktop.services.packet.format import fingerprint, read_packet
from sentra_desktop.services.packet.rows import decode_row
from sentra_desktop.services.users import UserService, enforce_roles
from tests.services.test_designs import png, sample


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _buyers(db: Database, *names: str) -> list[int]:
    service = BuyerService(db)
    return [service.create(BuyerInput(name=name, city="Palembang")) for name in names]


def _uuid_of(db: Database, buyer_id: int) -> str:
    with db.reading() as session:
        return str(session.scalar(select(Buyer.uuid).where(Buyer.id == buyer_id)))


def test_first_packet_full_then_only_changes_and_tombstones(db: Database, out: Path) -> None:
    service = PacketService(db)
    assert service.identity().key_fingerprint is None
    first, second, third = _buyers(db, "Rina", "Budi", "Sari")
    full = service.export(out, full=True)
    packet = read_packet(full.path)
    assert full.seq_from == 0 and full.seq_to == packet.manifest["seq_to"] > 0
    assert packet.manifest["full"] is True and full.counts["buyer"] == 3 and full.tombstones == 0
    assert sorted(r["name"] for r in packet.records("buyer")) == ["Budi", "Rina", "Sari"]
    identity = service.identity()
    assert identity.key_fingerprint == full.key_fingerprint == fingerprint(packet.public_key)
    assert identity.last_exported_seq == full.seq_to
    assert full.path.name == f"{slug('')}-{identity.sentra_uuid[:8]}-0-{full.seq_to}.sentra-paket"

    gone = _uuid_of(db, third)
    BuyerService(db).update(first, 1, BuyerInput(name="Rina Marlina", city="Palembang"))
    assert BuyerService(db).remove(third) is True
    _buyers(db, "Dewi")
    changes = service.export(out)
    packet = read_packet(changes.path)
    assert changes.seq_from == full.seq_to and changes.seq_to > full.seq_to
    assert sorted(r["name"] for r in packet.records("buyer")) == ["Dewi", "Rina Marlina"]
    assert [(t["uuid"], t["table"]) for t in packet.tombstones()] == [(gone, "buyer")]
    assert all(changes.seq_from < r["change_seq"] <= changes.seq_to for r in packet.records("buyer"))
    # The audit rows of those three writes travel with them; nothing else changed.
    assert {t for t, n in changes.counts.items() if n} == {"buyer", "audit_log"}
    assert packet.manifest["key_fingerprint"] == full.key_fingerprint  # one key for every packet

    nothing = service.export(out)
    assert nothing.records == 0 and nothing.tombstones == 0 and nothing.seq_from == nothing.seq_to
    again = service.export(out, full=True)
    assert again.counts["buyer"] == 3 and again.tombstones == 0 and second
    assert len(list(out.iterdir())) == 4


def test_rows_come_in_reference_order_and_decode_to_the_stored_values(db: Database, out: Path) -> None:
    _buyers(db, "Rina")
    packet = read_packet(export_packet(db, out, full=True).path)
    assert packet.tables == [t.name for t in travelled_tables()]
    assert (
        packet.tables.index("buyer") < packet.tables.index("sales_order") < packet.tables.index("order_line")
    )
    table = Buyer.__table__
    row = decode_row(table, next(packet.records("buyer")))  # type: ignore[arg-type]
    with db.reading() as session:
        stored = session.execute(select(table)).mappings().one()  # type: ignore[call-overload]
    assert row == dict(stored)
    assert packet.manifest["schema_revision"] == "0014_change_tracking"


def test_secrets_stay_at_the_sentra(db: Database, out: Path) -> None:
    UserService(db).add("Hj. Nurhayati", Role.KETUA, pin="1234")
    UserService(db).add("Siti Aminah", Role.OPERATOR, pin="1111")
    packet = read_packet(export_packet(db, out, full=True).path)
    users = list(packet.records("app_user"))
    assert [u["name"] for u in users] == ["Hj. Nurhayati", "Siti Aminah"]
    assert not {"pin_hash", "failed_pins", "locked_until"} & set(users[0]) and "role" in users[0]
    assert "sentra_identity" not in packet.tables and "change_counter" not in packet.tables
    with db.reading() as session:
        private = session.scalar(select(SentraIdentity.private_key))
    assert private is not None and len(private) == 32
    assert base64.b64encode(private).decode() not in packet.path.read_bytes().decode("latin-1")


def test_without_photos_the_pictures_are_blank_and_the_thumbnails_stay(db: Database, out: Path) -> None:
    with db.transaction() as session:
        kind = ProductType(name="Gantungan kunci")
        session.add(kind)
        session.flush()
        type_id = kind.id
    DesignService(db).create(sample(type_id, photo=png(400, 300)))
    with_photos = read_packet(export_packet(db, out, full=True).path)
    assert base64.b64decode(next(with_photos.records("design_photo"))["image"])[:4] == b"\xff\xd8\xff\xe0"
    # The same range again replaces the file of that name.
    without = export_packet(db, out, full=True, photos=False)
    assert without.path == with_photos.path and len(list(out.iterdir())) == 1
    photo = next(read_packet(without.path).records("design_photo"))
    assert photo["image"] == "" and photo["thumbnail"]
    assert read_packet(without.path).manifest["photos"] is False
    with db.reading() as session:
        assert session.scalar(select(DesignPhoto.image)) is not None  # the sentra keeps its photo


def test_the_design_photo_and_mould_links_leave_tombstones(db: Database, out: Path) -> None:
    with db.transaction() as session:
        kind = ProductType(name="Gantungan kunci")
        session.add(kind)
        session.flush()
        moulds = [Mould(code=f"CT-{n}", name=f"Cetakan {n}", product_type_id=kind.id) for n in (1, 2)]
        session.add_all(moulds)
        session.flush()
        type_id, mould_ids = kind.id, tuple(m.id for m in moulds)
    designs = DesignService(db)
    design_id = designs.create(sample(type_id, photo=png(400, 300), mould_ids=mould_ids))
    export_packet(db, out)
    with db.reading() as session:
        photo_uuid = str(session.scalar(select(DesignPhoto.uuid)))
        links = dict(session.execute(select(MouldDesign.mould_id, MouldDesign.uuid)).all())
    designs.update(
        design_id, 1, sample(type_id, name="Ampera Baru", remove_photo=True, mould_ids=mould_ids[:1])
    )
    packet = read_packet(export_packet(db, out).path)
    assert sorted((t["uuid"], t["table"]) for t in packet.tombstones()) == sorted(
        [(photo_uuid, "design_photo"), (str(links[mould_ids[1]]), "mould_design")]
    )
    assert [r["name"] for r in packet.records("design_variant")] == ["Ampera Baru"]
    assert list(packet.records("mould_design")) == []  # the link kept did not change
    # Deleting the design takes its remaining link along: the database's cascade, buried too.
    designs.delete(design_id)
    packet = read_packet(export_packet(db, out).path)
    assert sorted(t["table"] for t in packet.tombstones()) == ["design_variant", "mould_design"]
    assert str(links[mould_ids[0]]) in {t["uuid"] for t in packet.tombstones()}


def test_only_the_head_exports_and_anyone_sees_the_fingerprint(db: Database, out: Path) -> None:
    UserService(db).add("Hj. Nurhayati", Role.KETUA, pin="1234")
    UserService(db).add("Siti Aminah", Role.OPERATOR, pin="1111")
    enforce_roles(db).open = False
    db.actor = Actor("Siti Aminah", 2, Role.OPERATOR.value)
    with pytest.raises(PermissionDenied):
        PacketService(db).export(out)
    assert PacketService(db).identity().key_fingerprint is None
    assert list(out.iterdir()) == []
    db.actor = Actor("Hj. Nurhayati", 1, Role.KETUA.value)
    result = PacketService(db).export(out)
    db.actor = Actor("Siti Aminah", 2, Role.OPERATOR.value)
    assert PacketService(db).identity().key_fingerprint == result.key_fingerprint


def test_a_missing_folder_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(SentraError) as caught:
        PacketService(db).export(tmp_path / "nowhere")
    assert caught.value.code == "packet_no_folder"


def test_the_counter_is_not_bumped_by_an_export(db: Database, out: Path) -> None:
    _buyers(db, "Rina")
    with db.reading() as session:
        before = change_seq.current(session.connection())
    export_packet(db, out)
    with db.reading() as session:
        assert change_seq.current(session.connection()) == before
        assert session.scalar(select(User.id)) is None
