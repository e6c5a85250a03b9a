"""English source texts for every error code, marked for Qt's translation tools.

``QT_TRANSLATE_NOOP`` here is a plain function with the name Qt's ``lupdate`` looks for, so the
texts land in the translation files while this module stays free of Qt. Both the user interface
(through Qt) and the command line (through :mod:`sentra_desktop.core.i18n`) translate them in the
``Errors`` context; without a ``translate`` function the English source is returned.
"""

from __future__ import annotations

import errno
from collections.abc import Callable

from sentra_desktop.core.agency_messages import AGENCY_MESSAGES
from sentra_desktop.core.errors import FieldError, SentraError, ValidationError
from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Errors"


MESSAGES: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("Errors", "Something went wrong."),
    "invalid": QT_TRANSLATE_NOOP("Errors", "Some fields need attention."),
    "required": QT_TRANSLATE_NOOP("Errors", "This field must be filled in."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "Too long: at most {max} characters."),
    "duplicate": QT_TRANSLATE_NOOP("Errors", "“{value}” is already used by another record."),
    "not_a_number": QT_TRANSLATE_NOOP("Errors", "Type a number, for example 15.000."),
    "not_whole_rupiah": QT_TRANSLATE_NOOP("Errors", "Rupiah must be a whole number, without cents."),
    "negative": QT_TRANSLATE_NOOP("Errors", "Must not be negative."),
    "not_positive": QT_TRANSLATE_NOOP("Errors", "Must be more than zero."),
    "too_large": QT_TRANSLATE_NOOP("Errors", "Too large: at most {max}."),
    "ambiguous_decimal": QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is ambiguous: a comma marks decimals, so type {hint}."
    ),
    "too_many_decimals": QT_TRANSLATE_NOOP("Errors", "At most {places} digits after the comma."),
    "not_a_date": QT_TRANSLATE_NOOP("Errors", "Type a date as 28/11/2026."),
    "not_an_image": QT_TRANSLATE_NOOP("Errors", "This file is not a picture the program can read."),
    "image_too_big": QT_TRANSLATE_NOOP("Errors", "The picture is too big (at most {max_mb} MB)."),
    "invalid_choice": QT_TRANSLATE_NOOP("Errors", "Choose one of the offered values."),
    "not_found": QT_TRANSLATE_NOOP("Errors", "The record no longer exists."),
    "stale": QT_TRANSLATE_NOOP(
        "Errors", "Someone else changed this record meanwhile. Close the form and open it again."
    ),
    "busy": QT_TRANSLATE_NOOP(
        "Errors", "The database was busy with other saves at that moment, so nothing was saved. Try again."
    ),
    "not_permitted": QT_TRANSLATE_NOOP("Errors", "{actor} may not do this; it is for: {who}."),
    "not_own": QT_TRANSLATE_NOOP(
        "Errors", "{actor} may void only what they entered themselves today; ask the head of the sentra."
    ),
    "pin_format": QT_TRANSLATE_NOOP("Errors", "A PIN is 4 to 8 digits, nothing else."),
    "pin_mismatch": QT_TRANSLATE_NOOP("Errors", "The two PINs are not the same."),
    "wrong_pin": QT_TRANSLATE_NOOP("Errors", "Wrong PIN. {left} more wrong PINs lock {name} for 5 minutes."),
    "user_locked": QT_TRANSLATE_NOOP("Errors", "Too many wrong PINs: {name} is locked until {until}."),
    "user_disabled": QT_TRANSLATE_NOOP("Errors", "{name} is disabled and cannot log in."),
    "unknown_user": QT_TRANSLATE_NOOP("Errors", "No user is called “{name}”."),
    "needs_pin": QT_TRANSLATE_NOOP("Errors", "{name} has no PIN yet; set one first."),
    "pin_exists": QT_TRANSLATE_NOOP("Errors", "{name} already has a PIN; the head can reset it."),
    "last_head": QT_TRANSLATE_NOOP("Errors", "The sentra must keep at least one active head."),
    "head_chosen": QT_TRANSLATE_NOOP("Errors", "The head of the sentra is already chosen."),
    "users_exist": QT_TRANSLATE_NOOP("Errors", "Users already exist; log in as the head to add one."),
    "first_user_head": QT_TRANSLATE_NOOP("Errors", "The first user must be the head (ketua)."),
    "invalid_role": QT_TRANSLATE_NOOP("Errors", "A role is ketua, operator, bendahara or pendamping."),
    "login_required": QT_TRANSLATE_NOOP(
        "Errors", "This needs a user: give --user NAME (the PIN is asked, or read from SENTRA_PIN)."
    ),
    "storage": QT_TRANSLATE_NOOP("Errors", "The data could not be saved: {detail}"),
    "cannot_open": QT_TRANSLATE_NOOP("Errors", "The database could not be opened."),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "This database was made by a newer Sentra Desktop (schema {revision}). Install the newer version.",
    ),
    "has_history": QT_TRANSLATE_NOOP(
        "Errors", "This record has history and cannot be deleted; retire it instead."
    ),
    "invalid_phone": QT_TRANSLATE_NOOP("Errors", "A phone number has only digits, spaces, + and -."),
    "invalid_email": QT_TRANSLATE_NOOP("Errors", "This is not an e-mail address."),
    "invalid_code": QT_TRANSLATE_NOOP("Errors", "A code has only letters, digits, - and _ (no spaces)."),
    "date_order": QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."),
    "periods_overlap": QT_TRANSLATE_NOOP("Errors", "The compared period overlaps the chosen period."),
    "demo_not_empty": QT_TRANSLATE_NOOP(
        "Errors", "The database already holds data; demo data goes only into an empty database."
    ),
    "not_whole_number": QT_TRANSLATE_NOOP("Errors", "Type a whole number, for example 4."),
    "duplicate_entry": QT_TRANSLATE_NOOP(
        "Errors", "{maker} already has an entry for {design} on {date}. Save another one anyway?"
    ),
    "future_date": QT_TRANSLATE_NOOP(
        "Errors", "{value} is in the future; only what has already happened can be entered."
    ),
    "unknown_design": QT_TRANSLATE_NOOP("Errors", "No design has the code “{value}”."),
    "unknown_member_code": QT_TRANSLATE_NOOP("Errors", "No member business has the code “{value}”."),
    "before_last_move": QT_TRANSLATE_NOOP(
        "Errors", "Choose a day after {date}: the maker's earlier member businesses stay as they were."
    ),
    "design_retired": QT_TRANSLATE_NOOP("Errors", "Design {value} is retired; new entries cannot use it."),
    "nothing_produced": QT_TRANSLATE_NOOP("Errors", "Enter good pieces, rejects, or both."),
    "material_inactive": QT_TRANSLATE_NOOP("Errors", "This material is no longer in use."),
    "recipe_duplicate": QT_TRANSLATE_NOOP("Errors", "This material is already in the recipe."),
    "already_voided": QT_TRANSLATE_NOOP("Errors", "This record was already cancelled."),
    "count_not_open": QT_TRANSLATE_NOOP("Errors", "This stock count is already posted or cancelled."),
    "nothing_counted": QT_TRANSLATE_NOOP("Errors", "No counted quantity has been entered yet."),
    "unit_locked": QT_TRANSLATE_NOOP(
        "Errors", "The unit cannot change once the material has moved in stock; add a new material instead."
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file is damaged ({detail}). Do not type new data into it: restore the newest "
        "good backup (start Sentra Desktop, which offers it, or run “sentra-desktop restore FILE” "
        "with the newest file in the backups folder).",
    ),
    "damaged_found": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file is damaged. Do not type new data into it: restore the newest good backup "
        "(start Sentra Desktop, which offers it, or run “sentra-desktop restore FILE” with the newest "
        "file in the backups folder). SQLite's own words follow, for a specialist.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Errors", "The disk is full, so nothing was written. Free some space on the disk, then try again."
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "The folder or disk is read-only, so nothing was written. "
        "Use a folder this PC may write to (a USB stick may have its write protection on).",
    ),
    "disk_io": QT_TRANSLATE_NOOP(
        "Errors",
        "The disk reported an error, so nothing was written ({detail}). "
        "It may be full, removed or failing; check it, then try again.",
    ),
    "already_open": QT_TRANSLATE_NOOP(
        "Errors",
        "This data is already open in Sentra Desktop, by {user} on {pc} since {since}. "
        "Only one copy may work on it at a time: use that one, or close it first.",
    ),
    "network_folder": QT_TRANSLATE_NOOP(
        "Errors",
        "The data folder {path} is on a network share ({kind}). The database file cannot be shared "
        "safely over a network: keep the data folder on this PC's own disk, or use server mode "
        "(--db-url postgresql+psycopg://…) to work on one set of data from several PCs.",
    ),
    "lock_failed": QT_TRANSLATE_NOOP("Errors", "The lock file {path} could not be written: {detail}"),
    "no_database": QT_TRANSLATE_NOOP("Errors", "There is no database at {path}."),
    "backup_failed": QT_TRANSLATE_NOOP("Errors", "The backup in {folder} could not be made: {detail}"),
    "not_a_backup": QT_TRANSLATE_NOOP("Errors", "{file} is not a Sentra Desktop backup."),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The backup {file} is damaged and cannot be restored ({detail})."
    ),
    "backup_too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {file} was made by a newer Sentra Desktop (schema {revision}). "
        "Install the newer version to restore it.",
    ),
    "backup_empty": QT_TRANSLATE_NOOP("Errors", "{file} is empty (0 bytes): it is not a backup."),
    "not_sqlite": QT_TRANSLATE_NOOP(
        "Errors", "{file} is not a database file, so it cannot be a Sentra Desktop backup."
    ),
    "backup_truncated": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {file} is incomplete (cut off while it was copied) and cannot be restored. "
        "Copy it again from where it was made.",
    ),
    "backup_checksum": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {file} was changed after it was made (it no longer matches its SHA-256 check "
        "sum), so it is not restored. Use another backup.",
    ),
    "backup_schema_drift": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {file} holds a database whose structure was changed outside Sentra Desktop, "
        "so it is not restored and nothing was replaced. Differences:\n{differences}",
    ),
    "backup_changed": QT_TRANSLATE_NOOP(
        "Errors", "The backup {file} changed while it was being restored; nothing was replaced."
    ),
    "schema_drift": QT_TRANSLATE_NOOP(
        "Errors",
        "The database {database} has a structure that was changed outside Sentra Desktop, so it "
        "is not used. Differences:\n{differences}",
    ),
    "server_read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "The server's database structure was changed outside Sentra Desktop, so nothing is saved "
        "to it. Ask whoever looks after the server to check it (sentra-desktop check).",
    ),
    "restore_failed": QT_TRANSLATE_NOOP("Errors", "The restored data could not be updated: {detail}"),
    # --- packets to the agency (the sentra's export, the reader every importer uses) ---
    "packet_no_folder": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a folder; choose the folder for the packet."
    ),
    "packet_not_packet": QT_TRANSLATE_NOOP("Errors", "{file} is not a Sentra data packet."),
    "packet_truncated": QT_TRANSLATE_NOOP(
        "Errors",
        "The packet {file} is incomplete (cut off while it was copied). Copy it again from the sentra.",
    ),
    "packet_altered": QT_TRANSLATE_NOOP(
        "Errors", "The packet {file} was changed after it was signed ({detail}), so it is not used."
    ),
    "packet_bad_signature": QT_TRANSLATE_NOOP(
        "Errors",
        "The signature of the packet {file} does not match its key: it was altered or signed by "
        "another key, so it is not used.",
    ),
    "packet_newer_format": QT_TRANSLATE_NOOP(
        "Errors",
        "The packet {file} was made by a newer Sentra Desktop (packet format {version}). "
        "Update this program first.",
    ),
    # --- aid and moulds ---
    "aid_overlap": QT_TRANSLATE_NOOP(
        "Errors",
        "The same kind of aid was already received: {items}. Type why it was needed again, then save.",
    ),
    "reason_required": QT_TRANSLATE_NOOP("Errors", "Say why the item was returned or written off."),
    "invalid_year": QT_TRANSLATE_NOOP("Errors", "Type a year such as 2025."),
    "aid_not_bought": QT_TRANSLATE_NOOP(
        "Errors", "A mould that came as aid has no purchase price; leave it empty."
    ),
    "mould_not_for_design": QT_TRANSLATE_NOOP(
        "Errors", "This mould does not cast the design; choose one of its moulds or none."
    ),
    "aid_mark_with_reason": QT_TRANSLATE_NOOP(
        "Errors",
        "Aid is never hidden or deleted. Open the item and set its status to returned or written off, "
        "with the reason.",
    ),
    "unknown_programme": QT_TRANSLATE_NOOP("Errors", "No programme “{value}” of that agency."),
    "unknown_agency": QT_TRANSLATE_NOOP("Errors", "No agency is called “{value}”."),
    "unknown_member": QT_TRANSLATE_NOOP("Errors", "No member business is called “{value}”."),
    "unknown_aid": QT_TRANSLATE_NOOP("Errors", "No aid item has the record number {value}."),
    # --- import and export ---
    "unknown_mould": QT_TRANSLATE_NOOP("Errors", "No mould has the code “{value}”."),
    "unknown_maker": QT_TRANSLATE_NOOP("Errors", "No maker is called “{value}”."),
    "not_in_count": QT_TRANSLATE_NOOP("Errors", "This item is not on the stock count of that date."),
    "count_posted": QT_TRANSLATE_NOOP(
        "Errors", "The stock count of {date} is already posted with another quantity for this item."
    ),
    "duplicate_in_file": QT_TRANSLATE_NOOP("Errors", "The same record is already in row {first_row}."),
    "missing_column": QT_TRANSLATE_NOOP("Errors", "The file has no column for “{column}”."),
    "unknown_file_format": QT_TRANSLATE_NOOP("Errors", "{file}: only .csv and .xlsx files can be used."),
    "not_a_spreadsheet": QT_TRANSLATE_NOOP("Errors", "{file} is not an Excel (.xlsx) file ({detail})."),
    "not_utf8": QT_TRANSLATE_NOOP(
        "Errors",
        "{file} is neither UTF-8 nor Excel's Windows text. "
        "In Excel, save it as “CSV UTF-8 (Comma delimited)”.",
    ),
    "unknown_kind": QT_TRANSLATE_NOOP("Errors", "Unknown kind “{kind}”; use one of: {kinds}."),
    "unknown_order": QT_TRANSLATE_NOOP("Errors", "No order has the number “{value}”."),
    "unknown_delivery": QT_TRANSLATE_NOOP(
        "Errors", "No delivery note (or order with a delivery) has the number “{value}”."
    ),
    "unknown_product_type": QT_TRANSLATE_NOOP("Errors", "No product type is called “{value}”."),
    "unknown_item": QT_TRANSLATE_NOOP("Errors", "No design or material has the code “{value}”."),
    "backups_need_sqlite": QT_TRANSLATE_NOOP(
        "Errors",
        "Backups here are of the database file on this PC; a server database is backed up on the server.",
    ),
    # --- server mode ---
    "server_unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "The database server cannot be reached, so nothing was saved. Your input is kept: check the "
        "server and the network cable, then try again.",
    ),
    "target_not_empty": QT_TRANSLATE_NOOP(
        "Errors",
        "The target database already holds records ({tables}); data is copied only into an empty one.",
    ),
    "copy_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The copy did not match the original, so it was undone: {detail}"
    ),
    "same_database": QT_TRANSLATE_NOOP("Errors", "The source and the target are the same database."),
    "password_needed": QT_TRANSLATE_NOOP(
        "Errors", "The database server needs a password for {user}; none is stored on this PC."
    ),
    # --- buyers and orders ---
    "duplicate_phone": QT_TRANSLATE_NOOP("Errors", "This phone number already belongs to {name} ({city})."),
    "duplicate_name_city": QT_TRANSLATE_NOOP("Errors", "{name} in {city} is already recorded."),
    "due_before_order": QT_TRANSLATE_NOOP("Errors", "The due date is before the order date."),
    "no_lines": QT_TRANSLATE_NOOP("Errors", "An order needs at least one line."),
    "discount_too_large": QT_TRANSLATE_NOOP(
        "Errors", "The discount is more than the lines add up to ({max})."
    ),
    "total_below_paid": QT_TRANSLATE_NOOP(
        "Errors", "The new total would be less than what was already paid ({paid})."
    ),
    "order_closed": QT_TRANSLATE_NOOP(
        "Errors", "This order is delivered or cancelled and can no longer be changed."
    ),
    "confirm_needs_draft": QT_TRANSLATE_NOOP("Errors", "Only a draft order can be confirmed."),
    "ready_needs_confirmed": QT_TRANSLATE_NOOP("Errors", "Only a confirmed order can be marked ready."),
    "deliver_needs_confirmed": QT_TRANSLATE_NOOP("Errors", "Confirm the order before delivering it."),
    "cancel_delivered": QT_TRANSLATE_NOOP("Errors", "A delivered order cannot be cancelled."),
    "cancel_partly_delivered": QT_TRANSLATE_NOOP(
        "Errors",
        "Part of this order was already delivered, so it cannot be cancelled; "
        "lower its quantities to what was delivered instead.",
    ),
    "already_cancelled": QT_TRANSLATE_NOOP("Errors", "This order is already cancelled."),
    "below_delivered": QT_TRANSLATE_NOOP(
        "Errors", "{delivered} already delivered; the quantity cannot be less."
    ),
    "line_delivered": QT_TRANSLATE_NOOP(
        "Errors", "A line with deliveries cannot be removed or change its design."
    ),
    "more_than_ordered": QT_TRANSLATE_NOOP(
        "Errors",
        "More than was ordered: {ordered} ordered, {delivered} already delivered, so at most {open} now.",
    ),
    "nothing_delivered": QT_TRANSLATE_NOOP("Errors", "Enter the pieces going out on at least one line."),
    "delivery_short": QT_TRANSLATE_NOOP("Errors", "More than is on hand would go out: {items}."),
    "delivery_before_order": QT_TRANSLATE_NOOP("Errors", "The delivery date is before the order date."),
    "overpayment": QT_TRANSLATE_NOOP("Errors", "More than is outstanding: at most {max}."),
    "payment_on_cancelled": QT_TRANSLATE_NOOP("Errors", "A cancelled order takes no payments."),
    # --- piece-rate pay ---
    "rate_in_paid_period": QT_TRANSLATE_NOOP(
        "Errors", "Pay up to {date} is already paid; a rate can start only after that day."
    ),
    "overlaps_paid": QT_TRANSLATE_NOOP(
        "Errors", "This period overlaps the paid period {start} to {end}; choose a period outside it."
    ),
    "ends_before_start": QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."),
    "period_paid": QT_TRANSLATE_NOOP("Errors", "This pay period is already paid and closed."),
    "not_zero": QT_TRANSLATE_NOOP("Errors", "Must not be zero."),
    "missing_rates": QT_TRANSLATE_NOOP("Errors", "These designs have no piece rate yet: {designs}."),
    "advance_above_average": QT_TRANSLATE_NOOP(
        "Errors", "An advance of {amount} is more than this maker's average pay ({average}). Save it anyway?"
    ),
}
MESSAGES.update(AGENCY_MESSAGES)

