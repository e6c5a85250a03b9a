"""Every service call passes one permission hook, under an action name made from class and method."""

from __future__ import annotations

import pytest

from sentra_desktop.core.actor import Actor
from sentra_desktop.core.errors import PermissionDenied
from sentra_desktop.core.messages import describe
from sentra_desktop.services.base import Service, actions, domain_of, import_service_modules
from sentra_desktop.services.buyers import BuyerInput, BuyerService
from sentra_desktop.services.database import Database, Policy
from sentra_desktop.services.listing import ListQuery
from tests.services.test_stock import fingerprint


def refusing(*refused: str) -> tuple[list[tuple[str, str]], Policy]:
    """Install a policy refusing ``refused``; returns the (actor, action) pairs it was asked."""
    asked: list[tuple[str, str]] = []

    def policy(actor: Actor, action: str) -> bool:
        asked.append((actor.name, action))
        return action not in refused

    return asked, policy


def test_a_refused_write_and_a_refused_read_raise_and_change_nothing(db: Database) -> None:
    buyers = BuyerService(db)
    kept = buyers.create(BuyerInput(name="Toko Ampera", city="Palembang"))
    before = fingerprint(db)
    asked, policy = refusing("buyer.create", "buyer.get")
    db.policy = policy
    with pytest.raises(PermissionDenied) as write:
        buyers.create(BuyerInput(name="Budi", city="Palembang"))
    with pytest.raises(PermissionDenied) as read:
        buyers.get(kept)
    assert (write.value.params["action"], read.value.params["action"]) == ("buyer.create", "buyer.get")
    assert (
        write.value.params["actor"] == "Penguji"
        and describe(write.value) == "Penguji may not do this; it is for: Ketua, Operator."
    )
    assert asked == [("Penguji", "buyer.create"), ("Penguji", "buyer.get")]
    assert fingerprint(db) == before
    assert buyers.count(ListQuery()) == 1  # what the policy allows still works


def test_the_hook_sees_who_acts_and_checks_only_the_outermost_call(db: Database) -> None:
    class Summary(Service):
        def names(self) -> list[str]:
            buyers = BuyerService(self.db)
            return [buyers.get(row.id).name for row in buyers.page(ListQuery(), 0, 10)]

    BuyerService(db).create(BuyerInput(name="Toko Ampera", city="Palembang"))
    asked, policy = refusing("buyer.get")
    db.policy = policy
    db.actor = Actor("Sari", user_id=7)
    assert Summary(db).names() == ["Toko Ampera"]  # buyer.get is used on the way, not asked for
    assert asked == [("Sari", "summary.names")]


def test_action_names_are_derived_one_way_and_listed() -> None:
    assert domain_of("BuyerService") == "buyer" and domain_of("ProductTypeService") == "product_type"
    import_service_modules()  # services are imported on first use: list them all
    listed = actions()
    assert {"buyer.create", "buyer.get", "design.update", "profile.save", "sentra_setting.set"} <= set(listed)
    assert listed == sorted(set(listed)) and not any(".\u005f" in name for name in listed)
