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
from datetime import date, timedelta
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
        url = str(args.db_url)
        if url.startswith("postgresql"):
            from sentra_desktop.services.connection import with_stored_password

            url = with_stored_password(url)
        return url
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


def cli_month(text: str) -> date:
    """argparse type for a month given as 2026-11 or 11/2026; returns its first day."""
    cleaned = text.strip()
    for sep, year_first in (("-", True), ("/", False)):
        parts = cleaned.split(sep)
        if len(parts) == 2 and all(part.isdigit() for part in parts):
            year, month = (parts[0], parts[1]) if year_first else (parts[1], parts[0])
            if len(year) == 4 and 1 <= int(month) <= 12:
                return date(int(year), int(month), 1)
    raise argparse.ArgumentTypeError(f"not a month: {text!r} (use 2026-11 or 11/2026)")


def report_period(args: argparse.Namespace) -> tuple[date, date]:
    """The days a production report covers: --day, --month, or --from/--to (default: this month)."""
    if args.day is not None:
        return args.day, args.day
    if args.month is not None:
        start = args.month
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return start, following - timedelta(days=1)
    end = args.date_to or date.today()
    start = args.date_from or end.replace(day=1)
    return start, end


def _cmd_report(args: argparse.Namespace) -> int:
    from sentra_desktop.reports import render
    from sentra_desktop.services.report_data import ReportDataService

    needs_number = {"order", "delivery"}
    if args.sheet in needs_number and not args.number:
        args.usage.error(f"report {args.sheet} needs --number")
    if args.sheet == "stock-card" and not args.item:
        args.usage.error("report stock-card needs --item CODE")
    db = open_database(args)
    try:
        reports = ReportDataService(db)
        if args.sheet == "order":
            data = reports.order_sheet(args.number)
        elif args.sheet == "delivery":
            data = reports.delivery_note(args.number)
        elif args.sheet == "stock":
            data = reports.stock_sheet(args.product_type)
        elif args.sheet == "stock-card":
            kind, item_id = reports.find_item(args.item)
            start, end = report_period(args)
            data = reports.stock_card(kind, item_id, start, end)
        elif args.sheet == "production":
            start, end = report_period(args)
            data = reports.production_summary(start, end)
        else:
            data = reports.buyer_list()
    finally:
        db.dispose()
    out = Path(args.out)
    out.write_bytes(render(data))
    print(out)
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from sentra_desktop.core.messages import render
    from sentra_desktop.services.transfer import TransferService

    db = open_database(args)
    try:
        result = TransferService(db).import_file(args.kind, Path(args.file))
    finally:
        db.dispose()
    if result.problems:
        for problem in result.problems:
            column = TransferService.column_name(args.kind, problem.field)
            where = f"row {problem.row}" + (f", {column}" if column else "")
            print(f"{where}: {render(problem.code, dict(problem.params))}", file=sys.stderr)
        rows = len({p.row for p in result.problems})
        print(f"sentra-desktop: nothing was imported: {rows} bad row(s) in {args.file}", file=sys.stderr)
        return EXIT_FAILED
    print(
        f"{args.kind}: {result.rows} rows, {result.created} new, {result.updated} changed, "
        f"{result.unchanged} already there"
    )
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from sentra_desktop.services.transfer import TransferService

    db = open_database(args)
    try:
        rows = TransferService(db).export(args.kind, Path(args.out))
    finally:
        db.dispose()
    print(f"{args.out} ({rows} rows)")
    return EXIT_OK


# Commands that write to the database take the data folder's lock: refused while the program is open.
WRITING_COMMANDS = frozenset({"demo-data", "restore", "import"})


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


def _server_url(args: argparse.Namespace) -> str | None:
    """The URL when it names a database server (PostgreSQL), else None."""
    url = database_url(args)
    return url if url.startswith("postgresql") else None


def _server_backup_folder(args: argparse.Namespace) -> Path:
    if args.out:
        return Path(args.out)
    data_dir = DataDir.resolve(args.data_dir)
    data_dir.ensure()
    return data_dir.backups


def _backups(args: argparse.Namespace) -> BackupService:
    from sentra_desktop.services.backup import BackupService

    backups = BackupService.for_url(database_url(args))
    if backups is None:
        raise SentraError("backups_need_sqlite")
    return backups


