"""Settings the whole sentra shares, kept in the database: every PC and the command line read them.

Each setting is declared once below with its key, type, default and check; :class:`SentraSettingService`
reads and writes them by that declaration, so a value is always of its declared type and within
its bounds. A key without a stored row has its default. Changes are ORM writes, so the audit log
records who changed which setting from what to what. Settings of one PC (window size, the last
page, this PC's language) stay in that PC's settings file (``ui/settings.py``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from sentra_desktop.core.errors import ConflictError, ValidationError
from sentra_desktop.db.models import SentraSetting
from sentra_desktop.services.base import Service

log = logging.getLogger("sentra.services")

T = TypeVar("T")
E = TypeVar("E", bound=Enum)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One shared setting: its key, default, how it is stored as JSON, and what it accepts.

    ``check`` returns None for an acceptable value, else an error code and its parameters.
    """

    key: str
    default: T
    load: Callable[[Any], T]
    dump: Callable[[T], Any]
    check: Callable[[Any], tuple[str, dict[str, Any]] | None]

    def validated(self, value: Any) -> T:
        """``value`` as this setting's type; raises ValidationError naming the key."""
        problem = self.check(value)
        if problem is not None:
            code, params = problem
            raise ValidationError.single(self.key, code, **params)
        return self.load(self.dump(value))


_DECLARED: dict[str, Setting[Any]] = {}


def _declare(setting: Setting[T]) -> Setting[T]:
    if setting.key in _DECLARED:
        raise ValueError(f"setting {setting.key} declared twice")
    _DECLARED[setting.key] = setting
    return setting


def declared() -> list[Setting[Any]]:
    """Every shared setting, in the order of declaration."""
    return list(_DECLARED.values())


def whole_number(key: str, default: int, *, maximum: int, positive: bool = False) -> Setting[int]:
    """A whole number from 0 (1 when ``positive``) to ``maximum``."""

    def check(value: Any) -> tuple[str, dict[str, Any]] | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return "not_whole_number", {}
        if value < 0:
            return "negative", {}
        if positive and value < 1:
            return "not_positive", {}
        if value > maximum:
            return "too_large", {"max": maximum}
        return None

    return _declare(Setting(key, default, int, int, check))


def one_of(key: str, default: E) -> Setting[E]:
    """One member of ``default``'s enumeration, stored by its value."""
    kind = type(default)

    def check(value: Any) -> tuple[str, dict[str, Any]] | None:
        return None if isinstance(value, kind) else ("invalid_choice", {})

    return _declare(Setting(key, default, kind, lambda member: member.value, check))


class SheetLanguage(StrEnum):
    """The language of the printed sheets, the same on every PC."""

    INDONESIAN = "id"
    ENGLISH = "en"


class PayPeriodKind(StrEnum):
    """How often makers are paid for their pieces."""

    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"


SHEET_LANGUAGE = one_of("sheets.language", SheetLanguage.INDONESIAN)
# Minutes without input before the window locks; 0 never locks.
IDLE_LOCK_MINUTES = whole_number("idle_lock.minutes", 15, maximum=240)
PAY_PERIOD_KIND = one_of("pay_period.kind", PayPeriodKind.WEEKLY)
# The weekday a weekly or fortnightly pay period starts on, Monday = 0 as in date.weekday().
PAY_PERIOD_START_WEEKDAY = whole_number("pay_period.start_weekday", 0, maximum=6)
# An order is "due soon" this many days before its due date.
ORDER_DUE_SOON_DAYS = whole_number("orders.due_soon_days", 3, maximum=60)
# A maker's rejects above this share of the pieces made are pointed out.
REJECT_WARNING_PERCENT = whole_number("production.reject_warning_percent", 10, maximum=100)
# One event or one buyer holding more than this share of sales is warned about (Kinerja).
DEPENDENCE_WARNING_PERCENT = whole_number("performance.dependence_percent", 40, maximum=100, positive=True)


@dataclass(frozen=True)
class SettingValue:
    """A setting as the settings page shows it; ``version`` is 0 while the default applies."""

    key: str
    value: Any
    default: Any
    version: int

    @property
    def is_default(self) -> bool:
        return self.version == 0


def _stored(setting: Setting[T], text: str) -> T:
    """The stored value, or the default when it cannot be read (written by a newer program)."""
    try:
        return setting.validated(setting.load(json.loads(text)))
    except (ValueError, TypeError, ValidationError):
        log.warning("stored setting %s is unreadable (%r); its default applies", setting.key, text[:80])
        return setting.default


class SentraSettingService(Service):
    """Reading and changing the shared settings; every change is one audited transaction."""

    def get(self, setting: Setting[T]) -> T:
        """The value of ``setting``: the stored one, else its default."""
        with self.db.reading() as session:
            text = session.scalar(select(SentraSetting.value).where(SentraSetting.key == setting.key))
        return setting.default if text is None else _stored(setting, text)

    def values(self) -> list[SettingValue]:
        """Every declared setting with its current value."""
        with self.db.reading() as session:
            rows = {row.key: (row.value, row.version) for row in session.execute(
                select(SentraSetting.key, SentraSetting.value, SentraSetting.version)
            )}  # fmt: skip
        result: list[SettingValue] = []
        for setting in declared():
            text, version = rows.get(setting.key, (None, 0))
            value = setting.default if text is None else _stored(setting, text)
            result.append(SettingValue(setting.key, value, setting.default, version))
        return result

    def set(self, setting: Setting[T], value: T, version: int | None = None) -> None:
        """Store ``value``; with ``version`` (as read, 0 for the default) a newer change is refused.

        Raises:
            ValidationError: the value is not of the setting's type or out of its bounds.
            ConflictError: someone changed the setting since ``version`` was read.
        """
        checked = setting.validated(value)
        text = json.dumps(setting.dump(checked), ensure_ascii=False)
        try:
            with self.db.transaction() as session:
                row = session.scalars(select(SentraSetting).where(SentraSetting.key == setting.key)).first()
                if version is not None and version != (row.version if row is not None else 0):
                    raise ConflictError()
                if row is None:
                    session.add(SentraSetting(key=setting.key, value=text))
                elif row.value != text:
                    row.value = text
        except IntegrityError as exc:  # another PC stored the same key's first value meanwhile
            raise ConflictError() from exc
