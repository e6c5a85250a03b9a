"""The Stok page: six tabs over the stock ledger, from the overview down to the stock count.

Each tab re-reads its data when it is shown, so a receipt, a production entry or a posted count
made elsewhere is visible as soon as the operator looks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from sentra_desktop.core.enums import StockItemKind
from sentra_desktop.services.container import Services
from sentra_desktop.ui.pages.common import page_title
from sentra_desktop.ui.pages.stock.counts import CountTab
from sentra_desktop.ui.pages.stock.history import HistoryTab
from sentra_desktop.ui.pages.stock.ledger import LedgerTab
from sentra_desktop.ui.pages.stock.materials import MaterialsTab
from sentra_desktop.ui.pages.stock.overview import OverviewTab
from sentra_desktop.ui.pages.stock.receipts import ReceiptsTab


class StockPage(QWidget):
    """Overview, stock card, ledger, materials, receipts and stock counts; Alt+1 … Alt+6 pick a tab."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.overview = OverviewTab(services)
        self.history = HistoryTab(services)
        self.ledger = LedgerTab(services)
        self.materials = MaterialsTab(services)
        self.receipts = ReceiptsTab(services)
        self.counts = CountTab(services)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("stock_tabs")
        self.tabs.setDocumentMode(True)
        for number, (tab, title) in enumerate(
            (
                (self.overview, self.tr("Stock overview")),
                (self.history, self.tr("Stock card")),
                (self.ledger, self.tr("Stock movements")),
                (self.materials, self.tr("Materials")),
                (self.receipts, self.tr("Material receipts")),
                (self.counts, self.tr("Stock count")),
            ),
            start=1,
        ):
            index = self.tabs.addTab(tab, title)
            self.tabs.setTabToolTip(index, f"Alt+{number}")
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda i=index: self.show_tab(i))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("print_stock")
        self.print_button.setToolTip(
            self.tr(
                "The stock sheet (for the wall or a stock count); on the Stock card tab, that item's card"
            )
        )
        self.print_button.clicked.connect(self.print_sheet)
        title_row = QHBoxLayout()
        title_row.addWidget(page_title(self.tr("Stock")), 1)
        title_row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)

        self.overview.open_item.connect(self.show_history)
        self.ledger.open_item.connect(self.show_history)
        self.materials.changed.connect(self.history.reload_items)
        self.tabs.currentChanged.connect(self._tab_changed)

    # --- called by the main window ------------------------------------------------------------
    def activated(self) -> None:
        """Re-read the shown tab (stock may have moved while another page was open)."""
        self._reload(self.tabs.currentWidget())

    def focus_low_stock(self) -> None:
        """Open the overview filtered to items below their low-stock level."""
        self.tabs.setCurrentWidget(self.overview)
        self.overview.show_low_stock()

    def print_sheet(self) -> None:
        """Print the shown item's stock card on the Stock card tab, else the stock sheet."""
        from sentra_desktop.ui.reports.preview import open_sheet

        current = self.history.current
        if self.tabs.currentWidget() is self.history and current is not None:
            open_sheet(
                self,
                self.services,
                "stock_card",
                item_kind=current[0],
                item_id=current[1],
                date_from=self.history.date_from.value(),
                date_to=self.history.date_to.value(),
            )
        else:
            open_sheet(self, self.services, "stock")

    # --- tabs --------------------------------------------------------------------------------
    def show_tab(self, index: int) -> None:
        """Show tab ``index`` and put the focus in it (Alt+1 … Alt+6)."""
        self.tabs.setCurrentIndex(index)
        widget = self.tabs.currentWidget()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_history(self, kind: str, item_id: int) -> None:
        """Open the stock card of one item (from the overview or the ledger)."""
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(self.history)
        self.tabs.blockSignals(False)
        self.history.reload_items()
        self.history.show_item(StockItemKind(kind), item_id)
        self.history.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tab_changed(self, index: int) -> None:
        self._reload(self.tabs.widget(index))

    @staticmethod
    def _reload(widget: QWidget | None) -> None:
        reload = getattr(widget, "reload", None)
        if reload is not None:
            reload()

    def screenshot_detail(self, name: str) -> QWidget | None:
        """Views for ``sentra-desktop screenshot --page stok/<name>``: one tab of the page.

        ``kartu`` shows the stock card of the first item in the overview; the others are
        ``mutasi``, ``bahan``, ``penerimaan`` and ``opname``. Returns the window to picture.
        """
        tabs = {
            "kartu": self.history,
            "mutasi": self.ledger,
            "bahan": self.materials,
            "penerimaan": self.receipts,
            "opname": self.counts,
        }
        tab = tabs.get(name)
        if tab is None:
            return None
        if tab is self.history:
            row = self.overview.rows()[0] if self.overview.model.rowCount() else None
            if row is not None:
                self.show_history(row.kind.value, row.id)
                return self.window()
        self.tabs.setCurrentWidget(tab)
        return self.window()
