"""The Upah page run as an operator would: rates, an advance, a period computed and marked paid."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from sentra_desktop.core.messages import MESSAGES
from sentra_desktop.db.models import PayAdvance, PaySlip, PieceRate
from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database
from sentra_desktop.services.pay import PayService
from sentra_desktop.services.production import ProductionInput
from sentra_desktop.ui.i18n import translate
from sentra_desktop.ui.pages import pay as pay_page
from sentra_desktop.ui.pages import pay_forms
from sentra_desktop.ui.pages.pay import PayPage
from tests.services.test_stock import make_world

WEEK = (date(2026, 11, 2), date(2026, 11, 8))


def _count(db: Database, model: type) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_period_is_computed_and_marked_paid_through_the_page(
    qtbot: QtBot, db: Database, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = make_world(db)
    services.production.create(ProductionInput(date(2026, 11, 3), world.keychain, world.budi, 10, 1))
    services.production.create(ProductionInput(date(2026, 11, 4), world.coaster, world.sari, 4))
    page = PayPage(services)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading)  # the first figures and the forms' choices
    page.set_period(*WEEK)
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert "GK-01" in page.missing.text() and "TG-01" in page.missing.text()

    form = page.rate_form
    for bad, code in (("-500", "negative"), ("1,5", "not_whole_rupiah")):
        form.kind.setCurrentIndex(1)  # the product type's default
        form.target.select(world.keychain_type)
        form.effective_from.set_value(date(2026, 1, 1))
        form.rate.setText(bad)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        assert form.messages["rate"].isVisibleTo(form)
        assert form.messages["rate"].text() == translate("Errors", MESSAGES[code])
    assert _count(db, PieceRate) == 0
    for type_id, rate in ((world.keychain_type, "500"), (world.coaster_type, "1.000")):
        form.target.select(type_id)
        form.rate.setText(rate)
        form.reject_rate.setText("")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        assert not form.messages["rate"].isVisibleTo(form)
    assert page.missing.isHidden()
    totals = {m.maker_name: m.total for m in page.figures.makers} if page.figures else {}
    assert totals == {"Budi": 5_000, "Sari": 4_000}

    advance = page.advance_form
    advance.maker.select(world.budi)
    advance.given_on.set_value(date(2026, 11, 5))
    advance.amount.setText("2.000")
    qtbot.mouseClick(advance.save_button, Qt.MouseButton.LeftButton)
    assert page.figures is not None
    assert {m.maker_name: m.total for m in page.figures.makers} == {"Budi": 3_000, "Sari": 4_000}

    monkeypatch.setattr(pay_page, "ask", lambda *args: True)
    page.paid_on.set_value(date(2026, 11, 9))
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    assert _count(db, PaySlip) == 2
    assert not page.mark_button.isEnabled()
    statuses = [page.makers.item(row, 6) for row in range(2)]
    assert all(item is not None and item.text() != page.tr("Not paid") for item in statuses)

    # An advance far above the average pay of the last periods asks first; No saves nothing.
    answers: list[bool] = [False, True]
    monkeypatch.setattr(pay_forms, "ask", lambda *args: answers.pop(0))
    advance.amount.setText("50.000")
    qtbot.mouseClick(advance.save_button, Qt.MouseButton.LeftButton)
    assert _count(db, PayAdvance) == 1
    qtbot.mouseClick(advance.save_button, Qt.MouseButton.LeftButton)
    assert _count(db, PayAdvance) == 2


def test_a_bad_period_is_said_at_the_period_and_nothing_is_shown(
    qtbot: QtBot, db: Database, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = make_world(db)
    services.pay.set_rate(product_type_id=world.keychain_type, effective_from="2026-01-01", rate=500)
    services.production.create(ProductionInput(date(2026, 11, 3), world.keychain, world.budi, 10))
    services.pay.mark_paid(*WEEK, date(2026, 11, 9), "cash")
    page = PayPage(services)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading)  # the first figures and the forms' choices
    page.set_period(date(2026, 11, 8), date(2026, 11, 1))
    page.compute()
    assert page.period_error.isVisibleTo(page) and page.makers.rowCount() == 0
    page.set_period(date(2026, 11, 5), date(2026, 11, 12))
    page.compute()
    assert "02/11/2026" in page.period_error.text() and not page.mark_button.isEnabled()
    page.set_period(*WEEK)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.start.value() == date(2026, 11, 9) and page.period_error.isHidden()


def test_a_shortfall_is_named_as_on_the_slip(qtbot: QtBot, db: Database, services: Services) -> None:
    """Corrections above the pay: the line says the shortfall goes on as an advance, no minus total."""
    world = make_world(db)
    services.pay.set_rate(design_id=world.keychain, effective_from="2026-01-01", rate=500)
    paid = services.production.create(ProductionInput(date(2026, 11, 4), world.keychain, world.budi, 10))
    services.pay.mark_paid(date(2026, 11, 2), date(2026, 11, 8), date(2026, 11, 9), "cash")
    services.production.delete(paid.entry_id)  # found wrong after it was paid
    services.production.create(ProductionInput(date(2026, 11, 10), world.keychain, world.budi, 2))
    page = PayPage(services)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading)  # the first figures and the forms' choices
    page.set_period(date(2026, 11, 9), date(2026, 11, 15))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    page.makers.selectRow(0)
    texts = [page.lines.item(r, c).text() for r in range(page.lines.rowCount()) for c in range(2)]
    shortfall = translate("PayPage", "Shortfall carried to the next period as an advance")
    assert shortfall in texts and page.makers.item(0, 5).text() == "Rp 0"


def test_the_first_figures_are_read_on_a_worker_after_the_page_is_up(
    qtbot: QtBot, db: Database, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building the page computes nothing on the GUI thread; the figures and choices come after."""
    world = make_world(db)
    services.pay.set_rate(product_type_id=world.keychain_type, effective_from="2026-01-01", rate=500)
    services.production.create(ProductionInput(date.today(), world.keychain, world.budi, 10))
    threads: list[str] = []
    for name in ("compute", "choices"):
        original = getattr(PayService, name)

        def spy(self: PayService, *args: object, _original: object = original, _name: str = name) -> object:
            threads.append(f"{_name}:{threading.current_thread() is threading.main_thread()}")
            return _original(self, *args)  # type: ignore[operator]

        monkeypatch.setattr(PayService, name, spy)
    page = PayPage(services)
    qtbot.addWidget(page)
    assert page.loading and page.figures is None and page.makers.rowCount() == 0
    qtbot.waitUntil(lambda: not page.loading)
    assert sorted(threads) == ["choices:False", "compute:False"]  # both read, neither on the GUI thread
    assert page.figures is not None and [m.maker_name for m in page.figures.makers] == ["Budi"]
    assert page.makers.item(0, 0).text() == "Budi" and page.advance_form.maker.findText("Budi") >= 0
