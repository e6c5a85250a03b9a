"""Quick checks run after the window is up: is the database file sound?"""

from __future__ import annotations

from sqlalchemy import text

from sentra_desktop.db.engine import is_sqlite
from sentra_desktop.services.database import Database


def quick_check(db: Database) -> list[str]:
    """Problems SQLite's quick check finds (empty when sound; always empty on PostgreSQL)."""
    if not is_sqlite(db.engine):
        return []
    with db.engine.connect() as conn:
        rows = [str(r[0]) for r in conn.execute(text("PRAGMA quick_check"))]
    return [] if rows == ["ok"] else rows
