"""The maker form: a change of member business is a move, dated today unless the operator says when.

Choosing another member business sets "Member since" to today, so a move is never recorded by
accident as a correction of the current membership from its first day; choosing the current
member again puts its day back. The form shows the maker's history of member businesses.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from sentra_desktop.core.formatting import format_date
from sentra_desktop.services.members import MakerService
from sentra_desktop.ui.pages.settings.dialogs import RecordForm

SINCE = "member_since"
MEMBER = "member_business_id"


class MakerDialog(RecordForm):
    """A maker's record with the day of a move and the history of member businesses."""

    def __init__(self, service: MakerService, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(service, record_id, parent)
        self.history = QLabel()
        self.history.setObjectName("member_history")
        self.history.setWordWrap(True)
        if record_id is not None:
            self.history.setText(self._history_text(service, record_id))
            self.form.addRow(self.tr("History:"), self.history)
        self.combos[MEMBER].currentIndexChanged.connect(self._member_changed)

    def _history_text(self, service: MakerService, record_id: int) -> str:
        combo = self.combos[MEMBER]
        names = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
        sentra = self.tr("the sentra itself")
        parts = [
            self.tr("%1 from %2")
            .replace("%1", names.get(row.member_business_id, "") if row.member_business_id else sentra)
            .replace("%2", format_date(row.from_date))
            for row in service.history(record_id)
        ]
        return " → ".join(parts)

    def _member_changed(self) -> None:
        if self.detail is None:  # a new maker: the day stays as the operator set it
            return
        moved = self.combos[MEMBER].value() != self.detail.member_business_id
        self.dates[SINCE].set_value(date.today() if moved else self.detail.member_since)
