"""The roles a user of the sentra can have, and the words the command line accepts for them.

Stored in English (``ketua`` is the sentra's own word for its head, kept as is); the mentor's
seat is ``mentor`` in the database and *pendamping* on screen and on the command line. Their
display names are in the one catalogue of names, :data:`sentra_desktop.core.names.ROLE`.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    KETUA = "ketua"  # the head of the sentra: everything
    OPERATOR = "operator"  # day-to-day entries at the shared PC
    BENDAHARA = "bendahara"  # the treasurer (the pay work gives it its actions)
    MENTOR = "mentor"  # a visiting mentor: reads and prints, writes mentoring only


class UserEvent(StrEnum):
    """What a user's audit row (or a restore's) says happened: ``changes["event"]``."""

    FIRST_HEAD = "first_head"
    HEAD_CHOSEN = "head_chosen"
    PIN_SET = "pin_set"
    PIN_RESET = "pin_reset"
    PIN_RESET_ON_PC = "pin_reset_on_pc"
    LOGIN = "login"
    FAILED_LOGIN = "failed_login"
    LOCKED = "locked"
    SCREEN_LOCKED = "screen_locked"
    UNLOCK = "unlock"
    FAILED_UNLOCK = "failed_unlock"
    RESTORED = "restored"


# What the command line accepts for a role: the stored value or its Indonesian word.
ROLE_WORDS = {role.value: role for role in Role} | {"pendamping": Role.MENTOR}


def parse_role(text: str) -> Role | None:
    """``"pendamping"`` or ``"mentor"`` -> :attr:`Role.MENTOR`; None for an unknown word."""
    return ROLE_WORDS.get(text.strip().lower())
