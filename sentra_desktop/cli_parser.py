"""The command line's options and subcommands, every help text in the catalogue's words.

Kept apart from :mod:`sentra_desktop.cli`, which runs the commands: the parser is built after the
language is chosen (``--lang``, else this PC's setting), so each help text is translated once.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from datetime import date

from sentra_desktop import APP_NAME, __version__, cli_packet
from sentra_desktop.cli_agency import add_demo_agency_command, add_packet_commands
from sentra_desktop.core import i18n
from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.formatting import parse_date
from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP
from sentra_desktop.printing import SHEETS

Handler = Callable[[argparse.Namespace], int]

# argparse's own words (usage, section titles, its errors), in the catalogue: argparse looks each
# up through its module's ``_`` and ``ngettext`` when it says it, so they are pointed at it here.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
)


def _argparse_text(text: str) -> str:
    return i18n.translate("Argparse", text)


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    return _argparse_text(singular if count == 1 else plural)


def speak_argparse() -> None:
    """Have argparse say its own words (usage, errors) in the current language too."""
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]


def cli_date(text: str) -> date:
    """argparse type for dates given as 28/11/2026 or 2026-11-28."""
    try:
        return parse_date(text)
    except SentraError:
        message = i18n.translate(
            "CommandLine", "not a date: “{text}” (use 28/11/2026 or 2026-11-28)", None, text=text
        )
        raise argparse.ArgumentTypeError(message) from None


def cli_month(text: str) -> date:
    """argparse type for a month given as 2026-11 or 11/2026; returns its first day."""
    cleaned = text.strip()
    for sep, year_first in (("-", True), ("/", False)):
        parts = cleaned.split(sep)
        if len(parts) == 2 and all(part.isdigit() for part in parts):
            year, month = (parts[0], parts[1]) if year_first else (parts[1], parts[0])
            if len(year) == 4 and 1 <= int(month) <= 12:
                return date(int(year), int(month), 1)
    raise argparse.ArgumentTypeError(
        i18n.translate("CommandLine", "not a month: “{text}” (use 2026-11 or 11/2026)", None, text=text)
    )


def build_parser(handlers: Mapping[str, Handler]) -> argparse.ArgumentParser:
    """The options and subcommands; ``handlers`` runs each subcommand, by its name."""
    speak_argparse()
    parser = argparse.ArgumentParser(
        prog="sentra-desktop",
        description=i18n.translate(
            "CommandLine", "{app}: production, stock, designs, buyers and orders.", None, app=APP_NAME
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=i18n.translate("CommandLine", "show the program's version and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=i18n.translate("CommandLine", "keep all data (database, backups, logs) under DIR"),
    )
    parser.add_argument(
        "--db-url",
        metavar="URL",
        help=i18n.translate(
            "CommandLine",
            "an SQLite or PostgreSQL URL (sqlite:///file.sqlite3, postgresql+psycopg://user@host/db); "
            "a server's password may come from the system keyring",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=list(i18n.LANGUAGES),
        help=i18n.translate("CommandLine", "language of the window and the command line (default: setting)"),
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=i18n.translate("CommandLine", "act as this user; the PIN is asked, or read from SENTRA_PIN"),
    )
    parser.add_argument(
        "--agency",
        dest="agency_mode",
        action="store_true",
        help=i18n.translate(
            "CommandLine", "open an agency database (the replicas of its sentra) instead of a sentra's"
        ),
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help=i18n.translate("CommandLine", "log more detail to stderr"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser(
        "demo-data", help=i18n.translate("CommandLine", "fill the database with a realistic demo sentra")
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=2026,
        help=i18n.translate("CommandLine", "random seed (same seed, same data)"),
    )
    demo.add_argument(
        "--days",
        type=int,
        default=None,
        help=i18n.translate("CommandLine", "days of production history (default: --years)"),
    )
    size = demo.add_argument_group(i18n.translate("CommandLine", "size"))
    size.add_argument(
        "--years",
        type=int,
        default=3,
        help=i18n.translate("CommandLine", "years of history, 365 days each (default 3)"),
    )
    size.add_argument(
        "--scale",
        choices=["normal", "large"],
        default="normal",
        help=i18n.translate(
            "CommandLine",
            "large, for benchmarks: per year about 100,000 production entries, 500 buyers and 20,000"
            " orders with deliveries and payments, all audited (--years 10: the benchmarks' database)",
        ),
    )
    demo.set_defaults(handler=handlers["demo-data"])

    add_demo_agency_command(sub, handlers)

    shot = sub.add_parser(
        "screenshot", help=i18n.translate("CommandLine", "save a picture of one area of the main window")
    )
    shot.add_argument(
        "--page",
        required=True,
        help=i18n.translate("CommandLine", "area: produksi, stok, desain, pembeli, ..."),
    )
    shot.add_argument("--out", required=True, metavar="FILE.png")
    shot.add_argument(
        "--size", default="1366x768", help=i18n.translate("CommandLine", "window size, WIDTHxHEIGHT")
    )
    shot.set_defaults(handler=handlers["screenshot"])

    backup = sub.add_parser(
        "backup", help=i18n.translate("CommandLine", "write one dated, checked backup of the database")
    )
    backup.add_argument(
        "--out",
        metavar="DIR",
        help=i18n.translate(
            "CommandLine",
            "folder to write it into, e.g. a USB stick (default: the data folder's backups)",
        ),
    )
    backup.set_defaults(handler=handlers["backup"])

    restore = sub.add_parser(
        "restore",
        help=i18n.translate("CommandLine", "put a backup in place of the database (the current one is kept)"),
    )
    restore.add_argument(
        "file",
        metavar="FILE",
        help=i18n.translate("CommandLine", "the backup file (sentra-YYYYMMDD-HHMMSS.sqlite3)"),
    )
    restore.set_defaults(handler=handlers["restore"])

    commands = [kind.command for kind in SHEETS]
    report = sub.add_parser(
        "report",
        help=i18n.translate(
            "CommandLine", "print a sheet to a PDF file: {sheets}", None, sheets=", ".join(commands)
        ),
        description=i18n.translate(
            "CommandLine",
            "Print one sheet to a PDF file. Dates as 28/11/2026 or 2026-11-28, months as 2026-11.",
        ),
    )
    report.add_argument("sheet", choices=commands, help=i18n.translate("CommandLine", "which sheet"))
    report.add_argument(
        "--out",
        required=True,
        metavar="FILE.pdf",
        help=i18n.translate("CommandLine", "the PDF file to write"),
    )
    report.add_argument(
        "--number",
        help=i18n.translate("CommandLine", "order: its number (PSN-…); delivery: SJ-… or an order number"),
    )
    report.add_argument(
        "--product-type",
        metavar="NAME",
        help=i18n.translate("CommandLine", "stock: only the designs of this product type"),
    )
    report.add_argument(
        "--item",
        metavar="CODE",
        help=i18n.translate("CommandLine", "stock-card: the design or material code"),
    )
    report.add_argument(
        "--agency",
        metavar="NAME",
        help=i18n.translate("CommandLine", "assistance: only the aid of this agency"),
    )
    period = report.add_mutually_exclusive_group()
    period.add_argument(
        "--day", type=cli_date, metavar="DATE", help=i18n.translate("CommandLine", "production: one day")
    )
    period.add_argument(
        "--month",
        type=cli_month,
        metavar="YYYY-MM",
        help=i18n.translate("CommandLine", "production: one month"),
    )
    period.add_argument(
        "--from",
        dest="date_from",
        type=cli_date,
        metavar="DATE",
        help=i18n.translate("CommandLine", "first day of a range"),
    )
    report.add_argument(
        "--to",
        dest="date_to",
        type=cli_date,
        metavar="DATE",
        help=i18n.translate("CommandLine", "last day of a range"),
    )
    report.add_argument(
        "--year", type=int, metavar="YYYY", help=i18n.translate("CommandLine", "ikm-year: the year")
    )
    report.add_argument(
        "--compare-from",
        type=cli_date,
        metavar="DATE",
        help=i18n.translate("CommandLine", "performance: first day of the compared period"),
    )
    report.add_argument(
        "--compare-to",
        type=cli_date,
        metavar="DATE",
        help=i18n.translate("CommandLine", "performance: last day of the compared period"),
    )
    report.add_argument(
        "--member",
        metavar="CODE",
        help=i18n.translate("CommandLine", "performance, pay: only this member business (its short code)"),
    )
    report.set_defaults(handler=handlers["report"], usage=report)

    move = sub.add_parser(
        "migrate-data",
        help=i18n.translate(
            "CommandLine",
            "copy every record into an empty database, e.g. from this PC's file to a PostgreSQL server",
        ),
        description=i18n.translate(
            "CommandLine",
            "Copy every record (ids and UUIDs kept) into an empty database, then compare the "
            "counts and stock totals of both. A target that already holds records is refused.",
        ),
    )
    move.add_argument(
        "--from",
        dest="source",
        metavar="URL",
        help=i18n.translate(
            "CommandLine", "where the records are (default: --db-url or the data folder's database)"
        ),
    )
    move.add_argument(
        "--to",
        dest="target",
        metavar="URL",
        required=True,
        help=i18n.translate("CommandLine", "the empty database to fill"),
    )
    move.set_defaults(handler=handlers["migrate-data"])

    kinds = [
        *("designs", "materials", "buyers", "production", "stock-counts"),
        *("agencies", "programmes", "moulds", "assistance"),
    ]
    imp = sub.add_parser(
        "import",
        help=i18n.translate(
            "CommandLine",
            "read records from a .csv or .xlsx file: all rows or none (every bad row is listed)",
        ),
        description=i18n.translate(
            "CommandLine",
            "Import designs, materials, buyers, production entries, stock counts, agencies, programmes, "
            "moulds or aid items. Any bad row means nothing is written; importing the same file again "
            "adds nothing.",
        ),
    )
    imp.add_argument("kind", choices=kinds, help=i18n.translate("CommandLine", "what the file holds"))
    imp.add_argument(
        "file",
        metavar="FILE",
        help=i18n.translate("CommandLine", "a .csv (comma or semicolon) or .xlsx file"),
    )
    imp.set_defaults(handler=handlers["import"])

    exp = sub.add_parser(
        "export",
        help=i18n.translate("CommandLine", "write every record of a kind to a .csv or .xlsx file"),
    )
    exp.add_argument(
        "kind", choices=[*kinds, "ikm-year", "pay"], help=i18n.translate("CommandLine", "what to export")
    )
    exp.add_argument(
        "--year", type=int, metavar="YYYY", help=i18n.translate("CommandLine", "ikm-year: the year")
    )
    exp.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=i18n.translate("CommandLine", "the file to write (.csv or .xlsx)"),
    )
    exp.add_argument(
        "--from",
        dest="date_from",
        type=cli_date,
        metavar="DATE",
        help=i18n.translate("CommandLine", "pay: first day"),
    )
    exp.add_argument(
        "--to",
        dest="date_to",
        type=cli_date,
        metavar="DATE",
        help=i18n.translate("CommandLine", "pay: last day"),
    )
    exp.add_argument(
        "--member",
        metavar="CODE",
        help=i18n.translate("CommandLine", "pay: only the makers of this member business (its short code)"),
    )
    exp.set_defaults(handler=handlers["export"], usage=exp)

    check = sub.add_parser(
        "check",
        help=i18n.translate(
            "CommandLine",
            "full check: integrity, foreign keys, stock balances against the ledger (exit 1: problems)",
        ),
    )
    check.set_defaults(handler=handlers["check"])
    _user_parser(sub, handlers["user"])
    add_packet_commands(cli_packet.add_parser(sub, handlers["packet"]), handlers)  # the agency's import
    return parser


def _user_parser(sub: argparse._SubParsersAction, handler: Handler) -> None:
    """``user list|add|set-role|reset-pin|disable``: who may log in, and with which role."""
    user = sub.add_parser(
        "user",
        help=i18n.translate("CommandLine", "list, add and manage the users who log in with a PIN"),
    )
    commands = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    role_help = i18n.translate("CommandLine", "ketua, operator, bendahara or pendamping")
    name_help = i18n.translate("CommandLine", "the user's name")
    commands.add_parser("list", help=i18n.translate("CommandLine", "every user, their role and state"))
    add = commands.add_parser(
        "add",
        help=i18n.translate("CommandLine", "add a user (the new PIN is asked twice, or SENTRA_NEW_PIN)"),
    )
    add.add_argument("name", metavar="NAME", help=name_help)
    add.add_argument("--role", required=True, metavar="ROLE", help=role_help)
    set_role = commands.add_parser("set-role", help=i18n.translate("CommandLine", "change a user's role"))
    set_role.add_argument("name", metavar="NAME", help=name_help)
    set_role.add_argument("role", metavar="ROLE", help=role_help)
    reset = commands.add_parser(
        "reset-pin",
        help=i18n.translate("CommandLine", "set a new PIN for a user, on this PC (a forgotten head PIN)"),
    )
    reset.add_argument("name", metavar="NAME", help=name_help)
    disable = commands.add_parser("disable", help=i18n.translate("CommandLine", "stop a user logging in"))
    disable.add_argument("name", metavar="NAME", help=name_help)
    user.set_defaults(handler=handler)
