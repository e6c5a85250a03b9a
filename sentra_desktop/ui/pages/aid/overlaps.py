"""Tumpang tindih: every overlap between two aid items, a page at a time.

The large demo has a hundred thousand pairs; put into one table they froze the window for
seconds. The pairs are made on a worker (:class:`~sentra_desktop.services.aid_overlap.OverlapList`)
and the view asks only for the rows it paints (:class:`PagedTableModel`), so the GUI thread
never waits on them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from sentra_desktop.core.formatting import format_date, format_rupiah, format_thousands
from sentra_desktop.services.aid_overlap import OverlapList, OverlapPair
from sentra_desktop.services.aid_use import AidUseService
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.ui.models.paged import Column, PagedTableModel
from sentra_desktop.ui.pages.aid.names import assistance_kind_names, name_of
from sentra_desktop.ui.tables import configure_table, size_columns_by_text

WIDTHS = (10, 18, 30, 16, 0, 0, 30, 16, 0, 0)  # characters each text column starts with


class OverlapsTab(QWidget):
    """The overlap list with a line saying what it shows and how many there are."""

    def __init__(self, aid_use: AidUseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = OverlapList(aid_use.overlaps)
        self.readings = 0
        kinds = assistance_kind_names()
        sentra = self.tr("(sentra)")

        columns: list[Column[OverlapPair]] = [
            Column(self.tr("Kind"), lambda p: name_of(kinds, p.kind)),
            Column(self.tr("Recipient"), lambda p: p.recipient or sentra),
            Column(self.tr("First item"), lambda p: p.first),
            Column(self.tr("Agency"), lambda p: p.first_agency),
            Column(self.tr("Received"), lambda p: format_date(p.first_on)),
            Column(self.tr("Value"), lambda p: format_rupiah(p.first_value), align_right=True),
            Column(self.tr("Again"), lambda p: p.second),
            Column(self.tr("Agency"), lambda p: p.second_agency),
            Column(self.tr("Received"), lambda p: format_date(p.second_on)),
            Column(self.tr("Value"), lambda p: format_rupiah(p.second_value), align_right=True),
        ]
        self.model: PagedTableModel[OverlapPair] = PagedTableModel(self.source, columns, parent=self)
        self.table = QTableView()
        self.table.setObjectName("overlaps")
        self.table.setModel(self.model)
        configure_table(self.table, stretch_last=True)
        dates_and_values = {4: "00/00/0000", 5: "Rp 00.000.000", 8: "00/00/0000", 9: "Rp 00.000.000"}
        size_columns_by_text(self.table, WIDTHS, dates_and_values)
        self.note = QLabel(
            self.tr(
                "The same kind of aid for the same recipient from two programmes within the overlap "
                "window; for moulds, only sets that cast a common design. Raise them at the coordination "
                "meeting."
            )
        )
        self.note.setWordWrap(True)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setFocusProxy(self.table)
        self.model.loaded.connect(self._loaded)

    def load(self) -> None:
        """Read the pairs again on a worker; the rows shown stay until the new ones are there."""
        if self.model.loading:
            return
        self.readings += 1
        self.count_label.setText(self.tr("Reading…"))
        self.model.set_query(ListQuery(filters={"reading": self.readings}), background=True)

    def _loaded(self) -> None:
        self.count_label.setText(
            self.tr("Overlaps: {count}").replace("{count}", format_thousands(self.model.rowCount()))
        )

    def pair_at(self, row: int) -> OverlapPair | None:
        return self.model.row_at(row)
