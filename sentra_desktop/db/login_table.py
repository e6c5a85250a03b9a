"""A Core view of ``app_user`` that needs no mapped class: what the login screen reads.

The login screen is drawn before anybody logs in, and the startup target is measured to its
first paint. Importing :mod:`sentra_desktop.db.models` (every declarative class, ~0.2 s) only to
list the users would cost more than the rest of the screen, so the screen's queries (the user
count, the list, whether a head can log in) and the PIN hash's write go through this table, on a
metadata of its own. Its columns are the mapped ``User`` table's (a test compares them).
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Integer, MetaData, String, Table

from sentra_desktop.db.types import UTCDateTime

app_user = Table(
    "app_user",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("name", String(80)),
    Column("active", Boolean),
    Column("role", String(20)),
    Column("pin_hash", String(200)),
    Column("failed_pins", Integer),
    Column("locked_until", UTCDateTime),
)
