"""Users with a PIN: logging in, the lockout, the first start, and the head's user management.

A PIN is 4 to 8 digits, kept only as an argon2id hash (:data:`TIME_COST` passes over
:data:`MEMORY_KIB`: one check takes about 100 ms on the sentra's PC, so guessing all 10^4
four-digit PINs through the program takes days with the lockout, while a copied database file is
outside what a PIN protects). The PIN itself is never stored, logged or audited: the hash is
written with a Core statement the audit log does not see, and the audit row says only that a PIN
was set. Checking a PIN is slow on purpose; the user
interface calls :meth:`UserService.login` and :meth:`UserService.unlock` on a worker.

Five wrong PINs in a row lock the user for five minutes; the counter and the lockout are columns
of ``app_user``, so restarting the program does not reset them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update

from sentra_desktop.core.actor import Actor
from sentra_desktop.core.enums import AuditAction
from sentra_desktop.core.errors import NotFoundError, SentraError, ValidationError
from sentra_desktop.core.roles import Role, UserEvent, parse_role
from sentra_desktop.db.login_table import app_user
from sentra_desktop.db.types import utcnow
from sentra_desktop.services.base import Service
from sentra_desktop.services.database import Database
from sentra_desktop.services.roles import RolePolicy

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sentra_desktop.db.models import User

# argon2id cost: 2 passes over 46 MiB, one lane. Measured on the development PC (2 cores, shared):
# 88 ms at best, 130 ms under load, per check. Tests use a cheaper hasher (see tests/conftest.py).
TIME_COST, MEMORY_KIB, LANES = 2, 47104, 1
MAX_WRONG_PINS = 5
LOCK_TIME = timedelta(minutes=5)
_PIN = re.compile(r"[0-9]{4,8}")

hasher = PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=LANES)


class UserState(StrEnum):
    """What the first start must do before anybody can log in."""

    EMPTY = "empty"  # a new database: the welcome makes the first user, the head
    NEEDS_HEAD = "needs_head"  # upgraded: users without PINs, nobody chosen as head yet
    READY = "ready"  # log in


class LoginError(SentraError):
    """A login refused: unknown, disabled or locked user, or a wrong PIN (``code`` says which)."""


class NeedsPin(SentraError):  # noqa: N818 - reads as what the login screen must ask next
    """The user has no PIN yet: they set one now (:meth:`UserService.set_first_pin`)."""

    code = "needs_pin"


@dataclass(frozen=True)
class UserRow:
    """One user as the login screen and ``user list`` show it."""

    id: int
    name: str
    role: Role
    active: bool
    has_pin: bool
    locked_until: datetime | None


@dataclass(frozen=True)
class _Seat:
    """What a PIN check needs of a user, read before the slow hash check and its write."""

    id: int
    name: str
    active: bool
    pin_hash: str | None
    locked_until: datetime | None

    @classmethod
    def of(cls, user: User) -> _Seat:
        return cls(user.id, user.name, user.active, user.pin_hash, user.locked_until)


def check_pin(pin: str, field: str = "pin") -> str:
    """The PIN if it is 4 to 8 digits; otherwise a field error (the PIN is not in its params)."""
    if not _PIN.fullmatch(pin or ""):
        raise ValidationError.single(field, "pin_format")
    return pin


def hash_pin(pin: str) -> str:
    """The argon2id hash of a checked PIN (what ``app_user.pin_hash`` holds)."""
    return hasher.hash(check_pin(pin))


def enforce_roles(db: Database) -> RolePolicy:
    """Give ``db`` the role policy; open while the database has no user yet."""
    with db.reading_core() as conn:
        count = conn.scalar(select(func.count()).select_from(app_user)) or 0
    policy = RolePolicy(open=count == 0)
    db.policy = policy
    return policy


def actor_of(user: User) -> Actor:
    return Actor(user.name, user.id, user.role)


class UserService(Service):
    """Who may log in, and the head's management of users."""

    def state(self) -> UserState:
        with self.db.reading_core() as conn:
            users = conn.scalar(select(func.count()).select_from(app_user)) or 0
            if users == 0:
                return UserState.EMPTY
            user = app_user.c
            heads = conn.scalar(
                select(func.count())
                .select_from(app_user)
                .where(user.role == Role.KETUA.value, user.active, user.pin_hash.is_not(None))
            )
            return UserState.READY if heads else UserState.NEEDS_HEAD

    def login_names(self) -> list[UserRow]:
        """Active users, by name: the login screen's list."""
        return [row for row in self.list_users() if row.active]

    def list_users(self) -> list[UserRow]:
        """Every user, disabled ones too, by name.

        Read through SQLAlchemy Core (:mod:`db.login_table`): the login screen shows this list
        before its first paint, and a query over a mapped class would import every model and
        configure every ORM mapper first.
        """
        user = app_user.c
        stmt = select(
            user.id, user.name, user.role, user.active, user.pin_hash.is_not(None), user.locked_until
        ).order_by(func.lower(user.name))
        with self.db.reading_core() as conn:
            return [
                UserRow(id_, name, Role(role), bool(active), bool(has_pin), locked_until)
                for id_, name, role, active, has_pin, locked_until in conn.execute(stmt)
            ]

    def login(self, name: str, pin: str) -> Actor:
        """Check ``name``'s PIN (slow: call on a worker) and make them the acting user.

        Raises:
            LoginError: unknown, disabled or locked user, or a wrong PIN (counted).
            NeedsPin: the user has no PIN yet.
        """
        user = self._login_user(name)
        actor = self._check(user, pin)
        self.db.actor = actor
        return actor

    def unlock(self, user_id: int, pin: str) -> Actor:
        """Unlock the idle-locked screen with the same user's PIN (counted like a login)."""
        with self.db.reading() as session:
            user = _Seat.of(self._user(session, user_id))
        actor = self._check(user, pin, event="unlock")
        self.db.actor = actor
        return actor

    def lock_screen(self) -> None:
        """The screen locked after an idle time: audited under the logged-in user's name."""
        user_id = self.db.actor.user_id
        if user_id is None:
            return
        with self.db.transaction() as session:
            self._event(session, self._user(session, user_id), UserEvent.SCREEN_LOCKED)

    def create_first(self, name: str, pin: str) -> Actor:
        """A new database's first user: the head, with a PIN; logged in at once."""
        check_pin(pin)
        with self.db.transaction() as session:
            if session.scalar(select(func.count()).select_from(app_user)):
                raise LoginError("users_exist")
            user = self._insert(session, name, Role.KETUA)
            self._store_pin(session, user, pin, event="first_head")
            actor = actor_of(user)
        self._close_open_seat()
        self.db.actor = actor
        return actor

    def claim_head(self, user_id: int, pin: str) -> Actor:
        """An upgraded database's one moment of trust: the person at the PC says who is head."""
        check_pin(pin)
        if self.state() != UserState.NEEDS_HEAD:
            raise LoginError("head_chosen")
        with self.db.transaction() as session:
            session.info["actor"] = self._name(session, user_id)
            user = self._user(session, user_id)
            user.role = Role.KETUA.value
            user.active = True
            session.flush()
            self._store_pin(session, user, pin, event="head_chosen")
            actor = actor_of(user)
        self.db.actor = actor
        return actor

    def set_first_pin(self, name: str, pin: str) -> Actor:
        """A user without a PIN sets one at their first login, and is logged in."""
        check_pin(pin)
        with self.db.transaction() as session:
            user = self._by_name(session, name)
            if not user.active:
                raise LoginError("user_disabled", name=user.name)
            if user.pin_hash is not None:
                raise LoginError("pin_exists", name=user.name)
            session.info["actor"] = user.name
            self._store_pin(session, user, pin, event="pin_set")
            actor = actor_of(user)
        self.db.actor = actor
        return actor

    def add(self, name: str, role: Role | str, pin: str | None = None) -> int:
        """A new user; without a PIN they set one at their first login."""
        parsed = self._role(role)
        if pin is not None:
            check_pin(pin)
        with self.db.transaction() as session:
            user = self._insert(session, name, parsed)
            if pin is not None:
                self._store_pin(session, user, pin, event="pin_set")
            return user.id

    def set_role(self, user_id: int, role: Role | str) -> None:
        parsed = self._role(role)
        with self.db.transaction() as session:
            user = self._user(session, user_id)
            if parsed != Role.KETUA:
                self._keep_a_head(session, user)
            user.role = parsed.value

    def disable(self, user_id: int) -> None:
        with self.db.transaction() as session:
            user = self._user(session, user_id)
            self._keep_a_head(session, user)
            user.active = False

    def enable(self, user_id: int) -> None:
        with self.db.transaction() as session:
            self._user(session, user_id).active = True

    def reset_pin(self, user_id: int, pin: str | None = None) -> None:
        """The head resets a forgotten PIN: to ``pin``, or to none (set at the next login)."""
        if pin is not None:
            check_pin(pin)
        with self.db.transaction() as session:
            user = self._user(session, user_id)
            self._store_pin(session, user, pin, event="pin_reset")

    def reset_pin_here(self, name: str, pin: str) -> None:
        """``sentra-desktop user reset-pin`` on the PC itself: a forgotten head PIN (audited)."""
        check_pin(pin)
        with self.db.transaction() as session:
            user = self._by_name(session, name)
            self._store_pin(session, user, pin, event="pin_reset_on_pc")

    def id_of(self, name: str) -> int:
        with self.db.reading() as session:
            return self._by_name(session, name).id

    # -- inside ----------------------------------------------------------------------------

    def _login_user(self, name: str) -> _Seat:
        with self.db.reading() as session:
            return _Seat.of(self._by_name(session, name))

    def _check(self, user: _Seat, pin: str, event: str = "login") -> Actor:
        if not user.active:
            raise LoginError("user_disabled", name=user.name)
        now = utcnow()
        if user.locked_until is not None and user.locked_until > now:
            raise LoginError("user_locked", name=user.name, until=_clock(user.locked_until))
        if user.pin_hash is None:
            raise NeedsPin(name=user.name)
        good = _verify(user.pin_hash, pin)
        with self.db.transaction() as session:
            session.info["actor"] = user.name
            row = self._user(session, user.id)
            if good:
                row.failed_pins, row.locked_until = 0, None
                self._event(session, row, event)
                return actor_of(row)
            failed = row.failed_pins + 1
            if failed >= MAX_WRONG_PINS:
                row.failed_pins, row.locked_until = 0, now + LOCK_TIME
                self._event(session, row, "locked")
            else:
                row.failed_pins = failed
                self._event(session, row, "failed_" + event)
            locked_until = row.locked_until
        if locked_until is not None:
            raise LoginError("user_locked", name=user.name, until=_clock(locked_until))
        raise LoginError("wrong_pin", name=user.name, left=MAX_WRONG_PINS - failed)

    def _insert(self, session: Session, name: str, role: Role) -> User:
        from sentra_desktop.db.models import User  # the mapped classes: after the login screen

        clean = " ".join((name or "").split())
        if not clean:
            raise ValidationError.single("name", "required")
        if len(clean) > 80:
            raise ValidationError.single("name", "too_long", max=80)
        if session.scalar(select(User.id).where(func.lower(User.name) == clean.lower())):
            raise ValidationError.single("name", "duplicate", value=clean)
        if not session.scalar(select(func.count()).select_from(User)) and role != Role.KETUA:
            raise ValidationError.single("role", "first_user_head")
        user = User(name=clean, role=role.value, active=True)
        session.add(user)
        session.flush()
        return user

    def _store_pin(self, session: Session, user: User, pin: str | None, *, event: str) -> None:
        """Write the PIN's hash past the audit log, and audit only that it was set."""
        digest = None if pin is None else hash_pin(pin)
        session.execute(
            update(app_user)
            .where(app_user.c.id == user.id)
            .values(pin_hash=digest, failed_pins=0, locked_until=None)
        )
        session.expire(user, ["pin_hash", "failed_pins", "locked_until"])
        self._event(session, user, event)

    def _event(self, session: Session, user: User, event: str) -> None:
        """An audit row for a login, a failed login, a lock, an unlock or a PIN set."""
        from sentra_desktop.db.models import AuditEntry

        session.add(
            AuditEntry(
                actor=str(session.info.get("actor", "")),
                action=AuditAction.UPDATE,
                table_name="app_user",
                record_id=user.id,
                record_uuid=user.uuid,
                changes=json.dumps({"event": event, "user": user.name}, ensure_ascii=False),
            )
        )

    def _keep_a_head(self, session: Session, user: User) -> None:
        if user.role != Role.KETUA or not user.active:
            return
        head = app_user.c
        others = session.scalar(
            select(func.count())
            .select_from(app_user)
            .where(head.role == Role.KETUA.value, head.active, head.id != user.id)
        )
        if not others:
            raise ValidationError.single("role", "last_head")

    def _close_open_seat(self) -> None:
        if isinstance(self.db.policy, RolePolicy):
            self.db.policy.open = False

    @staticmethod
    def _role(role: Role | str) -> Role:
        parsed = role if isinstance(role, Role) else parse_role(role)
        if parsed is None:
            raise ValidationError.single("role", "invalid_role")
        return parsed

    @staticmethod
    def _user(session: Session, user_id: int) -> User:
        from sentra_desktop.db.models import User

        user = session.get(User, user_id)
        if user is None:
            raise NotFoundError()
        return user

    @staticmethod
    def _name(session: Session, user_id: int) -> str:
        return UserService._user(session, user_id).name

    @staticmethod
    def _by_name(session: Session, name: str) -> User:
        from sentra_desktop.db.models import User

        clean = " ".join((name or "").split()).lower()
        user = session.scalar(select(User).where(func.lower(User.name) == clean))
        if user is None:
            raise LoginError("unknown_user", name=name)
        return user


def _clock(moment: datetime) -> str:
    """A lockout's end as this PC's wall clock shows it (13.05)."""
    return moment.astimezone().strftime("%H.%M")


def _verify(digest: str, pin: str) -> bool:
    try:
        return hasher.verify(digest, pin)
    except (VerificationError, InvalidHashError):
        return False
