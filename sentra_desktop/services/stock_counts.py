"""Stock counts (stok opname): what the books say, what the shelves hold, and the adjustments.

Starting a count snapshots the expected quantity of every item in use, so the sheet can be
printed and filled in on the floor. Counted quantities are entered item by item (or imported)
while the count stays open. Posting compares each counted quantity with the item's balance *at
that moment* (production may have gone on since the count started) and posts the difference as
one ADJUSTMENT movement per item, with the reason, in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import cast

from sqlalchemy import ColumnElement, Integer, Table, func, select, type_coerce
from sqlalchemy.orm import Session

from sentra_desktop.core.enums import DesignStatus, MovementKind, StockCountStatus, StockItemKind
from sentra_desktop.core.errors import FieldError, NotFoundError, SentraError, ValidationError
from sentra_desktop.core.formatting import format_date, parse_decimal
from sentra_desktop.core.quantities import from_thousandths
from sentra_desktop.core.text import NOTE_MAX, check_text
from sentra_desktop.db.models import (
    DesignVariant,
    Material,
    StockBalance,
    StockCount,
    StockCountLine,
    StockMovement,
)
from sentra_desktop.services.base import Service
from sentra_desktop.services.database import Database
from sentra_desktop.services.field_checks import past_day
from sentra_desktop.services.records import load
from sentra_desktop.services.stock import DESIGN_UNIT, balances, post_movements

MAX_COUNTED = Decimal(10_000_000)

_SC = cast(Table, StockCount.__table__)
_SL = cast(Table, StockCountLine.__table__)
_DV = cast(Table, DesignVariant.__table__)
_MT = cast(Table, Material.__table__)
_SB = cast(Table, StockBalance.__table__)


@dataclass(frozen=True)
class CountLine:
    """One item of a count; ``difference`` is counted minus expected (None until counted)."""

    id: int
    item_kind: StockItemKind
    item_id: int
    code: str
    name: str
    unit: str
    expected: Decimal
    counted: Decimal | None
    difference: Decimal | None


@dataclass(frozen=True)
class CountSummary:
    """A count as the list of counts shows it."""

    id: int
    counted_on: date
    status: StockCountStatus
    kind: StockItemKind | None
    note: str
    lines: int
    counted_lines: int
    created_by: str


@dataclass(frozen=True)
class PostedCount:
    """What posting a count did."""

    count_id: int
    adjustments: int


def _whole(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1))


class StockCountService(Service):
    """Use-cases of the Stok opname area; every method is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def start(self, counted_on: date | str, kind: StockItemKind | None = None, note: str = "") -> int:
        """Open a count for every item in use of ``kind`` (None: designs and materials); returns its id.

        Items in use are designs that are not retired and active materials, plus any other item
        still holding stock. Each line keeps the balance at this moment as its expected quantity.
        """
        errors: list[FieldError] = []
        day = past_day(errors, "counted_on", counted_on)
        note = check_text(errors, "note", (note or "").strip(), max_len=NOTE_MAX)
        kinds = [StockItemKind(kind)] if kind else [StockItemKind.DESIGN, StockItemKind.MATERIAL]
        if errors or day is None:
            raise ValidationError(errors)
        with self.db.transaction() as session:
            count = StockCount(counted_on=day, status=StockCountStatus.OPEN, note=note)
            for item_kind in kinds:
                for item_id, expected in _items_in_use(session, item_kind):
                    count.lines.append(
                        StockCountLine(
                            design_id=item_id if item_kind == StockItemKind.DESIGN else None,
                            material_id=item_id if item_kind == StockItemKind.MATERIAL else None,
                            expected=expected,
                            counted=None,
                        )
                    )
            session.add(count)
            session.flush()
            return count.id

    def lines(self, count_id: int) -> list[CountLine]:
        """Every line of a count, designs first, each kind by code."""
        with self.db.reading() as session:
            load(session, StockCount, count_id)
            design_rows = session.execute(
                select(
                    _SL.c.id,
                    _SL.c.design_id,
                    _DV.c.code,
                    _DV.c.name,
                    type_coerce(_SL.c.expected, Integer),
                    type_coerce(_SL.c.counted, Integer),
                )
                .join(_DV, _DV.c.id == _SL.c.design_id)
                .where(_SL.c.stock_count_id == count_id)
                .order_by(_DV.c.code)
            ).all()
            material_rows = session.execute(
                select(
                    _SL.c.id,
                    _SL.c.material_id,
                    _MT.c.code,
                    _MT.c.name,
                    _MT.c.unit,
                    type_coerce(_SL.c.expected, Integer),
                    type_coerce(_SL.c.counted, Integer),
                )
                .join(_MT, _MT.c.id == _SL.c.material_id)
                .where(_SL.c.stock_count_id == count_id)
                .order_by(_MT.c.code)
            ).all()
        result = []
        for line_id, item_id, code, name, expected_raw, counted_raw in design_rows:
            result.append(
                _line(
                    line_id, StockItemKind.DESIGN, item_id, code, name, DESIGN_UNIT, expected_raw, counted_raw
                )
            )
        for line_id, item_id, code, name, unit, expected_raw, counted_raw in material_rows:
            result.append(
                _line(
                    line_id, StockItemKind.MATERIAL, item_id, code, name, str(unit), expected_raw, counted_raw
                )
            )
        return result

    def set_counted(self, line_id: int, text: str | Decimal | int | None) -> CountLine:
        """Enter (or clear, with empty text) the counted quantity of one line of an open count.

        Designs take whole pieces, materials up to three decimals ("12,5"). Errors are at field
        "counted". Returns the line as it now stands.
        """
        with self.db.transaction() as session:
            line = load(session, StockCountLine, line_id)
            if line.stock_count.status != StockCountStatus.OPEN:
                raise SentraError("count_not_open")
            line.counted = _counted(text, whole=line.design_id is not None)
            session.flush()
            line_id, count_id = line.id, line.stock_count_id
        return next(item for item in self.lines(count_id) if item.id == line_id)

    def post(self, count_id: int, reason: str) -> PostedCount:
        """Post the count: an ADJUSTMENT for every counted item whose balance differs, then close it.

        Lines left empty are not counted and change nothing. ``reason`` is required (field
        "reason"); it goes on every adjustment and on the count.
        """
        errors: list[FieldError] = []
        reason = check_text(errors, "reason", " ".join((reason or "").split()), required=True, max_len=200)
        if errors:
            raise ValidationError(errors)
        with self.db.transaction() as session:
            count = load(session, StockCount, count_id)
            if count.status != StockCountStatus.OPEN:
                raise SentraError("count_not_open")
            counted = [line for line in count.lines if line.counted is not None]
            if not counted:
                raise SentraError("nothing_counted")
            designs = balances(
                session, StockItemKind.DESIGN, [ln.design_id for ln in counted if ln.design_id is not None]
            )
            materials = balances(
                session,
                StockItemKind.MATERIAL,
                [ln.material_id for ln in counted if ln.material_id is not None],
            )
            reference = f"Stok opname {format_date(count.counted_on)}"
            movements = []
            for line in counted:
                assert line.counted is not None
                current = (
                    designs[line.design_id]
                    if line.design_id is not None
                    else materials[line.material_id or 0]
                )
                difference = line.counted - current
                if difference != 0:
                    movements.append(_adjustment(count, line, difference, reference, reason))
            post_movements(session, movements)
            count.status = StockCountStatus.POSTED
            count.note = f"{count.note}\n{reason}" if count.note else reason
            return PostedCount(count_id, len(movements))

    def cancel(self, count_id: int) -> None:
        """Throw away an open count; it never touched stock, so nothing of it needs keeping."""
        with self.db.transaction() as session:
            count = load(session, StockCount, count_id)
            if count.status != StockCountStatus.OPEN:
                raise SentraError("count_not_open")
            session.delete(count)

    def open_counts(self) -> list[CountSummary]:
        """Counts still open, newest first."""
        return self._summaries(_SC.c.status == StockCountStatus.OPEN.value)

    def summary(self, count_id: int) -> CountSummary:
        """One count's summary (open or posted)."""
        found = self._summaries(_SC.c.id == count_id)
        if not found:
            raise NotFoundError()
        return found[0]

    def _summaries(self, condition: ColumnElement[bool]) -> list[CountSummary]:
        with self.db.reading() as session:
            stmt = (
                select(
                    _SC.c.id,
                    _SC.c.counted_on,
                    _SC.c.status,
                    _SC.c.note,
                    _SC.c.created_by,
                    func.count(_SL.c.id),
                    func.count(_SL.c.counted),
                    func.count(_SL.c.design_id),
                    func.count(_SL.c.material_id),
                )
                .outerjoin(_SL, _SL.c.stock_count_id == _SC.c.id)
                .where(condition)
                .group_by(_SC.c.id, _SC.c.counted_on, _SC.c.status, _SC.c.note, _SC.c.created_by)
                .order_by(_SC.c.counted_on.desc(), _SC.c.id.desc())
            )
            rows = session.execute(stmt).all()
        result = []
        for count_id, day, status, note, by, lines, counted, designs, materials in rows:
            kind = None
            if designs and not materials:
                kind = StockItemKind.DESIGN
            elif materials and not designs:
                kind = StockItemKind.MATERIAL
            result.append(
                CountSummary(count_id, day, StockCountStatus(status), kind, note, lines, counted, by)
            )
        return result


