"""The Audit tab in Pengaturan, driven through its real widgets."""

from __future__ import annotations

import threading
import time
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from sentra_desktop.services.catalogue_setup import ProductTypeInput
from sentra_desktop.services.container import Services
from sentra_desktop.services.designs import DesignInput
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.ui.pages.settings import SettingsPage
from sentra_desktop.ui.pages.settings.audit_tab import AuditTab
from sentra_desktop.ui.settings import AppSettings


@pytest.fixture
def history(services: Services) -> int:
    db = services.db
    db.actor = "Sari"
    type_id = services.product_types.create(ProductTypeInput(name="Gantungan kunci"))
    design_id = services.designs.create(
        DesignInput(code="GK-01", name="Ampera", product_type_id=type_id, price=15000)
    )
    db.actor = "Budi"
    version = services.designs.get(design_id).version
    services.designs.update(
        design_id, version, DesignInput(code="GK-01", name="Ampera", product_type_id=type_id, price=17500)
    )
    return design_id


@pytest.fixture
def page(qtbot: QtBot, services: Services, app_settings: AppSettings, history: int) -> SettingsPage:
    widget = SettingsPage(services, app_settings)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.tabs.setCurrentWidget(widget.audit_tab)
    qtbot.waitExposed(widget)
    settled(qtbot, widget.audit_tab)
    return widget


def settled(qtbot: QtBot, tab: AuditTab) -> None:
    """The tab reads on a worker: wait for its answer to be shown."""
    qtbot.waitUntil(lambda: not tab.busy, timeout=5_000)


def select_row(tab: AuditTab, row: int) -> None:
    index = tab.model.index(row, 0)
    tab.table.selectionModel().select(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )


def detail_rows(tab: AuditTab) -> list[tuple[str, str, str]]:
    table = tab.detail
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]  # type: ignore[misc]


def test_list_shows_who_changed_what_newest_first(page: SettingsPage, qtmodeltester) -> None:
    tab = page.audit_tab
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Audit"
    assert tab.model.rowCount() == 3
    qtmodeltester.check(tab.model)
    first = [tab.model.index(0, c).data() for c in range(6)]
    assert first[1:] == ["Budi", "Changed", "Design", "GK-01", "Price"]
    assert "3 change" in tab.count_label.text()


def test_detail_pane_shows_before_and_after(page: SettingsPage) -> None:
    tab = page.audit_tab
    select_row(tab, 0)
    assert detail_rows(tab) == [("Price", "15000", "17500")]
    assert "Budi" in tab.detail_title.text() and tab.detail.item(0, 2).font().bold()
    select_row(tab, 1)
    values = {field: (old, new) for field, old, new in detail_rows(tab)}
    assert values["Code"] == ("", "GK-01") and values["Name"] == ("", "Ampera")
    # Stored choices and dates as the rest of the program shows them, not as stored.
    assert values["Status"] == ("", "Active")


def test_filters_narrow_the_list(qtbot: QtBot, page: SettingsPage) -> None:
    tab = page.audit_tab
    tab.actor_combo.setCurrentIndex(tab.actor_combo.findText("Sari"))
    settled(qtbot, tab)
    assert tab.model.rowCount() == 2
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findText("Product type"))
    settled(qtbot, tab)
    assert tab.model.rowCount() == 1
    tab.kind_combo.setCurrentIndex(0)
    tab.actor_combo.setCurrentIndex(0)
    tab.action_combo.setCurrentIndex(tab.action_combo.findText("Changed"))
    settled(qtbot, tab)
    assert tab.model.rowCount() == 1
    tab.action_combo.setCurrentIndex(0)
    tomorrow = date.today() + timedelta(days=1)
    tab.from_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    tab.from_check.setChecked(True)
    settled(qtbot, tab)
    assert tab.model.rowCount() == 0
    tab.from_check.setChecked(False)
    qtbot.keyClicks(tab.search_edit, "17500")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5_000)


def test_new_saves_show_when_the_page_is_activated(
    qtbot: QtBot, page: SettingsPage, services: Services
) -> None:
    services.product_types.create(ProductTypeInput(name="Keset"))
    page.activated()
    settled(qtbot, page.audit_tab)
    assert page.audit_tab.model.rowCount() == 4


def test_a_large_log_reads_only_pages_in_view(qtbot: QtBot, services: Services) -> None:
    with services.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
            "INSERT INTO audit_log (at, actor, action, table_name, record_id, changes) "
            "SELECT '2026-11-28 10:00:00', 'demo', 'insert', 'production_entry', i,"
            " '{\"good_qty\": 5}' FROM n"
        )
    tab = AuditTab(services.audit_log)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    qtbot.waitExposed(tab)
    settled(qtbot, tab)
    assert tab.model.rowCount() == 20000
    tab.table.scrollToBottom()
    qtbot.wait(50)
    assert tab.model.pages_fetched <= 4


def test_searching_reads_on_a_worker_and_shows_only_the_newest_answer(
    qtbot: QtBot, page: SettingsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow count never blocks the window, and a search overtaken by typing is dropped."""
    tab = page.audit_tab
    service = tab.audit
    threads: list[bool] = []
    real_count = service.count

    def slow_count(query: ListQuery) -> int:
        threads.append(threading.current_thread() is threading.main_thread())
        time.sleep(0.3 if query.search == "GK" else 0)
        return real_count(query)

    monkeypatch.setattr(service, "count", slow_count)
    tab.search_edit.setText("GK")
    tab.apply_filters()
    assert tab.busy and "Searching" in tab.count_label.text()  # the call returned at once
    tab.search_edit.setText("17500")
    tab.apply_filters()
    settled(qtbot, tab)
    qtbot.wait(400)  # the overtaken "GK" answer arrives now and is dropped
    assert tab.model.rowCount() == 1 and tab.model.query.search == "17500"
    assert threads and not any(threads)


def test_sorting_by_a_heading_reads_on_the_worker_too(qtbot: QtBot, page: SettingsPage) -> None:
    tab = page.audit_tab
    tab.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # Who
    assert tab.busy
    settled(qtbot, tab)
    assert tab.model.query.sort == "actor" and not tab.model.query.descending
    assert [tab.model.index(r, 1).data() for r in range(3)] == ["Budi", "Sari", "Sari"]


def test_user_events_roles_and_restores_read_as_words(qapp: object) -> None:
    """A user's audit row names its event and role, a restore its backup, in the screen's words."""
    from sentra_desktop.ui.pages.settings.audit_fields import display_value, field_label

    assert display_value("app_user", "event", "screen_locked") == "Screen locked after a while without use"
    assert display_value("app_user", "role", "mentor") == "Mentor"  # not the stored "mentor"
    assert display_value("database", "event", "restored") == "Backup restored"
    assert field_label("database", "backup") == "Backup"
    assert field_label("app_user", "event") == "What happened"
