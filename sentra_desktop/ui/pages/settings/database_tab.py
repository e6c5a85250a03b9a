"""Database: where the records live — this PC's file, or a PostgreSQL server shared by several PCs.

The choice and the server's address are kept in this PC's settings; the password goes to the
system keyring (or, where there is none, is asked for at each start). Trying the server and
copying the records to it run on a worker, so the window never freezes while a server is slow
to answer. A new choice takes effect when Sentra Desktop is started again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.messages import technical_detail
from sentra_desktop.services.connection import (
    DEFAULT_PORT,
    SSL_MODES,
    ConnectionTest,
    ServerAddress,
    is_server_url,
    keyring_available,
    stored_password,
)
from sentra_desktop.services.data_copy import CopyResult
from sentra_desktop.services.database import Database
from sentra_desktop.services.database_setup import DatabaseSetupService
from sentra_desktop.ui.errors import error_text
from sentra_desktop.ui.operation import Operation, run_operation
from sentra_desktop.ui.recovery import translated
from sentra_desktop.ui.settings import (
    DB_HOST,
    DB_MODE,
    DB_NAME,
    DB_PORT,
    DB_SSLMODE,
    DB_SSLROOTCERT,
    DB_USER,
    AppSettings,
)

GOOD_STYLE = "color: #1b5e20; font-weight: 600;"
BAD_STYLE = "color: #b71c1c; font-weight: 600;"
LOCAL, SERVER = "local", "server"


class DatabaseTab(QWidget):
    """This PC's file or a server; test the server; copy the records there; ``saved`` on a new choice.

    Args:
        app_settings: this PC's settings, where the choice and the address are kept.
        db: the open database (the source when the records are copied to the server).
        local_location: the SQLite file in the data folder, shown to the operator.
    """

    saved = Signal()

    def __init__(
        self, app_settings: AppSettings, db: Database, local_location: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = app_settings
        # Every action here is the head's, refused in the service too (Service permission hook).
        self.service = DatabaseSetupService(db)
        self.operation: Operation | None = None

        intro = QLabel(
            self.tr(
                "Sentra Desktop keeps its records in a file on this PC. When several PCs should work "
                "on the same records (the office and the workshop), put them on a PostgreSQL server "
                "and point every PC at it."
            )
        )
        intro.setWordWrap(True)
        self.local_button = QRadioButton(self.tr("On &this PC (%1)").replace("%1", local_location))
        self.server_button = QRadioButton(self.tr("On a &server (PostgreSQL)"))
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.local_button)
        self.mode_group.addButton(self.server_button)

        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("for example 192.168.1.10 or kantor-pc"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox()
        ssl_names = {
            "": self.tr("Default (encrypted when the server offers it, not verified)"),
            "disable": self.tr("Never encrypted"),
            "allow": self.tr("Encrypted only when the server insists"),
            "prefer": self.tr("Encrypted when the server offers it, not verified"),
            "require": self.tr("Always encrypted, server not verified"),
            "verify-ca": self.tr("Always encrypted, server certificate verified"),
            "verify-full": self.tr("Always encrypted, certificate and server name verified"),
        }
        for mode in SSL_MODES:
            self.sslmode.addItem(ssl_names[mode], mode)
        self.sslrootcert = QLineEdit()
        self.sslrootcert.setPlaceholderText(self.tr("the server's CA file, e.g. root.crt"))
        for edit in (self.host, self.database, self.user, self.password, self.sslrootcert):
            edit.setMinimumWidth(320)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("Encr&yption:"), self.sslmode)
        form.addRow(self.tr("C&A file:"), self.sslrootcert)
        self.server_fields = QWidget()
        self.server_fields.setLayout(form)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)

        self.test_button = QPushButton(self.tr("T&est the connection"))
        # On a server the records go the other way: into this PC's (empty) file.
        self.on_server = is_server_url(db.url)
        self.local_url = f"sqlite:///{Path(local_location).as_posix()}"
        if self.on_server:
            self.copy_button = QPushButton(self.tr("&Copy the server's records to this PC…"))
        else:
            self.copy_button = QPushButton(self.tr("&Copy this PC's records to the server…"))
        self.save_button = QPushButton(self.tr("&Save"))
        buttons = QHBoxLayout()
        for button in (self.test_button, self.copy_button, self.save_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("database_status")
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.local_button)
        layout.addWidget(self.server_button)
        layout.addWidget(self.server_fields)
        layout.addWidget(self.keyring_note)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.setFocusProxy(self.local_button)

        self.load()
        self.server_button.toggled.connect(self._mode_changed)
        self.sslmode.currentIndexChanged.connect(self._mode_changed)
        self.test_button.clicked.connect(self.test_connection)
        self.copy_button.clicked.connect(self.copy_records)
        self.save_button.clicked.connect(self.save)

    # --- reading and writing the settings --------------------------------------------------
    def load(self) -> None:
        """Show the stored choice and address (never a stored password)."""
        server = self._settings.get(DB_MODE) == SERVER
        (self.server_button if server else self.local_button).setChecked(True)
        self.host.setText(self._settings.get(DB_HOST))
        self.port.setValue(self._settings.get(DB_PORT) or DEFAULT_PORT)
        self.database.setText(self._settings.get(DB_NAME))
        self.user.setText(self._settings.get(DB_USER))
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(self._settings.get(DB_SSLMODE))))
        self.sslrootcert.setText(self._settings.get(DB_SSLROOTCERT))
        self.password.clear()
        # Finding the system's keyring loads its plugins (1.4 s on Linux): on a worker.
        keyring_check = Operation(lambda _progress: keyring_available(), parent=self, show_progress=False)
        keyring_check.finished.connect(self._show_keyring_note)
        keyring_check.finished.connect(keyring_check.deleteLater)
        keyring_check.start()
        self._mode_changed()

    def _show_keyring_note(self, available: bool) -> None:
        if available:
            self.keyring_note.setText(
                self.tr("The password is kept in this PC's keyring, never in a settings file.")
            )
        else:
            self.keyring_note.setText(
                self.tr(
                    "This PC has no keyring to keep the password in, so it is asked for each time "
                    "Sentra Desktop starts."
                )
            )

    def address(self) -> ServerAddress:
        return ServerAddress(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            str(self.sslmode.currentData() or ""),
            self.sslrootcert.text().strip(),
        )

    def server_url(self) -> str:
        """The URL of the server in the form, with the typed (or stored) password."""
        address = self.address()
        return address.url(self.password.text() or stored_password(address))

    def _mode_changed(self) -> None:
        server = self.server_button.isChecked()
        self.server_fields.setEnabled(server)
        # The CA file is read only when the server's certificate is verified.
        self.sslrootcert.setEnabled(str(self.sslmode.currentData() or "").startswith("verify"))
        self.keyring_note.setVisible(server)
        self.test_button.setEnabled(server and not self.busy)
        self.copy_button.setEnabled((server or self.on_server) and not self.busy)

    def _missing(self) -> str | None:
        address = self.address()
        if not (address.host and address.database and address.user):
            return self.tr("Fill in the host, the database and the user first.")
        return None

    def save(self) -> None:
        """Keep the choice; the password goes to the keyring when there is one."""
        address: ServerAddress | None = None
        if self.server_button.isChecked():
            missing = self._missing()
            if missing:
                self._say(missing, good=False)
                return
            address = self.address()
        try:
            self.service.change(address, self.password.text(), self._keep)
        except SentraError as exc:
            self._say(error_text(exc), good=False)
            return
        self.password.clear()
        self._say(self.tr("Saved. Start Sentra Desktop again to work on the chosen database."), good=True)
        self.saved.emit()

    def _keep(self, address: ServerAddress | None) -> None:
        """This PC's settings: the server's address (never its password), or this PC's file."""
        if address is None:
            self._settings.set(DB_MODE, LOCAL)
            return
        self._settings.set(DB_HOST, address.host)
        self._settings.set(DB_PORT, address.port)
        self._settings.set(DB_NAME, address.database)
        self._settings.set(DB_USER, address.user)
        self._settings.set(DB_SSLMODE, address.sslmode)
        self._settings.set(DB_SSLROOTCERT, address.sslrootcert)
        self._settings.set(DB_MODE, SERVER)

    # --- trying the server, copying the records ----------------------------------------------
    @property
    def busy(self) -> bool:
        return self.operation is not None and self.operation.running

    def test_connection(self) -> None:
        """Try the server in the form on a worker and say in plain words what happened."""
        missing = self._missing()
        if missing:
            self._say(missing, good=False)
            return
        url = self.server_url()
        self._say(self.tr("Trying the server…"), good=True)
        test = self.service.test_connection
        self._start(lambda _progress: test(url), self.tr("Trying the server"), self._tested)

    def _tested(self, result: object) -> None:
        assert isinstance(result, ConnectionTest)
        self._say(self.connection_text(result), good=result.ok)
        # The driver's own (English) words stay out of the sentence, at hand for whoever looks after
        # the server.
        self.status_label.setToolTip(result.detail)

    def connection_text(self, result: ConnectionTest) -> str:
        """A plain sentence for each outcome of :func:`try_connection`."""
        if result.ok:
            text = self.tr("The server answers: %1. Sentra Desktop can work on it.").replace(
                "%1", result.server_version
            )
            if result.encrypted:
                return text + " " + self.tr("The link is encrypted.")
            return (
                text
                + " "
                + self.tr(
                    "The link is NOT encrypted: anyone on the network can read the records on their way. "
                    "Choose an encryption setting, or keep the server on a network only the sentra uses."
                )
            )
        texts = {
            "refused": self.tr(
                "Nothing answers at that address. Check the host name and port, that the server PC "
                "is on, and the network cable."
            ),
            "auth": self.tr("The server refused the user name or the password."),
            "no_database": self.tr(
                "The server has no database with that name. Ask whoever looks after the server to create it."
            ),
            "no_driver": self.tr("The PostgreSQL driver is missing from this installation."),
            "ssl": self.tr(
                "The encrypted link could not be set up: the server offers no encryption, or its "
                "certificate does not match the CA file or its name."
            ),
        }
        return texts.get(result.code, self.tr("The server could not be used."))

    def copy_records(self) -> None:
        """Copy every record of the open database to the (empty) server in the form, or, when the
        program works on a server, to this PC's (empty) file."""
        if self.on_server:
            question = self.tr(
                "Copy every record of the server to this PC's file %1? The file must hold no records "
                "yet; the server's records stay as they are."
            ).replace("%1", self.local_url.removeprefix("sqlite:///"))
            url = self.local_url
        else:
            missing = self._missing()
            if missing:
                self._say(missing, good=False)
                return
            question = self.tr(
                "Copy every record of this PC to the server %1? The server's database must be empty; "
                "the records here stay as they are."
            ).replace("%1", self.address().key)
            url = self.server_url()
        if not self.confirm(question):
            return
        service = self.service
        self._start(
            lambda progress: service.copy_records(url, translated(progress)),
            self.tr("Copying the records to the server"),
            self._copied,
        )

    def _copied(self, result: object) -> None:
        assert isinstance(result, CopyResult)
        if self.on_server:
            text = self.tr(
                "%1 records copied; the counts and stock totals in this PC's file match. Choose "
                "“On this PC” and save to work on it."
            )
        else:
            text = self.tr(
                "%1 records copied; the counts and stock totals on the server match. Choose "
                "“On a server” and save to work on it."
            )
        self._say(text.replace("%1", str(result.records)), good=True)

    def _start(self, work: object, title: str, on_done: object) -> None:
        for button in (self.test_button, self.copy_button, self.save_button):
            button.setEnabled(False)

        def finished(result: object) -> None:
            self._idle()
            on_done(result)  # type: ignore[operator]

        def failed(exc: BaseException) -> None:
            self._idle()
            self._say(error_text(exc), good=False)
            # The driver's own words stay at hand, for whoever looks after the server.
            self.status_label.setToolTip(technical_detail(exc) if isinstance(exc, SentraError) else "")

        self.operation = run_operation(
            work,  # type: ignore[arg-type]
            parent=self,
            title=title,
            on_done=finished,
            on_error=failed,
        )

    def _idle(self) -> None:
        self.operation = None
        self.save_button.setEnabled(True)
        self._mode_changed()

    def _say(self, text: str, *, good: bool) -> None:
        self.status_label.setToolTip("")
        self.status_label.setStyleSheet(GOOD_STYLE if good else BAD_STYLE)
        self.status_label.setText(text)

    def confirm(self, text: str) -> bool:
        """Ask a yes/no question; No is the default answer (overridden in tests)."""
        answer = QMessageBox.question(
            self,
            self.tr("Database"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
