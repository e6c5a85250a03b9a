"""Saving a name with an emoji no sheet font has says so on screen; the save itself goes through."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from sentra_desktop.services.container import Services
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.ui.pages.buyers.form import BuyerForm


@pytest.mark.parametrize(
    ("name", "noted"),
    [("Toko Senang 🥹", "🥹"), ("Toko Senang 🎉", None), ("Toko Senang", None)],
    ids=["no-font-has-it", "symbols-font", "plain"],
)
def test_a_saved_name_that_prints_as_a_box_is_noted(
    qtbot: QtBot, services: Services, name: str, noted: str | None
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    form = BuyerForm(services, parent=parent)
    form.name.setText(name)
    form.phone.setText("0812 7310 4471")
    form.show()
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.submit()
    boxes = [box for box in parent.findChildren(QMessageBox) if box.objectName() == "unprintable_note"]
    if noted is None:
        assert boxes == []
    else:
        assert len(boxes) == 1 and boxes[0].isVisible() and noted in boxes[0].text()
        boxes[0].accept()
    assert [row.name for row in services.buyers.page(ListQuery(), 0, 10)] == [name]
