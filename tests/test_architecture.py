"""The layers point one way, and nothing below the user interface loads Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    """import-linter checks the contracts written in pyproject.toml."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_core_services_and_cli_load_without_qt() -> None:
    """Importing every module below ui (and the command line) leaves PySide6 unloaded."""
    code = (
        "import sys, pkgutil, importlib, sentra_desktop\n"
        "for pkg in ('core', 'db', 'services', 'reports', 'demo'):\n"
        "    mod = importlib.import_module('sentra_desktop.' + pkg)\n"
        "    for info in pkgutil.walk_packages(mod.__path__, mod.__name__ + '.'):\n"
        "        if '.migrations' not in info.name:\n"
        "            importlib.import_module(info.name)\n"
        "import sentra_desktop.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_startup_path_does_not_load_alembic_or_reportlab() -> None:
    """Opening an up-to-date database and building the window loads neither Alembic nor ReportLab."""
    code = (
        "import sys, os, tempfile\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from sentra_desktop.services.database import Database\n"
        "d = tempfile.mkdtemp(); url = f'sqlite:///{d}/sentra.sqlite3'\n"
        "Database.open(url).dispose()\n"
        "for m in [m for m in sys.modules if m.startswith(('alembic', 'reportlab'))]: del sys.modules[m]\n"
        "from sentra_desktop.cli import build_parser\n"
        "from sentra_desktop.app import build_window\n"
        "args = build_parser().parse_args(['--data-dir', d])\n"
        "app, window = build_window(args)\n"
        "window.show_page('designs')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(('alembic', 'reportlab'))}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
