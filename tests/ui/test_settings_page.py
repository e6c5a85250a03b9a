"""Pengaturan driven through its real widgets: profile, the record lists, their forms, language."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from sentra_desktop.services.catalogue_setup import MouldInput, ProductTypeInput
from sentra_desktop.services.container import Services
from sentra_desktop.services.designs import DesignInput
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.members import MakerInput, MemberInput
from sentra_desktop.ui.pages.settings import SettingsPage
from sentra_desktop.ui.pages.settings.dialogs import OperatorDialog, RecordForm
from sentra_desktop.ui.pages.settings.record_list import RecordDialog, RecordListTab
from sentra_desktop.ui.settings import LANGUAGE, OPERATOR, AppSettings


@pytest.fixture
def page(qtbot: QtBot, services: Services, app_settings: AppSettings) -> SettingsPage:
    widget = SettingsPage(services, app_settings)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_new(qtbot: QtBot, tab: RecordListTab) -> RecordDialog:
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def click_save(qtbot: QtBot, dialog: RecordDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def names(tab: RecordListTab) -> list[str]:
    return [row.name for row in tab.rows()]


# --- profile -------------------------------------------------------------------------------


def test_profile_form_saves_what_was_typed(
    qtbot: QtBot, page: SettingsPage, services: Services, tmp_path: Path
) -> None:
    tab = page.profile_tab
    qtbot.keyClicks(tab.name_edit, "Sentra Souvenir Karet Talang Kedondong")
    qtbot.keyClicks(tab.address_edit, "Jl. Talang Kedondong 12")
    qtbot.keyClicks(tab.city_edit, "Palembang")
    qtbot.keyClicks(tab.province_edit, "Sumatera Selatan")
    qtbot.keyClicks(tab.phone_edit, "0711 123456")
    qtbot.keyClicks(tab.email_edit, "sentra@example.id")
    picture = tmp_path / "logo.png"
    Image.new("RGB", (800, 400), "navy").save(picture)
    tab.use_logo_file(picture)
    assert tab.logo_preview.pixmap() is not None and not tab.logo_preview.pixmap().isNull()

    with qtbot.waitSignal(page.changed, timeout=5_000):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    stored = services.profile.get()
    assert stored.name == "Sentra Souvenir Karet Talang Kedondong"
    assert (stored.city, stored.province, stored.phone) == ("Palembang", "Sumatera Selatan", "0711 123456")
    assert stored.logo is not None
    assert tab.status_label.text() == "Saved."
    assert not tab.is_modified()


def test_profile_refusal_keeps_the_typing_and_marks_the_fields(
    qtbot: QtBot, page: SettingsPage, services: Services
) -> None:
    tab = page.profile_tab
    qtbot.keyClicks(tab.phone_edit, "call us")
    qtbot.keyClick(tab.phone_edit, Qt.Key.Key_Return)  # Enter saves
    assert tab.fields.error_text("name") == "This field must be filled in."
    assert "phone number" in tab.fields.error_text("phone")
    assert tab.phone_edit.text() == "call us"
    assert not services.profile.exists()


def test_a_file_that_is_no_picture_is_refused_at_the_logo(
    page: SettingsPage, tmp_path: Path, services: Services
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a picture")
    page.profile_tab.use_logo_file(text)
    assert "not a picture" in page.profile_tab.fields.error_text("logo")


# --- record lists --------------------------------------------------------------------------


def test_add_a_product_type_through_the_form(qtbot: QtBot, page: SettingsPage, services: Services) -> None:
    tab = page.product_types_tab
    page.tabs.setCurrentWidget(tab)
    dialog = open_new(qtbot, tab)
    assert isinstance(dialog, RecordForm) and dialog.kind is services.product_types.kind
    qtbot.keyClicks(dialog.name_edit, "Gantungan kunci")
    with qtbot.waitSignal(page.changed, timeout=5_000):
        click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert names(tab) == ["Gantungan kunci"]
    assert tab.model.data(tab.model.index(0, 0)) == "Gantungan kunci"
    assert tab.selected_row() is not None and tab.selected_row().name == "Gantungan kunci"
    assert services.product_types.count(ListQuery()) == 1


def test_empty_and_duplicate_names_are_shown_under_the_field(
    qtbot: QtBot, page: SettingsPage, services: Services
) -> None:
    services.product_types.create(ProductTypeInput(name="Keset"))
    tab = page.product_types_tab
    tab.reload()
    dialog = open_new(qtbot, tab)

    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("name") == "This field must be filled in."

    qtbot.keyClicks(dialog.name_edit, "KESET")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # Enter presses Save
    assert dialog.isVisible()
    assert dialog.error_text("name") == "“KESET” is already used by another record."
    assert dialog.findChild(type(dialog.banner), "error_name").text() == dialog.error_text("name")
    assert dialog.name_edit.text() == "KESET"
    assert services.product_types.count(ListQuery()) == 1

    dialog.name_edit.setText("Keset sabut kelapa")
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert names(tab) == ["Keset", "Keset sabut kelapa"]


def test_mould_with_cavities_abc_is_refused_at_cavities(
    qtbot: QtBot, page: SettingsPage, services: Services
) -> None:
    services.product_types.create(ProductTypeInput(name="Gantungan kunci"))
    tab = page.moulds_tab
    dialog = open_new(qtbot, tab)
    assert isinstance(dialog, RecordForm) and dialog.kind is services.moulds.kind
    qtbot.keyClicks(dialog.code_edit, "ctk-01")
    qtbot.keyClicks(dialog.name_edit, "Jembatan Ampera")
    type_combo, cavities_edit = dialog.combos["product_type_id"], dialog.edits["cavities"]
    assert cavities_edit.text() == "1"
    type_combo.setCurrentIndex(type_combo.findText("Gantungan kunci"))
    cavities_edit.clear()
    qtbot.keyClicks(cavities_edit, "abc")
    click_save(qtbot, dialog)
    assert dialog.error_text("cavities") == "Type a number, for example 15.000."
    assert dialog.error_text("code") == ""
    assert services.moulds.count(ListQuery()) == 0

    cavities_edit.setText("6")
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        click_save(qtbot, dialog)
    row = tab.rows()[0]
    assert (row.code, row.product_type, row.cavities, row.acquired_on) == (
        "CTK-01",
        "Gantungan kunci",
        6,
        None,
    )


def test_enter_on_a_row_opens_it_for_editing(qtbot: QtBot, page: SettingsPage, services: Services) -> None:
    member_id = services.members.create(MemberInput(name="IKM Karet Jaya"))
    services.makers.create(MakerInput(name="Rina", member_business_id=member_id))
    tab = page.makers_tab
    page.tabs.setCurrentWidget(tab)
    tab.reload()
    tab.table.setFocus()
    tab.select_id(tab.rows()[0].id)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert isinstance(dialog, RecordForm) and dialog.kind is services.makers.kind
    assert dialog.name_edit.text() == "Rina"
    member_combo = dialog.combos["member_business_id"]
    assert member_combo.currentText() == "IKM Karet Jaya"

    member_combo.setCurrentIndex(0)  # (none: works for the sentra)
    dialog.edits["phone"].setText("0812 3456")
    with qtbot.waitSignal(page.changed, timeout=5_000):
        click_save(qtbot, dialog)
    row = tab.rows()[0]
    assert (row.member_business, row.phone) == ("", "0812 3456")
    assert page.members_tab.rows()[0].makers == 0  # the other lists were refreshed


def test_a_second_edit_of_stale_data_is_refused(qtbot: QtBot, page: SettingsPage, services: Services) -> None:
    type_id = services.product_types.create(ProductTypeInput(name="Keset"))
    dialog = RecordForm(services.product_types, type_id, page)
    qtbot.addWidget(dialog)
    services.product_types.update(type_id, 1, ProductTypeInput(name="Keset sabut"))
    dialog.name_edit.setText("Keset karet")
    dialog.accept()
    assert "Someone else changed this record" in dialog.banner.text()
    assert services.product_types.get(type_id).name == "Keset sabut"


def test_deactivate_and_activate_again(qtbot: QtBot, page: SettingsPage, services: Services) -> None:
    services.members.create(MemberInput(name="IKM Karet Jaya"))
    tab = page.members_tab
    tab.reload()
    tab.table.selectRow(0)
    assert tab.active_button.text() == "&Deactivate"
    with qtbot.waitSignal(page.changed, timeout=5_000):
        qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert tab.rows()[0].active is False
    assert tab.model.data(tab.model.index(0, 5)) == "Inactive"  # after name, code, owner, phone, makers
    assert tab.active_button.text() == "&Activate"

    tab.show_inactive.setChecked(False)
    assert tab.rows() == []
    tab.show_inactive.setChecked(True)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert tab.rows()[0].active is True


def test_delete_unused_but_deactivate_what_has_history(
    qtbot: QtBot, page: SettingsPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    used = services.product_types.create(ProductTypeInput(name="Gantungan kunci"))
    services.product_types.create(ProductTypeInput(name="Salah ketik"))
    services.designs.create(DesignInput(code="GK-01", name="Ikan belida", product_type_id=used))
    tab = page.product_types_tab
    page.tabs.setCurrentWidget(tab)
    tab.reload()
    questions: list[str] = []

    def answer_yes(text: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(tab, "confirm", answer_yes)
    monkeypatch.setattr(tab, "show_problem", lambda exc: pytest.fail(f"unexpected message: {exc}"))

    tab.select_id(tab.rows()[1].id)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert names(tab) == ["Gantungan kunci"]

    tab.select_id(used)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(questions) == 3 and "Deactivate it instead?" in questions[2]
    assert services.product_types.count(ListQuery()) == 1
    assert services.product_types.get(used).active is False


def test_search_narrows_the_list(qtbot: QtBot, page: SettingsPage, services: Services) -> None:
    for name in ("Rina", "Dedi", "Wati"):
        services.makers.create(MakerInput(name=name))
    tab = page.makers_tab
    page.activated()
    assert names(tab) == ["Dedi", "Rina", "Wati"]
    qtbot.keyClicks(tab.search_box, "ti")
    assert names(tab) == ["Wati"]
    assert tab.count_label.text() == "1 record(s)"


def test_list_model_is_a_correct_qt_model(qtmodeltester, page: SettingsPage, services: Services) -> None:  # type: ignore[no-untyped-def]
    services.members.create(MemberInput(name="IKM Karet Jaya", owner="Pak Budi"))
    page.members_tab.reload()
    qtmodeltester.check(page.members_tab.model)


# --- operators and language ----------------------------------------------------------------


def test_rename_the_remembered_operator(
    qtbot: QtBot, page: SettingsPage, services: Services, app_settings: AppSettings
) -> None:
    services.operators.add("Budi")
    app_settings.set(OPERATOR, "Budi")
    tab = page.operators_tab
    tab.reload()
    assert not tab.delete_button.isVisible()
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, OperatorDialog)
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Budi Santoso")
    with qtbot.waitSignal(page.changed, timeout=5_000):
        click_save(qtbot, dialog)
    assert services.operators.names() == ["Budi Santoso"]
    assert app_settings.get(OPERATOR) == "Budi Santoso"


def test_add_an_operator(qtbot: QtBot, page: SettingsPage, services: Services) -> None:
    dialog = open_new(qtbot, page.operators_tab)
    qtbot.keyClicks(dialog.name_edit, "Siti")  # type: ignore[attr-defined]
    click_save(qtbot, dialog)
    assert services.operators.names() == ["Siti"]
    assert names(page.operators_tab) == ["Siti"]


def test_language_is_saved_for_the_next_start(
    qtbot: QtBot, page: SettingsPage, app_settings: AppSettings
) -> None:
    tab = page.language_tab
    assert tab.language() == "id"
    with qtbot.waitSignal(page.changed, timeout=5_000):
        tab.combo.setCurrentIndex(tab.combo.findData("en"))
    assert app_settings.get(LANGUAGE) == "en"
    assert "Restart" in tab.status_label.text()


def test_a_language_chosen_is_written_to_the_file_off_the_gui_thread(
    qtbot: QtBot, page: SettingsPage, app_settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writing the settings file waits for the disk (0.5 s on a busy PC): a worker thread does it."""
    from sentra_desktop.ui import settings as settings_module

    quiet = settings_module._QuietSettings
    synced_on: list[tuple[bool, bool]] = []  # (on the GUI thread, the GUI's own file)
    original = quiet.sync

    def spy(self: QSettings) -> None:
        own = Path(self.fileName()) == app_settings.path
        synced_on.append((threading.current_thread() is threading.main_thread(), own))
        original(self)

    monkeypatch.setattr(quiet, "sync", spy)
    tab = page.language_tab
    tab.combo.setCurrentIndex(tab.combo.findData("en"))
    assert app_settings.get(LANGUAGE) == "en"  # read back at once
    qtbot.waitUntil(lambda: app_settings.writes == 1)
    qtbot.wait(50)  # the event loop turns: Qt's own write from it is off
    # Off the GUI thread, and through a copy: Qt locks a file's one store while it is written, so
    # a worker syncing the GUI's own file would make the GUI's next read of a setting wait for it.
    assert synced_on == [(False, False)]
    assert "language=en" in app_settings.path.read_text()
    assert [p.name for p in app_settings.path.parent.iterdir() if p.name.startswith(".settings")] == []
    assert AppSettings(app_settings.path).language == "en"  # what the next start reads


