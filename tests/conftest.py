"""Shared fixtures: headless Qt, and a fresh migrated database for every test, on SQLite and PostgreSQL.

Each SQLite test gets a copy of one database file migrated once per session (copying a file is
exact and fast; savepoint rollback can leak committed rows on SQLite). Where PostgreSQL's
binaries exist, a throwaway cluster is started once per session (:mod:`tests.pg`), one database is
migrated as a template, and copied once into a database every PostgreSQL test reuses: emptied
before each test by ``TRUNCATE ... RESTART IDENTITY`` (a few milliseconds, where ``CREATE
DATABASE ... TEMPLATE`` takes most of a second), or made again from the template when a test
changed its schema. ``empty_pg_url`` gives a test a database of its own, with no tables.

Tests that use the ``db`` fixture below ``tests/db``, ``tests/services`` and ``tests/reports`` run
on both engines; a test that also uses ``db_path`` (an SQLite file) or lives elsewhere (the user
interface, the fault tests) runs on SQLite only; ``@pytest.mark.parametrize("db_engine", [...],
indirect=True)`` picks the engines of one test by hand.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from sentra_desktop.core import i18n
from sentra_desktop.services.database import Database
from tests import pg

ENGINES = ("sqlite", "postgresql")
# Folders whose database tests run on both engines.
BOTH_ENGINES_UNDER = ("db", "services", "reports")
_TESTS = Path(__file__).parent


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run ``db`` tests on both engines where that is meaningful (see the module docstring)."""
    if "db_engine" not in metafunc.fixturenames or "db_path" in metafunc.fixturenames:
        return
    if any(m.args and m.args[0] == "db_engine" for m in metafunc.definition.iter_markers("parametrize")):
        return
    try:
        area = Path(str(metafunc.definition.path)).relative_to(_TESTS).parts[0]
    except ValueError:
        return
    if area in BOTH_ENGINES_UNDER:
        metafunc.parametrize("db_engine", ENGINES, indirect=True)


@pytest.fixture(autouse=True)
def default_language() -> Iterator[None]:
    """Each test starts in the default language of the catalogue without Qt.

    The window (``--lang en``) and the CLI switch it for the whole process; a test that does so
    must not change the words the next test's sheets and messages are in.
    """
    i18n.set_language(i18n.DEFAULT_LANGUAGE)
    yield


@pytest.fixture(autouse=True)
def cheap_pins(monkeypatch: pytest.MonkeyPatch) -> None:
    """PIN hashes at the cheapest argon2id cost: the real one takes ~100 ms a check on purpose."""
    from argon2 import PasswordHasher

    from sentra_desktop.services import users

    monkeypatch.setattr(users, "hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """The engine the ``db`` fixture opens: "sqlite" (default) or "postgresql"."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pg.Cluster]:
    """A throwaway PostgreSQL server for the whole run; skips where PostgreSQL is not installed."""
    if os.environ.get("SENTRA_TEST_POSTGRES") == "0":
        pytest.skip("PostgreSQL variants switched off (SENTRA_TEST_POSTGRES=0)")
    bin_dir = pg.find_bin_dir()
    if bin_dir is None:
        pg.unavailable("PostgreSQL binaries (initdb, pg_ctl) not found; install Debian's postgresql")
    cluster = pg.Cluster(bin_dir)
    try:
        cluster.start()
    except Exception as exc:  # a cluster that cannot start is an environment problem, said once
        cluster.destroy()
        pg.unavailable(f"could not start a PostgreSQL test server: {exc}")
    yield cluster
    cluster.destroy()


@pytest.fixture(scope="session")
def pg_template(pg_cluster: pg.Cluster) -> str:
    """The name of a PostgreSQL database upgraded to head by the real migrations, made once per run."""
    name = pg_cluster.create_database()
    database = Database.open(pg_cluster.url(name))
    database.dispose()
    return name


@pytest.fixture(scope="session")
def pg_shared(pg_cluster: pg.Cluster, pg_template: str) -> pg.SharedDatabase:
    """One migrated database that every PostgreSQL test reuses, emptied before each."""
    return pg.SharedDatabase(pg_cluster, pg_template)


@pytest.fixture
def pg_url(pg_shared: pg.SharedDatabase) -> str:
    """The URL of a migrated, empty PostgreSQL database for one test (ids start at 1)."""
    return pg_shared.reset()


@pytest.fixture
def empty_pg_url(pg_cluster: pg.Cluster) -> Iterator[str]:
    """The URL of an empty PostgreSQL database (no tables) for one test."""
    name = pg_cluster.create_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file upgraded to head by the real migrations, made once per run."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def db_path(migrated_template: Path, tmp_path: Path) -> Path:
    """A private copy of the migrated template for one test."""
    path = tmp_path / "data" / "sentra.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def db_url(request: pytest.FixtureRequest, db_engine: str) -> str:
    """The URL of a migrated, empty database on the test's engine."""
    if db_engine == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return f"sqlite:///{request.getfixturevalue('db_path')}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A migrated, empty database; writes are recorded as operator "Penguji"."""
    database = Database.open(db_url, actor="Penguji")
    yield database
    database.dispose()
