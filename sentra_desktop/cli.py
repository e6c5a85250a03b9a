"""The command line: starts the window when no subcommand is given, else runs one task.

Exit codes: 0 done, 1 the work failed or the input was bad (a plain message on stderr),
2 a usage error (argparse's own code).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date

from sentra_desktop import APP_NAME, __version__
from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.formatting import parse_date
from sentra_desktop.core.messages import describe
from sentra_desktop.core.paths import DataDir

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

    try:
        summary = load_demo_data(db, DemoOptions(seed=args.seed, days=args.days), progress=None)
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
    demo.add_argument("--days", type=int, default=365, help="days of production history")
    demo.set_defaults(handler=_cmd_demo_data)

    shot = sub.add_parser("screenshot", help="save a picture of one area of the main window")
    shot.add_argument("--page", required=True, help="area: produksi, stok, desain, pembeli, ...")
    shot.add_argument("--out", required=True, metavar="FILE.png")
    shot.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    shot.set_defaults(handler=_cmd_screenshot)
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
        return handler(args)
    except SentraError as exc:
        print(f"sentra-desktop: {describe(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"sentra-desktop: {exc}", file=sys.stderr)
        return EXIT_FAILED