# Why a database could not be opened or reached, read from the driver's English message: the
# message itself stays in the technical details (:func:`technical_detail`), the reason is said.
DETAILED = frozenset({"cannot_open", "server_unavailable"})
REASONS: dict[str, str] = {
    "reason_password": QT_TRANSLATE_NOOP(
        "Errors", "The user name or password was refused; check them on Pengaturan → Database."
    ),
    "reason_user": QT_TRANSLATE_NOOP("Errors", "The server does not know this user name."),
    "reason_database": QT_TRANSLATE_NOOP("Errors", "The server has no database with this name."),
    "reason_refused": QT_TRANSLATE_NOOP(
        "Errors", "Nothing answers at this address and port: the server may be stopped, or the port is wrong."
    ),
    "reason_host": QT_TRANSLATE_NOOP(
        "Errors", "The server's address is not known on the network; check how it is written."
    ),
    "reason_timeout": QT_TRANSLATE_NOOP(
        "Errors", "The server did not answer in time: check the network cable and that the server is on."
    ),
    "reason_closed": QT_TRANSLATE_NOOP(
        "Errors", "The server broke off the connection (it may be restarting)."
    ),
    "reason_file": QT_TRANSLATE_NOOP(
        "Errors", "The database file cannot be read or created; check the data folder and the disk."
    ),
    "reason_driver": QT_TRANSLATE_NOOP("Errors", "The program's database driver is missing."),
}
# (what the driver's message contains, lower case; reason), the first match wins.
_REASON_WORDS = (
    ("password authentication failed", "reason_password"),
    ("no password supplied", "reason_password"),
    ("role ", "reason_user"),
    ("database ", "reason_database"),
    ("connection refused", "reason_refused"),
    ("could not translate host name", "reason_host"),
    ("name or service not known", "reason_host"),
    ("no such host", "reason_host"),
    ("timeout", "reason_timeout"),
    ("timed out", "reason_timeout"),
    ("server closed the connection", "reason_closed"),
    ("terminating connection", "reason_closed"),
    ("unable to open database file", "reason_file"),
    ("no module named", "reason_driver"),
    ("can't load plugin", "reason_driver"),
)


