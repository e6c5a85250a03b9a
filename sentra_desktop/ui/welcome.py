"""The first-start welcome: the sentra's name, its head (the first user) and PIN, and demo data."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.errors import FieldError, ValidationError
from sentra_desktop.services.container import Services
from sentra_desktop.services.profile import ProfileInput
from sentra_desktop.ui.forms import FormFields, make_banner
from sentra_desktop.ui.operation import Operation, ProgressFn

_PIN = re.compile(r"[0-9]{4,8}")


class WelcomeDialog(QDialog):
    """Asks what a fresh installation needs; emits ``completed`` once everything is stored."""

    completed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._operation: Operation | None = None
        self.demo_notice = ""  # with demo data: who can log in, shown once the welcome closes
        self.setWindowTitle(self.tr("Welcome to Sentra Desktop"))
        intro = QLabel(
            self.tr(
                "This PC has no records yet. Type the name of your sentra, and the name and PIN "
                "(4 to 8 digits) of its head (ketua), who adds the other users later in Settings."
            )
        )
        intro.setWordWrap(True)
        self.sentra_name = QLineEdit()
        self.sentra_name.setPlaceholderText(self.tr("e.g. Sentra Souvenir Karet Talang Kedondong"))
        self.operator_name = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin_again = QLineEdit()
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again.setMaxLength(8)
        self.demo = QCheckBox(self.tr("Fill with &demo data to try the program (a sample sentra)"))
        self.banner = make_banner()
        form = QFormLayout()
        self.fields = FormFields(form, self.banner)
        self.fields.add("name", self.tr("&Sentra name"), self.sentra_name)
        self.fields.add("operator", self.tr("&Head of the sentra"), self.operator_name)
        self.fields.add("pin", self.tr("&PIN"), self.pin)
        self.fields.add("pin_again", self.tr("PIN &again"), self.pin_again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.demo)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def submit(self) -> None:
        name, operator, demo = self.sentra_name.text(), self.operator_name.text(), self.demo.isChecked()
        errors = []
        if not name.strip():
            errors.append(FieldError("name", "required"))
        if not operator.strip():
            errors.append(FieldError("operator", "required"))
        pin = self.pin.text()
        if not _PIN.fullmatch(pin):
            errors.append(FieldError("pin", "pin_format"))
        elif pin != self.pin_again.text():
            errors.append(FieldError("pin_again", "pin_mismatch"))
        if errors:
            self.fields.show_errors(ValidationError(errors))
            return
        services = self.services

        def work(progress: ProgressFn) -> str:
            services.users.create_first(operator, pin)  # the head, logged in from now on
            if demo:
                from sentra_desktop.demo import DemoOptions, demo_logins, load_demo_data

                load_demo_data(services.db, DemoOptions(), progress=progress)
                self.demo_notice = demo_logins(QCoreApplication.translate)
                profile = services.profile.get()
                services.profile.save(
                    ProfileInput(
                        name=name,
                        address=profile.address,
                        city=profile.city,
                        province=profile.province,
                        phone=profile.phone,
                        email=profile.email,
                        notes=profile.notes,
                    )
                )
            else:
                services.profile.save(ProfileInput(name=name))
            return " ".join(operator.split())

        self.fields.clear_errors()
        self.buttons.setEnabled(False)
        self._operation = Operation(work, parent=self, title=self.tr("Preparing the data"))
        self._operation.finished.connect(self._finished)
        self._operation.errored.connect(self._failed)
        self._operation.start()

    def _finished(self, operator: object) -> None:
        self.operator = str(operator)
        self.buttons.setEnabled(True)
        self.completed.emit()
        self.accept()

    def _failed(self, exc: object) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.fields.show_errors(exc)
        elif isinstance(exc, BaseException):
            from sentra_desktop.ui.errors import show_error

            show_error(self, exc)
