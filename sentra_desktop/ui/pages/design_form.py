"""The form to create or edit one design variant, photo included.

Saving runs on a worker (a large photo takes a moment to resize); while it runs the buttons
are disabled. Problems come back as a ValidationError and are shown under each field; what was
typed stays, and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.enums import DesignStatus
from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.formatting import format_thousands
from sentra_desktop.core.text import CODE_MAX, NAME_MAX, SHORT_MAX
from sentra_desktop.services.container import Services
from sentra_desktop.services.designs import DesignDetail, DesignInput
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.forms import FormFields
from sentra_desktop.ui.pages.form_dialogs import WorkerDialog
from sentra_desktop.ui.pages.mould_picker import MouldPicker
from sentra_desktop.ui.widgets import ChoiceCombo, DateEdit, MoneyEdit, PhotoField

PREVIEW_EDGE = 180
MOULD_ROWS = 4  # rows the mould list shows before it scrolls


class MouldList(QListWidget):
    """The moulds that cast a design, ticked in a short list (a design may have several)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * MOULD_ROWS + 12)

    def set_choices(self, choices: list[tuple[int, str]], checked: tuple[int, ...]) -> None:
        self.clear()
        for mould_id, name in choices:
            item = QListWidgetItem(name, self)
            item.setData(Qt.ItemDataRole.UserRole, mould_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if mould_id in checked else Qt.CheckState.Unchecked)

    def set_checked(self, mould_id: int, checked: bool = True) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == mould_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def ids(self) -> tuple[int, ...]:
        """The ticked moulds' ids."""
        items = (self.item(row) for row in range(self.count()))
        return tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )


def status_names() -> dict[DesignStatus, str]:
    """Display names of the design life-cycle states."""
    return {
        DesignStatus.PROTOTYPE: QCoreApplication.translate("DesignStatus", "Prototype"),
        DesignStatus.ACTIVE: QCoreApplication.translate("DesignStatus", "Active"),
        DesignStatus.RETIRED: QCoreApplication.translate("DesignStatus", "Retired"),
    }


