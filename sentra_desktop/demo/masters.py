"""Writes the demo's master data (the sentra, people, catalogue, buyers, agencies) as ORM objects.

These are a few hundred rows, so they go through the ORM like any form's save would, and the
audit log records each of them. What the simulation needs from them comes back as a
:class:`~sentra_desktop.demo.simulation.Cast` of plain values keyed by database id.
"""

from __future__ import annotations

import functools
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import AssistanceKind, Condition, DesignStatus, MaterialUnit
from sentra_desktop.core.phone import normalize_phone
from sentra_desktop.core.places import places
from sentra_desktop.db import tables
from sentra_desktop.db.models import (
    Agency,
    Assistance,
    Buyer,
    DesignPhoto,
    DesignVariant,
    Maker,
    MakerMembership,
    Material,
    MemberBusiness,
    Mould,
    ProductType,
    Programme,
    RecipeLine,
    SalesEvent,
    SentraProfile,
    User,
)
from sentra_desktop.demo import catalogue as cat
from sentra_desktop.demo.records import BuyerInfo, Cast, DesignInfo, EventInfo, MakerInfo
from sentra_desktop.demo.timeline import Timeline
from sentra_desktop.services.photos import StoredPhoto, prepare_photo
from sentra_desktop.services.users import hash_pin

ACTOR = "demo"
_THOUSANDTH = Decimal("0.001")


@dataclass
class Stamper:
    """UUIDs and the who-and-when columns for demo rows.

    UUIDs come from their own seeded ``Random`` so the same seed gives the same keys, and so that
    adding a record to the demo does not shift every random choice after it.
    """

    rng: random.Random

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def record(self, at: datetime) -> dict[str, Any]:
        """The RecordMixin columns for a row created at ``at``."""
        return {
            "uuid": self.uuid(),
            "created_at": at,
            "updated_at": at,
            "created_by": ACTOR,
            "updated_by": ACTOR,
            "version": 1,
        }

    def ledger(self, at: datetime) -> dict[str, Any]:
        """The LedgerMixin columns for a row created at ``at``."""
        return {"uuid": self.uuid(), "created_at": at, "created_by": ACTOR}


def random_phone(rng: random.Random) -> str:
    """An Indonesian mobile number written the usual way, "0812-7xxx-xxxx"."""
    prefix = rng.choice(("0812", "0813", "0821", "0852", "0853", "0857", "0878", "0811"))
    return f"{prefix}-{rng.randint(6000, 7999)}-{rng.randint(1000, 9999)}"


