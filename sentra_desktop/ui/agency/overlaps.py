"""Tumpang tindih bantuan across sentra: every sentra's aid overlaps, a page at a time.

Each sentra's pairs are made by its own overlap check on its replica, all of them on a worker
(:class:`services.agency.aid.AgencyOverlapList`); the view asks only for the rows it paints. A
pair is from two agencies, or from one agency twice (its programmes), agencies matched by name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from sentra_desktop.core.agency_view import AgencyOverlap
from sentra_desktop.core.formatting import format_date, format_rupiah, format_thousands
from sentra_desktop.services.agency.view import AgencyViewService
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.ui.agency.common import AreaBox
from sentra_desktop.ui.models.paged import Column, PagedTableModel
from sentra_desktop.ui.pages.aid.names import assistance_kind_names, name_of
from sentra_desktop.ui.pages.common import buddy_label
from sentra_desktop.ui.tables import configure_table, size_columns_by_text

WIDTHS = (22, 9, 18, 22, 16, 0, 0, 22, 16, 0, 0, 14)  # characters each text column starts with


class AgencyOverlapsPage(QWidget):
    """Which overlaps (all, two agencies, one agency twice), the list, and how many."""

    def __init__(self, view: AgencyViewService, area: AreaBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.source = view.overlap_list()
        self.readings = 0
        kinds = assistance_kind_names()
        sentra, two, twice = self.tr("(sentra)"), self.tr("Two agencies"), self.tr("One agency twice")
        columns: list[Column[AgencyOverlap]] = [
            Column(self.tr("Sentra"), lambda o: o.sentra),
            Column(self.tr("Kind"), lambda o: name_of(kinds, o.line.kind)),
            Column(self.tr("Recipient"), lambda o: o.line.recipient or sentra),
            Column(self.tr("First item"), lambda o: o.line.first),
            Column(self.tr("Agency"), lambda o: o.line.first_agency),
            Column(self.tr("Received"), lambda o: format_date(o.line.first_on)),
            Column(self.tr("Value"), lambda o: format_rupiah(o.line.first_value), align_right=True),
            Column(self.tr("Again"), lambda o: o.line.second),
            Column(self.tr("Agency"), lambda o: o.line.second_agency),
            Column(self.tr("Received"), lambda o: format_date(o.line.second_on)),
            Column(self.tr("Value"), lambda o: format_rupiah(o.line.second_value), align_right=True),
            Column(self.tr("Given by"), lambda o: twice if o.same_agency else two),
        ]
        self.model: PagedTableModel[AgencyOverlap] = PagedTableModel(self.source, columns, parent=self)
        self.table = QTableView()
        self.table.setObjectName("agency_overlaps")
        self.table.setModel(self.model)
        configure_table(self.table, stretch_last=True)
        dates_and_values = {5: "00/00/0000", 6: "Rp 00.000.000", 9: "00/00/0000", 10: "Rp 00.000.000"}
        size_columns_by_text(self.table, WIDTHS, dates_and_values)
        self.which = QComboBox()
        self.which.setObjectName("which")
        # Text keys, not True/False: a Python bool kept in a QVariant is released once too often by
        # PySide6 (the process dies at exit with "bool_dealloc").
        self.which.addItem(self.tr("Every overlap"), "every")
        self.which.addItem(two, "two")
        self.which.addItem(twice, "twice")
        self.note = QLabel(
            self.tr(
                "Each sentra's own overlap check: the same kind of aid for the same recipient (the sentra or "
                "one of its member businesses) from two programmes within its overlap window. Agencies are "
                "matched by name across sentra."
            )
        )
        self.note.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        bar = QHBoxLayout()
        bar.addWidget(buddy_label(self.tr("&Show:"), self.which))
        bar.addWidget(self.which)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setFocusProxy(self.table)
        self.model.loaded.connect(self._loaded)
        self.which.currentIndexChanged.connect(lambda _i: self.load())

    def load(self) -> None:
        """Read every sentra's pairs again on a worker; the rows shown stay until the new ones come."""
        self.readings += 1
        province, regency = self.area.area()
        filters = {"reading": self.readings, "province": province, "regency": regency}
        which = self.which.currentData()
        if which != "every":
            filters["same_agency"] = which == "twice"
        self.count_label.setText(self.tr("Reading…"))
        self.model.set_query(ListQuery(filters=filters), background=True)

    def _loaded(self) -> None:
        self.count_label.setText(
            self.tr("Overlaps: {count}").replace("{count}", format_thousands(self.model.rowCount()))
        )
