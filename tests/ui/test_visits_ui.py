"""Mentoring visits on the Kinerja page: overdue recommendations, value added, the visit log's
forms (a visit without a mentor is refused at the field) and the material's category."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from sentra_desktop.core.actor import Actor
from sentra_desktop.core.enums import MaterialUnit
from sentra_desktop.core.performance import PeriodKind
from sentra_desktop.core.value_added_rows import value_added_rows
from sentra_desktop.services.container import Services
from sentra_desktop.services.materials import MaterialInput
from sentra_desktop.services.users import enforce_roles
from sentra_desktop.ui.pages.performance import PerformancePage
from sentra_desktop.ui.pages.settings.dialogs import RecordForm
from sentra_desktop.ui.pages.stock.materials import MaterialDialog
from sentra_desktop.ui.pages.visits import VisitsDialog
from tests.reports.test_performance_visits import with_visits_and_recipe


def _cells(table: object) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[attr-defined]
        for r in range(table.rowCount())  # type: ignore[attr-defined]
    ]


def test_page_shows_overdue_recommendations_and_value_added(qtbot: QtBot, services: Services) -> None:
    with_visits_and_recipe(services.db)
    page = PerformancePage(services)
    qtbot.add_widget(page)
    page.show()
    qtbot.wait_until(lambda: page.data is not None, timeout=10000)
    with qtbot.wait_signal(page.loaded, timeout=10000):
        page.set_period(PeriodKind.MONTH, date(2026, 11, 1))
    data = page.data
    assert data is not None
    assert _cells(page.value_added.table) == value_added_rows(
        data.current.value_added, data.previous.value_added
    )
    assert _cells(page.value_added.table)[3][1:] == ["7,4 kg", "0,3 kg", "+2114,3 %"]  # October: 7 pieces
    # Today is past 20/11/2026: the recommendation in progress is overdue, the done one is not.
    assert page.overdue.isVisibleTo(page)
    assert [row[0] for row in _cells(page.overdue.table)] == ["Buka pasar di Jambi"]
    assert _cells(page.overdue.table)[0][4] == "In progress"  # Qt words: no translator in the tests


def test_visit_log_refuses_a_visit_without_a_mentor_at_the_field(qtbot: QtBot, services: Services) -> None:
    dialog = VisitsDialog(services)
    qtbot.add_widget(dialog)
    form = dialog.visits._open_dialog(dialog, None)
    assert isinstance(form, RecordForm)
    qtbot.add_widget(form)
    form.edits["mentors"].setText("  ")
    form.accept()
    assert form.error_text("mentors") == "This field must be filled in."
    form.edits["mentors"].setText("Pak Hendra Gunawan")
    form.accept()
    assert form.error_text("mentors") == ""
    dialog.visits.reload()
    assert dialog.visits.rows()[0].mentors == "Pak Hendra Gunawan"


def test_an_operator_reads_the_visit_log_but_cannot_write(qtbot: QtBot, services: Services) -> None:
    enforce_roles(services.db).open = False
    services.db.actor = Actor("Siti Aminah", 2, "operator")
    dialog = VisitsDialog(services)
    qtbot.add_widget(dialog)
    assert not dialog.visits.new_button.isEnabled()
    assert not dialog.recommendations.new_button.isEnabled()
    services.db.actor = Actor("Pak Hendra Gunawan", 3, "mentor")
    dialog = VisitsDialog(services)
    qtbot.add_widget(dialog)
    assert dialog.visits.new_button.isEnabled()


def test_material_form_offers_categories_by_name(qtbot: QtBot, services: Services) -> None:
    material = services.materials.create(
        MaterialInput(
            code="SBT", name="Sabut", unit=MaterialUnit.KG, category="coconut_fibre", set_price="3.500"
        )
    )
    form = MaterialDialog(services.materials, material, None)
    qtbot.add_widget(form)
    assert form.combos["category"].currentText() == "Coconut fibre"
    assert form.edits["set_price"].text() == "3500"
