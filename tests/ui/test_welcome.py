"""The first-start welcome asks for the sentra's name and its head with a PIN, and stores both."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sentra_desktop.services.container import Services
from sentra_desktop.ui.welcome import WelcomeDialog


def test_welcome_requires_names_then_stores_them(qtbot: QtBot, services: Services) -> None:
    dialog = WelcomeDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()
    assert "must be filled in" in dialog.fields.error_text("name")
    assert "must be filled in" in dialog.fields.error_text("operator")
    assert not services.profile.exists()
    qtbot.keyClicks(dialog.sentra_name, "Sentra Sabutret Talang Jambe")
    qtbot.keyClicks(dialog.operator_name, "Dewi Lestari")
    qtbot.keyClicks(dialog.pin, "12a")
    dialog.submit()
    assert "4 to 8 digits" in dialog.fields.error_text("pin")
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, "2580")
    qtbot.keyClicks(dialog.pin_again, "2581")
    dialog.submit()
    assert "not the same" in dialog.fields.error_text("pin_again")
    assert not services.profile.exists() and services.operators.names() == []
    dialog.pin_again.clear()
    qtbot.keyClicks(dialog.pin_again, "2580")
    with qtbot.waitSignal(dialog.completed, timeout=10_000):
        dialog.submit()
    assert services.profile.get().name == "Sentra Sabutret Talang Jambe"
    assert services.operators.names() == ["Dewi Lestari"]
    assert dialog.operator == "Dewi Lestari"
    assert services.db.actor.role == "ketua" and services.db.actor.name == "Dewi Lestari"
    assert [(u.name, u.role, u.has_pin) for u in services.users.list_users()] == [
        ("Dewi Lestari", "ketua", True)
    ]
