"""The demo's head, operators and mentor log in with the PINs the demo notice prints."""

from __future__ import annotations

from datetime import date

from sentra_desktop.demo import DemoOptions, demo_logins, load_demo_data
from sentra_desktop.demo.catalogue import DEMO_USERS
from sentra_desktop.services.database import Database
from sentra_desktop.services.users import UserService, UserState


def test_demo_users_log_in_with_the_printed_pins(db: Database) -> None:
    load_demo_data(db, DemoOptions(days=1, today=date(2026, 11, 27)))
    users = UserService(db)
    assert users.state() == UserState.READY
    notice = demo_logins()
    for name, role, pin in DEMO_USERS:
        assert f"{name} (" in notice and f"PIN {pin}" in notice
        actor = users.login(name, pin)
        assert (actor.name, actor.role) == (name, role)
    assert ("Hj. Nurhayati", "ketua", "1234") in DEMO_USERS
