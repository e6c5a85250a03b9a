"""The recipe editor: lines of material and quantity per piece, saved through the real dialog,
refused lines shown at the line, and the next production entry using what was saved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sentra_desktop.core.enums import MaterialUnit, MovementKind, StockItemKind
from sentra_desktop.services.container import Services
from sentra_desktop.services.designs import DesignInput
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.materials import MaterialInput
from sentra_desktop.services.members import MakerInput
from sentra_desktop.services.production import ProductionInput
from sentra_desktop.ui.pages.designs import DesignsPage
from sentra_desktop.ui.pages.recipe_dialog import RecipeDialog


@pytest.fixture
def ids(services: Services, catalogue_basics: dict[str, int]) -> dict[str, int]:
    """A design without a recipe, a maker, and three materials (one no longer in use)."""
    design = services.designs.create(DesignInput("GK-01", "Gantungan Ampera", catalogue_basics["keychain"]))
    materials = services.materials
    ltx = materials.create(MaterialInput("LTX", "Lateks karet", MaterialUnit.LITRE))
    rng = materials.create(MaterialInput("RNG", "Ring gantungan", MaterialUnit.PIECE))
    old = materials.create(MaterialInput("OLD", "Pigmen lama", MaterialUnit.KG))
    materials.deactivate(old)
    maker = services.makers.create(MakerInput("Siti Aminah"))
    return {"design": design, "ltx": ltx, "rng": rng, "old": old, "maker": maker}


def make_dialog(qtbot: QtBot, services: Services, design_id: int) -> RecipeDialog:
    """A recipe dialog that never blocks on the "discard changes?" box when the test closes it."""
    widget = RecipeDialog(services, design_id)
    widget.discard_changes = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, ids: dict[str, int]) -> RecipeDialog:
    widget = make_dialog(qtbot, services, ids["design"])
    widget.open()
    qtbot.waitExposed(widget)
    return widget


def save(qtbot: QtBot, dialog: RecipeDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_recipe_saved_through_the_dialog_is_used_by_the_next_entry(
    qtbot: QtBot, services: Services, ids: dict[str, int], dialog: RecipeDialog
) -> None:
    assert len(dialog.lines) == 1 and dialog.lines[0].is_blank()
    assert dialog.windowTitle().endswith("GK-01")
    first = dialog.lines[0]
    first.material.select(ids["ltx"])
    assert first.unit.text() == "litre per piece"
    qtbot.keyClicks(first.quantity, "0,015")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    second = dialog.lines[1]
    assert second.material.hasFocus()
    second.material.select(ids["rng"])
    qtbot.keyClicks(second.quantity, "1")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(second.quantity, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    recipe = services.materials.recipe(ids["design"])
    assert [(item.code, item.quantity_per_piece) for item in recipe] == [
        ("LTX", Decimal("0.015")),
        ("RNG", Decimal("1")),
    ]

    services.production.create(ProductionInput(date.today(), ids["design"], ids["maker"], 20, 2))
    on_hand = services.stock.on_hand
    assert on_hand(StockItemKind.MATERIAL, ids["ltx"]) == Decimal("-0.33")
    assert on_hand(StockItemKind.MATERIAL, ids["rng"]) == Decimal("-22")
    uses = services.stock.ledger_page(ListQuery(filters={"kind": MovementKind.PRODUCTION_USE}), 0, 10)
    assert {(row.item_code, row.quantity) for row in uses} == {
        ("LTX", Decimal("-0.330")),
        ("RNG", Decimal("-22.000")),
    }


def test_bad_lines_are_shown_at_the_line_and_nothing_is_saved(
    qtbot: QtBot, services: Services, ids: dict[str, int], dialog: RecipeDialog
) -> None:
    first = dialog.lines[0]
    first.material.select(ids["ltx"])
    qtbot.keyClicks(first.quantity, "0,015")
    second = dialog.add_line(ids["ltx"], "abc")  # the same material twice, and not a number
    third = dialog.add_line(ids["rng"], "")
    qtbot.keyClicks(third.quantity, "1.5")  # a dot is ambiguous
    fourth = dialog.add_line(None, "2")  # no material
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert first.error_text() == ""
    assert "already in the recipe" in second.error_text()
    assert "Type a number" in second.error_text()
    assert "type 1,5" in third.error_text()
    assert "must be filled in" in fourth.error_text()
    assert second.material.hasFocus()
    assert second.quantity.text() == "abc" and third.quantity.text() == "1.5"
    assert services.materials.recipe(ids["design"]) == []


def test_blank_lines_are_skipped_and_row_numbers_still_match(
    qtbot: QtBot, services: Services, ids: dict[str, int], dialog: RecipeDialog
) -> None:
    dialog.add_line(ids["rng"], "0")  # the blank first line is not sent; this one is row 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.lines[0].error_text() == ""
    assert "more than zero" in dialog.lines[1].error_text()


def test_existing_recipe_is_shown_and_a_removed_line_is_dropped(
    qtbot: QtBot, services: Services, ids: dict[str, int]
) -> None:
    services.materials.set_recipe(ids["design"], [(ids["ltx"], "0,015"), (ids["rng"], "1")])
    dialog = make_dialog(qtbot, services, ids["design"])
    dialog.open()
    assert [(line.material_id(), line.quantity.text()) for line in dialog.lines] == [
        (ids["ltx"], "0,015"),
        (ids["rng"], "1"),
    ]
    qtbot.mouseClick(dialog.lines[0].remove, Qt.MouseButton.LeftButton)
    assert len(dialog.lines) == 1
    save(qtbot, dialog)
    assert [item.code for item in services.materials.recipe(ids["design"])] == ["RNG"]


def test_inactive_material_is_offered_only_where_it_already_is(
    qtbot: QtBot, services: Services, ids: dict[str, int], dialog: RecipeDialog
) -> None:
    assert dialog.lines[0].material.findData(ids["old"]) < 0
    services.materials.activate(ids["old"])
    services.materials.set_recipe(ids["design"], [(ids["old"], "0,002")])
    services.materials.deactivate(ids["old"])
    again = make_dialog(qtbot, services, ids["design"])
    assert again.lines[0].material_id() == ids["old"]
    assert again.lines[0].unit.text() == "kg per piece"
    again.lines[0].quantity.setText("0,003")
    again.open()
    save(qtbot, again)
    assert services.materials.recipe(ids["design"])[0].quantity_per_piece == Decimal("0.003")


def test_escape_asks_before_throwing_changes_away(
    qtbot: QtBot, services: Services, ids: dict[str, int], dialog: RecipeDialog
) -> None:
    questions: list[bool] = []
    dialog.discard_changes = lambda: questions.append(True) or False  # type: ignore[method-assign]
    qtbot.keyClick(dialog.lines[0].quantity, Qt.Key.Key_Escape)
    assert not questions and not dialog.isVisible()  # nothing typed: closes without asking

    dialog.open()
    dialog.lines[0].material.select(ids["ltx"])
    dialog.lines[0].quantity.setText("0,5")
    qtbot.keyClick(dialog.lines[0].quantity, Qt.Key.Key_Escape)
    assert questions and dialog.isVisible()  # "keep editing"
    dialog.discard_changes = lambda: True  # type: ignore[method-assign]
    qtbot.keyClick(dialog.lines[0].quantity, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert services.materials.recipe(ids["design"]) == []


def test_designs_page_opens_the_recipe_of_the_selected_design(
    qtbot: QtBot, services: Services, ids: dict[str, int]
) -> None:
    page = DesignsPage(services)
    qtbot.addWidget(page)
    page.show()
    assert not page.recipe_button.isEnabled()
    assert page.select_design(ids["design"])
    assert page.recipe_button.isEnabled()
    qtbot.mouseClick(page.recipe_button, Qt.MouseButton.LeftButton)
    dialog = page.recipe_dialog
    assert isinstance(dialog, RecipeDialog) and dialog.isVisible()
    assert dialog.design_id == ids["design"]
    dialog.lines[0].material.select(ids["rng"])
    qtbot.keyClicks(dialog.lines[0].quantity, "1")
    save(qtbot, dialog)
    assert [item.code for item in services.materials.recipe(ids["design"])] == ["RNG"]
