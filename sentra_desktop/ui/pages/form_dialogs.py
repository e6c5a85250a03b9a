"""Dialogs that ask before losing what was typed, and forms that save on a worker thread.

A form builds its fields, then ``submit`` collects them and hands the service call to ``run``:
the buttons wait while it runs, a validation problem comes back to its field, anything else to
the banner or an error box, and success emits ``saved`` and closes the form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from sentra_desktop.core.errors import FieldError, SentraError, ValidationError
from sentra_desktop.ui.errors import error_text, show_error
from sentra_desktop.ui.forms import FormFields, error_message, make_banner
from sentra_desktop.ui.operation import Operation
from sentra_desktop.ui.unprintable import note_unprintable
from sentra_desktop.ui.unsaved import ask_discard, form_state


def row_of(error: FieldError) -> int | None:
    """The line number (from 1) a line error belongs to, if any."""
    row = error.params.get("row")
    return int(row) if isinstance(row, int) else None


class GuardedDialog(QDialog):
    """A dialog that asks before Cancel, Esc or the close button throws typed changes away.

    ``state`` says what the operator typed; what it was when the dialog first showed counts as
    unchanged (the dialog is filled in by then).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clean_state: tuple[object, ...] | None = None

    def state(self) -> tuple[object, ...]:
        """What the operator can change, to compare with how the dialog opened (nothing here)."""
        return ()

    @property
    def busy(self) -> bool:
        """True while the dialog's work runs: it then stays open (never here)."""
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._clean_state is None:
            self._clean_state = self.state()

    def has_unsaved_changes(self) -> bool:
        """True when something differs from what the dialog showed when it opened."""
        return self._clean_state is not None and self.state() != self._clean_state

    def reject(self) -> None:
        """Cancel, Esc or the close button: never while busy, and ask before losing what was typed."""
        if self.busy:
            return
        if self.has_unsaved_changes() and not self.discard_changes():
            return
        super().reject()

    def discard_changes(self) -> bool:
        """Ask whether to lose the unsaved changes (overridable, so tests never block on a box)."""
        return ask_discard(self)


class WorkerDialog(GuardedDialog):
    """A form whose save runs on a worker; ``saved(result)`` fires once it is stored."""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = make_banner()
        self.fields = FormFields(banner=self.banner)
        self.operation: Operation | None = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.submit)

    # --- saving ----------------------------------------------------------------------------
    def submit(self) -> None:  # pragma: no cover - each form has its own
        raise NotImplementedError

    @property
    def busy(self) -> bool:
        return self.operation is not None and self.operation.running

    def run(self, work: Callable[[], Any], title: str) -> None:
        """Run ``work`` on a worker; its result is emitted by ``saved`` and the form closes."""
        if self.busy:
            return
        self.fields.clear_errors()
        self.buttons.setEnabled(False)
        self.operation = Operation(lambda _progress: work(), parent=self, title=title)
        self.operation.finished.connect(self._done)
        self.operation.errored.connect(self._failed)
        self.operation.start()

    def _done(self, result: object) -> None:
        self.buttons.setEnabled(True)
        self._clean_state = None
        note_unprintable(self.parentWidget(), self.fields.widgets.values())
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: object) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_errors(exc)
        elif isinstance(exc, SentraError) and self.handle_error(exc):
            return
        elif isinstance(exc, SentraError):
            self.banner.setText(error_text(exc))
            self.banner.show()
        elif isinstance(exc, BaseException):
            show_error(self, exc)

    def handle_error(self, exc: SentraError) -> bool:
        """A form's chance to answer a particular refusal itself (True: handled)."""
        return False

    def show_errors(self, exc: ValidationError) -> None:
        """Field problems at their fields; line problems ("lines.2.quantity") in the banner by line."""
        known = [e for e in exc.errors if (e.field or "") in self.fields.widgets]
        loose = [e for e in exc.errors if (e.field or "") not in self.fields.widgets]
        self.fields.show_errors(ValidationError(known))
        if loose:
            texts = []
            for error in loose:
                row = row_of(error)
                text = error_message(error)
                texts.append(
                    self.tr("Line %1: %2").replace("%1", str(row)).replace("%2", text) if row else text
                )
            self.banner.setText("\n".join(texts))
            self.banner.show()

    # --- unsaved changes -------------------------------------------------------------------
    def state(self) -> tuple[object, ...]:
        return form_state(self.fields.widgets.values())
