"""The forms of the records a sentra sets up once, built from each kind's field declarations.

:class:`RecordDialog` is what every form shares: named fields with their error lines, Save as
default, Esc cancels, a refusal keeps what was typed. :class:`RecordForm` fills one with the
inputs a record kind's fields call for (a line, a few lines of notes, a yes/no box, a drop-down,
a date); the few kinds with something of their own (an operator renamed while at the keyboard,
a material's unit) subclass it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core import names
from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.core.formatting import format_decimal
from sentra_desktop.services.operators import OperatorService
from sentra_desktop.services.record_kind import WORDS, Field, FieldKind
from sentra_desktop.services.records import RecordService
from sentra_desktop.ui.errors import error_text as describe_error
from sentra_desktop.ui.forms import FormFields, make_banner
from sentra_desktop.ui.i18n import translate
from sentra_desktop.ui.settings import OPERATOR, AppSettings
from sentra_desktop.ui.unprintable import note_unprintable
from sentra_desktop.ui.unsaved import ask_discard, form_state
from sentra_desktop.ui.widgets import ChoiceCombo, DateEdit

NOTES_LINES = 3
NUMBER_CHARS = 10  # digits a number input is wide enough for


def words(text: str) -> str:
    """A word of a record kind's declaration in the interface language."""
    return translate(WORDS, text) if text else ""


def notes_edit() -> QPlainTextEdit:
    """A few lines of free text; Tab moves on instead of typing a tab."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * NOTES_LINES + 14)
    return edit


def beside(widget: QWidget, extra: QWidget) -> QWidget:
    """``widget`` with ``extra`` (a unit, a button) after it; the pair takes the focus as ``widget``."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget, 1)
    row.addWidget(extra)
    box.setFocusProxy(widget)
    return box


