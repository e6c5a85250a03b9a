"""Checks of the database: quick ones after the window is up, the full one on the command line.

The full check (``sentra-desktop check``, :func:`full_check`) runs the engine's integrity check
(SQLite's ``PRAGMA integrity_check``; a PostgreSQL server guards its own pages), checks every
foreign key (``PRAGMA foreign_key_check``, or anti-joins on PostgreSQL), compares every stock
balance with the sum of its ledger and every monthly summary row with the records it sums
(:func:`sentra_desktop.db.summaries.mismatches`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from sentra_desktop.core.quantities import from_thousandths
from sentra_desktop.db import dialect, summaries
from sentra_desktop.db.base import Base
from sentra_desktop.services.database import Database
from sentra_desktop.services.stock import StockRow, StockService


def warm_up() -> None:
    """Configure every ORM mapper now, after the window is drawn, not on the first save."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def quick_check(db: Database) -> list[str]:
    """Problems SQLite's quick check finds (empty when sound; always empty on PostgreSQL)."""
    if not dialect.has_quick_check(db.engine):
        return []
    try:
        with db.engine.connect() as conn:
            return dialect.quick_problems(conn)
    except DBAPIError as exc:  # so damaged that the check itself stops: that is its finding
        return [_reason(exc)]


@dataclass(frozen=True)
class StartupReport:
    """What the operator is told right after opening: database problems and low stock."""

    problems: list[str]
    low_stock: list[StockRow]


def schema_problems(db: Database) -> list[str]:
    """How the schema differs from its revision's fingerprint, in the operator's language.

    Only differences that refuse a file count; an extra index changes nothing but speed. On a
    server whose schema drifted (verified when it was opened) writing is already refused.
    """
    from sentra_desktop.db.engine import writes_refused
    from sentra_desktop.db.fingerprint import NoFingerprintError
    from sentra_desktop.db.migrate import verify_schema

    try:
        drift = verify_schema(db.engine)
    except NoFingerprintError as exc:
        return [str(exc)]
    except DBAPIError as exc:
        return [_reason(exc)]
    problems = [d.describe() for d in drift.problems]
    if problems and writes_refused(db.engine):
        from sentra_desktop.core import i18n
        from sentra_desktop.core.messages import CONTEXT, render

        problems.insert(0, render("server_read_only", translate=lambda t: i18n.translate(CONTEXT, t)))
    return problems


def after_start(db: Database) -> StartupReport:
    """What runs once the window is drawn: mapper set-up, the quick check, the schema against its
    fingerprint (a drifted schema is reported like a damaged file), the low-stock list."""
    warm_up()
    problems = quick_check(db)
    if not problems:
        problems = schema_problems(db)
    low = [] if problems else StockService(db).low_stock_items()
    return StartupReport(problems, low)


# --- the full check (``sentra-desktop check``) ---------------------------------------------------

# Every stock balance against the sum of its ledger, plus items that moved but have no balance
# row. Quantities are integer thousandths in SQL, so the comparison is exact. The correlated sums
# use the (design_id, ...) and (material_id, ...) ledger indexes. Plain SQL that PostgreSQL runs too.
STOCK_AGAINST_LEDGER = """
SELECT kind, item_id, on_hand, ledger FROM (
    SELECT 'design' AS kind, b.design_id AS item_id, b.on_hand AS on_hand,
           COALESCE((SELECT SUM(m.quantity) FROM stock_movement m WHERE m.design_id = b.design_id), 0)
               AS ledger
    FROM stock_balance b WHERE b.design_id IS NOT NULL
    UNION ALL
    SELECT 'material', b.material_id, b.on_hand,
           COALESCE((SELECT SUM(m.quantity) FROM stock_movement m WHERE m.material_id = b.material_id), 0)
    FROM stock_balance b WHERE b.material_id IS NOT NULL
    UNION ALL
    SELECT 'design', m.design_id, NULL, SUM(m.quantity) FROM stock_movement m
    WHERE m.design_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM stock_balance b WHERE b.design_id = m.design_id)
    GROUP BY m.design_id
    UNION ALL
    SELECT 'material', m.material_id, NULL, SUM(m.quantity) FROM stock_movement m
    WHERE m.material_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM stock_balance b WHERE b.material_id = m.material_id)
    GROUP BY m.material_id
) AS checked
WHERE on_hand IS NULL OR on_hand <> ledger
ORDER BY kind, item_id
"""

_LISTED = 20  # problems listed per check; the count says how many there are


