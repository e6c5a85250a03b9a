"""The login screen, and the lock the screen falls into after an idle time.

One panel serves every way in: logging in (click or type the name, then the PIN), a first login
that sets the user's PIN, the upgrade's one moment of trust (choose which existing user is the
head and set that PIN), a database with a profile but no user (make the head), and unlocking the
idle-locked screen with the same user's PIN. Checking a PIN is slow on purpose (argon2id), so it
runs on a worker and the window stays responsive.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.actor import Actor
from sentra_desktop.core.errors import FieldError, SentraError, ValidationError
from sentra_desktop.core.names import role_name
from sentra_desktop.services.container import Services
from sentra_desktop.services.users import NeedsPin, UserRow, UserState
from sentra_desktop.ui.errors import error_text
from sentra_desktop.ui.forms import FormFields, make_banner
from sentra_desktop.ui.operation import Operation


class Mode(Enum):
    LOGIN = "login"  # pick a user, type the PIN
    NEW_PIN = "new_pin"  # a user without a PIN sets one (first login, or after a reset)
    CHOOSE_HEAD = "choose_head"  # upgraded database: who is the head? (once)
    FIRST_HEAD = "first_head"  # a profile but no user at all: make the head
    UNLOCK = "unlock"  # the idle lock: the same user's PIN


def _translated_role(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return role_name(role, lambda context, text: QCoreApplication.translate(context, text))


class LoginPanel(QWidget):
    """Asks who is at the keyboard; emits ``logged_in(actor)`` once the PIN is right."""

    logged_in = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None, *, unlock: Actor | None = None):
        super().__init__(parent)
        self.setObjectName("login")
        self.services = services
        self._unlock = unlock
        self._operation: Operation | None = None
        self._users: list[UserRow] = []

        self.title = QLabel()
        self.title.setObjectName("login_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("login_name")
        self.name.setPlaceholderText(self.tr("Type or pick your name"))
        self.name.textEdited.connect(self._filter)
        self.name.returnPressed.connect(self._name_entered)
        self.users = QListWidget()
        self.users.setObjectName("login_users")
        self.users.setMaximumHeight(220)
        self.users.itemClicked.connect(self._picked)
        self.users.itemActivated.connect(self._picked)
        digits = QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}"))
        self.pin = QLineEdit()
        self.pin.setObjectName("login_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(digits)
        self.pin.returnPressed.connect(self.submit)
        self.pin_again = QLineEdit()
        self.pin_again.setObjectName("login_pin_again")
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}")))
        self.pin_again.returnPressed.connect(self.submit)
        self.button = QPushButton(self.tr("&Log in"))
        self.button.setObjectName("login_button")
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.banner = make_banner()

        form = QFormLayout()
        self.fields = FormFields(form, self.banner)
        self.fields.add("name", self.tr("&Name:"), self.name)
        form.addRow("", self.users)
        self.fields.add("pin", self.tr("&PIN:"), self.pin)
        self.fields.add("pin_again", self.tr("PIN &again:"), self.pin_again)
        self._form = form

        box = QFrame()
        box.setObjectName("login_box")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addWidget(self.banner)
        inner.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        inner.addLayout(buttons)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(box)
        column.addStretch(2)
        outer.addLayout(column)
        outer.addStretch(1)
        self.reset()

    # -- modes -----------------------------------------------------------------------------
    def reset(self) -> None:
        """Ask the database what is needed (login, the upgrade's head, a first head) and show it."""
        if self._unlock is not None:
            self._set_mode(Mode.UNLOCK)
            return
        state = self.services.users.state()
        if state == UserState.EMPTY:
            self._set_mode(Mode.FIRST_HEAD)
        elif state == UserState.NEEDS_HEAD:
            self._set_mode(Mode.CHOOSE_HEAD)
        else:
            self._set_mode(Mode.LOGIN)

    def _set_mode(self, mode: Mode, chosen: str = "") -> None:
        self.mode = mode
        self.fields.clear_errors()
        self.pin.clear()
        self.pin_again.clear()
        texts = {
            Mode.LOGIN: (self.tr("Log in"), self.tr("Pick your name, or type it, then type your PIN.")),
            Mode.NEW_PIN: (
                self.tr("Set your PIN"),
                self.tr(
                    "%1 has no PIN yet. Choose 4 to 8 digits and type them twice; keep them to yourself."
                ),
            ),
            Mode.CHOOSE_HEAD: (
                self.tr("Who is the head of the sentra?"),
                self.tr(
                    "This version gives everyone their own PIN. Pick the head of the sentra (ketua) and "
                    "set the head's PIN now; this is asked only once. The others set their PIN at their "
                    "first login."
                ),
            ),
            Mode.FIRST_HEAD: (
                self.tr("The head of the sentra"),
                self.tr("No user exists yet. Type the name of the head of the sentra (ketua) and a PIN."),
            ),
            Mode.UNLOCK: (
                self.tr("The screen is locked"),
                self.tr("Locked after a while without use. %1, type your PIN to go on where you were."),
            ),
        }
        title, intro = texts[mode]
        self.title.setText(title)
        name = self._unlock.name if self._unlock is not None else chosen
        self.intro.setText(intro.replace("%1", name))
        twice = mode in (Mode.NEW_PIN, Mode.CHOOSE_HEAD, Mode.FIRST_HEAD)
        self._show_row(self.pin_again, twice)
        picking = mode in (Mode.LOGIN, Mode.CHOOSE_HEAD)
        self.users.setVisible(picking)
        self._show_row(self.name, mode != Mode.UNLOCK)
        self.name.setReadOnly(mode == Mode.NEW_PIN)
        self.button.setText(self.tr("&Unlock") if mode == Mode.UNLOCK else self.tr("&Log in"))
        if picking:
            self._users = self.services.users.login_names()
            self._filter(self.name.text())
        if mode == Mode.NEW_PIN:
            self.name.setText(chosen)
        if mode in (Mode.NEW_PIN, Mode.UNLOCK):
            self.pin.setFocus()
        else:
            self.name.setFocus()

    def _show_row(self, widget: QWidget, visible: bool) -> None:
        row = widget.parentWidget()  # FormFields puts each input in a box with its error label
        if row is not None:
            self._form.setRowVisible(row, visible)

    # -- picking a name --------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        typed = text.strip().lower()
        self.users.clear()
        for user in self._users:
            if typed and typed not in user.name.lower():
                continue
            item = QListWidgetItem(f"{user.name} — {_translated_role(user.role)}")
            item.setData(Qt.ItemDataRole.UserRole, user.name)
            self.users.addItem(item)
        if self.users.count():
            self.users.setCurrentRow(0)

    def _picked(self, item: QListWidgetItem) -> None:
        self.name.setText(str(item.data(Qt.ItemDataRole.UserRole)))
        self.pin.setFocus()

    def _name_entered(self) -> None:
        if self.users.isVisible() and self.users.currentItem() is not None:
            self._picked(self.users.currentItem())
        else:
            self.pin.setFocus()

    def _chosen_user(self) -> UserRow | None:
        typed = " ".join(self.name.text().split()).lower()
        exact = [u for u in self._users if u.name.lower() == typed]
        if exact:
            return exact[0]
        matching = [u for u in self._users if typed and typed in u.name.lower()]
        return matching[0] if len(matching) == 1 else None

    # -- checking ----------------------------------------------------------------------------
    def submit(self) -> None:
        if self._operation is not None and self._operation.running:
            return
        self.fields.clear_errors()
        pin, again = self.pin.text(), self.pin_again.text()
        users = self.services.users
        errors: list[FieldError] = []
        mode = self.mode
        user = self._chosen_user() if mode in (Mode.LOGIN, Mode.CHOOSE_HEAD) else None
        name = " ".join(self.name.text().split())
        if mode in (Mode.LOGIN, Mode.CHOOSE_HEAD) and user is None:
            errors.append(FieldError("name", "unknown_user" if name else "required", {"name": name}))
        if mode == Mode.FIRST_HEAD and not name:
            errors.append(FieldError("name", "required"))
        if not pin:
            errors.append(FieldError("pin", "required"))
        elif self.pin_again.isVisible() and pin != again:
            errors.append(FieldError("pin_again", "pin_mismatch"))
        if errors:
            self.fields.show_errors(ValidationError(errors))
            return
        if mode == Mode.LOGIN and user is not None:
            chosen = user.name

            def work(_progress: object) -> Actor:
                return users.login(chosen, pin)
        elif mode == Mode.CHOOSE_HEAD and user is not None:
            user_id = user.id

            def work(_progress: object) -> Actor:
                return users.claim_head(user_id, pin)
        elif mode == Mode.NEW_PIN:

            def work(_progress: object) -> Actor:
                return users.set_first_pin(name, pin)
        elif mode == Mode.FIRST_HEAD:

            def work(_progress: object) -> Actor:
                return users.create_first(name, pin)
        else:
            assert self._unlock is not None and self._unlock.user_id is not None
            unlock_id = self._unlock.user_id

            def work(_progress: object) -> Actor:
                return users.unlock(unlock_id, pin)

        self.button.setEnabled(False)
        self._operation = Operation(work, parent=self, show_progress=False)
        self._operation.finished.connect(self._done)
        self._operation.errored.connect(self._failed)
        self._operation.start()

    def _done(self, actor: object) -> None:
        self.button.setEnabled(True)
        self.pin.clear()
        self.pin_again.clear()
        self.logged_in.emit(actor)

    def _failed(self, exc: object) -> None:
        self.button.setEnabled(True)
        self.pin.clear()
        self.pin_again.clear()
        if isinstance(exc, NeedsPin):
            self._set_mode(Mode.NEW_PIN, str(exc.params.get("name", "")))
        elif isinstance(exc, ValidationError):
            self.fields.show_errors(exc)
        elif isinstance(exc, SentraError):
            field = "name" if exc.code in ("unknown_user", "user_disabled") else "pin"
            self.fields.show_errors(ValidationError([FieldError(field, exc.code, exc.params)]))
        elif isinstance(exc, BaseException):
            self.banner.setText(error_text(exc))
            self.banner.show()
        self.pin.setFocus()


class LockDialog(QDialog):
    """The idle lock: covers the screen (open forms keep their text underneath) until ``actor``'s
    PIN is typed again."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock")
        self.setWindowTitle(self.tr("Locked"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setModal(True)
        self.panel = LoginPanel(services, self, unlock=actor)
        self.panel.logged_in.connect(lambda _actor: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        screen = (parent.screen() if parent is not None else self.screen()).geometry()
        self.setGeometry(screen)

    def reject(self) -> None:
        """Escape does not unlock."""
