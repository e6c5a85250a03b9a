"""A database made before users had PINs (schema 0004: operators only, no PIN, no lockout columns)
is migrated by opening it and logged into through the real first-start screen: the person at the
PC chooses the head and sets that PIN once (audited), and every other user sets a PIN at their
first login."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from sentra_desktop.db.engine import make_engine
from sentra_desktop.db.migrate import HEAD_REVISION, alembic_config, current_revision
from sentra_desktop.db.models import AuditEntry
from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database
from sentra_desktop.ui.main_window import MainWindow
from sentra_desktop.ui.settings import AppSettings
from tests.ui.test_main_window import log_in

BEFORE_USERS = "0004_sentra_settings"
RECORD = "uuid, created_at, updated_at, created_by, updated_by, version"


def _old_database(path: Path) -> str:
    url = f"sqlite:///{path.as_posix()}"
    engine = make_engine(url)
    try:
        command.upgrade(alembic_config(engine), BEFORE_USERS)
        with engine.begin() as conn:
            conn.execute(
                text(
                    f"INSERT INTO app_user (id, name, active, role, pin_hash, {RECORD}) VALUES "
                    "(1, 'Siti Aminah', 1, 'operator', NULL, "
                    "'00000000000000000000000000000001', '2025-01-01', '2025-01-01', 'x', 'x', 1), "
                    "(2, 'Rahmat Hidayat', 1, 'operator', NULL, "
                    "'00000000000000000000000000000002', '2025-01-01', '2025-01-01', 'x', 'x', 1)"
                )
            )
    finally:
        engine.dispose()
    return url


def test_an_old_database_is_upgraded_and_logged_into_on_the_real_screen(
    qtbot: QtBot, tmp_path: Path, app_settings: AppSettings
) -> None:
    url = _old_database(tmp_path / "old.sqlite3")
    db = Database.open(url)  # migrates, as the program's start does
    assert current_revision(db.engine) == HEAD_REVISION
    services = Services(db)
    try:
        window = MainWindow(services, app_settings, str(tmp_path / "old.sqlite3"))
        qtbot.addWidget(window)
        window.show()
        panel = window.login_panel
        assert panel is not None and panel.pin_again.isVisible()  # who is the head? (asked once)
        assert panel.users.count() == 2
        qtbot.keyClicks(panel.name, "Rahmat")
        qtbot.keyClick(panel.name, Qt.Key.Key_Return)
        qtbot.keyClicks(panel.pin, "5678")
        qtbot.keyClicks(panel.pin_again, "5678")
        qtbot.keyClick(panel.pin_again, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.awaiting_login, timeout=10_000)
        assert services.db.actor.name == "Rahmat Hidayat" and services.db.actor.role == "ketua"

        # Siti sets her PIN at her first login, on the same screen.
        qtbot.mouseClick(window.switch_user, Qt.MouseButton.LeftButton)
        panel = window.login_panel
        assert panel is not None and not panel.pin_again.isVisible()  # the head is chosen: a login
        log_in(qtbot, window, "Siti", "0000")
        qtbot.waitUntil(lambda: panel.pin_again.isVisible(), timeout=10_000)
        qtbot.keyClicks(panel.pin, "2468")
        qtbot.keyClicks(panel.pin_again, "2468")
        qtbot.keyClick(panel.pin_again, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.awaiting_login, timeout=10_000)
        assert services.db.actor.name == "Siti Aminah" and services.db.actor.role == "operator"
        with db.reading() as session:
            rows = session.execute(select(AuditEntry.actor, AuditEntry.changes)).all()
        events = [(actor, json.loads(changes).get("event")) for actor, changes in rows]
        assert ("Rahmat Hidayat", "head_chosen") in events and ("Siti Aminah", "pin_set") in events
        window.close()
    finally:
        services.close()
