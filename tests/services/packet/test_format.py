"""The packet file: a round trip of exact bytes, and every damaged or foreign file refused with its reason."""

from __future__ import annotations

import base64
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sentra_desktop.core import i18n
from sentra_desktop.core.messages import describe
from sentra_desktop.services.packet import format as packet_format
from sentra_desktop.services.packet.format import (
    MANIFEST,
    SIGNATURE,
    PacketError,
    PacketWriter,
    content_sha256,
    manifest_bytes,
    read_packet,
    record_member,
)

KEY = Ed25519PrivateKey.generate().private_bytes_raw()
ROWS = [
    {
        "id": 1,
        "uuid": "0d6f3c1e-8a2b-4c4f-9a65-1a2b3c4d5e6f",
        "name": "Gantungan kunci “Ampera”",
        "qty": "12.500",
    },
    {"id": 2, "uuid": "1d6f3c1e-8a2b-4c4f-9a65-1a2b3c4d5e6f", "name": "Tatakan gelas", "photo": "AAEC/w=="},
]
FIELDS = {"sentra": {"uuid": "abc", "name": "Sentra Uji"}, "seq_from": 0, "seq_to": 7, "full": True}


def _write(folder: Path, name: str = "uji-abc-0-7.sentra-paket", key: bytes = KEY) -> Path:
    with PacketWriter(folder, name) as writer:
        writer.add_records("buyer", ROWS)
        writer.add_records("order_line", [])
        writer.add_tombstones(
            [{"uuid": "2d6f3c1e-8a2b-4c4f-9a65-1a2b3c4d5e6f", "table": "buyer", "change_seq": 5}]
        )
        path, _packet = writer.finish(FIELDS, key)
    return path


