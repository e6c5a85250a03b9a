"""A throwaway PostgreSQL cluster for the tests: initdb into a temporary folder, a free loopback port.

As root the cluster runs as the ``postgres`` user (initdb refuses root), so its folder is made
readable by that user; as anyone else it runs as the current user. Where no PostgreSQL binaries
exist, :func:`find_bin_dir` returns None and the PostgreSQL variants of the tests skip.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    import psycopg

REQUIRE = "require"


def required() -> bool:
    """True when the PostgreSQL variants must run (``SENTRA_TEST_POSTGRES=require``)."""
    return os.environ.get("SENTRA_TEST_POSTGRES") == REQUIRE


def unavailable(reason: str) -> NoReturn:
    """Skip the PostgreSQL variants for ``reason``, or fail them where they are required."""
    import pytest

    if required():
        pytest.fail(
            f"PostgreSQL tests are required (SENTRA_TEST_POSTGRES=require) but {reason}", pytrace=False
        )
    pytest.skip(reason)


CANDIDATE_BIN_DIRS = [f"/usr/lib/postgresql/{v}/bin" for v in (17, 16, 15, 14, 13)]


def find_bin_dir() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    override = os.environ.get("SENTRA_PG_BIN")
    for candidate in [override, *CANDIDATE_BIN_DIRS]:
        if candidate and (Path(candidate) / "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Cluster:
    """One PostgreSQL server on 127.0.0.1, trusting local connections as user ``postgres``."""

    def __init__(
        self, bin_dir: Path, *, durable: bool = False, options: str = "", root: Path | None = None
    ) -> None:
        """``durable``: fsync and synchronous commits on, as on a real server (the benchmark);
        the tests run without them, since a throwaway cluster need not survive a power cut.
        ``root``: keep the cluster there (started again when it exists) instead of a temporary folder."""
        self.bin_dir = bin_dir
        self.durable = durable
        self.extra_options = options
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        # /tmp itself is world-readable; the cluster's own folder is handed to postgres below.
        if root is not None:
            root.mkdir(parents=True, exist_ok=True)
        self.root = root if root is not None else Path(tempfile.mkdtemp(prefix="sentra-pg-"))
        self.data = self.root / "data"
        self.stopped = True
        self.sock = self.root / "sock"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, check=False, capture_output=True, text=True, timeout=120)
        if check and done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {(done.stderr or done.stdout).strip()[-500:]}")
        return done

    def start(self) -> None:
        """initdb (once) and start the server; returns when it accepts connections."""
        if not self.data.exists():
            self.data.mkdir()
            self.sock.mkdir()
            if self.as_root:
                pg = pwd.getpwnam("postgres")
                os.chmod(self.root, 0o755)
                for path in (self.data, self.sock):
                    os.chown(path, pg.pw_uid, pg.pw_gid)
            self._run(
                "initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                "--locale=C.UTF-8", *(() if self.durable else ("--no-sync",)),
            )  # fmt: skip
        options = f"-p {self.port} -k {self.sock} -c listen_addresses=127.0.0.1 -c max_connections=200"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        if self.extra_options:
            options += " " + self.extra_options
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.data / "server.log"), "-o", options, "-w", "start"
        )
        self.stopped = False

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)
        self.stopped = True

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement outside a transaction in the maintenance database."""
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres") as conn:
            conn.autocommit = True
            conn.execute(sql)  # type: ignore[arg-type]

    def create_database(self, template: str | None = None) -> str:
        """A new database (a copy of ``template`` when given); returns its name."""
        name = f"t_{uuid.uuid4().hex[:16]}"
        clause = f" TEMPLATE {template}" if template else ""
        self.admin(f"CREATE DATABASE {name}{clause}")
        return name

    def drop_database(self, name: str) -> None:
        with contextlib.suppress(Exception):
            self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


# The shape of a schema, cheaply: a test that changed it (a downgrade, a dropped constraint)
# leaves a database that is recreated from the template instead of emptied.
_SHAPE = """
SELECT (SELECT string_agg(version_num, ',') FROM alembic_version),
       (SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
         WHERE n.nspname = 'public'),
       (SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'),
       (SELECT count(*) FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid
         JOIN pg_namespace n ON n.oid = r.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal),
       (SELECT count(*) FROM pg_tables WHERE schemaname = 'public')
"""


class SharedDatabase:
    """One migrated database reused by every test, emptied between tests in a few milliseconds.

    ``CREATE DATABASE ... TEMPLATE`` costs most of a second here; ``TRUNCATE ... RESTART
    IDENTITY`` of every table costs a few milliseconds. Before each test, connections left open
    are ended, then the schema's shape is compared with the template's: the same, the tables
    are emptied (triggers off for the session, so the append-only audit log can be emptied too);
    changed, the database is made again from the template.
    """

    def __init__(self, cluster: Cluster, template: str) -> None:
        self.cluster = cluster
        self.template = template
        self.name = cluster.create_database(template)
        self.shape = self._shape(template)

    def _connect(self, database: str) -> psycopg.Connection[Any]:
        import psycopg

        return psycopg.connect(
            f"host=127.0.0.1 port={self.cluster.port} user=postgres dbname={database}", autocommit=True
        )

    def _shape(self, database: str) -> tuple[object, ...]:
        with self._connect(database) as conn:
            row = conn.execute(_SHAPE).fetchone()
            return tuple(row or ())

    def reset(self) -> str:
        """Empty the shared database (or make it again); returns its URL."""
        self.cluster.admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{self.name}' AND pid <> pg_backend_pid()"
        )
        if self._shape(self.name) != self.shape:
            self.cluster.drop_database(self.name)
            self.name = self.cluster.create_database(self.template)
            return self.cluster.url(self.name)
        with self._connect(self.name) as conn:
            tables = [
                row[0]
                for row in conn.execute(
                    "SELECT tablename FROM pg_tables"
                    " WHERE schemaname = 'public' AND tablename <> 'alembic_version'"
                )
            ]
            conn.execute("SET session_replication_role = replica")
            conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
        return self.cluster.url(self.name)
