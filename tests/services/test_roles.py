"""The role table holds in the services: every action is covered, and every cell is checked by
calling the real service method as a user of each role (a refusal raises PermissionDenied before
the method runs; an allowed call gets past the hook, whatever it then does with no arguments)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sentra_desktop.core.actor import Actor
from sentra_desktop.core.errors import PermissionDenied
from sentra_desktop.core.roles import Role
from sentra_desktop.services import base
from sentra_desktop.services.base import Service
from sentra_desktop.services.container import Services
from sentra_desktop.services.database import Database
from sentra_desktop.services.roles import (
    ANYONE,
    EVERY_ROLE,
    ROLE_MODULES,
    allowed,
    declared,
    markdown_table,
    roles_for,
)
from sentra_desktop.services.users import enforce_roles

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"


def program_actions() -> list[str]:
    return base.program_actions()  # imports every service module first


def test_every_action_of_every_service_is_in_the_role_table() -> None:
    found = program_actions()
    assert len(found) > 100
    assert [action for action in found if not declared(action)] == []


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
        type(service).domain: service for service in services.every().values() if isinstance(service, Service)
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


def test_an_operator_voids_only_their_own_documents_of_the_day(db: Database) -> None:
    from datetime import date, timedelta

    from sentra_desktop.db.models import MaterialReceipt
    from sentra_desktop.services.materials import MaterialService, ReceiptInput
    from sentra_desktop.services.users import UserService
    from tests.services.test_stock import make_world

    world = make_world(db)
    enforce_roles(db)
    users = UserService(db)
    users.create_first("Bu Sri", "1234")
    users.add("Siti", "operator", "1111")
    users.add("Budi", "operator", "2222")
    materials = MaterialService(db)

    def receipt() -> int:
        return materials.create_receipt(ReceiptInput(date.today(), world.latex, "", "1", "1000"))

    users.login("Siti", "1111")
    own, others, old = receipt(), 0, receipt()
    with db.transaction() as session:  # written yesterday
        row = session.get(MaterialReceipt, old)
        assert row is not None
        row.created_at = row.created_at - timedelta(days=1)
    users.login("Budi", "2222")
    others = receipt()
    users.login("Siti", "1111")
    materials.void_receipt(own)
    for refused in (others, old):
        with pytest.raises(PermissionDenied) as caught:
            materials.void_receipt(refused)
        assert caught.value.code == "not_own"
    users.login("Bu Sri", "1234")  # the head voids any
    materials.void_receipt(others)
    materials.void_receipt(old)


def test_every_service_module_with_its_own_roles_is_listed() -> None:
    """roles_for imports the modules of ROLE_MODULES on a miss: one left out would make its
    actions the head's alone until a page happened to import it."""
    base.import_service_modules()
    carrying = {
        name.removeprefix("sentra_desktop.services.")
        for name, module in sys.modules.items()
        if name.startswith("sentra_desktop.services.") and isinstance(getattr(module, "ROLES", None), dict)
    }
    assert carrying == set(ROLE_MODULES)


def test_roles_and_refusals_hold_before_the_service_module_is_imported() -> None:
    """Services are imported on first use: a fresh program asked about pay, visit and mould
    actions (whose roles live in their own modules) answers as the table does."""
    code = (
        "import sys\n"
        "from sentra_desktop.core.actor import Actor\n"
        "from sentra_desktop.core.errors import PermissionDenied\n"
        "from sentra_desktop.core.messages import describe\n"
        "from sentra_desktop.services.base import authorize\n"
        "from sentra_desktop.services.roles import ROLE_MODULES, RolePolicy, allowed, who_can\n"
        "loaded = [m for m in ROLE_MODULES if 'sentra_desktop.services.' + m in sys.modules]\n"
        "print(loaded)\n"
        "print(allowed('operator', 'pay.compute'), allowed('operator', 'pay.mark_paid'),\n"
        "      allowed('bendahara', 'pay.mark_paid'), allowed('mentor', 'visit.create'),\n"
        "      allowed('operator', 'visit.create'), allowed('mentor', 'mould.design_choices'))\n"
        "print([role.value for role in who_can('pay.add_advance')])\n"
        "class Db:\n"
        "    policy = RolePolicy()\n"
        "    actor = Actor('Siti', 2, 'operator')\n"
        "try:\n"
        "    authorize(Db(), 'pay.add_advance')  # type: ignore[arg-type]\n"
        "except PermissionDenied as exc:\n"
        "    print(exc.params['who'])\n"
        "    print(describe(exc))\n"
    )
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded, answers, who, who_text, message = result.stdout.strip().splitlines()
    assert loaded == "[]"  # none was imported before the questions
    assert answers == "True False True True False True"
    assert who == "['ketua', 'bendahara']"
    assert who_text == "Ketua, Bendahara"
    assert "Ketua, Bendahara" in message
