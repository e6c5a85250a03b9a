"""Who may do what: the one role table the permission hook of every service reads.

Each action (``"<domain>.<method>"``, see :func:`services.base.actions`) names the roles that may
do it. The head (*ketua*) may do everything, including actions this table does not know yet; any
other role may do only what the table grants it, so a new action nobody gave roles to is the
head's alone until it is named here (safe by default). A service module may instead carry its
own ``ROLES: dict[str, tuple[str, ...]]`` (action -> role values); :func:`roles_for` reads it
beside this table, so the Kinerja, Bantuan and pay work add their actions without editing here.
Such a module is named in :data:`ROLE_MODULES` and imported when an action is not in this table,
because services are imported on first use (a refusal or a disabled button must be right before
the service it names was ever used).

Actions marked :data:`ANYONE` are the login screen's own steps: they run before anybody is logged
in and guard themselves (a wrong PIN, a head already chosen). Someone not logged in (the command
line without ``--user``) may read: the actions granted to every role through :func:`_read`.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from sentra_desktop.core.actor import Actor
from sentra_desktop.core.roles import Role

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ANYONE = "*"  # the login screen's own steps, before anybody is logged in

KETUA, OPERATOR, BENDAHARA, MENTOR = (role.value for role in Role)
EVERY_ROLE = (KETUA, OPERATOR, BENDAHARA, MENTOR)
STAFF = (KETUA, OPERATOR)
HEAD = (KETUA,)

READS: set[str] = set()  # what someone not logged in may do: the reads every role has


def _read(domain: str, *methods: str) -> dict[str, tuple[str, ...]]:
    READS.update(f"{domain}.{method}" for method in methods)
    return _grant(EVERY_ROLE, domain, *methods)


def _grant(roles: tuple[str, ...], domain: str, *methods: str) -> dict[str, tuple[str, ...]]:
    return {f"{domain}.{method}": roles for method in methods}


_RECORD_READS = ("choices", "count", "get", "page", "reference_choices")
_RECORD_WRITES = ("activate", "create", "deactivate", "delete", "update")

# Master data only the head changes: the catalogue (design prices), members and makers (piece
# rates), materials, and the base every record kind shares.
_MASTERS = ("record", "member", "maker", "product_type", "mould", "material")

TABLE: dict[str, tuple[str, ...]] = {
    # The login screen and the PC's own PIN reset: they check the PIN or the state themselves.
    **_grant(
        (ANYONE,),
        "user",
        "state",
        "login_names",
        "login",
        "unlock",
        "create_first",
        "claim_head",
        "set_first_pin",
        "reset_pin_here",
    ),
    **_read("user", "list_users", "id_of"),
    **_grant(EVERY_ROLE, "user", "lock_screen"),  # the idle lock of whoever is logged in
    **_grant(HEAD, "user", "add", "set_role", "reset_pin", "disable", "enable"),
    # Master data.
    **{key: value for domain in _MASTERS for key, value in _read(domain, *_RECORD_READS).items()},
    **{key: HEAD for domain in _MASTERS for key in _grant(HEAD, domain, *_RECORD_WRITES)},
    **_read("material", "receipts_count", "receipts_page", "recipe"),
    # Each member business's books: a maker's member history, figures per member.
    **_read("maker", "history"),
    **_read("member_books", "choices", "production", "sales"),
    **_grant(STAFF, "material", "create_receipt", "void_receipt"),  # an operator: see OWN_TODAY
    **_grant(HEAD, "material", "set_recipe"),
    # Operators: the user list as a record kind (names on writes, roles, who is active).
    **_read("operator", *_RECORD_READS, "names"),
    **_grant(HEAD, "operator", *_RECORD_WRITES, "add", "rename", "use", "reset_pin"),
    # Designs: prices are the head's.
    **_read("design", "count", "get", "page", "moulds", "product_types"),
    **_grant(HEAD, "design", "create", "update", "retire", "delete"),
    # Buyers: operators keep them; removing one is deleting a record.
    **_read("buyer", "count", "get", "page", "summary", "find_duplicates"),
    **_grant(STAFF, "buyer", "create", "update", "set_archived"),
    **_grant(HEAD, "buyer", "remove"),
    # The sentra's profile and settings.
    **_read("profile", "exists", "get"),
    **_grant(HEAD, "profile", "save"),
    **_read("sentra_setting", "get", "values"),
    **_grant(HEAD, "sentra_setting", "set"),
    # Orders, deliveries and payments (voiding a document is the head's).
    **_read(
        "order",
        "check_line",
        "count",
        "page",
        "get",
        "design_prices",
        "buyer_choices",
        "production_needs",
        "open_quantity",
        "events",
        "event_choices",
    ),
    **_grant(STAFF, "order", "create", "update", "confirm", "mark_ready", "cancel", "deliver"),
    **_grant(STAFF, "order", "create_event"),
    **_grant((KETUA, OPERATOR, BENDAHARA), "order", "add_payment"),
    **_grant(STAFF, "order", "void_delivery", "void_payment"),  # an operator: see OWN_TODAY
    # Production: operators enter, undo and void (their own entries of the day, see OWN_TODAY).
    **_read("production", "count", "page", "totals", "get", "design_choices", "maker_choices", "check"),
    **_grant(STAFF, "production", "create", "update", "undo", "delete", "bulk_create"),
    **_read("production", "mould_choices"),  # the moulds the entry row offers for a design
    **_read("mould", "design_choices"),  # the designs a mould's form offers
    # Reads of the Kinerja page, its visits and the pack: every role, and the command line's
    # `report performance` / `report ikm-year` without --user, like every other sheet.
    **_read("visit", *_RECORD_READS),
    **_read("recommendation", *_RECORD_READS),
    **_read("performance", "figures", "pack", "members"),
    **_read("markets", "member_id"),
    **_read("aid_period", "received"),
    **_read("ikm_year", "sheet"),
    # Stock and stock counts.
    **_read(
        "stock",
        "count",
        "page",
        "low_stock_items",
        "on_hand",
        "ledger_count",
        "ledger_page",
        "item_history",
        "check_balances",
    ),
    **_read("stock_count", "lines", "open_counts", "summary"),
    **_grant(STAFF, "stock_count", "start", "set_counted", "post", "cancel"),
    # Aid (bantuan): the head and the mentor keep agencies and programmes; the treasurer also
    # records items; marking an item returned or written off is the head's. Everyone sees the
    # overlaps and the use of aid.
    **_read("agency", *_RECORD_READS),
    **_grant((KETUA, MENTOR), "agency", *_RECORD_WRITES),
    **_read("programme", *_RECORD_READS),
    **_grant((KETUA, MENTOR), "programme", *_RECORD_WRITES),
    **_read("assistance", *_RECORD_READS, "overlaps_for"),
    **_grant((KETUA, BENDAHARA, MENTOR), "assistance", "create", "update"),
    **_grant(HEAD, "assistance", "activate", "deactivate", "delete"),
    **_read("aid_use", "mould_use", "item_use", "overlaps"),
    # The audit log, export and import (an import writes many records at once: the head's).
    **_read("audit_log", "count", "page", "get", "kinds", "actors"),
    # The printed sheets: everyone who may read the records may print them.
    **_read(
        "report",
        "buyer_list",
        "delivery_note",
        "delivery_numbers",
        "find_item",
        "member_business_names",
        "order_numbers",
        "order_sheet",
        "product_type_names",
        "production_summary",
        "sentra",
        "stock_card",
        "stock_sheet",
    ),
    **_read("aid_report", "assistance_sheet"),
    **_read("transfer", "column_name", "export", "preview"),
    **_grant(HEAD, "transfer", "import_file", "import_sheet"),
    # The program's own actions the command line and the settings page check by name.
    **_grant(HEAD, "backup", "restore"),
    **_grant(STAFF, "backup", "backup_now"),
    # Pengaturan → Database: where the records live (``migrate-data`` on the command line needs
    # nobody: its target must be empty).
    **_grant(HEAD, "database", "test_connection", "change", "copy_records"),
    **_grant(HEAD, "packet", "export"),  # reads the signing key: the head's alone
    **_read("packet", "identity"),  # the sentra's UUID and key fingerprint (the About box)
    **_read("report", "print"),
}


# Voiding a document: a role other than the head may void only what this user wrote, on the same
# day. Action -> the model whose id is the method's first argument.
OWN_TODAY: dict[str, str] = {
    "production.undo": "ProductionEntry",
    "production.delete": "ProductionEntry",
    "order.void_delivery": "Delivery",
    "order.void_payment": "Payment",
    "material.void_receipt": "MaterialReceipt",
}


def refuse_others(session: Session, actor: Actor, action: str, record_id: object) -> bool:
    """True when ``actor`` (not the head) would void a record written by another or on another day."""
    model_name = OWN_TODAY.get(action)
    if model_name is None or actor.role in (None, KETUA) or not isinstance(record_id, int):
        return False
    from sentra_desktop.db import models  # the mapped classes: not before the login screen

    model = getattr(models, model_name)
    row = session.execute(select(model.created_by, model.created_at).where(model.id == record_id)).first()
    if row is None:
        return False  # the method says "not found" itself
    written_by, written_at = row
    return written_by != actor.name or written_at.astimezone().date() != date.today()


# The service modules that carry their own ``ROLES`` (tests/services/test_roles.py checks that
# every such module is listed).
ROLE_MODULES = ("agency.service", "agency.view", "catalogue_setup", "pay", "visits")


def _module_tables() -> Iterable[dict[str, tuple[str, ...]]]:
    """The ``ROLES`` mappings of the service modules: those of :data:`ROLE_MODULES`, imported
    here if no page used them yet, and of any other service module imported so far."""
    for name in ROLE_MODULES:
        importlib.import_module(f"sentra_desktop.services.{name}")
    for name, module in list(sys.modules.items()):
        if name.startswith("sentra_desktop.services") and module is not None:
            roles = getattr(module, "ROLES", None)
            if isinstance(roles, dict):
                yield roles


def roles_for(action: str) -> tuple[str, ...]:
    """The roles that may do ``action``; the head alone when nobody named them."""
    found = TABLE.get(action)
    if found is not None:
        return found
    for table in _module_tables():
        if action in table:
            return tuple(table[action])
    return HEAD


def declared(action: str) -> bool:
    """Is ``action`` named in the role table or in its service module's own ``ROLES``?"""
    return action in TABLE or any(action in table for table in _module_tables())


