"""The mentor's read-only seat on the demo data: every sheet prints, the evaluation pack included,
and every write of the day's work is refused by the services."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from sentra_desktop import printing
from sentra_desktop.core.errors import PermissionDenied
from sentra_desktop.demo import DemoOptions, load_demo_data
from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.report_data import ReportDataService
from sentra_desktop.services.users import enforce_roles


def test_the_mentor_prints_every_sheet_and_writes_nothing(db: Database) -> None:
    load_demo_data(db, DemoOptions(days=30))
    enforce_roles(db)
    services = Services(db)
    services.users.login("Pak Hendra Gunawan", "4444")
    assert db.actor.role == "mentor"
    reports = ReportDataService(db)
    today = date.today()
    numbers = {
        "order": reports.order_numbers(1)[0],
        "delivery": reports.delivery_numbers(1)[0],
    }
    printed = []
    for kind in printing.SHEETS:
        params = {
            "number": numbers.get(kind.key),
            "item": "LTX",
            "date_from": today - timedelta(days=30),
            "date_to": today,
            "year": today.year,
        }
        pdf = printing.make(db, kind.key, params)
        assert pdf.startswith(b"%PDF"), kind.key
        printed.append(kind.key)
    assert "performance" in printed and len(printed) == len(printing.SHEETS)

    design = services.designs.page(ListQuery(), 0, 1)[0]
    writes = [
        lambda: services.designs.retire(design.id),
        lambda: services.buyers.remove(1),
        lambda: services.production.undo(1),
        lambda: services.orders.void_delivery(1, ""),
        lambda: services.stock_counts.start(None),
        lambda: services.materials.set_recipe(design.id, [(1, Decimal(1))]),
        lambda: services.sentra_settings.set("idle_lock.minutes", 0),
        lambda: services.users.add("Teman", "operator"),
        lambda: services.database_setup.change(None, "", lambda _choice: None),
    ]
    for write in writes:
        with pytest.raises(PermissionDenied):
            write()
