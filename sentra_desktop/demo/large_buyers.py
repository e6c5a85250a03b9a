"""The large demo's customers: thousands of buyers over several provinces, and a decade of events.

A sentra that has sold for ten years knows a few thousand buyers: shops and resellers that order
again and again, agencies and committees a few times a year, and many tourists who buy once.
Each buyer is met on some day of the period (a quarter were known before it starts) and orders
from then on, as often as its weight says.
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass
from datetime import date, timedelta

from sentra_desktop.core.enums import BuyerKind, MetVia, SalesEventKind
from sentra_desktop.core.phone import normalize_phone
from sentra_desktop.core.places import places as known_places
from sentra_desktop.demo import places
from sentra_desktop.demo.bulk import Row, Uuids, stamp
from sentra_desktop.demo.catalogue import PRODUCT_TYPES
from sentra_desktop.demo.masters import ACTOR, random_phone
from sentra_desktop.demo.records import BuyerInfo
from sentra_desktop.demo.timeline import Timeline

BUYERS_PER_TEN_YEARS = 5_000
MIN_BUYERS = 60

BUYER_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "created_by", "updated_by", "version", "name", "organisation",
    "kind", "phone", "phone_normalized", "email", "address", "city", "province", "met_via", "tags",
    "archived", "notes", "regency_code", "province_code",
)  # fmt: skip

# (share of buyers, how often one orders, how it was met)
_KINDS: dict[BuyerKind, tuple[float, float, tuple[MetVia, ...]]] = {
    BuyerKind.SHOP: (0.26, 6.0, (MetVia.WALK_IN, MetVia.EXHIBITION, MetVia.REFERRAL)),
    BuyerKind.RESELLER: (0.22, 8.0, (MetVia.SOCIAL_MEDIA, MetVia.REFERRAL, MetVia.EXHIBITION)),
    BuyerKind.TOURIST: (0.36, 0.4, (MetVia.WALK_IN, MetVia.EVENT, MetVia.SOCIAL_MEDIA)),
    BuyerKind.AGENCY: (0.05, 2.0, (MetVia.REFERRAL, MetVia.EXHIBITION)),
    BuyerKind.EVENT_COMMITTEE: (0.02, 1.0, (MetVia.EVENT, MetVia.EXHIBITION)),
    BuyerKind.OTHER: (0.09, 2.5, (MetVia.REFERRAL, MetVia.WALK_IN, MetVia.SOCIAL_MEDIA)),
}
_PAYS = (("prompt", 0.4), ("normal", 0.45), ("slow", 0.15))
_TAGS = {BuyerKind.RESELLER: "reseller", BuyerKind.TOURIST: "wisatawan", BuyerKind.AGENCY: "instansi"}
_TYPE_KEYS = tuple(t.key for t in PRODUCT_TYPES)

# (name, kind, first day as a fraction of the year, length in days, place)
_YEARLY_EVENTS = (
    ("Pameran Kriya Sumsel", SalesEventKind.EXHIBITION, 0.35, 5, "Palembang Icon Mall"),
    ("Festival Sriwijaya", SalesEventKind.FESTIVAL, 0.52, 7, "Benteng Kuto Besak, Palembang"),
    ("Musim Libur Sekolah", SalesEventKind.TOURIST_SEASON, 0.5, 21, "Palembang"),
    ("Pameran Kerajinan Nusantara Jakarta", SalesEventKind.EXHIBITION, 0.8, 5, "Jakarta Convention Center"),
    ("Libur Akhir Tahun", SalesEventKind.TOURIST_SEASON, 0.96, 12, "Palembang"),
)


@dataclass(frozen=True)
class Customer:
    """What the order book needs to know of a buyer."""

    id: int
    kind: BuyerKind
    type_keys: tuple[str, ...]
    pays: str
    far: bool  # outside Palembang: pays by transfer
    since: date
    weight: float


@dataclass(frozen=True)
class EventDays:
    """A sales event's id and days."""

    id: int
    starts_on: date
    ends_on: date


def _name(rng: random.Random) -> str:
    return f"{rng.choice(places.FIRST_NAMES)} {rng.choice(places.LAST_NAMES)}"


