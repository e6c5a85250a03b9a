"""The Bantuan page through its real widgets: an overlapping mould set warns at the reason field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from sentra_desktop.core.enums import AidStatus, AssistanceKind, Condition
from sentra_desktop.services.aid import AgencyInput, AssistanceInput, ProgrammeInput
from sentra_desktop.services.container import Services
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.ui.pages.aid.lists import AidForm
from sentra_desktop.ui.pages.aid.page import AidPage

RECEIVED = date.today() - timedelta(days=200)


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> AidPage:
    widget = AidPage(services)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def programmes(services: Services) -> dict[str, int]:
    """Balitbangnovda gave a set of keychain moulds to the sentra; Disperin has a programme too."""
    balit = services.agencies.create(AgencyInput(name="Balitbangnovda Sumsel", short_name="Balitbangnovda"))
    disperin = services.agencies.create(AgencyInput(name="Dinas Perindustrian", short_name="Disperin"))
    year = str(RECEIVED.year)
    sida = services.programmes.create(ProgrammeInput(name="Penguatan SIDa", agency_id=balit, year=year))
    ikm = services.programmes.create(ProgrammeInput(name="Peralatan IKM", agency_id=disperin, year=year))
    services.assistance.create(
        AssistanceInput(
            sida,
            RECEIVED,
            AssistanceKind.MOULD,
            "Cetakan gantungan kunci (set A)",
            value="7.500.000",
            condition=Condition.GOOD,
        )
    )
    return {"sida": sida, "ikm": ikm}


def click_save(qtbot: QtBot, dialog: AidForm) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_an_overlapping_mould_set_is_warned_and_saved_with_a_reason(
    qtbot: QtBot, page: AidPage, services: Services, programmes: dict[str, int]
) -> None:
    tab = page.aid_tab
    tab.reload()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    form = tab.dialog
    assert isinstance(form, AidForm)
    qtbot.waitExposed(form)
    programme = form.combos["programme_id"]
    programme.setCurrentIndex(programme.findData(programmes["ikm"]))
    form.dates["received_on"].set_value(RECEIVED + timedelta(days=90))
    kind = form.combos["kind"]
    assert kind.currentText() == "Mould"  # a display name (tests run in English), not the stored "mould"
    qtbot.keyClicks(form.edits["description"], "Cetakan gantungan kunci (set B)")
    form.edits["value"].clear()
    qtbot.keyClicks(form.edits["value"], "6.000.000")
    click_save(qtbot, form)

    assert form.isVisible()  # refused: nothing saved, the warning names the earlier set
    warning = form.overlap_warning()
    assert "Cetakan gantungan kunci (set A)" in warning and "Balitbangnovda" in warning
    assert "Rp 7.500.000" in warning
    assert services.assistance.count(ListQuery()) == 1

    qtbot.keyClicks(form.texts["overlap_reason"], "Set A hanya untuk desain Porprov")
    click_save(qtbot, form)
    assert not form.isVisible()
    assert services.assistance.count(ListQuery()) == 2
    assert [row.description for row in tab.rows()][-1] == "Cetakan gantungan kunci (set B)"

    page.tabs.setCurrentWidget(page.overlaps_tab)
    qtbot.waitUntil(lambda: page.overlaps_tab.model.rowCount() == 1, timeout=5000)
    model = page.overlaps_tab.model
    assert model.index(0, 2).data() == "Cetakan gantungan kunci (set A)"
    assert model.index(0, 7).data() == "Disperin"
    assert page.overlaps_tab.count_label.text() == "Overlaps: 1"


def test_an_aid_item_is_marked_not_deleted(
    qtbot: QtBot, page: AidPage, services: Services, programmes: dict[str, int]
) -> None:
    tab = page.aid_tab
    tab.reload()
    assert not tab.delete_button.isVisibleTo(tab) and not tab.active_button.isVisibleTo(tab)
    tab.table.selectRow(0)
    tab.edit_selected()
    form = tab.dialog
    assert isinstance(form, AidForm)
    status = form.combos["status"]
    status.setCurrentIndex(status.findData(AidStatus.WRITTEN_OFF.value))
    click_save(qtbot, form)
    assert form.isVisible() and form.error_text("status_reason")
    qtbot.keyClicks(form.texts["status_reason"], "Hilang saat banjir")
    click_save(qtbot, form)
    assert not form.isVisible()
    assert [(r.status, r.active) for r in tab.rows()] == [(AidStatus.WRITTEN_OFF, False)]
