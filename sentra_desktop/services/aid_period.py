"""The aid a Kinerja period received and its use, for the Kinerja page and the Laporan Kinerja.

The figures are those of the Bantuan page's use list (:mod:`services.aid_use`), kept to the items
received in the period and, when a member business is chosen, to the items it received.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from sentra_desktop.core.aid_period import AidPeriodData, AidUseLine
from sentra_desktop.db.models import Assistance
from sentra_desktop.services.aid import PHYSICAL
from sentra_desktop.services.aid_use import item_use
from sentra_desktop.services.base import Service

# Its reads are every role's, named in services/roles.py (the CLI reads them without a user).


class AidPeriodService(Service):
    """Aid received in a period, with its use; one consistent snapshot per call."""

    def received(
        self, start: date, end: date, member: int | None = None, today: date | None = None
    ) -> AidPeriodData:
        """Items received from ``start`` to ``end`` (of member business ``member`` when given)."""
        today = today or date.today()
        with self.db.reading() as session:
            wanted = select(Assistance.id).where(Assistance.received_on.between(start, end))
            if member is not None:
                wanted = wanted.where(Assistance.member_business_id == member)
            ids = set(session.scalars(wanted))
            uses = item_use(session, today, ids) if ids else []
        lines = [
            AidUseLine(
                id=use.id,
                received_on=use.received_on,
                description=use.description,
                kind=use.kind.value,
                agency=use.agency,
                value=use.value,
                physical=use.kind in PHYSICAL,
                pieces=use.pieces,
                sales_value=use.sales_value,
                last_used=use.last_used,
                idle=use.idle,
            )
            for use in uses
            if use.id in ids
        ]
        return AidPeriodData(start, end, today, lines)