def _cmd_backup(args: argparse.Namespace) -> int:
    server = _server_url(args)
    if server is not None:
        from sentra_desktop.services.data_copy import snapshot_server

        db = open_database(args)
        try:
            print(snapshot_server(db, _server_backup_folder(args)))
        finally:
            db.dispose()
        return EXIT_OK
    backups = _backups(args)
    path = backups.backup_to(Path(args.out)) if args.out else backups.backup_now()
    print(path)
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    server = _server_url(args)
    if server is not None:
        from sentra_desktop.services.data_copy import restore_to_server

        print(restore_to_server(Path(args.file), server).describe())
        return EXIT_OK
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


def _cmd_migrate_data(args: argparse.Namespace) -> int:
    from sentra_desktop.services.connection import with_stored_password
    from sentra_desktop.services.data_copy import migrate_data

    source = with_stored_password(args.source) if args.source else database_url(args)
    target = with_stored_password(args.target)
    print(migrate_data(source, target, _terminal_progress() if sys.stderr.isatty() else None).describe())
    return EXIT_OK


def _terminal_progress() -> Callable[[int, int, str], None]:
    """A progress line on the terminal, rewritten at most a few times a second."""
    import time

    last = [0.0]

    def show(done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if now - last[0] < 0.3 and done < total:
            return
        last[0] = now
        percent = 100 * done // total if total else 100
        print(f"\r{percent:3d}%  {done:,} of {total:,} records  ({label})\x1b[K", end="", file=sys.stderr)
        if done >= total:
            print(file=sys.stderr)

    return show


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sentra-desktop", description=f"{APP_NAME}: production, stock, designs, buyers and orders."
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="keep all data (database, backups, logs) under DIR")
    parser.add_argument(
        "--db-url",
        metavar="URL",
        help="an SQLite or PostgreSQL URL (sqlite:///file.sqlite3, postgresql+psycopg://user@host/db); "
        "a server's password may come from the system keyring",
    )
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

    report = sub.add_parser(
        "report",
        help="print a sheet to a PDF file: stock, stock-card, production, order, delivery or buyers",
        description="Print one sheet to a PDF file. Dates as 28/11/2026 or 2026-11-28, months as 2026-11.",
    )
    report.add_argument(
        "sheet",
        choices=["stock", "stock-card", "production", "order", "delivery", "buyers"],
        help="which sheet",
    )
    report.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    report.add_argument("--number", help="order: its number (PSN-…); delivery: SJ-… or an order number")
    report.add_argument("--product-type", metavar="NAME", help="stock: only the designs of this product type")
    report.add_argument("--item", metavar="CODE", help="stock-card: the design or material code")
    period = report.add_mutually_exclusive_group()
    period.add_argument("--day", type=cli_date, metavar="DATE", help="production: one day")
    period.add_argument("--month", type=cli_month, metavar="YYYY-MM", help="production: one month")
    period.add_argument(
        "--from", dest="date_from", type=cli_date, metavar="DATE", help="first day of a range"
    )
    report.add_argument("--to", dest="date_to", type=cli_date, metavar="DATE", help="last day of a range")
    report.set_defaults(handler=_cmd_report, usage=report)

    move = sub.add_parser(
        "migrate-data",
        help="copy every record into an empty database, e.g. from this PC's file to a PostgreSQL server",
        description="Copy every record (ids and UUIDs kept) into an empty database, then compare the "
        "counts and stock totals of both. A target that already holds records is refused.",
    )
    move.add_argument("--from", dest="source", metavar="URL", help="where the records are (default: --db-url "
                      "or the data folder's database)")  # fmt: skip
    move.add_argument("--to", dest="target", metavar="URL", required=True, help="the empty database to fill")
    move.set_defaults(handler=_cmd_migrate_data)

    kinds = ["designs", "materials", "buyers", "production", "stock-counts"]
    imp = sub.add_parser(
        "import",
        help="read records from a .csv or .xlsx file: all rows or none (every bad row is listed)",
        description="Import designs, materials, buyers, production entries or stock counts. Any bad row "
        "means nothing is written; importing the same file again adds nothing.",
    )
    imp.add_argument("kind", choices=kinds, help="what the file holds")
    imp.add_argument("file", metavar="FILE", help="a .csv (comma or semicolon) or .xlsx file")
    imp.set_defaults(handler=_cmd_import)

    exp = sub.add_parser("export", help="write every record of a kind to a .csv or .xlsx file")
    exp.add_argument("kind", choices=kinds, help="what to export")
    exp.add_argument("--out", required=True, metavar="FILE", help="the file to write (.csv or .xlsx)")
    exp.set_defaults(handler=_cmd_export)

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
    if handler is _cmd_gui:  # no console in the windowed build: errors must reach the log file
        from sentra_desktop.core.logfile import setup_log_file

        setup_log_file(DataDir.resolve(args.data_dir).logs)
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
