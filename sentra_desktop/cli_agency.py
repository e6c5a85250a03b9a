"""The agency's commands: ``--agency`` opens an agency database, ``packet import`` and ``packet list``.

Agency mode has no logins (the agency's own PC or server, run by its operator). A packet is
imported only into an agency database; every refusal is a plain message and exit code 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from sentra_desktop.core import i18n
from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.formatting import format_date
from sentra_desktop.core.paths import DataDir

if TYPE_CHECKING:  # the services load only when an agency command runs (a quick start otherwise)
    from sentra_desktop.services.agency.service import AgencyService, ImportResult
    from sentra_desktop.services.agency.store import Agency

EXIT_OK = 0


def open_agency(args: argparse.Namespace) -> Agency:
    """The agency database the arguments name; packets need ``--agency``."""
    from sentra_desktop.services.agency.store import Agency

    if not getattr(args, "agency_mode", False):
        raise SentraError("packet_needs_agency")
    if args.db_url:
        from sentra_desktop.services.connection import with_stored_password

        return Agency.open(with_stored_password(str(args.db_url)))
    return Agency.at(DataDir.resolve(args.data_dir))


def cmd_packet_import(args: argparse.Namespace) -> int:
    from sentra_desktop.services.agency.service import AgencyService

    agency = open_agency(args)
    try:
        service = AgencyService(agency)
        path = Path(args.file)
        try:
            result = service.import_packet(path, confirm_full_replace=bool(args.replace))
        except SentraError as exc:
            if exc.code != "packet_replace_unconfirmed" or not _confirmed(service, path):
                raise
            result = service.import_packet(path, confirm_full_replace=True)
    finally:
        agency.dispose()
    print(import_text(result))
    return EXIT_OK


def _confirmed(service: AgencyService, path: Path) -> bool:
    """Asked on a terminal: replace the whole replica with this full packet?"""
    if not sys.stdin.isatty():
        return False
    facts = service.preview(path)
    question = i18n.translate(
        "CommandLine",
        "Replace everything the agency has of {name} with this full packet? [y/N] ",
        None,
        name=facts.sentra_name,
    )
    answer = input(question).strip().lower()
    return answer in {"y", "ya", "yes"}


def import_text(result: ImportResult) -> str:
    facts = result.facts
    lines: list[str] = []
    if result.result == "already":
        return i18n.translate(
            "CommandLine", "{file} was imported before; nothing was added.", None, file=facts.file_name
        )
    if result.result == "registered":
        lines.append(
            i18n.translate(
                "CommandLine",
                "New sentra registered: {name}. Key fingerprint: {fingerprint}. "
                "Compare it with the About box on the sentra's PC.",
                None,
                name=facts.sentra_name,
                fingerprint=facts.key_fingerprint,
            )
        )
    elif result.result == "replaced":
        lines.append(
            i18n.translate("CommandLine", "The replica of {name} was replaced.", None, name=facts.sentra_name)
        )
    lines.append(
        i18n.translate(
            "CommandLine",
            "{name}: changes {first} to {last} imported "
            "({inserted} new, {replaced} changed, {deleted} deleted).",
            None,
            name=facts.sentra_name,
            first=facts.seq_from + 1,
            last=facts.seq_to,
            inserted=result.inserted,
            replaced=result.replaced,
            deleted=result.deleted,
        )
    )
    return "\n".join(lines)


def cmd_packet_list(args: argparse.Namespace) -> int:
    from sentra_desktop.services.agency.service import AgencyService

    agency = open_agency(args)
    try:
        rows = AgencyService(agency).registry()
    finally:
        agency.dispose()
    if not rows:
        print(i18n.translate("CommandLine", "No sentra registered yet."))
        return EXIT_OK
    for row in rows:
        sentra = row.sentra
        last = format_date(sentra.last_packet_at) if sentra.last_packet_at else "-"
        print(
            i18n.translate(
                "CommandLine",
                "{name} ({city}, {province}): last packet {last}, up to change {seq}, {packets} packets; "
                "key {fingerprint}",
                None,
                name=sentra.name,
                city=sentra.city or "-",
                province=sentra.province or "-",
                last=last,
                seq=sentra.last_seq,
                packets=row.packets,
                fingerprint=sentra.key_fingerprint,
            )
        )
        if row.quiet:
            print(
                "  "
                + i18n.translate(
                    "CommandLine",
                    "Warning: not heard from for more than 3 months (since {last}).",
                    None,
                    last=last,
                )
            )
    return EXIT_OK


def add_packet_commands(
    packet: argparse._SubParsersAction[argparse.ArgumentParser],
    handlers: Mapping[str, Callable[[argparse.Namespace], int]],
) -> None:
    """``packet import`` and ``packet list`` under the ``packet`` command."""
    imported = packet.add_parser(
        "import",
        help=i18n.translate("CommandLine", "agency: import a sentra's packet (needs --agency)"),
    )
    imported.add_argument(
        "file", metavar="FILE", help=i18n.translate("CommandLine", "the .sentra-paket file")
    )
    imported.add_argument(
        "--replace",
        "--ganti",
        dest="replace",
        action="store_true",
        help=i18n.translate(
            "CommandLine", "a full packet may replace everything the agency has of that sentra"
        ),
    )
    imported.set_defaults(handler=handlers["packet-import"])
    listed = packet.add_parser(
        "list",
        help=i18n.translate(
            "CommandLine", "agency: the registered sentra and their last packets (needs --agency)"
        ),
    )
    listed.set_defaults(handler=handlers["packet-list"])


def cmd_demo_agency(args: argparse.Namespace) -> int:
    """``demo-agency``: the data folder (or server database) becomes a demo agency."""
    from sentra_desktop.demo.agency import load_agency_demo
    from sentra_desktop.services.agency.store import Agency

    if args.db_url:
        from sentra_desktop.services.connection import with_stored_password

        agency = Agency.open(with_stored_password(str(args.db_url)))
    else:
        agency = Agency.at(DataDir.resolve(args.data_dir))
    try:
        summary = load_agency_demo(agency, sentra=args.sentra, years=args.years, progress=_step)
    finally:
        agency.dispose()
    print(
        i18n.translate(
            "CommandLine",
            "Demo agency ready: {sentra} sentra, {packets} packets, {records} records imported. "
            "Not heard from for four months: {quiet}. Open it with --agency.",
            None,
            sentra=summary.sentra,
            packets=summary.packets,
            records=summary.records,
            quiet=summary.quiet or "-",
        )
    )
    return EXIT_OK


def _step(done: int, total: int, label: str) -> None:
    print(f"[{done}/{total}] {label}", file=sys.stderr)


def add_demo_agency_command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    handlers: Mapping[str, Callable[[argparse.Namespace], int]],
) -> None:
    demo = sub.add_parser(
        "demo-agency",
        help=i18n.translate(
            "CommandLine", "make the data folder a demo agency, filled by real packets from generated sentra"
        ),
    )
    demo.add_argument(
        "--sentra", type=int, default=12, help=i18n.translate("CommandLine", "how many sentra (default 12)")
    )
    demo.add_argument(
        "--years",
        type=int,
        default=1,
        help=i18n.translate("CommandLine", "years of history of each sentra (default 1)"),
    )
    demo.set_defaults(handler=handlers["demo-agency"])
