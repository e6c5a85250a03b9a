"""Quick checks run after the window is up: is the database file sound?"""

from __future__ import annotations

from sqlalchemy import text

from sentra_desktop.db.engine import is_sqlite
from sentra_desktop.services.database import Database


def warm_up() -> None:
    """Configure every ORM mapper now, after the window is drawn, not on the first save."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def quick_check(db: Database) -> list[str]:
    """Problems SQLite's quick check finds (empty when sound; always empty on PostgreSQL)."""
    if not is_sqlite(db.engine):
        return []
    with db.engine.connect() as conn:
        rows = [str(r[0]) for r in conn.execute(text("PRAGMA quick_check"))]
    return [] if rows == ["ok"] else rows


def after_start(db: Database) -> list[str]:
    """What runs once the window is drawn: mapper set-up, then the quick integrity check."""
    warm_up()
    return quick_check(db)
