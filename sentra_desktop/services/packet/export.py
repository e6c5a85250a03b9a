"""The head exports the sentra's changes for the agency as one signed packet.

A packet carries every travelled row (:mod:`sentra_desktop.db.travel`) whose change sequence is
above the last one exported, and the tombstones of rows deleted since; ``full`` carries every
row instead (the first packet, or after restoring a backup), with no tombstones: the agency
replaces its replica with it. The Ed25519 key is made at the first export and kept in the
database (``sentra_identity``), so every PC and every restored backup of this sentra signs
alike. The rows are read from one snapshot, so the packet is consistent even while others save.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

import sentra_desktop
from sentra_desktop.core import i18n
from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP
from sentra_desktop.core.places import places
from sentra_desktop.db import change_seq
from sentra_desktop.db.base import Base
from sentra_desktop.db.migrate import HEAD_REVISION
from sentra_desktop.db.models import ChangeTombstone, SentraIdentity, SentraProfile
from sentra_desktop.db.travel import PHOTO_COLUMNS, TRAVELLED
from sentra_desktop.db.types import utcnow
from sentra_desktop.services.base import Service
from sentra_desktop.services.database import Database
from sentra_desktop.services.packet import format as packet_format
from sentra_desktop.services.packet.rows import encode_value

Progress = Callable[[int, int, str], None]
WRITING = QT_TRANSLATE_NOOP("Packet", "Writing the packet")
VERIFYING = QT_TRANSLATE_NOOP("Packet", "Checking the written packet")
_TOMB = cast(Table, ChangeTombstone.__table__)
_ID = cast(Table, SentraIdentity.__table__)
_BATCH = 5000


@dataclass(frozen=True)
class IdentityInfo:
    """What the About box and the export say about this sentra's identity."""

    sentra_uuid: str
    key_fingerprint: str | None  # None before the first export made the key
    last_exported_seq: int
    last_exported_at: datetime | None


@dataclass(frozen=True)
class ExportResult:
    """One written packet."""

    path: Path
    size: int  # bytes
    seq_from: int  # exclusive
    seq_to: int  # inclusive
    full: bool
    photos: bool
    key_fingerprint: str
    tombstones: int
    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def travelled_tables() -> list[Table]:
    """The travelled tables in foreign-key order (parents before the rows that refer to them)."""
    import sentra_desktop.db.models  # noqa: F401 - every table registered on Base

    return [t for t in Base.metadata.sorted_tables if t.name in TRAVELLED]


def slug(name: str) -> str:
    """A file-name-safe form of the sentra's name: "Sentra Kerajinan Bu Nur" -> "sentra-kerajinan-bu-nur"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40].strip("-") or "sentra"


class PacketService(Service):
    """The sentra's side of the packets: its identity and the export (the head's)."""

    def identity(self) -> IdentityInfo:
        """The sentra's UUID and key fingerprint (public facts: every role may see them)."""
        with self.db.reading() as session:
            row = session.execute(select(_ID).where(_ID.c.id == 1)).first()
        if row is None:
            with self.db.transaction() as session:
                ensure_identity(session.connection())
            return self.identity()
        key = row.public_key
        return IdentityInfo(
            str(row.uuid),
            None if key is None else packet_format.fingerprint(bytes(key)),
            int(row.last_exported_seq),
            row.last_exported_at,
        )

    def export(
        self, out_dir: Path | str, full: bool = False, photos: bool = True, progress: Progress | None = None
    ) -> ExportResult:
        """Write the next packet (or a ``full`` one) into the folder ``out_dir``; returns what was written.

        Raises:
            SentraError: ``packet_no_folder`` when ``out_dir`` is not a folder; a
                :class:`~sentra_desktop.core.errors.StorageError` when the disk refuses.
        """
        folder = Path(out_dir)
        if not folder.is_dir():
            raise SentraError("packet_no_folder", path=str(folder))
        with self.db.transaction() as session:
            private_key = ensure_key(session.connection())
        with self.db.reading(snapshot=True) as session:
            result = _write(session, folder, private_key, full=full, photos=photos, progress=progress)
        with self.db.transaction() as session:
            session.execute(
                _ID.update()
                .where(_ID.c.id == 1)
                .values(last_exported_seq=result.seq_to, last_exported_at=utcnow())
            )
        return result


def export_packet(
    db: Database,
    out_dir: Path | str,
    full: bool = False,
    photos: bool = True,
    progress: Progress | None = None,
) -> ExportResult:
    """:meth:`PacketService.export` (action ``packet.export``, the head's)."""
    return PacketService(db).export(out_dir, full, photos, progress)


def ensure_identity(connection: Connection) -> Any:
    """The identity row, made with a new random UUID when it is missing (an emptied database)."""
    row = connection.execute(select(_ID).where(_ID.c.id == 1)).first()
    if row is None:
        import uuid

        connection.execute(
            _ID.insert().values(id=1, uuid=uuid.uuid4(), created_at=utcnow(), last_exported_seq=0)
        )
        row = connection.execute(select(_ID).where(_ID.c.id == 1)).one()
    return row


