"""The Desain area: the catalogue of design variants, searchable and sortable, with photos."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from sentra_desktop.core.enums import DesignStatus
from sentra_desktop.core.errors import SentraError
from sentra_desktop.core.formatting import format_date, format_rupiah
from sentra_desktop.services.container import Services
from sentra_desktop.services.designs import DesignRow
from sentra_desktop.services.listing import ListQuery
from sentra_desktop.ui.errors import show_error
from sentra_desktop.ui.models.paged import Column, PagedTableModel
from sentra_desktop.ui.pages import lists
from sentra_desktop.ui.pages.common import ask, open_dialog, page_title
from sentra_desktop.ui.pages.design_form import DesignForm, status_names
from sentra_desktop.ui.widgets import ChoiceCombo

if TYPE_CHECKING:
    from sentra_desktop.ui.pages.recipe_dialog import RecipeDialog

THUMB = 36
SEARCH_DELAY_MS = 250


class DesignsPage(QWidget):
    """List, search, create, edit, retire and delete design variants."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._thumbs: dict[int, QPixmap] = {}
        self._statuses = status_names()
        self.confirm = lambda title, text: ask(self, title, text)
        self.form: DesignForm | None = None
        self.recipe_dialog: RecipeDialog | None = None

        self.search = lists.search_field(
            "design_search", self.tr("Search code, name, colour or product type…")
        )
        self.status_filter = ChoiceCombo(empty_text=self.tr("All statuses"))
        self.type_filter = ChoiceCombo(empty_text=self.tr("All product types"))
        self.new_button = QPushButton(self.tr("&New design"))
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.recipe_button = QPushButton(self.tr("Reci&pe…"))
        self.retire_button = QPushButton(self.tr("&Retire"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.count_label = lists.count_label("design_count")
        self.model: PagedTableModel[DesignRow] = PagedTableModel(
            services.designs, self._columns(), query=ListQuery(sort="code"), parent=self
        )
        self.table = lists.record_table(
            self.model,
            "design_table",
            widths=(52, 110, 300, 130, 80, 90, 80, 100, 100, 90, 100),
            stretch=2,
            sort_column=1,
        )
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 6)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.type_filter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Designs")))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        buttons = (
            self.new_button,
            self.edit_button,
            self.recipe_button,
            self.retire_button,
            self.delete_button,
        )
        layout.addLayout(lists.button_row(buttons, self.count_label))
        self._connect()

        self.status_filter.set_choices([(s.value, n) for s, n in self._statuses.items()])
        self.reload()

    def _moulds_text(self, row: DesignRow) -> str:
        """The mould codes; a design no working mould casts says so (retired designs need none)."""
        if row.working_moulds or row.status == DesignStatus.RETIRED:
            return row.mould
        return self.tr("⚠ no working mould") + (f" ({row.mould})" if row.mould else "")

    def _moulds_colour(self, row: DesignRow) -> QColor | None:
        if row.working_moulds or row.status == DesignStatus.RETIRED:
            return None
        return QColor("#b35c00")

    def _columns(self) -> list[Column[DesignRow]]:
        return [
            Column(self.tr("Photo"), lambda r: "", decoration=self._thumbnail),
            Column(self.tr("Code"), lambda r: r.code, "code"),
            Column(self.tr("Name"), lambda r: r.name, "name"),
            Column(self.tr("Product type"), lambda r: r.product_type, "product_type"),
            Column(self.tr("Moulds"), self._moulds_text, "mould", foreground=self._moulds_colour),
            Column(self.tr("Colour"), lambda r: r.colour, "colour"),
            Column(self.tr("Size"), lambda r: r.size, "size"),
            Column(self.tr("Price"), lambda r: format_rupiah(r.price), "price", align_right=True),
            Column(self.tr("Cost"), lambda r: format_rupiah(r.cost), "cost", align_right=True),
            Column(
                self.tr("Status"),
                lambda r: self._statuses[r.status],
                "status",
                foreground=self._status_colour,
            ),
            Column(self.tr("Introduced"), lambda r: format_date(r.introduced_on), "introduced_on"),
        ]

    def _connect(self) -> None:
        """Search and filters narrow the designs; the buttons, Enter and Delete act on the chosen one."""
        self._search_timer = lists.typing_pause(self.search, SEARCH_DELAY_MS, self.apply_filters)
        self.search.returnPressed.connect(self.apply_filters)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.type_filter.currentIndexChanged.connect(self.apply_filters)
        self.new_button.clicked.connect(self.new_design)
        self.edit_button.clicked.connect(self.edit_selected)
        self.recipe_button.clicked.connect(self.edit_recipe)
        self.retire_button.clicked.connect(self.retire_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        lists.on_row_open(self.table, lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_selected)

    # --- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Reload the product-type filter and the rows (after changes elsewhere)."""
        selected = self.type_filter.value()
        self.type_filter.blockSignals(True)
        self.type_filter.set_choices(
            [(c.id, c.name) for c in self.services.designs.product_types()], selected
        )
        self.type_filter.blockSignals(False)
        self.apply_filters()

    def activated(self) -> None:
        """Called by the main window each time the page is shown."""
        self.reload()

    def apply_filters(self) -> None:
        self._search_timer.stop()
        query = (
            self.model.query.with_search(self.search.text())
            .with_filter("status", self.status_filter.value())
            .with_filter("product_type_id", self.type_filter.value())
        )
        self._thumbs.clear()
        try:
            self.model.set_query(query)
        except SentraError as exc:
            show_error(self, exc)
        self.count_label.setText(self.tr("%n design(s)", "", self.model.rowCount()))
        self._update_buttons()

    def _thumbnail(self, row: DesignRow) -> QPixmap | None:
        if not row.thumbnail:
            return None
        pixmap = self._thumbs.get(row.id)
        if pixmap is None:
            pixmap = QPixmap()
            pixmap.loadFromData(row.thumbnail)
            pixmap = pixmap.scaled(
                THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            self._thumbs[row.id] = pixmap
        return pixmap

    @staticmethod
    def _status_colour(row: DesignRow) -> QColor | None:
        if row.status == DesignStatus.RETIRED:
            return QColor("#777777")
        if row.status == DesignStatus.PROTOTYPE:
            return QColor("#8a5a00")
        return None

    def selected_row(self) -> DesignRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def select_design(self, design_id: int) -> bool:
        """Select the row of ``design_id`` if it is among the rows shown."""
        for row in range(self.model.rowCount()):
            item = self.model.row_at(row)
            if item is not None and item.id == design_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.recipe_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.retire_button.setEnabled(row is not None and row.status != DesignStatus.RETIRED)

    def screenshot_detail(self, name: str) -> QWidget | None:
        """A view for ``sentra-desktop screenshot --page desain/form``: the first design's form."""
        if name != "form" or self.model.rowCount() == 0:
            return None
        self.table.selectRow(0)
        return self.edit_selected()

    # --- actions ---------------------------------------------------------------------------
    def new_design(self) -> DesignForm:
        return self._open_form(None)

    def edit_selected(self) -> DesignForm | None:
        row = self.selected_row()
        if row is None:
            return None
        return self._open_form(row.id)

    def _open_form(self, design_id: int | None) -> DesignForm:
        try:
            detail = None if design_id is None else self.services.designs.get(design_id)
        except SentraError as exc:
            show_error(self, exc)
            self.reload()
            raise
        form = DesignForm(self.services, detail, self)
        form.saved.connect(self._after_save)
        self.form = form
        form.open()
        return form

    def edit_recipe(self) -> RecipeDialog | None:
        """Open the recipe (materials per piece) of the selected design."""
        from sentra_desktop.ui.pages.recipe_dialog import RecipeDialog  # built on first use

        row = self.selected_row()
        if row is None:
            return None
        try:
            dialog = RecipeDialog(self.services, row.id, self)
        except SentraError as exc:
            show_error(self, exc)
            self.reload()
            return None
        self.recipe_dialog = open_dialog(dialog)
        return dialog

    def _after_save(self, design_id: int) -> None:
        self.reload()
        self.select_design(design_id)
        self.table.setFocus()

    def retire_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.status == DesignStatus.RETIRED:
            return
        question = self.tr("Retire design %1? It stays in history and reports.").replace("%1", row.code)
        if not self.confirm(self.tr("Retire design"), question):
            return
        self._run(lambda: self.services.designs.retire(row.id), row.id)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            has_history = self.services.designs.get(row.id).has_history
        except SentraError as exc:
            show_error(self, exc)
            return
        if has_history:
            question = self.tr(
                "Design %1 has production, stock or order history and cannot be deleted. Retire it instead?"
            ).replace("%1", row.code)
            if self.confirm(self.tr("Delete design"), question):
                self._run(lambda: self.services.designs.retire(row.id), row.id)
            return
        question = self.tr("Delete design %1 for good?").replace("%1", row.code)
        if self.confirm(self.tr("Delete design"), question):
            self._run(lambda: self.services.designs.delete(row.id), None)

    def _run(self, action: Callable[[], object], select_id: int | None) -> None:
        try:
            action()
        except SentraError as exc:
            show_error(self, exc)
        self.reload()
        if select_id is not None:
            self.select_design(select_id)
