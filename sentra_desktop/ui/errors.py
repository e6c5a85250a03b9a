"""The one path by which errors reach the operator."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.messages import CONTEXT, describe
from sentra_desktop.ui.i18n import translate

log = logging.getLogger("sentra.ui")


def error_text(exc: BaseException) -> str:
    """Plain translated text for an error; bugs get a generic message and are logged."""
    if isinstance(exc, SentraError):
        return describe(exc, lambda text: translate(CONTEXT, text))
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return translate(CONTEXT, "Something went wrong.") + f"\n\n{type(exc).__name__}: {exc}"


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Show ``exc`` in a message box over ``parent``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or translate("Errors", "Sentra Desktop"))
    box.setText(error_text(exc))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
