"""The main window: every area reachable, unbuilt areas say so, the operator is remembered."""

from __future__ import annotations

from datetime import date

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


def test_unbuilt_areas_say_not_available(window: MainWindow) -> None:
    for key in [area.key for area in window.areas if area.factory is None]:
        page = window.show_page(key)
        notice = page.findChild(QLabel, "not_available")
        assert notice is not None and "not available yet" in notice.text()
        assert window.current_key == key


def test_sidebar_and_shortcuts_open_areas(qtbot: QtBot, window: MainWindow) -> None:
    assert window.areas[0].key == "performance" and window.area_key("kinerja") == "performance"
    window.nav.setCurrentRow(3)
    assert isinstance(window.stack.currentWidget(), DesignsPage)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "buyers"
    assert window.area_key("desain") == "designs" and window.area_key("pengaturan") == "settings"


def test_operator_choice_is_recorded_and_remembered(
    window: MainWindow, services: Services, app_settings: AppSettings
) -> None:
    index = window.operator.findData("Siti Aminah")
    window.operator.setCurrentIndex(index)
    window.operator.activated.emit(index)
    assert services.db.actor.name == "Siti Aminah"
    assert app_settings.get(OPERATOR) == "Siti Aminah"
    window.reload_operators()
    assert window.operator.currentData() == "Siti Aminah"


def test_fits_a_small_screen(window: MainWindow) -> None:
    """Every page must work on 1366x768; the window's minimum size must allow that."""
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 700
    for key in ("designs", "buyers", "orders"):
        window.show_page(key)
        assert window.minimumSizeHint().height() <= 700, key


def test_low_stock_is_shown_on_opening(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    """After the window is drawn, items below their level appear in the notice line."""
    from decimal import Decimal

    from sentra_desktop.app import _after_drawn
    from sentra_desktop.core.enums import MaterialUnit, MovementKind
    from sentra_desktop.db.models import Material
    from sentra_desktop.services.profile import ProfileInput
    from sentra_desktop.services.stock import post_movement

    services.profile.save(ProfileInput(name="Sentra Uji"))
    with services.db.transaction() as session:
        magnet = Material(code="MGN", name="Magnet", unit=MaterialUnit.PIECE, low_stock_level=Decimal(100))
        session.add(magnet)
        session.flush()
        post_movement(
            session,
            material_id=magnet.id,
            kind=MovementKind.RECEIPT,
            quantity=Decimal(12),
            moved_on=date.today(),
        )
    _after_drawn(window)
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=10_000)
    assert "MGN" in window.notice_text.text() and "12" in window.notice_text.text()
    qtbot.mouseClick(window.notice_action, Qt.MouseButton.LeftButton)
    assert window.current_key == "stock"


def test_a_kinerja_figure_opens_the_list_behind_it(qtbot: QtBot, window: MainWindow) -> None:
    """A double click on a best seller or a buyer on the Kinerja page opens that list, searched."""
    page = window.show_page("performance")
    page.drill_requested.emit("designs", "GK-AMP")
    assert window.current_key == "designs"
    assert window.page("designs").search.text() == "GK-AMP"  # type: ignore[attr-defined]
    page.drill_requested.emit("buyers", "Rina")
    assert window.current_key == "buyers"
    assert window.page("buyers").search.text() == "Rina"  # type: ignore[attr-defined]
    qtbot.wait_until(lambda: page.data is not None, timeout=10000)
