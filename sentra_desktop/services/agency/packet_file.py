"""Reading a packet file as the agency receives it: opened, its signature and every member checked.

The format (see the sentra side's writer): a ZIP file with ``manifest.json``, ``records/<table>.jsonl``,
``tombstones.jsonl`` and ``signature`` (Ed25519 over the exact bytes of the manifest). Nothing of a
packet is used before all of it was checked: a truncated or altered file is refused as a whole.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sentra_desktop.core.errors import SentraError

FORMAT = "sentra-paket"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "signature"
TOMBSTONES = "tombstones.jsonl"
RECORDS = "records/"


@dataclass(frozen=True)
class Packet:
    """A checked packet: its manifest, and its rows read on demand from the file."""

    path: Path
    manifest: dict[str, Any]
    sha256: str  # of the whole file: the same packet given twice is known by it

    @property
    def public_key(self) -> bytes:
        return base64.b64decode(self.manifest["public_key"])

    def tables(self) -> list[str]:
        """The tables the packet carries rows of."""
        return sorted(name.removeprefix(RECORDS).removesuffix(".jsonl") for name in self._members(RECORDS))

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        yield from self._lines(f"{RECORDS}{table}.jsonl")

    def tombstones(self) -> Iterator[dict[str, Any]]:
        yield from self._lines(TOMBSTONES)

    def _members(self, prefix: str) -> list[str]:
        return [name for name in self.manifest.get("content", {}) if name.startswith(prefix)]

    def _lines(self, member: str) -> Iterator[dict[str, Any]]:
        if member not in self.manifest.get("content", {}):
            return
        with zipfile.ZipFile(self.path) as archive, archive.open(member) as stream:
            for line in stream:
                if line.strip():
                    yield json.loads(line)


def read_packet(path: Path) -> Packet:
    """Open ``path`` and check it completely.

    Raises:
        SentraError: ``packet_not_packet`` (not a packet at all), ``packet_damaged`` (cut short or
            altered: a hash or the signature does not match), ``packet_too_new`` (a newer format).
    """
    whole = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                whole.update(block)
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise SentraError("packet_not_packet", file=path.name) from exc
    with archive:
        names = set(archive.namelist())
        if MANIFEST not in names or SIGNATURE not in names:
            raise SentraError("packet_not_packet", file=path.name)
        try:
            manifest_bytes = archive.read(MANIFEST)
            manifest = json.loads(manifest_bytes)
            signature = archive.read(SIGNATURE)
        except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
            raise SentraError("packet_damaged", file=path.name) from exc
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise SentraError("packet_not_packet", file=path.name)
        if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
            raise SentraError("packet_too_new", file=path.name)
        _verify_signature(path, manifest, manifest_bytes, signature)
        content: dict[str, str] = manifest.get("content", {})
        if names != set(content) | {MANIFEST, SIGNATURE}:
            raise SentraError("packet_damaged", file=path.name)
        for name, expected in content.items():
            digest = hashlib.sha256()
            try:
                with archive.open(name) as member:
                    for block in iter(lambda: member.read(1 << 20), b""):
                        digest.update(block)
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise SentraError("packet_damaged", file=path.name) from exc
            if digest.hexdigest() != expected:
                raise SentraError("packet_damaged", file=path.name)
    return Packet(path, manifest, whole.hexdigest())


def _verify_signature(path: Path, manifest: dict[str, Any], manifest_bytes: bytes, signature: bytes) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(manifest["public_key"]))
        key.verify(signature, manifest_bytes)
    except (InvalidSignature, KeyError, ValueError, TypeError) as exc:
        raise SentraError("packet_damaged", file=path.name) from exc


def fingerprint(public_key: bytes) -> str:
    """First 16 bytes of the key's SHA-256, hex in groups of four ("a1b2 c3d4 ...")."""
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))
