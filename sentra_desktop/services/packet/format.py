"""The packet file a sentra hands to its agency: a signed ZIP, written atomically, verified on reading.

A packet (``<slug>-<uuid8>-<from>-<to>.sentra-paket``) is a deflated ZIP holding:

- ``records/<table>.jsonl``: one JSON object per row (column name -> JSON value, see
  :mod:`sentra_desktop.services.packet.rows`), tables in foreign-key order;
- ``tombstones.jsonl``: ``{"uuid", "table", "change_seq"}`` for every deleted row;
- ``manifest.json``: UTF-8 JSON with sorted keys (see :class:`PacketWriter.finish`), whose
  ``content`` maps every member above to its SHA-256 and ``content_sha256`` hashes the sorted
  ``name:sha`` lines joined by newlines;
- ``signature``: the raw 64-byte Ed25519 signature of the exact bytes of ``manifest.json``.

The reader refuses (:class:`PacketError`, with a code the messages translate) a file that is no
packet, a truncated one, a newer format, a bad signature, and any member missing, extra or not
matching its hash. It checks the signature against the manifest's own public key; comparing that
key with the one registered for the sentra is the caller's business. The writer writes under a
temporary name in the target folder, syncs, reads the file back through the reader, and only then
renames it into place: a USB stick pulled halfway leaves no file under a packet's name.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import os
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sentra_desktop.core.errors import SentraError
from sentra_desktop.services.backup_files import fsync_file, fsync_folder

FORMAT = "sentra-paket"
FORMAT_VERSION = 1
SUFFIX = ".sentra-paket"
MANIFEST = "manifest.json"
SIGNATURE = "signature"
TOMBSTONES = "tombstones.jsonl"
RECORDS_DIR = "records/"
_ZIP_MAGIC = b"PK\x03\x04"
_CHUNK = 1 << 20


class PacketError(SentraError):
    """A packet refused: ``code`` is one of ``packet_not_packet``, ``packet_truncated``,
    ``packet_altered``, ``packet_bad_signature``, ``packet_newer_format``; ``file`` names it."""

    code = "packet_altered"


def record_member(table: str) -> str:
    """The member holding ``table``'s rows."""
    return f"{RECORDS_DIR}{table}.jsonl"


def fingerprint(public_key: bytes) -> str:
    """A key's fingerprint as the About box shows it: the first 16 bytes of its SHA-256, hex in
    groups of four ("a1b2 c3d4 ...")."""
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def content_sha256(content: Mapping[str, str]) -> str:
    """The SHA-256 over the sorted ``name:sha`` lines of the content, joined by newlines."""
    lines = "\n".join(f"{name}:{content[name]}" for name in sorted(content))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def manifest_bytes(manifest: Mapping[str, Any]) -> bytes:
    """The stored form of a manifest: UTF-8 JSON with sorted keys (the bytes that are signed)."""
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def json_line(row: Mapping[str, Any]) -> bytes:
    """One row of a ``.jsonl`` member."""
    return json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8") + b"\n"


# --- reading ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Packet:
    """A verified packet: its manifest, and its members read again on demand (they may be large)."""

    path: Path
    manifest: Mapping[str, Any]

    @property
    def public_key(self) -> bytes:
        return base64.b64decode(self.manifest["public_key"])

    @property
    def tables(self) -> list[str]:
        """The tables whose rows the packet carries, in the order to insert them."""
        return list(self.manifest["tables"])

    def records(self, table: str) -> Iterator[dict[str, Any]]:
        """The rows of ``table`` (JSON values; :func:`rows.decode_row` makes them Python values)."""
        yield from self._lines(record_member(table))

    def tombstones(self) -> Iterator[dict[str, Any]]:
        """``{"uuid": str, "table": str, "change_seq": int}`` for every row deleted in the range."""
        yield from self._lines(TOMBSTONES)

    def _lines(self, member: str) -> Iterator[dict[str, Any]]:
        if member not in self.manifest["content"]:
            return
        with zipfile.ZipFile(self.path) as archive, archive.open(member) as stream:
            for line in io.TextIOWrapper(stream, encoding="utf-8"):
                if line.strip():
                    yield json.loads(line)


def read_packet(path: Path | str) -> Packet:
    """Open and verify the packet at ``path``; raises :class:`PacketError` saying why it is refused."""
    path = Path(path)
    name = path.name
    try:
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError as exc:
        raise PacketError("packet_not_packet", file=name) from exc
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        code = "packet_truncated" if head == _ZIP_MAGIC else "packet_not_packet"
        raise PacketError(code, file=name) from exc
    with archive:
        names = archive.namelist()
        members = set(names)
        if MANIFEST not in members or SIGNATURE not in members:
            raise PacketError("packet_not_packet", file=name)
        raw = _read_member(archive, MANIFEST, name)
        manifest = _parse_manifest(raw, name)
        signature = _read_member(archive, SIGNATURE, name)
        _check_signature(manifest, raw, signature, name)
        content = manifest.get("content")
        if not isinstance(content, dict) or content_sha256(content) != manifest.get("content_sha256"):
            raise PacketError("packet_altered", file=name, detail=MANIFEST)
        unexpected = sorted(members ^ (set(content) | {MANIFEST, SIGNATURE}))
        if unexpected or len(names) != len(members):
            raise PacketError("packet_altered", file=name, detail=", ".join(unexpected) or MANIFEST)
        for member, sha in sorted(content.items()):
            if _hash_member(archive, member, name) != sha:
                raise PacketError("packet_altered", file=name, detail=member)
    return Packet(path, manifest)


