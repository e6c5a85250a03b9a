"""The Desain area driven through its real widgets: create, edit, find, and refuse bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sentra_desktop.core.enums import DesignStatus
from sentra_desktop.services.catalogue_setup import MouldInput
from sentra_desktop.services.container import Services
from sentra_desktop.services.designs import DesignInput
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.ui.pages.design_form import DesignForm
from sentra_desktop.ui.pages.designs import DesignsPage
from sentra_desktop.ui.pages.mould_picker import MOULD_MATCHES


@pytest.fixture
def page(qtbot: QtBot, services: Services, catalogue_basics: dict[str, int]) -> DesignsPage:
    widget = DesignsPage(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill(qtbot: QtBot, form: DesignForm, code: str, name: str, price: str) -> None:
    """Type like an operator: ASCII through real key events."""
    form.code.clear()
    qtbot.keyClicks(form.code, code)
    form.name.clear()
    qtbot.keyClicks(form.name, name)
    form.product_type.setCurrentIndex(form.product_type.findText("Gantungan kunci"))
    form.price.clear()
    qtbot.keyClicks(form.price, price)


def save_and_wait(qtbot: QtBot, form: DesignForm) -> None:
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)


def codes(page: DesignsPage) -> list[str]:
    return [page.model.row_at(i).code for i in range(page.model.rowCount())]  # type: ignore[union-attr]


def test_create_through_the_form_and_see_it_listed(
    qtbot: QtBot, page: DesignsPage, services: Services, tmp_path: Path
) -> None:
    assert page.model.rowCount() == 0
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form is not None and form.isVisible()
    fill(qtbot, form, "GK-AMP-01", "Gantungan Kunci Ampera", "15000")
    picture = tmp_path / "foto.png"
    Image.new("RGB", (1000, 800), "darkred").save(picture)
    form.photo.set_file(picture)
    save_and_wait(qtbot, form)
    assert codes(page) == ["GK-AMP-01"]
    row = page.selected_row()
    assert row is not None and row.code == "GK-AMP-01" and row.price == 15000
    assert page.model.data(page.model.index(0, 7)) == "Rp 15.000"
    assert not page.model.data(page.model.index(0, 0), Qt.ItemDataRole.DecorationRole).isNull()
    assert "1" in page.count_label.text()


def test_enter_saves_from_the_keyboard(qtbot: QtBot, page: DesignsPage, services: Services) -> None:
    form = page.new_design()
    fill(qtbot, form, "GK-02", "Gantungan Kunci Songket", "9.000")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.keyClick(form.price, Qt.Key.Key_Return)
    assert services.designs.count(ListQuery()) == 1


def test_edit_changes_the_listed_row(
    qtbot: QtBot, page: DesignsPage, services: Services, catalogue_basics: dict[str, int]
) -> None:
    services.designs.create(
        DesignInput(code="GK-03", name="Lama", product_type_id=catalogue_basics["keychain"])
    )
    page.reload()
    page.table.selectRow(0)
    form = page.edit_selected()
    assert form is not None and form.code.text() == "GK-03"
    form.name.clear()
    qtbot.keyClicks(form.name, "Gantungan Kunci Baru")
    form.mould.set_checked(catalogue_basics["mould"])
    save_and_wait(qtbot, form)
    assert page.selected_row().name == "Gantungan Kunci Baru"  # type: ignore[union-attr]
    assert page.selected_row().mould == "CTK-01"  # type: ignore[union-attr]


def test_moulds_are_added_by_search_and_unticked_to_unlink(
    qtbot: QtBot, page: DesignsPage, services: Services, catalogue_basics: dict[str, int]
) -> None:
    """The form reads no mould list; the design's moulds are added from a search drop-down."""
    for number in range(MOULD_MATCHES + 5):
        services.moulds.create(MouldInput(f"CTK-9{number:02}", f"Cetakan Bunga {number}"))
    wanted = services.moulds.create(MouldInput("CTK-RUSA", "Cetakan Rusa Bunga"))
    form = page.new_design()
    fill(qtbot, form, "GK-RUSA", "Gantungan Kunci Rusa", "9.000")
    assert form.mould.list.count() == 0
    form.mould.setFocus()
    qtbot.keyClicks(form.mould.search, "bunga")
    popup = form.mould.search.completer().popup()
    assert popup.isVisible() and popup.model().rowCount() == MOULD_MATCHES
    qtbot.keyClicks(form.mould.search, " rusa")  # every word in the code or the name
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.mould.search.text() == "", timeout=3000)  # ready for the next one
    assert form.mould.list.item(0).text() == "CTK-RUSA — Cetakan Rusa Bunga"
    form.mould.set_checked(catalogue_basics["mould"])
    assert form.mould.ids() == (wanted, catalogue_basics["mould"])
    save_and_wait(qtbot, form)
    design_id = page.selected_row().id  # type: ignore[union-attr]
    assert set(services.designs.get(design_id).mould_ids) == {wanted, catalogue_basics["mould"]}

    form = page.edit_selected()
    assert form is not None and form.mould.list.count() == 2
    item = form.mould.list.findItems("CTK-RUSA", Qt.MatchFlag.MatchStartsWith)[0]
    form.mould.list.setCurrentItem(item)
    form.mould.list.setFocus()
    qtbot.keyClick(form.mould.list, Qt.Key.Key_Space)  # untick from the keyboard: unlinked on save
    assert item.checkState() == Qt.CheckState.Unchecked
    save_and_wait(qtbot, form)
    assert services.designs.get(design_id).mould_ids == (catalogue_basics["mould"],)


