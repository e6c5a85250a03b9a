"""The buyer form, with the duplicate warning that offers the buyer already recorded."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.enums import BuyerKind, MetVia
from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.places import places
from sentra_desktop.core.text import ADDRESS_MAX, NAME_MAX, SHORT_MAX
from sentra_desktop.services.buyers import BuyerDetail, BuyerInput, BuyerMatch, DuplicateBuyerError
from sentra_desktop.services.container import Services
from sentra_desktop.ui.errors import error_text
from sentra_desktop.ui.pages.form_dialogs import WorkerDialog
from sentra_desktop.ui.pages.sales_labels import kind_names, met_via_names
from sentra_desktop.ui.widgets import ChoiceCombo

# One-line fields filled from the detail under the same name.
_TEXT_FIELDS = ("name", "organisation", "phone", "email", "address", "city", "province", "tags")


class BuyerForm(WorkerDialog):
    """Create (``buyer`` None) or edit a buyer; ``saved(id)`` once stored.

    A likely duplicate shows a warning inside the form with two ways on: open the buyer already
    recorded (``existing_chosen(id)``), or save this one anyway.
    """

    existing_chosen = Signal(int)

    def __init__(self, services: Services, buyer: BuyerDetail | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.buyer = buyer
        self.matches: list[BuyerMatch] = []
        self.setWindowTitle(self.tr("New buyer") if buyer is None else self.tr("Edit buyer"))
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX + 20)
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("shop, company or committee"))
        self.kind = ChoiceCombo()
        self.kind.set_choices(list(kind_names().items()), buyer.kind if buyer else BuyerKind.SHOP)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 0812-7310-4471"))
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.address.setMaxLength(ADDRESS_MAX + 20)
        self.regency_code = ""
        self.city = QLineEdit()
        self.city.setObjectName("city")
        self.city.setMaxLength(SHORT_MAX + 10)
        self.city.setPlaceholderText(self.tr("type part of the regency/city, then choose"))
        known = places()
        self._labels = {known.label(code): code for code in known.regencies}
        completer = QCompleter(QStringListModel(sorted(self._labels), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._place_chosen)
        self.city.setCompleter(completer)
        self.city.textEdited.connect(self._city_typed)
        self.province = QLineEdit()
        self.province.setMaxLength(SHORT_MAX + 10)
        self.market = QLabel()
        self.market.setObjectName("market")
        self.market.setWordWrap(True)
        self.met_via = ChoiceCombo()
        self.met_via.set_choices(list(met_via_names().items()), buyer.met_via if buyer else MetVia.WALK_IN)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("e.g. langganan, online"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)

        form = QFormLayout()
        self.fields.layout = form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields.add("name", self.tr("&Name"), self.name)
        self.fields.add("organisation", self.tr("&Organisation"), self.organisation)
        self.fields.add("kind", self.tr("&Kind"), self.kind)
        self.fields.add("phone", self.tr("&Phone / WhatsApp"), self.phone)
        self.fields.add("email", self.tr("&E-mail"), self.email)
        self.fields.add("address", self.tr("&Address"), self.address)
        self.fields.add("city", self.tr("Regency/&city"), self.city)
        self.fields.add("province", self.tr("Pro&vince"), self.province)
        form.addRow("", self.market)
        self.fields.add("met_via", self.tr("How we &met"), self.met_via)
        self.fields.add("tags", self.tr("&Tags"), self.tags)
        self.fields.add("notes", self.tr("Notes"), self.notes)

        self.duplicate = QFrame()
        self.duplicate.setObjectName("duplicate_panel")
        self.duplicate.setStyleSheet("#duplicate_panel { background: #fff4d6; border: 1px solid #e0b44c; }")
        self.duplicate_text = QLabel()
        self.duplicate_text.setObjectName("duplicate_text")
        self.duplicate_text.setWordWrap(True)
        self.use_existing = QPushButton(self.tr("&Use the existing buyer"))
        self.use_existing.clicked.connect(self.choose_existing)
        self.save_anyway = QPushButton(self.tr("Save &anyway"))
        self.save_anyway.clicked.connect(lambda: self.submit(allow_duplicate=True))
        panel = QVBoxLayout(self.duplicate)
        panel.setContentsMargins(8, 6, 8, 6)
        panel.addWidget(self.duplicate_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.use_existing)
        row.addWidget(self.save_anyway)
        panel.addLayout(row)
        self.duplicate.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.duplicate)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        if buyer is not None:
            self._fill(buyer)
        self.name.setFocus()

    def _fill(self, buyer: BuyerDetail) -> None:
        for key in _TEXT_FIELDS:
            getattr(self, key).setText(getattr(buyer, key))
        self.notes.setPlainText(buyer.notes)
        self.regency_code = buyer.regency_code
        self._show_market()

    # --- the regency/city, chosen from the official list ---------------------------------------
    def _place_chosen(self, label: str) -> None:
        code = self._labels.get(label)
        if code is None:
            return
        self.regency_code = code
        # After the completer has written the whole label into the field.
        QTimer.singleShot(0, self, self._write_place)

    def _write_place(self) -> None:
        known = places()
        region = known.regencies[self.regency_code]
        self.city.setText(region.name)
        self.province.setText(known.provinces[region.province_code].name)
        self._show_market()

    def _city_typed(self, _text: str) -> None:
        self.regency_code = ""
        self._show_market()

    def _show_market(self) -> None:
        """The market the buyer counts in: the chosen one, or what the typed city will match."""
        known = places()
        code = self.regency_code
        if not code and self.city.text().strip():
            region = known.match_regency(self.city.text(), self.province.text())
            code = region.code if region else ""
        if code:
            self.market.setStyleSheet("color: #2e6b30;")
            self.market.setText(
                self.tr("Market: {place} ({code})").format(place=known.label(code), code=code)
            )
        elif self.city.text().strip():
            self.market.setStyleSheet("color: #b06000;")
            self.market.setText(self.tr("Not in the list of regencies/cities: choose one as you type"))
        else:
            self.market.setText("")

    def collect(self) -> BuyerInput:
        return BuyerInput(
            name=self.name.text(),
            organisation=self.organisation.text(),
            kind=self.kind.value(),  # type: ignore[arg-type]
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
            city=self.city.text(),
            province=self.province.text(),
            met_via=self.met_via.value(),  # type: ignore[arg-type]
            tags=self.tags.text(),
            notes=self.notes.toPlainText(),
            regency_code=self.regency_code,
        )

    def submit(self, allow_duplicate: bool = False) -> None:
        data = self.collect()
        service = self.services.buyers
        buyer = self.buyer
        self.duplicate.hide()

        def work() -> int:
            if buyer is None:
                return service.create(data, allow_duplicate=allow_duplicate)
            service.update(buyer.id, buyer.version, data, allow_duplicate=allow_duplicate)
            return buyer.id

        self.run(work, self.tr("Saving buyer"))

    def handle_error(self, exc: SentraError) -> bool:
        if not isinstance(exc, DuplicateBuyerError):
            return False
        self.matches = exc.matches
        first = exc.matches[0]
        who = first.name + (f" — {first.organisation}" if first.organisation else "")
        where = ", ".join(filter(None, [first.city, first.phone]))
        self.duplicate_text.setText(
            error_text(exc)
            + "\n"
            + self.tr("Already recorded: %1 (%2). Use that buyer, or save this one as a different buyer?")
            .replace("%1", who)
            .replace("%2", where or "-")
        )
        self.duplicate.show()
        self.use_existing.setFocus()
        return True

    def choose_existing(self) -> None:
        """Close without saving and hand the existing buyer to the page."""
        if not self.matches:
            return
        chosen = self.matches[0].id
        self._clean_state = None
        self.existing_chosen.emit(chosen)
        self.accept()
