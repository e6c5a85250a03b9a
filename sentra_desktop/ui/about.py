"""The About box: version, where the data is kept (with a button to open the folder), the database
in use, and the licence."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop import APP_NAME, __version__
from sentra_desktop.core.i18n import QT_TRANSLATE_NOOP

ICON = Path(__file__).parent / "icons" / "sentra.png"
# The licence text: beside the package in a source checkout and in the frozen bundle alike.
LICENSE_FILE = Path(__file__).resolve().parents[2] / "LICENSE"
LICENCE_NAME = QT_TRANSLATE_NOOP(
    "AboutDialog", "GNU General Public License, version 3 or later (GPL-3.0-or-later)"
)


def database_text(url: str) -> str:
    """The database as an operator reads it: a file's path for SQLite, else the URL (no password)."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and len(url) > len(prefix):
        return str(Path(url[len(prefix) :]))
    return url


class AboutDialog(QDialog):
    """Version, data folder (with an Open button), database, licence; shown with ``show()``.

    Args:
        data_folder: the folder holding the database, backups, logs and settings.
        database_url: the database in use (password already hidden).
        key_fingerprint: the sentra's packet key fingerprint, which the agency compares with
            the first packet it receives; None before the first export made the key.
    """

    def __init__(
        self,
        data_folder: Path,
        database_url: str,
        parent: QWidget | None = None,
        key_fingerprint: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_folder = Path(data_folder)
        self.setWindowTitle(self.tr("About Sentra Desktop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        logo = QLabel()
        if ICON.exists():
            logo.setPixmap(
                QPixmap(str(ICON)).scaled(
                    72, 72, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        title = QLabel(f"<b>{APP_NAME}</b>")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version_label.setObjectName("about_version")
        summary = QLabel(self.tr("Record keeping for a small-industry production centre."))
        summary.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.version_label)
        heading.addWidget(summary)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.folder_label = QLabel(str(self.data_folder))
        self.folder_label.setObjectName("about_data_folder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("&Open data folder"))
        self.open_folder.setObjectName("about_open_folder")
        self.open_folder.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_folder)

        self.database_label = QLabel(database_text(database_url))
        self.database_label.setObjectName("about_database")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_label.setWordWrap(True)

        licence = name = QCoreApplication.translate("AboutDialog", LICENCE_NAME)
        if LICENSE_FILE.is_file():
            link = QUrl.fromLocalFile(str(LICENSE_FILE)).toString()
            licence = f'<a href="{link}">{name}</a>'
        self.licence_label = QLabel(
            licence + "<br>" + self.tr("This program comes with absolutely no warranty.")
        )
        self.licence_label.setObjectName("about_licence")
        self.licence_label.setWordWrap(True)
        self.licence_label.setOpenExternalLinks(True)

        built = self.tr("Python %1, Qt %2, Qt for Python %3").replace("%1", platform.python_version())
        built = built.replace("%2", qVersion()).replace("%3", PySide6.__version__)
        if getattr(sys, "frozen", False):
            built += " · " + self.tr("installed build")
        self.built_label = QLabel(built)

        self.fingerprint_label = QLabel(key_fingerprint or self.tr("not made yet"))
        self.fingerprint_label.setObjectName("about_key_fingerprint")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Data folder:"), folder_row)
        form.addRow(self.tr("Database:"), self.database_label)
        form.addRow(self.tr("Packet key:"), self.fingerprint_label)
        form.addRow(self.tr("Licence:"), self.licence_label)
        form.addRow(self.tr("Built with:"), self.built_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def open_data_folder(self) -> bool:
        """Open the data folder in the system's file manager; False when that failed."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))
