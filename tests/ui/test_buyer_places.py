"""The buyer form: the regency/city chosen keyboard-first from the official list fills the province."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sentra_desktop.services.buyers import BuyerInput
from sentra_desktop.services.container import Services
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.ui.pages.buyers.form import BuyerForm
from sentra_desktop.ui.pages.buyers.page import BuyersPage


def test_typing_completes_and_choosing_fills_the_province(qtbot: QtBot, services: Services) -> None:
    form = BuyerForm(services)
    form.discard_changes = lambda: True  # type: ignore[method-assign]  # closed at the end unsaved
    qtbot.add_widget(form)
    form.show()
    form.name.setText("Toko Baru")
    qtbot.keyClicks(form.city, "ogan il")
    completer = form.city.completer()
    completer.setCompletionPrefix("ogan il")
    matches = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
    assert matches == ["Kabupaten Ogan Ilir, Sumatera Selatan"]
    completer.setCompletionPrefix("komering")  # any part of the name, not only its start
    assert completer.completionCount() == 4  # Ogan Komering Ilir, Ulu, Ulu Timur and Ulu Selatan
    completer.activated.emit("Kabupaten Ogan Ilir, Sumatera Selatan")
    qtbot.wait_until(lambda: form.city.text() == "Kabupaten Ogan Ilir")
    assert form.province.text() == "Sumatera Selatan" and "16.10" in form.market.text()
    assert form.collect().regency_code == "16.10"

    # Typing again forgets the choice: the typed text is matched instead, or said to be unknown.
    form.city.clear()
    qtbot.keyClicks(form.city, "Plg")
    assert form.collect().regency_code == "" and "16.71" in form.market.text()
    form.city.clear()
    qtbot.keyClicks(form.city, "Kampung Baru")
    assert "Not in the list" in form.market.text()


def test_buyers_without_a_regency_are_listed_with_a_banner(qtbot: QtBot, services: Services) -> None:
    services.buyers.create(BuyerInput(name="Toko Kota", city="Palembang"))
    services.buyers.create(BuyerInput(name="Toko Entah", city="Kampung Baru"))
    page = BuyersPage(services)
    qtbot.add_widget(page)
    page.show()
    assert page.unplaced.isVisibleTo(page) and page.unplaced.text().startswith("1 ")
    page.no_regency.setChecked(True)
    assert page.model.rowCount() == 1 and page.model.row_at(0).name == "Toko Entah"  # type: ignore[union-attr]
    page.no_regency.setChecked(False)
    assert page.model.rowCount() == 2
    assert services.buyers.count(ListQuery().with_filter("no_regency", True)) == 1
