"""Pengaturan → users: a role is chosen in the form, the last head stays, the head resets a PIN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sentra_desktop.services.container import Services
from sentra_desktop.services.users import NeedsPin, enforce_roles
from sentra_desktop.ui.pages.settings import SettingsPage
from sentra_desktop.ui.pages.settings.dialogs import OperatorDialog
from sentra_desktop.ui.settings import AppSettings
from tests.ui.test_settings_page import click_save, open_new


@pytest.fixture
def page(qtbot: QtBot, services: Services, app_settings: AppSettings) -> SettingsPage:
    enforce_roles(services.db)
    services.users.create_first("Bu Sri", "1234")
    widget = SettingsPage(services, app_settings)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _edit(qtbot: QtBot, page: SettingsPage, row: int) -> OperatorDialog:
    tab = page.operators_tab
    tab.reload()
    tab.table.selectRow(row)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, OperatorDialog)
    return dialog


def test_add_a_mentor_then_reset_a_pin(qtbot: QtBot, page: SettingsPage, services: Services) -> None:
    dialog = open_new(qtbot, page.operators_tab)
    qtbot.keyClicks(dialog.name_edit, "Pak Hendra")
    combo = dialog.combos["role"]
    combo.setCurrentIndex(combo.findData("mentor"))
    assert "Mentor" in combo.currentText()
    with qtbot.waitSignal(page.changed, timeout=5_000):
        click_save(qtbot, dialog)
    assert {(u.name, u.role, u.has_pin) for u in services.users.list_users()} == {
        ("Bu Sri", "ketua", True),
        ("Pak Hendra", "mentor", False),
    }
    dialog = _edit(qtbot, page, 0)  # Bu Sri
    qtbot.mouseClick(dialog.reset_pin_button, Qt.MouseButton.LeftButton)
    assert not dialog.reset_pin_button.isEnabled()
    with pytest.raises(NeedsPin):
        services.users.login("Bu Sri", "1234")


def test_the_last_head_cannot_be_demoted_in_the_form(
    qtbot: QtBot, page: SettingsPage, services: Services
) -> None:
    dialog = _edit(qtbot, page, 0)
    combo = dialog.combos["role"]
    combo.setCurrentIndex(combo.findData("operator"))
    click_save(qtbot, dialog)
    assert "at least one active head" in dialog.error_text("role")
    assert [u.role for u in services.users.list_users()] == ["ketua"]


def test_the_list_and_the_form_show_role_names_not_stored_values(
    qtbot: QtBot, page: SettingsPage, services: Services
) -> None:
    services.users.add("Pak Hendra", "mentor")
    tab = page.operators_tab
    tab.reload()
    model = tab.table.model()
    role_column = next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Role"
    )

    def roles() -> list[str]:
        return [str(model.index(row, role_column).data()) for row in range(model.rowCount())]

    qtbot.waitUntil(lambda: len(roles()) == 2, timeout=5_000)
    assert roles() == ["Head", "Mentor"]  # the catalogue's names (English source: no translator here)
    dialog = _edit(qtbot, page, 1)
    combo = dialog.combos["role"]
    shown = [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i)]
    assert shown == ["Head", "Operator", "Treasurer", "Mentor"]


def test_role_names_come_from_the_one_catalogue() -> None:
    from sentra_desktop.core import i18n, names
    from sentra_desktop.core.roles import Role

    assert names.table_for(Role) is names.ROLE
    i18n.set_language("id")
    assert [names.role_name(role) for role in ("ketua", "operator", "bendahara", "mentor", "pendamping")] == [
        "Ketua",
        "Operator",
        "Bendahara",
        "Pendamping",
        "Pendamping",
    ]


def test_the_head_sets_the_idle_lock_time_an_operator_cannot(
    qtbot: QtBot, page: SettingsPage, services: Services
) -> None:
    from sentra_desktop.services.sentra_settings import IDLE_LOCK_MINUTES
    from sentra_desktop.ui.permissions import apply_permissions

    idle = page.idle_lock
    assert idle.minutes.value() == 15 and idle.isVisibleTo(page.operators_tab)
    idle.minutes.setValue(5)
    qtbot.mouseClick(idle.save_button, Qt.MouseButton.LeftButton)
    assert services.sentra_settings.get(IDLE_LOCK_MINUTES) == 5
    services.users.add("Siti", "operator", "1111")
    services.users.login("Siti", "1111")
    apply_permissions(page, "operator")
    assert not idle.save_button.isEnabled() and "Head" in idle.save_button.toolTip()
    idle.minutes.setValue(0)
    idle.save()  # past the disabled button: the service refuses
    assert "may not do this" in idle.status.text()
    assert services.sentra_settings.get(IDLE_LOCK_MINUTES) == 5
