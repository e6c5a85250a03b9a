"""Sentra databases and their packets for the agency's tests.

Until the sentra side's writer is merged, packets are written here by the format of
notes/packets.md from the records of real demo sentra databases.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import json
import uuid
import zipfile
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select

from sentra_desktop.db.migrate import HEAD_REVISION
from sentra_desktop.demo import DemoOptions, load_demo_data
from sentra_desktop.services.agency.merge import DERIVED, tables
from sentra_desktop.services.database import Database

TODAY = date(2026, 11, 30)


def demo_sentra(path: Path, seed: int = 2026, days: int = 40) -> Database:
    db = Database.open(f"sqlite:///{path}")
    load_demo_data(db, DemoOptions(seed=seed, days=days, today=TODAY))
    return db


def _json(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    return value


class Sentra:
    """A sentra as the packet writer sees it: its database, identity and key."""

    def __init__(self, db: Database, name: str = "Sentra Uji", city: str = "Palembang") -> None:
        self.db = db
        self.uuid = uuid.uuid4()
        self.key = Ed25519PrivateKey.generate()
        self.name = name
        self.city = city
        self.revision = HEAD_REVISION

    def rows(self) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        with self.db.engine.connect() as conn:
            for name, table in tables().items():
                if name in DERIVED:
                    continue
                order = list(table.primary_key.columns)
                out[name] = [
                    {k: _json(v) for k, v in row._mapping.items()}
                    for row in conn.execute(select(table).order_by(*order))
                ]
        return out

    def packet(
        self,
        folder: Path,
        seq_from: int,
        seq_to: int,
        *,
        full: bool,
        rows: dict[str, list[dict[str, Any]]] | None = None,
        tombstones: Iterable[dict[str, Any]] = (),
        key: Ed25519PrivateKey | None = None,
    ) -> Path:
        records = self.rows() if rows is None else rows
        members: dict[str, bytes] = {}
        for name, table_rows in records.items():
            members[f"records/{name}.jsonl"] = b"".join(
                json.dumps(r, sort_keys=True).encode() + b"\n" for r in table_rows
            )
        members["tombstones.jsonl"] = b"".join(json.dumps(t).encode() + b"\n" for t in tombstones)
        content = {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}
        public = self.key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        manifest = {
            "format": "sentra-paket",
            "format_version": 1,
            "sentra": {
                "uuid": str(self.uuid),
                "name": self.name,
                "address": "Jl. Uji 1",
                "city": self.city,
                "province": "Sumatera Selatan",
            },
            "public_key": base64.b64encode(public).decode(),
            "key_fingerprint": "",
            "seq_from": seq_from,
            "seq_to": seq_to,
            "full": full,
            "photos": True,
            "counts": {name: len(r) for name, r in records.items()},
            "tombstones": len(list(tombstones)) if isinstance(tombstones, list) else 0,
            "schema_revision": self.revision,
            "program_version": "test",
            "created_at": datetime.now().isoformat(),
            "content": content,
            "content_sha256": hashlib.sha256(
                "\n".join(f"{n}:{s}" for n, s in sorted(content.items())).encode()
            ).hexdigest(),
        }
        manifest_bytes = json.dumps(manifest, sort_keys=True).encode()
        path = folder / f"uji-{str(self.uuid)[:8]}-{seq_from}-{seq_to}.sentra-paket"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", manifest_bytes)
            for name, data in members.items():
                archive.writestr(name, data)
            archive.writestr("signature", (key or self.key).sign(manifest_bytes))
        return path
