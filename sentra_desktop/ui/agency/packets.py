"""Paket: the registered sentra with their keys and last packets, and "Impor paket".

The first packet of a sentra shows its key fingerprint to compare with the sentra's About box
before the sentra is registered; a full packet for a registered sentra replaces its replica only
after a second confirmation. Reading the packet and merging it run on a worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.agency_view import SILENT_MONTHS
from sentra_desktop.core.formatting import format_date, format_thousands
from sentra_desktop.services.agency.view import AgencyViewService, RegisteredSentra
from sentra_desktop.ui.agency.common import AreaBox, RowsModel, size_columns
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.operation import Operation, run_operation
from sentra_desktop.ui.tables import configure_table

PACKET_PATTERN = "*.sentra-paket"


class PacketImporter(Protocol):
    """The agency's packet import (services/agency/service.py ``AgencyService``)."""

    def preview(self, path: Path) -> Any: ...

    def import_packet(self, path: Path, confirm_full_replace: bool = False) -> Any: ...


class PacketsPage(QWidget):
    """The registry's list and the import button; ``imported`` after a packet went in."""

    imported = Signal()

    def __init__(
        self,
        view: AgencyViewService,
        area: AreaBox,
        importer: PacketImporter | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.area = area
        self.importer = importer
        self.operation: Operation | None = None
        never, silent = self.tr("No packet yet"), self.tr("Not heard from in {months} months")
        silent = silent.replace("{months}", str(SILENT_MONTHS))

        def cells(row: RegisteredSentra) -> list[str]:
            last = format_date(row.last_packet_at.date()) if row.last_packet_at else "–"
            state = (never if row.last_packet_at is None else silent) if row.silent else ""
            return [
                row.name,
                row.region or "–",
                row.key_fingerprint,
                format_thousands(row.last_seq),
                last,
                state,
            ]

        headers = [
            self.tr("Sentra"),
            self.tr("Regency / city"),
            self.tr("Key fingerprint"),
            self.tr("Last sequence"),
            self.tr("Last packet"),
            self.tr("Warning"),
        ]
        self.model: RowsModel[RegisteredSentra] = RowsModel(
            headers, cells, right=(3,), warned=lambda r: r.silent, parent=self
        )
        self.table = QTableView()
        self.table.setObjectName("registry")
        self.table.setModel(self.model)
        configure_table(self.table, stretch_last=True)
        fingerprint = "a1b2 c3d4 e5f6 0708 090a 0b0c 0d0e 0f10"
        size_columns(
            self.table,
            (
                "Sentra Karet Palembang 00",
                "Kabupaten Banyuasin, Sumatera Selatan",
                fingerprint,
                "000.000",
                "00/00/0000",
            ),
        )
        self.import_button = QPushButton(self.tr("&Import packet…"))
        self.import_button.setObjectName("import_packet")
        self.import_button.setEnabled(importer is not None)
        self.import_button.clicked.connect(self.choose_packet)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

    def reload(self) -> None:
        """The registry as it is now (a few dozen rows, read at once)."""
        rows = self.view.registered(*self.area.area())
        self.model.set_rows(rows)
        silent = sum(1 for r in rows if r.silent)
        text = self.tr("Sentra registered: {count}.").replace("{count}", format_thousands(len(rows)))
        if silent:
            text += " " + self.tr("Not heard from in {months} months: {silent}.").replace(
                "{months}", str(SILENT_MONTHS)
            ).replace("{silent}", format_thousands(silent))
        self.status.setText(text)

    # --- import ------------------------------------------------------------------------------
    def choose_packet(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import packet"),
            "",
            self.tr("Sentra packets ({pattern})").replace("{pattern}", PACKET_PATTERN),
        )
        if path:
            self.import_file(Path(path))

    def confirm(self, title: str, text: str) -> bool:
        """Ask yes or no (No is the default: nothing is imported by a stray Enter)."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def import_file(self, path: Path) -> Operation | None:
        """Read the packet's facts on a worker, ask what must be asked, then merge it on a worker."""
        importer = self.importer
        if importer is None:
            return None
        self.operation = run_operation(
            lambda _progress: importer.preview(path),
            parent=self,
            title=self.tr("Reading the packet…"),
            on_done=lambda facts: self._previewed(path, facts),
        )
        return self.operation

    def _previewed(self, path: Path, facts: Any) -> None:
        importer = self.importer
        assert importer is not None
        if facts.new_sentra and not self.confirm(
            self.tr("A new sentra"),
            self.tr(
                "This is the first packet of {name}. Compare its key fingerprint with the one in the About "
                "box of the sentra's program before registering it:\n\n{fingerprint}\n\nRegister the sentra "
                "and import the packet?"
            )
            .replace("{name}", facts.sentra_name)
            .replace("{fingerprint}", facts.key_fingerprint),
        ):
            self.status.setText(self.tr("Nothing imported."))
            return
        replace = bool(facts.replaces)
        if replace and not self.confirm(
            self.tr("Replace the sentra's records"),
            self.tr(
                "This full packet replaces every record the agency holds of {name} (after a restore on the "
                "sentra's PC). Replace them?"
            ).replace("{name}", facts.sentra_name),
        ):
            self.status.setText(self.tr("Nothing imported."))
            return
        self.operation = run_operation(
            lambda _progress: importer.import_packet(path, confirm_full_replace=replace),
            parent=self,
            title=self.tr("Importing the packet…"),
            on_done=self._imported,
            on_error=self._refused,
        )

    def _imported(self, result: Any) -> None:
        facts = result.facts
        if result.result == "already":
            text = self.tr("This packet of {name} was imported before: nothing added.")
        else:
            text = self.tr("Packet of {name} imported (changes {first} to {last}).")
        self.status.setText(
            text.replace("{name}", facts.sentra_name)
            .replace("{first}", format_thousands(facts.seq_from + 1))
            .replace("{last}", format_thousands(facts.seq_to))
        )
        self.imported.emit()  # first: the window's replicas are read again before the list is
        self.area.reload()
        self.model.set_rows(self.view.registered(*self.area.area()))

    def _refused(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Nothing imported."))
        show_error(self, exc)
