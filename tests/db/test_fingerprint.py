"""The frozen schema fingerprints: one per revision and engine, equal to what the migrations build.

A migration added without its fingerprint fails here with the command that makes it. On
PostgreSQL a drifted schema is refused for writing and flagged by ``check``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from sentra_desktop.core.errors import StorageError
from sentra_desktop.db import fingerprint
from sentra_desktop.db.engine import make_engine, writes_refused
from sentra_desktop.db.migrate import HEAD_REVISION, alembic_config, known_revisions, verify_schema
from sentra_desktop.services.catalogue_setup import ProductTypeInput, ProductTypeService
from sentra_desktop.services.data_copy import migrate_data
from sentra_desktop.services.database import Database
from sentra_desktop.services.health import after_start, full_check

ENGINES = ["sqlite", "postgresql"]


def _revisions_in_order() -> list[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(scripts.walk_revisions()))]


@pytest.mark.parametrize("engine", fingerprint.ENGINES)
def test_every_revision_has_its_fingerprint(engine: str) -> None:
    for revision in sorted(known_revisions()):
        assert fingerprint.fingerprint_path(revision, engine).is_file(), (
            f"revision {revision} has no fingerprint: run make fingerprints ({engine})"
        )


def _url(engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if engine == "postgresql":
        return str(request.getfixturevalue("empty_pg_url"))
    return f"sqlite:///{tmp_path / 'fresh.sqlite3'}"


@pytest.mark.parametrize("engine", ENGINES)
def test_each_revision_migrates_to_exactly_its_fingerprint(
    engine: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Revision by revision from empty, as tools/freeze_schema.py froze them."""
    from alembic import command

    sa_engine = make_engine(_url(engine, request, tmp_path))
    try:
        for revision in _revisions_in_order():
            command.upgrade(alembic_config(sa_engine), revision)
            with sa_engine.connect() as conn:
                drift = fingerprint.verify(conn, revision)
            assert drift.differences == (), f"{revision} on {engine}: {drift.differences[:5]}"
        assert revision == HEAD_REVISION
    finally:
        sa_engine.dispose()


def test_the_packaged_fingerprints_are_in_the_package_data() -> None:
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"db/fingerprints/*.json"' in pyproject


def test_compare_lists_extra_missing_and_altered_and_an_extra_index_only_warns() -> None:
    expected = {"table": {"a": ""}, "column": {"a.x": "INTEGER NOT NULL"}, "trigger": {"t": "CREATE T"}}
    actual = {
        "table": {"a": "", "b": ""},
        "column": {"a.x": "TEXT NOT NULL"},
        "index": {"ix_b": "CREATE INDEX ix_b ON a(x)"},
    }
    drift = fingerprint.compare(actual, expected)
    found = {(d.change, d.kind, d.name) for d in drift.differences}
    assert found == {
        ("extra", "table", "b"),
        ("altered", "column", "a.x"),
        ("missing", "trigger", "t"),
        ("extra", "index", "ix_b"),
    }
    assert [d.name for d in drift.warnings] == ["ix_b"] and not drift.sound
    assert fingerprint.compare({"index": {"ix_b": "x"}}, {}).sound


def test_normalising_ignores_quoting_and_spacing_only() -> None:
    assert fingerprint.normalise_sql('CREATE  INDEX "ix" ON "t" ( a ,\n b );') == "CREATE INDEX ix ON t(a,b)"
    assert fingerprint.normalise_sql("CHECK (a > 1)") != fingerprint.normalise_sql("CHECK (a > 2)")


def test_full_text_shadow_tables_and_statistics_are_allowed(tmp_path: Path) -> None:
    """An FTS5 index the program makes is described by its own table; its shadow tables and
    ANALYZE's statistics are SQLite's business."""
    path = tmp_path / "fts.sqlite3"
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
        before = fingerprint.describe_sqlite(conn)
        conn.execute("ANALYZE")
        assert fingerprint.describe_sqlite(conn) == before
        conn.execute("CREATE VIRTUAL TABLE note_search USING fts5(body)")
        described = fingerprint.describe_sqlite(conn)
    finally:
        conn.close()
    assert set(described["table"]) == {"note", "note_search"}
    assert described["table"]["note_search"].startswith("virtual ")


def test_sqlite_connections_are_defensive(db: Database) -> None:
    with db.engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            pytest.skip("SQLite's settings")
        assert conn.execute(text("PRAGMA trusted_schema")).scalar() == 0
        assert conn.execute(text("PRAGMA mmap_size")).scalar() == 0


@pytest.mark.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)
def test_check_reports_drift_on_both_engines(db: Database) -> None:
    assert full_check(db).sound
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE stash (x TEXT)"))
    try:
        report = full_check(db)
        assert not report.sound and any("stash" in line for line in report.schema)
    finally:
        with db.engine.begin() as conn:
            conn.execute(text("DROP TABLE stash"))


def test_a_drifted_server_is_refused_for_writing(empty_pg_url: str, tmp_path: Path) -> None:
    db = Database.open(empty_pg_url)
    ProductTypeService(db).create(ProductTypeInput(name="Sebelum"))
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "CREATE FUNCTION rename_all() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "UPDATE sentra_profile SET name = 'diubah'; RETURN NEW; END $$"
            )
        )
        conn.execute(
            text(
                "CREATE TRIGGER evil AFTER INSERT ON production_entry "
                "FOR EACH ROW EXECUTE FUNCTION rename_all()"
            )
        )
    db.dispose()

    drifted = Database.open(empty_pg_url)
    try:
        assert writes_refused(drifted.engine)
        assert not verify_schema(drifted.engine).sound
        with pytest.raises(StorageError) as caught:
            ProductTypeService(drifted).create(ProductTypeInput(name="Sesudah"))
        assert caught.value.code == "server_read_only"
        with drifted.engine.connect() as conn:  # reading still works
            assert conn.execute(text("SELECT name FROM product_type")).scalars().all() == ["Sebelum"]
        problems = after_start(drifted).problems
        assert any("evil" in p for p in problems) and "server" in problems[0].lower()
        report = full_check(drifted)
        assert not report.sound and any("evil" in line for line in report.schema)
    finally:
        drifted.dispose()
    # Nor are its records copied anywhere by `migrate-data --from`.
    target = tmp_path / "copy.sqlite3"
    with pytest.raises(StorageError) as caught:
        migrate_data(empty_pg_url, f"sqlite:///{target}")
    assert caught.value.code == "schema_drift" and "evil" in str(caught.value.params["differences"])
    assert not target.exists()
