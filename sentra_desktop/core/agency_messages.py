"""English source texts of the agency's refusals (agency mode and packet import), in the
``Errors`` context like every other error; :mod:`sentra_desktop.core.messages` takes them in."""

from __future__ import annotations

from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP

AGENCY_MESSAGES: dict[str, str] = {
    "agency_without_flag": QT_TRANSLATE_NOOP(
        "Errors",
        "This is an agency database (its sentra's replicas), not a sentra's own: open it with --agency.",
    ),
    "agency_on_sentra": QT_TRANSLATE_NOOP(
        "Errors",
        "This is a sentra's own database, not an agency's: open it without --agency, "
        "or give --agency a folder or server database of its own.",
    ),
    "packet_needs_agency": QT_TRANSLATE_NOOP(
        "Errors",
        "Packets are imported into an agency database, never into a sentra's own: "
        "use --agency --data-dir DIR (or --agency --db-url URL).",
    ),
    "packet_schema_newer": QT_TRANSLATE_NOOP(
        "Errors",
        "The packet comes from a newer Sentra Desktop (schema {revision}); update the program, "
        "then import it again. Nothing was imported.",
    ),
    "packet_first_not_full": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is not registered yet: its first packet must be a full one "
        "(“packet export --full” at the sentra). Nothing was imported.",
    ),
    "packet_wrong_key": QT_TRANSLATE_NOOP(
        "Errors",
        "The packet of {name} is signed by another key ({given}) than the one registered ({known}); "
        "nothing was imported.",
    ),
    "packet_gap": QT_TRANSLATE_NOOP(
        "Errors",
        "Packets of {name} are missing: changes {first} to {last} have not arrived. Import the "
        "missing packet first (or ask the sentra for a full one). Nothing was imported.",
    ),
    "packet_rollback": QT_TRANSLATE_NOOP(
        "Errors",
        "The packet of {name} goes back before what the agency already has (up to change {last}): the "
        "sentra probably restored an older backup. Ask it to send “packet export --full”. "
        "Nothing was imported.",
    ),
    "packet_replace_unconfirmed": QT_TRANSLATE_NOOP(
        "Errors",
        "This full packet replaces everything the agency has of {name}. Confirm it "
        "(on the command line: --replace). Nothing was imported.",
    ),
    "packet_uuid_conflict": QT_TRANSLATE_NOOP(
        "Errors",
        "The packet's record {key} of {table} is not the record the agency has under that number; "
        "ask the sentra for a full packet. Nothing was imported.",
    ),
}
