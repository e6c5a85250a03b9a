"""The head's packet export in Pengaturan → Impor/Ekspor, and the key fingerprint in the About box."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from sentra_desktop.core import i18n
from sentra_desktop.services.container import Services
from sentra_desktop.services.packet.format import read_packet
from sentra_desktop.services.users import enforce_roles
from sentra_desktop.ui.about import AboutDialog
from sentra_desktop.ui.i18n import install_translators
from sentra_desktop.ui.main_window import MainWindow
from sentra_desktop.ui.pages.settings.page import TRANSFER, SettingsPage
from sentra_desktop.ui.permissions import apply_permissions
from sentra_desktop.ui.settings import AppSettings


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


@pytest.fixture
def usb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder the operator picks in the folder chooser."""
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_args, **_kw: str(folder)))
    return folder


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    language = i18n.language()
    translators = install_translators(qapp, "id")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.set_language(language)


def test_the_head_exports_a_packet_from_the_button(
    qtbot: QtBot, page: SettingsPage, services: Services, usb: Path
) -> None:
    page.tabs.setCurrentIndex(TRANSFER)
    box = page.packet_box
    assert box.isVisibleTo(page) and box.export_button.isEnabled()
    assert "not made yet" in box.fingerprint_label.text()
    box.photos_box.setChecked(False)
    qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.result is not None, timeout=20000)
    assert box.result is not None
    (written,) = usb.iterdir()
    packet = read_packet(written)
    assert packet.manifest["photos"] is False and box.result.path == written
    assert str(written) in box.status_label.text()
    fingerprint = services.packets.identity().key_fingerprint
    assert fingerprint is not None and fingerprint in box.fingerprint_label.text()
    assert box.export_button.isEnabled()
    qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)  # the next one: the changes since
    qtbot.waitUntil(lambda: len(list(usb.iterdir())) == 2, timeout=20000)
    qtbot.waitUntil(box.export_button.isEnabled, timeout=20000)


def test_a_refused_folder_is_said_on_the_tab(
    qtbot: QtBot, page: SettingsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = tmp_path / "dicabut"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_args, **_kw: str(gone)))
    box = page.packet_box
    qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is not a folder" in box.status_label.text(), timeout=20000)
    assert box.result is None


def test_only_the_head_may_export(page: SettingsPage, services: Services) -> None:
    services.users.add("Siti", "operator", "1111")
    services.users.login("Siti", "1111")
    box = page.packet_box
    apply_permissions(page, "operator")
    assert not box.export_button.isEnabled() and "Head" in box.export_button.toolTip()


def test_the_about_box_shows_the_key_fingerprint_once_made(
    qtbot: QtBot, services: Services, app_settings: AppSettings, tmp_path: Path
) -> None:
    window = MainWindow(services, app_settings, "/data/sentra.sqlite3")
    qtbot.addWidget(window)
    window._about()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.fingerprint_label.text() == "not made yet"
    dialog.close()
    result = services.packets.export(tmp_path)
    window._about()
    shown = [d for d in window.findChildren(AboutDialog) if d.isVisible()]
    assert [d.fingerprint_label.text() for d in shown] == [result.key_fingerprint]


def test_the_about_box_says_belum_dibuat_in_indonesian(
    qtbot: QtBot, indonesian: None, tmp_path: Path
) -> None:
    dialog = AboutDialog(tmp_path, "sqlite:///" + str(tmp_path / "sentra.sqlite3"))
    qtbot.addWidget(dialog)
    assert dialog.fingerprint_label.text() == "belum dibuat"