class RecordDialog(QDialog):
    """A form for one record: named fields with error labels, Save as default, Esc cancels.

    Subclasses add their inputs to :attr:`fields` in ``__init__`` and implement :meth:`submit`,
    which calls the service and returns the record's id. A refused save leaves the dialog open
    with every typed value intact and each problem shown under its field. Closing it with
    changes that are not saved asks first (:meth:`discard_changes`).
    """

    saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.record_id: int | None = None
        self._clean_state: tuple[object, ...] | None = None
        self.banner = make_banner()
        self.form = QFormLayout()
        self.fields = FormFields(self.form, self.banner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def submit(self) -> int:
        """Send the form to the service; returns the saved record's id. Raise to refuse."""
        raise NotImplementedError

    def accept(self) -> None:
        """Save; on a refusal show the problems and stay open, otherwise close."""
        self.fields.clear_errors()
        try:
            record_id = self.submit()
        except ValidationError as exc:
            self.fields.show_errors(exc)
            return
        except SentraError as exc:
            self.banner.setText(describe_error(exc))
            self.banner.show()
            return
        self.record_id = record_id
        note_unprintable(self.parentWidget(), self.fields.widgets.values())
        self.saved.emit(record_id)
        super().accept()

    def error_text(self, name: str) -> str:
        """The message shown under field ``name`` ("" when none)."""
        return self.fields.error_text(name)

    # --- unsaved changes -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._clean_state is None:  # the fields are filled in by now: this is "unchanged"
            self._clean_state = form_state(self.fields.widgets.values())

    def has_unsaved_changes(self) -> bool:
        """True when an input differs from what the form showed when it opened."""
        return self._clean_state is not None and form_state(self.fields.widgets.values()) != self._clean_state

    def reject(self) -> None:
        """Cancel, Esc or the close button: ask before throwing typed changes away."""
        if self.has_unsaved_changes() and not self.discard_changes():
            return
        super().reject()

    def discard_changes(self) -> bool:
        """Ask whether to lose the unsaved changes (overridable, so tests never block on a box)."""
        return ask_discard(self)


def _number_text(value: Any) -> str:
    """A number as the form shows it: "12", "1,5"; "" for nothing or a zero decimal."""
    if isinstance(value, Decimal):
        return format_decimal(value) if value else ""
    return "" if value is None else str(value)


class RecordForm(RecordDialog):
    """The form of one record of the kind ``service`` serves, made from the kind's fields.

    Each field's input is in :attr:`edits`, :attr:`texts`, :attr:`boxes`, :attr:`combos` or
    :attr:`dates` under the field's name, and in ``fields.widgets`` for errors and focus.
    """

    choice_names: ClassVar[Mapping[str, Callable[[str], str]]] = {}  # CHOICE field -> display name

    def __init__(
        self, service: RecordService[Any, Any, Any, Any], record_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.kind = service.kind
        self.detail: Any = None
        self._version = 0
        self.edits: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.boxes: dict[str, QCheckBox] = {}
        self.combos: dict[str, ChoiceCombo] = {}
        self.dates: dict[str, DateEdit] = {}
        self.setWindowTitle(words(self.kind.new_title if record_id is None else self.kind.title))
        if record_id is not None:
            self.detail = service.get(record_id)
            self.record_id, self._version = self.detail.id, self.detail.version
        for spec in self.kind.fields:
            value = spec.default if self.detail is None else getattr(self.detail, spec.name)
            shown = self.make_input(spec, value)
            self.fields.add(spec.name, words(spec.label), shown)
            if (inner := shown.focusProxy()) is not None:  # a box around the input: errors focus it
                self.fields.widgets[spec.name] = inner
            if spec.tooltip:
                self.fields.widgets[spec.name].setToolTip(words(spec.tooltip))

    # --- inputs --------------------------------------------------------------------------------
    def make_input(self, spec: Field, value: Any) -> QWidget:
        """The input for field ``spec`` showing ``value``; registered under the field's name."""
        kind = spec.kind
        if kind is FieldKind.NOTE:
            text = self.texts[spec.name] = notes_edit()
            text.setPlainText(value or "")
            return text
        if kind is FieldKind.FLAG:
            box = self.boxes[spec.name] = QCheckBox(words(spec.hint))
            box.setChecked(bool(value))
            return box
        if kind is FieldKind.DATE:
            return self._date_input(spec, value)
        if kind in (FieldKind.REFERENCE, FieldKind.CHOICE):
            combo = self.combos[spec.name] = ChoiceCombo(empty_text=words(spec.hint))
            combo.set_choices(self._choices(spec, value), value)
            return combo
        edit = self.edits[spec.name] = QLineEdit()
        if kind is FieldKind.NUMBER:
            edit.setText(_number_text(value))
            edit.setPlaceholderText(spec.hint)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * NUMBER_CHARS + 16)
        else:
            edit.setText(value or "")
            edit.setPlaceholderText(words(spec.hint))
        return edit

    def _choices(self, spec: Field, value: Any) -> list[tuple[object, str]]:
        if spec.kind is FieldKind.REFERENCE:
            return [(c.id, c.name) for c in self.service.reference_choices(spec.name, include_id=value)]
        name = self.choice_names.get(spec.name) or _catalogue_names(spec)
        return [(choice.value, name(choice.value)) for choice in spec.choices or ()]

    def _date_input(self, spec: Field, value: date | None) -> QWidget:
        """A date; an optional one has a button that empties it ("not known")."""
        edit = self.dates[spec.name] = DateEdit(optional=not spec.required)
        edit.set_value(value)
        if spec.required:
            return edit
        clear = QToolButton()
        clear.setText(self.tr("Clear"))
        clear.setToolTip(self.tr("Not known: leave the date empty"))
        clear.clicked.connect(lambda: edit.set_value(None))
        return beside(edit, clear)

    def values(self) -> dict[str, Any]:
        """What the inputs hold now, by field name, as the service's input takes them."""
        found: dict[str, Any] = {}
        for name, edit in self.edits.items():
            found[name] = edit.text()
        for name, text in self.texts.items():
            found[name] = text.toPlainText()
        for name, box in self.boxes.items():
            found[name] = box.isChecked()
        for name, combo in self.combos.items():
            found[name] = combo.value()
        for name, day in self.dates.items():
            found[name] = day.value()
        return found

    # --- the inputs every kind has, by the names forms and tests know them by --------------------
    @property
    def name_edit(self) -> QLineEdit:
        return self.edits["name"]

    @property
    def code_edit(self) -> QLineEdit:
        return self.edits["code"]

    @property
    def notes_edit(self) -> QPlainTextEdit:
        return self.texts["notes"]

    @property
    def active_box(self) -> QCheckBox:
        return self.boxes["active"]

    # --- saving --------------------------------------------------------------------------------
    def submit(self) -> int:
        """Save the record; returns its id (a refusal raises and saves nothing)."""
        data = self.kind.input(**self.values())
        if self.record_id is None:
            return self.service.create(data)
        self.service.update(self.record_id, self._version, data)
        return self.record_id


def _catalogue_names(spec: Field) -> Callable[[str], str]:
    """A fixed choice's display name from the one catalogue (:mod:`core.names`); the value when none."""
    table = names.table_for(spec.choices) if spec.choices is not None else None
    if table is None:
        return str
    return lambda value: names.name(table, value, QCoreApplication.translate)


class OperatorDialog(RecordForm):
    """Add a user or change one's name, role or whether they may log in; the head resets a
    forgotten PIN here (the user sets a new one at their next login)."""

    def __init__(
        self,
        service: OperatorService,
        app_settings: AppSettings,
        record_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(service, record_id, parent)
        self._settings = app_settings
        self._old_name = "" if self.detail is None else str(self.detail.name)
        # A new user is always active; the box only matters when editing.
        self.active_box.setEnabled(record_id is not None)
        if record_id is not None:
            from PySide6.QtWidgets import QPushButton

            self.reset_pin_button = QPushButton(self.tr("Reset &PIN"))
            self.reset_pin_button.setObjectName("reset_pin")
            self.reset_pin_button.setToolTip(self.tr("The user sets a new PIN at their next login."))
            self.reset_pin_button.clicked.connect(self._reset_pin)
            self.form.addRow("", self.reset_pin_button)

    def _reset_pin(self) -> None:
        try:
            self.service.reset_pin(self.record_id)  # type: ignore[attr-defined]
        except SentraError as exc:
            self.banner.setText(describe_error(exc))
            self.banner.show()
            return
        self.reset_pin_button.setEnabled(False)
        self.reset_pin_button.setText(self.tr("PIN reset: a new one is set at the next login"))

    def submit(self) -> int:
        record_id = super().submit()
        if self._old_name and self._settings.get(OPERATOR) == self._old_name:
            self._settings.set(OPERATOR, self.service.get(record_id).name)
        return record_id
