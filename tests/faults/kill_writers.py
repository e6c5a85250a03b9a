"""Helper for the power-cut tests (not a test): start writers and kill them at random moments.

Usage: ``python kill_writers.py MODE DATA_DIR ROUNDS SEED MAX_DELAY_MS``

The program's modules are imported once here; each round forks a writer (a fresh process image
costs ~0.5 s to start, a fork ~2 ms), lets it run for a random time (counted from the fork in
even rounds, from its first acknowledged step in odd ones) and kills it with SIGKILL,
which no code can catch or clean up after: the same as pulling the plug, as far as the files on
disk are concerned. The writer reports each acknowledged step on a pipe, one line per step
(writes under 4 KiB to a pipe are atomic, so a line is either there whole or not at all). After
each round one JSON line goes to stdout: ``{"round": n, "lines": [...]}``.

Modes:
    saves    the writer takes the data folder's lock like the program does ("L fresh" or
             "L stale"), opens the database and saves product types in a loop, each its own
             transaction: "C id name" after a create commits, "U id notes" after an update.
    backups  the writer makes backups of the data folder's database in a loop ("B path").
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import sys
import time
import traceback
from pathlib import Path


def _saves(data_dir: Path, round_no: int, out: int) -> None:
    from sentra_desktop.services.catalogue_setup import ProductTypeInput, ProductTypeService
    from sentra_desktop.services.database import Database
    from sentra_desktop.services.instance_lock import InstanceLock

    lock = InstanceLock(data_dir).acquire()
    os.write(out, f"L {'stale' if lock.stale is not None else 'fresh'}\n".encode())
    db = Database.open(f"sqlite:///{(data_dir / 'sentra.sqlite3').as_posix()}", actor="kill-test")
    types = ProductTypeService(db)
    previous: tuple[int, str] | None = None
    step = 0
    while True:
        name = f"R{round_no}-{step}"
        new_id = types.create(ProductTypeInput(name=name, notes="catatan " * (step % 40)))
        os.write(out, f"C {new_id} {name}\n".encode())
        if previous is not None:
            notes = f"diubah {round_no}-{step}"
            types.update(previous[0], 1, ProductTypeInput(name=previous[1], notes=notes))
            os.write(out, f"U {previous[0]} {notes}\n".encode())
        previous = (new_id, name)
        step += 1


def _backups(data_dir: Path, _round_no: int, out: int) -> None:
    from sentra_desktop.services.backup import BackupService

    service = BackupService(data_dir / "sentra.sqlite3", data_dir / "backups")
    while True:
        path = service.backup_now()
        os.write(out, f"B {path}\n".encode())


MODES = {"saves": _saves, "backups": _backups}
FIRST_STEPS = (b"C ", b"B ")


def _first_step(read_end: int, timeout: float = 10.0) -> bytes:
    """Read what the writer reports until its first save or backup is acknowledged."""
    data = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        chunk = os.read(read_end, 65536)
        if not chunk:
            break
        data += chunk
        if any(data.startswith(step) or b"\n" + step in data for step in FIRST_STEPS):
            break
    return data


def main(mode: str, data_dir: Path, rounds: int, seed: int, max_delay_ms: float) -> None:
    import sentra_desktop.services.backup
    import sentra_desktop.services.catalogue_setup
    import sentra_desktop.services.instance_lock  # noqa: F401 - imported once, before forking
    from sentra_desktop.db.migrate import known_revisions
    from sentra_desktop.services.health import warm_up

    warm_up()  # configure the ORM once, as a running program would have
    known_revisions()  # and have Alembic's scripts loaded (rotation checks backups' schemas)
    work = MODES[mode]
    rng = random.Random(seed)
    for round_no in range(rounds):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the writer
            os.close(read_end)
            try:
                work(data_dir, round_no, write_end)
            except BaseException:
                traceback.print_exc()
            os._exit(3)  # only reached when the writer failed before it was killed
        os.close(write_end)
        chunks: list[bytes] = []
        if round_no % 2:
            # Every other round the clock starts at the writer's first acknowledged step, so that
            # however slow this machine is at starting writers, half the kills land mid-stream.
            chunks.append(_first_step(read_end))
        time.sleep(rng.uniform(0.0, max_delay_ms / 1000))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        while chunk := os.read(read_end, 65536):
            chunks.append(chunk)
        os.close(read_end)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        lines = b"".join(chunks).decode().splitlines()
        print(json.dumps({"round": round_no, "killed": killed, "lines": lines}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]))
