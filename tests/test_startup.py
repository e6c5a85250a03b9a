"""The start to the login screen loads only what the login screen needs.

The startup target (issue 16) is measured to the login screen's first paint. Services are built
on first use (:mod:`services.container`), so the program must get there without importing the
services of the pages behind the login, the report and spreadsheet libraries, or configuring the
ORM mappers (which the health check after the paint, or the first ORM query, does).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
NEVER_AT_START = ("alembic", "openpyxl", "PIL", "pypdf", "reportlab", "sentra_desktop.reports")


def test_the_login_screen_is_drawn_before_page_services_and_mappers(db: Database, db_path: Path) -> None:
    UserService(db).create_first("Bu Sri", "1234")  # a user exists: the program opens on the login screen
    db.dispose()
    code = (
        "import json, sys\n"
        "from sentra_desktop.cli import main\n"
        "status = main(['--data-dir', sys.argv[1]])\n"
        "from sqlalchemy import inspect\n"
        "from sentra_desktop.db.models import User\n"
        "print(json.dumps({'status': status, 'configured': inspect(User).configured,\n"
        "                  'modules': sorted(sys.modules)}))\n"
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
    modules: list[str] = state["modules"]
    services = {
        name.removeprefix("sentra_desktop.services.")
        for name in modules
        if name.startswith("sentra_desktop.services.")
    }
    assert services - LOGIN_SERVICES == set(), "services imported before the login screen"
    assert [name for name in modules if name.startswith(NEVER_AT_START)] == []
    pages = [name for name in modules if name.startswith("sentra_desktop.ui.pages.")]
    assert pages == ["sentra_desktop.ui.pages.placeholder"]
    qt = {name for name in modules if name.startswith("PySide6.Qt")}
    assert qt == {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}
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
