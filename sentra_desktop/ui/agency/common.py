"""What the agency window's pages share: the area they show, a small table model, sheets made off
the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QTableView, QWidget

from sentra_desktop import printing
from sentra_desktop.services.agency.view import AgencyViewService
from sentra_desktop.ui.operation import Operation, ProgressFn, run_operation

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex
WARN = QColor("#b00020")


class AreaBox(QComboBox):
    """All provinces, or one province or regency/city the registered sentra lie in; ``area_changed``."""

    area_changed = Signal()

    def __init__(self, view: AgencyViewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = view
        self.setObjectName("area")
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(lambda _i: self.area_changed.emit())
        self.reload()

    def reload(self) -> None:
        """The areas of the sentra registered now (a new sentra's packet may add one)."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All provinces"), ("", ""))
        for code, name in self.service.areas():
            self.addItem(name if "." not in code else f"   {name}", ("", code) if "." in code else (code, ""))
        found = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)

    def area(self) -> tuple[str, str]:
        """(province code, regency code), "" for any."""
        data = self.currentData()
        return data if isinstance(data, tuple) else ("", "")


class RowsModel(QAbstractTableModel, Generic[RowT]):
    """A few dozen rows already read (a row per sentra): texts per column, red where warned."""

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[RowT], Sequence[str]],
        *,
        right: Sequence[int] = (),
        warned: Callable[[RowT], bool] = lambda _row: False,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self._cells = cells
        self._right = set(right)
        self._warned = warned
        self.rows: list[RowT] = []
        self._texts: list[Sequence[str]] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._texts = [self._cells(row) for row in self.rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._warned(self.rows[index.row()]):
            return QBrush(WARN)
        return None


def make_sheet(
    parent: QWidget,
    gather: Callable[[ProgressFn], Any],
    on_preview: Callable[[QWidget], None] | None = None,
) -> Operation:
    """Gather a sheet's data and lay it out on a worker, then open its print preview."""
    from sentra_desktop.ui.reports.preview import PreviewDialog

    def work(progress: ProgressFn) -> tuple[str, bytes]:
        data = gather(progress)
        kind = next(k for k in printing.AGENCY_SHEETS if isinstance(data, k.data_class()))
        return kind.file_name, printing.render(data, progress=progress)

    def done(result: tuple[str, bytes]) -> None:
        name, pdf = result
        dialog = PreviewDialog(pdf, f"{name}-{date.today().isoformat()}.pdf", parent)
        dialog.show()
        if on_preview is not None:
            on_preview(dialog)

    title = QCoreApplication.translate("AgencyWindow", "Making the sheet…")
    return run_operation(work, parent=parent, title=title, on_done=done, cancellable=True)


def two_lines(title: str) -> str:
    """A long column title broken at its middle space, so a dozen columns fit a laptop's width."""
    if len(title) <= 9 or " " not in title:
        return title
    middle = len(title) // 2
    spaces = [i for i, c in enumerate(title) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{title[:cut]}\n{title[cut + 1 :]}"


def size_columns(table: QTableView, samples: Sequence[str]) -> None:
    """Each column as wide as its title's longest line or its sample text, whichever is wider."""
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    bold = header.fontMetrics()
    model = table.model()
    for column, sample in enumerate(samples):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        wanted = max(
            [bold.horizontalAdvance(line) for line in title.split("\n")] + [metrics.horizontalAdvance(sample)]
        )
        table.setColumnWidth(column, wanted + 16)
