"""The photo field of the design and aid forms: what it shows, picks and removes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from sentra_desktop.ui import widgets
from sentra_desktop.ui.widgets import PhotoField


def _png(size: tuple[int, int] = (300, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "teal").save(out, "PNG")
    return out.getvalue()


def test_a_stored_photo_is_shown_fitted_and_can_be_removed(qtbot: QtBot) -> None:
    field = PhotoField(_png(), 120)
    qtbot.add_widget(field)
    assert field.preview.size().toTuple() == (120, 120)
    assert field.preview.pixmap().size().toTuple() == (116, 77)  # fitted, its shape kept
    assert field.remove.isEnabled() and not field.changed()
    field.remove.click()
    assert field.removed and field.picked is None and field.changed()
    assert field.preview.pixmap().isNull() and field.preview.text() == "No photo"
    assert not field.remove.isEnabled()


def test_removing_nothing_changes_nothing_and_a_picked_file_replaces_the_photo(
    qtbot: QtBot, tmp_path: Path
) -> None:
    field = PhotoField(None, 180)
    qtbot.add_widget(field)
    assert not field.remove.isEnabled() and field.preview.text() == "No photo"
    field.clear()
    assert not field.changed()
    picture = tmp_path / "foto.png"
    picture.write_bytes(_png((50, 100)))
    field.set_file(picture)
    assert field.picked == picture.read_bytes() and not field.removed and field.changed()
    assert field.preview.pixmap().size().toTuple() == (88, 176)
    bad = tmp_path / "bukan.jpg"
    bad.write_bytes(b"no picture")
    field.set_file(bad)  # taken as it is: the service refuses it when the form is saved
    assert field.preview.pixmap().isNull() and field.preview.text() == "Not a picture"


def test_an_unreadable_file_is_said_and_keeps_the_photo(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[BaseException] = []
    monkeypatch.setattr(widgets, "show_error", lambda _parent, exc: said.append(exc))
    stored = _png()
    field = PhotoField(stored, 120)
    qtbot.add_widget(field)
    field.set_file(tmp_path / "gone.png")
    assert len(said) == 1 and isinstance(said[0], OSError)
    assert field.picked is None and not field.changed() and not field.preview.pixmap().isNull()
