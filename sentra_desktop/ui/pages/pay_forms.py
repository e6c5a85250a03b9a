"""The pay page's small forms: a piece rate, an advance (kasbon), an adjustment.

Each form shows the service's refusals at its fields and saves nothing half; an advance above the
maker's average pay asks first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.core.messages import describe, render
from sentra_desktop.services.pay import AdvanceAboveAverageError, PayChoices, PayService
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.i18n import translate
from sentra_desktop.ui.pages.common import ask
from sentra_desktop.ui.widgets import ChoiceCombo, DateEdit, MoneyEdit

_ERROR_STYLE = "color: #b00020;"


class PayForm(QWidget):
    """A form row of fields, a save button and the messages under the fields it names."""

    saved = Signal()

    def __init__(self, pay: PayService, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pay = pay
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.save_button = QPushButton(button_text)
        self.general = QLabel()
        self.general.setStyleSheet(_ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        row = QHBoxLayout()
        row.addWidget(self.general, 1)
        row.addWidget(self.save_button)
        self.form.addRow(row)
        self.setLayout(self.form)

    def add_field(self, name: str, label: str, widget: QWidget) -> None:
        """A field, its caption and the message label right under it."""
        widget.setObjectName(name)
        message = QLabel()
        message.setObjectName(f"{name}_error")
        message.setStyleSheet(_ERROR_STYLE)
        message.setWordWrap(True)
        message.hide()
        self.form.insertRow(self.form.rowCount() - 1, label, widget)
        self.form.insertRow(self.form.rowCount() - 1, "", message)
        self.fields[name] = widget
        self.messages[name] = message

    def clear_messages(self) -> None:
        for label in [*self.messages.values(), self.general]:
            label.clear()
            label.hide()

    def show_refusal(self, exc: SentraError) -> None:
        """Each problem under its field (the first one gets the focus), the others below the form."""
        self.clear_messages()
        if not isinstance(exc, ValidationError):
            self.general.setText(describe(exc, lambda text: translate("Errors", text)))
            self.general.show()
            return
        focused = False
        for error in exc.errors:
            text = render(error.code, dict(error.params), lambda t: translate("Errors", t))
            label = self.messages.get(error.field or "", self.general)
            label.setText(text)
            label.show()
            widget = self.fields.get(error.field or "")
            if widget is not None and not focused:
                widget.setFocus()
                focused = True

    def attempt(self, work: Callable[[], object]) -> bool:
        """Run ``work``; show a refusal at the fields, tell the page when it saved."""
        try:
            work()
        except SentraError as exc:
            self.show_refusal(exc)
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.clear_messages()
        self.saved.emit()
        return True


class RateForm(PayForm):
    """A rate per good piece (and per reject) of a design or a product type, from a day on."""

    def __init__(self, pay: PayService, parent: QWidget | None = None) -> None:
        super().__init__(pay, self.tr("Save &rate"), parent)
        self.save_button.setObjectName("save_rate")
        self.save_button.clicked.connect(self.save)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Design"), "design")
        self.kind.addItem(self.tr("Product type (default)"), "type")
        self.target = ChoiceCombo()
        self.effective_from = DateEdit()
        self.rate = MoneyEdit()
        self.reject_rate = MoneyEdit()
        self.reject_rate.setPlaceholderText(self.tr("none"))
        self.add_field("kind", self.tr("Rate &for:"), self.kind)
        self.add_field("target", self.tr("&Which:"), self.target)
        self.add_field("effective_from", self.tr("From &day:"), self.effective_from)
        self.add_field("rate", self.tr("Rp per &good piece:"), self.rate)
        self.add_field("reject_rate", self.tr("Rp per re&ject:"), self.reject_rate)
        self.kind.currentIndexChanged.connect(self._fill_targets)
        self._choices: PayChoices | None = None

    def set_choices(self, choices: PayChoices) -> None:
        self._choices = choices
        self._fill_targets()

    def _fill_targets(self) -> None:
        if self._choices is not None:
            design = self.kind.currentData() == "design"
            self.target.set_choices(self._choices.designs if design else self._choices.product_types)

    def save(self) -> None:
        target = self.target.id_value()
        design = self.kind.currentData() == "design"
        self.attempt(
            lambda: self.pay.set_rate(
                design_id=target if design else None,
                product_type_id=None if design else target,
                effective_from=self.effective_from.value() or "",
                rate=self.rate.text(),
                reject_rate=self.reject_rate.text().strip() or None,
            )
        )


class AdvanceForm(PayForm):
    """An advance (kasbon): maker, day, amount; asks first when it is above the average pay."""

    def __init__(self, pay: PayService, parent: QWidget | None = None) -> None:
        super().__init__(pay, self.tr("Save &advance"), parent)
        self.save_button.setObjectName("save_advance")
        self.save_button.clicked.connect(self.save)
        self.maker = ChoiceCombo()
        self.given_on = DateEdit()
        self.amount = MoneyEdit()
        self.note = QLineEdit()
        self.add_field("maker", self.tr("&Maker:"), self.maker)
        self.add_field("given_on", self.tr("&Day:"), self.given_on)
        self.add_field("amount", self.tr("A&mount (Rp):"), self.amount)
        self.add_field("note", self.tr("&Note:"), self.note)

    def set_choices(self, choices: PayChoices) -> None:
        self.maker.set_choices(choices.makers, self.maker.id_value())

    def save(self) -> None:
        maker = self.maker.id_value()
        if maker is None:
            self.show_refusal(ValidationError.single("maker", "required"))
            return
        day = self.given_on.value() or ""

        def add(confirmed: bool) -> None:
            self.pay.add_advance(maker, day, self.amount.text(), self.note.text(), confirmed=confirmed)

        try:
            add(False)
        except AdvanceAboveAverageError as exc:
            question = describe(exc, lambda text: translate("Errors", text))
            if ask(self, self.tr("Large advance"), question):
                self.attempt(lambda: add(True))
            return
        except SentraError as exc:
            self.show_refusal(exc)
            return
        self.clear_messages()
        self.saved.emit()


class AdjustmentForm(PayForm):
    """A plus or minus amount with its reason, in the period of its day."""

    def __init__(self, pay: PayService, parent: QWidget | None = None) -> None:
        super().__init__(pay, self.tr("Save ad&justment"), parent)
        self.save_button.setObjectName("save_adjustment")
        self.save_button.clicked.connect(self.save)
        self.maker = ChoiceCombo()
        self.applies_on = DateEdit()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 5.000 or -2.000"))
        self.reason = QLineEdit()
        self.add_field("maker", self.tr("&Maker:"), self.maker)
        self.add_field("applies_on", self.tr("&Day:"), self.applies_on)
        self.add_field("amount", self.tr("A&mount (Rp, minus takes off):"), self.amount)
        self.add_field("reason", self.tr("&Reason:"), self.reason)

    def set_choices(self, choices: PayChoices) -> None:
        self.maker.set_choices(choices.makers, self.maker.id_value())

    def save(self) -> None:
        maker = self.maker.id_value()
        if maker is None:
            self.show_refusal(ValidationError.single("maker", "required"))
            return
        self.attempt(
            lambda: self.pay.add_adjustment(
                maker, self.applies_on.value() or "", self.amount.text(), self.reason.text()
            )
        )
