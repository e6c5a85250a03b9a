"""Agencies, programmes and moulds travel through the Impor/Ekspor tab like every other kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sentra_desktop.db.models import Agency, Mould
from sentra_desktop.services.container import Services
from sentra_desktop.ui.pages.settings import SettingsPage
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


def test_the_wizard_imports_agencies_then_refuses_a_bad_mould_file(
    qtbot: QtBot, page: SettingsPage, services: Services, tmp_path: Path
) -> None:
    tab = page.transfer_tab
    assert {"agencies", "programmes", "moulds"} <= set(tab.export_buttons)
    dialog = tab.open_import()
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("agencies"))
    assert dialog.kind_combo.currentText() == "Agencies"
    agencies = tmp_path / "instansi.csv"
    agencies.write_text("Nama;Nama singkat;Jenis\nDinas Perindustrian;Disperin;ministry\n", encoding="utf-8")
    dialog.set_file(agencies)
    with qtbot.waitSignal(page.changed, timeout=10_000):
        dialog.import_button.click()
    assert "1 new" in dialog.status_label.text()
    with services.db.reading() as session:
        assert session.scalars(select(Agency.short_name)).all() == ["Disperin"]

    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("moulds"))
    moulds = tmp_path / "cetakan.csv"
    moulds.write_text(
        "Kode;Nama;Jumlah rongga;Desain\nCTK-07;Ampera;6;\nCTK-08;Nol;0;GK-99\n", encoding="utf-8"
    )
    dialog.set_file(moulds)
    dialog.start_import()
    qtbot.waitUntil(
        lambda: dialog.import_result is not None and dialog.import_result.kind == "moulds", timeout=10_000
    )
    table = dialog.problems_table
    rows = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    assert rows == {("3", "Jumlah rongga"), ("3", "Desain")}
    assert "Nothing was imported" in dialog.status_label.text()
    with services.db.reading() as session:
        assert session.scalars(select(Mould.code)).all() == ["CTK-01"]
