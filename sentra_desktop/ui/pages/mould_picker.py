"""The moulds that cast a design: the linked ones ticked in a short list, others added by search.

A sentra may keep thousands of moulds; the design form shows only the design's own and reads the
others as a code or name is typed (at most :data:`MOULD_MATCHES` at a time), so it opens at once.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from sentra_desktop.services.designs import DesignService

MOULD_MATCHES = 30  # moulds the drop-down offers for what is typed
MOULD_ROWS = 4  # rows the list of linked moulds shows before it scrolls


class MouldPicker(QWidget):
    """A search field whose drop-down adds a mould, above the ticked list of the design's moulds."""

    def __init__(self, designs: DesignService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._designs = designs
        self._found: dict[str, int] = {}
        self.search = QLineEdit()
        self.search.setObjectName("mould_search")
        self.search.setPlaceholderText(self.tr("type a mould's code or name to add it"))
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        # The model holds just the matches read for what is typed: shown as they are.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(10)
        self.search.setCompleter(completer)
        self.search.textEdited.connect(self._find)
        completer.activated.connect(self._picked)
        self.list = QListWidget()
        self.list.setObjectName("mould_list")
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * MOULD_ROWS + 12)
        # A long name is cut with "…" (its tooltip has all of it), not scrolled under a bar that takes a row.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.setFocusProxy(self.search)

    def _find(self, text: str) -> None:
        found = self._designs.moulds(search=text, limit=MOULD_MATCHES) if text.strip() else []
        self._found = {choice.name: choice.id for choice in found}
        self._model.setStringList(list(self._found))

    def _picked(self, text: str) -> None:
        mould_id = self._found.get(text)
        if mould_id is not None:
            self._add(mould_id, text)
        # The completer writes the chosen text into the field after this signal: clear it then.
        QTimer.singleShot(0, self.search.clear)

    def _add(self, mould_id: int, name: str, checked: bool = True) -> None:
        item = self._item(mould_id)
        if item is None:
            item = QListWidgetItem(name, self.list)
            item.setToolTip(name)
            item.setData(Qt.ItemDataRole.UserRole, mould_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.setCurrentItem(item)

    def _item(self, mould_id: int) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == mould_id:
                return item
        return None

    def set_linked(self, choices: list[tuple[int, str]]) -> None:
        """Show the design's own moulds, ticked."""
        self.list.clear()
        for mould_id, name in choices:
            self._add(mould_id, name)

    def set_checked(self, mould_id: int, checked: bool = True) -> None:
        """Tick (adding it to the list) or untick one mould."""
        item = self._item(mould_id)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            return
        for choice in self._designs.moulds((mould_id,), only=True):
            self._add(choice.id, choice.name, checked)

    def ids(self) -> tuple[int, ...]:
        """The ticked moulds' ids (an unticked one is unlinked when the design is saved)."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )
