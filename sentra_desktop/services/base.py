"""One base for every service: who acts, one permission hook, and a unit of work that can retry.

Every public method of a :class:`Service` subclass passes through :func:`authorize` before it
runs, under an action name made from the class and the method (``BuyerService.create`` is
``buyer.create``; :func:`actions` lists them all). The database's ``policy`` answers; the default
allows everything, and :func:`services.users.enforce_roles` puts the role table of
:mod:`services.roles` in its place, without touching any service. Voiding a document checks the
record too: other roles than the head void only their own of the same day. Only the outermost
call of a thread is checked: what the operator asked for, not the services it uses on the way.

The same wrapper makes the method one retryable unit of work (:meth:`Database.retrying`): when
the server breaks its transaction off for a deadlock or a serialization failure, the method runs
again from the start. Service methods therefore do their work through the database only and take
plain values, not one-shot iterators.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from functools import wraps
from typing import Any, ClassVar, TypeVar

from sentra_desktop.core.errors import PermissionDenied
from sentra_desktop.core.names import role_name
from sentra_desktop.services.database import Database
from sentra_desktop.services.roles import OWN_TODAY, refuse_others, who_can

_F = TypeVar("_F", bound=Callable[..., Any])

_ACTIONS: set[str] = set()
_ACTION_ATTRIBUTE = "__sentra_action__"


def authorize(db: Database, action: str, args: tuple[Any, ...] = ()) -> None:
    """The one permission check: may the acting user of ``db`` do ``action``?

    A role that may void documents may void only its own of the same day
    (:data:`services.roles.OWN_TODAY`; ``args`` starts with the record's id).

    Raises:
        PermissionDenied: the policy refuses; nothing was read or saved.
    """
    if not db.policy(db.actor, action):
        who = ", ".join(role_name(role.value) for role in who_can(action))
        raise PermissionDenied(action=action, actor=db.actor.name, who=who)
    if args and action in OWN_TODAY and not getattr(db.policy, "open", True):
        with db.reading() as session:
            if refuse_others(session, db.actor, action, args[0]):
                raise PermissionDenied("not_own", action=action, actor=db.actor.name)


def actions() -> list[str]:
    """Every action name of the services imported so far (see :func:`import_service_modules`)."""
    return sorted(_ACTIONS)


def import_service_modules() -> None:
    """Import every module of the services package, so that :func:`actions` and the modules' own
    ``ROLES`` are complete: for the whole role table (its tool and tests), never at startup, where
    each service is imported on first use (:mod:`services.container`)."""
    import sentra_desktop.services as package

    for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        importlib.import_module(module.name)


def program_actions() -> list[str]:
    """Every action of every service of the program (all its modules imported first), not of
    services a test declares."""
    import_service_modules()
    domains: set[str] = set()
    todo: list[type[Service]] = [Service]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("sentra_desktop."):
            domains.add(cls.domain)
    return [action for action in actions() if action.split(".")[0] in domains]


def domain_of(class_name: str) -> str:
    """``BuyerService`` -> ``buyer``, ``ProductTypeService`` -> ``product_type``."""
    stem = class_name.removesuffix("Service") or class_name
    return re.sub(r"(?<!^)(?=[A-Z])", "_", stem).lower()


class Service:
    """Base of the use-case classes the user interface and the command line call.

    A subclass may name its actions' prefix: ``class OrderService(Service, domain="order")``.
    """

    domain: ClassVar[str] = ""

    def __init__(self, db: Database) -> None:
        self.db = db

    def __init_subclass__(cls, domain: str | None = None, abstract: bool = False, **kwargs: Any) -> None:
        """Wrap the class's public methods; ``abstract``: a shared base whose actions are its subclasses'."""
        super().__init_subclass__(**kwargs)
        cls.domain = domain if domain is not None else domain_of(cls.__name__)
        for name in dir(cls):
            member = inspect.getattr_static(cls, name)
            # Static and class methods hold no service state to guard (pure helpers).
            if name.startswith("_") or not inspect.isfunction(member):
                continue
            # Inherited methods (the record base's create, update, ...) are actions of this
            # class too: "member.create" and "operator.create" are different rights.
            if not abstract:
                _ACTIONS.add(f"{cls.domain}.{name}")
            if name in vars(cls) and not hasattr(member, _ACTION_ATTRIBUTE):
                setattr(cls, name, _guarded(name, member))


def _guarded(name: str, method: _F) -> _F:
    @wraps(method)
    def call(self: Service, *args: Any, **kwargs: Any) -> Any:
        db = self.db
        with db.serving() as outermost:
            if outermost:
                authorize(db, f"{type(self).domain}.{name}", args[:1])
            return db.retrying(lambda: method(self, *args, **kwargs))

    setattr(call, _ACTION_ATTRIBUTE, name)
    return call  # type: ignore[return-value]
