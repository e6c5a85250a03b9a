"""Laporan Bantuan of the agency: aid received by every sentra, by agency and sentra, and its sheet
for the coordination meeting (with the overlaps across sentra and agencies)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from sentra_desktop.core.agency_view import AgencyAidData, AgencyAidLine
from sentra_desktop.core.formatting import format_rupiah, format_thousands
from sentra_desktop.services.agency.view import AgencyViewService
from sentra_desktop.ui.agency.common import AreaBox, RowsModel, make_sheet, size_columns
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.operation import Operation
from sentra_desktop.ui.pages.common import buddy_label
from sentra_desktop.ui.tables import configure_table
from sentra_desktop.ui.widgets import DateEdit


def _cells(line: AgencyAidLine) -> list[str]:
    return [
        line.agency,
        line.sentra,
        format_thousands(line.items),
        format_rupiah(line.value),
        format_thousands(line.overlapping),
    ]


class AgencyAidPage(QWidget):
    """Dates (either may be empty: open), the totals by agency and sentra, Print."""

    def __init__(self, view: AgencyViewService, area: AreaBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.area = area
        self.operation: Operation | None = None
        self.data: AgencyAidData | None = None
        self._generation = 0
        self.date_from = DateEdit(optional=True)
        self.date_from.setObjectName("aid_from")
        self.date_to = DateEdit(optional=True)
        self.date_to.setObjectName("aid_to")
        today = date.today()
        self.date_from.set_value(date(today.year, 1, 1))
        self.date_to.set_value(today)
        self.print_button = QPushButton(self.tr("&Print the aid report"))
        self.print_button.setObjectName("print_aid")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        headers = [
            self.tr("Agency"),
            self.tr("Sentra"),
            self.tr("Items"),
            self.tr("Value"),
            self.tr("Items in an overlap"),
        ]
        self.model: RowsModel[AgencyAidLine] = RowsModel(
            headers, _cells, right=(2, 3, 4), warned=lambda line: line.overlapping > 0, parent=self
        )
        self.table = QTableView()
        self.table.setObjectName("aid_lines")
        self.table.setModel(self.model)
        configure_table(self.table, stretch_last=True)
        size_columns(
            self.table,
            ("Dinas Perindustrian Provinsi Sumsel", "Sentra Karet Palembang 00", "000", "Rp 000.000.000"),
        )
        bar = QHBoxLayout()
        bar.addWidget(buddy_label(self.tr("Received &from:"), self.date_from))
        bar.addWidget(self.date_from)
        bar.addWidget(buddy_label(self.tr("&To:"), self.date_to))
        bar.addWidget(self.date_to)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self.date_from.dateChanged.connect(self.reload)
        self.date_to.dateChanged.connect(self.reload)
        self.print_button.clicked.connect(self.print_report)

    def reload(self) -> Operation:
        """Read every sentra's aid of the dates on a worker; a newer request wins."""
        self._generation += 1
        generation = self._generation
        start, end = self.date_from.value(), self.date_to.value()
        province, regency = self.area.area()
        self.summary.setText(self.tr("Reading the aid of every sentra…"))
        view = self.view
        operation = Operation(
            lambda progress: view.aid_sheet(start, end, province, regency, progress=progress),
            parent=self,
            show_progress=False,
        )
        operation.finished.connect(lambda data: self._loaded(generation, data))
        operation.errored.connect(lambda exc: self._failed(generation, exc))
        self.operation = operation.start()
        return self.operation

    def _loaded(self, generation: int, data: AgencyAidData) -> None:
        if generation != self._generation:
            return
        self.data = data
        self.model.set_rows(data.lines)
        text = (
            self.tr("{sentra} sentra, {items} aid items worth {value}, {overlaps} overlaps.")
            .replace("{sentra}", format_thousands(len(data.sentra)))
            .replace("{items}", format_thousands(sum(line.items for line in data.lines)))
            .replace("{value}", format_rupiah(data.total_value))
            .replace("{overlaps}", format_thousands(data.overlap_count))
        )
        if data.silent:
            text += " " + self.tr(
                "Not heard from in 3 months, their latest aid may be missing: {names}."
            ).replace("{names}", ", ".join(data.silent))
        self.summary.setText(text)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.summary.setText(self.tr("The aid could not be read."))
            show_error(self, exc)

    def print_report(self) -> Operation:
        start, end = self.date_from.value(), self.date_to.value()
        province, regency = self.area.area()
        view = self.view
        return make_sheet(
            self, lambda progress: view.aid_sheet(start, end, province, regency, progress=progress)
        )
