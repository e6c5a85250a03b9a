"""The command line: starts the window when no subcommand is given, else runs one task.

Exit codes: 0 done, 1 the work failed or the input was bad (a plain message on stderr),
2 a usage error (argparse's own code). It speaks the language of ``--lang``, else of this PC's
settings file (Indonesian by default), from the catalogue the window reads too
(:mod:`sentra_desktop.cli_output`).
"""

from __future__ import annotations

import argparse
import errno
import functools
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sentra_desktop import cli_agency, cli_output, cli_parser
from sentra_desktop.core import i18n
from sentra_desktop.core.errors import PermissionDenied, SentraError, StorageError, ValidationError
from sentra_desktop.core.paths import DataDir

if TYPE_CHECKING:
    from sentra_desktop.services.backup import BackupService
    from sentra_desktop.services.database import Database

log = logging.getLogger("sentra.cli")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


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


def open_database(args: argparse.Namespace) -> Database:
    """Open (and migrate) the database the arguments point at, as the ``--user`` (if given)."""
    from sentra_desktop.cli_users import identify
    from sentra_desktop.services.database import Database

    db = Database.open(database_url(args))
    try:
        identify(db, args)
    except BaseException:
        db.dispose()
        raise
    return db


def _cmd_user(args: argparse.Namespace) -> int:
    from sentra_desktop.cli_users import run

    db = open_database(args)
    try:
        run(args, db)
    finally:
        db.dispose()
    return EXIT_OK


def _cmd_demo_data(args: argparse.Namespace) -> int:
    db = open_database(args)
    from sentra_desktop.demo import DemoOptions, demo_logins, load_demo_data

    days = args.days if args.days is not None else 365 * args.years
    options = DemoOptions(seed=args.seed, days=days)
    try:
        if args.scale == "large":
            from sentra_desktop.demo.large import load_large_demo

            summary = load_large_demo(db, options, progress=_demo_step)
        else:
            summary = load_demo_data(db, options, progress=_demo_step)
    finally:
        db.dispose()
    print(cli_output.demo_text(summary))
    print(demo_logins())
    return EXIT_OK


def _demo_step(done: int, total: int, label: str) -> None:
    """Each step of making the demo data, on stderr (the label comes translated)."""
    print(f"[{done}/{total}] {label}", file=sys.stderr)


def _cmd_screenshot(args: argparse.Namespace) -> int:
    _load_below_qt()
    from sentra_desktop.app import take_screenshot

    return take_screenshot(args)


def _cmd_gui(args: argparse.Namespace) -> int:
    _load_below_qt()
    from sentra_desktop.app import run_gui

    return run_gui(args)


def _load_below_qt() -> None:
    """Import the layers under the window before Qt. Once PySide6 is loaded, its ``__feature__``
    import hook reads the source of every module imported after it; for SQLAlchemy and the
    services the login screen uses that was ~0.15 s of CPU before the login screen was drawn."""
    import sqlalchemy.dialects.sqlite  # noqa: F401 - the engine of a database on this PC

    import sentra_desktop.services.connection
    import sentra_desktop.services.container
    import sentra_desktop.services.users  # noqa: F401


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


def performance_params(
    args: argparse.Namespace, db: Database, start: date | None, end: date | None
) -> dict[str, Any]:
    """The pack's compared period and member business, refused with a plain message when the
    dates run backwards, the compared period overlaps the chosen one, or no member has the code."""
    from sentra_desktop.core.performance import Period
    from sentra_desktop.services.markets import MarketService

    if start is not None and end is not None and end < start:
        raise ValidationError.single("--to", "date_order")
    end = end or date.today()
    start = start or Period.last_twelve_months(end).start
    if end < start:
        raise ValidationError.single("--to", "date_order")
    params: dict[str, Any] = {"date_from": start, "date_to": end}
    compare = (args.compare_from, args.compare_to)
    if any(compare) and not all(compare):
        args.usage.error(i18n.translate("CommandLine", "--compare-from and --compare-to go together"))
    if all(compare):
        if args.compare_to < args.compare_from:
            raise ValidationError.single("--compare-to", "date_order")
        if args.compare_from <= end and start <= args.compare_to:
            raise ValidationError.single("--compare-from", "periods_overlap")
        params.update(compare_from=args.compare_from, compare_to=args.compare_to)
    if args.member:
        params["member_business_id"] = MarketService(db).member_id(args.member)
    return params


