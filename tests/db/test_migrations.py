"""The schema comes only from migrations: pytest-alembic's standard checks, plus data survival."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytest_alembic.tests import (  # noqa: F401 - collected as tests
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)

from sentra_desktop.db.engine import make_engine
from sentra_desktop.db.migrate import (
    HEAD_REVISION,
    SchemaTooNewError,
    current_revision,
    known_revisions,
    upgrade_to_head,
)
from sentra_desktop.services.database import Database


@pytest.fixture
def alembic_config():
    from sentra_desktop.db.migrate import alembic_config as make_config

    return make_config()


@pytest.fixture(params=["sqlite", "postgresql"])
def alembic_engine(request: pytest.FixtureRequest, tmp_path: Path):
    """pytest-alembic's checks (upgrade, up/down, models match the DDL) on both engines."""
    if request.param == "postgresql":
        engine = make_engine(request.getfixturevalue("empty_pg_url"))
    else:
        engine = make_engine(f"sqlite:///{tmp_path / 'alembic.sqlite3'}")
    yield engine
    engine.dispose()


def test_head_constant_matches_scripts() -> None:
    """Startup compares against HEAD_REVISION without importing Alembic: it must be the real head."""
    from alembic.script import ScriptDirectory

    from sentra_desktop.db.migrate import alembic_config as make_config

    assert ScriptDirectory.from_config(make_config()).get_current_head() == HEAD_REVISION
    assert HEAD_REVISION in known_revisions()


def test_old_database_is_upgraded_not_recreated(tmp_path: Path) -> None:
    """A database made by the first migration keeps its rows through upgrade_to_head."""
    from alembic import command

    from sentra_desktop.db.migrate import alembic_config as make_config

    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(make_config(engine), "0001_initial")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO product_type (name, active, notes, uuid, created_at, updated_at, created_by,"
            " updated_by, version) VALUES ('Gantungan kunci', 1, '', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',"
            " '2025-01-01 00:00:00', '2025-01-01 00:00:00', 'lama', 'lama', 1)"
        )
    upgrade_to_head(engine)
    engine.dispose()
    db = Database.open(f"sqlite:///{path}")
    assert db.engine.connect().exec_driver_sql("SELECT name FROM product_type").scalar() == "Gantungan kunci"
    assert current_revision(db.engine) == HEAD_REVISION
    db.dispose()


def test_newer_database_is_refused(tmp_path: Path) -> None:
    """A database stamped by a newer program is not touched."""
    path = tmp_path / "new.sqlite3"
    Database.open(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    engine = make_engine(f"sqlite:///{path}")
    with pytest.raises(SchemaTooNewError):
        upgrade_to_head(engine)
    assert current_revision(engine) == "9999_future"
    engine.dispose()
