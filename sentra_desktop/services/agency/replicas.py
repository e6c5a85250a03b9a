"""One sentra as the agency knows it: its registry facts and its replica database.

The registry (who sent packets, with which key, up to which sequence) lives in the agency's own
database; the replica is a full sentra database (one SQLite file or one PostgreSQL schema per
sentra), so the side-by-side view reads each replica through the sentra's own services.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sentra_desktop.services.database import Database


@dataclass(frozen=True)
class SentraReplica:
    """A registered sentra and its replica, opened for reading."""

    sentra_uuid: uuid.UUID
    name: str
    address: str
    province_code: str  # Kemendagri code of the province, "" when the address matched none
    regency_code: str  # Kemendagri code of the regency or city, "" when unknown
    key_fingerprint: str  # the sentra's Ed25519 public key fingerprint, as its About box shows it
    last_seq: int  # the last change sequence the agency has merged from this sentra
    last_packet_at: datetime | None  # UTC, when its last packet was imported; None before any
    database: Database  # the replica; callers must not write to it
