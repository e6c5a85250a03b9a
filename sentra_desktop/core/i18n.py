"""The program's words without Qt: the translation catalogue as the command line and the sheets read it.

``resources/i18n/sentra_id.ts`` is the one source of every user-visible text. ``make translations``
compiles it twice: into ``ui/i18n/sentra_id.qm`` for Qt's ``tr()``, and into
``i18n/sentra_id.json`` (``tools/compile_translations.py``), which this module reads. Code below
the user interface marks a text with ``i18n.translate("Context", "English source")`` (lupdate finds
calls written so, with the module name before ``.translate``) or, for tables of texts made before a
language is known, with :func:`QT_TRANSLATE_NOOP`.

Parameters are written ``{name}`` and filled by keyword; lupdate stops reading a call at a keyword
argument, so a call with parameters passes the disambiguation (usually ``None``) third:
``i18n.translate("Cli", "{rows} rows", None, rows=12)``.
"""

from __future__ import annotations

import configparser
import json
import logging
from collections.abc import Callable
from functools import cache
from pathlib import Path

log = logging.getLogger("sentra.i18n")

CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "i18n"
DEFAULT_LANGUAGE = "id"
LANGUAGES = ("id", "en")  # English is the source language: it needs no catalogue
SOURCE_LANGUAGE = "en"
_SEPARATOR = "\u0004"  # between a source text and its disambiguation in a catalogue key

# (context, source) -> text in some language: Qt's QCoreApplication.translate fits, as does translate.
Translate = Callable[[str, str], str]

_language = DEFAULT_LANGUAGE


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (lupdate finds it) and return it unchanged."""
    return text


def catalogue_path(language: str) -> Path:
    """The compiled catalogue of ``language`` (``make translations`` writes it)."""
    return CATALOGUE_DIR / f"sentra_{language}.json"


def catalogue_key(source: str, disambiguation: str | None = None) -> str:
    """How a text is filed within its context in the compiled catalogue."""
    return f"{source}{_SEPARATOR}{disambiguation}" if disambiguation else source


@cache
def _catalogue(language: str) -> dict[str, dict[str, str]]:
    if language == SOURCE_LANGUAGE:
        return {}
    path = catalogue_path(language)
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("translation %s not readable (run `make translations`): %s", path, exc)
        return {}
    return {str(context): dict(texts) for context, texts in loaded.get("contexts", {}).items()}


def set_language(language: str | None) -> str:
    """Speak ``language`` from now on (the default for an unknown or missing one); returns it."""
    global _language
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    return _language


def language() -> str:
    """The language :func:`translate` speaks."""
    return _language


def translate(context: str, source: str, disambiguation: str | None = None, /, **params: object) -> str:
    """``source`` in the current language, with ``{name}`` parameters filled in.

    An English source comes back unchanged where the catalogue has no translation (as Qt does);
    ``%n`` is replaced by the parameter ``n``, as Qt does for plural texts.
    """
    text = _catalogue(_language).get(context, {}).get(catalogue_key(source, disambiguation), source)
    if "n" in params:
        text = text.replace("%n", str(params["n"]))
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


def settings_language(settings_file: Path) -> str:
    """The language chosen in this PC's settings file (``ui/language``), read without Qt.

    The file is Qt's INI format, which :mod:`configparser` reads; a missing or unreadable file
    means the default language.
    """
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file, encoding="utf-8")
    except (OSError, configparser.Error):
        return DEFAULT_LANGUAGE
    value = parser.get("ui", "language", fallback=DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE
