"""Sales events (exhibitions, bazaars) that orders can name, with the income each brought."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from sentra_desktop.core.enums import SalesEventKind
from sentra_desktop.core.errors import SentraError, ValidationError
from sentra_desktop.core.formatting import format_date, format_decimal, format_rupiah, format_thousands
from sentra_desktop.services.container import Services
from sentra_desktop.services.orders import EventInput, EventRow
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.forms import FormFields, make_banner
from sentra_desktop.ui.operation import Operation
from sentra_desktop.ui.pages.sales_forms import cell, fit_columns, small_table
from sentra_desktop.ui.pages.sales_labels import PAST_DUE, event_kind_names
from sentra_desktop.ui.widgets import ChoiceCombo, DateEdit


class EventsView(QWidget):
    """Sales events that orders can name, with the orders and income each brought."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._request = 0  # the newest read asked for; older answers are dropped
        self.busy = False
        self._kinds = event_kind_names()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Pameran Kriya Sumsel 2026"))
        self.kind = ChoiceCombo()
        self.kind.set_choices(list(self._kinds.items()), SalesEventKind.EXHIBITION)
        self.starts_on = DateEdit(optional=True)
        self.ends_on = DateEdit(optional=True)
        self.location = QLineEdit()
        self.add_button = QPushButton(self.tr("&Add event"))
        self.add_button.clicked.connect(self.add_event)
        self.name.returnPressed.connect(self.add_event)
        self.location.returnPressed.connect(self.add_event)
        self.banner = make_banner()
        self.fields = FormFields(banner=self.banner)
        grid = self.fields.side_by_side(
            [
                ("name", self.tr("&Name"), self.name, 3),
                ("kind", self.tr("&Kind"), self.kind, 1),
                ("starts_on", self.tr("&From"), self.starts_on, 1),
                ("ends_on", self.tr("&To"), self.ends_on, 1),
                ("location", self.tr("&Location"), self.location, 2),
            ]
        )
        grid.addWidget(self.add_button, 1, 5)
        self.table = small_table(
            [
                self.tr("Event"),
                self.tr("Kind"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Location"),
                self.tr("Orders"),
                self.tr("Income"),
                self.tr("Share of the year's sales"),
            ]
        )
        self.table.setObjectName("events_table")
        explain = QLabel(
            self.tr(
                "Income from confirmed and delivered orders that name the event, and its share of that "
                "year's sales: how much hangs on one event (30% or more is shown in red)."
            )
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        """Read the events with their sums on a worker: the year's sales add up every order."""
        self._request += 1
        request, orders = self._request, self.services.orders
        operation = Operation(lambda _progress: orders.events(), parent=self, show_progress=False)
        operation.finished.connect(lambda events: self._show(request, events))
        operation.errored.connect(lambda exc: self._failed(request, exc))
        operation.finished.connect(operation.deleteLater)
        operation.errored.connect(operation.deleteLater)
        self.busy = True
        operation.start()

    def _failed(self, request: int, exc: BaseException) -> None:
        if request == self._request:
            self.busy = False
            show_error(self, exc)

    def _show(self, request: int, events: list[EventRow]) -> None:
        if request != self._request:
            return
        self.busy = False
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            self.table.setItem(row, 0, cell(event.name, data=event.id))
            self.table.setItem(row, 1, cell(self._kinds[event.kind]))
            self.table.setItem(row, 2, cell(format_date(event.starts_on)))
            self.table.setItem(row, 3, cell(format_date(event.ends_on)))
            self.table.setItem(row, 4, cell(event.location))
            self.table.setItem(row, 5, cell(format_thousands(event.orders), right=True))
            self.table.setItem(row, 6, cell(format_rupiah(event.income), right=True))
            share = event.share
            self.table.setItem(
                row,
                7,
                cell(f"{format_decimal(share, 1)}%", right=True, colour=PAST_DUE if share >= 30 else None),
            )
        fit_columns(self.table, 0)

    def add_event(self) -> None:
        self.fields.clear_errors()
        data = EventInput(
            name=self.name.text(),
            kind=self.kind.value(),  # type: ignore[arg-type]
            starts_on=self.starts_on.value(),
            ends_on=self.ends_on.value(),
            location=self.location.text(),
        )
        try:
            self.services.orders.create_event(data)
        except ValidationError as exc:
            self.fields.show_errors(exc)
            return
        except SentraError as exc:
            show_error(self, exc)
            return
        for widget in (self.name, self.location):
            widget.clear()
        self.refresh()
        self.name.setFocus()
