"""Fixtures for driving the real widgets: services over a fresh database, settings in tmp."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from sentra_desktop.db.models import Mould, ProductType
from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database
from sentra_desktop.ui import collector
from sentra_desktop.ui.settings import AppSettings


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal exec() would hang a headless run: fail the test at once instead."""

    def refuse(self: QDialog) -> int:
        raise AssertionError(
            f"a modal dialog was opened in a test: {type(self).__name__} {self.windowTitle()!r}"
        )

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture
def catalogue_basics(db: Database) -> dict[str, int]:
    """Two product types and a mould, as Pengaturan would have set them up."""
    with db.transaction() as session:
        keychain, mat = ProductType(name="Gantungan kunci"), ProductType(name="Keset")
        session.add_all([keychain, mat])
        session.flush()
        mould = Mould(code="CTK-01", name="Cetakan Ampera", product_type_id=keychain.id, cavities=6)
        session.add(mould)
        session.flush()
        return {"keychain": keychain.id, "mat": mat.id, "mould": mould.id}


@pytest.fixture(scope="session", autouse=True)
def collect_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the program: cyclic garbage (closed dialogs among it) is never freed on a worker."""
    guard = collector.install(qapp)
    yield
    guard.stop()
