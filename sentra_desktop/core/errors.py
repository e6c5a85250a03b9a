"""Typed errors that services raise and the user interface shows.

Errors carry codes and parameters, not display text: the user interface translates them
(see :mod:`sentra_desktop.core.messages`), so the same error reads in Indonesian on screen and
plainly on the command line.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any


@dataclasses.dataclass(frozen=True)
class FieldError:
    """One problem with one input field (``field`` is None for the form as a whole)."""

    field: str | None
    code: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)


class SentraError(Exception):
    """A problem the user or the environment caused, as opposed to a bug."""

    code = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.params = params
        super().__init__(self.code, params)


class ValidationError(SentraError):
    """Input was refused; nothing was saved."""

    code = "invalid"

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__("invalid")

    @classmethod
    def single(cls, field_name: str | None, code: str, **params: Any) -> ValidationError:
        return cls([FieldError(field_name, code, params)])

    def for_field(self, name: str | None) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]


class NotFoundError(SentraError):
    """A record asked for does not exist (any more)."""

    code = "not_found"


class ConflictError(SentraError):
    """Someone else changed the record since it was loaded; the edit was refused."""

    code = "stale"


class BusyError(ConflictError):
    """The server broke off a save that met another save at the same moment (a deadlock or a
    serialization failure) more times than the unit of work retries; nothing was saved."""

    code = "busy"


class PermissionDenied(SentraError):  # noqa: N818 - reads as what happened, like the others
    """The acting user may not do this action (``params["action"]``); nothing was read or saved."""

    code = "not_permitted"


class StorageError(SentraError):
    """The disk, the database file or the server failed (full disk, read-only folder, ...)."""

    code = "storage"


class CannotOpenDatabase(StorageError):  # noqa: N818 - says what happened, as DatabaseUnavailable
    """The database could not be opened at all (wrong address, refused login, missing driver)."""

    code = "cannot_open"


class DatabaseDamaged(StorageError):  # noqa: N818 - says what happened, as DatabaseUnavailable
    """The database file is damaged or is not a database at all; a backup can be restored."""

    code = "damaged"


class BackupFailed(StorageError):  # noqa: N818 - says what happened, as DatabaseUnavailable
    """A backup could not be written or did not pass its check; no partial file is left."""

    code = "backup_failed"


class DatabaseUnavailable(StorageError):  # noqa: N818 - the name the program uses everywhere
    """The database server cannot be reached (stopped, network down); nothing was saved.

    The program reconnects by itself once the server answers again: the same action can simply
    be tried again, with the form's input still in place.
    """

    code = "server_unavailable"