def allowed(role: str | None, action: str) -> bool:
    """May a user of ``role`` (None: nobody logged in) do ``action``?"""
    roles = roles_for(action)
    if ANYONE in roles:
        return True
    if role is None:
        return action in READS
    return role == KETUA or role in roles


def who_can(action: str) -> list[Role]:
    """The roles that may do ``action``, for a tooltip saying who can."""
    roles = roles_for(action)
    if ANYONE in roles:
        return list(Role)
    return [role for role in Role if role == Role.KETUA or role.value in roles]


@dataclass
class RolePolicy:
    """The permission policy of a database with users: the actor's role against the table.

    ``open`` while the database has no user at all (a new database before its first start, or
    ``user add`` of the first head on the command line): nobody can be asked, so all is allowed.
    """

    open: bool = False

    def __call__(self, actor: Actor, action: str) -> bool:
        return self.open or allowed(actor.role, action)


def markdown_table(extra: Iterable[str] = ()) -> str:
    """The role x action table README carries (✓ = allowed; "own, today": only what the user
    wrote that day), for the actions of the table, of
    the service modules' own ``ROLES`` and of ``extra`` (the services' ``actions()``)."""
    names = set(TABLE) | set(extra)
    for table in _module_tables():
        names.update(table)
    lines = [
        "| Action | Ketua | Operator | Bendahara | Pendamping |",
        "|---|:-:|:-:|:-:|:-:|",
    ]
    for action in sorted(names):
        if ANYONE in roles_for(action):
            continue
        cells = (
            ("✓ own, today" if action in OWN_TODAY and role != KETUA else "✓")
            if allowed(role, action)
            else ""
            for role in EVERY_ROLE
        )
        lines.append(f"| `{action}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)
