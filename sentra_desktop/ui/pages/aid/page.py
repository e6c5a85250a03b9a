"""The Bantuan page: aid received, Tumpang tindih (overlaps), mould use, programmes, agencies.

The lists are the record base's; the overlap list (paged, :mod:`.overlaps`) and the mould use
are read off the GUI thread each time their tab is shown, and the Laporan Bantuan sheet prints
from the button at the top through the one sheet registry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, overload

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.formatting import format_date, format_rupiah, format_thousands
from sentra_desktop.services.aid_use import ItemUse, MouldUse
from sentra_desktop.services.container import Services
from sentra_desktop.ui.operation import Operation, run_operation
from sentra_desktop.ui.pages.aid.lists import AidListTab, NamedListTab
from sentra_desktop.ui.pages.aid.names import assistance_kind_names, name_of
from sentra_desktop.ui.pages.aid.overlaps import OverlapsTab
from sentra_desktop.ui.pages.settings.dialogs import words
from sentra_desktop.ui.tables import configure_table

IDLE_COLOUR = QColor("#b35c00")
CELL_PADDING = 16  # a cell's margins and grid line, in pixels
SIZE_ROWS = 200  # rows measured for the column widths (Qt's default measures 1,000 through Python)


class Formatted(Sequence[Sequence[str]]):
    """Records shown as table rows, each made into texts only when the table gets to it."""

    def __init__(self, records: Sequence[Any], texts: Callable[[Any], Sequence[str]]) -> None:
        self._records = records
        self._texts = texts

    def __len__(self) -> int:
        return len(self._records)

    @overload
    def __getitem__(self, index: int) -> Sequence[str]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Sequence[str]]: ...
    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self._texts(record) for record in self._records[index]]
        return self._texts(self._records[index])


class FigureModel(QAbstractTableModel):
    """Rows of texts, each made when the view paints it (and kept): 100,000 overlaps cost nothing
    until scrolled to, where a table widget's items took seconds of the GUI thread to create."""

    def __init__(self, headers: Sequence[str], right: Sequence[int], parent: QWidget | None = None):
        super().__init__(parent)
        self._headers = list(headers)
        self._right = set(right)
        self._rows: Sequence[Sequence[str]] = ()
        self._marked: Sequence[bool] = ()
        self._texts: dict[int, Sequence[str]] = {}
        self._brush = QBrush(IDLE_COLOUR)

    def set_rows(self, rows: Sequence[Sequence[str]], marked: Sequence[bool] = ()) -> None:
        self.beginResetModel()
        self._rows, self._marked, self._texts = rows, marked, {}
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = self._rows[row]
        return texts[column] if column < len(texts) else ""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row < len(self._marked) and self._marked[row]:
            return self._brush
        return None


