"""The catalogue without Qt: lookups, parameters, languages, the settings file, and display names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sentra_desktop.core import i18n, names
from sentra_desktop.core.enums import MaterialUnit, MovementKind, OrderStatus


@pytest.fixture(autouse=True)
def language() -> Iterator[None]:
    """Each test starts in the default language and leaves it so."""
    previous = i18n.language()
    i18n.set_language(i18n.DEFAULT_LANGUAGE)
    yield
    i18n.set_language(previous)


def test_the_compiled_catalogue_exists() -> None:
    assert i18n.catalogue_path("id").is_file(), "run `make translations` (tools/compile_translations.py)"


def test_indonesian_by_default_with_parameters() -> None:
    assert i18n.language() == "id"
    assert i18n.translate("OrderStatus", "Ready") == "Siap kirim"
    text = i18n.translate("Errors", "Too long: at most {max} characters.", None, max=40)
    assert text == "Terlalu panjang: paling banyak 40 huruf."
    assert i18n.translate("CommandLine", "row {row}", None, row=3) == "baris 3"


def test_english_and_unknown_texts_come_back_as_written() -> None:
    assert i18n.translate("NoSuchContext", "Nothing {x}", None, x=1) == "Nothing 1"
    assert i18n.set_language("en") == "en"
    assert i18n.translate("OrderStatus", "Ready") == "Ready"
    assert i18n.set_language("xx") == i18n.DEFAULT_LANGUAGE  # an unknown language is the default


def test_missing_parameters_never_break_a_text() -> None:
    assert i18n.translate("CommandLine", "row {row}", None, other=1) == "baris {row}"


def test_plural_count_is_filled_like_qt() -> None:
    assert i18n.translate("NoSuchContext", "%n page(s)", None, n=3) == "3 page(s)"


def test_settings_file_language(tmp_path: Path) -> None:
    settings = tmp_path / "settings.ini"
    assert i18n.settings_language(settings) == "id"  # no file yet
    settings.write_text("[ui]\nlanguage=en\nlast_page=designs\n", encoding="utf-8")
    assert i18n.settings_language(settings) == "en"
    settings.write_text("[ui]\nlanguage=fr\n", encoding="utf-8")
    assert i18n.settings_language(settings) == "id"
    settings.write_text("not an ini file at all [", encoding="utf-8")
    assert i18n.settings_language(settings) == "id"


def test_every_choice_has_a_name_in_both_languages() -> None:
    for context, table in names.TABLES.items():
        for member in type(next(iter(table))):
            indonesian = names.name(table, member.value)
            assert (indonesian and indonesian != member.value) or context == "MaterialUnit", (context, member)
    i18n.set_language("en")
    assert names.name(names.MOVEMENT_KIND, MovementKind.PRODUCTION_IN) == "Production in"


def test_one_word_for_a_piece() -> None:
    """Finished goods (stored "pcs") and a material counted in pieces ("piece") share one word."""
    assert names.unit_name(names.DESIGN_UNIT) == names.unit_name(MaterialUnit.PIECE) == "buah"
    assert names.piece_name() == "buah"
    assert names.unit_name(MaterialUnit.LITRE) == "liter"
    assert names.unit_name("gallon") == "gallon"  # an unknown value shows as stored


def test_names_by_choice_and_by_stored_value() -> None:
    statuses = names.names(names.ORDER_STATUS)
    assert list(statuses) == list(OrderStatus)
    assert statuses[OrderStatus.READY] == statuses["ready"] == "Siap kirim"  # type: ignore[index]
