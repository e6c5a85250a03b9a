"""``sentra-desktop packet export``: the head writes the sentra's signed packet for the agency.

Kept apart from :mod:`sentra_desktop.cli_parser` so that the packet commands (export here, the
agency's import beside it) grow in one place.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sentra_desktop.core import i18n
from sentra_desktop.core.formatting import format_thousands

if TYPE_CHECKING:
    from sentra_desktop.services.database import Database
    from sentra_desktop.services.packet.export import ExportResult


def add_parser(
    sub: argparse._SubParsersAction, handler: Callable[[argparse.Namespace], int]
) -> argparse._SubParsersAction:
    """``packet export --out DIR [--full] [--no-photos]``; returns the packet's subcommands, to
    which the agency's ``import`` and ``list`` are added (:mod:`sentra_desktop.cli_agency`)."""
    packet = sub.add_parser(
        "packet", help=i18n.translate("CommandLine", "signed packets of the sentra's records for the agency")
    )
    commands = packet.add_subparsers(dest="packet_command", metavar="COMMAND", required=True)
    export = commands.add_parser(
        "export",
        help=i18n.translate(
            "CommandLine",
            "write what changed since the last packet into one signed file (the head's; needs --user)",
        ),
    )
    export.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        help=i18n.translate("CommandLine", "the folder to write the packet into (a USB stick, say)"),
    )
    export.add_argument(
        "--full",
        action="store_true",
        help=i18n.translate(
            "CommandLine", "send every record, not only the changes (the first packet, or after a restore)"
        ),
    )
    export.add_argument(
        "--no-photos",
        action="store_true",
        help=i18n.translate("CommandLine", "leave the full-size photos out (a much smaller file)"),
    )
    packet.set_defaults(handler=handler)
    return commands


def run(args: argparse.Namespace, db: Database) -> int:
    """Export one packet as the logged-in head; prints the file, the counts and the key fingerprint."""
    from sentra_desktop.cli_users import require
    from sentra_desktop.services.packet.export import PacketService

    require(db, "packet.export")
    result = PacketService(db).export(Path(args.out), full=args.full, photos=not args.no_photos)
    for line in describe(result):
        print(line, file=sys.stdout)
    return 0


def describe(result: ExportResult) -> list[str]:
    """The lines telling the head what was written, in the current language."""
    kinds = sum(1 for count in result.counts.values() if count)
    return [
        i18n.translate(
            "CommandLine",
            "Packet written: {file} ({size} KB)",
            None,
            file=str(result.path),
            size=format_thousands(max(1, round(result.size / 1024))),
        ),
        i18n.translate(
            "CommandLine",
            "{records} records of {kinds} kinds and {deleted} deletions, changes {first} to {last}",
            None,
            records=format_thousands(result.records),
            kinds=kinds,
            deleted=format_thousands(result.tombstones),
            first=result.seq_from + 1,
            last=result.seq_to,
        )
        + (" " + i18n.translate("CommandLine", "(everything: a full packet)") if result.full else "")
        + ("" if result.photos else " " + i18n.translate("CommandLine", "(without photos)")),
        i18n.translate(
            "CommandLine",
            "Key fingerprint: {fingerprint} (the agency compares it with the About box)",
            None,
            fingerprint=result.key_fingerprint,
        ),
    ]
