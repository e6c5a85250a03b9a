"""Pieces every page shares: a title line, captions, confirmation questions and opening dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

DialogT = TypeVar("DialogT", bound=QDialog)


def page_title(text: str) -> QLabel:
    """A large bold heading at the top of a page."""
    label = QLabel(text)
    label.setObjectName("page_title")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def buddy_label(text: str, widget: QWidget) -> QLabel:
    """A caption whose & shortcut puts the focus in ``widget``."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A Yes/No question; No is the default so Enter never destroys anything."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def open_dialog(dialog: DialogT, closed: Callable[[], object] | None = None) -> DialogT:
    """Open ``dialog`` without blocking the page, freed once it closes; ``closed`` runs then."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if closed is not None:
        dialog.finished.connect(closed)
    dialog.open()
    return dialog
