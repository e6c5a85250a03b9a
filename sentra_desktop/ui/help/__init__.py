"""The short user guide behind F1: how to do the four daily jobs, in the language of the screen.

The guide is a Markdown file shipped beside this module (package data, and in the installed
build's data files): ``panduan_id.md`` in Indonesian, ``guide_en.md`` in English. One dialog at a
time, not modal, so the operator can follow the steps in the window beside it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from sentra_desktop.core import i18n

GUIDE_DIR = Path(__file__).resolve().parent
GUIDES = {"id": "panduan_id.md", "en": "guide_en.md"}


def guide_path(language: str | None = None) -> Path:
    """The guide's file for ``language`` (the current one by default); Indonesian when there is none."""
    name = GUIDES.get(language or i18n.language(), GUIDES[i18n.DEFAULT_LANGUAGE])
    return GUIDE_DIR / name


def guide_text(language: str | None = None) -> str:
    """The guide as Markdown; a plain sentence when its file is missing from a broken install."""
    try:
        return guide_path(language).read_text(encoding="utf-8")
    except OSError:
        return QCoreApplication.translate("HelpDialog", "The guide is missing from this installation.")


class HelpDialog(QDialog):
    """The guide in a scrolling browser with a Close button; shown with ``show()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help")
        self.setWindowTitle(self.tr("Guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_text")
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        # The screen fitter (ui/screen.py) caps this to a small screen; the browser scrolls.
        self.resize(720, 640)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        """What the guide shows, as plain text."""
        return self.browser.toPlainText()
