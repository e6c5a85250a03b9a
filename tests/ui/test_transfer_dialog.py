"""The Impor/Ekspor tab and the import wizard, driven through their real widgets (never modal)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from sentra_desktop.db.models import DesignVariant
from sentra_desktop.services.container import Services
from sentra_desktop.ui.pages.settings import SettingsPage
from sentra_desktop.ui.pages.settings.transfer_dialog import TransferDialog
from sentra_desktop.ui.settings import AppSettings


@pytest.fixture
def page(
    qtbot: QtBot, services: Services, app_settings: AppSettings, catalogue_basics: dict[str, int]
) -> SettingsPage:
    widget = SettingsPage(services, app_settings)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.tabs.setCurrentWidget(widget.transfer_tab)
    qtbot.waitExposed(widget)
    return widget


def designs(services: Services) -> int:
    with services.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(DesignVariant)) or 0)


def open_wizard(qtbot: QtBot, page: SettingsPage) -> TransferDialog:
    dialog = page.transfer_tab.open_import()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert not dialog.isModal()
    return dialog


def test_preview_and_automatic_mapping(qtbot: QtBot, page: SettingsPage, tmp_path: Path) -> None:
    path = tmp_path / "desain.csv"
    path.write_text(
        "\ufeffkode;NAMA;Jenis Produk;Harga jual\nGK-01;Ampera;Gantungan kunci;15.000\n"
        "GK-02;Musi;Keset;1.500\n",
        encoding="utf-8",
    )
    dialog = open_wizard(qtbot, page)
    dialog.set_file(path)
    assert dialog.preview_table.rowCount() == 2 and dialog.preview_table.columnCount() == 4
    assert dialog.preview_table.item(1, 3).text() == "1.500"
    assert "2 of 2" in dialog.preview_label.text()
    mapping = dialog.mapping()
    assert (mapping["code"], mapping["name"], mapping["product_type"], mapping["price"]) == (0, 1, 2, None)
    assert dialog.mapping_combos["price"].currentText() == "(not in the file)"
    dialog.mapping_combos["price"].setCurrentIndex(dialog.mapping_combos["price"].findText("Harga jual"))
    assert dialog.mapping()["price"] == 3
    assert dialog.import_button.isEnabled()


def test_import_runs_off_the_gui_thread_and_reports(
    qtbot: QtBot, page: SettingsPage, services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "desain.csv"
    path.write_text(
        "Kode;Nama;Jenis produk\nGK-01;Ampera;Gantungan kunci\nGK-02;Musi;Keset\n", encoding="utf-8"
    )
    dialog = open_wizard(qtbot, page)
    dialog.set_file(path)
    with qtbot.waitSignal(page.changed, timeout=10_000):
        dialog.import_button.click()
    assert "2 new" in dialog.status_label.text()
    assert designs(services) == 2 and dialog.problems_table.isHidden()


def test_bad_rows_are_all_listed_and_nothing_is_written(
    qtbot: QtBot, page: SettingsPage, services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "desain.csv"
    path.write_text(
        "Kode,Nama,Jenis produk,Harga\nGK-01,Ampera,Gantungan kunci,15.000\n"
        'GK 02,,Sepatu,"1,5"\nGK-03,Musi,Keset,100\n',
        encoding="utf-8",
    )
    dialog = open_wizard(qtbot, page)
    dialog.set_file(path)
    operation = dialog.start_import()
    assert operation is not None
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=10_000)
    table = dialog.problems_table
    assert table.isVisible() and table.rowCount() == 2
    rows = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    assert {("3", "Nama"), ("3", "Harga")} <= rows
    assert "Nothing was imported" in dialog.status_label.text()
    assert designs(services) == 0


def test_unreadable_file_is_said_plainly(qtbot: QtBot, page: SettingsPage, tmp_path: Path) -> None:
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(b"not a workbook")
    dialog = open_wizard(qtbot, page)
    dialog.set_file(path)
    assert "not an Excel" in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_buttons_write_a_file_that_imports_back(
    qtbot: QtBot, page: SettingsPage, services: Services, tmp_path: Path, suffix: str
) -> None:
    source = tmp_path / "in.csv"
    source.write_text("Kode;Nama;Jenis produk;Catatan\nGK-01;Ampera;Gantungan kunci;=1+1\n", encoding="utf-8")
    assert services.transfer.import_file("designs", source).written
    out = tmp_path / f"desain.{suffix}"
    tab = page.transfer_tab
    operation = tab.export_to("designs", out)
    qtbot.waitUntil(lambda: not operation.running, timeout=10_000)
    assert "1 rows written" in tab.status_label.text() and out.exists()
    again = services.transfer.import_file("designs", out)
    assert (again.unchanged, again.created, again.problems) == (1, 0, ())