class MasterWriter:
    """Creates the master records in one session and remembers what the simulation needs."""

    def __init__(self, session: Session, tl: Timeline, rng: random.Random, stamper: Stamper) -> None:
        self.session = session
        self.tl = tl
        self.rng = rng
        self.st = stamper
        self.start = tl.stamp(tl.first - timedelta(days=1), 9)

    def _add(self, obj: Any) -> Any:
        self.session.add(obj)
        return obj

    # --- the sentra and its people ----------------------------------------------------------------

    def users(self) -> None:
        """The demo's head, operators and mentor, each with the PIN the demo notice prints.

        The PIN's hash is written past the audit log, as the program itself does.
        """
        known = {name.lower() for name in self.session.scalars(select(User.name))}
        added: list[tuple[User, str]] = []
        for name, role, pin in cat.DEMO_USERS:
            if name.lower() not in known:
                added.append((self._add(User(**self.st.record(self.start), name=name, role=role)), pin))
        self.session.flush()
        for user, pin in added:
            self.session.execute(
                update(tables.app_user).where(tables.app_user.c.id == user.id).values(pin_hash=hash_pin(pin))
            )

    def sentra(self) -> dict[str, MemberBusiness]:
        profile = self.session.scalars(select(SentraProfile).order_by(SentraProfile.id).limit(1)).first()
        if profile is None:
            profile = self._add(SentraProfile(**self.st.record(self.start), name=cat.SENTRA_NAME))
        profile.name = cat.SENTRA_NAME
        profile.address = cat.SENTRA_PLACE.address
        profile.city, profile.province = cat.SENTRA_PLACE.city, cat.SENTRA_PLACE.province
        profile.phone, profile.email, profile.notes = cat.SENTRA_PHONE, cat.SENTRA_EMAIL, cat.SENTRA_NOTES
        self.users()
        return {
            b.key: self._add(
                MemberBusiness(
                    **self.st.record(self.start), name=b.name, owner=b.owner, address=b.address, phone=b.phone
                )
            )
            for b in cat.BUSINESSES
        }

    def makers(self, businesses: dict[str, MemberBusiness]) -> list[tuple[Maker, str]]:
        makers = []
        for name, key, phone in cat.MAKERS:
            maker = Maker(
                **self.st.record(self.start), name=name, member_business=businesses[key], phone=phone
            )
            makers.append((self._add(maker), key))
        self.memberships([maker for maker, _key in makers])
        return makers

    def memberships(self, makers: list[Maker]) -> None:
        """Each maker's first membership, from the first day of the story."""
        self.session.flush()
        for maker in makers:
            self._add(
                MakerMembership(
                    **self.st.record(self.start),
                    maker_id=maker.id,
                    member_business_id=maker.member_business_id,
                    from_date=self.start.date(),
                )
            )

    # --- the catalogue ----------------------------------------------------------------------------

    def product_types(self) -> dict[str, ProductType]:
        existing = {t.name: t for t in self.session.scalars(select(ProductType))}
        types = {}
        for spec in cat.PRODUCT_TYPES:
            types[spec.key] = existing.get(spec.name) or self._add(
                ProductType(**self.st.record(self.start), name=spec.name)
            )
        return types

    def moulds(self, types: dict[str, ProductType]) -> dict[str, Mould]:
        return {
            m.code: self._add(
                Mould(
                    **self.st.record(self.start),
                    code=m.code,
                    name=m.name,
                    product_type=types[m.type_key],
                    cavities=m.cavities,
                    casts_per_day=10 if m.cavities > 2 else 4,  # small rubber castings set fast
                    acquired_on=self._when(m.acquired),
                    notes=m.notes,
                )
            )
            for m in cat.MOULDS
        }

    def materials(self) -> dict[str, Material]:
        return {
            m.code: self._add(
                Material(
                    **self.st.record(self.start),
                    code=m.code,
                    name=m.name,
                    unit=m.unit,
                    low_stock_level=m.low_stock,
                    supplier=m.supplier,
                )
            )
            for m in cat.MATERIALS
        }

    def designs(
        self,
        types: dict[str, ProductType],
        moulds: dict[str, Mould],
        materials: dict[str, Material],
    ) -> list[tuple[DesignVariant, cat.DesignSpec]]:
        """The 40 designs, each with a drawn photo and its recipe."""
        type_specs = {t.key: t for t in cat.PRODUCT_TYPES}
        result = []
        for spec in cat.DESIGNS:
            introduced = self._when(spec.intro)
            at = self.tl.stamp(introduced, 10)
            design = self._add(
                DesignVariant(
                    **self.st.record(at),
                    code=spec.code,
                    name=spec.name,
                    product_type=types[spec.type_key],
                    moulds=[
                        moulds[spec.mould],
                        *(moulds[m] for m, d in cat.EXTRA_MOULD_LINKS if d == spec.code),
                    ],
                    colour=spec.colour,
                    size=spec.size,
                    price=spec.price,
                    cost=spec.cost,
                    status=spec.status,
                    introduced_on=introduced,
                    low_stock_level=type_specs[spec.type_key].low_stock,
                    notes=spec.notes,
                )
            )
            photo = _photo(spec)
            design.photo = DesignPhoto(
                image=photo.image, thumbnail=photo.thumbnail, width=photo.width, height=photo.height
            )
            for code, quantity in _recipe(spec):
                self._add(
                    RecipeLine(
                        **self.st.record(at),
                        design=design,
                        material=materials[code],
                        quantity_per_piece=quantity,
                    )
                )
            result.append((design, spec))
        return result

    def _when(self, intro: float) -> date:
        return self.tl.years_before(-intro) if intro <= 0 else self.tl.at(intro)

    # --- buyers, events, agencies ---------------------------------------------------------------

    def buyers(self) -> list[tuple[Buyer, cat.BuyerSpec]]:
        result = []
        for spec in cat.BUYERS:
            phone = random_phone(self.rng)
            buyer = Buyer(
                **self.st.record(self.start),
                name=spec.name,
                organisation=spec.organisation,
                kind=spec.kind,
                phone=phone,
                phone_normalized=normalize_phone(phone),
                email=spec.email,
                address=spec.address,
                city=spec.city,
                province=spec.province,
                **_market(spec.city, spec.province),
                met_via=spec.met_via,
                tags=spec.tags,
            )
            result.append((self._add(buyer), spec))
        return result

    def events(self) -> list[tuple[SalesEvent, cat.EventSpec]]:
        result = []
        for spec in cat.EVENTS:
            starts, ends = self._event_day(spec.starts), self._event_day(spec.ends)
            event = SalesEvent(
                **self.st.record(self.start),
                name=f"{spec.name} {starts.year}",
                kind=spec.kind,
                starts_on=starts,
                ends_on=ends,
                location=spec.location,
                notes=spec.notes,
            )
            result.append((self._add(event), spec))
        return result

    def _event_day(self, fraction: float) -> date:
        """A day of the period, or after today for an event still to come (fraction above 1)."""
        if fraction <= 1:
            return self.tl.at(fraction)
        return self.tl.last + timedelta(days=round((fraction - 1) * (self.tl.days - 1)))

    def assistance(self, businesses: dict[str, MemberBusiness], moulds: dict[str, Mould]) -> tuple[int, int]:
        """Agencies, their programmes and aid items; the moulds that came as aid name their item."""
        agencies = [
            self._add(
                Agency(
                    **self.st.record(self.start),
                    name=name,
                    short_name=short,
                    kind=kind,
                    contact=contact,
                    notes=notes,
                )
            )
            for name, short, kind, contact, notes in cat.AGENCIES
        ]
        first_aid: dict[int, float] = {}
        for aid in cat.AID:
            first_aid.setdefault(aid.programme, aid.when)
        programmes = [
            self._add(
                Programme(
                    **self.st.record(self.start),
                    name=spec.name,
                    agency=agencies[spec.agency],
                    year=self.tl.at(first_aid.get(number, 0.0)).year,
                    kind=spec.kind,
                )
            )
            for number, spec in enumerate(cat.PROGRAMMES)
        ]
        items = []
        for aid in cat.AID:
            received = self.tl.at(aid.when)
            physical = aid.kind in (AssistanceKind.MOULD, AssistanceKind.MACHINE, AssistanceKind.TOOLS)
            items.append(
                self._add(
                    Assistance(
                        **self.st.record(self.tl.stamp(received, 11)),
                        programme=programmes[aid.programme],
                        received_on=received,
                        kind=aid.kind,
                        description=aid.item,
                        quantity=aid.quantity,
                        value=aid.value,
                        member_business_id=businesses[aid.business].id if aid.business else None,
                        bast_number=aid.bast,
                        serial=aid.serial,
                        condition=Condition.GOOD if physical else None,
                        last_checked_on=None if aid.checked is None else self.tl.at(aid.checked),
                        notes=aid.notes,
                    )
                )
            )
        self.session.flush()
        for code, number in cat.MOULDS_FROM_AID.items():
            moulds[code].assistance_id = items[number].id
            moulds[code].member_business_id = items[number].member_business_id
        return len(agencies), len(cat.AID)

    # --- what the simulation needs --------------------------------------------------------------

    def cast(
        self,
        businesses: dict[str, MemberBusiness],
        makers: list[tuple[Maker, str]],
        materials: dict[str, Material],
        designs: list[tuple[DesignVariant, cat.DesignSpec]],
        buyers: list[tuple[Buyer, cat.BuyerSpec]],
        events: list[tuple[SalesEvent, cat.EventSpec]],
    ) -> Cast:
        """Plain values for the simulation; call after a flush, when every row has its id."""
        type_specs = {t.key: t for t in cat.PRODUCT_TYPES}
        business_specs = {b.key: b for b in cat.BUSINESSES}
        sports = next(e for e, spec in events if spec.key == cat.SPORTS_EVENT)
        sports_end = sports.ends_on or self.tl.last
        design_infos = []
        for design, spec in designs:
            until = self.tl.last
            if spec.status == DesignStatus.RETIRED:
                until = min(until, sports_end + timedelta(days=3))
            design_infos.append(
                DesignInfo(
                    id=design.id,
                    code=spec.code,
                    type_key=spec.type_key,
                    family=type_specs[spec.type_key].family,
                    price=spec.price,
                    status=spec.status,
                    sellable_from=design.introduced_on or self.tl.first,
                    sellable_until=until,
                    low_stock=design.low_stock_level,
                    batch=type_specs[spec.type_key].batch,
                    recipe=tuple((line.material.id, line.quantity_per_piece) for line in design.recipe),
                )
            )
        maker_infos = tuple(
            MakerInfo(
                id=maker.id,
                name=maker.name,
                business_id=businesses[key].id,
                type_keys=business_specs[key].type_keys,
                reliability=self.rng.uniform(0.82, 0.97),
                reject_rate=self.rng.uniform(0.02, 0.07),
            )
            for maker, key in makers
        )
        by_type: dict[str, int] = {}
        for business in cat.BUSINESSES:
            for key in business.type_keys:
                by_type.setdefault(key, businesses[business.key].id)
        material_specs = {m.code: m for m in cat.MATERIALS}
        return Cast(
            designs=tuple(design_infos),
            makers=maker_infos,
            materials={m.id: material_specs[code] for code, m in materials.items()},
            buyers=tuple(BuyerInfo(b.id, spec) for b, spec in buyers),
            events=tuple(
                EventInfo(e.id, spec.key, e.starts_on or self.tl.first, e.ends_on or self.tl.last)
                for e, spec in events
            ),
            business_by_key={key: b.id for key, b in businesses.items()},
            business_by_type=by_type,
        )