class FigureTable(QWidget):
    """A read-only table of figures read in the background, with a line saying what it shows."""

    def __init__(
        self, headers: Sequence[str], right: Sequence[int], note: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.model = FigureModel(headers, right, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table, stretch_last=False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(SIZE_ROWS)
        self.table.resizeColumnsToContents()  # before any row arrives: as wide as the headings
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self.operation: Operation | None = None

    def fill(self, rows: Sequence[Sequence[str]], marked: Sequence[bool] = ()) -> None:
        """Show ``rows``; their texts are made as they come into view."""
        self.model.set_rows(rows, marked)
        self.size_columns()

    def size_columns(self) -> None:
        """Each column as wide as its heading or the widest text of the first :data:`SIZE_ROWS` rows.

        Measured from the texts themselves: Qt's ``resizeColumnsToContents`` asked the model for
        every role of each of those cells through Python (14,400 calls, 35 ms of the GUI thread
        for the large demo's 5,007 aid items; this takes 5 ms)."""
        metrics = self.table.fontMetrics()
        heading = self.table.horizontalHeader().fontMetrics()
        shown = range(min(SIZE_ROWS, self.model.rowCount()))
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max(
                (metrics.horizontalAdvance(self.model.text(row, column)) for row in shown), default=0
            )
            self.table.setColumnWidth(
                column, max(widest + CELL_PADDING, heading.horizontalAdvance(title) + 24)
            )

    def load(self, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Read in the background, then show (a load still running is left to finish)."""
        if self.operation is not None and self.operation.running:
            return
        self.operation = run_operation(
            lambda _progress: work(), parent=self, title=self.tr("Reading…"), on_done=show
        )


class AidPage(QWidget):
    """Aid received and how it is used, for the sentra and for the coordination meeting."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.aid_tab = AidListTab(services.assistance)
        self.overlaps_tab = OverlapsTab(services.aid_use)
        self.use_tab = FigureTable(
            [
                self.tr("Received"),
                self.tr("Item"),
                self.tr("Kind"),
                self.tr("Agency"),
                self.tr("Recipient"),
                self.tr("Pieces made"),
                self.tr("Sales value"),
                self.tr("Last use"),
                self.tr("Idle"),
            ],
            (5, 6),
            self.tr(
                "Moulds: pieces made with them since they arrived. Machines and tools: the last day they "
                "were checked and found in use. No use for 6 months is idle."
            ),
        )
        self.moulds_tab = FigureTable(
            [
                self.tr("Code"),
                self.tr("Mould"),
                self.tr("Pieces/day"),
                self.tr("Pieces made"),
                self.tr("Sales value"),
                self.tr("Last use"),
                self.tr("Utilisation"),
            ],
            (2, 3, 4, 6),
            self.tr(
                "Utilisation: pieces made against the capacity of six working days a week since arrival."
            ),
        )
        self.programmes_tab = NamedListTab(services.programmes)
        self.agencies_tab = NamedListTab(services.agencies)

        self.print_button = QPushButton(self.tr("&Print aid report…"))
        self.print_button.clicked.connect(self.print_report)
        top = QHBoxLayout()
        title = QLabel(self.tr("Aid received (bantuan) and how it is used"))
        top.addWidget(title, 1)
        top.addWidget(self.print_button)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.aid_tab, words(services.assistance.kind.plural))
        self.tabs.addTab(self.overlaps_tab, self.tr("Overlaps"))
        self.tabs.addTab(self.use_tab, self.tr("Use of aid"))
        self.tabs.addTab(self.moulds_tab, self.tr("Mould use"))
        self.tabs.addTab(self.programmes_tab, words(services.programmes.kind.plural))
        self.tabs.addTab(self.agencies_tab, words(services.agencies.kind.plural))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)
        for tab in (self.aid_tab, self.programmes_tab, self.agencies_tab):
            tab.changed.connect(self._lists_changed)

    def activated(self) -> None:
        """Called each time the page is shown: re-read what the current tab shows."""
        self._tab_shown(self.tabs.currentIndex())

    def _lists_changed(self) -> None:
        for tab in (self.aid_tab, self.programmes_tab, self.agencies_tab):
            if tab is not self.sender():
                tab.reload()

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.overlaps_tab:
            self.overlaps_tab.load()
        elif widget is self.use_tab:
            self.use_tab.load(self.services.aid_use.item_use, self._show_use)
        elif widget is self.moulds_tab:
            self.moulds_tab.load(self.services.aid_use.mould_use, self._show_moulds)
        elif isinstance(widget, NamedListTab):
            widget.reload()

    def _show_use(self, items: list[ItemUse]) -> None:
        kinds = assistance_kind_names()
        self.use_tab.fill(
            Formatted(
                items,
                lambda item: [
                    format_date(item.received_on),
                    item.description,
                    name_of(kinds, item.kind),
                    item.agency,
                    item.recipient or self.tr("(sentra)"),
                    format_thousands(item.pieces) if item.pieces else "",
                    format_rupiah(item.sales_value) if item.sales_value else "",
                    format_date(item.last_used) if item.last_used else "–",
                    self.tr("idle") if item.idle else "",
                ],
            ),
            [item.idle for item in items],
        )

    def _show_moulds(self, moulds: list[MouldUse]) -> None:
        self.moulds_tab.fill(
            Formatted(
                moulds,
                lambda use: [
                    use.code,
                    use.name,
                    format_thousands(use.capacity),
                    format_thousands(use.pieces),
                    format_rupiah(use.sales_value),
                    format_date(use.last_used) if use.last_used else "–",
                    "" if use.utilisation is None else f"{use.utilisation * 100:.0f} %".replace(".", ","),
                ],
            )
        )

    def screenshot_detail(self, name: str) -> QWidget | None:
        """Views for ``sentra-desktop screenshot --page bantuan/<name>``: a tab (the window) or a form.

        ``tumpang-tindih``, ``pemanfaatan``, ``cetakan``, ``program``, ``instansi``; ``form`` is the
        form of the newest mould set.
        """
        tabs = {
            "tumpang-tindih": self.overlaps_tab,
            "pemanfaatan": self.use_tab,
            "cetakan": self.moulds_tab,
            "program": self.programmes_tab,
            "instansi": self.agencies_tab,
        }
        if name in tabs:
            self.tabs.setCurrentWidget(tabs[name])
            return self.window()
        if name != "form":
            return None
        rows = self.aid_tab.rows()
        moulds = [row for row in rows if row.kind == "mould"]
        if not moulds:
            return None
        self.aid_tab.select_id(int(moulds[-1].id))
        self.aid_tab.edit_selected()
        return self.aid_tab.dialog

    def print_report(self) -> Operation:
        """Make the Laporan Bantuan of all aid and open its preview."""
        from sentra_desktop.ui.reports.preview import open_sheet

        return open_sheet(self, self.services, "assistance", date_from=None, date_to=None, agency=None)
