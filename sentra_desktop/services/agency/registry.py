"""The agency's registry of sentra, as the side-by-side view and ``packet list`` read it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from sentra_desktop.core.agency_view import is_silent
from sentra_desktop.db.agency_models import AgencyPacket, AgencySentra
from sentra_desktop.services.agency.replicas import SentraReplica
from sentra_desktop.services.agency.store import Agency


@dataclass(frozen=True)
class RegistryRow:
    """One registered sentra with its packet history, for ``packet list``."""

    sentra: AgencySentra
    packets: int
    quiet: bool  # not heard from for three calendar months (:func:`core.agency_view.is_silent`)


def registered(agency: Agency) -> list[AgencySentra]:
    """The registered sentra, detached from their session (plain facts to read)."""
    with agency.db.reading() as session:
        found = list(session.scalars(select(AgencySentra).order_by(AgencySentra.name, AgencySentra.id)))
        session.expunge_all()
    return found


def quiet(sentra: AgencySentra, now: datetime | None = None) -> bool:
    """Not heard from for three calendar months (or never since registering): the same rule as the
    agency window's warning."""
    return is_silent(sentra.last_packet_at or sentra.registered_at, (now or datetime.now(UTC)).date())


def rows(agency: Agency, now: datetime | None = None) -> list[RegistryRow]:
    with agency.db.reading() as session:
        counts = dict(
            session.execute(
                select(AgencyPacket.sentra_id, func.count())
                .where(AgencyPacket.result != "already")
                .group_by(AgencyPacket.sentra_id)
            ).all()
        )
    return [RegistryRow(s, int(counts.get(s.id, 0)), quiet(s, now)) for s in registered(agency)]


def replicas(agency: Agency) -> list[SentraReplica]:
    """Every registered sentra with its replica opened (the caller disposes the databases)."""
    out: list[SentraReplica] = []
    for sentra in registered(agency):
        out.append(
            SentraReplica(
                sentra_uuid=sentra.uuid,
                name=sentra.name,
                address=sentra.address,
                province_code=sentra.province_code,
                regency_code=sentra.regency_code,
                key_fingerprint=sentra.key_fingerprint,
                last_seq=sentra.last_seq,
                last_packet_at=sentra.last_packet_at,
                database=agency.open_replica(sentra.replica),
            )
        )
    return out
