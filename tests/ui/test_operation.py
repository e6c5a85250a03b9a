"""Background work: results and errors come back on the GUI thread, progress shows, cancel stops."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from sentra_desktop.core.errors import SentraError
from sentra_desktop.ui import operation as op_module
from sentra_desktop.ui.operation import CancelledError, Operation, run_operation


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, parent: QWidget) -> None:
    seen: dict[str, object] = {}

    def work(_progress):
        seen["worker_thread"] = threading.get_ident()
        return 42

    done: list[object] = []

    def on_done(result: object) -> None:
        seen["done_in_gui"] = QThread.currentThread() is parent.thread()
        done.append(result)

    operation = run_operation(work, parent=parent, title="x", on_done=on_done)
    qtbot.waitUntil(lambda: done == [42], timeout=5000)
    assert seen["worker_thread"] != threading.get_ident()
    assert seen["done_in_gui"] is True
    assert not operation.running


def test_errors_come_back_as_objects(qtbot: QtBot, parent: QWidget) -> None:
    def work(_progress):
        raise SentraError("storage", detail="disk full")

    operation = Operation(work, parent=parent, title="x")
    with qtbot.waitSignal(operation.errored, timeout=5000) as blocker:
        operation.start()
    assert isinstance(blocker.args[0], SentraError) and blocker.args[0].code == "storage"


def test_slow_work_shows_progress_and_can_be_cancelled(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(op_module, "SHOW_PROGRESS_AFTER_MS", 10)
    steps: list[int] = []

    def work(progress):
        for i in range(1000):
            progress(i, 1000, f"step {i}")
            steps.append(i)
            time.sleep(0.005)
        return "finished"

    operation = Operation(work, parent=parent, title="Lama", cancellable=True)
    progressed: list[int] = []
    operation.progressed.connect(lambda done, total, label: progressed.append(done))
    operation.start()
    qtbot.waitUntil(
        lambda: parent.findChild(QProgressDialog) is not None and len(progressed) > 3, timeout=5000
    )
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None and dialog.maximum() == 1000
    with qtbot.waitSignal(operation.errored, timeout=5000) as blocker:
        operation.cancel()
    assert isinstance(blocker.args[0], CancelledError)
    assert len(steps) < 1000
