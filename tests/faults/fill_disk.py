"""Helper for the full-disk test (not a test): save until the disk is "full", then keep trying.

Usage: ``python fill_disk.py DATABASE LIMIT_BYTES``

The process may write no file beyond ``LIMIT_BYTES`` (``RLIMIT_FSIZE``, with SIGXFSZ ignored so
the write fails with EFBIG instead of killing the process), which SQLite sees as a disk that
cannot take more. Prints ``C id name`` after each save that committed and ``E code message``
for each refused one; stops after three refusals. Standard output is a pipe, which the limit
does not cover.
"""

from __future__ import annotations

import resource
import signal
import sys

from sentra_desktop.core.errors import StorageError
from sentra_desktop.core.messages import describe
from sentra_desktop.services.catalogue_setup import ProductTypeInput, ProductTypeService
from sentra_desktop.services.database import Database
from sentra_desktop.services.health import warm_up

if __name__ == "__main__":
    database, limit = sys.argv[1], int(sys.argv[2])
    db = Database.open(f"sqlite:///{database}", actor="disk-test")
    warm_up()
    types = ProductTypeService(db)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    refused = 0
    for step in range(20_000):
        name = f"Penuh-{step}"
        try:
            new_id = types.create(ProductTypeInput(name=name, notes="isi " * 400))
        except StorageError as exc:
            print(f"E {exc.code} {describe(exc)}", flush=True)
            refused += 1
            if refused == 3:
                break
        else:
            print(f"C {new_id} {name}", flush=True)
    db.dispose()
