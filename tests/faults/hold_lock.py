"""Helper for the one-writer tests (not a test): hold a data folder's lock like a running program.

Usage: ``python hold_lock.py DATA_DIR``. Prints ``READY <owner json>`` once the lock is held,
then waits until its standard input closes (or it is killed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from sentra_desktop.services.instance_lock import InstanceLock

if __name__ == "__main__":
    lock = InstanceLock(Path(sys.argv[1])).acquire()
    assert lock.owner is not None
    print("READY", lock.owner.to_text(), flush=True)
    sys.stdin.read()
    lock.release()
