"""One writer at a time: a second copy is refused, a crashed copy's lock is cleared, no network share.

The holder is a real second process holding the real operating-system lock.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from sentra_desktop.cli import build_parser, main
from sentra_desktop.core.errors import StorageError
from sentra_desktop.core.messages import describe
from sentra_desktop.services.instance_lock import (
    AlreadyOpenError,
    InstanceLock,
    LockOwner,
    check_local_folder,
    lock_for_url,
    network_filesystem,
    read_owner,
)
from tests.faults.conftest import RecordFault
from tests.faults.support import HELPERS, child_env

Holder = tuple[subprocess.Popen[str], LockOwner, Path]


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[Holder]:
    """A second process holding the lock on a data folder, as a running program does."""
    data = tmp_path / "data"
    data.mkdir()
    process = subprocess.Popen(
        [sys.executable, str(HELPERS / "hold_lock.py"), str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("READY "), line
    owner = LockOwner.parse(line.split(" ", 1)[1])
    assert owner is not None and owner.pid == process.pid
    yield process, owner, data
    if process.poll() is None:
        process.kill()
    process.wait()
    for pipe in (process.stdin, process.stdout):
        if pipe is not None:
            pipe.close()


def test_a_second_copy_is_refused_naming_who_and_since(
    holder: Holder, capsys: pytest.CaptureFixture[str], fault_table: RecordFault
) -> None:
    _process, owner, data = holder
    with pytest.raises(AlreadyOpenError) as caught:
        InstanceLock(data).acquire()
    assert caught.value.owner == owner
    text = describe(caught.value)
    assert "already open" in text
    assert owner.user in text and owner.pc in text and owner.since_text() in text

    # The commands that write are refused the same way, before the database is touched.
    assert main(["--data-dir", str(data), "demo-data", "--days", "2"]) == 1
    assert "sedang dibuka di Sentra Desktop" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "restore", str(data / "backups" / "x.sqlite3")]) == 1
    assert "sedang dibuka di Sentra Desktop" in capsys.readouterr().err
    assert not (data / "sentra.sqlite3").exists()
    fault_table(
        "Second copy opening the same data folder",
        how="another process holds the data folder's lock; a copy, demo-data and restore try to open it",
        tried=3,
        confirmed=0,
        lost=0,
        outcome="refused 3 of 3, naming the user, the PC and since when it is open",
    )


def test_the_window_refuses_a_second_copy_in_a_message_box(
    qapp: QApplication, holder: Holder, fault_table: RecordFault
) -> None:
    from sentra_desktop.app import run_gui

    _process, owner, data = holder
    shown: list[str] = []

    def close_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.done(0)
        else:
            QTimer.singleShot(20, close_the_box)

    locale = QLocale()
    QTimer.singleShot(0, close_the_box)
    try:
        assert run_gui(build_parser().parse_args(["--data-dir", str(data), "--lang", "en"])) == 1
    finally:
        QLocale.setDefault(locale)
    assert len(shown) == 1 and "already open" in shown[0] and owner.pc in shown[0]
    assert not (data / "sentra.sqlite3").exists()
    fault_table(
        "Second copy of the program's window",
        how="the program started on a data folder another process holds",
        tried=1,
        confirmed=0,
        lost=0,
        outcome="a message box says who has it open and since when; exit code 1",
    )


def test_the_lock_of_a_killed_copy_is_stale_and_cleared(holder: Holder) -> None:
    process, owner, data = holder
    process.kill()  # SIGKILL: the copy gets no chance to release anything
    process.wait()
    assert read_owner(data) == owner  # the file still names the dead copy
    lock = InstanceLock(data).acquire()
    try:
        assert lock.stale == owner
        current = read_owner(data)
        assert current is not None and current.pid == os.getpid()
    finally:
        lock.release()
    assert read_owner(data) is None  # a clean exit leaves nothing behind


def test_a_lock_is_released_and_taken_again(tmp_path: Path) -> None:
    with InstanceLock(tmp_path) as lock:
        assert lock.held and lock.stale is None
        with pytest.raises(AlreadyOpenError):
            InstanceLock(tmp_path).acquire()  # refused within one process too
    with InstanceLock(tmp_path) as again:
        assert again.held and again.stale is None


def test_a_server_database_needs_no_lock() -> None:
    assert lock_for_url("postgresql+psycopg://sentra@server/sentra") is None


# --- network shares ------------------------------------------------------------------------------

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/kantor nfs4 rw,relatime 0 0
//nas/data /mnt/nas cifs rw 0 0
//nas/lama /mnt/lama smb3 rw 0 0
user@host: /mnt/ssh fuse.sshfs rw 0 0
tmpfs /mnt/kantor/lokal tmpfs rw 0 0
/dev/sdb1 /media/data\\040usaha vfat rw 0 0
"""


def test_network_filesystems_are_recognised(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS)

    def kind(path: str) -> str | None:
        return network_filesystem(Path(path), mounts=mounts)

    assert kind("/mnt/kantor/sentra") == "nfs4"
    assert kind("/mnt/kantor") == "nfs4"
    assert kind("/mnt/nas/sentra data") == "cifs"
    assert kind("/mnt/lama/x") == "smb3"
    assert kind("/mnt/ssh/sentra") == "fuse.sshfs"
    assert kind("/mnt/kantor/lokal/sentra") is None  # a local mount inside the share
    assert kind("/media/data usaha/sentra") is None
    assert kind("/home/operator/sentra") is None
    assert kind("/mnt/kantorlain/sentra") is None  # a name that only starts like the share


def test_this_machines_folders_are_local_and_a_share_is_refused_with_a_pointer(tmp_path: Path) -> None:
    check_local_folder(tmp_path)  # the real /proc/mounts: a local disk, accepted
    text = describe(StorageError("network_folder", path="/mnt/kantor/sentra", kind="nfs4"))
    assert "/mnt/kantor/sentra" in text and "nfs4" in text
    assert "server mode" in text and "--db-url postgresql" in text
