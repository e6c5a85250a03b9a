"""The page shown for an area whose feature has not been built yet: says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """A plain "not available yet" notice; never fake data."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        heading = QLabel(title)
        heading.setObjectName("page_title")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        notice = QLabel(
            self.tr(
                "This area is not available yet. It will come in a later version of Sentra Desktop; "
                "until then nothing here is recorded."
            )
        )
        notice.setObjectName("not_available")
        notice.setWordWrap(True)
        notice.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(notice)
        layout.addStretch(1)
