"""The audit log's text index: filled by its migration, fed by the one audit writer, used by the search."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from sentra_desktop.core.enums import AuditAction
from sentra_desktop.db import audit_search
from sentra_desktop.db.audit import AuditRecord, write_audit
from sentra_desktop.db.engine import make_engine
from sentra_desktop.services.audit_log import AuditLogService
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery


def _write(db: Database, *names: str, actor: str = "Sari") -> None:
    with db.engine.begin() as conn:
        write_audit(
            conn,
            [
                AuditRecord(actor, AuditAction.INSERT, "buyer", i, None, {"name": n})
                for i, n in enumerate(names)
            ],
        )


def _found(db: Database, search: str) -> list[str]:
    service = AuditLogService(db)
    query = ListQuery().with_search(search)
    rows = service.page(query, 0, 50)
    assert service.count(query) == len(rows)
    return [row.label for row in rows]


def test_search_goes_through_the_index_and_sees_new_rows(db: Database) -> None:
    _write(db, "Wati Lestari", "Budi Santoso", "Toko (Ayu*)")
    with db.engine.connect() as conn:
        assert audit_search.present(conn)
    assert _found(db, "wati") == ["Wati Lestari"]  # a part of a word, any case
    assert _found(db, "SANTOSO budi") == ["Budi Santoso"]  # every word, in any order
    assert _found(db, "(ayu*)") == ["Toko (Ayu*)"]  # FTS5 syntax is text here
    assert _found(db, "ti") == ["Wati Lestari"]  # too short for a trigram: LIKE instead
    assert _found(db, "sari lestari") == ["Wati Lestari"]  # the actor is searched too
    assert _found(db, "xyz") == []
    _write(db, "Wati Kedua")
    assert _found(db, "wati") == ["Wati Kedua", "Wati Lestari"]


def test_sqlite_search_reads_the_fts_table_in_order(db: Database) -> None:
    """The plan: the FTS5 table drives the join and hands rows newest first (no sort of every match)."""
    if db.engine.dialect.name != "sqlite":
        return
    service = AuditLogService(db)
    with db.reading() as session:
        stmt, _ = service._select(ListQuery().with_search("wati"), session)
        sql = str(stmt.compile(compile_kwargs={"literal_binds": True}))
        plan = " ".join(
            str(r)
            for r in session.execute(text("EXPLAIN QUERY PLAN " + sql + " ORDER BY audit_search.rowid DESC"))
        )
    assert "VIRTUAL TABLE INDEX" in plan and "TEMP B-TREE" not in plan


def test_migration_fills_the_index_from_rows_already_written(tmp_path: Path) -> None:
    from alembic import command

    from sentra_desktop.db.migrate import alembic_config, upgrade_to_head

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0004_sentra_settings")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_log (at, actor, action, table_name, record_id, changes) VALUES"
            " ('2025-01-01 00:00:00', 'lama', 'insert', 'buyer', 7, '{\"name\": \"Pak Harjo\"}')"
        )
    upgrade_to_head(engine)
    engine.dispose()
    db = Database.open(url)
    try:
        with db.engine.connect() as conn:
            assert audit_search.present(conn)
        assert _found(db, "harjo") == ["Pak Harjo"]
    finally:
        db.dispose()


def test_rows_copied_in_bulk_are_indexed_after_the_copy(db: Database) -> None:
    """Bulk paths (demo data, migrate-data) write around the audit writer; the index follows."""
    from sentra_desktop.db import dialect
    from sentra_desktop.db.models import AuditEntry

    table = AuditEntry.__table__
    with db.engine.begin() as conn, dialect.indexes_built_after(conn, table):  # type: ignore[arg-type]
        conn.execute(
            table.insert(),  # type: ignore[attr-defined]
            [{"actor": "impor", "action": AuditAction.INSERT, "table_name": "buyer", "record_id": 1,
              "changes": '{"name": "Bu Marni"}'}],
        )  # fmt: skip
    assert _found(db, "marni") == ["Bu Marni"]
