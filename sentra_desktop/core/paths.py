"""Where this PC keeps the data: one folder for the database, backups and logs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sentra_desktop import APP_ID

ENV_DATA_DIR = "SENTRA_DATA_DIR"
DB_FILE = "sentra.sqlite3"


@dataclass(frozen=True)
class DataDir:
    """The data folder and the files inside it."""

    root: Path

    @classmethod
    def resolve(cls, override: str | os.PathLike[str] | None = None) -> DataDir:
        """The folder from ``--data-dir``, else $SENTRA_DATA_DIR, else the user's data folder."""
        chosen = override or os.environ.get(ENV_DATA_DIR)
        if chosen:
            return cls(Path(chosen).expanduser().resolve())
        from platformdirs import user_data_path

        return cls(user_data_path(APP_ID, appauthor=False, roaming=False))

    @property
    def database(self) -> Path:
        return self.root / DB_FILE

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.ini"

    def sqlite_url(self) -> str:
        return f"sqlite:///{self.database.as_posix()}"

    def ensure(self) -> None:
        """Create the folder and its subfolders."""
        for path in (self.root, self.backups, self.logs):
            path.mkdir(parents=True, exist_ok=True)


# The program's own files (fonts, icons) sit in ``resources/`` beside the package: in a source
# checkout, an editable install and the frozen bundle alike (the installer lays the bundle out as
# the source tree). A wheel may carry them inside the package instead.
_RESOURCE_ROOTS = (
    Path(__file__).resolve().parents[2] / "resources",
    Path(__file__).resolve().parents[1] / "resources",
)


def resource_path(*parts: str) -> Path:
    """The path of a file shipped in ``resources/`` (e.g. ``resource_path("fonts", "DejaVuSans.ttf")``).

    Raises:
        FileNotFoundError: the file is in none of the places the program is laid out in.
    """
    for root in _RESOURCE_ROOTS:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"resource not found: {'/'.join(parts)} (looked in {_RESOURCE_ROOTS[0]})")
