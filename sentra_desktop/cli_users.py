"""Who acts on the command line: ``--user NAME`` with a PIN, and the ``user`` subcommands.

The acting user's PIN is read from the terminal without echo, or from ``SENTRA_PIN`` for
scripts; a new PIN (``user add``, ``user reset-pin``) is read twice, or from ``SENTRA_NEW_PIN``.
Without ``--user`` a command may only read, once the database has users; on a database without
users the first ``user add`` needs nobody and must make a head.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import os

from sentra_desktop.core import i18n
from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.core.names import role_name
from sentra_desktop.core.roles import Role
from sentra_desktop.services.base import authorize
from sentra_desktop.services.database import Database
from sentra_desktop.services.users import LoginError, UserService, check_pin, enforce_roles


def _ask(prompt: str) -> str:
    return getpass.getpass(i18n.translate("CommandLine", prompt) + " ")


def acting_pin() -> str:
    """The acting user's PIN: ``SENTRA_PIN``, else asked without echo."""
    return os.environ.get("SENTRA_PIN") or _ask("PIN:")


def new_pin() -> str:
    """A new PIN: ``SENTRA_NEW_PIN``, else asked twice without echo."""
    pin = os.environ.get("SENTRA_NEW_PIN")
    if pin is not None:
        return check_pin(pin)
    first = check_pin(_ask("New PIN (4 to 8 digits):"))
    if _ask("The new PIN again:") != first:
        raise ValidationError.single("pin", "pin_mismatch")
    return first


def identify(db: Database, args: argparse.Namespace) -> None:
    """Give ``db`` the role policy and, with ``--user``, log that user in (their PIN checked)."""
    enforce_roles(db)
    name = getattr(args, "user", None)
    if name:
        UserService(db).login(name, acting_pin())


def require(db: Database, action: str) -> None:
    """Refuse ``action`` unless the acting user may do it; a plain message when nobody is logged in."""
    policy = db.policy
    if db.actor.role is None and not getattr(policy, "open", True) and not policy(db.actor, action):
        raise SentraError("login_required")
    authorize(db, action)


def run(args: argparse.Namespace, db: Database) -> None:
    """``sentra-desktop user list|add|set-role|reset-pin|disable``.

    Raises:
        ValidationError: a bad PIN, name or role; said without the form's field keys (``pin:``,
            ``name:``), which are no words on the terminal: each message names what is wrong.
    """
    try:
        _run(args, db)
    except ValidationError as exc:
        raise ValidationError([dataclasses.replace(error, field=None) for error in exc.errors]) from None


def _run(args: argparse.Namespace, db: Database) -> None:
    users = UserService(db)
    command = args.user_command
    if command == "list":
        for row in users.list_users():
            state = "" if row.active else " — " + i18n.translate("CommandLine", "disabled")
            pin = "" if row.has_pin else " — " + i18n.translate("CommandLine", "no PIN yet")
            print(f"{row.name}\t{role_name(row.role)}{state}{pin}")
        return
    if command == "reset-pin":  # on the PC itself: the way back in for a forgotten head PIN
        users.reset_pin_here(args.name, new_pin())
        print(i18n.translate("CommandLine", "New PIN set for {name}.", None, name=args.name))
        return
    if command == "add":
        require(db, "user.add")
        role = _role(args.role)
        users.add(args.name, role, new_pin())
        print(i18n.translate("CommandLine", "User {name} added.", None, name=args.name))
        return
    user_id = users.id_of(args.name)
    if command == "set-role":
        require(db, "user.set_role")
        users.set_role(user_id, _role(args.role))
    else:
        require(db, "user.disable")
        users.disable(user_id)
    print(i18n.translate("CommandLine", "Done: {name}.", None, name=args.name))


def _role(text: str) -> Role:
    from sentra_desktop.core.roles import parse_role

    role = parse_role(text)
    if role is None:
        raise ValidationError.single("role", "invalid_role")
    return role


__all__ = ["LoginError", "acting_pin", "identify", "new_pin", "require", "run"]