@functools.lru_cache(maxsize=len(cat.DESIGNS))
def _market(city: str, province: str) -> dict[str, str | None]:
    """The regency/city and province codes of a typed place (every demo place is on the list)."""
    region = places().match_regency(city, province)
    return {
        "regency_code": region.code if region else None,
        "province_code": region.province_code if region else places().match_province(province),
    }


def _photo(spec: cat.DesignSpec) -> StoredPhoto:
    """The stored photo of a design; drawn once per process, since it depends on the design only."""
    from sentra_desktop.demo.pictures import draw_design  # Pillow loads only when needed

    return prepare_photo(draw_design(spec))


def _recipe(spec: cat.DesignSpec) -> list[tuple[str, Decimal]]:
    """Material codes and quantities per piece for a design; pieces (rings, magnets) never scale."""
    units = {m.code: m.unit for m in cat.MATERIALS}
    pigments = cat.COLOURS[spec.colour][1]
    lines: list[tuple[str, Decimal]] = []
    for code, base in cat.RECIPES[spec.type_key]:
        if code == "PIGMENT":
            for pigment in pigments:
                lines.append((pigment, _per_piece(base * spec.scale / len(pigments))))
        elif units[code] == MaterialUnit.PIECE:
            lines.append((code, base))
        else:
            lines.append((code, _per_piece(base * spec.scale)))
    return lines


def _per_piece(value: Decimal) -> Decimal:
    return max(_THOUSANDTH, value.quantize(_THOUSANDTH, rounding=ROUND_HALF_UP))
