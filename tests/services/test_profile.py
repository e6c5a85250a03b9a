"""The sentra profile: saved once, read for every sheet, checked like every other form."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import select

from sentra_desktop.core.errors import ConflictError, ValidationError
from sentra_desktop.db.models import AuditEntry
from sentra_desktop.services.database import Database
from sentra_desktop.services.profile import ProfileInput, ProfileService


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "darkgreen").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def profile(db: Database) -> ProfileService:
    return ProfileService(db)


def test_empty_until_saved_then_read_back(profile: ProfileService) -> None:
    assert not profile.exists()
    assert profile.get().name == "" and profile.get().version == 0
    profile.save(
        ProfileInput(
            name="  Sentra  Souvenir Karet ",
            address="Jl. Talang Kedondong 12",
            city="Palembang",
            province="Sumatera Selatan",
            phone="+62 711 123456",
            email="sentra@example.id",
            notes="Binaan BRIDA Sumsel",
        )
    )
    assert profile.exists()
    stored = profile.get()
    assert stored.name == "Sentra Souvenir Karet"
    assert (stored.city, stored.province, stored.phone) == ("Palembang", "Sumatera Selatan", "+62 711 123456")
    assert stored.email == "sentra@example.id"
    assert stored.logo is None
    assert stored.version == 1


def test_every_problem_reported_and_nothing_saved(profile: ProfileService) -> None:
    with pytest.raises(ValidationError) as caught:
        profile.save(
            ProfileInput(name="", city="c" * 61, phone="nomor", email="bukan-email", logo=b"not a picture")
        )
    assert {e.field: e.code for e in caught.value.errors} == {
        "name": "required",
        "city": "too_long",
        "phone": "invalid_phone",
        "email": "invalid_email",
        "logo": "not_an_image",
    }
    assert not profile.exists()


def test_logo_is_resized_kept_and_removed(profile: ProfileService) -> None:
    profile.save(ProfileInput(name="Sentra", logo=png(1200, 600)))
    logo = profile.get().logo
    assert logo is not None
    with Image.open(io.BytesIO(logo)) as img:
        assert img.format == "PNG" and max(img.size) == 400

    profile.save(ProfileInput(name="Sentra Sabutret"), version=1)
    assert profile.get().logo == logo
    profile.save(ProfileInput(name="Sentra Sabutret", remove_logo=True), version=2)
    assert profile.get().logo is None


def test_a_stale_version_is_refused(profile: ProfileService) -> None:
    profile.save(ProfileInput(name="Sentra"))
    profile.save(ProfileInput(name="Sentra Baru"), version=1)
    with pytest.raises(ConflictError) as caught:
        profile.save(ProfileInput(name="Sentra Lama"), version=1)
    assert caught.value.code == "stale"
    assert profile.get().name == "Sentra Baru"


def test_profile_writes_are_audited(db: Database, profile: ProfileService) -> None:
    profile.save(ProfileInput(name="Sentra"))
    profile.save(ProfileInput(name="Sentra", city="Palembang"), version=1)
    with db.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "sentra_profile").order_by(AuditEntry.id)
        ).all()
        assert [e.action.value for e in entries] == ["insert", "update"]
        assert {e.actor for e in entries} == {"Penguji"}
        assert "Palembang" in entries[1].changes
