"""Choices read as they are typed: the order form's buyers and the design form's moulds."""

from __future__ import annotations

from sentra_desktop.services.buyers import BuyerInput
from sentra_desktop.services.catalogue_setup import MouldInput
from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database


def test_buyer_choices_by_words_with_a_limit_and_one_by_id(db: Database) -> None:
    services = Services(db)
    buyers = services.buyers
    rina = buyers.create(BuyerInput(name="Rina Marlina", organisation="Rina Craft", city="Palembang"))
    sari = buyers.create(BuyerInput(name="Sari 50%", city="Lahat"))
    old = buyers.create(BuyerInput(name="Rina Lama", city="Palembang"))
    buyers.set_archived(old, True)
    choices = services.orders.buyer_choices
    assert [c.id for c in choices()] == [rina, sari]  # archived buyers are not offered
    assert [c.name for c in choices("craft PALEMBANG")] == ["Rina Marlina — Rina Craft (Palembang)"]
    assert [c.id for c in choices("50%")] == [sari]  # LIKE's wildcards are plain text
    assert [c.id for c in choices("a", limit=1)] == [rina]
    assert [c.id for c in choices("  ")] == [rina, sari]
    assert [c.name for c in choices(buyer_id=old)] == ["Rina Lama (Palembang)"]  # an old order's buyer


def test_mould_choices_by_words_with_a_limit_and_only_the_linked(db: Database) -> None:
    moulds = Services(db).moulds
    rusa = moulds.create(MouldInput("CTK-RUSA", "Cetakan Rusa"))
    bunga = moulds.create(MouldInput("CTK-BUNGA", "Cetakan Bunga"))
    old = moulds.create(MouldInput("CTK-LAMA", "Cetakan Rusa Lama"))
    moulds.deactivate(old)
    choices = Services(db).designs.moulds
    assert [c.id for c in choices(search="rusa")] == [rusa]  # a retired mould is not offered
    assert [c.id for c in choices(search="ctk cetakan", limit=1)] == [bunga]
    assert [c.id for c in choices((old, rusa), only=True)] == [old, rusa]
    assert [c.id for c in choices((old,))] == [bunga, old, rusa]
