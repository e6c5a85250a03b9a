"""Who acts: the person whose name goes on every write and whose rights a permission check reads."""

from __future__ import annotations

from dataclasses import dataclass

SYSTEM_NAME = "sistem"
# The audit log's name for a restore over a database too damaged to log in to: nobody could be asked.
NO_USER_NAME = "tanpa pengguna"


@dataclass(frozen=True)
class Actor:
    """The acting user: the name recorded in the audit log, and the user's id once users exist.

    A logged-in user carries their id and role (see :mod:`services.users`); a plain name (a
    test's, the system's) has neither, and a role policy lets it read only.
    """

    name: str
    user_id: int | None = None
    role: str | None = None

    def __str__(self) -> str:
        return self.name


SYSTEM = Actor(SYSTEM_NAME)
