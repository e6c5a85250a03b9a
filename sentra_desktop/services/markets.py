"""Markets: sales by regency/city and by province, and the new markets of a period.

A buyer's market is the regency/city and province chosen from the official list
(:mod:`sentra_desktop.core.places`), never the typed text, so "Palembang", "Kota Palembang" and
"Plg" are one market. A **new market** is a regency/city (or province) that sold orders of the
period went to and no sold order before the period did. A buyer whose city matched no place
counts under "regency/city not chosen" and is never a new market.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, and_, exists, select
from sqlalchemy.orm import Session

from sentra_desktop.core import i18n
from sentra_desktop.core.enums import OrderStatus
from sentra_desktop.core.errors import NotFoundError
from sentra_desktop.core.performance import Amount
from sentra_desktop.core.places import places
from sentra_desktop.db.models import Buyer, MemberBusiness, Order
from sentra_desktop.services.base import Service
from sentra_desktop.services.performance_queries import has_lines_of

# Its reads are every role's, named in services/roles.py (the CLI reads them without a user).
_BY = cast(Table, Buyer.__table__)
_OR = cast(Table, Order.__table__)
_SOLD = (OrderStatus.CONFIRMED.value, OrderStatus.READY.value, OrderStatus.DELIVERED.value)


@dataclass(frozen=True)
class Markets:
    """Sales of a period by regency/city and by province (best first), and the new ones by name."""

    by_city: tuple[Amount, ...]
    by_province: tuple[Amount, ...]
    new_cities: tuple[str, ...]
    new_provinces: tuple[str, ...]


class MarketService(Service, domain="markets"):
    """Look-ups the performance figures are asked by."""

    def member_id(self, code: str) -> int:
        """The member business with the short ``code`` (any case), as the command line names it.

        Raises:
            NotFoundError: ``unknown_member_code`` when no member business has the code.
        """
        wanted = code.strip().upper()
        with self.db.reading() as session:
            found = session.scalar(select(MemberBusiness.id).where(MemberBusiness.code == wanted))
        if found is None:
            raise NotFoundError("unknown_member_code", value=code)
        return int(found)


def buyer_places(session: Session, buyer_ids: list[int]) -> dict[int, tuple[str | None, str | None]]:
    """buyer id -> (regency code, province code) of ``buyer_ids``."""
    found: dict[int, tuple[str | None, str | None]] = {}
    wanted = sorted(set(buyer_ids))
    for chunk in range(0, len(wanted), 900):
        part = wanted[chunk : chunk + 900]
        stmt = select(_BY.c.id, _BY.c.regency_code, _BY.c.province_code).where(_BY.c.id.in_(part))
        for row in session.execute(stmt):
            found[row.id] = (row.regency_code, row.province_code)
    return found


def earlier_places(session: Session, before: date, member: int | None) -> tuple[set[str], set[str]]:
    """The regency and province codes that sold orders dated before ``before`` went to."""
    terms: list[Any] = [_OR.c.buyer_id == _BY.c.id, _OR.c.status.in_(_SOLD), _OR.c.ordered_on < before]
    if member is not None:
        terms.append(has_lines_of(member))  # sales belong to a member through the design
    sold_before = exists().where(and_(*terms))
    rows = session.execute(select(_BY.c.regency_code, _BY.c.province_code).distinct().where(sold_before))
    cities, provinces = set(), set()
    for regency, province in rows:
        if regency:
            cities.add(regency)
        if province:
            provinces.add(province)
    return cities, provinces


def markets(
    session: Session,
    start: date,
    per_buyer: Mapping[int, int],
    member: int | None,
    earlier: tuple[set[str], set[str]] | None = None,
    where: Mapping[int, tuple[str | None, str | None]] | None = None,
) -> Markets:
    """``per_buyer`` (buyer id -> sales value of the period starting ``start``) by place;
    ``earlier`` (the regency and province codes sold to before) and ``where`` (the buyers'
    codes) when the caller has them already."""
    known = places()
    if where is None:
        where = buyer_places(session, list(per_buyer))
    by_city: dict[str, int] = defaultdict(int)
    by_province: dict[str, int] = defaultdict(int)
    for buyer_id, value in per_buyer.items():
        regency_code, province_code = where.get(buyer_id, (None, None))
        by_city[regency_code or ""] += value
        by_province[province_code or ""] += value
    old_cities, old_provinces = earlier if earlier is not None else earlier_places(session, start, member)
    no_city = i18n.translate("Performance", "Regency/city not chosen")
    no_province = i18n.translate("Performance", "Province not known")

    def city(code: str) -> str:
        region = known.region(code)
        return region.name if region is not None else no_city

    def province(code: str) -> str:
        region = known.region(code)
        return region.name if region is not None else no_province

    new_cities = sorted(city(c) for c in by_city if c and c not in old_cities)
    new_provinces = sorted(province(p) for p in by_province if p and p not in old_provinces)
    return Markets(
        by_city=_amounts(by_city, city),
        by_province=_amounts(by_province, province),
        new_cities=tuple(new_cities),
        new_provinces=tuple(new_provinces),
    )


def _amounts(groups: Mapping[str, int], name: Any) -> tuple[Amount, ...]:
    rows = (Amount(code, name(code), value) for code, value in groups.items())
    return tuple(sorted(rows, key=lambda a: (-a.value, a.name)))


__all__ = ["MarketService", "Markets", "buyer_places", "earlier_places", "markets"]