class DesignForm(WorkerDialog):
    """Create (``design`` None) or edit a design; emits ``saved(id)`` once it is stored."""

    saved = Signal(int)

    def __init__(
        self, services: Services, design: DesignDetail | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.design = design
        self.setWindowTitle(self.tr("New design") if design is None else self.tr("Edit design"))
        self.setModal(True)

        columns = QHBoxLayout()
        columns.addLayout(self._build_fields(), 1)
        columns.addWidget(self._build_photo())
        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        outer.addLayout(columns)
        outer.addWidget(self.buttons)

        self._load_choices()
        if design is not None:
            self._fill(design)
        self.code.setFocus()

    # --- building ---------------------------------------------------------------------------
    def _build_fields(self) -> QFormLayout:
        """The design's fields in a form, each with its error beneath."""
        self.code = QLineEdit()
        self.code.setMaxLength(CODE_MAX + 10)
        self.code.setPlaceholderText(self.tr("e.g. GK-AMP-01"))
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX + 30)
        self.product_type = ChoiceCombo(empty_text=self.tr("(choose)"))
        self.member = ChoiceCombo(empty_text=self.tr("(the sentra as a whole)"))
        self.member.setToolTip(self.tr("The member business whose sales this design's order lines count for"))
        self.mould = MouldPicker(self.services.designs)
        self.mould.setToolTip(self.tr("Add every mould that casts this design; untick one to unlink it"))
        self.colour = QLineEdit()
        self.colour.setMaxLength(SHORT_MAX + 10)
        self.size_edit = QLineEdit()
        self.size_edit.setMaxLength(SHORT_MAX + 10)
        self.price = MoneyEdit()
        self.cost = MoneyEdit()
        self.low_stock = MoneyEdit()
        self.low_stock.setPlaceholderText(self.tr("pieces"))
        self.status = ChoiceCombo()
        self.introduced_on = DateEdit(optional=True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        layout = QFormLayout()
        self.fields = FormFields(layout, self.banner)
        self.fields.add("code", self.tr("&Code"), self.code)
        self.fields.add("name", self.tr("&Name"), self.name)
        self.fields.add("product_type_id", self.tr("Product &type"), self.product_type)
        self.fields.add("member_business_id", self.tr("O&wning member"), self.member)
        self.fields.add("mould_ids", self.tr("&Moulds"), self.mould)
        self.fields.add("colour", self.tr("Co&lour"), self.colour)
        self.fields.add("size", self.tr("Si&ze"), self.size_edit)
        self.fields.add("price", self.tr("Selling &price (Rp)"), self.price)
        self.fields.add("cost", self.tr("C&ost (Rp)"), self.cost)
        self.fields.add("low_stock_level", self.tr("Low stock &below"), self.low_stock)
        self.fields.add("status", self.tr("&Status"), self.status)
        self.fields.add("introduced_on", self.tr("&Introduced on"), self.introduced_on)
        self.fields.add("notes", self.tr("N&otes"), self.notes)
        return layout

    def _build_photo(self) -> QWidget:
        """The photo preview beside the fields, with Choose and Remove under it."""
        self.photo = PhotoField(self.design.photo if self.design else None, PREVIEW_EDGE)
        photo_box = QVBoxLayout()
        photo_box.addWidget(QLabel(self.tr("Photo")))
        photo_box.addWidget(self.photo)
        photo_holder = QWidget()
        photo_holder.setLayout(photo_box)
        photo_box.setContentsMargins(0, 0, 0, 0)
        error = self.fields.register("photo", self.photo.choose)
        error.setMaximumWidth(PREVIEW_EDGE)
        photo_box.addWidget(error)
        photo_box.addStretch(1)
        return photo_holder

    # --- filling ---------------------------------------------------------------------------
    def _load_choices(self) -> None:
        selected_type = self.design.product_type_id if self.design else None
        self.product_type.set_choices(
            [(c.id, c.name) for c in self.services.designs.product_types()], selected_type
        )
        self.member.set_choices(
            [(c.id, c.name) for c in self.services.member_books.choices()],
            self.design.member_business_id if self.design else None,
        )
        linked = self.design.mould_ids if self.design else ()
        self.mould.set_linked([(c.id, c.name) for c in self.services.designs.moulds(linked, only=True)])
        self.status.set_choices(
            [(status, name) for status, name in status_names().items()],
            self.design.status if self.design else DesignStatus.ACTIVE,
        )

    def _fill(self, design: DesignDetail) -> None:
        self.code.setText(design.code)
        self.name.setText(design.name)
        self.colour.setText(design.colour)
        self.size_edit.setText(design.size)
        self.price.set_amount(design.price)
        self.cost.set_amount(design.cost)
        self.low_stock.setText(format_thousands(design.low_stock_level))
        self.introduced_on.set_value(design.introduced_on)
        self.notes.setPlainText(design.notes)

    # --- unsaved changes -------------------------------------------------------------------
    def state(self) -> tuple[object, ...]:
        return (*super().state(), self.photo.picked, self.photo.removed, self.mould.ids())

    # --- saving ----------------------------------------------------------------------------
    def collect(self) -> DesignInput:
        """The form's content as the service expects it (text is not parsed here)."""
        return DesignInput(
            code=self.code.text(),
            name=self.name.text(),
            product_type_id=self.product_type.id_value(),
            member_business_id=self.member.id_value(),
            mould_ids=self.mould.ids(),
            colour=self.colour.text(),
            size=self.size_edit.text(),
            price=self.price.text(),
            cost=self.cost.text(),
            status=self.status.value(),  # type: ignore[arg-type]
            introduced_on=self.introduced_on.value(),
            low_stock_level=self.low_stock.text(),
            notes=self.notes.toPlainText(),
            photo=self.photo.picked,
            remove_photo=self.photo.removed,
        )

    def submit(self) -> None:
        """Validate and store on a worker; errors come back to the fields."""
        if self.busy:
            return
        data = self.collect()
        designs = self.services.designs
        design = self.design

        def work() -> int:
            if design is None:
                return designs.create(data)
            designs.update(design.id, design.version, data)
            return design.id

        self.run(work, self.tr("Saving design"))

    def handle_error(self, exc: SentraError) -> bool:
        """A refusal other than a field problem (a stale edit, a lost database) gets an error box."""
        show_error(self, exc)
        return True
