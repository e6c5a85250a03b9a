"""The audit log: who changed which record, when, and what the values were."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sentra_desktop.core.enums import AuditAction
from sentra_desktop.db.base import Base, change_seq_column
from sentra_desktop.db.types import utcnow


class AuditEntry(Base):
    """One insert, update or delete of one record; ``changes`` is JSON of the new values."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(80), default="")
    action: Mapped[AuditAction] = mapped_column(Base.enum_column(AuditAction, 10))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int | None]
    record_uuid: Mapped[uuid.UUID | None]
    changes: Mapped[str] = mapped_column(Text, default="{}")
    # Travels to the agency (append-only: a row never changes or goes, so it needs no uuid,
    # version or tombstone; it is keyed by its id within the sentra's replica).
    change_seq: Mapped[int] = change_seq_column()

    __table_args__ = (
        Index("ix_audit_log_record", "table_name", "record_id"),
        # The audit view filters by date, record kind and operator over millions of rows, newest
        # first: each filter has an index that also gives the order by id.
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_table_id", "table_name", "id"),
        Index("ix_audit_log_actor_id", "actor", "id"),
    )
