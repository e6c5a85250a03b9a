"""Pengaturan → Database, and forms that keep their input when the server is gone or an edit conflicts.

The tab's connection test and copy run against the tests' real PostgreSQL server (skipped where
PostgreSQL is not installed); the database under the window itself is SQLite, as in every UI test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot

from sentra_desktop.core.errors import DatabaseUnavailable, StorageError
from sentra_desktop.services.catalogue_setup import ProductTypeInput
from sentra_desktop.services.connection import KEYRING_SERVICE, ServerAddress
from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database
from sentra_desktop.services.production import ProductionInput
from sentra_desktop.ui.pages.settings import SettingsPage
from sentra_desktop.ui.pages.settings.database_tab import DatabaseTab
from sentra_desktop.ui.settings import DB_HOST, DB_MODE, DB_PORT, DB_SSLMODE, DB_SSLROOTCERT, AppSettings
from tests import pg
from tests.ui.test_production_page import page as production_page  # noqa: F401 - a fixture
from tests.ui.test_production_page import setup  # noqa: F401 - a fixture


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict, standing in for the system's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def settings_page(qtbot: QtBot, services: Services, app_settings: AppSettings) -> SettingsPage:
    page = SettingsPage(services, app_settings)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.database_tab)
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def tab(settings_page: SettingsPage) -> DatabaseTab:
    return settings_page.database_tab


def fill(tab: DatabaseTab, port: int, database: str = "postgres", password: str = "") -> None:
    tab.server_button.setChecked(True)
    tab.host.setText("127.0.0.1")
    tab.port.setValue(port)
    tab.database.setText(database)
    tab.user.setText("postgres")
    tab.password.setText(password)


def wait_idle(qtbot: QtBot, tab: DatabaseTab) -> None:
    qtbot.waitUntil(lambda: not tab.busy and tab.save_button.isEnabled(), timeout=30_000)


def test_this_pc_is_the_default_and_server_fields_follow_the_choice(tab: DatabaseTab) -> None:
    assert tab.local_button.isChecked() and not tab.server_fields.isEnabled()
    assert "sentra.sqlite3" in tab.local_button.text()
    tab.server_button.setChecked(True)
    assert tab.server_fields.isEnabled() and tab.test_button.isEnabled()


# The memory keyring is set before the tab exists: the tab's first keyring look-up runs on a
# worker, and a first look-up initialises keyring's backend, which must already be this one.
def test_saving_a_server_keeps_the_password_in_the_keyring_only(
    memory_keyring: MemoryKeyring, qtbot: QtBot, tab: DatabaseTab, app_settings: AppSettings
) -> None:
    tab.load()  # the keyring is looked for on a worker (its plugins load slowly)
    qtbot.waitUntil(lambda: "is kept in this PC's keyring" in tab.keyring_note.text(), timeout=5_000)
    fill(tab, 5433, "sentra", password="rahasia-123")
    tab.save()
    assert app_settings.get(DB_MODE) == "server" and app_settings.get(DB_HOST) == "127.0.0.1"
    assert app_settings.get(DB_PORT) == 5433
    key = ServerAddress("127.0.0.1", 5433, "sentra", "postgres").key
    assert memory_keyring.passwords == {(KEYRING_SERVICE, key): "rahasia-123"}
    assert "rahasia" not in app_settings.path.read_text(encoding="utf-8")
    assert tab.password.text() == "" and "Start Sentra Desktop again" in tab.status_label.text()
    tab.local_button.setChecked(True)
    tab.save()
    assert app_settings.get(DB_MODE) == "local"


def test_the_encryption_setting_and_ca_file_are_kept_and_used(
    memory_keyring: MemoryKeyring, tab: DatabaseTab, app_settings: AppSettings
) -> None:
    fill(tab, 5433, "sentra")
    tab.sslmode.setCurrentIndex(tab.sslmode.findData("verify-full"))
    tab.sslrootcert.setText("/etc/sentra/root.crt")
    tab.save()
    assert app_settings.get(DB_SSLMODE) == "verify-full"
    assert app_settings.get(DB_SSLROOTCERT) == "/etc/sentra/root.crt"
    tab.sslmode.setCurrentIndex(0)
    tab.load()
    assert tab.sslmode.currentData() == "verify-full"
    assert "sslmode=verify-full" in tab.server_url() and "sslrootcert=" in tab.server_url()


def test_without_a_keyring_the_password_is_asked_at_start(
    qtbot: QtBot, tab: DatabaseTab, app_settings: AppSettings
) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        tab.load()
        qtbot.waitUntil(lambda: "asked for each time" in tab.keyring_note.text(), timeout=5_000)
        fill(tab, 5433, "sentra", password="rahasia-123")
        tab.save()
    finally:
        keyring.set_keyring(previous)
    assert "rahasia" not in app_settings.path.read_text(encoding="utf-8")


def test_missing_fields_are_named_before_anything_is_tried(tab: DatabaseTab) -> None:
    tab.server_button.setChecked(True)
    tab.test_connection()
    assert "Fill in the host" in tab.status_label.text() and not tab.busy


def test_the_connection_test_says_in_plain_words_what_happened(
    qtbot: QtBot, tab: DatabaseTab, pg_cluster: pg.Cluster
) -> None:
    fill(tab, pg_cluster.port)
    tab.test_connection()
    wait_idle(qtbot, tab)
    assert "The server answers: PostgreSQL" in tab.status_label.text()
    assert "NOT encrypted" in tab.status_label.text()  # the test cluster offers no TLS
    tab.sslmode.setCurrentIndex(tab.sslmode.findData("require"))
    tab.test_connection()
    wait_idle(qtbot, tab)
    assert "encrypted link could not be set up" in tab.status_label.text()
    tab.sslmode.setCurrentIndex(0)
    fill(tab, pg_cluster.port, database="tidak_ada")
    tab.test_connection()
    wait_idle(qtbot, tab)
    assert "no database with that name" in tab.status_label.text()
    fill(tab, pg.free_port())
    tab.test_connection()
    wait_idle(qtbot, tab)
    assert "Nothing answers at that address" in tab.status_label.text()


def test_copying_this_pcs_records_to_an_empty_server(
    qtbot: QtBot, tab: DatabaseTab, services: Services, pg_cluster: pg.Cluster
) -> None:
    services.product_types.create(ProductTypeInput(name="Gantungan kunci"))
    name = pg_cluster.create_database()
    try:
        fill(tab, pg_cluster.port, database=name)
        tab.confirm = lambda text: True  # type: ignore[method-assign]
        tab.copy_records()
        wait_idle(qtbot, tab)
        assert "records copied" in tab.status_label.text(), tab.status_label.text()
        server = Database.open(pg_cluster.url(name))
        try:
            assert [c.name for c in Services(server).product_types.choices()] == ["Gantungan kunci"]
        finally:
            server.dispose()
        tab.copy_records()  # a second time: the server is no longer empty
        wait_idle(qtbot, tab)
        assert "already holds records" in tab.status_label.text()
    finally:
        pg_cluster.drop_database(name)


# --- input is kept when saving fails -------------------------------------------------------------


def test_the_entry_row_keeps_its_input_when_the_server_is_gone(
    qtbot: QtBot,
    production_page,  # noqa: F811 - the fixture imported above
    services: Services,
    setup,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "sentra_desktop.ui.pages.production.show_error", lambda parent, exc: shown.append(str(exc.code))
    )

    def unavailable(data: ProductionInput, **_: object) -> None:
        raise DatabaseUnavailable(detail="connection refused")

    page = production_page
    page.maker.setCurrentIndex(page.maker.findData(setup["maker"]))
    page.design.setText("GK-AMP-01")
    page.good.setText("30")
    monkeypatch.setattr(services.production, "create", unavailable)
    assert page.save_entry() is None
    assert shown == ["server_unavailable"]
    # The typed code was resolved to its design before the save failed: the input is still there.
    assert page.design.text().startswith("GK-AMP-01 — ") and page.good.text() == "30"
    monkeypatch.undo()
    assert page.save_entry() is not None  # the server is back: the same input saves


def test_an_edit_refused_as_stale_keeps_the_typed_values(
    qtbot: QtBot,
    production_page,  # noqa: F811
    services: Services,
    setup,  # noqa: F811
    db_path: Path,
) -> None:
    page = production_page
    page.maker.setCurrentIndex(page.maker.findData(setup["maker"]))
    page.design.setText("GK-AMP-01")
    page.good.setText("30")
    saved = page.save_entry()
    assert saved is not None
    page.table.selectRow(0)
    dialog = page.edit_selected()
    assert dialog is not None
    # Meanwhile another operator, on another connection, saves the same entry.
    other = Database.open(f"sqlite:///{db_path}", actor="Budi")
    try:
        from sentra_desktop.services.production import ProductionService

        version = ProductionService(other).get(saved.entry_id).version
        ProductionService(other).update(
            saved.entry_id, version, ProductionInput(saved_day(services, saved.entry_id), setup["GK-AMP-01"],
                                                     setup["maker"], 31), allow_duplicate=True)  # fmt: skip
    finally:
        other.dispose()
    dialog.good.setText("35")
    dialog.submit()
    assert dialog.isVisible() and dialog.good.text() == "35"
    assert "Someone else changed this record" in dialog.banner.text()


def saved_day(services: Services, entry_id: int) -> object:
    return services.production.get(entry_id).produced_on


class FlakySource:
    """A list source whose server can be switched off."""

    def __init__(self) -> None:
        self.down = False

    def count(self, query: object) -> int:
        if self.down:
            raise DatabaseUnavailable(detail="connection refused")
        return 3

    def page(self, query: object, offset: int, limit: int) -> list[str]:
        if self.down:
            raise DatabaseUnavailable(detail="connection refused")
        return ["a", "b", "c"][offset : offset + limit]


def test_a_list_survives_the_server_going_away_and_fills_in_when_it_is_back(qtmodeltester) -> None:
    from sentra_desktop.services.listing import ListQuery
    from sentra_desktop.ui.models.paged import Column, PagedTableModel

    source = FlakySource()
    model = PagedTableModel(source, [Column("Name", str)])  # type: ignore[arg-type]
    model.set_query(ListQuery())
    source.down = True
    assert model.row_at(0) is None  # painting while the server is away: blank, no exception
    with pytest.raises(DatabaseUnavailable):
        model.set_query(ListQuery(search="x"))  # an action: the caller shows the message
    assert model.rowCount() == 0
    qtmodeltester.check(model)
    source.down = False
    model.refresh()
    assert [model.row_at(i) for i in range(3)] == ["a", "b", "c"]


def test_the_backup_tab_on_a_server_writes_snapshots_and_does_not_restore_in_place(
    qtbot: QtBot, pg_url: str, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from sentra_desktop.services.backup import check_file
    from sentra_desktop.services.data_copy import ServerBackups
    from sentra_desktop.ui.pages.settings.backup_tab import BackupTab

    server = Database.open(pg_url)
    try:
        Services(server).product_types.create(ProductTypeInput(name="Keset"))
        tab = BackupTab(ServerBackups(server, tmp_path / "backups"))
        qtbot.addWidget(tab)
        assert tab.backup_now_button.isEnabled() and not tab.restore_button.isEnabled()
        qtbot.mouseClick(tab.backup_now_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not tab.busy, timeout=30_000)
        tab.reload()
        (written,) = tab.listed()
        assert check_file(tmp_path / "backups" / written).sound
        assert "Backup written" in tab.status_label.text()
        assert not tab.restore_button.isEnabled()
    finally:
        server.dispose()


def test_on_a_server_the_copy_button_brings_the_records_to_this_pc(
    qtbot: QtBot, pg_url: str, tmp_path: Path
) -> None:
    server = Database.open(pg_url)
    try:
        Services(server).product_types.create(ProductTypeInput(name="Keset"))
        local = tmp_path / "sentra.sqlite3"
        tab = DatabaseTab(AppSettings(tmp_path / "settings.ini"), server, str(local))
        qtbot.addWidget(tab)
        assert tab.local_button.isChecked() and tab.copy_button.isEnabled()
        assert "to this PC" in tab.copy_button.text()
        tab.confirm = lambda text: True  # type: ignore[method-assign]
        tab.copy_records()
        wait_idle(qtbot, tab)
        assert "this PC's file match" in tab.status_label.text(), tab.status_label.text()
        copy = Database.open(f"sqlite:///{local}")
        try:
            assert [c.name for c in Services(copy).product_types.choices()] == ["Keset"]
        finally:
            copy.dispose()
    finally:
        server.dispose()


def test_the_one_writer_lock_is_for_sqlite_only(pg_url: str, tmp_path: Path) -> None:
    from sentra_desktop.services.instance_lock import lock_for_url

    assert lock_for_url(pg_url) is None  # the server arbitrates between the PCs
    lock = lock_for_url(f"sqlite:///{tmp_path / 'sentra.sqlite3'}")
    assert lock is not None
    lock.release()


def test_an_unreachable_server_at_start_offers_this_pcs_own_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sentra_desktop import app as app_module
    from sentra_desktop.cli import build_parser
    from sentra_desktop.core.paths import DataDir
    from sentra_desktop.ui.settings import DB_NAME, DB_USER

    data = DataDir.resolve(tmp_path / "data")
    data.ensure()
    settings = AppSettings(data.settings_file)
    for option, value in (
        (DB_MODE, "server"), (DB_HOST, "127.0.0.1"), (DB_PORT, pg.free_port()), (DB_NAME, "sentra"),
        (DB_USER, "sentra"),
    ):  # fmt: skip
        settings.set(option, value)
    args = build_parser().parse_args(["--data-dir", str(data.root)])
    answers: list[bool] = [False, True]
    offered: list[str] = []

    def offer(exc: StorageError) -> bool:
        offered.append(exc.code)
        return answers.pop(0)

    monkeypatch.setattr(app_module, "offer_local_data", offer)
    with pytest.raises(StorageError):  # "No": the plain refusal, as before
        app_module.open_chosen_database(args, data, settings)
    services, lock = app_module.open_chosen_database(args, data, settings)  # "Yes"
    try:
        assert services is not None and lock is not None
        assert services.database_url.startswith("sqlite:///")
        assert settings.get(DB_MODE) == "local" and data.database.is_file()
    finally:
        assert services is not None and lock is not None
        services.close()
        lock.release()
    assert offered == ["cannot_open", "cannot_open"]