def _rewrite(source: Path, target: Path, change: dict[str, bytes | None]) -> None:
    """Copy the ZIP ``source`` to ``target`` with members replaced (bytes) or dropped (None)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = change.get(info.filename, old.read(info.filename))
            if data is not None:
                new.writestr(info.filename, data)
        for name, data in change.items():
            if name not in old.namelist() and data is not None:
                new.writestr(name, data)


def _refused(path: Path) -> PacketError:
    with pytest.raises(PacketError) as caught:
        read_packet(path)
    return caught.value


def _indonesian(exc: PacketError) -> str:
    return describe(exc, lambda text: i18n.translate("Errors", text))


def test_round_trip_keeps_every_row_and_byte(tmp_path: Path) -> None:
    path = _write(tmp_path)
    packet = read_packet(path)
    assert path.name == "uji-abc-0-7.sentra-paket"
    assert list(packet.records("buyer")) == ROWS
    assert list(packet.records("order_line")) == []
    assert [t["change_seq"] for t in packet.tombstones()] == [5]
    manifest = packet.manifest
    assert manifest["format"] == "sentra-paket" and manifest["format_version"] == 1
    assert manifest["counts"] == {"buyer": 2, "order_line": 0} and manifest["tombstones"] == 1
    assert manifest["tables"] == ["buyer", "order_line"]
    assert manifest["seq_to"] == 7 and manifest["sentra"]["name"] == "Sentra Uji"
    assert set(manifest["content"]) == {
        record_member("buyer"),
        record_member("order_line"),
        "tombstones.jsonl",
    }
    assert manifest["content_sha256"] == content_sha256(manifest["content"])
    public = Ed25519PrivateKey.from_private_bytes(KEY).public_key().public_bytes_raw()
    assert packet.public_key == public
    assert manifest["key_fingerprint"] == packet_format.fingerprint(public)
    assert len(manifest["key_fingerprint"].split(" ")) == 8
    # The signed bytes are exactly the stored manifest; the photo's base64 comes back unchanged.
    with zipfile.ZipFile(path) as archive:
        assert json.loads(archive.read(MANIFEST)) == dict(manifest)
        assert len(archive.read(SIGNATURE)) == 64
        assert archive.getinfo(record_member("buyer")).compress_type == zipfile.ZIP_DEFLATED
    assert (
        base64.b64decode(next(r for r in packet.records("buyer") if r["id"] == 2)["photo"])
        == b"\x00\x01\x02\xff"
    )
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_a_truncated_file_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    cut = tmp_path / "cut.sentra-paket"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    error = _refused(cut)
    assert error.code == "packet_truncated"
    assert "tidak lengkap" in _indonesian(error) and "cut.sentra-paket" in _indonesian(error)


def test_a_file_that_is_no_packet_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "catatan.sentra-paket"
    text.write_text("bukan paket", encoding="utf-8")
    assert _refused(text).code == "packet_not_packet"
    other = tmp_path / "lain.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("readme.txt", "halo")
    error = _refused(other)
    assert error.code == "packet_not_packet" and "bukan paket data Sentra" in _indonesian(error)


def test_an_altered_member_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    changed = tmp_path / "changed.sentra-paket"
    rows = [{**ROWS[0], "qty": "99.000"}, ROWS[1]]
    _rewrite(path, changed, {record_member("buyer"): b"".join(packet_format.json_line(r) for r in rows)})
    error = _refused(changed)
    assert error.code == "packet_altered" and error.params["detail"] == record_member("buyer")
    assert "diubah setelah ditandatangani" in _indonesian(error)


def test_bytes_damaged_in_place_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(record_member("buyer"))
    data = bytearray(path.read_bytes())
    local = info.header_offset
    start = local + 30 + int.from_bytes(data[local + 26 : local + 28], "little")
    start += int.from_bytes(data[local + 28 : local + 30], "little")
    data[start + info.compress_size // 2] ^= 0xFF  # inside the compressed rows
    damaged = tmp_path / "damaged.sentra-paket"
    damaged.write_bytes(bytes(data))
    assert _refused(damaged).code == "packet_altered"


def test_a_missing_or_extra_member_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    dropped = tmp_path / "dropped.sentra-paket"
    _rewrite(path, dropped, {"tombstones.jsonl": None})
    assert _refused(dropped).params["detail"] == "tombstones.jsonl"
    extra = tmp_path / "extra.sentra-paket"
    _rewrite(path, extra, {"records/maker.jsonl": b'{"id": 1}\n'})
    assert _refused(extra).params["detail"] == "records/maker.jsonl"


def test_an_altered_manifest_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(MANIFEST))
    manifest["seq_from"] = 3  # hides a gap from the agency
    changed = tmp_path / "manifest.sentra-paket"
    _rewrite(path, changed, {MANIFEST: manifest_bytes(manifest)})
    error = _refused(changed)
    assert error.code == "packet_bad_signature"
    assert "Tanda tangan paket" in _indonesian(error)


def test_a_signature_by_another_key_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    with zipfile.ZipFile(path) as archive:
        raw = archive.read(MANIFEST)
    forged = tmp_path / "forged.sentra-paket"
    _rewrite(path, forged, {SIGNATURE: Ed25519PrivateKey.generate().sign(raw)})
    error = _refused(forged)
    assert error.code == "packet_bad_signature" and "ditandatangani kunci lain" in _indonesian(error)


def test_a_packet_signed_whole_by_another_key_names_that_key(tmp_path: Path) -> None:
    """Verifiable on its own; the importer refuses it by comparing with the registered key."""
    other = Ed25519PrivateKey.generate()
    packet = read_packet(_write(tmp_path, key=other.private_bytes_raw()))
    assert packet.public_key == other.public_key().public_bytes_raw()
    assert packet.public_key != Ed25519PrivateKey.from_private_bytes(KEY).public_key().public_bytes_raw()


def test_a_newer_format_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(MANIFEST))
    manifest["format_version"] = 2
    raw = manifest_bytes(manifest)
    newer = tmp_path / "newer.sentra-paket"
    _rewrite(path, newer, {MANIFEST: raw, SIGNATURE: Ed25519PrivateKey.from_private_bytes(KEY).sign(raw)})
    error = _refused(newer)
    assert error.code == "packet_newer_format" and error.params["version"] == 2
    assert "Perbarui program ini" in _indonesian(error)


def test_a_failed_write_leaves_no_packet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: Any) -> Any:
        raise PacketError("packet_truncated", file=Path(path).name)

    monkeypatch.setattr(packet_format, "read_packet", broken)
    with pytest.raises(PacketError):
        _write(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_an_error_while_writing_rows_leaves_no_packet(tmp_path: Path) -> None:
    def rows() -> Any:
        yield ROWS[0]
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError), PacketWriter(tmp_path, "x.sentra-paket") as writer:
        writer.add_records("buyer", rows())
    assert list(tmp_path.iterdir()) == []


def test_a_copy_is_as_good_as_the_original(tmp_path: Path) -> None:
    (tmp_path / "made").mkdir()
    path = _write(tmp_path / "made")
    copy = tmp_path / "usb.sentra-paket"
    shutil.copyfile(path, copy)
    assert read_packet(copy).manifest == read_packet(path).manifest
