"""The mould a production entry names: what the entry row offers, proposes and accepts.

Naming the mould is optional. The row offers the moulds that cast the design (active ones, plus
the one an edited entry already names) and proposes the one last used for that design: one
indexed look-up per mould of the design on the partial index of entries that name a mould
(``ix_production_entry_mould``), so it stays instant at a million entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import cast

from sqlalchemy import ColumnElement, Select, Table, func, select
from sqlalchemy.orm import Session

from sentra_desktop.core.errors import FieldError, ValidationError
from sentra_desktop.db.models import DesignVariant, Mould, MouldDesign, ProductionEntry
from sentra_desktop.services.listing import Choice

_PE = cast(Table, ProductionEntry.__table__)


class Keep(Enum):
    """An edit that does not mention the mould keeps the one the entry names."""

    MOULD = "keep"


KEEP_MOULD = Keep.MOULD


@dataclass(frozen=True)
class MouldChoices:
    """The moulds the entry row offers for a design, and the one it proposes (None: no proposal)."""

    choices: list[Choice]
    proposed: int | None


def design_id_of(session: Session, design: int | str) -> int | None:
    """The design an entry row names by id or typed code, or None when it names none."""
    if isinstance(design, int):
        return design
    code = design.strip().upper()
    if not code:
        return None
    return session.scalar(select(DesignVariant.id).where(DesignVariant.code == code))


def last_used_query(design_id: int) -> Select[int, date | None]:
    """Each mould of the design with the last day an entry named it for the design (an index seek)."""
    latest = (
        select(func.max(_PE.c.produced_on))
        .where(
            _PE.c.mould_id == MouldDesign.mould_id,
            _PE.c.mould_id.is_not(None),
            _PE.c.design_id == design_id,
            _PE.c.voided_at.is_(None),
        )
        .correlate(MouldDesign)
        .scalar_subquery()
    )
    return select(MouldDesign.mould_id, latest.label("day")).where(MouldDesign.design_id == design_id)


def last_used(session: Session, design_id: int) -> tuple[int, date] | None:
    """The mould last named for ``design_id`` with that day (the latest entry wins; ties: lowest id)."""
    rows = session.execute(last_used_query(design_id)).all()
    used: list[tuple[date, int]] = [(day, -mould_id) for mould_id, day in rows if day is not None]
    if not used:
        return None
    day, negative_id = max(used)
    return -negative_id, day


def mould_choices(session: Session, design: int | str, include_id: int | None = None) -> MouldChoices:
    """The moulds that cast the design (active ones, plus ``include_id``), by code, and the proposal."""
    design_id = design_id_of(session, design)
    if design_id is None:
        choices = []
        if include_id is not None:
            choices = _named(session, Mould.id == include_id)
        return MouldChoices(choices, None)
    casts = Mould.id.in_(select(MouldDesign.mould_id).where(MouldDesign.design_id == design_id))
    condition = casts & Mould.active.is_(True)
    if include_id is not None:
        condition = condition | (Mould.id == include_id)
    choices = _named(session, condition)
    last = last_used(session, design_id)
    offered = {choice.id for choice in choices}
    proposed = last[0] if last is not None and last[0] in offered else None
    return MouldChoices(choices, proposed)


def _named(session: Session, condition: ColumnElement[bool]) -> list[Choice]:
    rows = session.execute(select(Mould.id, Mould.code, Mould.name).where(condition).order_by(Mould.code))
    return [Choice(id_, f"{code} — {name}") for id_, code, name in rows]


def checked_mould(
    session: Session,
    errors: list[FieldError],
    mould_id: int | Keep | None,
    design_id: int,
    current: int | None = None,
) -> int | None:
    """The mould an entry may name: one that casts its design, or the one it names already."""
    if mould_id is KEEP_MOULD:
        return current
    if mould_id is None or mould_id == current:
        return mould_id if isinstance(mould_id, int) else None
    if session.get(Mould, mould_id) is None:
        errors.append(FieldError("mould_id", "invalid_choice"))
        return None
    link = session.get(MouldDesign, (mould_id, design_id))
    if link is None:
        errors.append(FieldError("mould_id", "mould_not_for_design"))
    return mould_id


def entry_mould(
    session: Session, mould_id: int | Keep | None, design_id: int, current: int | None = None
) -> int | None:
    """:func:`checked_mould` for one entry being saved: a refusal raises and saves nothing."""
    errors: list[FieldError] = []
    found = checked_mould(session, errors, mould_id, design_id, current)
    if errors:
        raise ValidationError(errors)
    return found
