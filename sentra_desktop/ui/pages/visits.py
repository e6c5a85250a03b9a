"""Mentoring visits (kunjungan pendampingan) from the Kinerja page: the visit log, the
recommendations with their follow-up, and the Kinerja page's sections for visits and value added.

The lists and forms are the record base's (:class:`RecordListTab`, :class:`RecordForm`); what is
theirs here is the follow-up status by its plain name and the two sections the page fills from
one :class:`core.performance.PerformanceData`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sentra_desktop.core import value_added_rows
from sentra_desktop.core.formatting import format_date
from sentra_desktop.core.performance import PerformanceData
from sentra_desktop.services.container import Services
from sentra_desktop.services.records import RecordService
from sentra_desktop.services.visits import RecommendationService, VisitService
from sentra_desktop.ui.pages.extra_names import follow_up_name
from sentra_desktop.ui.pages.performance_fill import FigureTable
from sentra_desktop.ui.pages.settings.dialogs import RecordForm
from sentra_desktop.ui.pages.settings.record_list import RecordListTab, record_columns
from sentra_desktop.ui.permissions import apply_permissions


class RecommendationForm(RecordForm):
    """One recommendation: its visit, text, owner, due date, follow-up status and note."""

    choice_names = {"status": follow_up_name}


class VisitListTab(RecordListTab):
    """A list of visits or of recommendations; neither has an active flag to switch."""

    def __init__(self, service: RecordService[Any, Any, Any, Any], parent: QWidget | None = None) -> None:
        columns = record_columns(service.kind)
        keys = [c.key for c in service.kind.columns]
        if "status" in keys:
            at = keys.index("status")
            columns[at] = replace(columns[at], text=lambda row: follow_up_name(row.status))
        form = RecommendationForm if isinstance(service, RecommendationService) else RecordForm
        super().__init__(
            service,
            lambda dialog_parent, record_id: form(service, record_id, dialog_parent),
            columns=columns,
            parent=parent,
        )
        self.active_button.hide()
        self.show_inactive.hide()
        self.setObjectName(f"{service.domain}_tab")


class VisitsDialog(QDialog):
    """The visit log and the recommendations, each a tab; the mentor and the head write them."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visits_dialog")
        self.setWindowTitle(self.tr("Mentoring visits"))
        self.visits = VisitListTab(VisitService(services.db))
        self.recommendations = VisitListTab(RecommendationService(services.db))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.visits, self.tr("&Visits"))
        self.tabs.addTab(self.recommendations, self.tr("&Recommendations and follow-up"))
        self.visits.changed.connect(self.recommendations.reload)
        self.recommendations.changed.connect(self.visits.reload)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(980, 560)
        apply_permissions(self, services.db.actor.role)


class VisitsSection(QGroupBox):
    """The open recommendations past their due date; hidden while there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mentoring: recommendations past their due date"), parent)
        self.setObjectName("overdue_recommendations")
        self.table = FigureTable(
            [
                self.tr("Recommendation"),
                self.tr("Visit"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Follow-up"),
            ]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.hide()

    def fill(self, data: PerformanceData) -> None:
        self.table.fill(
            [
                [
                    line.text,
                    format_date(line.visit_on),
                    line.owner,
                    format_date(line.due_on),
                    follow_up_name(line.status),
                ]
                for line in data.overdue
            ]
        )
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for row in range(self.table.rowCount()):
            for column in (2, 4):
                if (item := self.table.item(row, column)) is not None:
                    item.setTextAlignment(left)
        self.setVisible(bool(data.overdue))


class ValueAddedSection(QGroupBox):
    """Sales value less the materials used, in total and per kg of rubber and coconut fibre."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Value added"), parent)
        self.setObjectName("value_added")
        self.table = FigureTable([self.tr("Figure"), *headers])
        self.notes = QLabel()
        self.notes.setObjectName("value_added_notes")
        self.notes.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.notes)

    def fill(self, data: PerformanceData) -> None:
        now, before = data.current.value_added, data.previous.value_added
        self.table.fill(value_added_rows.value_added_rows(now, before))
        notes = value_added_rows.value_added_notes(now)
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))


__all__ = [
    "RecommendationForm",
    "ValueAddedSection",
    "VisitListTab",
    "VisitsDialog",
    "VisitsSection",
]