# The operating system's words for the usual file failures (its own are English): by errno name.
SYSTEM_ERRORS: dict[str, str] = {
    "ENOENT": QT_TRANSLATE_NOOP("Errors", "the file or folder does not exist"),
    "EACCES": QT_TRANSLATE_NOOP("Errors", "no permission"),
    "EPERM": QT_TRANSLATE_NOOP("Errors", "not permitted"),
    "ENOSPC": QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    "EDQUOT": QT_TRANSLATE_NOOP("Errors", "the disk quota is used up"),
    "EROFS": QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
    "EISDIR": QT_TRANSLATE_NOOP("Errors", "it is a folder, not a file"),
    "ENOTDIR": QT_TRANSLATE_NOOP("Errors", "part of the path is not a folder"),
    "EIO": QT_TRANSLATE_NOOP("Errors", "the disk reported a read or write error"),
    "EEXIST": QT_TRANSLATE_NOOP("Errors", "it already exists"),
    "EBUSY": QT_TRANSLATE_NOOP("Errors", "it is in use"),
}


def system_error_words(exc: OSError, translate: Callable[[str], str] | None = None) -> str:
    """What the system said about ``exc`` in the program's words where known, else its own."""
    name = errno.errorcode.get(exc.errno or 0, "")
    source = SYSTEM_ERRORS.get(name)
    if source is None:
        return exc.strerror or str(exc)
    return translate(source) if translate is not None else source


