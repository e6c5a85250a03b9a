"""Declarative base, naming convention and the columns every business record carries."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

from sqlalchemy import BigInteger, Date, Enum, MetaData, String, Text, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from sentra_desktop.db.types import Thousandths, UTCDateTime, utcnow

# Named constraints let Alembic's batch mode alter SQLite tables predictably.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

rupiah = Annotated[int, mapped_column(BigInteger, default=0)]
thousandths = Annotated[Decimal, mapped_column(Thousandths)]
str_name = Annotated[str, mapped_column(String(120))]
str_short = Annotated[str, mapped_column(String(60), default="")]
str_code = Annotated[str, mapped_column(String(30))]
text_note = Annotated[str, mapped_column(Text, default="")]


class Base(DeclarativeBase):
    """Base of every table; enums are stored by their value, not their Python name."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {
        datetime: UTCDateTime,
        date: Date,
        uuid.UUID: Uuid,
    }

    @classmethod
    def enum_column(cls, enum_type: type, length: int = 20) -> Any:
        """An enum stored as its value in a plain string column with a CHECK."""
        return Enum(
            enum_type,
            values_callable=lambda e: [m.value for m in e],
            native_enum=False,
            length=length,
            validate_strings=True,
            create_constraint=True,
            name=enum_type.__name__.lower(),
        )


def change_seq_column() -> Any:
    """The change sequence of a travelled row (see :mod:`sentra_desktop.db.change_seq`).

    Rows written before change tracking keep 0: a sentra's first packet carries everything.
    """
    return mapped_column(BigInteger, default=0, server_default="0", index=True)


class RecordMixin:
    """Integer key, stable UUID, timestamps, who changed it last, and an optimistic version.

    The version counter makes SQLAlchemy refuse an UPDATE whose row changed underneath it, so an
    edit made on stale data fails loudly instead of overwriting someone else's save.
    ``change_seq`` says which packet to the agency carries the row's latest state.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(default=uuid.uuid4, unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    updated_by: Mapped[str] = mapped_column(String(80), default="")
    version: Mapped[int] = mapped_column(default=1)
    change_seq: Mapped[int] = change_seq_column()

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declared_attr takes the class
        return {"version_id_col": cls.version}


class LedgerMixin:
    """Key, UUID, and when and by whom for rows that are written once and never changed.

    ``version`` stays 1 (the rows are never edited); it is there so that every travelled table
    has the same bookkeeping for the agency's merge.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(default=uuid.uuid4, unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    change_seq: Mapped[int] = change_seq_column()


__all__ = [
    "Base",
    "LedgerMixin",
    "RecordMixin",
    "change_seq_column",
    "rupiah",
    "str_code",
    "str_name",
    "str_short",
    "text_note",
    "thousandths",
]
