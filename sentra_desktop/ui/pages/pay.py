"""Upah: each maker's piece-rate pay for a period, every line behind it, and marking it paid.

The period comes from the sentra's settings (weekly or fortnightly, from its start weekday);
the arrows step a period back or on. The left table lists every maker's total, the right one
the lines behind the chosen maker: pieces by day and design, corrections of closed periods,
advances and adjustments. Designs made in the period without a rate are named above the tables.
Marking paid closes the period; the slips print from here or from the command line.

The page's first figures (and the forms' choices) are read on a worker once it is up: computing
a period of a busy sentra takes 40–140 ms, which the first build would otherwise wait for.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.formatting import format_date, format_rupiah, format_thousands
from sentra_desktop.core.messages import describe
from sentra_desktop.core.pay import MakerPay, PeriodPay, period_containing
from sentra_desktop.services.container import Services
from sentra_desktop.services.pay import PayService
from sentra_desktop.ui.i18n import translate
from sentra_desktop.ui.operation import Operation
from sentra_desktop.ui.pages.common import ask, buddy_label, page_title
from sentra_desktop.ui.pages.pay_forms import AdjustmentForm, AdvanceForm, RateForm
from sentra_desktop.ui.tables import configure_table
from sentra_desktop.ui.widgets import DateEdit

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(_RIGHT)
    return item


def _stretch(table: QTableWidget, column: int | None) -> None:
    """Every column as wide as its text, ``column`` taking the room left (long names end in "…");
    without one the table scrolls sideways instead of cutting a column (the makers' seven
    columns at 125 % on a 1366-px screen)."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if column is not None:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)


def _other_row(day: str, what: str, amount: int, note: str) -> list[tuple[str, bool]]:
    """A line without pieces: an advance, an adjustment, the deduction, the total."""
    return [
        (day, False),
        (what, False),
        ("", False),
        ("", False),
        ("", False),
        (format_rupiah(amount), True),
        (note, False),
    ]


