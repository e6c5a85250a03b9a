"""Core ``Table`` views of mapped tables, for read-only list queries.

A select over these columns is compiled by SQLAlchemy Core without touching the ORM, so the
first list the window shows does not wait for every mapper to be configured; writes still go
through the mapped classes.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table

from sentra_desktop.db.models import DesignPhoto, DesignVariant, Mould, ProductType, SentraProfile, User

design_variant = cast(Table, DesignVariant.__table__)
design_photo = cast(Table, DesignPhoto.__table__)
product_type = cast(Table, ProductType.__table__)
mould = cast(Table, Mould.__table__)
app_user = cast(Table, User.__table__)
sentra_profile = cast(Table, SentraProfile.__table__)
