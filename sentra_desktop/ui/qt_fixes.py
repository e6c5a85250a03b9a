"""Keeps PySide6 6.12.0 from crashing the program on Python 3.11 after some thousands of clicks.

Shiboken 6.12.0 gives back ``None`` from every Qt method that returns nothing (``setText``,
``setItem``, ``setRowCount`` …) without counting the reference it hands out, so each such call
takes one off ``None``'s reference count. On Python 3.12 and later ``None`` is immortal (PEP
683) and nothing happens; on 3.11 the count (about 45,000 once the program is imported) reaches
zero after a busy hour and the interpreter aborts with "Fatal Python error: none_dealloc" — no
log, no dialog. The responsiveness tour hit it on the Bantuan page every run.

:func:`keep_none_alive` does what Python 3.12 does: it gives ``None`` a reference count no
program can use up (2**60), once, at import of the user interface.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 60


def keep_none_alive() -> None:
    """Make ``None`` practically immortal on Python 3.11 (nothing to do on 3.12 and later)."""
    if sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < RESERVE:
        count.value += RESERVE
