"""The first-start welcome asks for the sentra's name and the operator, and stores both."""

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
    with qtbot.waitSignal(dialog.completed, timeout=10_000):
        dialog.submit()
    assert services.profile.get().name == "Sentra Sabutret Talang Jambe"
    assert services.operators.names() == ["Dewi Lestari"]
    assert dialog.operator == "Dewi Lestari"
