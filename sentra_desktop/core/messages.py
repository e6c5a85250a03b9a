"""English source texts for every error code, marked for Qt's translation tools.

``QT_TRANSLATE_NOOP`` here is a plain function with the name Qt's ``lupdate`` looks for, so the
texts land in the translation files while this module stays free of Qt. The user interface
translates them in the ``Errors`` context; the command line prints the English text.
"""

from __future__ import annotations

from collections.abc import Callable

from sentra_desktop.core.errors import FieldError, SentraError, ValidationError

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    return text


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
    "storage": QT_TRANSLATE_NOOP("Errors", "The data could not be saved: {detail}"),
    "cannot_open": QT_TRANSLATE_NOOP("Errors", "The database could not be opened: {detail}"),
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
    "demo_not_empty": QT_TRANSLATE_NOOP(
        "Errors", "The database already holds data; demo data goes only into an empty database."
    ),
    "not_whole_number": QT_TRANSLATE_NOOP("Errors", "Type a whole number, for example 4."),
}


def render(code: str, params: dict | None = None, translate: Callable[[str], str] | None = None) -> str:
    """The message for ``code`` with its parameters filled in, translated by ``translate``."""
    text = MESSAGES.get(code, MESSAGES["error"])
    if translate is not None:
        text = translate(text)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text


def describe(exc: SentraError, translate: Callable[[str], str] | None = None) -> str:
    """One plain text for an error, listing every field problem of a validation error."""
    if isinstance(exc, ValidationError):
        parts = [_field_line(e, translate) for e in exc.errors]
        return "\n".join(parts) or render("invalid", translate=translate)
    return render(exc.code, dict(exc.params), translate)


def _field_line(error: FieldError, translate: Callable[[str], str] | None) -> str:
    text = render(error.code, dict(error.params), translate)
    return f"{error.field}: {text}" if error.field else text
