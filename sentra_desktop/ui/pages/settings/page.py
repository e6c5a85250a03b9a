"""Pengaturan: the basics a sentra sets up once, one tab each.

The sentra profile, member businesses, makers, product types, moulds, operators, the
language, backups, import/export, the audit log and where the database lives. The five
lists are the same :class:`RecordListTab` with different columns, services
and forms; what they save is announced by :attr:`SettingsPage.changed` so the main window can
refresh what depends on it (the operator drop-down).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from sentra_desktop.core.formatting import format_date, format_thousands
from sentra_desktop.core.paths import DB_FILE
from sentra_desktop.services.backup import BackupService
from sentra_desktop.services.catalogue_setup import MouldRow, ProductTypeRow
from sentra_desktop.services.container import Services
from sentra_desktop.services.data_copy import ServerBackups
from sentra_desktop.services.members import MakerRow, MemberRow
from sentra_desktop.services.operators import OperatorRow
from sentra_desktop.ui.models.paged import Column
from sentra_desktop.ui.pages.settings.audit_tab import AuditTab
from sentra_desktop.ui.pages.settings.backup_tab import BackupTab
from sentra_desktop.ui.pages.settings.database_tab import DatabaseTab
from sentra_desktop.ui.pages.settings.dialogs import (
    MakerDialog,
    MemberDialog,
    MouldDialog,
    OperatorDialog,
    ProductTypeDialog,
)
from sentra_desktop.ui.pages.settings.language_tab import LanguageTab
from sentra_desktop.ui.pages.settings.profile_tab import ProfileTab
from sentra_desktop.ui.pages.settings.record_list import RecordListTab
from sentra_desktop.ui.pages.settings.transfer_tab import TransferTab
from sentra_desktop.ui.settings import AppSettings


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


class SettingsPage(QWidget):
    """The Pengaturan page; emits ``changed`` whenever something on it is saved."""

    changed = Signal()

    def __init__(self, services: Services, app_settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = app_settings
        self._inactive_brush = QBrush(
            self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        )

        self.profile_tab = ProfileTab(services.profile)
        self.members_tab = self._members_tab()
        self.makers_tab = self._makers_tab()
        self.product_types_tab = self._product_types_tab()
        self.moulds_tab = self._moulds_tab()
        self.operators_tab = self._operators_tab()
        self.language_tab = LanguageTab(app_settings)
        backups = BackupService.for_database(services.db) or ServerBackups(
            services.db, app_settings.path.parent / "backups"
        )
        self.backup_tab = BackupTab(backups)
        self.transfer_tab = TransferTab(services.transfer)
        self.audit_tab = AuditTab(services.audit_log)
        # The settings file lives in the data folder, beside this PC's database file.
        self.database_tab = DatabaseTab(app_settings, services.db, str(app_settings.path.parent / DB_FILE))

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.profile_tab, self.tr("Sentra profile"))
        self.tabs.addTab(self.members_tab, self.tr("Member businesses (IKM)"))
        self.tabs.addTab(self.makers_tab, self.tr("Makers"))
        self.tabs.addTab(self.product_types_tab, self.tr("Product types"))
        self.tabs.addTab(self.moulds_tab, self.tr("Moulds"))
        self.tabs.addTab(self.operators_tab, self.tr("Operators"))
        self.tabs.addTab(self.language_tab, self.tr("Language"))
        self.tabs.addTab(self.backup_tab, self.tr("Backup"))
        self.tabs.addTab(self.transfer_tab, self.tr("Import/Export"))
        self.tabs.addTab(self.audit_tab, self.tr("Audit"))
        self.tabs.addTab(self.database_tab, self.tr("Database"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)

        self.profile_tab.saved.connect(self.changed)
        self.language_tab.saved.connect(self.changed)
        self.backup_tab.restored.connect(self._restored)
        self.transfer_tab.imported.connect(self._imported)
        for tab in self.list_tabs():
            tab.changed.connect(self._list_changed)

    def list_tabs(self) -> tuple[RecordListTab, ...]:
        return (
            self.members_tab,
            self.makers_tab,
            self.product_types_tab,
            self.moulds_tab,
            self.operators_tab,
        )

    def activated(self) -> None:
        """Called each time the page is shown: re-read the lists and an untouched profile."""
        for tab in self.list_tabs():
            tab.reload()
        self.profile_tab.reload_if_unchanged()
        self.language_tab.load()
        self.audit_tab.invalidate()

    def _restored(self) -> None:
        # Every list on this page now shows data from the backup, and so may the operator list.
        self.activated()
        self.changed.emit()

    def _imported(self, _result: object) -> None:
        # Imported records show on other pages, and in the audit log.
        self.audit_tab.invalidate()
        self.changed.emit()

    def _list_changed(self) -> None:
        # A renamed member business shows in the maker list, a product type in the moulds, ...
        sender = self.sender()
        for tab in self.list_tabs():
            if tab is not sender:
                tab.reload()
        self.changed.emit()

    # --- columns ---------------------------------------------------------------------------
    def _column(
        self, title: str, text: Callable[[Any], str], sort_key: str | None, *, align_right: bool = False
    ) -> Column[Any]:
        """A column whose text is greyed out on inactive rows."""
        brush = self._inactive_brush
        return Column(
            title,
            text,
            sort_key,
            align_right=align_right,
            foreground=lambda row: None if row.active else brush,
        )

    def _status_column(self) -> Column[Any]:
        active, inactive = self.tr("Active"), self.tr("Inactive")
        return self._column(self.tr("Status"), lambda row: active if row.active else inactive, "active")

    def _tab(
        self,
        source: Any,
        columns: Sequence[Column[Any]],
        widths: Sequence[int],
        open_dialog: Callable[[QWidget, int | None], Any],
        *,
        deletable: bool = True,
        stretch: int | None = None,
        describe: Callable[[Any], str] = lambda row: str(row.name),
    ) -> RecordListTab:
        def set_active(record_id: int, active: bool) -> None:
            if active:
                source.activate(record_id)
            else:
                source.deactivate(record_id)

        tab = RecordListTab(
            source,
            columns,
            open_dialog,
            set_active=set_active,
            delete=source.delete if deletable else None,
            describe=describe,
        )
        tab.set_column_widths(widths, stretch)
        return tab

    def _members_tab(self) -> RecordListTab:
        columns: list[Column[MemberRow]] = [
            self._column(self.tr("Name"), lambda r: r.name, "name"),
            self._column(self.tr("Owner"), lambda r: r.owner, "owner"),
            self._column(self.tr("Phone / WhatsApp"), lambda r: r.phone, "phone"),
            self._column(self.tr("Makers"), lambda r: format_thousands(r.makers), "makers", align_right=True),
            self._status_column(),
            self._column(self.tr("Address"), lambda r: _first_line(r.address), "address"),
        ]
        service = self._services.members
        return self._tab(
            service,
            columns,
            (28, 22, 16, 8, 10, 30),
            lambda parent, record_id: MemberDialog(service, record_id, parent),
        )

    def _makers_tab(self) -> RecordListTab:
        sentra = self.tr("(sentra)")
        columns: list[Column[MakerRow]] = [
            self._column(self.tr("Name"), lambda r: r.name, "name"),
            self._column(
                self.tr("Member business"), lambda r: r.member_business or sentra, "member_business"
            ),
            self._column(self.tr("Phone / WhatsApp"), lambda r: r.phone, "phone"),
            self._status_column(),
        ]
        service, members = self._services.makers, self._services.members
        return self._tab(
            service,
            columns,
            (28, 28, 18, 10),
            lambda parent, record_id: MakerDialog(service, members, record_id, parent),
            stretch=1,
        )

    def _product_types_tab(self) -> RecordListTab:
        columns: list[Column[ProductTypeRow]] = [
            self._column(self.tr("Name"), lambda r: r.name, "name"),
            self._column(
                self.tr("Designs"), lambda r: format_thousands(r.designs), "designs", align_right=True
            ),
            self._column(self.tr("Moulds"), lambda r: format_thousands(r.moulds), "moulds", align_right=True),
            self._status_column(),
            self._column(self.tr("Notes"), lambda r: _first_line(r.notes), None),
        ]
        service = self._services.product_types
        return self._tab(
            service,
            columns,
            (28, 9, 9, 10, 30),
            lambda parent, record_id: ProductTypeDialog(service, record_id, parent),
        )

    def _moulds_tab(self) -> RecordListTab:
        columns: list[Column[MouldRow]] = [
            self._column(self.tr("Code"), lambda r: r.code, "code"),
            self._column(self.tr("Name"), lambda r: r.name, "name"),
            self._column(self.tr("Product type"), lambda r: r.product_type, "product_type"),
            self._column(
                self.tr("Cavities"), lambda r: format_thousands(r.cavities), "cavities", align_right=True
            ),
            self._column(self.tr("Acquired on"), lambda r: format_date(r.acquired_on), "acquired_on"),
            self._column(
                self.tr("Designs"), lambda r: format_thousands(r.designs), "designs", align_right=True
            ),
            self._status_column(),
        ]
        service, types = self._services.moulds, self._services.product_types
        return self._tab(
            service,
            columns,
            (12, 26, 18, 8, 12, 8, 10),
            lambda parent, record_id: MouldDialog(service, types, record_id, parent),
            stretch=1,
            describe=lambda row: str(row.code),
        )

    def _operators_tab(self) -> RecordListTab:
        columns: list[Column[OperatorRow]] = [
            self._column(self.tr("Name"), lambda r: r.name, "name"),
            self._status_column(),
        ]
        service, settings = self._services.operators, self._settings
        # Operators are named on every write, never referenced by key: nothing to delete.
        return self._tab(
            service,
            columns,
            (30, 10),
            lambda parent, record_id: OperatorDialog(service, settings, record_id, parent),
            deletable=False,
            stretch=0,
        )
