"""A saved name with a character no sheet font has: say so, once, without stopping the save.

The sheets print emoji in a monochrome symbols font (see ``reports.fonts``); an emoji newer than
that font (🥹) prints as an empty box. The operator learns it when saving the name, not from a
printed sheet.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget


def typed_text(widgets: Iterable[QWidget]) -> str:
    """Everything typed into the text fields among ``widgets``."""
    parts: list[str] = []
    for widget in widgets:
        if isinstance(widget, QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            parts.append(widget.toPlainText())
    return "\n".join(parts)


def note_unprintable(parent: QWidget | None, widgets: Iterable[QWidget]) -> QMessageBox | None:
    """Show (without waiting) which saved characters print as a box; None when all print."""
    text = typed_text(widgets)
    if text.isascii():
        return None
    from sentra_desktop.reports.fonts import unprintable

    missing = unprintable(text)
    if not missing:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Unprintable", "Saved"),
        QCoreApplication.translate(
            "Unprintable",
            "Saved. These characters are not in the printed sheets' fonts and print as an empty box: "
            "%1\nThe program shows them as typed; on paper, write them by hand or leave them out.",
        ).replace("%1", " ".join(missing)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("unprintable_note")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
