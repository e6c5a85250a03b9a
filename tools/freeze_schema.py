"""Freeze the schema fingerprint of every migration revision that lacks one (``make fingerprints``).

Migrates a fresh SQLite file and a fresh PostgreSQL database revision by revision and writes
``sentra_desktop/db/fingerprints/<revision>.<engine>.json`` for each revision that has none. An
existing fingerprint is never rewritten (it describes what users' files of that revision hold)
unless ``--force`` names it. PostgreSQL comes from ``--pg-url`` (an empty database) or else a
throwaway cluster started like the tests' (``tests/pg.py``); ``--engine sqlite`` skips it.

Usage: python tools/freeze_schema.py [--engine sqlite|postgresql] [--force REVISION ...] [--pg-url URL]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sentra_desktop.db import fingerprint  # noqa: E402
from sentra_desktop.db.engine import make_engine  # noqa: E402
from sentra_desktop.db.migrate import alembic_config  # noqa: E402


def revisions_in_order() -> list[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(scripts.walk_revisions()))]


def freeze(url: str, engine_name: str, force: set[str]) -> list[Path]:
    """Migrate the empty database at ``url`` step by step, writing the missing fingerprints."""
    from alembic import command

    written: list[Path] = []
    engine = make_engine(url)
    try:
        for revision in revisions_in_order():
            command.upgrade(alembic_config(engine), revision)
            path = fingerprint.fingerprint_path(revision, engine_name)
            if path.exists() and revision not in force and "all" not in force:
                continue
            with engine.connect() as conn:
                objects = fingerprint.describe(conn)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(fingerprint.dump(objects, revision, engine_name), encoding="utf-8")
            written.append(path)
    finally:
        engine.dispose()
    return written


@contextmanager
def throwaway_postgresql() -> Iterator[str]:
    from tests import pg

    bin_dir = pg.find_bin_dir()
    if bin_dir is None:
        raise SystemExit("PostgreSQL is not installed: give --pg-url or --engine sqlite")
    cluster = pg.Cluster(bin_dir)
    cluster.start()
    try:
        yield cluster.url(cluster.create_database())
    finally:
        cluster.destroy()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=fingerprint.ENGINES)
    parser.add_argument("--force", nargs="*", default=[], metavar="REVISION", help="rewrite these ('all')")
    parser.add_argument("--pg-url", help="an empty PostgreSQL database to migrate")
    args = parser.parse_args(argv)
    force = set(args.force)
    written: list[Path] = []
    if args.engine in (None, "sqlite"):
        with tempfile.TemporaryDirectory(prefix="sentra-freeze-") as work:
            written += freeze(f"sqlite:///{Path(work) / 'fresh.sqlite3'}", "sqlite", force)
    if args.engine in (None, "postgresql"):
        if args.pg_url:
            written += freeze(args.pg_url, "postgresql", force)
        else:
            with throwaway_postgresql() as url:
                written += freeze(url, "postgresql", force)
    for path in written:
        print(f"wrote {path.relative_to(ROOT)}")
    if not written:
        print("every revision has its fingerprints")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