def _read_member(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    try:
        return archive.read(member)
    except Exception as exc:  # a bad CRC, a broken deflate stream (zlib.error): damaged in place
        raise PacketError("packet_altered", file=name, detail=member) from exc


def _hash_member(archive: zipfile.ZipFile, member: str, name: str) -> str:
    digest = hashlib.sha256()
    try:
        with archive.open(member) as stream:
            while block := stream.read(_CHUNK):
                digest.update(block)
    except Exception as exc:  # a bad CRC or broken deflate stream: altered in place
        raise PacketError("packet_altered", file=name, detail=member) from exc
    return digest.hexdigest()


def _parse_manifest(raw: bytes, name: str) -> dict[str, Any]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PacketError("packet_not_packet", file=name) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PacketError("packet_not_packet", file=name)
    version = manifest.get("format_version")
    if not isinstance(version, int):
        raise PacketError("packet_not_packet", file=name)
    if version > FORMAT_VERSION:
        raise PacketError("packet_newer_format", file=name, version=version)
    return manifest


def _check_signature(manifest: Mapping[str, Any], raw: bytes, signature: bytes, name: str) -> None:
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(str(manifest.get("public_key", ""))))
        key.verify(signature, raw)
    except (InvalidSignature, ValueError) as exc:
        raise PacketError("packet_bad_signature", file=name) from exc


# --- writing ----------------------------------------------------------------------------------------


class PacketWriter:
    """Streams members into a packet under a temporary name; :meth:`finish` signs and places it.

    Use as a context manager: leaving the block without :meth:`finish` (an error, a full disk)
    removes the temporary file, so no packet appears.
    """

    def __init__(self, folder: Path, file_name: str) -> None:
        self.folder = folder
        self.final = folder / file_name
        self.temporary = folder / f".{file_name}.{os.getpid()}.tmp"
        self.content: dict[str, str] = {}
        self.counts: dict[str, int] = {}
        self.tables: list[str] = []
        self.tombstone_count = 0
        self._archive: zipfile.ZipFile | None = zipfile.ZipFile(
            self.temporary, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6
        )

    def __enter__(self) -> PacketWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._discard()

    def _discard(self) -> None:
        if self._archive is not None:
            with contextlib.suppress(Exception):  # the file is removed anyway
                self._archive.close()
            self._archive = None
        self.temporary.unlink(missing_ok=True)

    def add_records(self, table: str, rows: Iterable[Mapping[str, Any]]) -> int:
        """Write ``table``'s rows (JSON values) as one member; returns how many."""
        count = self._write_lines(record_member(table), rows)
        self.counts[table] = count
        self.tables.append(table)
        return count

    def add_tombstones(self, rows: Iterable[Mapping[str, Any]]) -> int:
        self.tombstone_count = self._write_lines(TOMBSTONES, rows)
        return self.tombstone_count

    def _write_lines(self, member: str, rows: Iterable[Mapping[str, Any]]) -> int:
        assert self._archive is not None, "the packet is already finished"
        digest = hashlib.sha256()
        count = 0
        with self._archive.open(member, "w", force_zip64=True) as stream:
            buffer = io.BufferedWriter(_Hashing(stream, digest), _CHUNK)
            for row in rows:
                buffer.write(json_line(row))
                count += 1
            buffer.flush()
        self.content[member] = digest.hexdigest()
        return count

    def finish(self, fields: Mapping[str, Any], private_key: bytes) -> tuple[Path, Packet]:
        """Complete the manifest, sign it, sync, verify the file, then move it into place.

        ``fields`` gives the sentra-side facts (sentra, seq_from, seq_to, full, photos,
        schema_revision, program_version, created_at); format, the key, the counts and the
        hashes are added here. Returns the final path and the packet as read back.
        """
        assert self._archive is not None, "the packet is already finished"
        key = Ed25519PrivateKey.from_private_bytes(private_key)
        public = key.public_key().public_bytes_raw()
        manifest = {
            **fields,
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "public_key": base64.b64encode(public).decode("ascii"),
            "key_fingerprint": fingerprint(public),
            "counts": dict(self.counts),
            "tables": list(self.tables),
            "tombstones": self.tombstone_count,
            "content": dict(self.content),
            "content_sha256": content_sha256(self.content),
        }
        raw = manifest_bytes(manifest)
        self._archive.writestr(MANIFEST, raw)
        self._archive.writestr(SIGNATURE, key.sign(raw))
        self._archive.close()
        self._archive = None
        fsync_file(self.temporary)
        try:
            packet = read_packet(self.temporary)
        except PacketError:
            self._discard()
            raise
        os.replace(self.temporary, self.final)
        fsync_folder(self.folder)
        return self.final, Packet(self.final, packet.manifest)


class _Hashing(io.RawIOBase):
    """A writable stream that hashes what passes through it."""

    def __init__(self, target: IO[bytes], digest: Any) -> None:
        self._target = target
        self._digest = digest

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data)
        self._digest.update(view)
        self._target.write(view)
        return len(view)
