"""The Pembeli area: buyers searched as you type, and one buyer's page beside the list.

The buyer's page shows how to reach them (a WhatsApp link to open or copy), every order they
placed, the designs they buy most, and what they still owe.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.formatting import format_date, format_rupiah, format_thousands
from sentra_desktop.core.places import places
from sentra_desktop.services.buyers import BuyerDetail, BuyerRow, BuyerSummary
from sentra_desktop.services.container import Services
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.models.paged import Column, PagedTableModel
from sentra_desktop.ui.pages import lists
from sentra_desktop.ui.pages.buyers.form import BuyerForm
from sentra_desktop.ui.pages.common import ask, page_title
from sentra_desktop.ui.pages.sales_forms import cell, fit_columns, small_table
from sentra_desktop.ui.pages.sales_labels import DONE, PAST_DUE, kind_names, met_via_names, status_names
from sentra_desktop.ui.widgets import ChoiceCombo

SEARCH_DELAY_MS = 200
SELECT_WITHIN = 200  # keep a selection only when it is on the first page: one query, not ten


class BuyerPanel(QFrame):
    """One buyer's page: contact, WhatsApp link, figures, most bought, orders."""

    order_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: BuyerDetail | None = None
        self._kinds = kind_names()
        self._met = met_via_names()
        self._statuses = status_names()
        self.heading = QLabel()
        self.heading.setObjectName("buyer_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.whatsapp = QLabel()
        self.whatsapp.setObjectName("whatsapp_link")
        self.whatsapp.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.whatsapp.linkActivated.connect(self.open_whatsapp)
        self.copy_button = QPushButton(self.tr("C&opy WhatsApp link"))
        self.copy_button.clicked.connect(self.copy_whatsapp)
        self.contact = QLabel()
        self.contact.setWordWrap(True)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures = QLabel()
        self.figures.setObjectName("buyer_figures")
        self.figures.setWordWrap(True)
        self.most_bought = small_table(
            [self.tr("Code"), self.tr("Design"), self.tr("Pieces"), self.tr("Amount")]
        )
        self.most_bought.setObjectName("most_bought")
        self.most_bought.setMaximumHeight(150)
        self.orders = small_table(
            [
                self.tr("Number"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Total"),
                self.tr("Owed"),
            ]
        )
        self.orders.setObjectName("buyer_orders")
        # At 125 % a narrow panel may not hold the five columns: they keep their width and scroll.
        self.orders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.orders.doubleClicked.connect(self._order_clicked)
        self.empty = QLabel(self.tr("Choose a buyer in the list to see their orders and what they owe."))
        self.empty.setWordWrap(True)

        link_row = QHBoxLayout()
        link_row.addWidget(self.whatsapp, 1)
        link_row.addWidget(self.copy_button)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addWidget(self.subtitle)
        body.addLayout(link_row)
        body.addWidget(self.contact)
        body.addWidget(self.figures)
        body.addWidget(QLabel(self.tr("Bought most")))
        body.addWidget(self.most_bought)
        body.addWidget(QLabel(self.tr("Orders (double-click to open)")))
        body.addWidget(self.orders, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.body.hide()

    def show_buyer(self, detail: BuyerDetail | None, summary: BuyerSummary | None) -> None:
        self.detail = detail
        self.body.setVisible(detail is not None)
        self.empty.setVisible(detail is None)
        if detail is None or summary is None:
            return
        archived = self.tr(" (archived)") if detail.archived else ""
        self.heading.setText(detail.name + archived)
        self.subtitle.setText(
            " · ".join(
                filter(None, [detail.organisation, self._kinds[detail.kind], self._met[detail.met_via]])
            )
        )
        link = detail.whatsapp
        if link:
            self.whatsapp.setText(f'<a href="{link}">{self.tr("WhatsApp")} {detail.phone}</a>')
            self.whatsapp.setToolTip(link)
        else:
            self.whatsapp.setText(self.tr("No phone number"))
        self.copy_button.setEnabled(bool(link))
        place = ", ".join(filter(None, [detail.address, detail.city, detail.province]))
        lines = [
            place,
            detail.email,
            self.tr("Tags: %1").replace("%1", detail.tags) if detail.tags else "",
            detail.notes,
        ]
        self.contact.setText("\n".join(filter(None, lines)))
        self.figures.setText(
            self.tr("%1 orders · bought %2 · still to pay %3")
            .replace("%1", format_thousands(len(summary.orders)))
            .replace("%2", format_rupiah(summary.bought))
            .replace("%3", format_rupiah(summary.owed))
        )
        self.figures.setStyleSheet("font-weight: 600;" + (" color: #b00020;" if summary.owed > 0 else ""))
        self.most_bought.setRowCount(len(summary.most_bought))
        for row, item in enumerate(summary.most_bought):
            self.most_bought.setItem(row, 0, cell(item.code))
            self.most_bought.setItem(row, 1, cell(item.name))
            self.most_bought.setItem(row, 2, cell(format_thousands(item.quantity), right=True))
            self.most_bought.setItem(row, 3, cell(format_rupiah(item.amount), right=True))
        fit_columns(self.most_bought, 1)
        self.orders.setRowCount(len(summary.orders))
        for row, order in enumerate(summary.orders):
            colour = PAST_DUE if order.past_due else (DONE if order.status.value == "cancelled" else None)
            self.orders.setItem(row, 0, cell(order.number, colour=colour, data=order.id))
            self.orders.setItem(row, 1, cell(format_date(order.due_on), colour=colour))
            self.orders.setItem(row, 2, cell(self._statuses[order.status], colour=colour))
            self.orders.setItem(row, 3, cell(format_rupiah(order.total), right=True, colour=colour))
            owed = order.outstanding
            self.orders.setItem(
                row,
                4,
                cell(format_rupiah(owed) if owed else "", right=True, colour=PAST_DUE if owed > 0 else None),
            )
        self.orders.resizeColumnsToContents()
        self.orders.horizontalHeader().setStretchLastSection(True)

    def open_whatsapp(self, link: str | None = None) -> None:
        """Open the chat in WhatsApp (the browser or the desktop app takes the wa.me link)."""
        target = link or (self.detail.whatsapp if self.detail else "")
        if target:
            QDesktopServices.openUrl(QUrl(target))

    def copy_whatsapp(self) -> None:
        if self.detail is not None and self.detail.whatsapp:
            QGuiApplication.clipboard().setText(self.detail.whatsapp)

    def _order_clicked(self, index: QModelIndex) -> None:
        item = self.orders.item(index.row(), 0)
        if item is not None:
            self.order_activated.emit(int(item.data(Qt.ItemDataRole.UserRole)))


class BuyersPage(QWidget):
    """Search, add, edit and archive buyers; the selected buyer's page on the right."""

    order_requested = Signal(int)  # open this order in Pesanan
    new_order_requested = Signal(int)  # start an order for this buyer

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.confirm = lambda title, text: ask(self, title, text)
        self.form: BuyerForm | None = None
        self._kinds = kind_names()

        self.search = lists.search_field("buyer_search", self.tr("Search name, organisation, phone or city…"))
        self.kind_filter = ChoiceCombo(empty_text=self.tr("All kinds"))
        self.kind_filter.set_choices(list(self._kinds.items()))
        self.show_archived = QCheckBox(self.tr("Show ar&chived"))
        self.no_regency = QCheckBox(self.tr("&Without a regency/city"))
        self.no_regency.setObjectName("no_regency")
        # The regency/city a Kinerja figure was opened for (its official code: "Plg", "Palembang"
        # and "Kota Palembang" typed as the city all belong to it); a click clears it.
        self.regency_code = ""
        self.regency_filter = QPushButton()
        self.regency_filter.setObjectName("regency_filter")
        self.regency_filter.setToolTip(self.tr("Show the buyers of every regency/city"))
        self.regency_filter.hide()
        self.unplaced = QLabel()
        self.unplaced.setObjectName("unplaced_banner")
        self.unplaced.setWordWrap(True)
        self.unplaced.setStyleSheet("background: #fff4d6; border: 1px solid #e0b44c; padding: 4px;")
        self.unplaced.hide()
        self.new_button = QPushButton(self.tr("&New buyer"))
        self.new_button.setToolTip("Ctrl+N")
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("A buyer with orders is archived, never deleted"))
        self.restore_button = QPushButton(self.tr("Bring &back"))
        self.order_button = QPushButton(self.tr("New &order"))
        self.count_label = lists.count_label("buyer_count")
        self.model: PagedTableModel[BuyerRow] = PagedTableModel(
            services.buyers, self._columns(), query=ListQuery(sort="name"), count_on_worker=True, parent=self
        )
        self.model.counted.connect(self._show_count)
        self.model.loaded.connect(self._rows_shown)
        self._selected: int | None = None
        self._details_request = 0  # the newest buyer asked for; an older answer is dropped
        self.table = lists.record_table(
            self.model, "buyer_table", widths=(160, 180, 120, 115, 105), stretch=None, sort_column=0
        )
        self.panel = BuyerPanel()
        self.panel.setObjectName("buyer_panel")
        self.panel.order_activated.connect(self.order_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Buyers")))
        layout.addWidget(self.unplaced)
        layout.addWidget(self._split(), 1)
        self._connect()

        self.apply_filters()
        self.search.setFocus()

    def _columns(self) -> list[Column[BuyerRow]]:
        return [
            Column(self.tr("Name"), lambda r: r.name, "name", foreground=self._row_colour),
            Column(
                self.tr("Organisation"), lambda r: r.organisation, "organisation", foreground=self._row_colour
            ),
            Column(self.tr("Kind"), lambda r: self._kinds[r.kind], "kind", foreground=self._row_colour),
            Column(self.tr("Phone"), lambda r: r.phone, "phone", foreground=self._row_colour),
            Column(self.tr("City"), lambda r: r.city, "city", foreground=self._row_colour),
        ]

    def _split(self) -> QSplitter:
        """Filters, list and buttons on the left; the buyer's page, scrolling, on the right."""
        filters = QGridLayout()
        filters.addWidget(self.search, 0, 0)
        filters.addWidget(self.kind_filter, 0, 1)
        filters.addWidget(self.show_archived, 0, 2)
        filters.addWidget(self.no_regency, 1, 0)  # a line of its own: the list grows no wider
        filters.addWidget(self.regency_filter, 1, 1, 1, 2)
        filters.setColumnStretch(0, 3)
        filters.setColumnStretch(1, 1)
        buttons = (
            self.new_button,
            self.edit_button,
            self.remove_button,
            self.restore_button,
            self.order_button,
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(lists.button_row(buttons, self.count_label))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        scroll.setMinimumWidth(380)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 520])
        return splitter

    def _connect(self) -> None:
        """Search, kind and the archived switch narrow the list; the buttons act on the chosen buyer."""
        self._search_timer = lists.typing_pause(self.search, SEARCH_DELAY_MS, self.search_typed)
        self.search.returnPressed.connect(self._focus_table)
        self.kind_filter.currentIndexChanged.connect(self.apply_filters)
        self.show_archived.toggled.connect(self.apply_filters)
        self.no_regency.toggled.connect(self.apply_filters)
        self.regency_filter.clicked.connect(lambda: self.show_regency(""))
        self.new_button.clicked.connect(self.new_buyer)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.order_button.clicked.connect(self._new_order)
        lists.on_row_open(self.table, lambda _index: self.edit_selected())
        QShortcut(QKeySequence.StandardKey.New, self, self.new_buyer)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_selected)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    # --- list ------------------------------------------------------------------------------
    def _row_colour(self, row: BuyerRow) -> object:
        return DONE if row.archived else None

    def activated(self) -> None:
        self.apply_filters()

    def search_typed(self) -> None:
        """A pause in typing: the search's first page is read on a worker (LIKE, no index)."""
        self._apply(background=bool(self.search.text().strip()))

    def apply_filters(self) -> None:
        self._apply(background=False)

    def show_regency(self, code: str) -> None:
        """List only the buyers placed in regency/city ``code`` ("" for all), the search cleared."""
        region = places().region(code) if code else None
        self.regency_code = region.code if region is not None else ""
        self.regency_filter.setVisible(bool(self.regency_code))
        if region is not None:
            self.regency_filter.setText(self.tr("%1 ✕").replace("%1", region.name))
            self.search.clear()
        self.apply_filters()

    def _apply(self, *, background: bool) -> None:
        self._search_timer.stop()
        selected = self.selected_id()
        query = (
            self.model.query.with_search(self.search.text())
            .with_filter("kind", self.kind_filter.value())
            .with_filter("include_archived", True if self.show_archived.isChecked() else None)
            .with_filter("no_regency", True if self.no_regency.isChecked() else None)
            .with_filter("regency_code", self.regency_code or None)
        )
        self._selected = selected
        try:
            self.model.set_query(query, background=background)
            unplaced = self.services.buyers.count(ListQuery().with_filter("no_regency", True))
        except SentraError as exc:
            show_error(self, exc)
            return
        self._show_unplaced(unplaced)
        if not self.model.loading:
            self._rows_shown()
        else:
            self._show_count()

    def _rows_shown(self) -> None:
        """The filters' first rows are in: say how many, keep or take a selection."""
        self._show_count()
        if not self.select_buyer(self._selected) and self.model.rowCount():
            self.table.selectRow(0)
        elif not self.model.rowCount():
            self.panel.show_buyer(None, None)

    def _show_count(self) -> None:
        """How many buyers the filters find, or that they are still being searched or counted."""
        if self.model.loading:
            self.count_label.setText(self.tr("Searching…"))
        elif self.model.counting:
            self.count_label.setText(self.tr("Counting buyers…"))
        else:
            count = format_thousands(self.model.rowCount())
            self.count_label.setText(self.tr("%1 buyers").replace("%1", count))

    def _show_unplaced(self, count: int) -> None:
        """Buyers whose typed city matched no regency/city count in no market until one is chosen."""
        self.unplaced.setVisible(count > 0)
        self.unplaced.setText(
            self.tr(
                "%1 buyers have a city that is not in the list of regencies/cities, so their sales count in "
                "no market: tick “Without a regency/city” and choose one in each buyer's form."
            ).replace("%1", format_thousands(count))
        )

    def _focus_table(self) -> None:
        self.apply_filters()
        self.table.setFocus()

    def selected_row(self) -> BuyerRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def select_buyer(self, buyer_id: int | None) -> bool:
        """Select ``buyer_id`` if it is among the loaded rows."""
        if buyer_id is None:
            return False
        for number in range(min(self.model.rowCount(), SELECT_WITHIN)):
            row = self.model.row_at(number)
            if row is not None and row.id == buyer_id:
                self.table.selectRow(number)
                self.show_details(buyer_id)
                return True
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.show_details(row.id if row else None)

    def show_details(self, buyer_id: int | None) -> None:
        """Fill the panel with the buyer's details, read on a worker: a buyer of years has
        hundreds of orders to total, seconds on a busy disk that the window must not wait for."""
        from sentra_desktop.ui.operation import Operation

        self._details_request += 1
        if buyer_id is None:
            self.panel.show_buyer(None, None)
            return
        current = self.table.currentIndex()
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is not None and row.id == buyer_id:  # the buttons at once, from the list's row
            self.restore_button.setVisible(row.archived)
            self.remove_button.setVisible(not row.archived)
        request, buyers = self._details_request, self.services.buyers

        def work(_progress: object) -> tuple[BuyerDetail, BuyerSummary]:
            return buyers.get(buyer_id), buyers.summary(buyer_id)

        operation = Operation(work, parent=self, show_progress=False)
        operation.finished.connect(lambda result: self._details_read(request, *result))
        operation.errored.connect(lambda exc: self._details_failed(request, exc))
        operation.finished.connect(operation.deleteLater)
        operation.errored.connect(operation.deleteLater)
        operation.start()

    def _details_read(self, request: int, detail: BuyerDetail, summary: BuyerSummary) -> None:
        if request != self._details_request:
            return  # another buyer was chosen meanwhile
        self.panel.show_buyer(detail, summary)
        self.restore_button.setVisible(detail.archived)
        self.remove_button.setVisible(not detail.archived)

    def _details_failed(self, request: int, exc: object) -> None:
        if request == self._details_request and isinstance(exc, SentraError):
            show_error(self, exc)

    # --- actions ---------------------------------------------------------------------------
    def new_buyer(self) -> BuyerForm:
        return self._open_form(None)

    def edit_selected(self) -> BuyerForm | None:
        buyer_id = self.selected_id()
        return self._open_form(buyer_id) if buyer_id is not None else None

    def _open_form(self, buyer_id: int | None) -> BuyerForm:
        detail = self.services.buyers.get(buyer_id) if buyer_id is not None else None
        form = BuyerForm(self.services, detail, self)
        form.saved.connect(self._after_save)
        form.existing_chosen.connect(self._after_save)
        self.form = form
        form.open()
        return form

    def _after_save(self, buyer_id: object) -> None:
        """Show the saved (or chosen) buyer: the list is searched for their name."""
        try:
            name = self.services.buyers.get(int(buyer_id)).name  # type: ignore[call-overload]
        except SentraError:
            name = ""
        self.search.blockSignals(True)
        self.search.setText(name)
        self.search.blockSignals(False)
        if self.show_archived.isChecked() is False and name:
            self.show_archived.blockSignals(True)
            self.show_archived.setChecked(self.services.buyers.get(int(buyer_id)).archived)  # type: ignore[call-overload]
            self.show_archived.blockSignals(False)
        self.apply_filters()
        if not self.select_buyer(int(buyer_id)):  # type: ignore[call-overload]
            self.show_details(int(buyer_id))  # type: ignore[call-overload]
        self.table.setFocus()

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        question = self.tr(
            "Remove %1? A buyer who has orders is archived instead: "
            "kept with their orders, gone from this list."
        ).replace("%1", row.name)
        if not self.confirm(self.tr("Remove buyer"), question):
            return
        try:
            self.services.buyers.remove(row.id)
        except SentraError as exc:
            show_error(self, exc)
        self.apply_filters()

    def restore_selected(self) -> None:
        buyer_id = self.selected_id()
        if buyer_id is None:
            return
        try:
            self.services.buyers.set_archived(buyer_id, False)
        except SentraError as exc:
            show_error(self, exc)
        self.apply_filters()

    def _new_order(self) -> None:
        buyer_id = self.selected_id()
        if buyer_id is not None:
            self.new_order_requested.emit(buyer_id)
