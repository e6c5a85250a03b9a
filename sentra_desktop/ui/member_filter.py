"""The member-business filter of the lists, remembered on this PC, and the figures per member.

A member's operator usually keeps to their own member's books, so each page's choice is kept in
the PC's settings file and comes back after a restart. "The sentra itself" shows what belongs to
no member business.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.formatting import format_decimal, format_rupiah, format_thousands
from sentra_desktop.services.container import Services
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.member_filter import SENTRA_ITSELF
from sentra_desktop.ui.settings import AppSettings, Option
from sentra_desktop.ui.widgets import ChoiceCombo

ALL_MEMBERS = -1  # the stored value of "every member business"
PRODUCTION_MEMBER = Option("filters/production_member", ALL_MEMBERS, int)
ORDERS_MEMBER = Option("filters/orders_member", ALL_MEMBERS, int)
PERFORMANCE_MEMBER = Option("filters/performance_member", ALL_MEMBERS, int)
REPORTS_MEMBER = Option("filters/reports_member", ALL_MEMBERS, int)


class RememberedMember(ChoiceCombo):
    """A page's own member drop-down (None = the whole sentra) whose choice is kept on this PC.

    The first choices the page sets select the saved member; afterwards each choice the operator
    makes is saved, and refilling the list keeps the current one as before.
    """

    def __init__(
        self,
        option: Option,
        app_settings: AppSettings | None,
        parent: QWidget | None = None,
        *,
        empty_text: str,
    ) -> None:
        super().__init__(parent, empty_text=empty_text)
        self.option = option
        self.app_settings = app_settings
        saved = ALL_MEMBERS if app_settings is None else int(app_settings.get(option))
        self._first: int | None = None if saved == ALL_MEMBERS else saved
        self._filling = False
        self._filled = False
        self.currentIndexChanged.connect(self._remember)

    def set_choices(self, choices: Sequence[tuple[object, str]], selected: object = None) -> None:
        self._filling = True
        try:
            super().set_choices(choices, selected if self._filled else self._first)
        finally:
            self._filling = False
        self._filled = True

    def _remember(self) -> None:
        if self._filling or self.app_settings is None:
            return
        member = self.id_value()
        self.app_settings.remember(self.option, ALL_MEMBERS if member is None else member)


class MemberFilter(ChoiceCombo):
    """Every member business, the sentra itself, or all of them; the choice is saved under ``option``."""

    def __init__(
        self,
        services: Services,
        option: Option,
        app_settings: AppSettings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, empty_text=self.tr("All member businesses"))
        self.setObjectName("member_filter")
        # Narrow enough to leave the search its room beside the other filters; the list drops down wide.
        self.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setToolTip(self.tr("Show the books of one member business (remembered on this PC)"))
        self.services = services
        self.option = option
        self.app_settings = app_settings
        saved = ALL_MEMBERS if app_settings is None else int(app_settings.get(option))
        self._wanted: int | None = None if saved == ALL_MEMBERS else saved
        self.reload()
        self.currentIndexChanged.connect(self._remember)

    def reload(self) -> None:
        """The member businesses as they are now, keeping the choice."""
        choices: list[tuple[object, str]] = [(SENTRA_ITSELF, self.tr("(the sentra itself)"))]
        choices += [(c.id, c.name) for c in self.services.member_books.choices()]
        self.blockSignals(True)
        self.set_choices(choices, self._wanted)
        self.blockSignals(False)

    def member(self) -> int | None:
        """The chosen member id, :data:`SENTRA_ITSELF`, or None for all of them."""
        return self.id_value()

    def _remember(self) -> None:
        self._wanted = self.member()
        if self.app_settings is not None:
            self.app_settings.remember(self.option, ALL_MEMBERS if self._wanted is None else self._wanted)


class MemberFigures(QDialog):
    """A small table of a list's figures per member business, opened from the list's totals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("member_figures")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def fill_production(self, services: Services, query: ListQuery) -> None:
        """Entries, good pieces, rejects and reject rate of the production list per member."""
        self.setWindowTitle(self.tr("Production per member business"))
        sentra = self.tr("(the sentra itself)")
        rows = [
            (
                m.member or sentra,
                format_thousands(m.entries),
                format_thousands(m.good),
                format_thousands(m.reject),
                format_decimal(m.reject_rate, 1) + "%",
            )
            for m in services.member_books.production(query)
        ]
        words = (self.tr("Entries"), self.tr("Good"), self.tr("Rejects"), self.tr("Reject rate"))
        self._fill((self.tr("Member business"), *words), rows)

    def fill_sales(self, services: Services, query: ListQuery) -> None:
        """Sold lines of the orders listed, per member owning the design (before discounts)."""
        self.setWindowTitle(self.tr("Sales per member business"))
        self.setToolTip(self.tr("Confirmed, ready and delivered orders; line values before discounts"))
        sentra = self.tr("(the sentra itself)")
        rows = [
            (
                m.member or sentra,
                format_thousands(m.lines),
                format_thousands(m.pieces),
                format_rupiah(m.value),
            )
            for m in services.member_books.sales(query)
        ]
        words = (self.tr("Lines"), self.tr("Pieces"), self.tr("Value (Rp)"))
        self._fill((self.tr("Member business"), *words), rows)

    def _fill(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(list(headers))
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
