"""The About box: version, data folder with a working Open button, database in use, licence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from sentra_desktop import __version__
from sentra_desktop.services.container import Services
from sentra_desktop.ui.about import LICENSE_FILE, AboutDialog, database_text
from sentra_desktop.ui.main_window import MainWindow
from sentra_desktop.ui.settings import AppSettings


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """URLs the dialog asked the desktop to open (nothing is really opened in a test)."""
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


def test_help_menu_shows_the_about_box_without_blocking(
    qtbot: QtBot, services: Services, app_settings: AppSettings, opened: list[QUrl]
) -> None:
    window = MainWindow(services, app_settings, "/data/sentra.sqlite3")
    qtbot.addWidget(window)
    window.show()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    about_action = next(a for a in help_menu.actions() if "About" in a.text())
    about_action.trigger()  # conftest fails the test if this opened a modal exec()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert __version__ in dialog.version_label.text()
    data_folder = app_settings.path.parent
    assert dialog.folder_label.text() == str(data_folder)
    db_file = services.database_url.removeprefix("sqlite:///")
    assert dialog.database_label.text() == str(Path(db_file))
    assert "GPL-3.0-or-later" in dialog.licence_label.text()

    qtbot.mouseClick(dialog.open_folder, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(data_folder)]
    dialog.close()


def test_the_licence_links_to_the_shipped_licence_text(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path, "sqlite:///" + str(tmp_path / "sentra.sqlite3"))
    qtbot.addWidget(dialog)
    assert LICENSE_FILE.is_file(), "LICENSE is missing beside the package"
    assert "GNU GENERAL PUBLIC LICENSE" in LICENSE_FILE.read_text(encoding="utf-8")
    assert QUrl.fromLocalFile(str(LICENSE_FILE)).toString() in dialog.licence_label.text()


def test_a_server_database_is_shown_by_its_url_without_password() -> None:
    assert database_text("postgresql+psycopg://sentra:***@server/sentra") == (
        "postgresql+psycopg://sentra:***@server/sentra"
    )
    assert database_text("sqlite:////home/siti/data/sentra.sqlite3") == "/home/siti/data/sentra.sqlite3"
