"""The mould input of a production entry: optional, filled in as soon as the design is known.

It offers the moulds that cast the typed design and selects the one last used for it, so the
fast line (design, Tab, pieces, Enter) names the mould without a key more; the operator picks
another from the keyboard (type its code) or "(no mould)". An edited entry keeps its mould
until the operator changes it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sentra_desktop.core.errors import SentraError
from sentra_desktop.services.production.service import ProductionService
from sentra_desktop.ui.widgets import ChoiceCombo


class MouldPicker(ChoiceCombo):
    """The moulds of the design named in the entry row, with the last used one proposed."""

    def __init__(
        self, production: ProductionService, keep: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, empty_text=self.tr("(no mould)"))
        self.production = production
        self._keep = keep  # an edited entry's mould: offered and selected while its design stays
        self._design: str | None = None
        self.setToolTip(self.tr("The mould used (optional); the last one used for the design is proposed"))
        self.setMinimumContentsLength(12)
        self.set_choices([])

    def follow(self, design: str) -> None:
        """Offer the moulds of ``design`` (its code as typed); the same design again changes nothing."""
        code = design.split(" — ", 1)[0].strip().upper()
        if code == self._design:
            return
        first = self._design is None
        self._design = code
        try:
            found = self.production.mould_choices(code, include_id=self._keep)
        except SentraError:
            found = None  # a lost connection shows when the line is saved; the mould stays optional
        choices = [] if found is None else [(c.id, c.name) for c in found.choices]
        wanted = self._keep if first and self._keep is not None else (found.proposed if found else None)
        self.blockSignals(True)
        self.set_choices(choices, wanted)
        self.blockSignals(False)
