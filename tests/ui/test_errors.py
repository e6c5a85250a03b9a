"""Unexpected errors never vanish: they reach the log file and one Indonesian dialog, and the
program keeps running."""

from __future__ import annotations

import logging
import logging.handlers
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from sentra_desktop.core import logfile
from sentra_desktop.ui import errors
from sentra_desktop.ui.errors import UnexpectedErrorDialog, install_error_hooks
from sentra_desktop.ui.i18n import install_translators
from sentra_desktop.ui.operation import run_operation

ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 10_000


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    """A log file for this test only; the root logger and the hooks are put back afterwards."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    hooks = (sys.excepthook, threading.excepthook)
    installed = logfile._hooks_installed
    path = logfile.setup_log_file(tmp_path / "logs")
    assert path is not None
    yield path
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)
    sys.excepthook, threading.excepthook = hooks
    logfile._hooks_installed = installed


@pytest.fixture
def hooks(qapp: QApplication, log_path: Path) -> Iterator[Path]:
    """The program's hooks, in Indonesian; the Qt message handler is put back afterwards."""
    from PySide6.QtCore import qInstallMessageHandler

    translators = install_translators(qapp, "id")
    install_error_hooks(qapp)
    yield log_path
    qInstallMessageHandler(None)
    for translator in translators:
        qapp.removeTranslator(translator)
    dialog = errors.reporter().dialog
    if dialog is not None:
        dialog.close()


def shown_dialogs() -> list[UnexpectedErrorDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, UnexpectedErrorDialog) and w.isVisible()
    ]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown_once(qtbot: QtBot, hooks: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("Simpan", window)

    def broken() -> None:
        raise ZeroDivisionError("slot went wrong")

    button.clicked.connect(broken)
    window.show()
    button.click()
    button.click()  # a second error while the dialog is open adds to it
    qtbot.waitUntil(lambda: len(shown_dialogs()) == 1, timeout=WAIT_MS)
    dialog = shown_dialogs()[0]
    assert dialog.windowTitle() == "Terjadi kesalahan yang tidak terduga"
    assert str(hooks) in dialog.text.text()
    assert dialog.details_text().count("ZeroDivisionError: slot went wrong") == 2
    dialog.copy_button.click()
    assert "ZeroDivisionError: slot went wrong" in QApplication.clipboard().text()
    assert str(hooks) in QApplication.clipboard().text()
    text = hooks.read_text(encoding="utf-8")
    assert "CRITICAL" in text and "Traceback" in text and "slot went wrong" in text
    assert window.isVisible()  # the program goes on


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_worker_is_logged_and_shown_once(qtbot: QtBot, hooks: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    failed: list[BaseException] = []

    def work(_progress: object) -> None:
        raise KeyError("worker went wrong")

    # With the page's own error handler too, still one dialog.
    run_operation(
        work,
        parent=parent,
        title="x",
        on_done=lambda _r: None,
        on_error=lambda exc: (failed.append(exc), errors.show_error(parent, exc)),
    )
    qtbot.waitUntil(lambda: bool(failed) and len(shown_dialogs()) == 1, timeout=WAIT_MS)
    QTimer.singleShot(0, lambda: None)
    qtbot.wait(50)
    assert len(shown_dialogs()) == 1
    assert "worker went wrong" in shown_dialogs()[0].details_text()
    assert "worker went wrong" in hooks.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_a_worker_bug_is_shown_even_when_the_page_handles_errors_itself(qtbot: QtBot, hooks: Path) -> None:
    """A page's own handler may only reset its buttons: the bug still reaches the operator."""
    failed: list[BaseException] = []

    def work(_progress: object) -> None:
        raise AttributeError("no such field")

    operation = run_operation(work, parent=None, title="x", on_done=lambda _r: None, on_error=failed.append)
    qtbot.waitUntil(lambda: bool(failed) and len(shown_dialogs()) == 1, timeout=WAIT_MS)
    assert not operation.running
    assert "AttributeError: no such field" in shown_dialogs()[0].details_text()


@pytest.mark.qt_no_exception_capture
# pytest's own thread hook, which ours passes the exception on to, would turn it into a failure.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_exception_on_another_thread_reaches_the_log_and_the_dialog(qtbot: QtBot, hooks: Path) -> None:
    def broken() -> None:
        raise ValueError("thread went wrong")

    thread = threading.Thread(target=broken, name="helper")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown_dialogs()) == 1, timeout=WAIT_MS)
    text = hooks.read_text(encoding="utf-8")
    assert "thread helper" in text and "thread went wrong" in text


@pytest.mark.no_qt_log
def test_qt_messages_reach_the_log(qapp: QApplication, hooks: Path) -> None:
    from PySide6.QtCore import qWarning

    qWarning("a Qt warning for the log")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "WARNING sentra.qt [MainThread]: a Qt warning for the log" in hooks.read_text(encoding="utf-8")


def test_the_log_rotates(log_path: Path) -> None:
    handler = next(
        h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)
    )
    assert handler.maxBytes == logfile.MAX_BYTES and handler.backupCount == logfile.BACKUP_COUNT
    assert log_path.parent.name == "logs" and logfile.log_file() == log_path
    assert logfile.setup_log_file(log_path.parent.parent / "elsewhere") == log_path  # once per process


def test_a_crash_at_start_is_written_to_the_log_and_said(tmp_path: Path) -> None:
    """The window cannot be built: the traceback is in the data folder's log, and the operator is
    told (with the log's path) before the program ends."""
    code = (
        "import sys\n"
        "import sentra_desktop.app as app\n"
        "from sentra_desktop.ui.errors import UnexpectedErrorDialog\n"
        "def broken(*args, **kwargs):\n"
        "    raise RuntimeError('broken at start')\n"
        "def shown(dialog):\n"
        "    print('DIALOG', dialog.windowTitle(), '|', dialog.text.text().replace(chr(10), ' '))\n"
        "    return 0\n"
        "app._main_window = broken\n"
        "UnexpectedErrorDialog.exec = shown\n"
        "from sentra_desktop.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path / 'data')!r}]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    log_file = tmp_path / "data" / "logs" / "sentra.log"
    text = log_file.read_text(encoding="utf-8")
    assert "RuntimeError: broken at start" in text and "Traceback" in text
    assert "DIALOG Terjadi kesalahan yang tidak terduga |" in result.stdout
    assert "tidak dapat dimulai" in result.stdout and str(log_file) in result.stdout