def connection_reason(detail: str) -> str | None:
    """The reason code of a driver's message about opening or reaching a database, if known."""
    lowered = detail.lower()
    for words, reason in _REASON_WORDS:
        if words in lowered and (not words.startswith(("role", "database")) or "does not exist" in lowered):
            return reason
    return None


def technical_detail(exc: SentraError) -> str:
    """The driver's own text of an error whose message leaves it out (shown as details), else ""."""
    return str(exc.params.get("detail", "")) if exc.code in DETAILED else ""


# SQLite's own English for a damaged file, said plainly (the file-level codes CORRUPT and NOTADB).
SQLITE_PHRASES: dict[str, str] = {
    "database disk image is malformed": QT_TRANSLATE_NOOP("Errors", "its inner structure is broken"),
    "file is not a database": QT_TRANSLATE_NOOP("Errors", "it is no longer a database file"),
}


def plain_phrase(text: str, translate: Callable[[str], str] | None = None) -> str:
    """SQLite's English for a damaged file in the catalogue's words; any other text unchanged."""
    phrase = SQLITE_PHRASES.get(text.strip().lower())
    if phrase is None:
        return text
    return translate(phrase) if translate is not None else phrase


def render(code: str, params: dict | None = None, translate: Callable[[str], str] | None = None) -> str:
    """The message for ``code`` with its parameters filled in, translated by ``translate``."""
    text = MESSAGES.get(code, MESSAGES["error"])
    if translate is not None:
        text = translate(text)
    if params and code == "damaged":
        params = {**params, "detail": plain_phrase(str(params.get("detail", "")), translate)}
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text


def describe(exc: SentraError, translate: Callable[[str], str] | None = None) -> str:
    """One plain text for an error, listing every field problem of a validation error."""
    if isinstance(exc, ValidationError):
        parts = [_field_line(e, translate) for e in exc.errors]
        return "\n".join(parts) or render("invalid", translate=translate)
    text = render(exc.code, dict(exc.params), translate)
    reason = connection_reason(technical_detail(exc)) if exc.code in DETAILED else None
    if reason is not None:
        said = REASONS[reason]
        text += " " + (translate(said) if translate is not None else said)
    return text


def _field_line(error: FieldError, translate: Callable[[str], str] | None) -> str:
    text = render(error.code, dict(error.params), translate)
    return f"{error.field}: {text}" if error.field else text