@pytest.mark.parametrize(
    ("field", "setup", "expected"),
    [
        ("name", lambda f: f.name.clear(), "must be filled in"),
        ("price", lambda f: f.price.setText("-5.000"), "negative"),
        ("price", lambda f: f.price.setText("lima ribu"), "Type a number"),
        ("price", lambda f: f.price.setText("15.000,50"), "whole number"),
        ("cost", lambda f: f.cost.setText("1.5"), "whole number"),
        ("name", lambda f: f.name.setText("x" * 140), "at most 120"),
        ("code", lambda f: f.code.setText("GK-DUP"), "already used"),
        ("code", lambda f: f.code.setText("GK 01"), "no spaces"),
    ],
)
def test_bad_input_shows_at_the_field_and_saves_nothing(
    qtbot: QtBot,
    page: DesignsPage,
    services: Services,
    catalogue_basics: dict[str, int],
    field: str,
    setup,
    expected: str,
) -> None:
    page.services.designs.create(
        DesignInput(code="GK-DUP", name="Ada", product_type_id=catalogue_basics["keychain"])
    )
    form = page.new_design()
    fill(qtbot, form, "GK-NEW", "Desain baru", "15000")
    setup(form)
    typed = (form.code.text(), form.name.text(), form.price.text())
    form.submit()
    qtbot.waitUntil(lambda: form.fields.error_text(field) != "", timeout=10_000)
    assert expected in form.fields.error_text(field)
    assert form.isVisible()
    assert (form.code.text(), form.name.text(), form.price.text()) == typed
    assert services.designs.count(ListQuery()) == 1


def test_photo_that_is_not_an_image(
    qtbot: QtBot, page: DesignsPage, services: Services, tmp_path: Path
) -> None:
    form = page.new_design()
    fill(qtbot, form, "GK-09", "Desain", "1000")
    fake = tmp_path / "foto.jpg"
    fake.write_text("bukan gambar")
    form.photo.set_file(fake)
    form.submit()
    qtbot.waitUntil(lambda: form.fields.error_text("photo") != "", timeout=10_000)
    assert "not a picture" in form.fields.error_text("photo")
    assert services.designs.count(ListQuery()) == 0


def test_search_and_sort_go_through_sql(
    qtbot: QtBot, page: DesignsPage, services: Services, catalogue_basics: dict[str, int]
) -> None:
    for code, name, price in [("A-1", "Ampera", 5000), ("B-1", "Songket", 9000), ("C-1", "Pot sabut", 30000)]:
        services.designs.create(
            DesignInput(code=code, name=name, product_type_id=catalogue_basics["keychain"], price=price)
        )
    page.reload()
    assert codes(page) == ["A-1", "B-1", "C-1"]
    qtbot.keyClicks(page.search, "songket")
    qtbot.waitUntil(lambda: codes(page) == ["B-1"], timeout=3000)
    page.search.clear()
    qtbot.waitUntil(lambda: len(codes(page)) == 3, timeout=3000)
    page.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)
    assert codes(page) == ["C-1", "B-1", "A-1"]


def test_delete_refused_for_history_offers_retire(
    qtbot: QtBot, page: DesignsPage, services: Services, catalogue_basics: dict[str, int], db
) -> None:
    from datetime import date

    from sentra_desktop.core.enums import MovementKind
    from sentra_desktop.db.models import StockMovement

    design_id = services.designs.create(
        DesignInput(code="H-1", name="Punya riwayat", product_type_id=catalogue_basics["keychain"])
    )
    with db.transaction() as session:
        session.add(
            StockMovement(
                moved_on=date(2026, 1, 5), kind=MovementKind.PRODUCTION_IN, design_id=design_id, quantity=3
            )
        )
    page.reload()
    page.table.selectRow(0)
    questions: list[str] = []
    page.confirm = lambda title, text: questions.append(text) or True
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "cannot be deleted" in questions[0]
    assert services.designs.get(design_id).status == DesignStatus.RETIRED
    assert page.model.rowCount() == 1


def test_model_is_a_correct_qt_model(
    qtmodeltester, page: DesignsPage, services: Services, catalogue_basics
) -> None:
    for i in range(5):
        services.designs.create(
            DesignInput(code=f"M-{i}", name=f"Desain {i}", product_type_id=catalogue_basics["mat"])
        )
    page.reload()
    qtmodeltester.check(page.model)


def test_pages_are_loaded_lazily(services: Services, catalogue_basics: dict[str, int], qtbot: QtBot) -> None:
    for i in range(450):
        services.designs.create(
            DesignInput(code=f"P-{i:03}", name="x", product_type_id=catalogue_basics["mat"])
        )
    widget = DesignsPage(services)
    qtbot.addWidget(widget)
    model = widget.model
    assert model.rowCount() == 450
    assert model.pages_fetched == 0
    assert model.data(model.index(449, 1)) == "P-449"
    assert model.pages_fetched == 1  # only the last page, not everything before it
