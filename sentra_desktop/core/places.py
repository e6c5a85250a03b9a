"""Indonesia's provinces and regencies/cities with their Kemendagri codes, and free text matched to them.

The list is ``resources/places/wilayah.csv`` (its source is named in its header and README). A
buyer's market is counted by code, so "Palembang", "Kota Palembang" and "Plg" are one market.
:func:`match_regency` reads what operators typed before the list existed: the "Kab."/"Kota"
prefixes, spacing ("Lubuklinggau"), the common abbreviations, with the province as a tie-breaker.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from sentra_desktop.core.paths import resource_path

REGENCY = "regency"
CITY = "city"

# Leading words that say which kind of region a text names (longest first).
_PREFIXES: tuple[tuple[str, str | None], ...] = (
    ("kabupaten administrasi", REGENCY),
    ("kota administrasi", CITY),
    ("kotamadya", CITY),
    ("kabupaten", REGENCY),
    ("kodya", CITY),
    ("kota", CITY),
    ("kab", REGENCY),
    ("kot", CITY),
    ("adm", None),
)

# Abbreviations in everyday use, as whole words (the left side already case-folded).
_WORDS = {
    "oku": "ogan komering ulu",
    "oki": "ogan komering ilir",
    "muba": "musi banyuasin",
    "pali": "penukal abab lematang ilir",
    "muratara": "musi rawas utara",
    "jkt": "jakarta",
    "jak": "jakarta",
    "jaksel": "jakarta selatan",
    "jakpus": "jakarta pusat",
    "jaktim": "jakarta timur",
    "jakbar": "jakarta barat",
    "jakut": "jakarta utara",
    "sel": "selatan",
    "tim": "timur",
    "bar": "barat",
    "ut": "utara",
    "utr": "utara",
    "teng": "tengah",
}

# Whole texts that name one region by a short form.
_CITIES = {
    "plg": "16.71",
    "palembang": "16.71",
    "llg": "16.73",
    "pga": "16.72",
    "jogja": "34.71",
    "yogya": "34.71",
    "jogjakarta": "34.71",
    "bdg": "32.73",
    "sby": "35.78",
    "smg": "33.74",
    "mdn": "12.71",
    "pku": "14.71",
    "pkb": "14.71",
    "bpp": "64.71",
    "mks": "73.71",
    "bdl": "18.71",
    "balam": "18.71",
    "pgk": "19.71",
    # Regency seats typed as the town's name.
    "baturaja": "16.01",
    "kayuagung": "16.02",
    "sekayu": "16.06",
    "pangkalanbalai": "16.07",
    "indralaya": "16.10",
    "muaradua": "16.09",
}

_PROVINCES = {
    "dki": "31",
    "dkijakarta": "31",
    "jakarta": "31",
    "dkj": "31",
    "diy": "34",
    "diyogyakarta": "34",
    "yogyakarta": "34",
    "jogja": "34",
    "nad": "11",
    "nanggroeacehdarussalam": "11",
    "sumut": "12",
    "sumbar": "13",
    "sumsel": "16",
    "babel": "19",
    "bangkabelitung": "19",
    "kepri": "21",
    "jabar": "32",
    "jateng": "33",
    "jatim": "35",
    "ntb": "52",
    "ntt": "53",
    "kalbar": "61",
    "kalteng": "62",
    "kalsel": "63",
    "kaltim": "64",
    "kaltara": "65",
    "sulut": "71",
    "sulteng": "72",
    "sulsel": "73",
    "sultra": "74",
    "sulbar": "76",
    "malut": "82",
    "pabar": "92",
}

_SEPARATORS = re.compile(r"[.,/()\-_'’]+")


@dataclass(frozen=True)
class Region:
    """A province (code "16") or a regency/city (code "16.71") as the official list names it."""

    code: str
    name: str

    @property
    def province_code(self) -> str:
        return self.code.split(".")[0]

    @property
    def is_province(self) -> bool:
        return "." not in self.code

    @property
    def kind(self) -> str:
        return CITY if self.name.startswith("Kota") else REGENCY


def _words(text: str) -> list[str]:
    return _SEPARATORS.sub(" ", text.casefold()).split()


def _strip_prefix(words: list[str]) -> tuple[str | None, list[str]]:
    kind: str | None = None
    changed = True
    while changed and words:
        changed = False
        for prefix, prefix_kind in _PREFIXES:
            parts = prefix.split()
            if words[: len(parts)] == parts and len(words) > len(parts):
                kind = kind or prefix_kind
                words = words[len(parts) :]
                changed = True
                break
    return kind, words


def _compact(words: list[str]) -> str:
    return "".join(words)


class Places:
    """The official list, indexed for lookup by code and for matching typed names."""

    def __init__(self, rows: list[Region]) -> None:
        self.provinces = {r.code: r for r in rows if r.is_province}
        self.regencies = {r.code: r for r in rows if not r.is_province}
        self._by_name: dict[str, list[Region]] = {}
        for region in self.regencies.values():
            _kind, rest = _strip_prefix(_words(region.name))
            self._by_name.setdefault(_compact(rest), []).append(region)
        self._province_by_name = {_compact(_words(p.name)): p.code for p in self.provinces.values()}

    def region(self, code: str | None) -> Region | None:
        if not code:
            return None
        return self.regencies.get(code) or self.provinces.get(code)

    def label(self, code: str) -> str:
        """ "Kota Palembang, Sumatera Selatan" (the completer's entry and the list's wording)."""
        region = self.regencies[code]
        return f"{region.name}, {self.provinces[region.province_code].name}"

    def match_province(self, text: str) -> str | None:
        """The province code a typed province name means, or None."""
        words = _words(text)
        if words[:1] in (["provinsi"], ["prov"]) and len(words) > 1:
            words = words[1:]
        key = _compact(words)
        return self._province_by_name.get(key) or _PROVINCES.get(key)

    def match_regency(self, city: str, province: str = "") -> Region | None:
        """The regency/city a typed city name means, or None when unknown or ambiguous.

        "Palembang" without a prefix means the city (kota) when a city and a regency share the
        name (Bandung, Bogor, Bekasi …); the typed province decides between places in two provinces.
        """
        words = _words(city)
        if not words:
            return None
        whole = _compact(words)
        if whole in _CITIES:
            return self.regencies[_CITIES[whole]]
        kind, rest = _strip_prefix(words)
        rest = [w for word in rest for w in _WORDS.get(word, word).split()]
        candidates = list(self._by_name.get(_compact(rest), []))
        if not candidates:
            return None
        if kind is not None and any(c.kind == kind for c in candidates):
            candidates = [c for c in candidates if c.kind == kind]
        province_code = self.match_province(province) if province.strip() else None
        if province_code is not None and any(c.province_code == province_code for c in candidates):
            candidates = [c for c in candidates if c.province_code == province_code]
        if len(candidates) > 1 and kind is None:
            cities = [c for c in candidates if c.kind == CITY]
            candidates = cities or candidates
        return candidates[0] if len(candidates) == 1 else None

    def search(self, text: str) -> list[Region]:
        """Regencies/cities whose name (or province) holds every typed word, for the completer."""
        words = _words(text)
        found = []
        for region in self.regencies.values():
            haystack = _words(self.label(region.code))
            if all(any(h.startswith(w) for h in haystack) for w in words):
                found.append(region)
        return found


def _load() -> list[Region]:
    path = resource_path("places", "wilayah.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return [Region(row["code"], row["name"]) for row in csv.DictReader(lines)]


@functools.cache
def places() -> Places:
    """The list, read once per process."""
    return Places(_load())


__all__ = ["CITY", "REGENCY", "Places", "Region", "places"]