def _adjustment(
    count: StockCount, line: StockCountLine, difference: Decimal, reference: str, reason: str
) -> StockMovement:
    return StockMovement(
        moved_on=count.counted_on,
        kind=MovementKind.ADJUSTMENT,
        design_id=line.design_id,
        material_id=line.material_id,
        quantity=difference,
        reference=reference,
        note=reason,
        stock_count_id=count.id,
    )


def _line(
    line_id: int,
    kind: StockItemKind,
    item_id: int,
    code: str,
    name: str,
    unit: str,
    expected_raw: int,
    counted_raw: int | None,
) -> CountLine:
    expected = from_thousandths(expected_raw)
    counted = None if counted_raw is None else from_thousandths(counted_raw)
    if kind == StockItemKind.DESIGN:
        expected = _whole(expected)
        counted = None if counted is None else _whole(counted)
    difference = None if counted is None else counted - expected
    return CountLine(line_id, kind, item_id, code, name, unit, expected, counted, difference)


def _counted(value: str | Decimal | int | None, *, whole: bool) -> Decimal | None:
    """The counted quantity typed for a line; None for an empty field."""
    if value is None or isinstance(value, bool):
        if isinstance(value, bool):
            raise ValidationError.single("counted", "not_a_number")
        return None
    if isinstance(value, int | Decimal):
        quantity = Decimal(value)
    else:
        text = value.strip()
        if not text:
            return None
        try:
            quantity = parse_decimal(text, "counted", max_places=0 if whole else 3)
        except ValidationError as exc:
            if whole and exc.errors[0].code == "too_many_decimals":
                raise ValidationError.single("counted", "not_whole_number") from None
            raise
    if quantity < 0:
        raise ValidationError.single("counted", "negative")
    if whole and quantity != quantity.to_integral_value():
        raise ValidationError.single("counted", "not_whole_number")
    if quantity != quantity.quantize(Decimal("0.001")):
        raise ValidationError.single("counted", "too_many_decimals", places=3)
    if quantity > MAX_COUNTED:
        raise ValidationError.single("counted", "too_large", max="10.000.000")
    return quantity.quantize(Decimal("0.001"))


def _items_in_use(session: Session, kind: StockItemKind) -> list[tuple[int, Decimal]]:
    """(id, on hand) of every item of ``kind`` in use or still holding stock, by code."""
    raw = func.coalesce(type_coerce(_SB.c.on_hand, Integer), 0)
    if kind == StockItemKind.DESIGN:
        stmt = (
            select(_DV.c.id, raw)
            .outerjoin(_SB, _SB.c.design_id == _DV.c.id)
            .where((_DV.c.status != DesignStatus.RETIRED.value) | (raw != 0))
            .order_by(_DV.c.code)
        )
    else:
        stmt = (
            select(_MT.c.id, raw)
            .outerjoin(_SB, _SB.c.material_id == _MT.c.id)
            .where(_MT.c.active.is_(True) | (raw != 0))
            .order_by(_MT.c.code)
        )
    return [(item_id, from_thousandths(value)) for item_id, value in session.execute(stmt)]
