"""The roles a user of the sentra can have, and their names on screen and paper.

Stored in English (``ketua`` is the sentra's own word for its head, kept as is); the mentor's
seat is ``mentor`` in the database and *pendamping* on screen and on the command line.
"""

from __future__ import annotations

from enum import StrEnum

from sentra_desktop.core import i18n
from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate


class Role(StrEnum):
    KETUA = "ketua"  # the head of the sentra: everything
    OPERATOR = "operator"  # day-to-day entries at the shared PC
    BENDAHARA = "bendahara"  # the treasurer (the pay work gives it its actions)
    MENTOR = "mentor"  # a visiting mentor: reads and prints, writes mentoring only


ROLE_NAME = {
    Role.KETUA: QT_TRANSLATE_NOOP("Role", "Head"),
    Role.OPERATOR: QT_TRANSLATE_NOOP("Role", "Operator"),
    Role.BENDAHARA: QT_TRANSLATE_NOOP("Role", "Treasurer"),
    Role.MENTOR: QT_TRANSLATE_NOOP("Role", "Mentor"),
}

# What the command line accepts for a role: the stored value or its Indonesian word.
ROLE_WORDS = {role.value: role for role in Role} | {"pendamping": Role.MENTOR}


def parse_role(text: str) -> Role | None:
    """``"pendamping"`` or ``"mentor"`` -> :attr:`Role.MENTOR`; None for an unknown word."""
    return ROLE_WORDS.get(text.strip().lower())


def role_name(role: str, translate: Translate = i18n.translate) -> str:
    """The display name of a stored role ("ketua" -> "Ketua"); the value itself when unknown."""
    parsed = parse_role(role)
    return translate("Role", ROLE_NAME[parsed]) if parsed is not None else role
