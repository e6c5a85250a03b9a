"""Choosing the language of the screens and sheets on this PC.

The choice is stored in this PC's settings at once (the file is written on a worker thread).
Translators are installed when the program starts, so the new language shows after a restart; the
tab says so plainly.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from sentra_desktop.ui.settings import LANGUAGE, AppSettings

# Each language is named in itself, so an operator can find theirs whatever is showing now.
LANGUAGE_NAMES: tuple[tuple[str, str], ...] = (("id", "Bahasa Indonesia"), ("en", "English"))

NOTE_STYLE = "color: #1b5e20; font-weight: 600;"


class LanguageTab(QWidget):
    """A drop-down of languages; ``saved`` is emitted when the choice is stored."""

    saved = Signal()

    def __init__(self, app_settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = app_settings
        # The page is built at start-up, so the stored language is the one on screen now.
        self._running = app_settings.language
        self.combo = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.combo.addItem(name, code)
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.combo)
        hint = QLabel(
            self.tr(
                "The language of the screens and printed sheets on this PC. "
                "A new choice is saved at once and takes effect after you restart Sentra Desktop."
            )
        )
        hint.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("language_status")
        self.status_label.setStyleSheet(NOTE_STYLE)
        self.status_label.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(label, self.combo)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.load()
        self.combo.currentIndexChanged.connect(self._chosen)

    def load(self) -> None:
        """Show the language stored for this PC."""
        self.combo.blockSignals(True)
        index = self.combo.findData(self._settings.language)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def language(self) -> str:
        return str(self.combo.currentData())

    def _chosen(self, _index: int) -> None:
        code = self.language()
        if code == self._settings.language:
            return
        self._settings.remember(LANGUAGE, code)  # the file is written on a worker thread
        if code == self._running:
            self.status_label.setText(self.tr("Saved. This is the language in use now."))
        else:
            self.status_label.setText(
                self.tr("Saved. Restart Sentra Desktop to see it in %1.").replace(
                    "%1", self.combo.currentText()
                )
            )
        self.saved.emit()
