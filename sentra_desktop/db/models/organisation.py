"""The sentra itself, its member businesses, their makers, and the operators at the PC."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, LargeBinary, String, Text, UniqueConstraint, func, select
from sqlalchemy.orm import Mapped, column_property, mapped_column, relationship

from sentra_desktop.core.short_code import short_code
from sentra_desktop.db.base import Base, RecordMixin, str_name, str_short, text_note


class SentraProfile(RecordMixin, Base):
    """Name, address and logo printed on every sheet; one row per database."""

    __tablename__ = "sentra_profile"

    name: Mapped[str_name]
    address: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str_short]
    province: Mapped[str_short]
    phone: Mapped[str_short]
    email: Mapped[str] = mapped_column(String(120), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    notes: Mapped[text_note]


class SentraSetting(RecordMixin, Base):
    """One setting the whole sentra shares, read by every PC and the command line.

    ``value`` is the JSON form of the typed value its declaration in
    :mod:`sentra_desktop.services.sentra_settings` gives; a key without a row has its default.
    """

    __tablename__ = "sentra_setting"

    key: Mapped[str] = mapped_column(String(60), unique=True)
    value: Mapped[str] = mapped_column(Text)


def _code_from_name(context: Any) -> str:
    return short_code(str(context.get_current_parameters().get("name") or ""))


class MemberBusiness(RecordMixin, Base):
    """One small industry (IKM) inside the sentra."""

    __tablename__ = "member_business"

    name: Mapped[str_name] = mapped_column(unique=True)
    # What the command line names it by; the service makes it unique, this default is for rows
    # written without one (the demo's bulk writers).
    code: Mapped[str] = mapped_column(String(30), unique=True, default=_code_from_name)
    owner: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str_short]
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[text_note]

    makers: Mapped[list[Maker]] = relationship(back_populates="member_business")


class Maker(RecordMixin, Base):
    """A person who produces; belongs to a member business or to the sentra as a whole."""

    __tablename__ = "maker"

    name: Mapped[str_name] = mapped_column(unique=True)
    member_business_id: Mapped[int | None] = mapped_column(ForeignKey("member_business.id"), index=True)
    phone: Mapped[str_short]
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[text_note]

    member_business: Mapped[MemberBusiness | None] = relationship(back_populates="makers")


class MakerMembership(RecordMixin, Base):
    """A maker's member business from a day on: the history output is booked by.

    A move to another member adds a row; rows are never rewritten by a move, so an entry's member
    can always be told again for its day. The first row also covers every day before it, and
    ``maker.member_business_id`` is the member of the latest row (the one in force today).
    """

    __tablename__ = "maker_membership"

    maker_id: Mapped[int] = mapped_column(ForeignKey("maker.id"))
    member_business_id: Mapped[int | None] = mapped_column(ForeignKey("member_business.id"))
    from_date: Mapped[date]

    __table_args__ = (UniqueConstraint("maker_id", "from_date", name="uq_maker_membership_maker_day"),)


# The day the maker's current membership began (read-only, loaded when asked for): the maker form's
# "member since", which a move changes through the history, never by setting it here.
Maker.member_since = column_property(
    select(func.max(MakerMembership.from_date)).where(MakerMembership.maker_id == Maker.id).scalar_subquery(),
    deferred=True,
)


class User(RecordMixin, Base):
    """A person who logs in: their name is recorded on every write, their role says what they may do.

    ``pin_hash`` is an argon2id hash (None until the user sets a PIN at their first login);
    ``failed_pins`` counts wrong PINs in a row and ``locked_until`` holds the lockout they earn,
    both in the database so that restarting the program does not reset them.
    """

    __tablename__ = "app_user"

    name: Mapped[str] = mapped_column(String(80), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    role: Mapped[str] = mapped_column(String(20), default="operator")
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    failed_pins: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[datetime | None]
