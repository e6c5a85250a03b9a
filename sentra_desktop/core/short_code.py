"""A member business's short code, made from its name: what the command line names it by.

"IKM Karya Karet" -> "KARYA-KARET": the legal-form words (IKM, UD, CV …) are dropped, the rest
upper case joined by "-" and cut at 12 characters on a word boundary where one is near.
"""

from __future__ import annotations

import re
from collections.abc import Container

CODE_LEN = 12
_FORMS = frozenset({"IKM", "UD", "CV", "PT", "KUB", "KSU", "UMKM", "KOPERASI", "TB", "PD"})


def short_code(name: str) -> str:
    """The code ``name`` suggests (at least one character)."""
    words = re.findall(r"[A-Z0-9]+", name.upper())
    kept = [w for w in words if w not in _FORMS] or words or ["IKM"]
    code = ""
    for word in kept:
        candidate = f"{code}-{word}" if code else word
        if len(candidate) > CODE_LEN:
            code = code or word[:CODE_LEN]
            break
        code = candidate
    return code


def unique_code(name: str, taken: Container[str]) -> str:
    """:func:`short_code`, with "-2", "-3" … added while it is ``taken`` (compared upper case)."""
    base = short_code(name)
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base}-{n}"
    return code


__all__ = ["CODE_LEN", "short_code", "unique_code"]
