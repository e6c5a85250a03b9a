"""The audit log is append-only in the database itself, through every migration from 0003 on.

SQLite migrations in batch mode rebuild tables by copying them, which silently drops triggers;
so the guard is checked after each revision, not only at head, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DatabaseError

from sentra_desktop.db.engine import make_engine
from sentra_desktop.db.migrate import alembic_config
from sentra_desktop.db.models import AuditEntry, ProductType
from sentra_desktop.services.catalogue_setup import ProductTypeInput, ProductTypeService
from sentra_desktop.services.database import Database

FIRST_GUARDED = "0003_audit_append_only"


def _revisions_from_guard() -> list[str]:
    """Revisions in upgrade order, from the one that added the guard to head."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    ordered = [rev.revision for rev in scripts.walk_revisions("base", "heads")][::-1]
    return ordered[ordered.index(FIRST_GUARDED) :]


def _insert_audit_row(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_log (at, actor, action, table_name, record_id, changes)"
            " VALUES ('2026-11-28 10:00:00', 'Sari', 'insert', 'product_type', 1, '{}')"
        )


def _actors(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.exec_driver_sql("SELECT actor FROM audit_log ORDER BY id").scalars())


def _assert_guarded(engine: Engine) -> None:
    _insert_audit_row(engine)
    before = _actors(engine)
    for statement in ("UPDATE audit_log SET actor = 'forged'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError, match="append-only"), engine.begin() as conn:
            conn.exec_driver_sql(statement)
    assert _actors(engine) == before


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'guard.sqlite3'}"
    else:
        url = str(request.getfixturevalue("empty_pg_url"))
    engine = make_engine(url)
    yield engine
    engine.dispose()


def test_guard_holds_after_every_revision(empty_engine: Engine) -> None:
    """Upgrade one revision at a time; after each one from 0003 on, UPDATE and DELETE fail."""
    from alembic import command

    config = alembic_config(empty_engine)
    command.upgrade(config, "0002_production_list_indexes")
    for revision in _revisions_from_guard():
        command.upgrade(config, revision)
        _assert_guarded(empty_engine)
    command.upgrade(config, "head")
    _assert_guarded(empty_engine)


def test_downgrade_removes_guard_and_upgrade_restores_it(empty_engine: Engine) -> None:
    from alembic import command

    config = alembic_config(empty_engine)
    command.upgrade(config, FIRST_GUARDED)
    command.downgrade(config, "0002_production_list_indexes")
    _insert_audit_row(empty_engine)
    with empty_engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET actor = 'allowed before 0003'")
    command.upgrade(config, "head")
    _assert_guarded(empty_engine)


def test_guard_on_the_test_database(db: Database) -> None:
    """The template every other test uses carries the guard; the ORM cannot delete either."""
    ProductTypeService(db).create(ProductTypeInput(name="Gantungan kunci"))
    with pytest.raises(DatabaseError, match="append-only"), db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_log")
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 1


def test_rolled_back_change_leaves_no_audit_row(db: Database) -> None:
    """The audit row is written in the change's own transaction: a failure later in it removes both."""
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(ProductType(name="Tatakan gelas"))
        session.flush()
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 1  # written, not committed
        raise RuntimeError("power cut in the middle of the save")
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0
        assert session.scalar(select(func.count()).select_from(ProductType)) == 0
