"""Real sentra databases and the packets their own exporter writes, for the agency's tests."""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
import tempfile
import uuid
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from sentra_desktop.db.models import SentraIdentity
from sentra_desktop.db.travel import travels
from sentra_desktop.demo import DemoOptions, load_demo_data
from sentra_desktop.services.agency.merge import tables
from sentra_desktop.services.database import Database
from sentra_desktop.services.packet.export import PacketService, export_packet
from sentra_desktop.services.packet.format import (
    MANIFEST,
    SIGNATURE,
    content_sha256,
    json_line,
    manifest_bytes,
)

TODAY = date(2026, 11, 30)


def demo_sentra(path: Path, seed: int = 2026, days: int = 40) -> Database:
    db = Database.open(f"sqlite:///{path}")
    load_demo_data(db, DemoOptions(seed=seed, days=days, today=TODAY))
    return db


class Sentra:
    """A sentra's own database and the packets it exports."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.uuid = uuid.UUID(PacketService(db).identity().sentra_uuid)

    def export(self, folder: Path, *, full: bool = False, photos: bool = True) -> Path:
        """The next packet (or a full one), written by the sentra's own exporter into its own folder."""
        out = Path(tempfile.mkdtemp(dir=folder))
        return export_packet(self.db, out, full=full, photos=photos).path

    def copy_to(self, path: Path) -> Database:
        """This database as a backup of it now (to restore later, or to fork its identity)."""
        with self.db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        source = sqlite3.connect(self.db.engine.url.database or "")
        target = sqlite3.connect(path)
        source.backup(target)
        source.close()
        target.close()
        return Database.open(f"sqlite:///{path}")

    def private_key(self) -> Ed25519PrivateKey:
        with self.db.reading() as session:
            raw = session.scalar(select(SentraIdentity.private_key))
        assert raw is not None
        return Ed25519PrivateKey.from_private_bytes(bytes(raw))

    def resigned(self, packet: Path, out: Path, *, without: str = "", **changes: Any) -> Path:
        """``packet`` with manifest fields changed (and the column ``without`` left out of every
        record, as an older schema lacks it), signed again with the sentra's own key."""
        with zipfile.ZipFile(packet) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}
        manifest = json.loads(members[MANIFEST])
        if without:
            for name in [n for n in members if n.startswith("records/")]:
                rows = [json.loads(line) for line in members[name].splitlines() if line.strip()]
                members[name] = b"".join(
                    json_line({k: v for k, v in r.items() if k != without}) for r in rows
                )
                manifest["content"][name] = hashlib.sha256(members[name]).hexdigest()
            manifest["content_sha256"] = content_sha256(manifest["content"])
        manifest.update(changes)
        raw = manifest_bytes(manifest)
        members[MANIFEST] = raw
        members[SIGNATURE] = self.private_key().sign(raw)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in members.items():
                archive.writestr(name, data)
        return out


def counts(db: Database) -> dict[str, int]:
    """Rows of every travelled table."""
    with db.engine.connect() as conn:
        return {
            name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
            for name, t in tables().items()
            if travels(name)
        }


def public_key(packet: Path) -> bytes:
    with zipfile.ZipFile(packet) as archive:
        return base64.b64decode(json.loads(archive.read(MANIFEST))["public_key"])
