"""The recipe of one design: which materials, and how much of each, one piece takes.

Production takes the recipe's materials out of stock for good and reject pieces, by the recipe as
it stands when the entry is saved; changing the recipe later never rewrites entries already made.
Each line is a material and a quantity per piece typed the Indonesian way ("0,015"); a refused
line shows its problem right under it and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core.errors import FieldError, SentraError, ValidationError
from sentra_desktop.core.formatting import format_decimal
from sentra_desktop.services.container import Services
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.ui.errors import error_text
from sentra_desktop.ui.forms import ERROR_STYLE, error_message, make_banner
from sentra_desktop.ui.pages.form_dialogs import GuardedDialog
from sentra_desktop.ui.pages.stock.common import item_label, set_tab_order, unit_name
from sentra_desktop.ui.widgets import ChoiceCombo

QUANTITY_CHARS = 10
UNIT_CHARS = 13
REMOVE_TEXT = "✕"


class RecipeLine(QWidget):
    """One line of the recipe: material, quantity per piece, its unit, a remove button, an error."""

    remove_requested = Signal(object)

    def __init__(
        self, choices: Sequence[tuple[int, str]], units: dict[int, str], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._units = units
        self.material = ChoiceCombo(empty_text=self.tr("(choose a material)"))
        self.material.set_choices(list(choices))
        self.quantity = QLineEdit()
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.quantity.setPlaceholderText("0,015")
        self.quantity.setFixedWidth(self.quantity.fontMetrics().horizontalAdvance("0") * QUANTITY_CHARS + 16)
        self.unit = QLabel()
        self.unit.setFixedWidth(self.unit.fontMetrics().horizontalAdvance("0") * UNIT_CHARS)
        self.remove = QToolButton()
        self.remove.setText(REMOVE_TEXT)
        self.remove.setToolTip(self.tr("Remove this material from the recipe"))
        self.remove.setAccessibleName(self.tr("Remove"))
        self.remove.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.material, 0, 0)
        layout.addWidget(self.quantity, 0, 1)
        layout.addWidget(self.unit, 0, 2)
        layout.addWidget(self.remove, 0, 3)
        layout.addWidget(self.error, 1, 0, 1, 4)
        layout.setColumnStretch(0, 1)
        self.material.currentIndexChanged.connect(self._material_changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self._material_changed()

    @staticmethod
    def trailing_width(widget: QWidget) -> int:
        """How far the quantity column ends from the right edge: the unit text and the remove button."""
        probe = QToolButton(widget)
        probe.setText(REMOVE_TEXT)
        button = probe.sizeHint().width()
        probe.deleteLater()
        return widget.fontMetrics().horizontalAdvance("0") * UNIT_CHARS + button + 12

    def _material_changed(self) -> None:
        unit = self._units.get(self.material_id() or 0)
        self.unit.setText(self.tr("%1 per piece").replace("%1", unit_name(unit)) if unit else "")

    def material_id(self) -> int | None:
        """The chosen material (None while none is chosen)."""
        value = self.material.value()
        return int(value) if isinstance(value, int) else None

    def is_blank(self) -> bool:
        """True for a line with neither material nor quantity (skipped on save)."""
        return self.material_id() is None and not self.quantity.text().strip()

    def show_error(self, text: str) -> None:
        """Add ``text`` to the problems shown under this line."""
        self.error.setText("\n".join(filter(None, [self.error.text(), text])))
        self.error.show()

    def clear_error(self) -> None:
        """Hide the problems shown under this line."""
        self.error.clear()
        self.error.hide()

    def error_text(self) -> str:
        """The problems shown under this line ("" when none)."""
        return self.error.text() if not self.error.isHidden() else ""


class RecipeDialog(GuardedDialog):
    """Edit the recipe of design ``design_id``; emits ``saved(design_id)`` once it is stored."""

    saved = Signal(int)

    def __init__(self, services: Services, design_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.services = services
        self.design_id = design_id
        design = services.designs.get(design_id)
        current = services.materials.recipe(design_id)
        query = ListQuery(sort="code", filters={"active": True})
        rows = services.materials.page(query, 0, max(services.materials.count(query), 1))
        self._choices: list[tuple[int, str]] = [(row.id, item_label(row.code, row.name)) for row in rows]
        self._units: dict[int, str] = {row.id: row.unit.value for row in rows}
        offered = {row.id for row in rows}
        for item in current:  # a material no longer in use stays choosable where it already is
            if item.material_id not in offered:
                self._choices.append((item.material_id, item_label(item.code, item.name)))
                self._units[item.material_id] = item.unit.value
        self.lines: list[RecipeLine] = []

        self.setWindowTitle(self.tr("Recipe of %1").replace("%1", design.code))
        heading = QLabel(item_label(design.code, design.name))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Material for one piece. Each production entry takes it out of stock for good and reject "
                "pieces; a change here applies to entries saved from now on."
            )
        )
        intro.setWordWrap(True)
        self.banner = make_banner()
        self.empty_label = QLabel(self.tr("No materials yet: add the first one."))
        self.empty_label.setStyleSheet("color: #555555;")
        titles = QHBoxLayout()
        titles.addWidget(QLabel(self.tr("Material")), 1)
        titles.addWidget(QLabel(self.tr("Quantity per piece")))
        titles.addSpacing(RecipeLine.trailing_width(self))

        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addWidget(self.empty_label)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.rows_box)

        self.add_button = QPushButton(self.tr("&Add material"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_clicked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(titles)
        layout.addWidget(scroll, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        for item in current:
            self.add_line(item.material_id, format_decimal(item.quantity_per_piece))
        if not current:
            self.add_line()
        self.lines[0].material.setFocus()

    # --- lines -----------------------------------------------------------------------------
    def add_line(self, material_id: int | None = None, quantity: str = "") -> RecipeLine:
        """Add a line (empty, or for a material with a quantity) at the end."""
        line = RecipeLine(self._choices, self._units)
        line.material.select(material_id)
        line.quantity.setText(quantity)
        line.remove_requested.connect(self.remove_line)
        self.rows_layout.insertWidget(len(self.lines), line)
        self.lines.append(line)
        self._lines_changed()
        return line

    def remove_line(self, line: RecipeLine) -> None:
        """Take a line out of the recipe (saved only with Save)."""
        if line not in self.lines:
            return
        position = self.lines.index(line)
        self.lines.remove(line)
        self.rows_layout.removeWidget(line)
        line.deleteLater()
        self._lines_changed()
        if self.lines:
            self.lines[min(position, len(self.lines) - 1)].material.setFocus()
        else:
            self.add_button.setFocus()

    def _add_clicked(self) -> None:
        self.add_line().material.setFocus()

    def _lines_changed(self) -> None:
        self.empty_label.setVisible(not self.lines)
        widgets: list[QWidget] = []
        for line in self.lines:
            widgets.extend((line.material, line.quantity, line.remove))
        widgets.extend((self.add_button, self.save_button))
        set_tab_order(widgets)

    # --- unsaved changes -------------------------------------------------------------------
    def state(self) -> tuple[object, ...]:
        return tuple((line.material_id(), line.quantity.text().strip()) for line in self.lines)

    # --- saving ----------------------------------------------------------------------------
    def accept(self) -> None:
        """Save the recipe; a refused line shows why under it and the dialog stays open."""
        self.banner.hide()
        for line in self.lines:
            line.clear_error()
        sent = [line for line in self.lines if not line.is_blank()]
        items = [(line.material_id(), line.quantity.text()) for line in sent]
        try:
            self.services.materials.set_recipe(self.design_id, items)
        except ValidationError as exc:
            self._show_errors(exc.errors, sent)
            return
        except SentraError as exc:
            self.banner.setText(error_text(exc))
            self.banner.show()
            return
        self.saved.emit(self.design_id)
        super().accept()

    def _show_errors(self, errors: Sequence[FieldError], sent: list[RecipeLine]) -> None:
        loose: list[str] = []
        first: QWidget | None = None
        for error in errors:
            number = error.params.get("row")
            if not isinstance(number, int) or not 1 <= number <= len(sent):
                loose.append(error_message(error))
                continue
            line = sent[number - 1]
            line.show_error(error_message(error))
            if first is None:
                first = line.quantity if error.field == "quantity" else line.material
        if loose:
            self.banner.setText("\n".join(loose))
            self.banner.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
