"""The main window: the login screen first, every area reachable, the user in the status bar,
switching user, refusals by role, and the idle lock that keeps typed text."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from sentra_desktop.core.errors import PermissionDenied
from sentra_desktop.services.container import Services
from sentra_desktop.services.profile import ProfileInput
from sentra_desktop.ui.main_window import MainWindow
from sentra_desktop.ui.pages.designs import DesignsPage
from sentra_desktop.ui.settings import AppSettings


def log_in(qtbot: QtBot, window: MainWindow, name: str, pin: str) -> None:
    """Through the real login screen: type the name, Enter, the PIN, Enter."""
    panel = window.login_panel
    assert panel is not None
    panel.name.clear()
    qtbot.keyClicks(panel.name, name)
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.pin, pin)
    qtbot.keyClick(panel.pin, Qt.Key.Key_Return)


@pytest.fixture
def window(qtbot: QtBot, services: Services, app_settings: AppSettings) -> MainWindow:
    services.users.create_first("Bu Sri", "1234")
    services.users.add("Siti Aminah", "operator", "1111")
    services.users.add("Pak Hendra", "pendamping", "4444")
    widget = MainWindow(services, app_settings, "/data/sentra.sqlite3")
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.awaiting_login and services.db.actor.role is None
    log_in(qtbot, widget, "bu sri", "1234")
    qtbot.waitUntil(lambda: not widget.awaiting_login, timeout=10_000)
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


def test_login_switch_user_and_a_refusal_by_role(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    assert "Bu Sri" in window.user_label.text() and services.db.actor.role == "ketua"
    qtbot.mouseClick(window.switch_user, Qt.MouseButton.LeftButton)
    assert window.awaiting_login and services.db.actor.role is None
    log_in(qtbot, window, "Siti", "0000")  # a wrong PIN: said at the field, still locked out
    panel = window.login_panel
    assert panel is not None
    qtbot.waitUntil(lambda: "Wrong PIN" in panel.fields.error_text("pin"), timeout=10_000)
    log_in(qtbot, window, "Siti", "1111")
    qtbot.waitUntil(lambda: not window.awaiting_login, timeout=10_000)
    assert services.db.actor.name == "Siti Aminah" and "Siti Aminah" in window.user_label.text()
    with pytest.raises(PermissionDenied):
        services.profile.save(ProfileInput(name="Diubah operator"))
    assert not services.profile.exists()


def test_first_login_sets_the_pin(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    services.users.add("Dewi", "operator")
    qtbot.mouseClick(window.switch_user, Qt.MouseButton.LeftButton)
    log_in(qtbot, window, "Dewi", "9999")
    panel = window.login_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.pin_again.isVisible(), timeout=10_000)
    qtbot.keyClicks(panel.pin, "2468")
    qtbot.keyClicks(panel.pin_again, "2468")
    qtbot.keyClick(panel.pin_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.awaiting_login, timeout=10_000)
    assert services.db.actor.name == "Dewi"


def test_idle_lock_keeps_typed_form_text(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    form = QDialog(window)
    text = QLineEdit(form)
    QVBoxLayout(form).addWidget(text)
    form.open()
    qtbot.keyClicks(text, "setengah diketik")
    window.lock_screen()
    lock = window.lock_dialog
    qtbot.waitUntil(lock.isVisible, timeout=5_000)
    lock.reject()  # Escape does not unlock
    assert lock.isVisible()
    qtbot.keyClicks(lock.panel.pin, "1111")
    qtbot.keyClick(lock.panel.pin, Qt.Key.Key_Return)  # not Bu Sri's PIN
    qtbot.waitUntil(lambda: "Wrong PIN" in lock.panel.fields.error_text("pin"), timeout=10_000)
    qtbot.keyClicks(lock.panel.pin, "1234")
    qtbot.keyClick(lock.panel.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.isVisible(), timeout=10_000)
    assert form.isVisible() and text.text() == "setengah diketik"
    assert services.db.actor.name == "Bu Sri"
    from sqlalchemy import select

    from sentra_desktop.db.models import AuditEntry

    with services.db.reading() as session:
        rows = session.execute(
            select(AuditEntry.actor, AuditEntry.changes).where(AuditEntry.table_name == "app_user")
        ).all()
    said = [(actor, json.loads(changes)) for actor, changes in rows]
    events = [(actor, changes["event"]) for actor, changes in said if "event" in changes]
    # The lock and the unlock are audited under the user's name (the wrong PIN too).
    assert events[-3:] == [("Bu Sri", "screen_locked"), ("Bu Sri", "failed_unlock"), ("Bu Sri", "unlock")]


def test_upgraded_database_chooses_its_head_on_the_real_screen(
    qtbot: QtBot, db: object, app_settings: AppSettings
) -> None:
    """A database made before users had PINs: operators only; the first start asks for the head."""
    from sentra_desktop.services.database import Database

    assert isinstance(db, Database)
    services = Services(db)
    services.operators.add("Siti Aminah")
    services.operators.add("Rahmat Hidayat")
    widget = MainWindow(services, app_settings, "/data/sentra.sqlite3")
    qtbot.addWidget(widget)
    widget.show()
    panel = widget.login_panel
    assert panel is not None and panel.pin_again.isVisible() and panel.users.count() == 2
    qtbot.keyClicks(panel.name, "Rahmat")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.pin, "5678")
    qtbot.keyClicks(panel.pin_again, "5678")
    qtbot.keyClick(panel.pin_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not widget.awaiting_login, timeout=10_000)
    assert services.db.actor.name == "Rahmat Hidayat" and services.db.actor.role == "ketua"
    roles = {u.name: (u.role, u.has_pin) for u in services.users.list_users()}
    assert roles == {"Rahmat Hidayat": ("ketua", True), "Siti Aminah": ("operator", False)}


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


def test_what_a_role_cannot_do_is_disabled_with_who_can(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    page = window.show_page("designs")
    assert page.new_button.isEnabled()  # the head
    qtbot.mouseClick(window.switch_user, Qt.MouseButton.LeftButton)
    log_in(qtbot, window, "Pak Hendra", "4444")  # the mentor: reads and prints only
    qtbot.waitUntil(lambda: not window.awaiting_login, timeout=10_000)
    page = window.show_page("designs")
    assert not page.new_button.isEnabled() and "Head" in page.new_button.toolTip()
    page.new_button.setEnabled(True)  # as a page does when a row is selected
    assert not page.new_button.isEnabled()
    buyers = window.show_page("buyers")
    assert not buyers.new_button.isEnabled() and "Operator" in buyers.new_button.toolTip()
    events = window.show_page("orders").events  # type: ignore[attr-defined]
    assert not events.add_button.isEnabled() and "Operator" in events.add_button.toolTip()
    settings = window.show_page("settings")
    assert not settings.operators_tab.new_button.isEnabled()
    qtbot.mouseClick(window.switch_user, Qt.MouseButton.LeftButton)
    log_in(qtbot, window, "Siti", "1111")
    qtbot.waitUntil(lambda: not window.awaiting_login, timeout=10_000)
    assert window.show_page("buyers").new_button.isEnabled()
    assert not window.show_page("designs").new_button.isEnabled()


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


def test_a_regency_on_the_kinerja_page_opens_its_buyers_whatever_city_they_typed(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    """ "Plg", "Kota Palembang" and "palembang" are one market: the list filters by its code."""
    from sentra_desktop.services.buyers import BuyerInput

    for name, city in (("Toko Plg", "Plg"), ("Toko Kota", "Kota Palembang"), ("Toko Jambi", "Jambi")):
        services.buyers.create(BuyerInput(name=name, city=city))
    page = window.show_page("performance")
    page.drill_requested.emit("buyers/regency", "16.71")
    buyers = window.page("buyers")
    assert window.current_key == "buyers" and buyers.search.text() == ""  # type: ignore[attr-defined]
    chip = buyers.regency_filter  # type: ignore[attr-defined]
    assert chip.isVisible() and "Kota Palembang" in chip.text()
    model = buyers.model  # type: ignore[attr-defined]
    qtbot.wait_until(lambda: model.rowCount() == 2)
    assert {model.row_at(r).name for r in range(2)} == {"Toko Plg", "Toko Kota"}
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)  # the filter cleared: every buyer again
    qtbot.wait_until(lambda: model.rowCount() == 3)
    assert not chip.isVisible()
    qtbot.wait_until(lambda: page.data is not None, timeout=10000)


def test_the_database_tab_is_the_heads_on_screen_and_in_the_service(
    qtbot: QtBot, window: MainWindow, services: Services, app_settings: AppSettings
) -> None:
    from sentra_desktop.ui.settings import DB_HOST, DB_MODE

    qtbot.mouseClick(window.switch_user, Qt.MouseButton.LeftButton)
    log_in(qtbot, window, "Siti", "1111")
    qtbot.waitUntil(lambda: not window.awaiting_login, timeout=10_000)
    tab = window.show_page("settings").database_tab  # type: ignore[attr-defined]
    for button in (tab.test_button, tab.copy_button, tab.save_button):
        tab.server_button.setChecked(True)  # the tab enables its buttons again: they stay refused
        assert not button.isEnabled() and "Head" in button.toolTip(), button.text()
    tab.host.setText("192.0.2.7")
    tab.database.setText("sentra")
    tab.user.setText("sentra")
    tab.save()  # as a script or a stray shortcut would, past the disabled button
    assert "may not do this" in tab.status_label.text()
    assert app_settings.get(DB_MODE) != "server" and app_settings.get(DB_HOST) == ""
    with pytest.raises(PermissionDenied):
        services.database_setup.copy_records("sqlite:///:memory:", None)


def test_a_stok_tab_built_after_login_keeps_the_role_s_limits(qtbot: QtBot, window: MainWindow) -> None:
    """Stok builds a tab when first shown, after the page got the role's permissions."""
    from sentra_desktop.ui.pages.stock.page import StockPage

    qtbot.mouseClick(window.switch_user, Qt.MouseButton.LeftButton)
    log_in(qtbot, window, "Pak Hendra", "4444")
    qtbot.waitUntil(lambda: not window.awaiting_login, timeout=10_000)
    page = window.show_page("stock")
    assert isinstance(page, StockPage)
    receipts = page.receipts  # built only now
    assert not receipts.receive_button.isEnabled() and "Operator" in receipts.receive_button.toolTip()