def _cmd_report(args: argparse.Namespace) -> int:
    from sentra_desktop import printing

    kind = printing.sheet_kind(args.sheet)
    for need in kind.needs:
        if not getattr(args, need):
            option = f"--{need.replace('_', '-')}"
            args.usage.error(
                i18n.translate(
                    "CommandLine", "report {sheet} needs {option}", None, sheet=args.sheet, option=option
                )
            )
    start, end = report_period(args)
    if kind.key == "assistance":  # aid covers all time unless a range is given
        start, end = args.date_from, args.date_to
    if kind.key == "performance" and args.day is None and args.month is None:
        start, end = args.date_from, args.date_to  # default: the last 12 months
    params: dict[str, Any] = {
        "number": args.number,
        "product_type": args.product_type,
        "item": args.item,
        "agency": args.agency,
        "member": args.member,
        "date_from": start,
        "date_to": end,
        "year": args.year,
    }
    db = open_database(args)
    try:
        if kind.key == "performance":
            params.update(performance_params(args, db, start, end))
        pdf = printing.make(db, kind.key, params)
    finally:
        db.dispose()
    out = Path(args.out)
    out.write_bytes(pdf)
    print(out)
    return EXIT_OK


def _cmd_packet(args: argparse.Namespace) -> int:
    from sentra_desktop import cli_packet

    db = open_database(args)
    try:
        return cli_packet.run(args, db)
    finally:
        db.dispose()


def _cmd_import(args: argparse.Namespace) -> int:
    from sentra_desktop.cli_users import require
    from sentra_desktop.services import aid_transfer  # noqa: F401 - adds the "assistance" kind
    from sentra_desktop.services.transfer import TransferService

    db = open_database(args)
    try:
        require(db, "transfer.import_file")
        result = TransferService(db).import_file(args.kind, Path(args.file))
    finally:
        db.dispose()
    if result.problems:
        column = functools.partial(TransferService.column_name, args.kind)
        for line in cli_output.import_problem_lines(result, column):
            print(line, file=sys.stderr)
        rows = len({p.row for p in result.problems})
        print(f"sentra-desktop: {cli_output.nothing_imported(rows, args.file)}", file=sys.stderr)
        return EXIT_FAILED
    print(cli_output.imported(result))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    if args.kind == "ikm-year":
        return _export_ikm_year(args)
    from sentra_desktop.services import aid_transfer  # noqa: F401 - adds the "assistance" kind
    from sentra_desktop.services.transfer import TransferService

    if args.kind == "pay":
        return _export_pay(args)
    db = open_database(args)
    try:
        rows = TransferService(db).export(args.kind, Path(args.out))
    finally:
        db.dispose()
    print(cli_output.exported(args.out, rows))
    return EXIT_OK


def _export_ikm_year(args: argparse.Namespace) -> int:
    from sentra_desktop.services.ikm_year import IkmYearService, write_xlsx
    from sentra_desktop.services.report_data import ReportDataService

    if args.year is None:
        args.usage.error(
            i18n.translate(
                "CommandLine", "report {sheet} needs {option}", None, sheet=args.kind, option="--year"
            )
        )
    db = open_database(args)
    try:
        data = IkmYearService(db).sheet(args.year, ReportDataService(db).sentra())
    finally:
        db.dispose()
    rows = write_xlsx(data, Path(args.out))
    print(cli_output.exported(args.out, rows))
    return EXIT_OK


def _export_pay(args: argparse.Namespace) -> int:
    """The figures behind the pay slips, one row per line, to a .xlsx or .csv file."""
    from sentra_desktop.core.pay import EXPORT_HEADERS, export_rows, member_matches
    from sentra_desktop.services.pay import PayService
    from sentra_desktop.services.transfer.files import write_csv, write_xlsx

    if args.date_from is None or args.date_to is None:
        args.usage.error(i18n.translate("CommandLine", "export pay needs --from and --to"))
    db = open_database(args)
    try:
        pay = PayService(db)
        figures = pay.compute(args.date_from, args.date_to)
        if args.member:
            member = pay.member_name(args.member)
            figures.makers = [m for m in figures.makers if member_matches(m, member)]
    finally:
        db.dispose()
    out = Path(args.out)
    headers = [i18n.translate("PaySlips", h) for h in EXPORT_HEADERS]
    rows = export_rows(figures)
    if out.suffix.lower() == ".csv":
        count = write_csv(out, headers, rows)
    else:
        count = write_xlsx(out, headers, rows, "Upah")
    print(cli_output.exported(args.out, count))
    return EXIT_OK


