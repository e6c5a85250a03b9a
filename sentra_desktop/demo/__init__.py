"""Demo data: three years (by default) of a realistic rubber-souvenir and Sabutret sentra in Palembang.

New users, trainers and mentors need something to look at before their own data exists, and
screenshots, reports and performance checks need realistic volumes. ``load_demo_data`` fills an
empty database with one sentra: its member businesses and makers, 40 designs with photos,
materials and recipes, a year of daily production, buyers, orders, deliveries, payments and the
assistance it received, including the boom before a sports week and the slump after it.

Everything goes in as one transaction, so a failure leaves the database empty, and the same seed
and day always give the same data.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from sentra_desktop.core import i18n
from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.core.formatting import format_date
from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP
from sentra_desktop.db import summaries, watchdog
from sentra_desktop.db.models import (
    Buyer,
    DesignVariant,
    Maker,
    Material,
    MemberBusiness,
    Order,
    ProductionEntry,
    SentraProfile,
    StockMovement,
)
from sentra_desktop.demo import pay as demo_pay
from sentra_desktop.demo.masters import ACTOR, MasterWriter, Stamper
from sentra_desktop.demo.members import move_maker, own_designs
from sentra_desktop.demo.mentoring import add_mentoring
from sentra_desktop.demo.simulation import Simulation
from sentra_desktop.demo.timeline import Timeline
from sentra_desktop.demo.writer import BulkWriter
from sentra_desktop.services.database import Database

MAX_DAYS = 3650

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class DemoOptions:
    """What to generate: the seed, how many days of history, and the last day (today by default)."""

    seed: int = 2026
    days: int = 3 * 365  # three years: the build-up to the sports week, the slump, the recovery
    today: date | None = None


@dataclass(frozen=True)
class DemoSummary:
    """How much demo data was written, for the command line and the GUI's closing message."""

    first_day: date
    last_day: date
    member_businesses: int
    makers: int
    designs: int
    materials: int
    production_entries: int
    stock_movements: int
    material_receipts: int
    buyers: int
    sales_events: int
    orders: int
    delivered_orders: int
    open_orders: int
    deliveries: int
    payments: int
    agencies: int
    assistance: int
    audit_rows: int = 0  # written in bulk beside the records (the large demo)

    def describe(self) -> str:
        """One line listing the main counts."""
        return (
            f"Demo data {format_date(self.first_day)}–{format_date(self.last_day)}: "
            f"{self.designs} designs, {self.makers} makers in {self.member_businesses} member businesses, "
            f"{self.materials} materials, "
            f"{self.production_entries} production entries, {self.stock_movements} stock movements, "
            f"{self.buyers} buyers, {self.orders} orders ({self.delivered_orders} delivered), "
            f"{self.payments} payments" + (f", {self.audit_rows} audit rows." if self.audit_rows else ".")
        )


# Tables any of whose rows mean the operator has started on real data.
_DATA_TABLES = (DesignVariant, Material, Maker, MemberBusiness, Buyer, Order, ProductionEntry, StockMovement)

DONE = QT_TRANSLATE_NOOP("DemoData", "Done")
# Step labels, said in the language of the screen or the command line as they are reported.
_STEPS = (
    QT_TRANSLATE_NOOP("DemoData", "Checking that the database is empty"),
    QT_TRANSLATE_NOOP("DemoData", "Creating the sentra, its makers and materials"),
    QT_TRANSLATE_NOOP("DemoData", "Drawing the design photos"),
    QT_TRANSLATE_NOOP("DemoData", "Simulating production and sales"),
    QT_TRANSLATE_NOOP("DemoData", "Writing production entries and receipts"),
    QT_TRANSLATE_NOOP("DemoData", "Writing orders, deliveries and payments"),
    QT_TRANSLATE_NOOP("DemoData", "Writing the stock ledger"),
)


def _ensure_empty(session: Session) -> None:
    named_profile = exists().where(SentraProfile.name != "")
    if session.scalar(select(named_profile)):
        raise SentraError("demo_not_empty")
    for model in _DATA_TABLES:
        if session.scalar(select(exists().where(model.id.is_not(None)))):
            raise SentraError("demo_not_empty")


Step = Callable[[int], None]