def ensure_key(connection: Connection) -> bytes:
    """The sentra's private key (raw 32 bytes), made and stored at the first call."""
    row = ensure_identity(connection)
    if row.private_key is not None:
        return bytes(row.private_key)
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes_raw()
    connection.execute(
        _ID.update()
        .where(_ID.c.id == 1)
        .values(private_key=private, public_key=key.public_key().public_bytes_raw(), key_created_at=utcnow())
    )
    return private


def _write(
    session: Session, folder: Path, private_key: bytes, *, full: bool, photos: bool, progress: Progress | None
) -> ExportResult:
    connection = session.connection()
    identity = connection.execute(select(_ID).where(_ID.c.id == 1)).one()
    seq_to = change_seq.current(connection)
    seq_from = 0 if full else min(int(identity.last_exported_seq), seq_to)
    sentra = _sentra(session, str(identity.uuid))
    name = f"{slug(sentra['name'])}-{sentra['uuid'][:8]}-{seq_from}-{seq_to}{packet_format.SUFFIX}"
    tables = travelled_tables()
    writing, verifying = i18n.translate("Packet", WRITING), i18n.translate("Packet", VERIFYING)
    with packet_format.PacketWriter(folder, name) as writer:
        for done, table in enumerate(tables):
            if progress is not None:
                progress(done, len(tables) + 1, writing)
            writer.add_records(
                table.name, _rows(connection, table, seq_from, seq_to, full=full, photos=photos)
            )
        if progress is not None:
            progress(len(tables), len(tables) + 1, verifying)
        writer.add_tombstones(() if full else _tombstones(connection, seq_from, seq_to))
        fields = {
            "sentra": sentra,
            "seq_from": seq_from,
            "seq_to": seq_to,
            "full": full,
            "photos": photos,
            "schema_revision": HEAD_REVISION,
            "program_version": sentra_desktop.__version__,
            "created_at": encode_value(utcnow()),
        }
        path, packet = writer.finish(fields, private_key)
    if progress is not None:
        progress(len(tables) + 1, len(tables) + 1, verifying)
    return ExportResult(
        path=path,
        size=path.stat().st_size,
        seq_from=seq_from,
        seq_to=seq_to,
        full=full,
        photos=photos,
        key_fingerprint=str(packet.manifest["key_fingerprint"]),
        tombstones=int(packet.manifest["tombstones"]),
        counts=dict(packet.manifest["counts"]),
    )


def _sentra(session: Session, sentra_uuid: str) -> dict[str, str]:
    profile = session.scalars(select(SentraProfile).order_by(SentraProfile.id).limit(1)).first()
    name, address, city, province = (
        ("", "", "", "")
        if profile is None
        else (profile.name, profile.address, profile.city, profile.province)
    )
    regency = places().match_regency(city, province) if city else None
    province_code = regency.province_code if regency is not None else places().match_province(province) or ""
    return {
        "uuid": sentra_uuid,
        "name": name,
        "address": address,
        "city": city,
        "province": province,
        "province_code": province_code,
        "regency_code": regency.code if regency is not None else "",
    }


def _rows(
    connection: Connection, table: Table, seq_from: int, seq_to: int, *, full: bool, photos: bool
) -> Iterator[dict[str, Any]]:
    """The table's rows in the range as JSON objects, withheld columns left out, by primary key."""
    withheld = TRAVELLED[table.name]
    columns = [c for c in table.c if c.name not in withheld]
    stmt = select(*columns).where(table.c.change_seq <= seq_to)
    if not full:
        stmt = stmt.where(table.c.change_seq > seq_from)
    stmt = stmt.order_by(*table.primary_key.columns)
    blank = () if photos else PHOTO_COLUMNS.get(table.name, ())
    empty = {name: (None if table.c[name].nullable else "") for name in blank}
    result = connection.execute(stmt, execution_options={"yield_per": _BATCH})
    for row in result.mappings():
        encoded = {key: encode_value(value) for key, value in row.items()}
        for key, value in empty.items():
            if encoded.get(key) is not None:
                encoded[key] = value
        yield encoded


def _tombstones(connection: Connection, seq_from: int, seq_to: int) -> Iterator[dict[str, Any]]:
    stmt = (
        select(_TOMB.c.uuid, _TOMB.c.table_name, _TOMB.c.change_seq)
        .where(_TOMB.c.change_seq > seq_from, _TOMB.c.change_seq <= seq_to)
        .order_by(_TOMB.c.id)
    )
    for uuid_value, table_name, seq in connection.execute(stmt):
        yield {"uuid": str(uuid_value), "table": table_name, "change_seq": int(seq)}