@dataclass(frozen=True)
class StockMismatch:
    """A stock balance that is not the sum of its ledger (``on_hand`` None: no balance row)."""

    kind: str  # "design" or "material"
    item_id: int
    on_hand: Decimal | None
    ledger: Decimal

    def describe(self) -> str:
        balance = "no balance row" if self.on_hand is None else f"balance {_plain(self.on_hand)}"
        return f"{self.kind} {self.item_id}: {balance}, ledger sum {_plain(self.ledger)}"


def _plain(quantity: Decimal) -> str:
    """10.250 -> 10.25, 100.000 -> 100."""
    return format(quantity.normalize(), "f")


@dataclass(frozen=True)
class HealthReport:
    """What the full check found; :attr:`sound` when every part is clean.

    ``None`` for a part means it does not apply (SQLite's own checks on a PostgreSQL server).
    ``failures`` lists checks that could not run at all, e.g. on a damaged file.
    """

    integrity: tuple[str, ...] | None
    foreign_keys: tuple[str, ...] | None
    stock: tuple[StockMismatch, ...]
    stock_items: int
    failures: tuple[str, ...] = ()
    schema: tuple[str, ...] = ()  # differences from the revision's fingerprint that refuse it
    schema_warnings: tuple[str, ...] = ()  # extra indexes: reported, not a problem
    summaries: tuple[str, ...] = ()  # monthly summary rows that are not the sum of their records

    @property
    def sound(self) -> bool:
        return not (
            self.integrity
            or self.foreign_keys
            or self.stock
            or self.failures
            or self.schema
            or self.summaries
        )

    def lines(self) -> list[str]:
        """A plain report, one finding per line."""
        out: list[str] = []
        out += _section("Integrity", self.integrity)
        out += _section("Foreign keys", self.foreign_keys)
        out += _section("Schema", self.schema + self.schema_warnings)
        stock = tuple(m.describe() for m in self.stock)
        out += _section(f"Stock balances against the ledger ({self.stock_items} items)", stock)
        out += _section("Monthly summaries against their records", self.summaries)
        for failure in self.failures:
            out.append(f"Could not check: {failure}")
        out.append("Result: sound" if self.sound else "Result: PROBLEMS FOUND")
        return out


def _section(title: str, problems: tuple[str, ...] | None) -> list[str]:
    if problems is None:
        return [f"{title}: not applicable here"]
    if not problems:
        return [f"{title}: ok"]
    lines = [f"{title}: {len(problems)} problem(s)"]
    lines += [f"  {p}" for p in problems[:_LISTED]]
    if len(problems) > _LISTED:
        lines.append(f"  ... and {len(problems) - _LISTED} more")
    return lines


def full_check(db: Database) -> HealthReport:
    """Integrity, foreign keys, the schema against its fingerprint, every stock balance against
    its ledger and every monthly summary against its records; nothing is changed."""
    from sentra_desktop.db.fingerprint import NoFingerprintError
    from sentra_desktop.db.migrate import verify_schema

    failures: list[str] = []
    schema: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    try:
        drift = verify_schema(db.engine)
        schema = tuple(d.describe() for d in drift.problems)
        warnings = tuple(d.describe() for d in drift.warnings)
    except NoFingerprintError as exc:
        failures.append(str(exc))
    except DBAPIError as exc:
        failures.append(f"schema: {_reason(exc)}")
    integrity: tuple[str, ...] | None = None
    foreign_keys: tuple[str, ...] | None = None
    stock: tuple[StockMismatch, ...] = ()
    items = 0
    with db.engine.connect() as conn:
        integrity = dialect.integrity_problems(conn)
        foreign_keys = dialect.foreign_key_problems(conn, Base.metadata.sorted_tables)
        try:
            items = int(conn.execute(text("SELECT count(*) FROM stock_balance")).scalar() or 0)
            stock = tuple(
                StockMismatch(
                    str(kind),
                    int(item_id),
                    None if on_hand is None else from_thousandths(int(on_hand)),
                    from_thousandths(int(ledger or 0)),
                )
                for kind, item_id, on_hand, ledger in conn.execute(text(STOCK_AGAINST_LEDGER))
            )
        except DBAPIError as exc:
            failures.append(f"stock balances: {_reason(exc)}")
        summary_problems: tuple[str, ...] = ()
        try:
            summary_problems = tuple(summaries.mismatches(conn))
        except DBAPIError as exc:
            failures.append(f"monthly summaries: {_reason(exc)}")
    return HealthReport(
        integrity, foreign_keys, stock, items, tuple(failures), schema, warnings, summary_problems
    )


def _reason(exc: DBAPIError) -> str:
    return str(exc.orig or exc).splitlines()[0]
