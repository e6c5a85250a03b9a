"""The command line: starts the window when no subcommand is given, else runs one task.

Exit codes: 0 done, 1 the work failed or the input was bad (a plain message on stderr),
2 a usage error (argparse's own code).
"""

from __future__ import annotations

import argparse
import errno
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sentra_desktop import APP_NAME, __version__
from sentra_desktop.core.errors import SentraError, StorageError
from sentra_desktop.core.formatting import parse_date
from sentra_desktop.core.messages import describe
from sentra_desktop.core.paths import DataDir

if TYPE_CHECKING:
    from sentra_desktop.services.backup import BackupService

log = logging.getLogger("sentra.cli")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


def cli_date(text: str) -> date:
    """argparse type for dates given as 28/11/2026 or 2026-11-28."""
    try:
        return parse_date(text)
    except SentraError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use 28/11/2026 or 2026-11-28)") from None


def database_url(args: argparse.Namespace) -> str:
    """The database URL chosen by --db-url, else the SQLite file in the data folder."""
    if args.db_url:
        return str(args.db_url)
    data_dir = DataDir.resolve(args.data_dir)
    data_dir.ensure()
    return data_dir.sqlite_url()


def open_database(args: argparse.Namespace):
    """Open (and migrate) the database the arguments point at."""
    from sentra_desktop.services.database import Database

    return Database.open(database_url(args))


def _cmd_demo_data(args: argparse.Namespace) -> int:
    db = open_database(args)
    from sentra_desktop.services.demo import DemoOptions, load_demo_data

    days = args.days if args.days is not None else 365 * args.years
    options = DemoOptions(seed=args.seed, days=days)
    try:
        if args.scale == "large":
            from sentra_desktop.services.demo.large import load_large_demo

            summary = load_large_demo(db, options, progress=None)
        else:
            summary = load_demo_data(db, options, progress=None)
    finally:
        db.dispose()
    print(summary.describe())
    return EXIT_OK


def _cmd_screenshot(args: argparse.Namespace) -> int:
    from sentra_desktop.app import take_screenshot

    return take_screenshot(args)


def _cmd_gui(args: argparse.Namespace) -> int:
    from sentra_desktop.app import run_gui

    return run_gui(args)


# Commands that write to the database take the data folder's lock: refused while the program is open.
WRITING_COMMANDS = frozenset({"demo-data", "restore"})


@contextmanager
def writer_lock(args: argparse.Namespace) -> Iterator[None]:
    """Hold the data folder's instance lock (SQLite only) while a command writes."""
    from sentra_desktop.services.instance_lock import lock_for_url

    lock = lock_for_url(database_url(args))
    try:
        yield
    finally:
        if lock is not None:
            lock.release()


def _backups(args: argparse.Namespace) -> BackupService:
    from sentra_desktop.services.backup import BackupService

    backups = BackupService.for_url(database_url(args))
    if backups is None:
        raise SentraError("backups_need_sqlite")
    return backups


def _cmd_backup(args: argparse.Namespace) -> int:
    backups = _backups(args)
    path = backups.backup_to(Path(args.out)) if args.out else backups.backup_now()
    print(path)
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    result = _backups(args).restore(Path(args.file))
    print(result.describe())
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from sentra_desktop.services.backup import BackupService
    from sentra_desktop.services.database import Database
    from sentra_desktop.services.health import full_check

    url = database_url(args)
    backups = BackupService.for_url(url)
    if backups is not None and not backups.database.is_file():
        raise SentraError("no_database", path=str(backups.database))
    try:
        db = Database.open(url, migrate=False)
    except StorageError as exc:
        print(f"Database: {describe(exc)}")
        print("Result: PROBLEMS FOUND")
        return EXIT_FAILED
    try:
        report = full_check(db)
    finally:
        db.dispose()
    print(f"Database: {db.url}")
    print("\n".join(report.lines()))
    return EXIT_OK if report.sound else EXIT_FAILED


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sentra-desktop", description=f"{APP_NAME}: production, stock, designs, buyers and orders."
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="keep all data (database, backups, logs) under DIR")
    parser.add_argument("--db-url", metavar="URL", help="an SQLite or PostgreSQL SQLAlchemy URL")
    parser.add_argument("--lang", choices=["id", "en"], help="user interface language (default: setting)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo-data", help="fill the database with a realistic demo sentra")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")
    demo.add_argument("--days", type=int, default=None, help="days of production history (default: --years)")
    size = demo.add_argument_group("size")
    size.add_argument("--years", type=int, default=1, help="years of history, 365 days each (default 1)")
    size.add_argument(
        "--scale",
        choices=["normal", "large"],
        default="normal",
        help="large: about 100,000 production entries a year (a million over 10 years), for benchmarks",
    )
    demo.set_defaults(handler=_cmd_demo_data)

    shot = sub.add_parser("screenshot", help="save a picture of one area of the main window")
    shot.add_argument("--page", required=True, help="area: produksi, stok, desain, pembeli, ...")
    shot.add_argument("--out", required=True, metavar="FILE.png")
    shot.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    shot.set_defaults(handler=_cmd_screenshot)

    backup = sub.add_parser("backup", help="write one dated, checked backup of the database")
    backup.add_argument(
        "--out",
        metavar="DIR",
        help="folder to write it into, e.g. a USB stick (default: the data folder's backups)",
    )
    backup.set_defaults(handler=_cmd_backup)

    restore = sub.add_parser(
        "restore", help="put a backup in place of the database (the current one is kept)"
    )
    restore.add_argument("file", metavar="FILE", help="the backup file (sentra-YYYYMMDD-HHMMSS.sqlite3)")
    restore.set_defaults(handler=_cmd_restore)

    check = sub.add_parser(
        "check",
        help="full check: integrity, foreign keys, stock balances against the ledger (exit 1: problems)",
    )
    check.set_defaults(handler=_cmd_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen command (the window when none is given)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    handler: Handler = getattr(args, "handler", _cmd_gui)
    try:
        with writer_lock(args) if args.command in WRITING_COMMANDS else nullcontext():
            return handler(args)
    except SentraError as exc:
        print(f"sentra-desktop: {describe(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"sentra-desktop: {_os_error_text(exc)}", file=sys.stderr)
        return EXIT_FAILED


def _os_error_text(exc: OSError) -> str:
    """A full or read-only disk in the program's own words, with the system's message after it."""
    codes = {errno.ENOSPC: "disk_full", errno.EROFS: "read_only", errno.EACCES: "read_only"}
    code = codes.get(exc.errno or 0)
    return f"{describe(StorageError(code))} ({exc})" if code else str(exc)
