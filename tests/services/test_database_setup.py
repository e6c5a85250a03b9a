"""Pengaturan → Database in the services: trying a server, keeping a new choice and copying the
records are the head's, refused by the permission hook whoever calls (not only a disabled button)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from sentra_desktop.core.actor import Actor
from sentra_desktop.core.errors import PermissionDenied
from sentra_desktop.services.buyers import BuyerInput, BuyerService
from sentra_desktop.services.connection import KEYRING_SERVICE, ServerAddress
from sentra_desktop.services.database import Database
from sentra_desktop.services.database_setup import DatabaseSetupService
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.users import UserService, enforce_roles

SERVER = ServerAddress("192.0.2.7", 5432, "sentra", "sentra")


class _Keyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[_Keyring]:
    previous = keyring.get_keyring()
    backend = _Keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def setup(db: Database) -> DatabaseSetupService:
    enforce_roles(db)
    users = UserService(db)
    users.create_first("Bu Sri", "1234")
    users.add("Siti", "operator", "1111")
    users.add("Pak Hendra", "pendamping", "4444")
    BuyerService(db).create(BuyerInput(name="Toko Rina"))
    return DatabaseSetupService(db)


@pytest.mark.parametrize(
    "actor",
    [Actor("Siti", 2, "operator"), Actor("Pak Hendra", 3, "mentor"), Actor("tanpa login")],
    ids=["operator", "mentor", "nobody"],
)
def test_everyone_but_the_head_is_refused_before_anything_is_done(
    setup: DatabaseSetupService, memory_keyring: _Keyring, tmp_path: Path, actor: Actor
) -> None:
    setup.db.actor = actor
    kept: list[object] = []
    target = tmp_path / "copy.sqlite3"
    calls = [
        lambda: setup.test_connection("postgresql+psycopg://sentra@127.0.0.1:1/sentra"),
        lambda: setup.change(SERVER, "rahasia", kept.append),
        lambda: setup.change(None, "", kept.append),
        lambda: setup.copy_records(f"sqlite:///{target.as_posix()}", None),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied) as caught:
            call()
        assert caught.value.params["action"].startswith("database.")
    assert kept == [] and memory_keyring.passwords == {} and not target.exists()


def test_the_head_keeps_a_choice_and_copies_the_records(
    setup: DatabaseSetupService, memory_keyring: _Keyring, tmp_path: Path
) -> None:
    UserService(setup.db).login("Bu Sri", "1234")
    kept: list[ServerAddress | None] = []
    assert setup.change(SERVER, "rahasia", kept.append)
    assert kept == [SERVER] and memory_keyring.passwords == {(KEYRING_SERVICE, SERVER.key): "rahasia"}
    target = tmp_path / "copy.sqlite3"
    result = setup.copy_records(f"sqlite:///{target.as_posix()}", None)
    assert result.records > 0
    copy = Database.open(f"sqlite:///{target.as_posix()}")
    try:
        assert [b.name for b in BuyerService(copy).page(ListQuery(), 0, 10)] == ["Toko Rina"]
    finally:
        copy.dispose()
    tried = setup.test_connection("postgresql+psycopg://sentra@127.0.0.1:1/sentra")
    assert not tried.ok
