"""The Stok page: six tabs over the stock ledger, from the overview down to the stock count.

Each tab re-reads its data when it is shown, so a receipt, a production entry or a posted count
made elsewhere is visible as soon as the operator looks. A tab is built the first time it is
shown (or asked for): opening Stok reads only the overview, on a database of years.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from sentra_desktop.core.enums import StockItemKind
from sentra_desktop.services.container import Services
from sentra_desktop.ui.pages.common import page_title
from sentra_desktop.ui.pages.lazy_tabs import put_in_place

if TYPE_CHECKING:
    from sentra_desktop.ui.pages.stock.counts import CountTab
    from sentra_desktop.ui.pages.stock.history import HistoryTab
    from sentra_desktop.ui.pages.stock.ledger import LedgerTab
    from sentra_desktop.ui.pages.stock.materials import MaterialsTab
    from sentra_desktop.ui.pages.stock.overview import OverviewTab
    from sentra_desktop.ui.pages.stock.receipts import ReceiptsTab

OVERVIEW, HISTORY, LEDGER, MATERIALS, RECEIPTS, COUNTS = range(6)


def _overview(services: Services) -> QWidget:
    from sentra_desktop.ui.pages.stock.overview import OverviewTab

    return OverviewTab(services)


def _history(services: Services) -> QWidget:
    from sentra_desktop.ui.pages.stock.history import HistoryTab

    return HistoryTab(services)


def _ledger(services: Services) -> QWidget:
    from sentra_desktop.ui.pages.stock.ledger import LedgerTab

    return LedgerTab(services)


def _materials(services: Services) -> QWidget:
    from sentra_desktop.ui.pages.stock.materials import MaterialsTab

    return MaterialsTab(services)


def _receipts(services: Services) -> QWidget:
    from sentra_desktop.ui.pages.stock.receipts import ReceiptsTab

    return ReceiptsTab(services)


def _counts(services: Services) -> QWidget:
    from sentra_desktop.ui.pages.stock.counts import CountTab

    return CountTab(services)


FACTORIES: tuple[Callable[[Services], QWidget], ...] = (
    _overview,
    _history,
    _ledger,
    _materials,
    _receipts,
    _counts,
)


class StockPage(QWidget):
    """Overview, stock card, ledger, materials, receipts and stock counts; Alt+1 … Alt+6 pick a tab."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._built: dict[int, QWidget] = {}

        self.tabs = QTabWidget()
        self.tabs.setObjectName("stock_tabs")
        self.tabs.setDocumentMode(True)
        for number, title in enumerate(
            (
                self.tr("Stock overview"),
                self.tr("Stock card"),
                self.tr("Stock movements"),
                self.tr("Materials"),
                self.tr("Material receipts"),
                self.tr("Stock count"),
            ),
            start=1,
        ):
            index = self.tabs.addTab(QWidget(), title)  # a placeholder until the tab is first shown
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
        self._tab(OVERVIEW)
        self.tabs.currentChanged.connect(self._tab_changed)

    # --- the tabs, built on first use ------------------------------------------------------------
    def _tab(self, index: int) -> QWidget:
        """Tab ``index``, built (and put in place of its placeholder) the first time it is needed."""
        tab = self._built.get(index)
        if tab is not None:
            return tab
        tab = FACTORIES[index](self.services)
        self._built[index] = tab
        put_in_place(self.tabs, index, tab, self.services.db)
        open_item = getattr(tab, "open_item", None)
        if open_item is not None:  # the overview and the ledger open an item's stock card
            open_item.connect(self.show_history)
        if index == MATERIALS:
            tab.changed.connect(self._materials_changed)  # type: ignore[attr-defined]
        return tab

    def _materials_changed(self) -> None:
        if HISTORY in self._built:  # a stock card built later reads the items then
            self.history.reload_items()

    @property
    def overview(self) -> OverviewTab:
        return self._tab(OVERVIEW)  # type: ignore[return-value]

    @property
    def history(self) -> HistoryTab:
        return self._tab(HISTORY)  # type: ignore[return-value]

    @property
    def ledger(self) -> LedgerTab:
        return self._tab(LEDGER)  # type: ignore[return-value]

    @property
    def materials(self) -> MaterialsTab:
        return self._tab(MATERIALS)  # type: ignore[return-value]

    @property
    def receipts(self) -> ReceiptsTab:
        return self._tab(RECEIPTS)  # type: ignore[return-value]

    @property
    def counts(self) -> CountTab:
        return self._tab(COUNTS)  # type: ignore[return-value]

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

        current = self.history.current if HISTORY in self._built else None
        if self.tabs.currentIndex() == HISTORY and current is not None:
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
        self._reload(self._tab(index))

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
