"""The agency's own records: the sentra it registered and the packets it imported.

Kept apart from a sentra's tables (their own metadata and their own migration chain, see
:mod:`sentra_desktop.db.agency_store`): an agency database holds no sentra records itself, each
sentra's records live in that sentra's replica.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, LargeBinary, MetaData, String, Text, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sentra_desktop.db.base import NAMING_CONVENTION
from sentra_desktop.db.types import UTCDateTime, utcnow


class AgencyBase(DeclarativeBase):
    """Base of the agency's tables only (never mixed with a sentra's metadata)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime, uuid.UUID: Uuid}


class AgencySentra(AgencyBase):
    """One registered sentra: who it says it is, the key it signs with, how far it was merged."""

    __tablename__ = "agency_sentra"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    province: Mapped[str] = mapped_column(String(120), default="")
    province_code: Mapped[str] = mapped_column(String(10), default="")
    regency_code: Mapped[str] = mapped_column(String(10), default="")
    public_key: Mapped[bytes] = mapped_column(LargeBinary(64))
    key_fingerprint: Mapped[str] = mapped_column(String(60))
    # The replica: a file name under replicas/ (SQLite) or a schema name (PostgreSQL).
    replica: Mapped[str] = mapped_column(String(120))
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    schema_revision: Mapped[str] = mapped_column(String(60), default="")
    last_packet_at: Mapped[datetime | None] = mapped_column(default=None)
    registered_at: Mapped[datetime] = mapped_column(default=utcnow)


class AgencyPacket(AgencyBase):
    """One packet the agency was given: merged, already known, or refused (and why)."""

    __tablename__ = "agency_packet"

    id: Mapped[int] = mapped_column(primary_key=True)
    sentra_id: Mapped[int | None] = mapped_column(ForeignKey("agency_sentra.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    seq_from: Mapped[int] = mapped_column(BigInteger, default=0)
    seq_to: Mapped[int] = mapped_column(BigInteger, default=0)
    full: Mapped[bool] = mapped_column(default=False)
    rows: Mapped[int] = mapped_column(BigInteger, default=0)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(80), default="")
    # "merged", "replaced", "already" (the same packet again: nothing added)
    result: Mapped[str] = mapped_column(String(20))
