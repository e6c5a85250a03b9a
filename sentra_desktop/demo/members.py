"""Member businesses' own books in the demo: designs owned by a member, and a maker who moves.

A design whose product type only one member business makes belongs to that member (its sales
count there); a type several members make stays the sentra's. One maker moves to another member
in the middle of the last paid pay week, so the production summary, the member filters and that
week's pay slip show output booked to both members.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy.orm import Session

from sentra_desktop.db.models import DesignVariant, Maker, MakerMembership, MemberBusiness
from sentra_desktop.demo import catalogue as cat
from sentra_desktop.demo.masters import Stamper
from sentra_desktop.demo.pay import PAID_WEEKS, pay_weeks
from sentra_desktop.demo.records import Cast
from sentra_desktop.demo.timeline import Timeline

MOVER = "Rusmini"  # from IKM Kedondong Kreasi ...
MOVES_TO = "kkm"  # ... to IKM Karya Karet Mandiri, which also casts gantungan kunci
MOVE_WEEKDAY = 2  # the Wednesday of the last paid week


def own_designs(
    designs: list[tuple[DesignVariant, cat.DesignSpec]], businesses: dict[str, MemberBusiness]
) -> None:
    """Give each design of a type only one member makes that member as its owner."""
    makers_of: dict[str, list[str]] = {}
    for business in cat.BUSINESSES:
        for key in business.type_keys:
            makers_of.setdefault(key, []).append(business.key)
    for design, spec in designs:
        keys = makers_of.get(spec.type_key, [])
        design.member_business_id = businesses[keys[0]].id if len(keys) == 1 else None


def move_maker(
    session: Session,
    cast: Cast,
    makers: list[tuple[Maker, str]],
    businesses: dict[str, MemberBusiness],
    tl: Timeline,
    stamper: Stamper,
) -> Cast:
    """Record the mover's move (a dated membership row) and return the cast that books it."""
    day = pay_weeks(tl.last)[PAID_WEEKS - 1][0] + timedelta(days=MOVE_WEEKDAY)
    maker = next((m for m, _key in makers if m.name == MOVER), None)
    if maker is None or day <= tl.first:
        return cast  # a history too short to hold a move
    target = businesses[MOVES_TO]
    session.add(
        MakerMembership(
            **stamper.record(tl.stamp(day, 8)),
            maker_id=maker.id,
            member_business_id=target.id,
            from_date=day,
        )
    )
    maker.member_business_id = target.id
    infos = tuple(replace(m, moved=(day, target.id)) if m.id == maker.id else m for m in cast.makers)
    return replace(cast, makers=infos)
