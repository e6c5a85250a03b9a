"""The dependence warning's threshold on the Kinerja page: a sentra setting, the same on every PC.

Typed as text, so that 0 or 150 can be typed and refused with a message beside the field (a spin
box would silently clamp it). Changing it is the head's (``sentra_setting.set``); the figures
reload with the new threshold.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.services.sentra_settings import DEPENDENCE_WARNING_PERCENT, SentraSettingService
from sentra_desktop.ui.errors import error_text


class ThresholdSetting(QWidget):
    """``Warn when one event or buyer holds more than [40] % [Save]``; ``saved`` once stored."""

    saved = Signal()

    def __init__(self, settings: SentraSettingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.percent = QLineEdit()
        self.percent.setObjectName("dependence_percent")
        self.percent.setMaximumWidth(self.percent.fontMetrics().horizontalAdvance("0000") + 16)
        label = QLabel(self.tr("&Warn when one event or one buyer holds more than"))
        label.setBuddy(self.percent)
        self.save_button = QPushButton(self.tr("Save the t&hreshold"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.percent.returnPressed.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("dependence_percent_error")
        self.status.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.percent)
        layout.addWidget(QLabel("%"))
        layout.addWidget(self.save_button)
        layout.addWidget(self.status, 1)

    def show_value(self, percent: int) -> None:
        """The threshold the figures were computed with (the page's data carries it)."""
        if not self.percent.hasFocus():
            self.percent.setText(str(percent))

    def save(self) -> None:
        """Store the threshold; a bad value or a refusal (not the head) is said beside the field."""
        text = self.percent.text().strip().rstrip("%").strip()
        try:
            if not text.isdigit():
                raise ValidationError.single(DEPENDENCE_WARNING_PERCENT.key, "not_whole_number")
            self.settings.set(DEPENDENCE_WARNING_PERCENT, int(text))
        except SentraError as exc:
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(error_text(exc).split(": ")[-1])
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved."))
        self.saved.emit()


__all__ = ["ThresholdSetting"]
