"""Shared settings: typed by their declaration, stored in the database, seen by every PC, audited."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from sentra_desktop.core.enums import AuditAction
from sentra_desktop.core.errors import ConflictError, ValidationError
from sentra_desktop.db.models import AuditEntry
from sentra_desktop.services.database import Database
from sentra_desktop.services.sentra_settings import (
    IDLE_LOCK_MINUTES,
    PAY_PERIOD_KIND,
    PAY_PERIOD_START_WEEKDAY,
    SHEET_LANGUAGE,
    PayPeriodKind,
    SentraSettingService,
    SheetLanguage,
    declared,
)
from tests.services.test_stock import fingerprint


@pytest.fixture
def settings(db: Database) -> SentraSettingService:
    return SentraSettingService(db)


def test_every_setting_has_its_default_until_it_is_changed(settings: SentraSettingService) -> None:
    assert settings.get(SHEET_LANGUAGE) is SheetLanguage.INDONESIAN
    assert settings.get(IDLE_LOCK_MINUTES) == 15
    listed = settings.values()
    assert [v.key for v in listed] == [s.key for s in declared()]
    assert all(v.is_default and v.value == v.default for v in listed)


def test_a_change_is_typed_and_seen_by_another_pc(
    db: Database, db_url: str, settings: SentraSettingService
) -> None:
    settings.set(PAY_PERIOD_KIND, PayPeriodKind.MONTHLY)
    settings.set(PAY_PERIOD_START_WEEKDAY, 4)
    other_pc = Database.open(db_url, migrate=False, actor="Budi")
    try:
        seen = SentraSettingService(other_pc)
        assert seen.get(PAY_PERIOD_KIND) is PayPeriodKind.MONTHLY
        assert seen.get(PAY_PERIOD_START_WEEKDAY) == 4
        assert seen.get(IDLE_LOCK_MINUTES) == 15
    finally:
        other_pc.dispose()
    by_key = {v.key: v for v in settings.values()}
    assert by_key["pay_period.kind"].version == 1 and not by_key["pay_period.kind"].is_default


def test_a_wrong_value_is_refused_and_nothing_is_stored(db: Database, settings: SentraSettingService) -> None:
    before = fingerprint(db)
    for setting, value, code in [
        (IDLE_LOCK_MINUTES, 241, "too_large"),
        (IDLE_LOCK_MINUTES, -1, "negative"),
        (IDLE_LOCK_MINUTES, "15", "not_whole_number"),
        (IDLE_LOCK_MINUTES, True, "not_whole_number"),
        (SHEET_LANGUAGE, "id", "invalid_choice"),
        (PAY_PERIOD_KIND, SheetLanguage.ENGLISH, "invalid_choice"),
    ]:
        with pytest.raises(ValidationError) as caught:
            settings.set(setting, value)
        assert [(e.field, e.code) for e in caught.value.errors] == [(setting.key, code)]
    assert fingerprint(db) == before


def test_changes_are_audited_with_who_and_what(db: Database, settings: SentraSettingService) -> None:
    settings.set(SHEET_LANGUAGE, SheetLanguage.ENGLISH)
    db.actor = "Sari"
    settings.set(SHEET_LANGUAGE, SheetLanguage.INDONESIAN, version=1)
    settings.set(SHEET_LANGUAGE, SheetLanguage.INDONESIAN)  # no change, no audit row
    with db.reading() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "sentra_setting").order_by(AuditEntry.id)
        ).all()
        assert [(r.actor, r.action) for r in rows] == [
            ("Penguji", AuditAction.INSERT),
            ("Sari", AuditAction.UPDATE),
        ]
        assert json.loads(rows[0].changes)["key"] == "sheets.language"
        assert json.loads(rows[1].changes) == {"value": ['"en"', '"id"']}


def test_a_change_made_on_a_stale_read_is_refused(settings: SentraSettingService) -> None:
    with pytest.raises(ConflictError):
        settings.set(IDLE_LOCK_MINUTES, 5, version=1)  # nothing stored yet: the read was version 0
    settings.set(IDLE_LOCK_MINUTES, 5, version=0)
    settings.set(IDLE_LOCK_MINUTES, 20, version=1)
    with pytest.raises(ConflictError):
        settings.set(IDLE_LOCK_MINUTES, 30, version=1)
    assert settings.get(IDLE_LOCK_MINUTES) == 20


def test_an_unreadable_stored_value_falls_back_to_the_default(
    db: Database, settings: SentraSettingService
) -> None:
    settings.set(IDLE_LOCK_MINUTES, 5)
    with db.transaction() as session:
        session.execute(text("UPDATE sentra_setting SET value = '\"soon\"' WHERE key = 'idle_lock.minutes'"))
    assert settings.get(IDLE_LOCK_MINUTES) == 15
