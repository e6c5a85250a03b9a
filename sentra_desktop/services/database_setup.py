"""Where the records live, as Pengaturan → Database changes it: the head's alone.

Trying a server, keeping a new choice (and the server's password in the keyring) and copying the
records to another database pass the permission hook like every service call, so a user without
the right is refused whatever the caller (the window, a script, a test), not only by a disabled
button. The choice itself is this PC's setting: the caller hands in how to keep it, so this layer
needs no settings file of the window's.
"""

from __future__ import annotations

from collections.abc import Callable

from sentra_desktop.db.copy import CopyProgress
from sentra_desktop.services.base import Service
from sentra_desktop.services.connection import ConnectionTest, ServerAddress, store_password, try_connection
from sentra_desktop.services.data_copy import CopyResult, copy_open_database_to

KeepChoice = Callable[[ServerAddress | None], None]


class DatabaseSetupService(Service, domain="database"):
    """The database tab's actions: ``database.test_connection``, ``.change``, ``.copy_records``."""

    def test_connection(self, url: str) -> ConnectionTest:
        """Try the server at ``url`` (slow when it does not answer: call on a worker)."""
        return try_connection(url)

    def change(self, address: ServerAddress | None, password: str, keep: KeepChoice) -> bool:
        """Work on the server at ``address`` (None: this PC's file) from the next start.

        ``password`` (when typed) goes to the keyring, never to ``keep``, which stores the choice
        in this PC's settings. Returns False when a typed password found no keyring to go to.
        """
        kept = True
        if address is not None and password:
            kept = store_password(address, password)
        keep(address)
        return kept

    def copy_records(self, to_url: str, progress: CopyProgress | None) -> CopyResult:
        """Copy every record of the open database into the empty database at ``to_url``."""
        return copy_open_database_to(self.db, to_url, progress)
