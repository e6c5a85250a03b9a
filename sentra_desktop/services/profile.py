"""The sentra's own profile: the name, address and logo printed on every sheet."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from sentra_desktop.core.errors import ConflictError, FieldError, ValidationError
from sentra_desktop.core.sheets import SentraInfo
from sentra_desktop.core.text import NOTE_MAX, check_email, check_phone, check_place, check_text, clean
from sentra_desktop.db import tables
from sentra_desktop.db.models import SentraProfile
from sentra_desktop.services.base import Service
from sentra_desktop.services.photos import prepare_logo


@dataclass(frozen=True)
class Profile(SentraInfo):
    """The profile as stored, with the version it was read at (0 when none is stored yet)."""

    name: str = ""
    notes: str = ""
    version: int = 0


@dataclass(frozen=True)
class ProfileInput(SentraInfo):
    """What the profile form sends; ``logo`` is new picture data, None keeps the old one."""

    notes: str = ""
    remove_logo: bool = False


class ProfileService(Service):
    """Reading and saving the single sentra profile row."""

    def exists(self) -> bool:
        """True once the sentra has a name (the welcome is shown until then)."""
        with self.db.reading() as session:
            return session.scalar(select(tables.sentra_profile.c.id).limit(1)) is not None

    def get(self) -> Profile:
        with self.db.reading() as session:
            row = session.scalars(select(SentraProfile).order_by(SentraProfile.id).limit(1)).first()
            if row is None:
                return Profile()
            return Profile(
                name=row.name,
                address=row.address,
                city=row.city,
                province=row.province,
                phone=row.phone,
                email=row.email,
                notes=row.notes,
                logo=row.logo,
                version=row.version,
            )

    def save(self, data: ProfileInput, version: int | None = None) -> None:
        """Create or update the profile; a profile changed since ``version`` was read is refused."""
        errors: list[FieldError] = []
        name = check_text(errors, "name", clean(data.name), required=True)
        place = check_place(errors, data.address, data.city, data.province)
        phone = check_phone(errors, "phone", data.phone)
        email = check_email(errors, "email", data.email)
        notes = check_text(errors, "notes", (data.notes or "").strip(), max_len=NOTE_MAX)
        logo: bytes | None = None
        if data.logo is not None and not data.remove_logo:
            try:
                logo = prepare_logo(data.logo)
            except ValidationError as exc:
                errors.extend(FieldError("logo", e.code, e.params) for e in exc.errors)
        if errors:
            raise ValidationError(errors)
        with self.db.transaction() as session:
            row = session.scalars(select(SentraProfile).order_by(SentraProfile.id).limit(1)).first()
            if row is None:
                row = SentraProfile(name=name)
                session.add(row)
            elif version is not None and row.version != version:
                raise ConflictError()
            row.name = name
            row.address, row.city, row.province = place["address"], place["city"], place["province"]
            row.phone, row.email, row.notes = phone, email, notes
            if logo is not None:
                row.logo = logo
            elif data.remove_logo:
                row.logo = None
