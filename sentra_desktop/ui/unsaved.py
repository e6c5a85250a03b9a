"""Typed input is never thrown away silently: a form asks before it closes with unsaved changes.

A form takes a snapshot of its inputs when it is first shown; closing it (Cancel, Esc, the
window's close button) compares the inputs with that snapshot and, when they differ, asks whether
to discard the changes. The snapshot reads what the widgets show, so it works for any form
without each one tracking its own edits.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractButton, QComboBox, QAbstractSpinBox)


def widget_state(widget: QWidget) -> object:
    """What an input shows now; for a container, what each input inside it shows."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return tuple(widget_state(child) for child in widget.findChildren(QWidget) if isinstance(child, _INPUTS))


def form_state(widgets: Iterable[QWidget]) -> tuple[object, ...]:
    """The state of every input of a form, comparable with ``==``."""
    return tuple(widget_state(widget) for widget in widgets)


def ask_discard(parent: QWidget) -> bool:
    """Ask whether to close a form and lose its changes; "Keep editing" is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("UnsavedChanges", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate(
            "UnsavedChanges", "This form has changes that are not saved yet. Close it and throw them away?"
        )
    )
    discard = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "&Discard changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "&Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard
