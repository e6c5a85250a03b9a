"""The Backup tab, automatic backups, and forms that ask before throwing typed input away."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from sentra_desktop.services.backup import BackupService, list_backups
from sentra_desktop.services.catalogue_setup import ProductTypeInput
from sentra_desktop.services.container import Services
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.ui.pages.design_form import DesignForm
from sentra_desktop.ui.pages.settings import SettingsPage
from sentra_desktop.ui.pages.settings.backup_tab import BackupTab
from sentra_desktop.ui.pages.settings.dialogs import RecordForm
from sentra_desktop.ui.recovery import AutoBackup
from sentra_desktop.ui.settings import AppSettings


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in conn.execute("SELECT name FROM product_type"))
    finally:
        conn.close()


@pytest.fixture
def page(qtbot: QtBot, services: Services, app_settings: AppSettings) -> SettingsPage:
    widget = SettingsPage(services, app_settings)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.tabs.setCurrentWidget(widget.backup_tab)
    qtbot.waitExposed(widget)
    return widget


def wait_idle(qtbot: QtBot, tab: BackupTab) -> None:
    qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)


# --- the Backup tab ------------------------------------------------------------------------------


def test_back_up_now_lists_the_new_backup(qtbot: QtBot, page: SettingsPage, db_path: Path) -> None:
    tab = page.backup_tab
    assert tab.listed() == []
    qtbot.mouseClick(tab.backup_now_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, tab)
    written = list_backups(db_path.parent / "backups")
    assert [b.name for b in written] == tab.listed() and len(written) == 1
    assert "Backup written" in tab.status_label.text()
    assert tab.table.item(0, 1).text()  # a size is shown


def test_back_up_to_a_chosen_folder(
    qtbot: QtBot, page: SettingsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = page.backup_tab
    stick = tmp_path / "usb"
    monkeypatch.setattr(tab, "choose_folder", lambda: stick)
    qtbot.mouseClick(tab.backup_to_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, tab)
    assert len(list_backups(stick)) == 1
    assert tab.listed() == []  # a backup on the stick is not one of the data folder's


def test_restore_from_the_tab_puts_the_data_back_in_place(
    qtbot: QtBot, page: SettingsPage, services: Services, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    tab = page.backup_tab
    services.product_types.create(ProductTypeInput(name="Sebelum cadangan"))
    backup = BackupService(db_path).backup_now()
    services.product_types.create(ProductTypeInput(name="Sesudah cadangan"))
    page.product_types_tab.reload()
    assert len(page.product_types_tab.rows()) == 2

    questions: list[str] = []
    monkeypatch.setattr(tab, "choose_file", lambda: backup)
    monkeypatch.setattr(tab, "confirm", lambda text: questions.append(text) or True)
    with qtbot.waitSignal(page.changed, timeout=10_000):
        qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)

    assert "Put back the backup made on" in questions[0] and "can be undone" in questions[0]
    assert "back in place" in tab.status_label.text()
    assert [row.name for row in page.product_types_tab.rows()] == ["Sebelum cadangan"]  # lists re-read
    services.product_types.create(ProductTypeInput(name="Sesudah pemulihan"))  # saving still works
    assert names(db_path) == ["Sebelum cadangan", "Sesudah pemulihan"]
    before_restore = [name for name in tab.listed() if name.startswith("before-restore-")]
    assert len(before_restore) == 1


def test_a_refused_restore_is_shown_and_changes_nothing(
    qtbot: QtBot, page: SettingsPage, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    tab = page.backup_tab
    services.product_types.create(ProductTypeInput(name="Tetap"))
    junk = tmp_path / "bukan-cadangan.sqlite3"
    junk.write_bytes(b"garbage" * 1000)
    problems: list[BaseException] = []
    monkeypatch.setattr(tab, "choose_file", lambda: junk)
    monkeypatch.setattr(tab, "confirm", lambda text: True)
    monkeypatch.setattr(tab, "show_problem", problems.append)
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(problems), timeout=10_000)
    assert getattr(problems[0], "code", None) == "not_sqlite"
    assert [row.name for row in services.product_types.page(ListQuery(), 0, 10)] == ["Tetap"]
    assert tab.restore_button.isEnabled()


def test_a_server_database_has_no_backup_buttons(qtbot: QtBot) -> None:
    tab = BackupTab(None)
    qtbot.addWidget(tab)
    assert not tab.backup_now_button.isEnabled() and not tab.restore_button.isEnabled()


# --- automatic backups ---------------------------------------------------------------------------


def test_closing_the_window_makes_a_backup_first(qtbot: QtBot, services: Services, db_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    backups = BackupService.for_database(services.db)
    assert backups is not None
    auto = AutoBackup(window, backups, check_every_ms=3_600_000)
    window.show()
    services.product_types.create(ProductTypeInput(name="Disimpan sebelum tutup"))

    with qtbot.waitSignal(auto.made, timeout=10_000):
        assert window.close() is False  # held back until the backup is written
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    written = list_backups(backups.folder)
    assert len(written) == 1 and names(written[0].path) == ["Disimpan sebelum tutup"]

    # Opened again and closed without a change: nothing new to keep, so it closes at once.
    again = QMainWindow()
    qtbot.addWidget(again)
    AutoBackup(again, backups, check_every_ms=3_600_000)
    again.show()
    assert again.close() is True
    assert len(list_backups(backups.folder)) == 1


def test_the_daily_backup_is_made_quietly_when_due(qtbot: QtBot, services: Services) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    backups = BackupService.for_database(services.db)
    assert backups is not None
    auto = AutoBackup(window, backups, interval=timedelta(days=1), check_every_ms=3_600_000)
    with qtbot.waitSignal(auto.made, timeout=10_000):
        auto.backup_if_due()  # no backup yet: due
    assert len(list_backups(backups.folder)) == 1
    auto.backup_if_due()  # one from a moment ago: not due
    assert not auto.busy and len(list_backups(backups.folder)) == 1


# --- unsaved input -------------------------------------------------------------------------------


def test_closing_a_form_with_typed_input_asks_first(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    answer = {"discard": False}

    def discard_changes(self: RecordForm) -> bool:
        asked.append(True)
        return answer["discard"]

    monkeypatch.setattr(RecordForm, "discard_changes", discard_changes)
    dialog = RecordForm(services.product_types, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    dialog.reject()  # nothing typed: closes without a question
    assert not dialog.isVisible() and asked == []

    dialog = RecordForm(services.product_types, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name_edit, "Keset sabut")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == [True]  # "Keep editing"
    assert dialog.name_edit.text() == "Keset sabut"
    dialog.close()  # the window's close button asks the same
    assert dialog.isVisible() and len(asked) == 2
    answer["discard"] = True
    dialog.close()
    assert not dialog.isVisible() and len(asked) == 3
    assert services.product_types.count(ListQuery()) == 0


def test_an_edit_form_only_asks_when_something_changed(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_id = services.product_types.create(ProductTypeInput(name="Keset", notes="lama"))
    asked: list[bool] = []
    monkeypatch.setattr(RecordForm, "discard_changes", lambda self: asked.append(True) or False)
    dialog = RecordForm(services.product_types, type_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.active_box.setChecked(False)
    dialog.active_box.setChecked(True)  # back as it was: no change
    dialog.reject()
    assert not dialog.isVisible() and asked == []


def test_the_design_form_asks_about_a_new_photo(
    qtbot: QtBot,
    services: Services,
    catalogue_basics: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(DesignForm, "discard_changes", lambda self: asked.append(True) or False)
    form = DesignForm(services)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    picture = tmp_path / "foto.png"
    Image.new("RGB", (40, 40), "navy").save(picture)
    form.photo.set_file(picture)
    form.reject()
    assert form.isVisible() and asked == [True]
    monkeypatch.setattr(DesignForm, "discard_changes", lambda self: True)
    form.reject()
    assert not form.isVisible()
