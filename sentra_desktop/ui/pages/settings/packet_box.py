"""Paket untuk dinas: the head writes the sentra's signed packet for the agency onto a USB stick.

Shown on the Import/Export tab. The export runs as an :class:`Operation` with progress; the
folder is chosen with the system's folder chooser. The key fingerprint shown here (and in the
About box) is what the agency compares with the first packet it receives.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.formatting import format_thousands
from sentra_desktop.services.packet.export import ExportResult, PacketService
from sentra_desktop.ui.errors import error_text
from sentra_desktop.ui.operation import Operation, ProgressFn
from sentra_desktop.ui.pages.settings.transfer_dialog import BAD_STYLE, OK_STYLE


class PacketBox(QGroupBox):
    """The export button (the head's), its two choices, and what the last export wrote."""

    def __init__(self, packets: PacketService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Packet for the agency"), parent)
        self.packets = packets
        self.operation: Operation | None = None
        self.result: ExportResult | None = None
        hint = QLabel(
            self.tr(
                "Writes the records changed since the last packet into one signed file for the agency "
                "(dinas), to carry on a USB stick. The first packet carries everything."
            )
        )
        hint.setWordWrap(True)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("packet_fingerprint")
        self.full_box = QCheckBox(self.tr("Everything, not only the changes (after restoring a backup)"))
        self.photos_box = QCheckBox(self.tr("With full-size photos"))
        self.photos_box.setChecked(True)
        self.export_button = QPushButton(self.tr("E&xport packet…"))
        self.export_button.setObjectName("export_packet")
        self.export_button.clicked.connect(self.ask_export)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.full_box)
        row.addWidget(self.photos_box)
        row.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("packet_status")
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.fingerprint_label)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        self.show_fingerprint()

    def show_fingerprint(self) -> None:
        fingerprint = self.packets.identity().key_fingerprint
        shown = fingerprint if fingerprint is not None else self.tr("not made yet (made at the first export)")
        self.fingerprint_label.setText(self.tr("Key fingerprint: %1").replace("%1", shown))

    def ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the packet (a USB stick)"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> Operation:
        """Write the packet into ``folder`` on a worker thread."""
        packets, full, photos = self.packets, self.full_box.isChecked(), self.photos_box.isChecked()

        def work(progress: ProgressFn) -> ExportResult:
            return packets.export(folder, full=full, photos=photos, progress=progress)

        self.status_label.clear()
        self.export_button.setEnabled(False)
        self.operation = Operation(work, parent=self, title=self.tr("Exporting the packet"))
        self.operation.finished.connect(self._exported)
        self.operation.errored.connect(self._failed)
        return self.operation.start()

    def _exported(self, result: ExportResult) -> None:
        self.result = result
        self.export_button.setEnabled(True)
        self.full_box.setChecked(False)
        self.status_label.setStyleSheet(OK_STYLE)
        text = self.tr("Packet written: %1 (%2 records, %3 deletions).")
        text = text.replace("%1", str(result.path)).replace("%2", format_thousands(result.records))
        self.status_label.setText(text.replace("%3", format_thousands(result.tombstones)))
        self.show_fingerprint()

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status_label.setStyleSheet(BAD_STYLE)
        self.status_label.setText(error_text(exc))
