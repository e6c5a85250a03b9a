"""Small input widgets that follow Indonesian habits, and the photo field forms share."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.formatting import format_rupiah, format_thousands
from sentra_desktop.ui.errors import show_error

DATE_FORMAT = "dd/MM/yyyy"


class MoneyEdit(QLineEdit):
    """A Rupiah amount typed as 15000 or 15.000; the service parses and checks the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0")
        self.setMaxLength(24)
        self.editingFinished.connect(self._tidy)

    def set_amount(self, value: int | None) -> None:
        self.setText("" if value is None else format_thousands(value))

    def _tidy(self) -> None:
        """Regroup a plain number ("15000" -> "15.000") once typing is done."""
        text = self.text().strip().replace(" ", "")
        if text.isdigit() and len(text) <= 15:
            self.setText(format_thousands(int(text)))


class DateEdit(QDateEdit):
    """A date shown as 28/11/2026 with a calendar pop-up; can be empty when ``optional``."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self._optional = optional
        if optional:
            self.setMinimumDate(QDate(1900, 1, 1))
            self.setSpecialValueText(" ")
        self.set_value(None if optional else date.today())

    def value(self) -> date | None:
        if self._optional and self.date() == self.minimumDate():
            return None
        qdate = self.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(self.minimumDate() if self._optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))


class ChoiceCombo(QComboBox):
    """A drop-down of (id, name) choices, optionally with an empty first entry."""

    def __init__(self, parent: QWidget | None = None, *, empty_text: str | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text

    def set_choices(self, choices: Sequence[tuple[object, str]], selected: object = None) -> None:
        self.clear()
        if self._empty_text is not None:
            self.addItem(self._empty_text, None)
        for value, name in choices:
            self.addItem(name, value)
        self.select(selected)

    def select(self, value: object) -> None:
        index = self.findData(value)
        self.setCurrentIndex(index if index >= 0 else 0)

    def value(self) -> object:
        return self.currentData()

    def id_value(self) -> int | None:
        """The chosen record id, for combos of (id, name) choices (None for the empty entry)."""
        value = self.currentData()
        return value if isinstance(value, int) else None


def show_picture(label: QLabel, data: bytes | None, edge: int, *, missing: str, unreadable: str) -> None:
    """Show the picture ``data`` in ``label``, fitted into an ``edge``-pixel square, or say why not."""
    pixmap = QPixmap()
    if data and pixmap.loadFromData(data):
        label.setPixmap(
            pixmap.scaled(
                edge, edge, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        return
    label.setPixmap(QPixmap())
    label.setText(unreadable if data else missing)


class PhotoField(QWidget):
    """A photo preview with Choose and Remove under it (design and aid forms); the picked file's bytes go
    to the service as they are, which checks and resizes them when the record is saved."""

    def __init__(self, stored: bytes | None, edge: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stored = stored
        self.edge = edge
        self.picked: bytes | None = None
        self.removed = False
        self.preview = QLabel()
        self.preview.setObjectName("photo_preview")
        self.preview.setFixedSize(edge, edge)
        self.preview.setStyleSheet("QLabel { border: 1px solid #b0b0b0; background: #fafafa; }")
        self.preview.setWordWrap(True)  # "No photo" in two short lines inside the small square
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose = QPushButton(self.tr("C&hoose photo…"))
        self.choose.clicked.connect(self._choose)
        self.remove = QPushButton(self.tr("Remove photo"))
        self.remove.clicked.connect(self.clear)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.preview)
        column.addWidget(self.choose)
        column.addWidget(self.remove)
        self.setFocusProxy(self.choose)
        self._show(stored)

    def _show(self, data: bytes | None) -> None:
        show_picture(
            self.preview,
            data,
            self.edge - 4,
            missing=self.tr("No photo"),
            unreadable=self.tr("Not a picture"),
        )
        self.remove.setEnabled(bool(data))

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            str(Path.home()),
            self.tr("Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;All files (*)"),
        )
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        """Take the picture in ``path``; it is checked and resized when the form is saved."""
        try:
            self.picked = path.read_bytes()
        except OSError as exc:
            show_error(self, exc)
            return
        self.removed = False
        self._show(self.picked)

    def clear(self) -> None:
        self.picked, self.removed = None, True
        self._show(None)

    def changed(self) -> bool:
        return self.picked is not None or (self.removed and self.stored is not None)


def rupiah_text(value: int | None) -> str:
    return format_rupiah(value)
