"""The sentra profile form: the name, address and logo printed at the top of every sheet.

One record, so no list: the form shows the stored profile and Save writes it back. A logo is
picked from a file, previewed here, and checked and resized by the service when saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.services.profile import Profile, ProfileInput, ProfileService
from sentra_desktop.ui.errors import error_text
from sentra_desktop.ui.forms import FormFields, make_banner
from sentra_desktop.ui.pages.settings.dialogs import notes_edit
from sentra_desktop.ui.widgets import show_picture

LOGO_PREVIEW = 96
FORM_MAX_WIDTH = 720
SAVED_STYLE = "color: #1b5e20; font-weight: 600;"


class ProfileTab(QWidget):
    """Edit the single sentra profile; ``saved`` is emitted after each successful save."""

    saved = Signal()

    def __init__(self, service: ProfileService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._loaded = Profile()
        self._new_logo: bytes | None = None
        self._remove_logo = False

        self.banner = make_banner()
        form = QFormLayout()
        self.fields = FormFields(form, self.banner)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Sentra Souvenir Karet Talang Kedondong"))
        self.address_edit = QLineEdit()
        self.city_edit = QLineEdit()
        self.province_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.notes_edit: QPlainTextEdit = notes_edit()

        self.fields.add("name", self.tr("Sentra &name:"), self.name_edit)
        self.fields.add("address", self.tr("&Address:"), self.address_edit)
        self.fields.add("city", self.tr("&City:"), self.city_edit)
        self.fields.add("province", self.tr("P&rovince:"), self.province_edit)
        self.fields.add("phone", self.tr("&Phone / WhatsApp:"), self.phone_edit)
        self.fields.add("email", self.tr("E-&mail:"), self.email_edit)
        self.fields.add("notes", self.tr("Not&es:"), self.notes_edit)
        self.fields.add("logo", self.tr("&Logo:"), self._build_logo())

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("profile_status")
        self.status_label.setStyleSheet(SAVED_STYLE)
        intro = QLabel(
            self.tr("The sentra's name and address are printed on order sheets, delivery notes and reports.")
        )
        intro.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status_label, 1)
        column = QVBoxLayout()
        column.addWidget(intro)
        column.addWidget(self.banner)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(FORM_MAX_WIDTH)
        outer = QHBoxLayout(self)
        outer.addWidget(holder, 1)
        outer.addStretch(0)

        QWidget.setTabOrder(self.notes_edit, self.choose_logo_button)
        QWidget.setTabOrder(self.choose_logo_button, self.remove_logo_button)
        QWidget.setTabOrder(self.remove_logo_button, self.save_button)
        self.setFocusProxy(self.name_edit)

        for edit in self._line_edits():
            edit.returnPressed.connect(self.save)
            edit.textEdited.connect(self._clear_status)
        self.save_button.clicked.connect(self.save)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.load()

    def _build_logo(self) -> QWidget:
        """The logo row: a preview, Choose and Remove, and what the logo is for."""
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setWordWrap(True)
        self.choose_logo_button = QPushButton(self.tr("C&hoose picture…"))
        self.remove_logo_button = QPushButton(self.tr("Remo&ve"))
        logo_hint = QLabel(self.tr("Printed at the top of every sheet. PNG or JPEG; it is resized for you."))
        logo_hint.setWordWrap(True)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button, 0, Qt.AlignmentFlag.AlignLeft)
        logo_buttons.addWidget(self.remove_logo_button, 0, Qt.AlignmentFlag.AlignLeft)
        logo_buttons.addWidget(logo_hint)
        logo_buttons.addStretch(1)
        logo_box = QWidget()
        logo_row = QHBoxLayout(logo_box)
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_preview, 0, Qt.AlignmentFlag.AlignTop)
        logo_row.addLayout(logo_buttons, 1)
        logo_box.setFocusProxy(self.choose_logo_button)
        return logo_box

    def _line_edits(self) -> tuple[QLineEdit, ...]:
        return (
            self.name_edit,
            self.address_edit,
            self.city_edit,
            self.province_edit,
            self.phone_edit,
            self.email_edit,
        )

    # --- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        """Show the stored profile, dropping anything typed and not saved."""
        profile = self._service.get()
        self._loaded = profile
        self._new_logo = None
        self._remove_logo = False
        self.name_edit.setText(profile.name)
        self.address_edit.setText(profile.address)
        self.city_edit.setText(profile.city)
        self.province_edit.setText(profile.province)
        self.phone_edit.setText(profile.phone)
        self.email_edit.setText(profile.email)
        self.notes_edit.setPlainText(profile.notes)
        self.fields.clear_errors()
        self._show_logo()

    def is_modified(self) -> bool:
        """True when the form holds something that differs from the stored profile."""
        loaded = self._loaded
        typed = (
            self.name_edit.text(),
            self.address_edit.text(),
            self.city_edit.text(),
            self.province_edit.text(),
            self.phone_edit.text(),
            self.email_edit.text(),
            self.notes_edit.toPlainText(),
        )
        stored = (
            loaded.name,
            loaded.address,
            loaded.city,
            loaded.province,
            loaded.phone,
            loaded.email,
            loaded.notes,
        )
        return typed != stored or self._new_logo is not None or self._remove_logo

    def reload_if_unchanged(self) -> None:
        """Pick up a profile saved elsewhere, unless the operator is in the middle of editing."""
        if not self.is_modified():
            self.load()

    # --- logo ------------------------------------------------------------------------------
    def _current_logo(self) -> bytes | None:
        if self._new_logo is not None:
            return self._new_logo
        return None if self._remove_logo else self._loaded.logo

    def _show_logo(self) -> None:
        data = self._current_logo()
        self.remove_logo_button.setEnabled(data is not None)
        show_picture(
            self.logo_preview,
            data,
            LOGO_PREVIEW - 6,
            missing=self.tr("No logo"),
            unreadable=self.tr("No preview"),
        )

    def ask_logo_path(self) -> str:
        """Ask for a picture file; "" when cancelled. Overridable so tests need no file dialog."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the sentra's logo"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"),
        )
        return path

    def choose_logo(self) -> None:
        path = self.ask_logo_path()
        if path:
            self.use_logo_file(Path(path))

    def use_logo_file(self, path: Path) -> None:
        """Take the picture at ``path`` as the new logo (saved with the form)."""
        self.fields.clear_errors()
        try:
            data = path.read_bytes()
        except OSError:
            self.fields.show_errors(ValidationError.single("logo", "not_an_image"))
            return
        if not QPixmap().loadFromData(data):
            self.fields.show_errors(ValidationError.single("logo", "not_an_image"))
            return
        self._new_logo = data
        self._remove_logo = False
        self._clear_status()
        self._show_logo()

    def remove_logo(self) -> None:
        self._new_logo = None
        self._remove_logo = self._loaded.logo is not None
        self._clear_status()
        self._show_logo()

    # --- saving ----------------------------------------------------------------------------
    def _clear_status(self) -> None:
        self.status_label.clear()

    def save(self) -> bool:
        """Save the form; on a refusal show the problems and keep what was typed."""
        self.fields.clear_errors()
        self._clear_status()
        data = ProfileInput(
            name=self.name_edit.text(),
            address=self.address_edit.text(),
            city=self.city_edit.text(),
            province=self.province_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            notes=self.notes_edit.toPlainText(),
            logo=self._new_logo,
            remove_logo=self._remove_logo,
        )
        version = self._loaded.version or None
        try:
            self._service.save(data, version)
        except ValidationError as exc:
            self.fields.show_errors(exc)
            return False
        except SentraError as exc:
            self.banner.setText(error_text(exc))
            self.banner.show()
            return False
        self.load()
        self.status_label.setText(self.tr("Saved."))
        self.saved.emit()
        return True
