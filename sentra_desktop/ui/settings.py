"""Settings of this PC, declared once with type and default, kept in an INI file.

The file lives in the data folder (``settings.ini``), so ``--data-dir`` keeps everything of one
installation together; QSettings' INI format is plain text an operator can back up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

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


class AppSettings:
    """Typed access to the settings file."""

    def __init__(self, path: Path) -> None:
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

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
        self._qs.setValue(option.key, value)
        self._qs.sync()

    def remember(self, option: Option, value: Any) -> None:
        """Set ``option`` and let Qt write the file soon from the event loop (or at exit).

        For what changes on every click (the page shown): ``sync()`` waits for the disk, up to
        0.14 s on the GUI thread of a busy machine.
        """
        self._qs.setValue(option.key, value)

    @property
    def path(self) -> Path:
        """The settings file; its folder is the data folder."""
        return Path(self._qs.fileName())

    @property
    def language(self) -> str:
        language = self.get(LANGUAGE)
        return language if language in LANGUAGES else DEFAULT_LANGUAGE
