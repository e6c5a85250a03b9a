"""The idle lock's time on Pengaturan → Pengguna: a sentra setting, the same on every PC.

After this many minutes without a key press or mouse use the screen locks until the same user's
PIN is typed (0: never). Changing it is the head's (``sentra_setting.set``); the new time applies
from the next login or unlock.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from sentra_desktop.core.errors import SentraError
from sentra_desktop.services.sentra_settings import IDLE_LOCK_MINUTES, SentraSettingService
from sentra_desktop.ui.errors import error_text


class IdleLockSetting(QWidget):
    """``Lock the screen after [15] minutes without use (0: never) [Save]``; ``saved`` once stored."""

    saved = Signal()

    def __init__(self, settings: SentraSettingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idle_lock")
        self.settings = settings
        self.minutes = QSpinBox()
        self.minutes.setObjectName("idle_lock_minutes")
        self.minutes.setRange(0, 240)
        self.minutes.setSuffix(self.tr(" min"))
        label = QLabel(self.tr("&Lock the screen after"))
        label.setBuddy(self.minutes)
        self.save_button = QPushButton(self.tr("Save the lock &time"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.minutes)
        layout.addWidget(QLabel(self.tr("without use (0: never)")))
        layout.addWidget(self.save_button)
        layout.addWidget(self.status, 1)
        self.load()

    def load(self) -> None:
        try:
            self.minutes.setValue(int(self.settings.get(IDLE_LOCK_MINUTES)))
        except SentraError:
            self.minutes.setValue(IDLE_LOCK_MINUTES.default)

    def save(self) -> None:
        """Store the time; a refusal (not the head) or a bad value is said beside the button."""
        try:
            self.settings.set(IDLE_LOCK_MINUTES, self.minutes.value())
        except SentraError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Saved: it applies from the next login."))
        self.saved.emit()
