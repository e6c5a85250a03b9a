"""Laporan: pick a sheet and what it covers, make it, preview it, print it or save it as PDF."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop import printing
from sentra_desktop.core.errors import SentraError
from sentra_desktop.services.container import Services
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.services.report_data import ReportDataService
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.member_filter import REPORTS_MEMBER, RememberedMember
from sentra_desktop.ui.operation import Operation
from sentra_desktop.ui.pages.common import page_title
from sentra_desktop.ui.pages.stock.common import month_start
from sentra_desktop.ui.pages.stock.history import ItemField
from sentra_desktop.ui.reports.preview import PreviewDialog, open_sheet
from sentra_desktop.ui.settings import AppSettings
from sentra_desktop.ui.widgets import ChoiceCombo, DateEdit

PERIOD_DAY, PERIOD_MONTH, PERIOD_RANGE = "day", "month", "range"


def month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


class ReportsPage(QWidget):
    """The list of sheets on the left, what the chosen one covers on the right, and Make sheet."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, app_settings: AppSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.app_settings = app_settings
        self.reports = ReportDataService(services.db)
        self.operation: Operation | None = None
        self.preview: PreviewDialog | None = None

        self.sheets = QListWidget()
        self.sheets.setObjectName("sheet_list")
        self.sheets.setFixedWidth(230)
        self.sheets.setSpacing(3)
        font = self.sheets.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.sheets.setFont(font)
        self.forms = QStackedWidget()
        self.forms.setMaximumWidth(680)
        self.descriptions: dict[str, str] = {}

        self._build_fields()
        self._build_forms()
        self.make_button = QPushButton(self.tr("&Make sheet"))
        self.make_button.setObjectName("make_sheet")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make_sheet)
        self.sheets.currentRowChanged.connect(self.forms.setCurrentIndex)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.production_from.dateChanged.connect(self._from_changed)
        self.sheets.setCurrentRow(0)

        self._lay_out()
        self.reload_choices()
        self._period_changed()

    def _build_fields(self) -> None:
        """The inputs each sheet asks for (period, member, order or delivery number, item, ...)."""
        self.product_type = ChoiceCombo(empty_text=self.tr("All product types"))
        self.period = QComboBox()
        self.period.addItem(self.tr("One day"), PERIOD_DAY)
        self.period.addItem(self.tr("One month"), PERIOD_MONTH)
        self.period.addItem(self.tr("From … to …"), PERIOD_RANGE)
        self.period.setCurrentIndex(1)
        self.production_from = DateEdit()
        self.production_from.set_value(month_start())
        self.production_to = DateEdit()
        self.production_to.set_value(month_end(date.today()))
        self.member = RememberedMember(
            REPORTS_MEMBER, self.app_settings, empty_text=self.tr("The whole sentra")
        )
        self.order_number = QComboBox()
        self.order_number.setEditable(True)
        self.order_number.setObjectName("order_number")
        self.delivery_number = QComboBox()
        self.delivery_number.setEditable(True)
        self.delivery_number.setObjectName("delivery_number")
        self.item_field = ItemField()
        self.card_from = DateEdit()
        self.card_from.set_value(month_start())
        self.card_to = DateEdit()
        self.aid_from = DateEdit(optional=True)
        self.aid_to = DateEdit(optional=True)
        self.agency = ChoiceCombo(empty_text=self.tr("All agencies"))
        self.ikm_year = QSpinBox()
        self.ikm_year.setRange(1900, date.today().year)
        self.ikm_year.setValue(date.today().year - 1)
        monday = date.today() - timedelta(days=date.today().weekday())
        self.pay_from = DateEdit()
        self.pay_from.set_value(monday)
        self.pay_to = DateEdit()
        self.pay_to.set_value(monday + timedelta(days=6))
        self.pay_member = ChoiceCombo(empty_text=self.tr("The whole sentra"))

    def _build_forms(self) -> None:
        """One form per sheet of the registry, with its description, in the registry's order."""
        # What each sheet of the registry asks for; the list follows the registry's order.
        forms: dict[str, tuple[str, list[tuple[str, QWidget]]]] = {
            "production": (
                self.tr(
                    "Good pieces, rejects and reject rate per design and per maker, "
                    "with a chart of daily output."
                ),
                [
                    (self.tr("&Period:"), self.period),
                    (self.tr("&From:"), self.production_from),
                    (self.tr("&To:"), self.production_to),
                    (self.tr("&Member business:"), self.member),
                ],
            ),
            "stock": (
                self.tr(
                    "Finished goods and materials on hand, low stock marked, with an empty “Counted” column "
                    "for a stock count."
                ),
                [(self.tr("&Product type:"), self.product_type)],
            ),
            "stock_card": (
                self.tr(
                    "One item over a period: opening balance, every movement, running and closing balance."
                ),
                [
                    (self.tr("&Item:"), self.item_field),
                    (self.tr("&From:"), self.card_from),
                    (self.tr("&To:"), self.card_to),
                ],
            ),
            "order": (
                self.tr(
                    "An order for the buyer and the makers: lines, totals, payments, what is still owed."
                ),
                [(self.tr("Order &number:"), self.order_number)],
            ),
            "delivery": (
                self.tr(
                    "The surat jalan that goes with delivered goods (a delivery number, or an order number)."
                ),
                [(self.tr("Delivery &number:"), self.delivery_number)],
            ),
            "buyers": (self.tr("Every buyer with contact details and orders."), []),
            "performance": (
                self.tr(
                    "The mentor's pack: the last 12 months against the 12 before, warnings first "
                    "(another period: the Performance page)."
                ),
                [],
            ),
            "assistance": (
                self.tr(
                    "Aid received by agency and programme and by recipient, overlaps highlighted, idle aid "
                    "listed, value totals: for the coordination meeting. Empty dates: all aid."
                ),
                [
                    (self.tr("&From:"), self.aid_from),
                    (self.tr("&To:"), self.aid_to),
                    (self.tr("&Agency:"), self.agency),
                ],
            ),
            "ikm_year": (
                self.tr(
                    "Each member business's year for the agencies' small-industry survey: workers, output, "
                    "material cost, value added, sales by area, events, aid received."
                ),
                [(self.tr("&Year:"), self.ikm_year)],
            ),
            "pay": (
                self.tr(
                    "One pay slip per maker (lines by day and design, advances, corrections, total, a line "
                    "to sign) and a summary per member business, for one pay period (the Pay page computes "
                    "and pays it)."
                ),
                [
                    (self.tr("&From:"), self.pay_from),
                    (self.tr("&To:"), self.pay_to),
                    (self.tr("&Member business:"), self.pay_member),
                ],
            ),
        }
        for kind in printing.SHEETS:
            description, rows = forms[kind.key]
            self._add(kind.key, QCoreApplication.translate("Sheets", kind.title_source), description, rows)

    def _lay_out(self) -> None:
        """The sheet list on the left; the chosen sheet's form and Make sheet on the right."""
        right = QVBoxLayout()
        right.addWidget(self.forms)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.sheets)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Reports")))
        layout.addLayout(body, 1)

    def _add(self, key: str, title: str, description: str, rows: list[tuple[str, QWidget]]) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.sheets.addItem(item)
        form_widget = QWidget()
        outer = QVBoxLayout(form_widget)
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        text = QLabel(description)
        text.setWordWrap(True)
        outer.addWidget(heading)
        outer.addWidget(text)
        form = QFormLayout()
        for label, widget in rows:
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        outer.addLayout(form)
        outer.addStretch(1)
        self.forms.addWidget(form_widget)

    # --- choices -----------------------------------------------------------------------------
    def reload_choices(self) -> None:
        """Product types, member businesses, order and delivery numbers, stock items."""
        try:
            self.product_type.set_choices(
                [(name, name) for name in self.reports.product_type_names()], self.product_type.value()
            )
            members = list(self.reports.member_business_names())
            self.member.set_choices(members, self.member.value())
            self.pay_member.set_choices([(name, name) for _, name in members], self.pay_member.value())
            agencies = [(c.name, c.name) for c in self.services.agencies.choices()]
            self.agency.set_choices(agencies, self.agency.value())
            for combo, numbers in (
                (self.order_number, self.reports.order_numbers()),
                (self.delivery_number, self.reports.delivery_numbers()),
            ):
                text = combo.currentText()
                combo.clear()
                combo.addItems(numbers)
                if text:
                    combo.setEditText(text)
            self.item_field.set_items(self.services.stock.page(ListQuery(sort="kind"), 0, 100_000))
        except SentraError as exc:
            show_error(self, exc)

    def activated(self) -> None:
        """Called by the main window each time the page is shown."""
        self.reload_choices()

    def _period_changed(self) -> None:
        mode = self.period.currentData()
        self.production_to.setEnabled(mode == PERIOD_RANGE)
        self._from_changed()

    def _from_changed(self) -> None:
        mode = self.period.currentData()
        start = self.production_from.value() or date.today()
        if mode == PERIOD_DAY:
            self.production_to.set_value(start)
        elif mode == PERIOD_MONTH:
            self.production_from.blockSignals(True)
            self.production_from.set_value(start.replace(day=1))
            self.production_from.blockSignals(False)
            self.production_to.set_value(month_end(start))

    # --- making ------------------------------------------------------------------------------
    def current_kind(self) -> str:
        item = self.sheets.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "production"

    def select(self, kind: str) -> None:
        """Choose the sheet ``kind`` in the list."""
        for row in range(self.sheets.count()):
            if self.sheets.item(row).data(Qt.ItemDataRole.UserRole) == kind:
                self.sheets.setCurrentRow(row)

    def params(self, kind: str) -> dict[str, Any] | None:
        """What sheet ``kind`` covers, from the form (None, with a message, when something is missing)."""
        if kind == "production":
            return {
                "date_from": self.production_from.value(),
                "date_to": self.production_to.value(),
                "member_business_id": self.member.value(),
            }
        if kind == "stock":
            return {"product_type": self.product_type.value()}
        if kind == "stock_card":
            item = self.item_field.item()
            if item is None:
                self._missing(self.tr("Type the code or name of an item."), self.item_field)
                return None
            return {
                "item_kind": item[0],
                "item_id": item[1],
                "date_from": self.card_from.value(),
                "date_to": self.card_to.value(),
            }
        if kind in ("order", "delivery"):
            combo = self.order_number if kind == "order" else self.delivery_number
            number = combo.currentText().strip()
            if not number:
                self._missing(self.tr("Type or choose a number."), combo)
                return None
            return {"number": number}
        if kind == "pay":
            return {
                "date_from": self.pay_from.value(),
                "date_to": self.pay_to.value(),
                "member": self.pay_member.value(),
            }
        if kind == "assistance":
            return {
                "date_from": self.aid_from.value(),
                "date_to": self.aid_to.value(),
                "agency": self.agency.value(),
            }
        if kind == "ikm_year":
            return {"year": self.ikm_year.value()}
        return {}

    def _missing(self, text: str, widget: QWidget) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, self.tr("Reports"), text)
        widget.setFocus()

    def make_sheet(self) -> Operation | None:
        """Make the chosen sheet in the background, then show its preview."""
        kind = self.current_kind()
        params = self.params(kind)
        if params is None:
            return None
        self.operation = open_sheet(self, self.services, kind, on_preview=self._previewed, **params)
        return self.operation

    def _previewed(self, dialog: PreviewDialog) -> None:
        self.preview = dialog
