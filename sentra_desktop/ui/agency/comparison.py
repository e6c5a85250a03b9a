"""Perbandingan: every sentra's Kinerja figures of one period in one table, and its printed sheet.

The figures are each sentra's own (read from its replica by the Kinerja code) on a worker; a newer
request wins. Sentra not heard from in three months are named above the table and shown in red.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from sentra_desktop.core.agency_view import (
    NUMBER_COLUMNS,
    SentraFigures,
    comparison_cells,
    comparison_headers,
)
from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.core.formatting import format_thousands
from sentra_desktop.core.performance import Period, PeriodKind
from sentra_desktop.services.agency.view import AgencyViewService
from sentra_desktop.ui.agency.common import AreaBox, RowsModel, make_sheet, size_columns, two_lines
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.operation import Operation
from sentra_desktop.ui.period_bar import PeriodBar
from sentra_desktop.ui.tables import configure_table

# What each column's widest usual text looks like (names are cut, their tooltip shows them whole).
SAMPLES = (
    "Sentra Souvenir Karet Tal",
    "Kabupaten Banyuasin",
    "000.000",
    "00.000 (0,0 %)",
    "0.000",
    "Rp 000.000.000",
    "00",
    "00",
    "00",
    "00,0 %",
    "00,0 % Porprov Sums",
    "Rp 000.000.000",
    "00/00/0000 (!)",
)
SHOWN_SILENT = 6  # names said above the table; the rest are counted (all are red in it)
NOTE_STYLE = "background: #fff4d6; border: 1px solid #e0b44c; padding: 4px;"


class ComparisonPage(QWidget):
    """Period and dates at the top (the area is the window's), the side-by-side table below."""

    def __init__(self, view: AgencyViewService, area: AreaBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.area = area
        self.operation: Operation | None = None
        self._generation = 0
        self.period_bar = PeriodBar(PeriodKind.YEAR)
        self.print_button = QPushButton(self.tr("&Print the comparison"))
        self.print_button.setObjectName("print_comparison")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.silent = QLabel()
        self.silent.setObjectName("silent")
        self.silent.setWordWrap(True)
        self.silent.setStyleSheet(NOTE_STYLE)
        self.silent.hide()
        self.model: RowsModel[SentraFigures] = RowsModel(
            [two_lines(t) for t in comparison_headers()],
            comparison_cells,
            right=NUMBER_COLUMNS,
            warned=lambda r: r.silent,
            parent=self,
        )
        self.table = QTableView()
        self.table.setObjectName("comparison")
        self.table.setModel(self.model)
        configure_table(self.table)
        size_columns(self.table, SAMPLES)

        bar = QHBoxLayout()
        bar.addWidget(self.period_bar)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.silent)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.setFocusProxy(self.table)

        self.period_bar.changed.connect(self.reload)
        self.print_button.clicked.connect(self.print_comparison)

    def period(self) -> Period | None:
        """The chosen period; None (said under the table) when it ends before it starts."""
        try:
            return self.period_bar.period()
        except ValidationError:
            self.status.setText(self.tr("The period ends before it starts."))
            return None

    def set_period(self, kind: PeriodKind, start: date, end: date | None = None) -> Operation | None:
        """Choose a period from code (tests, screenshots): the figures reload once."""
        self.period_bar.set_period(kind, start, end)
        return self.reload()

    def reload(self) -> Operation | None:
        """Read every sentra's figures of the period on a worker; a newer request wins."""
        period = self.period()
        if period is None:
            return None
        self._generation += 1
        generation = self._generation
        province, regency = self.area.area()
        self.status.setText(self.tr("Reading the figures of every sentra…"))
        view = self.view
        operation = Operation(
            lambda progress: view.comparison(period, province, regency, progress=progress),
            parent=self,
            show_progress=False,
        )
        operation.finished.connect(lambda rows: self._loaded(generation, rows))
        operation.errored.connect(lambda exc: self._failed(generation, exc))
        self.operation = operation.start()
        return self.operation

    def _loaded(self, generation: int, rows: list[SentraFigures]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        silent = [r.name for r in rows if r.silent]
        if len(silent) > SHOWN_SILENT:
            more = self.tr("and {count} more").replace(
                "{count}", format_thousands(len(silent) - SHOWN_SILENT)
            )
            silent = [*silent[:SHOWN_SILENT], more]
        note = self.tr("Not heard from in 3 months (shown in red): {names}.").replace(
            "{names}", ", ".join(silent)
        )
        self.silent.setText(note)
        self.silent.setVisible(bool(silent))
        if rows:
            self.status.setText(self.tr("Sentra: {count}").replace("{count}", format_thousands(len(rows))))
        else:
            self.status.setText(
                self.tr("No sentra in this area yet: import their packets on the Packets page.")
            )

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.status.setText(self.tr("The figures could not be read."))
        if not isinstance(exc, SentraError):
            show_error(self, exc)

    def print_comparison(self) -> Operation | None:
        """The printed comparison of the chosen period and area, made off the GUI thread."""
        period = self.period()
        if period is None:
            return None
        province, regency = self.area.area()
        view = self.view
        return make_sheet(
            self, lambda progress: view.comparison_sheet(period, province, regency, progress=progress)
        )