def begin(
    options: DemoOptions, steps: tuple[str, ...], progress: Progress | None
) -> tuple[Timeline, random.Random, Stamper, Step]:
    """What a demo load starts with, the small one and the large: its days checked, its timeline,
    random source and uuid stamper (from the seed, so a seed makes the same sentra), and ``step(n)``
    saying step ``n`` of ``steps`` (``len(steps)``: done) to ``progress``.

    Raises:
        ValidationError: ``days`` is below 1 or above ten years.
    """
    if options.days < 1:
        raise ValidationError.single("days", "not_positive")
    if options.days > MAX_DAYS:
        raise ValidationError.single("days", "too_large", max=MAX_DAYS)
    total = len(steps)

    def step(done: int) -> None:
        if progress is not None:
            progress(done, total, i18n.translate("DemoData", steps[done] if done < total else DONE))

    tl = Timeline.ending(options.today or date.today(), options.days)
    stamper = Stamper(random.Random(f"sentra-demo-uuid-{options.seed}"))
    return tl, random.Random(options.seed), stamper, step


@watchdog.unbounded()  # a long job with progress: no deadline on a server's statements
def load_demo_data(db: Database, options: DemoOptions, progress: Progress | None = None) -> DemoSummary:
    """Fill an empty database with the demo sentra, in one transaction.

    Args:
        db: the database to fill; it must not hold designs, a named sentra profile or other data.
        options: seed, number of days of history and the last day.
        progress: called as ``progress(done, total, label)`` before each of a few steps and once
            at the end; it may be called from a worker thread.

    Returns:
        The counts of what was written.

    Raises:
        SentraError: code ``demo_not_empty`` when the database already holds data.
        ValidationError: ``days`` is below 1 or above ten years.
    """
    tl, rng, stamper, step = begin(options, _STEPS, progress)
    step(0)
    with db.transaction() as session:
        # Every demo row, and its audit entry, says it was written by "demo", not by an operator.
        session.info["actor"] = ACTOR
        _ensure_empty(session)
        step(1)
        masters = MasterWriter(session, tl, rng, stamper)
        businesses = masters.sentra()
        makers = masters.makers(businesses)
        types = masters.product_types()
        moulds = masters.moulds(types)
        materials = masters.materials()
        buyers = masters.buyers()
        events = masters.events()
        agencies, aid = masters.assistance(businesses, moulds)
        session.flush()
        step(2)
        designs = masters.designs(types, moulds, materials)
        own_designs(designs, businesses)
        session.flush()
        cast = masters.cast(businesses, makers, materials, designs, buyers, events)
        cast = move_maker(session, cast, makers, businesses, tl, stamper)
        step(3)
        outcome = Simulation(cast, tl, rng).run()
        writer = BulkWriter(session, tl, stamper)
        step(4)
        writer.production(outcome)
        step(5)
        writer.sales(outcome)
        step(6)
        writer.ledger(outcome)
        demo_pay.write(db, session, tl.first, tl.last, rng)
        summaries.rebuild(session.connection())  # the records went in around the audit writer
        written = writer.counts(outcome)
        add_mentoring(session, tl, options.seed)
    step(len(_STEPS))
    return DemoSummary(
        first_day=tl.first,
        last_day=tl.last,
        member_businesses=len(businesses),
        makers=len(makers),
        designs=len(designs),
        materials=len(materials),
        production_entries=written.production_entries,
        stock_movements=written.stock_movements,
        material_receipts=written.material_receipts,
        buyers=len(buyers),
        sales_events=len(events),
        orders=written.orders,
        delivered_orders=written.delivered_orders,
        open_orders=written.open_orders,
        deliveries=written.deliveries,
        payments=written.payments,
        agencies=agencies,
        assistance=aid,
    )


_LOGINS = QT_TRANSLATE_NOOP("Demo", "Log in to the demo as: %1.")


def demo_logins(translate: Callable[[str, str], str] | None = None) -> str:
    """Who can log into the demo, with role and PIN: the demo notice's line (README lists it too)."""
    from sentra_desktop.core.i18n import translate as catalogue
    from sentra_desktop.core.names import role_name

    words = translate or (lambda context, text: catalogue(context, text))
    users = ", ".join(f"{name} ({role_name(role, words)}) PIN {pin}" for name, role, pin in cat_users())
    return words("Demo", _LOGINS).replace("%1", users)


def cat_users() -> tuple[tuple[str, str, str], ...]:
    from sentra_desktop.demo.catalogue import DEMO_USERS

    return DEMO_USERS


__all__ = ["DemoOptions", "DemoSummary", "Progress", "demo_logins", "load_demo_data"]
