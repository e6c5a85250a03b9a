"""The server connection's security: sslmode and a CA file in the URL, and whether the link is encrypted."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentra_desktop.services.backup_files import checksum_matches, verify_candidate
from sentra_desktop.services.connection import ServerAddress, try_connection
from sentra_desktop.services.data_copy import snapshot_server
from sentra_desktop.services.database import Database


def test_sslmode_and_the_ca_file_travel_in_the_url() -> None:
    address = ServerAddress("kantor-pc", 5432, "sentra", "ketua", "verify-full", "/etc/sentra/root.crt")
    url = address.url("rahasia")
    assert "sslmode=verify-full" in url and "sslrootcert=" in url
    assert ServerAddress.from_url(url) == address
    assert "sslmode" not in ServerAddress("kantor-pc").url()  # libpq's default when none is chosen


def test_an_unknown_sslmode_is_refused() -> None:
    with pytest.raises(ValueError):
        ServerAddress("kantor-pc", sslmode="maybe")


def test_the_connection_test_says_whether_the_link_is_encrypted(pg_url: str) -> None:
    plain = try_connection(pg_url)
    assert plain.ok and plain.encrypted is False  # the test cluster offers no TLS
    demanded = try_connection(f"{pg_url}?sslmode=require")
    assert not demanded.ok and demanded.code == "ssl", demanded


def test_a_server_snapshot_gets_its_check_sum_too(pg_url: str, tmp_path: Path) -> None:
    db = Database.open(pg_url)
    try:
        path = snapshot_server(db, tmp_path)
    finally:
        db.dispose()
    assert checksum_matches(path) is True
    verify_candidate(path)  # restorable: the schema of a snapshot is the program's own
