"""The main window: every area reachable, unbuilt areas say so, the operator is remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from sentra_desktop.services.container import Services
from sentra_desktop.ui.main_window import MainWindow
from sentra_desktop.ui.pages.designs import DesignsPage
from sentra_desktop.ui.settings import OPERATOR, AppSettings


@pytest.fixture
def window(qtbot: QtBot, services: Services, app_settings: AppSettings) -> MainWindow:
    services.operators.add("Siti Aminah")
    services.operators.add("Rahmat Hidayat")
    widget = MainWindow(services, app_settings, "/data/sentra.sqlite3")
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


UNBUILT = ["production", "stock", "buyers", "orders", "reports"]


@pytest.mark.parametrize("key", UNBUILT)
def test_unbuilt_areas_say_not_available(window: MainWindow, key: str) -> None:
    page = window.show_page(key)
    notice = page.findChild(QLabel, "not_available")
    assert notice is not None and "not available yet" in notice.text()
    assert window.current_key == key


def test_sidebar_and_shortcuts_open_areas(qtbot: QtBot, window: MainWindow) -> None:
    window.nav.setCurrentRow(2)
    assert isinstance(window.stack.currentWidget(), DesignsPage)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "production"
    assert window.area_key("desain") == "designs" and window.area_key("pengaturan") == "settings"


def test_operator_choice_is_recorded_and_remembered(
    window: MainWindow, services: Services, app_settings: AppSettings
) -> None:
    index = window.operator.findData("Siti Aminah")
    window.operator.setCurrentIndex(index)
    window.operator.activated.emit(index)
    assert services.db.actor == "Siti Aminah"
    assert app_settings.get(OPERATOR) == "Siti Aminah"
    window.reload_operators()
    assert window.operator.currentData() == "Siti Aminah"


def test_fits_a_small_screen(window: MainWindow) -> None:
    """Every page must work on 1366x768; the window's minimum size must allow that."""
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 700
    for key in ("designs", *UNBUILT):
        window.show_page(key)
        assert window.minimumSizeHint().height() <= 700, key
