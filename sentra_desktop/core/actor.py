"""Who acts: the person whose name goes on every write and whose rights a permission check reads."""

from __future__ import annotations

from dataclasses import dataclass

SYSTEM_NAME = "sistem"


@dataclass(frozen=True)
class Actor:
    """The acting user: the name recorded in the audit log, and the user's id once users exist.

    Today the name is the operator picked in the status bar and ``user_id`` is None; the
    users-and-roles work fills ``user_id`` so that a permission policy can look up a role.
    """

    name: str
    user_id: int | None = None

    def __str__(self) -> str:
        return self.name


SYSTEM = Actor(SYSTEM_NAME)
