"""The role table holds in the services: every action is covered, and every cell is checked by
calling the real service method as a user of each role (a refusal raises PermissionDenied before
the method runs; an allowed call gets past the hook, whatever it then does with no arguments)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentra_desktop.core.actor import Actor
from sentra_desktop.core.errors import PermissionDenied
from sentra_desktop.core.roles import Role
from sentra_desktop.services import roles
from sentra_desktop.services.base import Service
from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database
from sentra_desktop.services.roles import ANYONE, EVERY_ROLE, TABLE, allowed, markdown_table, roles_for
from sentra_desktop.services.users import enforce_roles

README = Path(__file__).resolve().parents[2] / "README.md"


def program_actions() -> list[str]:
    Services  # noqa: B018 - importing the container imports every service
    return roles.program_actions()


def test_every_action_of_every_service_is_in_the_role_table() -> None:
    found = program_actions()
    assert len(found) > 100
    assert [action for action in found if action not in TABLE] == []


def test_an_unknown_action_is_the_heads_alone() -> None:
    assert roles_for("kinerja.something_new") == ("ketua",)
    assert allowed("ketua", "kinerja.something_new")
    assert not any(allowed(role, "kinerja.something_new") for role in ("operator", "bendahara", "mentor"))
    assert not allowed(None, "kinerja.something_new")


def test_a_service_module_can_name_its_own_actions_roles(monkeypatch: pytest.MonkeyPatch) -> None:
    import sentra_desktop.services.profile as module

    monkeypatch.setattr(module, "ROLES", {"visit.create": ("ketua", "mentor")}, raising=False)
    assert allowed("mentor", "visit.create") and not allowed("operator", "visit.create")


def test_roles_the_issue_names() -> None:
    assert allowed("operator", "production.create") and allowed("operator", "order.deliver")
    assert allowed("operator", "stock_count.post") and allowed("operator", "buyer.create")
    for action in ("design.update", "member.delete", "sentra_setting.set", "backup.restore", "user.add"):
        assert not allowed("operator", action), action
        assert not allowed("mentor", action), action
        assert allowed("ketua", action)
    assert allowed("mentor", "report.print") and allowed("mentor", "audit_log.page")
    assert not allowed("mentor", "order.create")


def test_every_cell_holds_in_the_services(db: Database) -> None:
    enforce_roles(db).open = False  # as once the head exists
    services = Services(db)
    by_domain = {
        type(service).domain: service for service in vars(services).values() if isinstance(service, Service)
    }
    checked = 0
    for action in program_actions():
        domain, method = action.split(".")
        service = by_domain.get(domain)
        if service is None:  # the record base itself: its kinds are checked under their own names
            continue
        for role in (*EVERY_ROLE, None):
            db.actor = Actor("Penguji", 1, role)
            try:
                getattr(service, method)()
            except PermissionDenied:
                refused = True
            except Exception:
                refused = False
            else:
                refused = False
            expected = ANYONE in roles_for(action) or allowed(role, action)
            assert refused != expected, (action, role)
            checked += 1
    assert checked >= 4 * 100


def test_readme_carries_the_whole_role_table() -> None:
    assert markdown_table(program_actions()) in README.read_text(encoding="utf-8")


def test_role_values() -> None:
    assert tuple(role.value for role in Role) == EVERY_ROLE
