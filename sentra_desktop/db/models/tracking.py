"""What the packets to the agency need: the change counter, tombstones, the sentra's identity.

None of these tables travel themselves (see :mod:`sentra_desktop.db.travel`): the counter and
the tombstones are how changes are found, the identity holds the signing key.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from sentra_desktop.db.base import Base
from sentra_desktop.db.types import utcnow


class ChangeCounter(Base):
    """The one counter of this database: the last change sequence handed out (one row, id 1)."""

    __tablename__ = "change_counter"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    value: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)


class ChangeTombstone(Base):
    """A travelled row that was deleted: the agency deletes its copy by ``uuid``."""

    __tablename__ = "change_tombstone"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID]
    table_name: Mapped[str] = mapped_column(String(60))
    change_seq: Mapped[int] = mapped_column(BigInteger, index=True)


class SentraIdentity(Base):
    """Who this sentra is to the agency (one row, id 1), its signing key and what was sent.

    The UUID is random, made with the database (never from a demo seed, so two sentra differ).
    The Ed25519 key pair is made at the first export and kept here, not on a PC, so server mode,
    several PCs and restored backups keep one identity; only the head's role reads it.
    ``last_exported_seq`` is where the next packet starts.
    """

    __tablename__ = "sentra_identity"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    uuid: Mapped[uuid.UUID] = mapped_column(unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    key_created_at: Mapped[datetime | None]
    last_exported_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_exported_at: Mapped[datetime | None]

    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)
