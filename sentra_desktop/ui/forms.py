"""Forms whose fields show their own error message right under the input.

``FormFields`` wraps a ``QFormLayout``: each field is added under a name matching the service's
field names, so a :class:`~sentra_desktop.core.errors.ValidationError` is shown next to the
right input, the first bad field gets the focus, and what was typed stays as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QVBoxLayout, QWidget

from sentra_desktop.core.errors import FieldError, ValidationError
from sentra_desktop.core.messages import CONTEXT, render
from sentra_desktop.ui.i18n import translate

ERROR_STYLE = "color: #b00020; font-weight: 600;"


def error_message(error: FieldError) -> str:
    """The translated text of one field error."""
    return render(error.code, dict(error.params), lambda text: translate(CONTEXT, text))


class FormFields:
    """Named inputs in a form layout, each with an error label beneath it."""

    def __init__(self, layout: QFormLayout | None = None, banner: QLabel | None = None) -> None:
        self.layout = layout
        self.banner = banner
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        if layout is not None:
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
        """Add ``widget`` as field ``name`` with a visible ``label`` (use & for a shortcut)."""
        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = self.register(name, widget)
        box.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        if self.layout is None:
            raise ValueError("FormFields.add needs a QFormLayout; use register() for other layouts")
        self.layout.addRow(caption, container)
        return widget

    def register(self, name: str, widget: QWidget) -> QLabel:
        """Track ``widget`` as field ``name``; returns its (hidden) error label to place."""
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        error.hide()
        self.widgets[name] = widget
        self.errors[name] = error
        return error

    def side_by_side(self, entries: Sequence[tuple[str, str, QWidget, int]]) -> QGridLayout:
        """A one-line entry row: each (name, label, widget, stretch) is a column of caption, input, error.

        The row's own buttons go in grid row 1, after the last entry's column.
        """
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        for column, (name, label, widget, stretch) in enumerate(entries):
            caption = QLabel(label)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
            grid.addWidget(self.register(name, widget), 2, column, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(column, stretch)
        return grid

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        if self.banner is not None:
            self.banner.clear()
            self.banner.hide()

    def show_errors(self, exc: ValidationError) -> None:
        """Show every problem at its field; problems of no known field go to the banner."""
        self.clear_errors()
        first: QWidget | None = None
        loose: list[str] = []
        for error in exc.errors:
            label = self.errors.get(error.field or "")
            text = error_message(error)
            if label is None:
                loose.append(text)
                continue
            label.setText("\n".join(filter(None, [label.text(), text])))
            label.show()
            if first is None:
                first = self.widgets[error.field or ""]
        if loose and self.banner is not None:
            self.banner.setText("\n".join(loose))
            self.banner.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, name: str) -> str:
        """The message shown at field ``name`` ("" when none)."""
        label = self.errors[name]
        parent = label.parentWidget()
        return label.text() if parent is not None and label.isVisibleTo(parent) else ""


def make_banner() -> QLabel:
    """A form-level error line, hidden until needed."""
    banner = QLabel()
    banner.setObjectName("form_banner")
    banner.setStyleSheet(ERROR_STYLE)
    banner.setWordWrap(True)
    banner.hide()
    return banner
