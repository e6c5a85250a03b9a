"""The forms of the settings lists: member business, maker, product type, mould, operator.

Each one only lays out its fields (named exactly as the service names them in its errors),
fills them from the record it edits, and hands what was typed to the service; saving,
refusing and showing problems is :class:`RecordDialog`'s job.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QToolButton, QWidget

from sentra_desktop.services.catalogue_setup import (
    MouldInput,
    MouldService,
    ProductTypeInput,
    ProductTypeService,
)
from sentra_desktop.services.members import MakerInput, MakerService, MemberInput, MemberService
from sentra_desktop.services.operators import OperatorService
from sentra_desktop.ui.pages.settings.record_list import RecordDialog
from sentra_desktop.ui.settings import OPERATOR, AppSettings
from sentra_desktop.ui.widgets import ChoiceCombo, DateEdit

NOTES_LINES = 3


def notes_edit() -> QPlainTextEdit:
    """A few lines of free text; Tab moves on instead of typing a tab."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * NOTES_LINES + 14)
    return edit


def plain_text(edit: QPlainTextEdit) -> str:
    return edit.toPlainText()


class MemberDialog(RecordDialog):
    """The form of one member business (IKM)."""

    def __init__(self, service: MemberService, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._version = 0
        self.setWindowTitle(
            self.tr("New member business") if record_id is None else self.tr("Member business")
        )
        self.name_edit = QLineEdit()
        self.owner_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.active_box = QCheckBox(self.tr("Still a member (shown in new entries)"))
        self.active_box.setChecked(True)
        self.notes_edit = notes_edit()
        self.fields.add("name", self.tr("&Name:"), self.name_edit)
        self.fields.add("owner", self.tr("&Owner:"), self.owner_edit)
        self.fields.add("address", self.tr("&Address:"), self.address_edit)
        self.fields.add("phone", self.tr("&Phone / WhatsApp:"), self.phone_edit)
        self.fields.add("active", self.tr("Ac&tive:"), self.active_box)
        self.fields.add("notes", self.tr("Not&es:"), self.notes_edit)
        if record_id is not None:
            detail = service.get(record_id)
            self.record_id, self._version = detail.id, detail.version
            self.name_edit.setText(detail.name)
            self.owner_edit.setText(detail.owner)
            self.address_edit.setText(detail.address)
            self.phone_edit.setText(detail.phone)
            self.active_box.setChecked(detail.active)
            self.notes_edit.setPlainText(detail.notes)

    def submit(self) -> int:
        data = MemberInput(
            name=self.name_edit.text(),
            owner=self.owner_edit.text(),
            address=self.address_edit.text(),
            phone=self.phone_edit.text(),
            active=self.active_box.isChecked(),
            notes=plain_text(self.notes_edit),
        )
        if self.record_id is None:
            return self._service.create(data)
        self._service.update(self.record_id, self._version, data)
        return self.record_id


class MakerDialog(RecordDialog):
    """The form of one maker (pengrajin), with the member business they work for."""

    def __init__(
        self,
        service: MakerService,
        members: MemberService,
        record_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._version = 0
        self.setWindowTitle(self.tr("New maker") if record_id is None else self.tr("Maker"))
        self.name_edit = QLineEdit()
        self.member_combo = ChoiceCombo(empty_text=self.tr("(none: works for the sentra)"))
        self.phone_edit = QLineEdit()
        self.active_box = QCheckBox(self.tr("Still producing (shown in new entries)"))
        self.active_box.setChecked(True)
        self.notes_edit = notes_edit()
        self.fields.add("name", self.tr("&Name:"), self.name_edit)
        self.fields.add("member_business_id", self.tr("&Member business:"), self.member_combo)
        self.fields.add("phone", self.tr("&Phone / WhatsApp:"), self.phone_edit)
        self.fields.add("active", self.tr("Ac&tive:"), self.active_box)
        self.fields.add("notes", self.tr("Not&es:"), self.notes_edit)
        selected: int | None = None
        if record_id is not None:
            detail = service.get(record_id)
            self.record_id, self._version = detail.id, detail.version
            selected = detail.member_business_id
            self.name_edit.setText(detail.name)
            self.phone_edit.setText(detail.phone)
            self.active_box.setChecked(detail.active)
            self.notes_edit.setPlainText(detail.notes)
        choices = members.choices(include_id=selected)
        self.member_combo.set_choices([(c.id, c.name) for c in choices], selected)

    def submit(self) -> int:
        member = self.member_combo.value()
        data = MakerInput(
            name=self.name_edit.text(),
            member_business_id=int(member) if isinstance(member, int) else None,
            phone=self.phone_edit.text(),
            active=self.active_box.isChecked(),
            notes=plain_text(self.notes_edit),
        )
        if self.record_id is None:
            return self._service.create(data)
        self._service.update(self.record_id, self._version, data)
        return self.record_id


class ProductTypeDialog(RecordDialog):
    """The form of one product type (keychain, coaster, mat ...)."""

    def __init__(
        self, service: ProductTypeService, record_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._version = 0
        self.setWindowTitle(self.tr("New product type") if record_id is None else self.tr("Product type"))
        self.name_edit = QLineEdit()
        self.active_box = QCheckBox(self.tr("Offered for new designs"))
        self.active_box.setChecked(True)
        self.notes_edit = notes_edit()
        self.fields.add("name", self.tr("&Name:"), self.name_edit)
        self.fields.add("active", self.tr("Ac&tive:"), self.active_box)
        self.fields.add("notes", self.tr("Not&es:"), self.notes_edit)
        if record_id is not None:
            detail = service.get(record_id)
            self.record_id, self._version = detail.id, detail.version
            self.name_edit.setText(detail.name)
            self.active_box.setChecked(detail.active)
            self.notes_edit.setPlainText(detail.notes)

    def submit(self) -> int:
        data = ProductTypeInput(
            name=self.name_edit.text(),
            active=self.active_box.isChecked(),
            notes=plain_text(self.notes_edit),
        )
        if self.record_id is None:
            return self._service.create(data)
        self._service.update(self.record_id, self._version, data)
        return self.record_id


class MouldDialog(RecordDialog):
    """The form of one mould (cetakan): code, name, product type, cavities, when acquired."""

    def __init__(
        self,
        service: MouldService,
        product_types: ProductTypeService,
        record_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._version = 0
        self.setWindowTitle(self.tr("New mould") if record_id is None else self.tr("Mould"))
        self.code_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.type_combo = ChoiceCombo(empty_text=self.tr("(any product type)"))
        self.cavities_edit = QLineEdit("1")
        self.cavities_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.cavities_edit.setMaximumWidth(self.cavities_edit.fontMetrics().horizontalAdvance("0") * 10 + 16)
        self.cavities_edit.setToolTip(self.tr("How many pieces one casting gives"))
        self.acquired_edit = DateEdit(optional=True)
        self.acquired_edit.setToolTip(self.tr("Leave empty when not known"))
        clear_date = QToolButton()
        clear_date.setText(self.tr("Clear"))
        clear_date.setToolTip(self.tr("Not known: leave the date empty"))
        clear_date.clicked.connect(lambda: self.acquired_edit.set_value(None))
        acquired_box = QWidget()
        acquired_row = QHBoxLayout(acquired_box)
        acquired_row.setContentsMargins(0, 0, 0, 0)
        acquired_row.addWidget(self.acquired_edit, 1)
        acquired_row.addWidget(clear_date)
        acquired_box.setFocusProxy(self.acquired_edit)
        self.active_box = QCheckBox(self.tr("In use (offered for new designs)"))
        self.active_box.setChecked(True)
        self.notes_edit = notes_edit()
        self.fields.add("code", self.tr("&Code:"), self.code_edit)
        self.fields.add("name", self.tr("&Name:"), self.name_edit)
        self.fields.add("product_type_id", self.tr("&Product type:"), self.type_combo)
        self.fields.add("cavities", self.tr("Ca&vities:"), self.cavities_edit)
        self.fields.add("acquired_on", self.tr("Ac&quired on:"), acquired_box)
        self.fields.add("active", self.tr("Ac&tive:"), self.active_box)
        self.fields.add("notes", self.tr("Not&es:"), self.notes_edit)
        selected: int | None = None
        if record_id is not None:
            detail = service.get(record_id)
            self.record_id, self._version = detail.id, detail.version
            selected = detail.product_type_id
            self.code_edit.setText(detail.code)
            self.name_edit.setText(detail.name)
            self.cavities_edit.setText(str(detail.cavities))
            self.acquired_edit.set_value(detail.acquired_on)
            self.active_box.setChecked(detail.active)
            self.notes_edit.setPlainText(detail.notes)
        choices = product_types.choices(include_id=selected)
        self.type_combo.set_choices([(c.id, c.name) for c in choices], selected)

    def submit(self) -> int:
        type_id = self.type_combo.value()
        data = MouldInput(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            product_type_id=int(type_id) if isinstance(type_id, int) else None,
            cavities=self.cavities_edit.text(),
            acquired_on=self.acquired_edit.value(),
            active=self.active_box.isChecked(),
            notes=plain_text(self.notes_edit),
        )
        if self.record_id is None:
            return self._service.create(data)
        self._service.update(self.record_id, self._version, data)
        return self.record_id


class OperatorDialog(RecordDialog):
    """Add or rename an operator; renaming the remembered operator updates this PC's setting."""

    def __init__(
        self,
        service: OperatorService,
        app_settings: AppSettings,
        record_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._settings = app_settings
        self._version = 0
        self._old_name = ""
        self.setWindowTitle(self.tr("New operator") if record_id is None else self.tr("Operator"))
        self.name_edit = QLineEdit()
        self.active_box = QCheckBox(self.tr("Shown in the operator list"))
        self.active_box.setChecked(True)
        self.fields.add("name", self.tr("&Name:"), self.name_edit)
        self.fields.add("active", self.tr("Ac&tive:"), self.active_box)
        if record_id is None:
            # A new operator is always active; the box only matters when editing.
            self.active_box.setEnabled(False)
        else:
            detail = service.get(record_id)
            self.record_id, self._version, self._old_name = detail.id, detail.version, detail.name
            self.name_edit.setText(detail.name)
            self.active_box.setChecked(detail.active)

    def submit(self) -> int:
        if self.record_id is None:
            return self._service.create(self.name_edit.text())
        new_name = self._service.update(
            self.record_id, self._version, self.name_edit.text(), active=self.active_box.isChecked()
        )
        if self._old_name and self._settings.get(OPERATOR) == self._old_name:
            self._settings.set(OPERATOR, new_name)
        return self.record_id
