"""Settings of this PC, declared once with type and default, kept in an INI file.

The file lives in the data folder (``settings.ini``), so ``--data-dir`` keeps everything of one
installation together; QSettings' INI format is plain text an operator can back up.

Writing the file (``QSettings.sync()``) waits for the disk: Qt writes a new file and flushes it,
0.1–0.5 s on a busy shop PC. ``set`` does that at once, for what must be on disk before the next
step (closing the window, the database chosen at start); ``remember`` leaves it to a worker thread
(a filter chosen, the page shown, the language), and Qt's own write from the event loop is turned
off, so neither lands on the GUI thread. The worker writes a copy of the values through a settings
object of its own file and renames it over the real one: Qt keeps one store per file and process,
locked while it is written, so a worker syncing the GUI's own file made the next ``get`` or
``remember`` on the GUI thread wait for the disk (a member filter chosen during the previous
choice's write: 227 ms on the large demo's tour, 4 December 2026).
"""

from __future__ import annotations

import os
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QSettings

from sentra_desktop.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    type: type


LANGUAGE = Option("ui/language", DEFAULT_LANGUAGE, str)
OPERATOR = Option("ui/operator", "", str)
LAST_PAGE = Option("ui/last_page", "performance", str)
GEOMETRY = Option("ui/geometry", b"", bytes)
# The room (logical pixels) of the screen the geometry was saved on: a geometry is only restored
# on a screen of the same room, so a small window from a 150 % session never returns at 100 %.
GEOMETRY_SCREEN = Option("ui/geometry_screen", "", str)
# Where the records live: "local" (the SQLite file in the data folder) or "server" (PostgreSQL).
# The server's password is never stored here: it goes to the system keyring, or is asked at start.
DB_MODE = Option("database/mode", "local", str)
DB_HOST = Option("database/host", "", str)
DB_PORT = Option("database/port", 5432, int)
DB_NAME = Option("database/name", "sentra", str)
DB_USER = Option("database/user", "sentra", str)
# How the link to the server is secured: libpq's sslmode ("" = its default) and a CA file.
DB_SSLMODE = Option("database/sslmode", "", str)
DB_SSLROOTCERT = Option("database/sslrootcert", "", str)


class _QuietSettings(QSettings):
    """QSettings without its write from the event loop: the caller says when and on which thread."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            return True
        return super().event(event)


class AppSettings:
    """Typed access to the settings file."""

    def __init__(self, path: Path) -> None:
        self._qs = _QuietSettings(str(path), QSettings.Format.IniFormat)
        self._lock = threading.Lock()  # guards the writer and what it is to write next
        self._writer: threading.Thread | None = None
        self._pending: dict[str, Any] | None = None  # every value, as of the last ``remember``
        self.writes = 0  # how many times a worker wrote the file (for tests)

    def get(self, option: Option) -> Any:
        value = self._qs.value(option.key, option.default)
        if value is None:
            return option.default
        if option.type is bytes:
            # QSettings gives a QByteArray, or bytes once read back from the file.
            if isinstance(value, QByteArray):
                return value.data()
            return bytes(value) if isinstance(value, bytes | bytearray) else b""
        try:
            return option.type(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option, value: Any) -> None:
        """Set ``option`` and write the file before returning."""
        self._qs.setValue(option.key, value)
        self.flush()

    def remember(self, option: Option, value: Any) -> None:
        """Set ``option`` now (every settings object of this program reads it at once) and write the
        file on a worker thread: for what changes on a click (a filter, the page shown, the language).

        The worker gets a copy of every value (a dozen keys) and never touches this object's store,
        so nothing here waits for its write. ``set`` and ``flush`` wait for a write under way.
        """
        self._qs.setValue(option.key, value)
        values = {key: self._qs.value(key) for key in self._qs.allKeys()}
        with self._lock:
            self._pending = values
            if self._writer is not None:
                return  # the running writer goes round once more with these
            # Not a daemon: Python waits for it at exit, so the file is whole and no write is cut off
            # inside Qt (a daemon thread stopped there aborted the process at exit, 9 runs in 30).
            self._writer = threading.Thread(target=self._write, name="settings-writer")
            self._writer.start()

    def _write(self) -> None:
        path = self.path
        while True:
            with self._lock:
                values, self._pending = self._pending, None
                if values is None:
                    self._writer = None
                    return
            # A new name each time: Qt keeps a store per file name, and a reused one could hold
            # the values of a copy written before.
            copy = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
            settings = _QuietSettings(str(copy), QSettings.Format.IniFormat)
            for key, value in values.items():
                settings.setValue(key, value)
            settings.sync()
            written = settings.status() == QSettings.Status.NoError
            del settings
            if written:
                os.replace(copy, path)
                self.writes += 1
            else:
                copy.unlink(missing_ok=True)  # the next ``set`` or ``flush`` writes the file itself

    def flush(self) -> None:
        """Wait for the worker's write, if one is under way, and write what is left now."""
        writer = self._writer
        if writer is not None:
            writer.join()
        self._qs.sync()

    @property
    def path(self) -> Path:
        """The settings file; its folder is the data folder."""
        return Path(self._qs.fileName())

    @property
    def language(self) -> str:
        language = self.get(LANGUAGE)
        return language if language in LANGUAGES else DEFAULT_LANGUAGE