def test_sorting_by_a_header_keeps_the_selection(page: SettingsPage, services: Services) -> None:
    for code, cavities in (("A-1", "8"), ("B-1", "2"), ("C-1", "4")):
        services.moulds.create(MouldInput(code=code, name=f"Cetakan {code}", cavities=cavities))
    tab = page.moulds_tab
    tab.reload()
    tab.select_id(tab.rows()[0].id)
    tab.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
    assert [row.code for row in tab.rows()] == ["A-1", "C-1", "B-1"]
    assert tab.selected_row() is not None and tab.selected_row().code == "A-1"


def test_each_list_and_form_follows_its_declaration(page: SettingsPage) -> None:
    titles = [page.tabs.tabText(i) for i in range(1, 6)]
    assert titles == ["Member businesses (IKM)", "Makers", "Product types", "Moulds", "Users"]
    for tab in page.list_tabs():
        kind = tab.service.kind
        header = [tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.model.columnCount())]
        assert header == [column.title for column in kind.columns]
        assert tab.delete_button.isVisibleTo(tab) == kind.deletable
        tab.new_record()
        dialog = tab.dialog
        assert isinstance(dialog, RecordForm) and dialog.windowTitle() == kind.new_title
        extra = ["design_ids"] if tab is page.moulds_tab else []  # the designs a mould casts
        assert list(dialog.fields.widgets) == [spec.name for spec in kind.fields] + extra
        assert dialog.active_box.isChecked()
        dialog.discard_changes = lambda: True  # type: ignore[method-assign]
        dialog.reject()


def test_tabs_are_built_when_first_shown(qtbot: QtBot, services: Services, app_settings: AppSettings) -> None:
    """Only the shown tab is built with the page; another is built (and reads its list) when clicked."""
    services.product_types.create(ProductTypeInput(name="Keset"))
    page = SettingsPage(services, app_settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.findChildren(RecordListTab) == []
    assert page.tabs.count() == 11 and page.tabs.tabText(3) == "Product types"
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    shown = page.tabs.currentWidget()
    assert isinstance(shown, RecordListTab) and shown is page.product_types_tab
    assert shown.isVisible() and names(shown) == ["Keset"]
    assert page.findChildren(RecordListTab) == [shown]
    assert page.tabs.tabText(3) == "Product types"  # the built tab keeps its place and title
