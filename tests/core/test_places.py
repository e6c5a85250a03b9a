"""The official list of places, typed names matched to it at the edges, and member short codes."""

from __future__ import annotations

import pytest

from sentra_desktop.core.places import CITY, REGENCY, places
from sentra_desktop.core.short_code import short_code, unique_code


def test_the_list_holds_every_province_and_regency_with_its_code() -> None:
    known = places()
    assert len(known.provinces) == 38 and len(known.regencies) == 514
    assert known.provinces["16"].name == "Sumatera Selatan"
    assert known.regencies["16.71"].name == "Kota Palembang"
    assert all(r.province_code in known.provinces for r in known.regencies.values())
    assert sum(r.kind == CITY for r in known.regencies.values()) == 98
    assert known.label("16.10") == "Kabupaten Ogan Ilir, Sumatera Selatan"


@pytest.mark.parametrize(
    ("city", "province", "code"),
    [
        ("Palembang", "", "16.71"),
        ("Kota Palembang", "", "16.71"),
        ("KOTA   palembang ", "", "16.71"),
        ("Kodya Palembang", "", "16.71"),
        ("Plg", "", "16.71"),
        ("plg.", "Sumsel", "16.71"),
        ("Kab. Ogan Ilir", "", "16.10"),
        ("Kab Ogan Ilir", "", "16.10"),
        ("Kabupaten Ogan Ilir", "", "16.10"),
        ("Kab. OKI", "", "16.02"),
        ("OKU Timur", "", "16.08"),
        ("Kab. Muba", "", "16.06"),
        ("Lubuklinggau", "", "16.73"),
        ("Lubuk Linggau", "", "16.73"),
        ("Pangkalpinang", "Babel", "19.71"),
        ("Baturaja", "", "16.01"),
        ("Jaksel", "", "31.74"),
        ("Jakarta Timur", "DKI Jakarta", "31.75"),
        ("Kepulauan Seribu", "", "31.01"),
        # A city and a regency share the name: no prefix means the city, a prefix decides.
        ("Bandung", "", "32.73"),
        ("Kab. Bandung", "", "32.04"),
        ("Kabupaten Bogor", "Jawa Barat", "32.01"),
        ("Bogor", "Jawa Barat", "32.71"),
        ("Kota Solok", "", "13.72"),
        ("Kab. Solok", "Sumatera Barat", "13.02"),
    ],
)
def test_typed_names_are_matched(city: str, province: str, code: str) -> None:
    region = places().match_regency(city, province)
    assert region is not None and region.code == code, (city, region)


@pytest.mark.parametrize(
    "city", ["", "   ", "Kota", "Kab.", "Atlantis", "Palembang Raya", "Sumatera Selatan"]
)
def test_unknown_names_match_nothing(city: str) -> None:
    assert places().match_regency(city, "Sumatera Selatan") is None


def test_the_kind_prefix_is_read() -> None:
    assert places().match_regency("Kab. Bekasi").kind == REGENCY  # type: ignore[union-attr]
    assert places().match_regency("Kota Bekasi").kind == CITY  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sumatera Selatan", "16"),
        ("sumatera  selatan", "16"),
        ("Provinsi Sumatera Selatan", "16"),
        ("Sumsel", "16"),
        ("DKI Jakarta", "31"),
        ("DI Yogyakarta", "34"),
        ("Kepulauan Riau", "21"),
        ("Kepri", "21"),
        ("Papua Barat Daya", "96"),
        ("Negeri Antah", None),
        ("", None),
    ],
)
def test_provinces_are_matched(text: str, code: str | None) -> None:
    assert places().match_province(text) == code


def test_search_finds_places_by_any_word_start() -> None:
    found = {r.code for r in places().search("ogan ilir")}
    assert found == {"16.10", "16.02"}  # Ogan Ilir and Ogan Komering Ilir
    assert "16.71" in {r.code for r in places().search("palem sumatera")}


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("IKM Karya Karet", "KARYA-KARET"),
        ("UD. Sabut Jaya", "SABUT-JAYA"),
        ("Kedondong", "KEDONDONG"),
        ("IKM Sentosa Makmur Abadi Jaya", "SENTOSA"),
        ("IKM", "IKM"),
        ("Pengrajinkaretpalembangraya", "PENGRAJINKAR"),
        ("", "IKM"),
    ],
)
def test_short_codes_come_from_names(name: str, code: str) -> None:
    assert short_code(name) == code


def test_unique_codes_count_on() -> None:
    assert unique_code("IKM Karya Karet", {"KARYA-KARET", "KARYA-KARET-2"}) == "KARYA-KARET-3"