# Commands that write to the database take the data folder's lock: refused while the program is open.
WRITING_COMMANDS = frozenset({"demo-data", "restore", "import", "user", "packet"})


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

        print(cli_output.copy_text(restore_to_server(Path(args.file), server)))
        return EXIT_OK
    backups = _backups(args)
    current = _current_database(args)
    try:
        if current is not None:
            backups.db = current  # the service checks the right and names the user in the audit log
        try:
            result = backups.restore(Path(args.file))
        except PermissionDenied:
            if current is not None and current.actor.user_id is None:
                raise SentraError("login_required") from None
            raise
    finally:
        if current is not None:
            current.dispose()
    print(cli_output.restore_text(result))
    return EXIT_OK


def _current_database(args: argparse.Namespace) -> Database | None:
    """The database a restore replaces, as the ``--user``; None when it is too damaged to open or
    to read its users (it stays recoverable without a user, see :meth:`BackupService.restore`)."""
    from sentra_desktop.cli_users import identify
    from sentra_desktop.services.database import Database

    try:
        db = Database.open(database_url(args), migrate=False)
    except StorageError:
        return None
    try:
        identify(db, args)
    except StorageError:
        db.dispose()
        return None
    except BaseException:
        db.dispose()
        raise
    return db


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
        print(cli_output.database_line(cli_output.error_text(exc)))
        if cli_output.detail_line(exc):
            print(cli_output.detail_line(exc))
        print(cli_output.result_line(sound=False))
        return EXIT_FAILED
    try:
        report = full_check(db)
    finally:
        db.dispose()
    print(cli_output.database_line(str(db.url)))
    print("\n".join(cli_output.health_lines(report)))
    return EXIT_OK if report.sound else EXIT_FAILED


def _cmd_migrate_data(args: argparse.Namespace) -> int:
    from sentra_desktop.services.connection import with_stored_password
    from sentra_desktop.services.data_copy import migrate_data

    source = with_stored_password(args.source) if args.source else database_url(args)
    target = with_stored_password(args.target)
    result = migrate_data(source, target, _terminal_progress() if sys.stderr.isatty() else None)
    print(cli_output.copy_text(result))
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
        print(f"\r{cli_output.progress_line(percent, done, total, label)}\x1b[K", end="", file=sys.stderr)
        if done >= total:
            print(file=sys.stderr)

    return show


def build_parser() -> argparse.ArgumentParser:
    """The command line's options and subcommands, described in the current language."""
    return cli_parser.build_parser(
        {
            "demo-data": _cmd_demo_data,
            "screenshot": _cmd_screenshot,
            "backup": _cmd_backup,
            "restore": _cmd_restore,
            "report": _cmd_report,
            "migrate-data": _cmd_migrate_data,
            "import": _cmd_import,
            "export": _cmd_export,
            "check": _cmd_check,
            "user": _cmd_user,
            "packet-import": cli_agency.cmd_packet_import,
            "packet-list": cli_agency.cmd_packet_list,
            "demo-agency": cli_agency.cmd_demo_agency,
            "packet": _cmd_packet,
        }
    )


def choose_language(argv: Sequence[str] | None) -> str:
    """The language of ``--lang``, else of the settings file in the data folder (Indonesian by default)."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    early.add_argument("--data-dir")
    known, _ = early.parse_known_args(argv)
    if known.lang in i18n.LANGUAGES:
        return str(known.lang)
    return i18n.settings_language(DataDir.resolve(known.data_dir).settings_file)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen command (the window when none is given)."""
    previous = i18n.language()
    i18n.set_language(choose_language(argv))
    try:
        return _run(argv)
    finally:
        i18n.set_language(previous)


def _run(argv: Sequence[str] | None) -> int:
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
        print(f"sentra-desktop: {cli_output.error_text(exc)}", file=sys.stderr)
        detail = cli_output.detail_line(exc)
        if detail:
            print(detail, file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"sentra-desktop: {_os_error_text(exc)}", file=sys.stderr)
        return EXIT_FAILED


def _os_error_text(exc: OSError) -> str:
    """A missing file, a full or read-only disk in the program's own words, the system's after it."""
    codes = {errno.ENOSPC: "disk_full", errno.EROFS: "read_only", errno.EACCES: "read_only"}
    code = codes.get(exc.errno or 0)
    if code:
        return cli_output.error_text(StorageError(code)) + (f" ({exc.filename})" if exc.filename else "")
    return cli_output.file_error_text(exc)