class PayPage(QWidget):
    """Period at the top, makers and their lines in the middle, paying and the forms below."""

    computed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.pay = PayService(services.db)
        self.figures: PeriodPay | None = None
        self.loading = False  # the first figures are being read on a worker
        self._loader: Operation | None = None
        self._computes = 0  # computes asked for; a first reading overtaken by one is dropped

        self.start = DateEdit()
        self.start.setObjectName("period_from")
        self.end = DateEdit()
        self.end.setObjectName("period_to")
        self.previous_button = QPushButton("◀")
        self.previous_button.setObjectName("previous_period")
        self.previous_button.setToolTip(self.tr("The period before (Alt+Left)"))
        self.previous_button.setShortcut("Alt+Left")
        self.next_button = QPushButton("▶")
        self.next_button.setObjectName("next_period")
        self.next_button.setToolTip(self.tr("The next period (Alt+Right)"))
        self.next_button.setShortcut("Alt+Right")
        self.show_button = QPushButton(self.tr("&Compute"))
        self.show_button.setObjectName("compute")
        self.show_button.setDefault(True)
        self.period_error = QLabel()
        self.period_error.setObjectName("period_error")
        self.period_error.setStyleSheet("color: #b00020;")
        self.period_error.hide()
        bar = QHBoxLayout()
        bar.addWidget(buddy_label(self.tr("&From:"), self.start))
        bar.addWidget(self.start)
        bar.addWidget(buddy_label(self.tr("&To:"), self.end))
        bar.addWidget(self.end)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.show_button)
        bar.addStretch(1)

        self.missing = QLabel()
        self.missing.setObjectName("missing_rates")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("background: #fff4d6; border: 1px solid #e0b44c; padding: 4px;")
        self.missing.hide()

        self.makers = QTableWidget(0, 7)
        configure_table(self.makers)
        self.makers.setObjectName("makers")
        self.makers.setHorizontalHeaderLabels(
            [
                self.tr("Maker"),
                self.tr("Member business"),
                self.tr("Pieces"),
                self.tr("Corrections"),
                self.tr("Advances taken off"),
                self.tr("Total"),
                self.tr("Status"),
            ]
        )
        self.lines = QTableWidget(0, 7)
        configure_table(self.lines)
        self.lines.setObjectName("lines")
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Design"),
                self.tr("Good"),
                self.tr("Reject"),
                self.tr("Rate"),
                self.tr("Amount"),
                self.tr("Note"),
            ]
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.makers)
        splitter.addWidget(self.lines)
        _stretch(self.makers, None)
        _stretch(self.lines, 1)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.paid_on = DateEdit()
        self.paid_on.setObjectName("paid_on")
        self.method = QComboBox()
        self.method.setObjectName("method")
        self.method.addItem(self.tr("Cash"), "cash")
        self.method.addItem(self.tr("Bank transfer"), "transfer")
        self.mark_button = QPushButton(self.tr("&Mark paid"))
        self.mark_button.setObjectName("mark_paid")
        self.print_button = QPushButton(self.tr("Print &slips…"))
        self.print_button.setObjectName("print_slips")
        paying = QHBoxLayout()
        paying.addWidget(self.summary, 1)
        paying.addWidget(buddy_label(self.tr("Paid &on:"), self.paid_on))
        paying.addWidget(self.paid_on)
        paying.addWidget(buddy_label(self.tr("M&ethod:"), self.method))
        paying.addWidget(self.method)
        paying.addWidget(self.mark_button)
        paying.addWidget(self.print_button)

        self.rate_form = RateForm(self.pay)
        self.advance_form = AdvanceForm(self.pay)
        self.adjustment_form = AdjustmentForm(self.pay)
        self.forms = QTabWidget()
        self.forms.setObjectName("pay_forms")
        self.forms.addTab(self.rate_form, self.tr("Piece rate"))
        self.forms.addTab(self.advance_form, self.tr("Advance (kasbon)"))
        self.forms.addTab(self.adjustment_form, self.tr("Adjustment"))
        self.forms.setMaximumWidth(380)

        middle = QHBoxLayout()
        middle.addWidget(splitter, 1)
        middle.addWidget(self.forms, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Piece-rate pay")))
        layout.addLayout(bar)
        layout.addWidget(self.period_error)
        layout.addWidget(self.missing)
        layout.addLayout(middle, 1)
        layout.addLayout(paying)

        self.show_button.clicked.connect(self.compute)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.makers.currentCellChanged.connect(lambda row, *_: self._show_lines(row))
        self.mark_button.clicked.connect(self.mark_paid)
        self.print_button.clicked.connect(self.print_slips)
        for form in (self.rate_form, self.advance_form, self.adjustment_form):
            form.saved.connect(self.compute)
        try:
            self.set_period(*self.pay.first_open_period(date.today()))
        except SentraError:
            self.set_period(*self._period_for(date.today()))
        # Started from the event loop, after the page's first paint: a worker running Python
        # beside the paint makes every call back into Python wait for the interpreter lock.
        self.loading = True
        QTimer.singleShot(0, self._load_later)

    def _period_for(self, day: date) -> tuple[date, date]:
        """The sentra's pay period around ``day``; a week from Monday for a role that may not read it."""
        try:
            return self.pay.period_for(day)
        except SentraError:
            return period_containing(day, "weekly")

    # --- period -------------------------------------------------------------------------------
    def set_period(self, start: date, end: date) -> None:
        self.start.set_value(start)
        self.end.set_value(end)

    def step(self, direction: int) -> None:
        """The period before or after the one shown, cut by the sentra's settings."""
        start, end = self.start.value() or date.today(), self.end.value() or date.today()
        day = start - timedelta(days=1) if direction < 0 else end + timedelta(days=1)
        self.set_period(*self._period_for(day))
        self.compute()

    def _load_later(self) -> None:
        """The forms' choices and the period's figures, read on a worker; shown when they come."""
        pay, start, end = self.pay, self.start.value() or "", self.end.value() or ""
        asked = self._computes

        def work(_progress: object) -> tuple[Any, PeriodPay | SentraError]:
            try:
                choices = pay.choices()
            except SentraError:  # a role that may not read pay: the forms stay empty (and disabled)
                choices = None
            try:
                return choices, pay.compute(start, end)
            except SentraError as exc:
                return choices, exc

        def done(result: tuple[Any, PeriodPay | SentraError]) -> None:
            self.loading, self._loader = False, None
            choices, figures = result
            if choices is not None:
                for form in (self.rate_form, self.advance_form, self.adjustment_form):
                    form.set_choices(choices)
            if asked == self._computes and (self.start.value() or "", self.end.value() or "") == (start, end):
                self._show(figures)

        def failed(_exc: object) -> None:  # an unexpected error is shown by the operation
            self.loading, self._loader = False, None

        self.loading = True
        self._loader = Operation(work, parent=self, show_progress=False)
        self._loader.finished.connect(done)
        self._loader.errored.connect(failed)
        self._loader.start()

    # --- figures ------------------------------------------------------------------------------
    def compute(self) -> None:
        """Compute the period shown; a refused period leaves the tables empty and says why."""
        self._computes += 1
        try:
            figures: PeriodPay | SentraError = self.pay.compute(
                self.start.value() or "", self.end.value() or ""
            )
        except SentraError as exc:
            figures = exc
        self._show(figures)

    def _show(self, figures: PeriodPay | SentraError) -> None:
        self.period_error.hide()
        if isinstance(figures, SentraError):
            exc = figures
            self.figures = None
            self.period_error.setText(describe(exc, lambda text: translate("Errors", text)))
            self.period_error.show()
            self.makers.setRowCount(0)
            self.lines.setRowCount(0)
            self.summary.clear()
            self.mark_button.setEnabled(False)
            self.print_button.setEnabled(False)
            self.computed.emit()
            return
        self.figures = figures
        self._fill(figures)
        self.computed.emit()

    def _fill(self, figures: PeriodPay) -> None:
        if figures.missing_rates:
            names = ", ".join(m.code for m in figures.missing_rates[:12])
            if len(figures.missing_rates) > 12:
                names += " " + self.tr("and %1 more").replace("%1", str(len(figures.missing_rates) - 12))
            self.missing.setText(
                self.tr("Designs made in this period without a piece rate: %1").replace("%1", names)
            )
            self.missing.show()
        else:
            self.missing.hide()
        self.makers.setRowCount(len(figures.makers))
        for row, pay in enumerate(figures.makers):
            status = (
                self.tr("Paid %1").replace("%1", format_date(pay.paid.paid_on))
                if pay.paid
                else self.tr("Not paid")
            )
            values = [
                (pay.maker_name, False),
                (pay.member_name, False),
                (format_rupiah(pay.pieces_amount), True),
                (format_rupiah(pay.corrections_amount + pay.adjustments_amount), True),
                (format_rupiah(pay.advances_deducted), True),
                (format_rupiah(pay.total), True),
                (status, False),
            ]
            for column, (text, right) in enumerate(values):
                self.makers.setItem(row, column, _cell(text, right))
        paid = any(p.paid for p in figures.makers)
        self.summary.setText(
            self.tr("%1 makers, total %2")
            .replace("%1", str(len(figures.makers)))
            .replace("%2", format_rupiah(figures.total))
            + ("  ·  " + self.tr("This period is paid and closed.") if paid else "")
        )
        self.mark_button.setEnabled(bool(figures.makers) and not paid)
        self.print_button.setEnabled(bool(figures.makers))
        if figures.makers:
            self.makers.setCurrentCell(0, 0)
        self._show_lines(0 if figures.makers else -1)

    def _show_lines(self, row: int) -> None:
        self.lines.setRowCount(0)
        if self.figures is None or not 0 <= row < len(self.figures.makers):
            return
        pay: MakerPay = self.figures.makers[row]
        rows: list[list[tuple[str, bool]]] = []
        for line in pay.lines:
            rate = self.tr("no rate") if line.rate is None else format_rupiah(line.rate)
            rows.append(self._line_row(line.produced_on, line, rate, ""))
        for line in pay.corrections:
            assert line.corrects is not None
            note = (
                self.tr("correction of %1–%2")
                .replace("%1", format_date(line.corrects[0]))
                .replace("%2", format_date(line.corrects[1]))
            )
            rows.append(self._line_row(line.produced_on, line, format_rupiah(line.rate or 0), note))
        for advance in pay.advances:
            rows.append(
                _other_row(
                    format_date(advance.given_on), self.tr("Advance (kasbon)"), -advance.amount, advance.note
                )
            )
        for adjustment in pay.adjustments:
            rows.append(
                _other_row(
                    format_date(adjustment.applies_on),
                    self.tr("Adjustment"),
                    adjustment.amount,
                    adjustment.reason,
                )
            )
        carried = self.tr("%1 carried to the next period").replace("%1", format_rupiah(pay.carried))
        # Corrections above the pay make the deduction negative: the total is nil and the shortfall
        # goes to the next period as an advance, said in the same words as on the slip.
        taken_off = (
            self.tr("Shortfall carried to the next period as an advance")
            if pay.advances_deducted < 0
            else self.tr("Advances taken off")
        )
        rows.append(_other_row("", taken_off, -pay.advances_deducted, carried if pay.carried else ""))
        rows.append(_other_row("", self.tr("Total"), pay.total, ""))
        self.lines.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for column, (text, right) in enumerate(values):
                self.lines.setItem(r, column, _cell(text, right))

    @staticmethod
    def _line_row(day: date, line: object, rate: str, note: str) -> list[tuple[str, bool]]:
        from sentra_desktop.core.pay import PayLine

        assert isinstance(line, PayLine)
        return [
            (format_date(day), False),
            (f"{line.design_code} {line.design_name}", False),
            (format_thousands(line.good), True),
            (format_thousands(line.reject), True),
            (rate, True),
            (format_rupiah(line.amount), True),
            (note, False),
        ]

    # --- paying and printing ------------------------------------------------------------------
    def mark_paid(self) -> None:
        """Ask, then mark every maker of the period paid and close it."""
        if self.figures is None:
            return
        question = (
            self.tr("Mark the pay of %1 makers (%2) paid and close the period?")
            .replace("%1", str(len(self.figures.makers)))
            .replace("%2", format_rupiah(self.figures.total))
        )
        if not ask(self, self.tr("Mark paid"), question):
            return
        try:
            self.pay.mark_paid(
                self.figures.starts_on,
                self.figures.ends_on,
                self.paid_on.value() or "",
                str(self.method.currentData()),
            )
        except SentraError as exc:
            self.period_error.setText(describe(exc, lambda text: translate("Errors", text)))
            self.period_error.show()
            return
        self.compute()

    def print_slips(self) -> None:
        """The slips of the period shown, in the print preview (print or save as PDF there)."""
        from sentra_desktop.ui.reports.preview import open_sheet

        if self.figures is not None:
            open_sheet(
                self, self.services, "pay", date_from=self.figures.starts_on, date_to=self.figures.ends_on
            )
