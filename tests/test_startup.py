"""The start to the login screen loads only what the login screen needs.

The startup target (issue 16) is measured to the login screen's first paint. Services are built
on first use (:mod:`services.container`), so the program must get there without importing the
services of the pages behind the login, the report and spreadsheet libraries, the ORM or the mapped
classes (the login screen reads ``app_user`` through :mod:`db.login_table` and SQLAlchemy Core; the
audit writer, which imports them, comes with the first write).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Table

from sentra_desktop.db.login_table import app_user
from sentra_desktop.db.models import User
from sentra_desktop.services.database import Database
from sentra_desktop.services.users import UserService

ROOT = Path(__file__).resolve().parents[1]

# What the login screen may load of the services: the database, the role table and the users.
LOGIN_SERVICES = {
    "base",
    "backup_files",
    "connection",
    "container",
    "database",
    "instance_lock",
    "roles",
    "storage_errors",
    "users",
}
# The ORM too: the login screen reads through SQLAlchemy Core (Database.reading_core).
NEVER_AT_START = (
    "alembic",
    "openpyxl",
    "PIL",
    "pypdf",
    "reportlab",
    "sentra_desktop.reports",
    "sqlalchemy.orm",
)
# The database layer the login screen may load: no mapped class, no audit writer or its listeners.
LOGIN_DB = {
    "sentra_desktop.db",
    "sentra_desktop.db.agency_store",
    "sentra_desktop.db.dialect",
    "sentra_desktop.db.engine",
    "sentra_desktop.db.login_table",
    "sentra_desktop.db.migrate",
    "sentra_desktop.db.types",
    "sentra_desktop.db.watchdog",
}


def test_the_login_screen_is_drawn_before_page_services_and_mappers(db: Database, db_path: Path) -> None:
    UserService(db).create_first("Bu Sri", "1234")  # a user exists: the program opens on the login screen
    db.dispose()
    code = (
        "import json, sys\n"
        "from sentra_desktop.cli import main\n"
        "status = main(['--data-dir', sys.argv[1]])\n"
        "modules = list(sys.modules)\n"
        "from sqlalchemy import inspect\n"
        "from sentra_desktop.db.models import User\n"
        "print(json.dumps({'status': status, 'configured': inspect(User).configured,\n"
        "                  'modules': modules}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SENTRA_STARTUP_PROBE": "1"}
    result = subprocess.run(
        [sys.executable, "-c", code, str(db_path.parent)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    ready, *_, report = result.stdout.strip().splitlines()
    assert ready == "READY"  # the probe quits right after the login screen's first paint
    state = json.loads(report)
    assert state["status"] == 0
    loaded: list[str] = state["modules"]  # in the order they were imported
    modules = sorted(loaded)
    services = {
        name.removeprefix("sentra_desktop.services.")
        for name in modules
        if name.startswith("sentra_desktop.services.")
    }
    assert services - LOGIN_SERVICES == set(), "services imported before the login screen"
    assert [name for name in modules if name.startswith(NEVER_AT_START)] == []
    database_layer = {name for name in modules if name.startswith("sentra_desktop.db")}
    assert database_layer - LOGIN_DB == set(), "mapped classes or the audit writer before the login screen"
    pages = [name for name in modules if name.startswith("sentra_desktop.ui.pages.")]
    assert pages == ["sentra_desktop.ui.pages.placeholder"]
    qt = {name for name in modules if name.startswith("PySide6.Qt")}
    assert qt == {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}
    # Below Qt first: PySide6's import hook reads the source of every module imported after it.
    assert loaded.index("sqlalchemy") < loaded.index("PySide6")
    assert loaded.index("sentra_desktop.services.users") < loaded.index("PySide6")
    assert state["configured"] is False, "ORM mappers configured before the login screen was drawn"


def test_importing_services_and_sheets_leaves_the_mappers_unconfigured() -> None:
    """A module-level ``aliased()`` (or an ORM query at import) configures every mapper, ~90 ms,
    wherever the module is first imported: on a page's first opening, or the role table's miss."""
    code = (
        "import importlib, pkgutil\n"
        "from sqlalchemy import inspect\n"
        "from sentra_desktop.db.models import User\n"
        "import sentra_desktop.printing, sentra_desktop.reports, sentra_desktop.services\n"
        "for package in (sentra_desktop.services, sentra_desktop.reports):\n"
        "    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "        if inspect(User).configured:\n"
        "            print(info.name)\n"
        "            break\n"
        "print(inspect(User).configured)\n"
    )
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_the_login_table_has_the_mapped_user_columns() -> None:
    """The login screen's Core view of ``app_user`` cannot drift from the mapped class."""
    mapped = User.__table__
    assert isinstance(mapped, Table)
    for column in app_user.columns:
        twin = mapped.columns[column.name]
        assert type(column.type) is type(twin.type), column.name
        assert getattr(column.type, "length", None) == getattr(twin.type, "length", None), column.name
        assert column.primary_key == twin.primary_key, column.name