def _organisation(rng: random.Random, kind: BuyerKind, city: str, province: str) -> str:
    place = city.removeprefix("Kabupaten ")
    word = rng.choice(places.SHOP_WORDS)
    if kind == BuyerKind.SHOP:
        return f"{rng.choice(places.SHOP_KINDS)} {word} {place}"
    if kind == BuyerKind.RESELLER:
        return "" if rng.random() < 0.4 else f"{place} {rng.choice(places.RESELLER_KINDS)}"
    if kind == BuyerKind.AGENCY:
        where = f"Kabupaten {place}" if city.startswith("Kabupaten ") else f"Kota {place}"
        return f"{rng.choice(places.AGENCY_NAMES)} {where if rng.random() < 0.7 else 'Provinsi ' + province}"
    if kind == BuyerKind.EVENT_COMMITTEE:
        return f"Panitia {rng.choice(('Pameran', 'Festival', 'Porkab', 'Jambore', 'Bazar'))} {place}"
    if kind == BuyerKind.OTHER:
        return f"{rng.choice(places.OTHER_KINDS)} {word} {place}"
    return ""


class BuyerMaker:
    """Draws the period's buyers as stored-form rows with ids after the buyers already written."""

    def __init__(self, tl: Timeline, rng: random.Random, uuids: Uuids) -> None:
        self.tl = tl
        self.rng = rng
        self.uuid = uuids
        self.rows: list[Row] = []
        self.customers: list[Customer] = []
        self.created: list[str] = []  # when each row was saved, for its audit row

    def known(self, buyers: tuple[BuyerInfo, ...]) -> None:
        """The story's buyers (written with the master data) order too, from the first day."""
        for info in buyers:
            kind = info.spec.kind
            weight = _KINDS[kind][1] * 2
            far = info.spec.city != "Palembang"
            self.customers.append(
                Customer(info.id, kind, info.spec.type_keys, info.spec.pays, far, self.tl.first, weight)
            )

    def make(self, count: int, first_id: int) -> None:
        rng, tl = self.rng, self.tl
        provinces = [p for p, _, _ in places.PROVINCES]
        province_weights = [w for _, w, _ in places.PROVINCES]
        cities = {p: c for p, _, c in places.PROVINCES}
        kinds = list(_KINDS)
        kind_weights = [_KINDS[k][0] for k in kinds]
        span = tl.days
        for index in range(count):
            kind = rng.choices(kinds, kind_weights)[0]
            province = rng.choices(provinces, province_weights)[0]
            city = rng.choice(cities[province])
            if province == "Sumatera Selatan" and rng.random() < 0.5:
                city = "Palembang"
            since = tl.first + timedelta(days=round(span * rng.uniform(-0.25, 0.97)))
            at = stamp(tl.stamp(max(since, tl.first - timedelta(days=1)), 9, index % 60))
            name = _name(rng)
            phone = random_phone(rng)
            organisation = _organisation(rng, kind, city, province)
            address = f"{rng.choice(places.STREETS)} No. {rng.randint(1, 250)}"
            if kind == BuyerKind.TOURIST:
                address = ""
            email = ""
            if kind in (BuyerKind.RESELLER, BuyerKind.AGENCY) and rng.random() < 0.5:
                email = f"{name.split()[-1].lower()}{rng.randint(10, 99)}@gmail.com"
            keys = tuple(sorted(rng.sample(_TYPE_KEYS, rng.choice((1, 2, 2, 3, 3, 4)))))
            pays = rng.choices([p for p, _ in _PAYS], [w for _, w in _PAYS])[0]
            if kind == BuyerKind.TOURIST:
                pays = "prompt"
            buyer_id = first_id + index
            self.rows.append(
                (buyer_id, self.uuid(), at, at, ACTOR, ACTOR, 1, name, organisation, kind.value, phone,
                 normalize_phone(phone), email, address, city, province, rng.choice(_KINDS[kind][2]).value,
                 _TAGS.get(kind, ""), 0, "", *_codes(city, province))
            )  # fmt: skip
            self.created.append(at)
            weight = _KINDS[kind][1] * rng.paretovariate(1.6)
            self.customers.append(
                Customer(buyer_id, kind, keys, pays, city != "Palembang", max(since, tl.first), weight)
            )


@functools.cache
def _codes(city: str, province: str) -> tuple[str | None, str | None]:
    """The regency/city and province codes of a demo place (every one is on the official list)."""
    region = known_places().match_regency(city, province)
    if region is None:
        return None, known_places().match_province(province)
    return region.code, region.province_code


def yearly_events(tl: Timeline, taken: set[str]) -> list[tuple[str, SalesEventKind, date, date, str]]:
    """The sentra's recurring fairs and seasons in every year of the period (names not ``taken``)."""
    events = []
    for year in range(tl.first.year, tl.last.year + 1):
        for name, kind, where, length, location in _YEARLY_EVENTS:
            starts = date(year, 1, 1) + timedelta(days=round(where * 364))
            ends = starts + timedelta(days=length - 1)
            full = f"{name} {year}"
            if full in taken or ends < tl.first or starts > tl.last:
                continue
            events.append((full, kind, starts, ends, location))
    return events
