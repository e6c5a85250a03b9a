"""A maker's member business over time, and the member each production entry is booked to.

Output belongs to the member business the maker belonged to on the entry's day. The history is
``maker_membership`` (maker, member, from date): the member of a day is the one of the latest row
on or before it, and the first row also covers every day before it. A move adds a row and never
rewrites the ones before; ``maker.member_business_id`` stays the member in force today.

An entry stores its member when saved. Recording a move (or correcting the day of the latest one)
books the maker's entries from that day on to the member of their day again, in one statement
per stretch of history and one audit row naming the entries.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import AuditAction
from sentra_desktop.core.errors import FieldError
from sentra_desktop.core.formatting import format_date
from sentra_desktop.db import change_seq
from sentra_desktop.db.audit import AuditRecord, actor_of, write_audit
from sentra_desktop.db.inserts import id_ranges
from sentra_desktop.db.models import Maker, MakerMembership, ProductionEntry
from sentra_desktop.db.types import utcnow

_MM = cast(Table, MakerMembership.__table__)
_PE = cast(Table, ProductionEntry.__table__)
_MK = cast(Table, Maker.__table__)


@dataclass(frozen=True)
class Membership:
    """One stretch of a maker's history: ``member_business_id`` (None = the sentra) from ``from_date``."""

    from_date: date
    member_business_id: int | None


def history(session: Session, maker_id: int) -> list[Membership]:
    """The maker's memberships, oldest first."""
    rows = session.execute(
        select(_MM.c.from_date, _MM.c.member_business_id)
        .where(_MM.c.maker_id == maker_id)
        .order_by(_MM.c.from_date)
    )
    return [Membership(*row) for row in rows]


def _member_in(rows: list[Membership], day: date) -> int | None:
    days = [row.from_date for row in rows]
    return rows[max(bisect_right(days, day) - 1, 0)].member_business_id


def member_on(session: Session, maker_id: int, day: date) -> int | None:
    """The member business ``maker_id`` belonged to on ``day`` (None = the sentra as a whole)."""
    found = session.execute(
        select(_MM.c.member_business_id)
        .where(_MM.c.maker_id == maker_id, _MM.c.from_date <= day)
        .order_by(_MM.c.from_date.desc())
        .limit(1)
    ).first()
    if found is None:  # before the first row: the first row covers it
        found = session.execute(
            select(_MM.c.member_business_id)
            .where(_MM.c.maker_id == maker_id)
            .order_by(_MM.c.from_date)
            .limit(1)
        ).first()
    if found is None:  # no history at all (cannot happen after the migration): the current member
        return cast(int | None, session.scalar(select(_MK.c.member_business_id).where(_MK.c.id == maker_id)))
    return cast(int | None, found[0])


class MembershipBook:
    """Every maker's history read once, for imports of many entries."""

    def __init__(self, session: Session, maker_ids: Iterable[int]) -> None:
        self._rows: dict[int, list[Membership]] = {}
        wanted = sorted(set(maker_ids))
        for maker_id, from_date, member_id in session.execute(
            select(_MM.c.maker_id, _MM.c.from_date, _MM.c.member_business_id)
            .where(_MM.c.maker_id.in_(wanted))
            .order_by(_MM.c.maker_id, _MM.c.from_date)
        ):
            self._rows.setdefault(maker_id, []).append(Membership(from_date, member_id))

    def member(self, maker_id: int, day: date, current: int | None) -> int | None:
        """The member of ``maker_id`` on ``day``; ``current`` when the maker has no history."""
        rows = self._rows.get(maker_id)
        return current if not rows else _member_in(rows, day)


def start(session: Session, maker_id: int, member_id: int | None, since: date) -> None:
    """The first membership of a new maker."""
    session.add(MakerMembership(maker_id=maker_id, member_business_id=member_id, from_date=since))


def record(
    session: Session, maker: Maker, member_id: int | None, since: date | None, errors: list[FieldError]
) -> date | None:
    """Apply the maker form's member and "member since" day to the history.

    Another member from a later day is a move (a new row); the same day as the latest row corrects
    that row's member; the same member with another day moves the latest row's start. A day on or
    before the row before the latest is refused (history is only added to at its end). Returns the
    first day whose entries must be booked again, or None when nothing changed; problems go to
    ``errors`` with field "member_since".
    """
    rows = session.scalars(
        select(MakerMembership)
        .where(MakerMembership.maker_id == maker.id)
        .order_by(MakerMembership.from_date)
    ).all()
    if not rows:
        start(session, maker.id, member_id, since or date.today())
        return None
    last = rows[-1]
    before = rows[-2].from_date if len(rows) > 1 else None
    if member_id == last.member_business_id and (since is None or since == last.from_date):
        return None
    day = since or (date.today() if member_id != last.member_business_id else last.from_date)
    if member_id != last.member_business_id and day > last.from_date:
        session.add(MakerMembership(maker_id=maker.id, member_business_id=member_id, from_date=day))
        return day
    if before is not None and day <= before:
        errors.append(FieldError("member_since", "before_last_move", {"date": format_date(before)}))
        return None
    if member_id != last.member_business_id and day < last.from_date:
        errors.append(FieldError("member_since", "before_last_move", {"date": format_date(last.from_date)}))
        return None
    changed_from = min(day, last.from_date)
    last.member_business_id = member_id
    last.from_date = day
    return changed_from


def rebook(session: Session, maker_id: int, since: date) -> int:
    """Book the maker's entries from ``since`` on to the member of their day; returns how many moved.

    Each stretch of history is one UPDATE on the (maker, day) index; the entries' versions move
    on, so a form that read one before is refused, and one audit row names them all.
    """
    session.flush()
    rows = history(session, maker_id)
    if not rows:
        return 0
    moved: dict[int | None, list[int]] = {}
    for index, row in enumerate(rows):
        end = rows[index + 1].from_date if index + 1 < len(rows) else None
        if end is not None and end <= since:
            continue
        # The first row also covers the days before it.
        lower = since if index == 0 else max(row.from_date, since)
        terms: list[Any] = [_PE.c.maker_id == maker_id, _PE.c.produced_on >= lower]
        if end is not None:
            terms.append(_PE.c.produced_on < end)
        member = row.member_business_id
        other = _PE.c.member_business_id.is_(None) if member is None else _PE.c.member_business_id == member
        ids = list(session.scalars(select(_PE.c.id).where(*terms, ~other)))
        if ids:
            moved.setdefault(member, []).extend(ids)
    actor, now = actor_of(session), utcnow()
    records = []
    for member, ids in moved.items():
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            session.execute(
                update(_PE)
                .where(_PE.c.id.in_(part))
                .values(
                    member_business_id=member,
                    version=_PE.c.version + 1,
                    updated_at=now,
                    updated_by=actor,
                    change_seq=change_seq.seq_for(session.connection()),
                )
            )
        records.append(
            AuditRecord(
                actor,
                AuditAction.UPDATE,
                _PE.name,
                None,
                None,
                {"member_business_id": member, "maker_id": maker_id, "ids": id_ranges(ids)},
            )
        )
    write_audit(session.connection(), records)
    return sum(len(ids) for ids in moved.values())
