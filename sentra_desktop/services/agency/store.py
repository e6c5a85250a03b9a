"""Opening an agency database: its registry (as a :class:`Database`) and the way to its replicas.

``--agency --data-dir DIR`` keeps ``DIR/agency.sqlite3`` and ``DIR/replicas/``; ``--agency
--db-url URL`` keeps schema ``agency`` and one schema per sentra on the server. A sentra's own
database is refused here, as an agency database is refused where a sentra's is expected
(:func:`services.database.migrate_with_backup`), each with its reason in Indonesian.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from sentra_desktop.core.errors import SentraError, StorageError
from sentra_desktop.core.paths import DataDir
from sentra_desktop.db import agency_store, watchdog
from sentra_desktop.db.migrate import SchemaTooNewError, upgrade_to_head
from sentra_desktop.services.agency import template
from sentra_desktop.services.database import Database

log = logging.getLogger("sentra.agency")


class RegistryDatabase(Database):
    """The registry's database: the sentra audit trail is not installed (the registry has no
    ``audit_log``; its packet log is its history)."""

    audited = False


@dataclass
class Agency:
    """An opened agency database: the registry and where its replicas are."""

    url: str
    replicas: Path | None  # the replica files' folder (SQLite); None on a server
    db: Database

    @classmethod
    def open(cls, url: str, replicas: Path | None = None) -> Agency:
        """Open (and migrate) the agency database at ``url``; a sentra's own database is refused."""
        with agency_store.opening(url):
            engine = agency_store.agency_engine(url)
            try:
                with engine.connect() as conn:
                    if agency_store.holds_sentra(conn):
                        raise SentraError("agency_on_sentra")
                agency_store.upgrade_agency(engine)
                if agency_store.is_postgresql(url):  # new replicas are cloned from it
                    template.ensure_template(url)
            except agency_store.AgencySchemaTooNewError as exc:
                engine.dispose()
                raise StorageError("schema_too_new", revision=str(exc)) from exc
            except BaseException:
                engine.dispose()
                raise
        if replicas is None and not agency_store.is_postgresql(url):
            replicas = Path(engine.url.database or ".").parent / agency_store.REPLICAS_DIR
        if replicas is not None:
            replicas.mkdir(parents=True, exist_ok=True)
        return cls(url, replicas, RegistryDatabase(engine))

    @classmethod
    def at(cls, data_dir: DataDir) -> Agency:
        """The agency in a data folder; a sentra's data folder is refused."""
        registry = data_dir.root / agency_store.AGENCY_FILE
        if not registry.exists() and data_dir.database.exists():
            raise SentraError("agency_on_sentra")
        data_dir.ensure()
        return cls.open(f"sqlite:///{registry.as_posix()}", data_dir.root / agency_store.REPLICAS_DIR)

    @property
    def server(self) -> bool:
        return agency_store.is_postgresql(self.url)

    def replica_engine(self, name: str, create: bool = True) -> Engine:
        return agency_store.replica_engine(self.url, self.replicas, name, create)

    def open_replica(self, name: str) -> Database:
        """A replica brought to the program's schema (a replica made by an older program is
        migrated like a sentra's own database)."""
        engine = self.replica_engine(name)
        try:
            with watchdog.unbounded():
                upgrade_to_head(engine)
        except SchemaTooNewError as exc:
            engine.dispose()
            raise StorageError("schema_too_new", revision=str(exc)) from exc
        except BaseException:
            engine.dispose()
            raise
        return Database(engine)

    def dispose(self) -> None:
        self.db.dispose()
